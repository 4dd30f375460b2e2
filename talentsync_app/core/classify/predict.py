"""Predict a resume's job category with calibrated confidence, or say "uncertain"."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import numpy as np

from talentsync_app.core.classify.model import CategoryModel
from talentsync_app.core.classify.text import text_stats
from talentsync_app.core.types import CategoryPrediction
from talentsync_app.settings import PROJECT_ROOT, get_settings

logger = logging.getLogger(__name__)

MODELS_DIR = PROJECT_ROOT / "models" / "category"
UNCERTAIN = "uncertain"
TOP_K = 3
# Fewer content words than this carry too little evidence for any category.
MIN_CONTENT_TOKENS = 20
# Held-out English resumes have most of their words in the vocabulary (the
# lowest share seen in grouped CV is in the model card); foreign-language
# resumes fall far below this.
MIN_KNOWN_SHARE = 0.5
# Above this share of non-Latin letters the text is not English.
MAX_NON_LATIN_SHARE = 0.3


@lru_cache(maxsize=4)
def load_model(model_dir: Path = MODELS_DIR) -> CategoryModel:
    """Load the category model from JSON and NPZ files once per folder."""
    model = CategoryModel.load(model_dir)
    logger.info(
        "category model loaded from %s: %d classes, %d features",
        model_dir,
        len(model.classes),
        len(model.vocabulary),
    )
    return model


def predict_category(
    text: str, *, threshold: float | None = None, model_dir: Path = MODELS_DIR
) -> CategoryPrediction:
    """Predict the job category of a resume text.

    The prediction is "uncertain" (with a reason) when the text is too short,
    is not English, or the best label's calibrated probability is under the
    threshold.

    Args:
        text: Resume text.
        threshold: Confidence under which the label is withheld; defaults to
            the ``category_confidence_threshold`` setting.
        model_dir: Folder holding ``model.json`` and ``weights.npz``.

    Returns:
        The best label, its probability and the top three labels.
    """
    if threshold is None:
        threshold = get_settings().category_confidence_threshold
    model = load_model(model_dir)
    stats = text_stats(text)
    tokens = list(stats.content_tokens)
    refusal = _refusal(model, tokens, stats.non_latin_share)
    if refusal and len(tokens) < MIN_CONTENT_TOKENS:
        return CategoryPrediction(UNCERTAIN, 0.0, [], True, refusal)

    probs = model.probabilities(tokens)
    order = np.argsort(-probs)[:TOP_K]
    top = [(model.classes[i], float(probs[i])) for i in order]
    best, confidence = top[0]
    if refusal is None and confidence < threshold:
        refusal = (
            f"the best category, {best}, has a confidence of {confidence:.2f}, "
            f"under the threshold of {threshold:.2f}"
        )
    if refusal:
        return CategoryPrediction(UNCERTAIN, confidence, top, True, refusal)
    return CategoryPrediction(best, confidence, top)


def _refusal(model: CategoryModel, tokens: list[str], non_latin: float) -> str | None:
    """Return why the text cannot be classified at all, or None."""
    if non_latin > MAX_NON_LATIN_SHARE:
        return (
            f"{non_latin:.0%} of the letters are in a non-Latin script; the model "
            "only knows English resumes"
        )
    if len(tokens) < MIN_CONTENT_TOKENS:
        return (
            f"too little text to classify: {len(tokens)} content words, "
            f"at least {MIN_CONTENT_TOKENS} needed"
        )
    known = model.known_share(tokens)
    if known < MIN_KNOWN_SHARE:
        return (
            f"only {known:.0%} of the words are in the model's English resume "
            f"vocabulary (at least {MIN_KNOWN_SHARE:.0%} expected); the text is "
            "probably not in English"
        )
    return None
