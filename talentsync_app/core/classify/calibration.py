"""Calibration measures and the choice of the "uncertain" threshold."""

from __future__ import annotations

import numpy as np

# The threshold is the lowest confidence at which predictions kept as confident
# are right at least this often in grouped cross-validation.
TARGET_CONFIDENT_ACCURACY = 0.95
THRESHOLD_STEP = 0.05
RELIABILITY_BINS = 10


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray) -> float:
    """Return the bin-weighted gap between confidence and accuracy (10 equal bins).

    Args:
        confidence: Probability of the predicted label per text.
        correct: Whether each prediction was right.

    Returns:
        The expected calibration error (0 is perfect).
    """
    return float(
        sum(
            row["count"] * abs(row["accuracy"] - row["mean_confidence"])
            for row in reliability_table(confidence, correct)
        )
        / max(1, len(confidence))
    )


def reliability_table(confidence: np.ndarray, correct: np.ndarray) -> list[dict]:
    """Return, per non-empty confidence bin, its count, accuracy and mean confidence."""
    edges = np.linspace(0.0, 1.0, RELIABILITY_BINS + 1)
    bins = np.clip(np.digitize(confidence, edges[1:-1]), 0, RELIABILITY_BINS - 1)
    rows = []
    for b in range(RELIABILITY_BINS):
        mask = bins == b
        if mask.any():
            rows.append(
                {
                    "low": round(float(edges[b]), 2),
                    "high": round(float(edges[b + 1]), 2),
                    "count": int(mask.sum()),
                    "accuracy": float(correct[mask].mean()),
                    "mean_confidence": float(confidence[mask].mean()),
                }
            )
    return rows


def threshold_curve(confidence: np.ndarray, correct: np.ndarray) -> list[dict]:
    """Return coverage and accuracy of the predictions kept at each threshold.

    Args:
        confidence: Probability of the predicted label per text.
        correct: Whether each prediction was right.

    Returns:
        One row per threshold from 0 to 0.95 in steps of 0.05.
    """
    rows = []
    for threshold in np.arange(0.0, 1.0, THRESHOLD_STEP):
        kept = confidence >= threshold
        rows.append(
            {
                "threshold": round(float(threshold), 2),
                "coverage": float(kept.mean()),
                "accuracy": float(correct[kept].mean()) if kept.any() else 1.0,
            }
        )
    return rows


def choose_threshold(curve: list[dict]) -> dict:
    """Return the lowest threshold whose kept predictions reach the target accuracy.

    Args:
        curve: Rows from :func:`threshold_curve`, by increasing threshold.

    Returns:
        The chosen row; the last row when no threshold reaches the target.
    """
    for row in curve:
        if row["accuracy"] >= TARGET_CONFIDENT_ACCURACY and row["coverage"] > 0:
            return row
    return curve[-1]
