"""Span-level evaluation of skill extraction on BIO-tagged, pre-tokenised sentences."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from talentsync_app.core.skills.matcher import SkillIndex
from talentsync_app.core.skills.taxonomy import Taxonomy, normalize_text

TokenSpan = tuple[int, int]  # [start, stop) token indices
KNOWLEDGE_KINDS = frozenset({"hard", "tool", "language"})


@dataclass(frozen=True)
class Sentence:
    """One tokenised sentence with gold Knowledge tags.

    Attributes:
        tokens: Tokens as given by the dataset.
        tags: One of "B", "I", "O" per token.
        doc: Identifier of the posting the sentence belongs to.
    """

    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    doc: str


@dataclass(frozen=True)
class Scores:
    """Exact span-match precision, recall and F1 with the raw counts."""

    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int
    gold: int


def read_skillspan(path: Path, field: str = "tags_knowledge") -> list[Sentence]:
    """Read a SkillSpan JSON-lines split.

    Args:
        path: File with one JSON object per line (tokens, BIO tags, source, idx).
        field: Which tag column to read ("tags_knowledge" or "tags_skill").

    Returns:
        The sentences in file order.
    """
    sentences = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            doc = f"{row['source']}:{row['idx']}"
            sentences.append(Sentence(tuple(row["tokens"]), tuple(row[field]), doc))
    return sentences


def bio_spans(tags: Iterable[str]) -> set[TokenSpan]:
    """Return the spans encoded by BIO tags (a stray "I" starts a span)."""
    spans: set[TokenSpan] = set()
    start = None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I":
            spans.add((start, i))
            start = None
        if tag == "B" or (tag == "I" and start is None):
            start = i
    return spans


def score(gold: list[set[TokenSpan]], predicted: list[set[TokenSpan]]) -> Scores:
    """Compare predicted and gold spans sentence by sentence (exact match).

    Args:
        gold: Gold spans per sentence.
        predicted: Predicted spans per sentence, aligned with gold.

    Returns:
        Micro-averaged precision, recall and F1.
    """
    hits = sum(len(g & p) for g, p in zip(gold, predicted, strict=True))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold)
    precision = hits / n_pred if n_pred else 0.0
    recall = hits / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return Scores(precision, recall, f1, hits, n_pred, n_gold)


class LexiconTagger:
    """Floor baseline: longest exact match of every span string seen in training."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        """Collect the token sequences of every gold span with a letter or digit.

        Spans made only of punctuation (annotation slips such as a lone ")") are
        left out: they would match every bracket.

        Args:
            sentences: Training sentences.
        """
        self.lexicon: set[tuple[str, ...]] = set()
        for sentence in sentences:
            for start, stop in bio_spans(sentence.tags):
                entry = sentence.tokens[start:stop]
                if any(ch.isalnum() for token in entry for ch in token):
                    self.lexicon.add(entry)
        self.max_len = max((len(entry) for entry in self.lexicon), default=1)

    def spans(self, tokens: tuple[str, ...]) -> set[TokenSpan]:
        """Return longest-match lexicon spans of one sentence."""
        found: set[TokenSpan] = set()
        i = 0
        while i < len(tokens):
            for length in range(min(self.max_len, len(tokens) - i), 0, -1):
                if tokens[i : i + length] in self.lexicon:
                    found.add((i, i + length))
                    i += length
                    break
            else:
                i += 1
        return found


def token_offsets(tokens: tuple[str, ...]) -> tuple[str, list[int]]:
    """Join tokens with spaces and return the text and each token's start offset."""
    starts, position = [], 0
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    return " ".join(tokens), starts


def char_to_token_span(starts: list[int], begin: int, end: int) -> TokenSpan:
    """Map a character span of the joined text to the tokens it touches."""
    first = max(i for i, s in enumerate(starts) if s <= begin)
    last = max(i for i, s in enumerate(starts) if s < end)
    return first, last + 1


def taxonomy_spans(index: SkillIndex, tokens: tuple[str, ...]) -> set[TokenSpan]:
    """Return the token spans the taxonomy matcher finds in one sentence."""
    text, starts = token_offsets(tokens)
    return {
        char_to_token_span(starts, span.start, span.end)
        for span in index.find(normalize_text(text))
    }


def knowledge_index(taxonomy: Taxonomy) -> SkillIndex:
    """Return a matcher over the non-soft skills (what "Knowledge" spans cover)."""
    kept = [skill for skill in taxonomy.skills() if skill.kind in KNOWLEDGE_KINDS]
    return SkillIndex(Taxonomy(kept))
