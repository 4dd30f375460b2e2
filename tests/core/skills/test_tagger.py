import itertools
import random

import pytest

from talentsync_app.core.skills import extract_skills
from talentsync_app.core.skills.evaluation import (
    LexiconTagger,
    bio_spans,
    read_skillspan,
    score,
)
from talentsync_app.core.skills.features import core, sentence_features, shape
from talentsync_app.core.skills.tagger import MODEL_PATH, TaggerModel, tag_tokens

LABELS = ["B", "I", "O"]


def _random_model(seed: int) -> TaggerModel:
    rng = random.Random(seed)
    transitions = [[rng.uniform(-2, 2) for _ in LABELS] for _ in LABELS]
    weights = {f"f{i}": [rng.uniform(-2, 2) for _ in LABELS] for i in range(6)}
    return TaggerModel(list(LABELS), transitions, weights, {})


def _brute_force(model: TaggerModel, rows: list[list[str]]) -> list[str]:
    def total(path):
        emission = sum(
            model._emission(row)[label] for row, label in zip(rows, path, strict=True)
        )
        moves = sum(model.transitions[a][b] for a, b in itertools.pairwise(path))
        return emission + moves

    best = max(itertools.product(range(len(LABELS)), repeat=len(rows)), key=total)
    return [LABELS[i] for i in best]


@pytest.mark.parametrize("seed", range(5))
def test_viterbi_finds_the_best_label_sequence(seed):
    model = _random_model(seed)
    rng = random.Random(seed + 100)
    rows = [rng.sample(sorted(model.weights), 2) for _ in range(5)]

    assert model.tag(rows) == _brute_force(model, rows)


def test_model_round_trips_through_compressed_json(tmp_path):
    model = _random_model(7)
    path = tmp_path / "model.json.gz"

    model.save(path)
    again = TaggerModel.load(path)

    assert again.weights == model.weights
    assert again.transitions == model.transitions
    assert again.tag([["f1"], ["f2", "f3"]]) == model.tag([["f1"], ["f2", "f3"]])


def test_features_strip_glued_punctuation_and_describe_shape():
    assert core("Docker)") == "Docker"
    assert core(")") == ")"
    assert shape("Node.js") == "Xx.x"
    assert shape("HTML5") == "Xd"
    rows = sentence_features(("Experience", "with", "Kubernetes"), None)
    assert "w=kubernetes" in rows[2]
    assert "-1:w=with" in rows[2]
    assert "+1:edge" in rows[2]


def test_shipped_model_is_a_compressed_json_file():
    assert MODEL_PATH.name.endswith(".json.gz")
    model = TaggerModel.load(MODEL_PATH)
    assert model.labels == LABELS
    assert model.meta["trained_on"].startswith("SkillSpan train")


def test_shipped_tagger_beats_the_floor_on_a_dev_slice(realdata):
    folder = realdata / "skillspan"
    train = read_skillspan(folder / "train.json")
    dev = read_skillspan(folder / "dev.json")[:800]
    gold = [bio_spans(s.tags) for s in dev]

    lexicon = LexiconTagger(train)
    floor = score(gold, [lexicon.spans(s.tokens) for s in dev])
    learned = score(gold, [tag_tokens(s.tokens) for s in dev])

    assert learned.f1 > floor.f1


def test_tagger_marks_tools_in_a_requirement_sentence():
    tokens = ("Experience", "with", "Kubernetes", ",", "Terraform", "and", "Linux")

    spans = tag_tokens(tokens)

    assert {(2, 3), (4, 5), (6, 7)} <= spans


def test_extract_skills_can_add_learned_skills():
    text = "Requirements: experience with Kubernetes, Terraform and Zorblax pipelines."

    plain = {m.name: m for m in extract_skills(text)}
    both = {m.name: m for m in extract_skills(text, learned=True)}

    assert set(plain) <= set(both)
    assert all(not m.learned for m in plain.values())
    for match in both.values():
        if match.name not in plain:
            assert match.learned and match.kind == "hard" and match.categories == []
