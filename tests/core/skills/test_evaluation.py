import pytest

from talentsync_app.core.skills import load_taxonomy
from talentsync_app.core.skills.evaluation import (
    LexiconTagger,
    Sentence,
    bio_spans,
    knowledge_index,
    read_skillspan,
    score,
    taxonomy_spans,
)

SLICE = 800  # dev sentences: enough spans to compare methods, quick to run


def test_bio_spans_reads_begin_inside_and_stray_inside():
    assert bio_spans(["O", "B", "I", "O", "B", "B", "I", "I"]) == {
        (1, 3),
        (4, 5),
        (5, 8),
    }
    assert bio_spans(["I", "I", "O"]) == {(0, 2)}
    assert bio_spans([]) == set()


def test_score_counts_exact_matches_only():
    gold = [{(0, 2), (3, 4)}, set()]
    predicted = [{(0, 2), (3, 5)}, {(1, 2)}]

    scores = score(gold, predicted)

    assert (scores.true_positives, scores.predicted, scores.gold) == (1, 3, 2)
    assert scores.precision == pytest.approx(1 / 3)
    assert scores.recall == pytest.approx(1 / 2)
    assert scores.f1 == pytest.approx(0.4)


def test_lexicon_tagger_prefers_the_longest_entry():
    train = [Sentence(("Spring", "Boot", "and", "Spring"), ("B", "I", "O", "B"), "a")]

    tagger = LexiconTagger(train)

    assert tagger.spans(("use", "Spring", "Boot", "or", "Spring")) == {(1, 3), (4, 5)}


def test_taxonomy_spans_map_characters_back_to_dataset_tokens():
    index = knowledge_index(load_taxonomy())
    tokens = ("Experience", "with", "Kubernetes)", "and", "Amazon", "Web", "Services")

    assert taxonomy_spans(index, tokens) == {(2, 3), (4, 7)}


@pytest.fixture(scope="module")
def skillspan(realdata):
    folder = realdata / "skillspan"
    train = read_skillspan(folder / "train.json")
    dev = read_skillspan(folder / "dev.json")[:SLICE]
    return train, dev


def test_taxonomy_lookup_beats_the_floor_on_a_dev_slice(skillspan):
    train, dev = skillspan
    gold = [bio_spans(s.tags) for s in dev]
    lexicon = LexiconTagger(train)
    index = knowledge_index(load_taxonomy())

    floor = score(gold, [lexicon.spans(s.tokens) for s in dev])
    lookup = score(gold, [taxonomy_spans(index, s.tokens) for s in dev])

    assert sum(len(g) for g in gold) > 100
    assert lookup.f1 >= floor.f1
    assert lookup.precision > floor.precision


def test_dev_and_train_postings_do_not_overlap(skillspan):
    train, dev = skillspan
    train_text = {" ".join(s.tokens) for s in train if len(s.tokens) > 8}
    dev_text = {" ".join(s.tokens) for s in dev if len(s.tokens) > 8}

    shared = train_text & dev_text
    assert len(shared) < 0.05 * len(dev_text)
