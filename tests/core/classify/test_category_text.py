"""Tokens, stems and language signals used by the category model."""

import pytest

from talentsync_app.core.classify.text import content_tokens, ngram_features, text_stats


def test_tokens_keep_technology_names_and_drop_stop_words():
    tokens = content_tokens("I have worked with C++, C#, ASP.NET and Node.js in a team")

    assert tokens == ["work", "c++", "c#", "asp.net", "node.js", "team"]


def test_single_letters_and_numbers_are_not_tokens():
    assert content_tokens("B. E. 2019 - 85 % - A+ grade") == ["a+", "grade"]


def test_ligatures_are_normalised_before_tokenising():
    assert content_tokens("ﬁnance oﬃce") == ["financ", "offic"]


def test_ngram_features_add_bigrams_in_order():
    assert ngram_features(["data", "scienc", "python"], 2) == [
        "data",
        "scienc",
        "python",
        "data scienc",
        "scienc python",
    ]
    assert ngram_features(["data"], 2) == ["data"]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Python developer", 0.0),
        ("Инженер-программист, Python", 18 / 24),
        ("软件工程师 Java", 5 / 9),
        ("Gestión de proyectos, Universität", 0.0),
        ("", 0.0),
    ],
)
def test_non_latin_share_counts_letters(text, share):
    assert text_stats(text).non_latin_share == pytest.approx(share)
