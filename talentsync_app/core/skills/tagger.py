"""Learned Knowledge-span tagger: a linear-chain CRF read from JSON and decoded here."""

from __future__ import annotations

import gzip
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from talentsync_app.core.skills.evaluation import TokenSpan, bio_spans
from talentsync_app.core.skills.extract import skill_index
from talentsync_app.core.skills.features import core, sentence_features
from talentsync_app.core.skills.matcher import Span
from talentsync_app.core.skills.taxonomy import load_taxonomy

logger = logging.getLogger(__name__)

MODEL_PATH = (
    Path(__file__).resolve().parents[3] / "models" / "skills" / "knowledge_crf.json.gz"
)
_WORD = re.compile(r"\S+")
_MAX_LEARNED_TOKENS = 4  # longer learned spans are phrases, not skill names


@dataclass
class TaggerModel:
    """Weights of a linear-chain CRF over BIO labels.

    Attributes:
        labels: Label names, e.g. ["B", "I", "O"].
        transitions: transitions[a][b] is the weight of label a followed by b.
        weights: Per feature name, one weight per label.
        meta: How the model was trained and what it scored.
    """

    labels: list[str]
    transitions: list[list[float]]
    weights: dict[str, list[float]]
    meta: dict

    def save(self, path: Path) -> None:
        """Write the model as gzip-compressed JSON."""
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "labels": self.labels,
            "transitions": self.transitions,
            "weights": self.weights,
            "meta": self.meta,
        }
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            json.dump(payload, handle, separators=(",", ":"), sort_keys=True)

    @classmethod
    def load(cls, path: Path) -> TaggerModel:
        """Read a model written by ``save``."""
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            payload = json.load(handle)
        return cls(
            payload["labels"],
            payload["transitions"],
            payload["weights"],
            payload.get("meta", {}),
        )

    def tag(self, rows: list[list[str]]) -> list[str]:
        """Return the best label sequence for the feature rows (Viterbi).

        Args:
            rows: One list of feature names per token.

        Returns:
            One label per token.
        """
        if not rows:
            return []
        n_labels = len(self.labels)
        emissions = [self._emission(features) for features in rows]
        score = emissions[0]
        back: list[list[int]] = []
        for emission in emissions[1:]:
            step, pointers = [], []
            for b in range(n_labels):
                best = max(
                    range(n_labels), key=lambda a: score[a] + self.transitions[a][b]
                )
                pointers.append(best)
                step.append(score[best] + self.transitions[best][b] + emission[b])
            score = step
            back.append(pointers)
        label = max(range(n_labels), key=score.__getitem__)
        path = [label]
        for pointers in reversed(back):
            label = pointers[label]
            path.append(label)
        return [self.labels[i] for i in reversed(path)]

    def _emission(self, features: list[str]) -> list[float]:
        """Sum the label weights of the features that fire on one token."""
        found = [w for w in map(self.weights.get, features) if w is not None]
        if not found:
            return [0.0] * len(self.labels)
        return [sum(column) for column in zip(*found, strict=True)]


@lru_cache(maxsize=1)
def load_tagger(path: Path = MODEL_PATH) -> TaggerModel:
    """Return the shipped tagger, read once per process."""
    model = TaggerModel.load(path)
    logger.info("loaded skill tagger %s (%d features)", path.name, len(model.weights))
    return model


def tag_tokens(
    tokens: tuple[str, ...], model: TaggerModel | None = None
) -> set[TokenSpan]:
    """Return the Knowledge token spans the learned tagger finds in one sentence."""
    model = model or load_tagger()
    index = skill_index(load_taxonomy())
    return bio_spans(model.tag(sentence_features(tokens, index)))


def learned_spans(text: str, known: list[Span]) -> list[Span]:
    """Find skill names the taxonomy does not know, line by line.

    Args:
        text: Normalised text (see ``normalize_text``).
        known: Taxonomy matches already found; overlapping spans are dropped.

    Returns:
        New spans named by their text; at most four words each.
    """
    model = load_tagger()
    taken = [(span.start, span.end) for span in known]
    names: dict[str, str] = {}  # one spelling per learned skill, the first seen
    found: list[Span] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        words = list(_WORD.finditer(line))
        tokens = tuple(word.group() for word in words)
        for first, stop in sorted(tag_tokens(tokens, model)) if tokens else ():
            start = offset + words[first].start()
            end = offset + words[stop - 1].end()
            name = " ".join(core(token) for token in tokens[first:stop])
            if stop - first > _MAX_LEARNED_TOKENS or not any(c.isalpha() for c in name):
                continue
            if not any(a < end and start < b for a, b in taken):
                found.append(Span(names.setdefault(name.lower(), name), start, end))
        offset += len(line)
    return found
