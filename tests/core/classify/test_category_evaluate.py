"""Duplicate-aware evaluation and training on the real resume dataset."""

import re

import numpy as np
import pytest

from talentsync_app.core.classify import evaluate_grouped, format_report, train_and_save
from talentsync_app.core.classify.dataset import load_distinct
from talentsync_app.core.classify.evaluate import _outer_folds
from talentsync_app.core.classify.fit import Grid
from talentsync_app.core.classify.model import CategoryModel
from talentsync_app.core.classify.predict import predict_category
from tests.core.classify.samples import BY_CATEGORY

# One candidate and three inner folds: seconds instead of minutes.
QUICK_GRID = Grid(c=(100.0,), min_df=(2,), max_n=(2,), inner_splits=3)
# Honest TF-IDF baselines reach about 0.84 on distinct texts; a working
# pipeline on this quick setting must stay well above chance (0.04).
ACCURACY_FLOOR = 0.80


@pytest.fixture(scope="module")
def dataset_paths(realdata):
    folder = realdata / "kaggle-updatedresumedataset"
    return folder / "UpdatedResumeDataSet.csv", folder / "dedup_groups.csv"


def test_loader_keeps_one_row_per_duplicate_group(dataset_paths):
    data = load_distinct(*dataset_paths)

    assert data.source_rows == 962
    assert len(data.texts) == 166
    assert len(set(data.texts)) == 166
    assert len(set(data.groups)) == 166
    assert len(set(data.labels)) == 25


def test_loader_rejects_a_groups_file_for_other_rows(dataset_paths, tmp_path):
    csv_path, groups_path = dataset_paths
    short = tmp_path / "groups.csv"
    short.write_text("\n".join(groups_path.read_text().splitlines()[:-1]) + "\n")

    with pytest.raises(ValueError, match="group rows"):
        load_distinct(csv_path, short)


def test_outer_folds_never_share_a_group(dataset_paths):
    data = load_distinct(*dataset_paths)
    groups = np.asarray(data.groups)
    folds = _outer_folds(data, 5, seed=0)

    tested = np.concatenate([test for _, test in folds])
    assert sorted(tested) == list(range(166))
    for train, test in folds:
        assert not set(groups[train]) & set(groups[test])


@pytest.mark.slow
def test_quick_grouped_evaluation_is_above_the_floor(dataset_paths):
    metrics = evaluate_grouped(*dataset_paths, repeats=1, grid=QUICK_GRID)

    assert metrics["distinct_texts"] == 166
    assert metrics["accuracy"] > ACCURACY_FLOOR
    assert metrics["top3_accuracy"] >= metrics["accuracy"]
    assert set(metrics["per_class_recall"]) == set(load_distinct(*dataset_paths).labels)
    assert 0.0 <= metrics["ece"] <= 1.0
    last_line = format_report(metrics).splitlines()[-1]
    assert re.fullmatch(r"grouped accuracy: 0\.\d{3}", last_line)
    assert last_line.endswith(f"{metrics['accuracy']:.3f}")


@pytest.mark.slow
def test_train_and_save_writes_a_loadable_model_and_card(dataset_paths, tmp_path):
    result = train_and_save(*dataset_paths, tmp_path, repeats=1, grid=QUICK_GRID)

    assert {p.name for p in tmp_path.iterdir()} == {
        "model.json",
        "weights.npz",
        "MODEL_CARD.md",
    }
    card = (tmp_path / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert f"{result['metrics']['accuracy']:.3f}" in card
    assert len(CategoryModel.load(tmp_path).classes) == 25
    prediction = predict_category(BY_CATEGORY["Advocate"], model_dir=tmp_path)
    assert prediction.label == "Advocate"
