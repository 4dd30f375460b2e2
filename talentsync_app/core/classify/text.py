"""Text preparation for the category model: tokens, stems, n-gram features."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# A token is two or more characters starting with a letter in any script; inner
# dots, plus signs and hashes keep "c++", "c#", "asp.net" and "node.js" whole.
# Single letters ("B.E." initials, list bullets) cost accuracy in grouped CV.
TOKEN_RE = re.compile(r"[^\W\d_][\w+#.]*[\w+#]")
# Letters above Latin Extended-B belong to other scripts (Cyrillic, Han, ...).
LAST_LATIN_CODEPOINT = 0x024F
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS)

_STEMMER = SnowballStemmer("english")


@dataclass(frozen=True)
class TextStats:
    """Language signals of a text, used to refuse texts the model cannot judge.

    Attributes:
        content_tokens: Stemmed tokens that are not English stop words.
        non_latin_share: Share of letters written in a non-Latin script (0-1).
    """

    content_tokens: tuple[str, ...]
    non_latin_share: float


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Return the Snowball (English) stem of a lower-case word, cached.

    Names with inner symbols ("node.js", "c++") are kept as written.
    """
    return _STEMMER.stem(word) if word.isalpha() else word


def content_tokens(text: str) -> list[str]:
    """Split text into stemmed, lower-case tokens without English stop words.

    Args:
        text: Any text.

    Returns:
        Stems in reading order.
    """
    normal = unicodedata.normalize("NFKC", text).lower()
    return [stem(word) for word in TOKEN_RE.findall(normal) if word not in STOP_WORDS]


def ngram_features(tokens: list[str], max_n: int = 2) -> list[str]:
    """Return unigrams and, up to ``max_n``, space-joined n-grams of tokens.

    Args:
        tokens: Stems from :func:`content_tokens`.
        max_n: Longest n-gram to emit (1 gives unigrams only).

    Returns:
        Feature strings, one per occurrence.
    """
    features = list(tokens)
    for n in range(2, max_n + 1):
        features.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return features


def feature_counts(text: str, max_n: int = 2) -> Counter[str]:
    """Count the n-gram features of a raw text."""
    return Counter(ngram_features(content_tokens(text), max_n))


def text_stats(text: str) -> TextStats:
    """Measure the signals that tell whether a text looks like English prose.

    Args:
        text: Any text.

    Returns:
        The content tokens and the share of non-Latin letters.
    """
    letters = [ch for ch in text if ch.isalpha()]
    foreign = sum(1 for ch in letters if ord(ch) > LAST_LATIN_CODEPOINT)
    share = foreign / len(letters) if letters else 0.0
    return TextStats(tuple(content_tokens(text)), share)
