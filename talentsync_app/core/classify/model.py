"""Linear category model stored as JSON plus NPZ, so loading never runs code."""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from talentsync_app.core.classify.text import ngram_features

FORMAT_VERSION = 1
META_FILE = "model.json"
ARRAYS_FILE = "weights.npz"


@dataclass
class CategoryModel:
    """TF-IDF features, one linear scorer per class and a softmax temperature.

    Attributes:
        classes: Category names, in the row order of ``coef``.
        vocabulary: Feature string to column index.
        idf: Inverse document frequency per column.
        coef: Class-by-feature weights.
        intercept: Bias per class.
        temperature: Divisor of the scores before the softmax (fitted on
            held-out scores, so probabilities are calibrated).
        max_n: Longest word n-gram in the vocabulary.
        meta: Training facts kept with the model (params, thresholds, metrics).
    """

    classes: list[str]
    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    temperature: float = 1.0
    max_n: int = 2
    meta: dict[str, Any] = field(default_factory=dict)

    def vector(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Return the sparse TF-IDF vector of stemmed tokens as (columns, values).

        Uses sublinear term frequency (1 + log count) and L2 normalisation, the
        same transform the model was trained with.
        """
        counts = Counter(ngram_features(tokens, self.max_n))
        cols, vals = [], []
        for feature, count in counts.items():
            col = self.vocabulary.get(feature)
            if col is not None:
                cols.append(col)
                vals.append((1.0 + math.log(count)) * self.idf[col])
        values = np.asarray(vals, dtype=np.float64)
        norm = np.linalg.norm(values)
        if norm > 0:
            values /= norm
        return np.asarray(cols, dtype=np.int64), values

    def probabilities(self, tokens: list[str]) -> np.ndarray:
        """Return calibrated class probabilities for stemmed tokens."""
        cols, values = self.vector(tokens)
        scores = self.coef[:, cols] @ values + self.intercept
        return softmax(scores / self.temperature)

    def known_share(self, tokens: list[str]) -> float:
        """Return the share of tokens that are unigrams of the vocabulary."""
        if not tokens:
            return 0.0
        return sum(1 for token in tokens if token in self.vocabulary) / len(tokens)

    def save(self, out_dir: Path) -> list[Path]:
        """Write ``model.json`` and ``weights.npz`` into a folder.

        Returns:
            The paths written.
        """
        out_dir.mkdir(parents=True, exist_ok=True)
        features = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        meta = {
            "format_version": FORMAT_VERSION,
            "classes": self.classes,
            "features": features,
            "temperature": self.temperature,
            "max_n": self.max_n,
            "meta": self.meta,
        }
        meta_path = out_dir / META_FILE
        meta_path.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        arrays_path = out_dir / ARRAYS_FILE
        np.savez_compressed(
            arrays_path,
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
        )
        return [meta_path, arrays_path]

    @classmethod
    def load(cls, model_dir: Path) -> CategoryModel:
        """Read a model written by :meth:`save`; never unpickles anything.

        Raises:
            ValueError: On an unknown format version or inconsistent shapes.
        """
        meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
        if meta.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"unsupported model format {meta.get('format_version')}")
        with np.load(model_dir / ARRAYS_FILE, allow_pickle=False) as arrays:
            idf, coef, intercept = arrays["idf"], arrays["coef"], arrays["intercept"]
        features, classes = meta["features"], meta["classes"]
        if coef.shape != (len(classes), len(features)) or idf.shape != (len(features),):
            raise ValueError(f"weights do not match the vocabulary in {model_dir}")
        return cls(
            classes=classes,
            vocabulary={feature: i for i, feature in enumerate(features)},
            idf=idf.astype(np.float64),
            coef=coef.astype(np.float64),
            intercept=intercept.astype(np.float64),
            temperature=float(meta["temperature"]),
            max_n=int(meta["max_n"]),
            meta=meta["meta"],
        )


def softmax(scores: np.ndarray) -> np.ndarray:
    """Return the softmax of scores along the last axis."""
    shifted = scores - scores.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)
