"""Job-category prediction: training, duplicate-aware evaluation and inference."""

from talentsync_app.core.classify.evaluate import evaluate_grouped, format_report
from talentsync_app.core.classify.predict import (
    MODELS_DIR,
    load_model,
    predict_category,
)
from talentsync_app.core.classify.train import train_and_save

__all__ = [
    "MODELS_DIR",
    "evaluate_grouped",
    "format_report",
    "load_model",
    "predict_category",
    "train_and_save",
]
