"""Token features of the learned skill-span tagger (shared by training and run time)."""

from __future__ import annotations

import re
from functools import lru_cache

from talentsync_app.core.skills.evaluation import TokenSpan, token_offsets
from talentsync_app.core.skills.matcher import SkillIndex
from talentsync_app.core.skills.taxonomy import normalize_text

_EDGE_PUNCT = "()[]{},;:.!?\"'"
_SHAPE_RULES = ((re.compile(r"[A-Z]"), "X"), (re.compile(r"[a-z]"), "x"))
_DIGIT = re.compile(r"[0-9]")
_REPEAT = re.compile(r"(.)\1+")


def core(token: str) -> str:
    """Return a token without punctuation glued to its edges ("Docker)" -> "Docker").

    A token made only of punctuation is returned unchanged.
    """
    stripped = token.strip(_EDGE_PUNCT)
    return stripped or token


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """Return the short shape of a word: "Node.js" -> "Xx.x", "AWS" -> "X"."""
    for pattern, letter in _SHAPE_RULES:
        word = pattern.sub(letter, word)
    return _REPEAT.sub(r"\1", _DIGIT.sub("d", word))


def _word_features(token: str) -> list[str]:
    """Lexical features of one token, without a position prefix."""
    word = core(token)
    features = [f"w={word.lower()}", f"shape={shape(word)}"]
    if word[:1].isupper():
        features.append("title")
    if word.isupper() and len(word) > 1:
        features.append("upper")
    return features


def _own_features(token: str) -> list[str]:
    """Features that only describe the current token."""
    word = core(token)
    lower = word.lower()
    features = ["bias", f"p3={lower[:3]}", f"s3={lower[-3:]}", f"s2={lower[-2:]}"]
    if any(ch.isdigit() for ch in word):
        features.append("digit")
    if any(ch in ".#+/" for ch in word[1:]):
        features.append("inner_punct")
    if token != word:
        features.append("glued_punct")
    features.append(f"len={min(len(word), 8)}")
    return features


def taxonomy_tags(index: SkillIndex, tokens: tuple[str, ...]) -> list[str]:
    """Return per-token taxonomy tags such as "B-tool", "I-hard" or "O"."""
    tags = ["O"] * len(tokens)
    text, starts = token_offsets(tokens)
    kinds = index.kinds
    for span in index.find(normalize_text(text)):
        first, stop = _token_range(starts, span.start, span.end)
        kind = kinds.get(span.name, "hard")
        tags[first] = f"B-{kind}"
        for i in range(first + 1, stop):
            tags[i] = f"I-{kind}"
    return tags


def _token_range(starts: list[int], begin: int, end: int) -> TokenSpan:
    """Map a character span of space-joined tokens to a token range."""
    first = last = 0
    for i, start in enumerate(starts):
        if start <= begin:
            first = i
        if start < end:
            last = i
    return first, last + 1


def sentence_features(
    tokens: tuple[str, ...], index: SkillIndex | None
) -> list[list[str]]:
    """Return the feature strings of every token of a sentence.

    Args:
        tokens: Whitespace tokens of one sentence or line.
        index: Taxonomy index for the gazetteer features, or None to omit them.

    Returns:
        One list of binary feature names per token.
    """
    taxonomy = taxonomy_tags(index, tokens) if index else ["O"] * len(tokens)
    words = [core(token).lower() for token in tokens]
    lexical = [_word_features(token) for token in tokens]
    rows = []
    for i, token in enumerate(tokens):
        features = _own_features(token) + lexical[i]
        for offset, prefix in ((-2, "-2:"), (-1, "-1:"), (1, "+1:"), (2, "+2:")):
            j = i + offset
            if 0 <= j < len(tokens):
                features += [prefix + name for name in lexical[j]]
            else:
                features.append(prefix + "edge")
        if i > 0:
            features.append(f"-1w|w={words[i - 1]}|{words[i]}")
        if i + 1 < len(tokens):
            features.append(f"w|+1w={words[i]}|{words[i + 1]}")
        for offset in (-1, 0, 1):
            j = i + offset
            tag = taxonomy[j] if 0 <= j < len(tokens) else "edge"
            features.append(f"{offset:+d}:tx={tag}")
        rows.append(features)
    return rows
