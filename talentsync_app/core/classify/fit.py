"""Fit the category model: TF-IDF + LinearSVC, hyper-parameters and temperature."""

from __future__ import annotations

import itertools
import warnings
from dataclasses import asdict, dataclass

import numpy as np
from scipy.optimize import minimize_scalar
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.svm import LinearSVC

from talentsync_app.core.classify.model import CategoryModel, softmax
from talentsync_app.core.classify.text import ngram_features


@dataclass(frozen=True)
class Params:
    """Hyper-parameters of one candidate model.

    Attributes:
        c: LinearSVC regularisation (larger fits the training texts harder).
        min_df: Minimum number of training texts a feature must occur in.
        max_n: Longest word n-gram.
    """

    c: float
    min_df: int
    max_n: int


@dataclass(frozen=True)
class Grid:
    """Candidate values searched by inner cross-validation."""

    c: tuple[float, ...] = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
    min_df: tuple[int, ...] = (1, 2)
    max_n: tuple[int, ...] = (1, 2)
    inner_splits: int = 4

    def candidates(self) -> list[Params]:
        """Return every combination, smaller C first (kept on ties)."""
        combos = itertools.product(self.c, self.min_df, self.max_n)
        return [Params(c, min_df, max_n) for c, min_df, max_n in combos]


@dataclass
class Selection:
    """Outcome of the inner search on one training set.

    Attributes:
        params: The best candidate.
        inner_accuracy: Its held-out accuracy inside the training set.
        temperature: Softmax temperature fitted on its held-out scores.
        inner_log_loss: Held-out log loss at that temperature.
    """

    params: Params
    inner_accuracy: float
    temperature: float
    inner_log_loss: float

    def as_dict(self) -> dict:
        """Return a JSON-ready dict."""
        return {
            **asdict(self.params),
            "inner_accuracy": self.inner_accuracy,
            "temperature": self.temperature,
            "inner_log_loss": self.inner_log_loss,
        }


def fit_model(
    tokens: list[list[str]], labels: list[str], params: Params, temperature: float
) -> CategoryModel:
    """Fit TF-IDF and a one-vs-rest LinearSVC on tokenised texts.

    Args:
        tokens: Stemmed content tokens of each text.
        labels: Category of each text.
        params: Hyper-parameters to use.
        temperature: Softmax temperature stored with the model.

    Returns:
        A model that scores new texts without scikit-learn.
    """
    vectorizer, svc = _fit_pipeline(tokens, labels, params)
    return CategoryModel(
        classes=[str(label) for label in svc.classes_],
        vocabulary={str(f): int(i) for f, i in vectorizer.vocabulary_.items()},
        idf=vectorizer.idf_.astype(np.float64),
        coef=svc.coef_.astype(np.float64),
        intercept=svc.intercept_.astype(np.float64),
        temperature=temperature,
        max_n=params.max_n,
        meta={"params": asdict(params)},
    )


def select_params(
    tokens: list[list[str]],
    labels: list[str],
    groups: list[int],
    grid: Grid,
    seed: int = 0,
) -> Selection:
    """Choose hyper-parameters and temperature by grouped CV inside a training set.

    Args:
        tokens: Stemmed content tokens of each training text.
        labels: Category of each training text.
        groups: Duplicate group of each training text.
        grid: Candidates and the number of inner folds.
        seed: Seed of the inner fold shuffle.

    Returns:
        The candidate whose held-out scores, once temperature-scaled, give the
        lowest log loss (a smoother criterion than accuracy on ~130 texts).
    """
    y = np.asarray(labels)
    classes = np.unique(y)
    splitter = StratifiedGroupKFold(grid.inner_splits, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        # Rare classes have fewer texts than folds; the split is still grouped.
        warnings.simplefilter("ignore", UserWarning)
        folds = list(splitter.split(tokens, y, groups))
    scores = {p: np.zeros((len(y), len(classes))) for p in grid.candidates()}
    for train, test in folds:
        _score_fold(tokens, y, classes, train, test, scores)

    truth = _codes(y, classes)
    fitted = {p: _held_out_fit(scores[p], truth) for p in scores}
    best = min(fitted, key=lambda p: fitted[p][1])
    accuracy = float((scores[best].argmax(1) == truth).mean())
    return Selection(best, accuracy, fitted[best][0], fitted[best][1])


def _held_out_fit(scores: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """Return (temperature, log loss at that temperature) for held-out scores."""
    temperature = fit_temperature(scores, truth)
    return temperature, log_loss(scores / temperature, truth)


def log_loss(scores: np.ndarray, truth: np.ndarray) -> float:
    """Return the mean negative log probability of the true class under softmax."""
    probs = softmax(scores)
    return float(-np.log(probs[np.arange(len(truth)), truth] + 1e-12).mean())


def fit_temperature(scores: np.ndarray, truth: np.ndarray) -> float:
    """Return the temperature that minimises held-out log loss of softmax(scores/T).

    Args:
        scores: Held-out decision scores, one row per text.
        truth: Column index of the true class of each row.

    Returns:
        The fitted temperature.
    """

    def loss(log_t: float) -> float:
        return log_loss(scores / np.exp(log_t), truth)

    result = minimize_scalar(loss, bounds=(np.log(1e-3), np.log(1e2)), method="bounded")
    return float(np.exp(result.x))


def _score_fold(tokens, y, classes, train, test, scores) -> None:
    """Fill held-out decision scores of every candidate for one inner fold."""
    by_features: dict[tuple[int, int], list[Params]] = {}
    for params in scores:
        by_features.setdefault((params.min_df, params.max_n), []).append(params)
    for (min_df, max_n), candidates in by_features.items():
        vectorizer = _vectorizer(min_df)
        x_train = vectorizer.fit_transform(
            [ngram_features(tokens[i], max_n) for i in train]
        )
        x_test = vectorizer.transform([ngram_features(tokens[i], max_n) for i in test])
        for params in candidates:
            svc = LinearSVC(C=params.c, random_state=0).fit(x_train, y[train])
            cols = np.searchsorted(classes, svc.classes_)
            fold_scores = np.full((len(test), len(classes)), -1e3)
            fold_scores[:, cols] = svc.decision_function(x_test)
            scores[params][test] = fold_scores


def _fit_pipeline(tokens, labels, params: Params) -> tuple[TfidfVectorizer, LinearSVC]:
    """Fit the vectorizer and the classifier on all given texts."""
    vectorizer = _vectorizer(params.min_df)
    x = vectorizer.fit_transform([ngram_features(t, params.max_n) for t in tokens])
    return vectorizer, LinearSVC(C=params.c, random_state=0).fit(x, np.asarray(labels))


def _vectorizer(min_df: int) -> TfidfVectorizer:
    """Return a TF-IDF vectorizer over precomputed feature lists."""
    return TfidfVectorizer(
        analyzer=_identity, min_df=min_df, sublinear_tf=True, dtype=np.float64
    )


def _identity(features: list[str]) -> list[str]:
    """Return features unchanged (the texts are already tokenised)."""
    return features


def _codes(y: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Return the column index of each label."""
    return np.searchsorted(classes, y)
