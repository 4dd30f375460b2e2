"""Load the labelled resume dataset, keeping one row per distinct text."""

from __future__ import annotations

import csv
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LabelledTexts:
    """Distinct labelled texts with their duplicate groups.

    Attributes:
        texts: One text per duplicate group.
        labels: Category of each text.
        groups: ``dup_group`` id of each text.
        source_rows: Number of rows in the CSV, duplicates included.
    """

    texts: list[str]
    labels: list[str]
    groups: list[int]
    source_rows: int


def load_distinct(csv_path: Path, groups_path: Path) -> LabelledTexts:
    """Read ``Category,Resume`` rows and keep the first row of each duplicate group.

    Args:
        csv_path: The dataset CSV with ``Category`` and ``Resume`` columns.
        groups_path: CSV with ``row``, ``category``, ``dup_group`` and
            ``first_in_group`` for every dataset row, in the same order.

    Returns:
        The distinct texts, labels and group ids.

    Raises:
        ValueError: When the two files disagree on rows, labels or groups.
    """
    csv.field_size_limit(sys.maxsize)
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with groups_path.open(encoding="utf-8", newline="") as handle:
        marks = list(csv.DictReader(handle))
    if len(rows) != len(marks):
        raise ValueError(f"{len(rows)} dataset rows but {len(marks)} group rows")

    texts, labels, groups = [], [], []
    seen: dict[int, str] = {}
    for row, mark in zip(rows, marks, strict=True):
        _check_row(row, mark, seen)
        if mark["first_in_group"] == "1":
            texts.append(row["Resume"])
            labels.append(row["Category"])
            groups.append(int(mark["dup_group"]))
    if len(groups) != len(seen):
        raise ValueError(f"{len(seen)} groups but {len(groups)} first rows")
    logger.info("loaded %d rows, %d distinct texts", len(rows), len(texts))
    return LabelledTexts(texts, labels, groups, len(rows))


def _check_row(row: dict[str, str], mark: dict[str, str], seen: dict) -> None:
    """Raise when a dataset row and its group row do not describe the same text."""
    if row["Category"] != mark["category"]:
        raise ValueError(f"row {mark['row']}: label differs from the groups file")
    group = int(mark["dup_group"])
    if seen.setdefault(group, row["Category"]) != row["Category"]:
        raise ValueError(f"group {group} carries two labels")
