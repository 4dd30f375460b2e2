"""Nested, duplicate-aware cross-validation of the category model."""

from __future__ import annotations

import logging
import time
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

from talentsync_app.core.classify import calibration
from talentsync_app.core.classify.dataset import LabelledTexts, load_distinct
from talentsync_app.core.classify.fit import Grid, fit_model, select_params
from talentsync_app.core.classify.predict import MIN_CONTENT_TOKENS, MIN_KNOWN_SHARE
from talentsync_app.core.classify.text import content_tokens

logger = logging.getLogger(__name__)

DEFAULT_REPEATS = 3
DEFAULT_SPLITS = 5


def evaluate_grouped(
    csv_path: Path,
    groups_path: Path,
    *,
    repeats: int = DEFAULT_REPEATS,
    n_splits: int = DEFAULT_SPLITS,
    grid: Grid | None = None,
    seed: int = 0,
) -> dict:
    """Measure accuracy on distinct texts with nested, group-aware CV.

    Outer folds are ``StratifiedGroupKFold`` over ``dup_group``, so no copy of a
    test text is ever trained on; hyper-parameters and the softmax temperature
    are chosen by a second grouped CV inside each outer training set only.
    Every distinct text is scored once per repeat.

    Args:
        csv_path: Dataset CSV (``Category``, ``Resume``).
        groups_path: ``dedup_groups.csv`` for the same rows.
        repeats: Outer CV repetitions with different shuffles.
        n_splits: Outer folds per repetition.
        grid: Candidate hyper-parameters (defaults to :class:`Grid`).
        seed: Seed of the first repetition's shuffle.

    Returns:
        Metrics: accuracy (mean over repeats) and per repeat, per-class recall,
        calibration, the threshold curve and the chosen threshold.
    """
    started = time.perf_counter()
    data = load_distinct(csv_path, groups_path)
    oof = out_of_fold(data, repeats=repeats, n_splits=n_splits, grid=grid, seed=seed)
    metrics = summarise(data, oof)
    metrics["scheme"] = (
        f"{repeats} x {n_splits}-fold StratifiedGroupKFold over dup_group "
        f"(outer), {(grid or Grid()).inner_splits}-fold grouped inner CV for "
        "hyper-parameters and temperature"
    )
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    logger.info(
        "grouped evaluation: accuracy %.3f in %.1f s",
        metrics["accuracy"],
        metrics["seconds"],
    )
    return metrics


def out_of_fold(
    data: LabelledTexts,
    *,
    repeats: int,
    n_splits: int,
    grid: Grid | None,
    seed: int,
) -> dict:
    """Score every distinct text from models that never saw it.

    Returns:
        ``probs`` (repeats x texts x classes), ``classes``, ``labels``,
        ``selections`` (one dict per outer fold), ``known_share`` (repeats x
        texts: share of a text's words in its fold model's vocabulary) and
        ``token_counts`` (content words per text).
    """
    grid = grid or Grid()
    tokens = [content_tokens(text) for text in data.texts]
    labels = np.asarray(data.labels)
    classes = sorted(set(data.labels))
    probs = np.zeros((repeats, len(labels), len(classes)))
    known = np.zeros((repeats, len(labels)))
    selections = []
    for rep in range(repeats):
        for train, test in _outer_folds(data, n_splits, seed + rep):
            chosen = select_params(
                [tokens[i] for i in train],
                list(labels[train]),
                [data.groups[i] for i in train],
                grid,
                seed=seed + rep,
            )
            model = fit_model(
                [tokens[i] for i in train],
                list(labels[train]),
                chosen.params,
                chosen.temperature,
            )
            cols = [classes.index(c) for c in model.classes]
            for i in test:
                probs[rep, i, cols] = model.probabilities(tokens[i])
                known[rep, i] = model.known_share(tokens[i])
            selections.append(chosen.as_dict())
    return {
        "probs": probs,
        "classes": classes,
        "labels": labels,
        "selections": selections,
        "known_share": known,
        "token_counts": np.asarray([len(t) for t in tokens]),
    }


def summarise(data: LabelledTexts, oof: dict) -> dict:
    """Turn out-of-fold probabilities into the reported metrics."""
    probs, classes, labels = oof["probs"], oof["classes"], oof["labels"]
    predicted = np.asarray(classes)[probs.argmax(axis=2)]
    correct = predicted == labels[None, :]
    confidence = probs.max(axis=2).ravel()
    curve = calibration.threshold_curve(confidence, correct.ravel())
    per_repeat = [float(row.mean()) for row in correct]
    return {
        "accuracy": float(np.mean(per_repeat)),
        "accuracy_std": float(np.std(per_repeat)),
        "accuracy_per_repeat": per_repeat,
        "top3_accuracy": _top3_accuracy(probs, classes, labels),
        "distinct_texts": len(data.texts),
        "dataset_rows": data.source_rows,
        "classes": len(classes),
        "per_class_recall": _per_class_recall(correct, labels, classes),
        "texts_per_class": {c: int((labels == c).sum()) for c in classes},
        "confusions": _confusions(predicted, labels),
        "mean_confidence": float(confidence.mean()),
        "ece": calibration.expected_calibration_error(confidence, correct.ravel()),
        "reliability": calibration.reliability_table(confidence, correct.ravel()),
        "threshold_curve": curve,
        "threshold": calibration.choose_threshold(curve),
        "target_confident_accuracy": calibration.TARGET_CONFIDENT_ACCURACY,
        "selected_params": _param_counts(oof["selections"]),
        "known_share": _known_share_summary(oof["known_share"]),
        "short_texts": int((oof["token_counts"] < MIN_CONTENT_TOKENS).sum()),
    }


def format_report(metrics: dict) -> str:
    """Render metrics as text whose last line is ``grouped accuracy: 0.XXX``."""
    chosen = metrics["threshold"]
    lines = [
        f"texts: {metrics['distinct_texts']} distinct of "
        f"{metrics['dataset_rows']} rows, {metrics['classes']} categories",
        f"scheme: {metrics['scheme']}",
        "accuracy per repeat: "
        + ", ".join(f"{a:.3f}" for a in metrics["accuracy_per_repeat"]),
        f"top-3 accuracy: {metrics['top3_accuracy']:.3f}",
        f"mean confidence: {metrics['mean_confidence']:.3f}, ECE: {metrics['ece']:.3f}",
        f"threshold {chosen['threshold']:.2f}: {chosen['coverage']:.1%} of texts "
        f"kept as confident, {chosen['accuracy']:.1%} of those right",
        "per-class recall:",
    ]
    lines += [f"  {c}: {r:.2f}" for c, r in metrics["per_class_recall"].items()]
    lines.append(f"grouped accuracy: {metrics['accuracy']:.3f}")
    return "\n".join(lines)


def _outer_folds(data: LabelledTexts, n_splits: int, seed: int) -> list:
    """Return stratified, grouped outer folds for one repetition."""
    splitter = StratifiedGroupKFold(n_splits, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        # The rarest category has fewer distinct texts than folds.
        warnings.simplefilter("ignore", UserWarning)
        return list(splitter.split(data.texts, data.labels, data.groups))


def _top3_accuracy(probs: np.ndarray, classes: list[str], labels: np.ndarray) -> float:
    """Return how often the true label is among the three most probable."""
    top3 = np.argsort(-probs, axis=2)[:, :, :3]
    truth = np.searchsorted(classes, labels)
    return float((top3 == truth[None, :, None]).any(axis=2).mean())


def _per_class_recall(correct, labels, classes) -> dict[str, float]:
    """Return recall per category, pooled over repeats."""
    return {c: float(correct[:, labels == c].mean()) for c in classes}


def _confusions(predicted: np.ndarray, labels: np.ndarray) -> list[dict]:
    """Return the most frequent (true, predicted) mistakes, pooled over repeats."""
    pairs = Counter(
        (str(t), str(p))
        for row in predicted
        for t, p in zip(labels, row, strict=True)
        if t != p
    )
    return [
        {"true": t, "predicted": p, "count": n} for (t, p), n in pairs.most_common(10)
    ]


def _known_share_summary(known: np.ndarray) -> dict[str, float]:
    """Return low percentiles of the held-out vocabulary coverage."""
    return {
        "min": float(known.min()),
        "p01": float(np.percentile(known, 1)),
        "p05": float(np.percentile(known, 5)),
        "median": float(np.median(known)),
        "below_min_known_share": int((known[0] < MIN_KNOWN_SHARE).sum()),
    }


def _param_counts(selections: list[dict]) -> dict[str, int]:
    """Return how often each hyper-parameter combination won the inner search."""
    keys = Counter(
        f"C={s['c']:g}, min_df={s['min_df']}, max_n={s['max_n']}" for s in selections
    )
    return dict(keys.most_common())
