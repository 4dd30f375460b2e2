"""The category model's storage format and its agreement with scikit-learn."""

import json

import numpy as np
import pytest

from talentsync_app.core.classify import MODELS_DIR, load_model
from talentsync_app.core.classify.fit import Params, _fit_pipeline, fit_model
from talentsync_app.core.classify.model import CategoryModel, softmax
from talentsync_app.core.classify.text import content_tokens, ngram_features
from tests.core.classify.samples import BY_CATEGORY

MAX_ARTIFACT_BYTES = 20 * 1024 * 1024


def test_shipped_artifact_is_json_npz_and_a_card_only():
    names = {path.name for path in MODELS_DIR.iterdir()}
    assert names == {"model.json", "weights.npz", "MODEL_CARD.md"}
    total = sum(path.stat().st_size for path in MODELS_DIR.iterdir())
    assert total < MAX_ARTIFACT_BYTES


def test_shipped_weights_hold_plain_numbers_only():
    with np.load(MODELS_DIR / "weights.npz", allow_pickle=False) as arrays:
        assert sorted(arrays.files) == ["coef", "idf", "intercept"]
        assert all(arrays[name].dtype == np.float32 for name in arrays.files)


def test_shipped_model_matches_its_card():
    model = load_model()
    card = (MODELS_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")

    assert len(model.classes) == 25
    assert f"{len(model.vocabulary)} features" in card
    assert f"{model.meta['grouped_accuracy']:.3f}" in card
    assert f"**{model.meta['recommended_threshold']:.2f}**" in card


def _tiny_training_set():
    labels = sorted(BY_CATEGORY)[:4]
    texts = [BY_CATEGORY[label] for label in labels] * 2
    return [content_tokens(text) for text in texts], labels * 2


def test_runtime_scores_equal_scikit_learn_scores():
    tokens, labels = _tiny_training_set()
    params = Params(c=1.0, min_df=1, max_n=2)
    vectorizer, svc = _fit_pipeline(tokens, labels, params)
    model = fit_model(tokens, labels, params, temperature=0.5)

    query = content_tokens(BY_CATEGORY["Hadoop"] + BY_CATEGORY["HR"])
    expected = softmax(
        svc.decision_function(vectorizer.transform([ngram_features(query, 2)]))[0] / 0.5
    )
    np.testing.assert_allclose(model.probabilities(query), expected, atol=1e-9)


def test_save_and_load_round_trip(tmp_path):
    tokens, labels = _tiny_training_set()
    model = fit_model(tokens, labels, Params(1.0, 1, 2), temperature=0.7)
    model.save(tmp_path)
    loaded = CategoryModel.load(tmp_path)

    query = content_tokens(BY_CATEGORY["Java Developer"])
    assert loaded.classes == model.classes
    assert loaded.temperature == pytest.approx(0.7)
    np.testing.assert_allclose(
        loaded.probabilities(query), model.probabilities(query), atol=1e-5
    )


def test_unknown_format_version_is_refused(tmp_path):
    tokens, labels = _tiny_training_set()
    fit_model(tokens, labels, Params(1.0, 1, 1), temperature=1.0).save(tmp_path)
    meta = json.loads((tmp_path / "model.json").read_text())
    meta["format_version"] = 99
    (tmp_path / "model.json").write_text(json.dumps(meta))

    with pytest.raises(ValueError, match="unsupported model format"):
        CategoryModel.load(tmp_path)
