"""Render the model card of the category model from measured numbers."""

from __future__ import annotations

from talentsync_app.core.classify.predict import (
    MAX_NON_LATIN_SHARE,
    MIN_CONTENT_TOKENS,
    MIN_KNOWN_SHARE,
)

CARD_TEMPLATE = """\
# Model card: job-category classifier

Written by `train_and_save` on {date}. Every number is measured by that run, except
in "Design notes", which records the exploratory runs that shaped the method.

## Data

- `UpdatedResumeDataSet.csv` (Kaggle "Resume Dataset"): {rows} rows, {classes}
  categories, but only {distinct} distinct texts; the rest are exact copies.
- Training and evaluation use one row per `dup_group` (`dedup_groups.csv`), so a copy
  of a test text is never in training and every distinct text counts once.
- Texts are mostly Indian IT resumes in English, flattened to one line per field.

## Method

- Text preparation: NFKC, lower case, a regular-expression tokenizer (keeps `c++`,
  `c#`, `asp.net`), scikit-learn's English stop-word list, nltk's Snowball stemmer
  (no downloaded data).
- Features: word n-gram TF-IDF with sublinear term frequency and L2 norm.
- Classifier: one-vs-rest `LinearSVC`; scores become probabilities with a softmax
  whose temperature is fitted on held-out scores (log loss).
- Hyper-parameters (C, min_df, longest n-gram) are chosen by grouped inner CV
  inside each training set: lowest held-out log loss after temperature scaling.
- Final model: {params}, temperature {temperature:.3f}, {features} features
  (chosen by the same inner search on all {distinct} texts).
- Stored as `model.json` (vocabulary, classes, settings) and `weights.npz` (idf,
  coefficients, intercepts), read with `allow_pickle=False`: loading runs no code.

## Grouped accuracy

- Scheme: {scheme}.
- **Accuracy on distinct texts: {accuracy:.3f}** (per repeat: {per_repeat}).
- Top-3 accuracy: {top3:.3f}.
- Inner-search winners across outer folds: {selected}.

Per-class recall (pooled over repeats; few distinct texts per class, so each
figure moves in large steps):

| category | distinct texts | recall |
|---|---|---|
{recall_rows}

Most frequent confusions: {confusions}.

## Calibration and threshold

- Mean confidence {mean_conf:.3f} against accuracy {accuracy:.3f}; expected
  calibration error {ece:.3f} (10 bins, held-out predictions).

| confidence | texts | accuracy | mean confidence |
|---|---|---|---|
{reliability_rows}

- Threshold: the lowest confidence (steps of 0.05) at which held-out predictions
  kept as confident are right at least {target:.0%} of the time:
  **{threshold:.2f}**, keeping {coverage:.1%} of texts at {kept_accuracy:.1%}
  accuracy. Below it the label is reported as "uncertain". The runtime default is
  the `category_confidence_threshold` setting
  (`TALENTSYNC_CATEGORY_CONFIDENCE_THRESHOLD`).

## Refusals before the threshold

- Fewer than {min_tokens} content words: uncertain ({short} training texts are
  that short).
- More than {non_latin:.0%} non-Latin letters: uncertain (not English).
- Under {min_known:.0%} of the words in the vocabulary: uncertain (probably not
  English). Held-out English resumes had at least {known_min:.0%} (5th percentile
  {known_p05:.0%}); the tests check that synthetic Spanish, German, Russian and
  Chinese resumes come out uncertain.

## Design notes

Exploratory grouped CV (5 x 5-fold over `dup_group`, one fixed configuration each,
no nesting) by the model's author; these choices were made on the same 166 texts:

- Word TF-IDF + LinearSVC: 0.87 at C=1, 0.89-0.90 at C=10-100. Character n-grams
  alone: 0.83. Word + character ensemble: 0.89 (no gain). Training on 60-120-word
  chunks of each text: 0.81-0.84 (worse).
- Dropping one-letter tokens: +0.015. Skill-taxonomy features
  (`core.skills.extract_skills`): canonical skill names added to the words gave
  +0.005 (one text, within noise) and the taxonomy's job categories alone 0.58, so
  they are not used and prediction does not need the skill matcher.
- Choosing hyper-parameters by inner-CV accuracy gave 0.87 in nested CV; by inner
  log loss after temperature scaling, 0.89: accuracy on ~130 texts is too coarse
  to rank candidates.
- C=100 sits at the top of the grid; larger C gives practically the same
  hard-margin solution (coefficients differ by less than 0.01).

## Known limits

- 166 distinct texts: one text moves accuracy by 0.6 points, and categories with
  3-5 texts (PMO, Web Designing, Operations Manager) have unreliable recall.
- The model structure was chosen by its author after exploratory grouped CV on the
  same 166 texts; only the hyper-parameters inside it were chosen in nested CV.
- The 25 labels cover mostly Indian IT roles; other professions are forced into
  the nearest of them (the confidence usually drops, but not always).
- Labels are noisy (for example electrical engineers working as testers are
  labelled "Testing"), and the dataset's flattened layout differs from resumes
  extracted from PDF or DOCX; accuracy on such resumes is not measured. Resumes
  in another style (for example US-style PDFs) often score under the threshold
  and come out "uncertain" rather than with a wrong label.
- English only.
"""


def render_card(metrics: dict, model_meta: dict, date: str) -> str:
    """Fill the model card template.

    Args:
        metrics: Output of ``evaluate_grouped``.
        model_meta: Facts of the final model (params, temperature, features).
        date: ISO date of the training run.

    Returns:
        The Markdown text of ``MODEL_CARD.md``.
    """
    chosen = metrics["threshold"]
    params = model_meta["params"]
    return CARD_TEMPLATE.format(
        date=date,
        rows=metrics["dataset_rows"],
        classes=metrics["classes"],
        distinct=metrics["distinct_texts"],
        params=f"C={params['c']:g}, min_df={params['min_df']}, "
        f"n-grams up to {params['max_n']}",
        temperature=model_meta["temperature"],
        features=model_meta["features"],
        scheme=metrics["scheme"],
        accuracy=metrics["accuracy"],
        per_repeat=", ".join(f"{a:.3f}" for a in metrics["accuracy_per_repeat"]),
        top3=metrics["top3_accuracy"],
        selected="; ".join(f"{k} ({n})" for k, n in metrics["selected_params"].items()),
        recall_rows=_recall_rows(metrics),
        confusions=_confusion_text(metrics["confusions"]),
        mean_conf=metrics["mean_confidence"],
        ece=metrics["ece"],
        reliability_rows=_reliability_rows(metrics["reliability"]),
        target=metrics["target_confident_accuracy"],
        threshold=chosen["threshold"],
        coverage=chosen["coverage"],
        kept_accuracy=chosen["accuracy"],
        min_tokens=MIN_CONTENT_TOKENS,
        short=metrics["short_texts"],
        non_latin=MAX_NON_LATIN_SHARE,
        min_known=MIN_KNOWN_SHARE,
        known_min=metrics["known_share"]["min"],
        known_p05=metrics["known_share"]["p05"],
    )


def _recall_rows(metrics: dict) -> str:
    """Return one table row per category."""
    counts = metrics["texts_per_class"]
    return "\n".join(
        f"| {c} | {counts[c]} | {r:.2f} |"
        for c, r in metrics["per_class_recall"].items()
    )


def _reliability_rows(rows: list[dict]) -> str:
    """Return one table row per confidence bin."""
    return "\n".join(
        f"| {r['low']:.1f}-{r['high']:.1f} | {r['count']} | {r['accuracy']:.2f} "
        f"| {r['mean_confidence']:.2f} |"
        for r in rows
    )


def _confusion_text(confusions: list[dict]) -> str:
    """Return the top confusions as "true -> predicted (n)" phrases."""
    return "; ".join(
        f"{c['true']} -> {c['predicted']} ({c['count']})" for c in confusions[:6]
    )
