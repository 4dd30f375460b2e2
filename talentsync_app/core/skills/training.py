"""Train and cross-validate the Knowledge-span CRF (offline; needs python-crfsuite)."""

from __future__ import annotations

import logging
import random
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from talentsync_app.core.skills.evaluation import (
    Scores,
    Sentence,
    TokenSpan,
    bio_spans,
    score,
    taxonomy_spans,
)
from talentsync_app.core.skills.features import sentence_features
from talentsync_app.core.skills.matcher import SkillIndex
from talentsync_app.core.skills.tagger import TaggerModel

logger = logging.getLogger(__name__)

LABELS = ["B", "I", "O"]
DEFAULT_PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150}


def featurize(
    sentences: Sequence[Sentence], index: SkillIndex | None
) -> list[list[list[str]]]:
    """Return the feature rows of every sentence."""
    return [sentence_features(s.tokens, index) for s in sentences]


def train_model(
    rows: Sequence[list[list[str]]],
    sentences: Sequence[Sentence],
    params: dict,
) -> TaggerModel:
    """Fit a CRF with L-BFGS and return its weights as a TaggerModel.

    Args:
        rows: Feature rows per sentence (from ``featurize``).
        sentences: The sentences, for their gold tags.
        params: CRFsuite parameters such as c1, c2 and max_iterations.

    Returns:
        The trained model.
    """
    import pycrfsuite  # offline training only: a development dependency

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, sentence in zip(rows, sentences, strict=True):
        trainer.append(features, list(sentence.tags))
    trainer.set_params({**params, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    return to_model(info, params)


def to_model(info, params: dict) -> TaggerModel:
    """Convert CRFsuite model information into a TaggerModel."""
    position = {label: i for i, label in enumerate(LABELS)}
    transitions = [[0.0] * len(LABELS) for _ in LABELS]
    for (first, second), weight in info.transitions.items():
        transitions[position[first]][position[second]] = weight
    weights: dict[str, list[float]] = {}
    for (name, label), weight in info.state_features.items():
        if abs(weight) >= 1e-4:
            weights.setdefault(name, [0.0] * len(LABELS))[position[label]] = round(
                weight, 5
            )
    meta = {"params": params, "labels": LABELS}
    return TaggerModel(list(LABELS), transitions, weights, meta)


def predict(
    model: TaggerModel, rows: Sequence[list[list[str]]]
) -> list[set[TokenSpan]]:
    """Return the spans the model finds in each sentence."""
    return [bio_spans(model.tag(features)) for features in rows]


def fill_with_taxonomy(
    learned: set[TokenSpan], looked_up: set[TokenSpan]
) -> set[TokenSpan]:
    """Add taxonomy spans that do not overlap any learned span."""
    extra = {
        (a, b)
        for a, b in looked_up
        if not any(a < stop and start < b for start, stop in learned)
    }
    return learned | extra


def doc_folds(sentences: Sequence[Sentence], folds: int, seed: int) -> list[int]:
    """Assign each sentence a fold so that a posting never spans two folds."""
    docs = sorted({s.doc for s in sentences})
    random.Random(seed).shuffle(docs)
    fold_of = {doc: i % folds for i, doc in enumerate(docs)}
    return [fold_of[s.doc] for s in sentences]


def cross_validate(
    sentences: Sequence[Sentence],
    rows: Sequence[list[list[str]]],
    params: dict,
    combine: dict[str, Callable[[int, set[TokenSpan]], set[TokenSpan]]],
    *,
    folds: int = 3,
    seed: int = 0,
) -> dict[str, Scores]:
    """Score CRF variants by k-fold cross-validation grouped by posting.

    Args:
        sentences: Training sentences.
        rows: Their feature rows.
        params: CRFsuite parameters.
        combine: Named ways to turn (sentence number, CRF spans) into final spans.
        folds: Number of folds.
        seed: Shuffling seed for the fold assignment.

    Returns:
        Scores per variant name.
    """
    fold = doc_folds(sentences, folds, seed)
    gold: list[set[TokenSpan]] = []
    predicted: dict[str, list[set[TokenSpan]]] = {name: [] for name in combine}
    for k in range(folds):
        train = [i for i, f in enumerate(fold) if f != k]
        test = [i for i, f in enumerate(fold) if f == k]
        model = train_model(
            [rows[i] for i in train], [sentences[i] for i in train], params
        )
        for i, spans in zip(test, predict(model, [rows[i] for i in test]), strict=True):
            gold.append(bio_spans(sentences[i].tags))
            for name, how in combine.items():
                predicted[name].append(how(i, spans))
        logger.info("fold %d/%d done (%s)", k + 1, folds, params)
    return {name: score(gold, spans) for name, spans in predicted.items()}


def lookup_all(
    index: SkillIndex, sentences: Sequence[Sentence]
) -> list[set[TokenSpan]]:
    """Return the taxonomy spans of every sentence."""
    return [taxonomy_spans(index, s.tokens) for s in sentences]
