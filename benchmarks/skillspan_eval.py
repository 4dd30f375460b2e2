"""Knowledge-span extraction on SkillSpan: floor, taxonomy lookup and learned CRF.

Usage:
    python benchmarks/skillspan_eval.py            # evaluate the shipped model on dev
    python benchmarks/skillspan_eval.py --train    # choose settings by 3-fold CV on
                                                   # train, refit on train, save, then
                                                   # evaluate on dev

Dev is only ever used for the numbers printed at the end; every choice (CRF
regularisation, whether taxonomy matches fill the CRF's gaps) is made by
cross-validation on the train split, grouped by posting.
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

from talentsync_app.core.skills import load_taxonomy
from talentsync_app.core.skills.evaluation import (
    LexiconTagger,
    Scores,
    bio_spans,
    knowledge_index,
    read_skillspan,
    score,
)
from talentsync_app.core.skills.extract import skill_index
from talentsync_app.core.skills.tagger import MODEL_PATH, TaggerModel
from talentsync_app.core.skills.training import (
    DEFAULT_PARAMS,
    featurize,
    fill_with_taxonomy,
    lookup_all,
    predict,
    train_model,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA = REPO_ROOT.parent / "shared" / "realdata" / "skillspan"
GRID = [
    {"c1": 0.05, "c2": 0.05, "max_iterations": 150},
    {"c1": 0.1, "c2": 0.01, "max_iterations": 150},
    {"c1": 0.0, "c2": 0.1, "max_iterations": 150},
]


def show(name: str, scores: Scores) -> None:
    """Print one result line."""
    print(
        f"{name:<44} P={scores.precision:.3f} R={scores.recall:.3f} "
        f"F1={scores.f1:.3f}  ({scores.true_positives}/{scores.predicted} "
        f"predicted, {scores.gold} gold)"
    )


def choose_by_cv(train, rows, looked_up, folds: int) -> dict:
    """Cross-validate the grid on train and return the best settings."""
    from talentsync_app.core.skills.training import cross_validate

    combine = {
        "crf": lambda i, spans: spans,
        "crf+taxonomy": lambda i, spans: fill_with_taxonomy(spans, looked_up[i]),
    }
    best: dict = {"f1": -1.0}
    for params in GRID:
        started = time.perf_counter()
        results = cross_validate(train, rows, params, combine, folds=folds)
        for method, scores in results.items():
            show(f"  CV train {method} c1={params['c1']} c2={params['c2']}", scores)
            if scores.f1 > best["f1"]:
                best = {"f1": scores.f1, "params": params, "combine": method}
        print(f"  ({time.perf_counter() - started:.0f} s)")
    return best


def retrain(train, folds: int) -> None:
    """Pick settings by CV on train, refit on all of train and save the model."""
    index = skill_index(load_taxonomy())
    rows = featurize(train, index)
    looked_up = lookup_all(knowledge_index(load_taxonomy()), train)
    best = choose_by_cv(train, rows, looked_up, folds)
    print(f"chosen by {folds}-fold CV on train: {best}")
    model = train_model(rows, train, best["params"] or DEFAULT_PARAMS)
    model.meta.update(
        {
            "combine": best["combine"],
            "cv_f1_train": round(best["f1"], 4),
            "trained_on": "SkillSpan train split, tags_knowledge",
            "features": "lexical, shape, context +-2, taxonomy matches",
        }
    )
    model.save(MODEL_PATH)
    print(f"saved {MODEL_PATH.relative_to(REPO_ROOT)} ({len(model.weights)} features)")


def evaluate(train, dev) -> float:
    """Print every method's dev scores and return the final method's F1."""
    gold = [bio_spans(s.tags) for s in dev]
    lexicon = LexiconTagger(train)
    show(
        "floor: train span lexicon, longest match",
        score(gold, [lexicon.spans(s.tokens) for s in dev]),
    )

    index = knowledge_index(load_taxonomy())
    started = time.perf_counter()
    looked_up = lookup_all(index, dev)
    elapsed = time.perf_counter() - started
    show("taxonomy lookup (hard, tool, language)", score(gold, looked_up))
    print(f"  taxonomy lookup: {elapsed / len(dev) * 1e3:.3f} ms per sentence")

    model = TaggerModel.load(MODEL_PATH)
    rows = featurize(dev, skill_index(load_taxonomy()))
    started = time.perf_counter()
    learned = predict(model, rows)
    elapsed = time.perf_counter() - started
    show("learned CRF (taxonomy features)", score(gold, learned))
    print(f"  CRF decoding: {elapsed / len(dev) * 1e3:.3f} ms per sentence")
    filled = [fill_with_taxonomy(a, b) for a, b in zip(learned, looked_up, strict=True)]
    show("learned CRF + taxonomy in its gaps", score(gold, filled))

    method = model.meta.get("combine", "crf")
    final = score(gold, filled if method == "crf+taxonomy" else learned)
    print(f"final method (chosen by CV on train): {method}")
    return final.f1


def time_resumes(rounds: int = 20) -> None:
    """Print how long extract_skills takes on the real resume PDFs' text."""
    from talentsync_app.core.extract import extract_document
    from talentsync_app.core.skills import extract_skills

    folder = DATA.parent / "resume-matcher" / "resumes_pdf"
    texts = [
        extract_document(path.read_bytes(), path.name).text
        for path in sorted(folder.glob("*.pdf"))
    ]
    texts.append("\n".join(texts)[:5000])  # a dense two-page resume, 5,000 chars
    for learned in (False, True):
        extract_skills(texts[0], learned=learned)  # build indexes, load model
        for text in (texts[0], texts[-1]):
            times = []
            for _ in range(rounds):
                started = time.perf_counter()
                extract_skills(text, learned=learned)
                times.append(time.perf_counter() - started)
            times.sort()
            label = "taxonomy + learned" if learned else "taxonomy"
            best, median = times[0] * 1e3, times[rounds // 2] * 1e3
            print(
                f"extract_skills ({label}) on {len(text)} chars: "
                f"best {best:.1f} ms, median {median:.1f} ms"
            )


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true", help="retrain the CRF first")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    train = read_skillspan(args.data / "train.json")
    dev = read_skillspan(args.data / "dev.json")
    print(f"SkillSpan: {len(train)} train and {len(dev)} dev sentences")
    if args.train:
        retrain(train, args.folds)
    f1 = evaluate(train, dev)
    time_resumes()
    print(f"knowledge span F1 (dev): {f1:.3f}")


if __name__ == "__main__":
    main()
