"""Train the shipped category model, measure it, and write its model card."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from pathlib import Path

from talentsync_app.core.classify.card import render_card
from talentsync_app.core.classify.dataset import load_distinct
from talentsync_app.core.classify.evaluate import evaluate_grouped
from talentsync_app.core.classify.fit import Grid, fit_model, select_params
from talentsync_app.core.classify.predict import MODELS_DIR, load_model
from talentsync_app.core.classify.text import content_tokens

logger = logging.getLogger(__name__)

CARD_FILE = "MODEL_CARD.md"
TRAIN_REPEATS = 3


def train_and_save(
    csv_path: Path,
    groups_path: Path,
    out_dir: Path = MODELS_DIR,
    *,
    repeats: int = TRAIN_REPEATS,
    grid: Grid | None = None,
) -> dict:
    """Measure the method with nested grouped CV, fit it on all texts, save it.

    Args:
        csv_path: Dataset CSV (``Category``, ``Resume``).
        groups_path: ``dedup_groups.csv`` for the same rows.
        out_dir: Folder that receives ``model.json``, ``weights.npz`` and
            ``MODEL_CARD.md``.
        repeats: Outer CV repetitions measured for the model card.
        grid: Candidate hyper-parameters (defaults to :class:`Grid`).

    Returns:
        ``metrics`` (as from ``evaluate_grouped``), the final ``params``,
        ``temperature``, recommended ``threshold`` and the ``files`` written.
    """
    started = time.perf_counter()
    grid = grid or Grid()
    metrics = evaluate_grouped(csv_path, groups_path, repeats=repeats, grid=grid)

    data = load_distinct(csv_path, groups_path)
    tokens = [content_tokens(text) for text in data.texts]
    chosen = select_params(tokens, data.labels, data.groups, grid)
    model = fit_model(tokens, data.labels, chosen.params, chosen.temperature)
    today = datetime.now(UTC).date().isoformat()
    model.meta.update(
        trained_on=today,
        inner_search=chosen.as_dict(),
        recommended_threshold=metrics["threshold"]["threshold"],
        grouped_accuracy=metrics["accuracy"],
        scheme=metrics["scheme"],
    )

    files = model.save(out_dir)
    card_meta = {
        "params": model.meta["params"],
        "temperature": model.temperature,
        "features": len(model.vocabulary),
    }
    card_path = out_dir / CARD_FILE
    card_path.write_text(render_card(metrics, card_meta, today), encoding="utf-8")
    load_model.cache_clear()
    logger.info(
        "category model trained in %.1f s: %s, grouped accuracy %.3f",
        time.perf_counter() - started,
        card_meta["params"],
        metrics["accuracy"],
    )
    return {
        "metrics": metrics,
        "params": model.meta["params"],
        "temperature": model.temperature,
        "threshold": metrics["threshold"]["threshold"],
        "files": [str(path) for path in [*files, card_path]],
    }
