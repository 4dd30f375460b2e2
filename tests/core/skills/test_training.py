import pycrfsuite
import pytest

from talentsync_app.core.skills import load_taxonomy
from talentsync_app.core.skills.evaluation import Sentence, read_skillspan
from talentsync_app.core.skills.extract import skill_index
from talentsync_app.core.skills.training import (
    doc_folds,
    featurize,
    fill_with_taxonomy,
    to_model,
    train_model,
)

PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 30}


@pytest.fixture(scope="module")
def small_split(realdata):
    sentences = read_skillspan(realdata / "skillspan" / "train.json")
    folds = doc_folds(sentences, folds=20, seed=0)
    train = [s for s, f in zip(sentences, folds, strict=True) if f == 0]
    test = [s for s, f in zip(sentences, folds, strict=True) if f == 1]
    return train, test


def test_exported_weights_decode_like_crfsuite(small_split, tmp_path):
    train, test = small_split
    index = skill_index(load_taxonomy())
    rows = featurize(train, index)
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, sentence in zip(rows, train, strict=True):
        trainer.append(features, list(sentence.tags))
    trainer.set_params({**PARAMS, "feature.possible_transitions": True})
    trainer.train(str(tmp_path / "m.crfsuite"))
    reference = pycrfsuite.Tagger()
    reference.open(str(tmp_path / "m.crfsuite"))

    model = to_model(reference.info(), PARAMS)
    test_rows = featurize(test, index)
    ours = [label for row in test_rows for label in model.tag(row)]
    theirs = [label for row in test_rows for label in reference.tag(row)]

    agreement = sum(a == b for a, b in zip(ours, theirs, strict=True)) / len(ours)
    assert len(ours) > 500
    assert agreement > 0.995


def test_train_model_learns_spans_it_was_shown(small_split):
    train, _test = small_split
    rows = featurize(train, None)

    model = train_model(rows, train, PARAMS)
    tagged = [model.tag(row) for row in rows]

    gold_b = sum(s.tags.count("B") for s in train)
    found_b = sum(labels.count("B") for labels in tagged)
    assert gold_b > 50
    assert 0.5 * gold_b < found_b < 1.5 * gold_b


def test_folds_never_split_a_posting():
    sentences = [Sentence(("x",), ("O",), f"doc{i // 3}") for i in range(30)]

    folds = doc_folds(sentences, folds=3, seed=1)

    by_doc = {}
    for sentence, fold in zip(sentences, folds, strict=True):
        by_doc.setdefault(sentence.doc, set()).add(fold)
    assert all(len(f) == 1 for f in by_doc.values())
    assert set(folds) == {0, 1, 2}


def test_fill_with_taxonomy_only_adds_non_overlapping_spans():
    assert fill_with_taxonomy({(2, 4)}, {(3, 5), (6, 7)}) == {(2, 4), (6, 7)}
