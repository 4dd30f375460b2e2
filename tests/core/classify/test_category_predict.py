"""Predictions of the shipped category model on texts written for these tests."""

import pytest

from talentsync_app.core.classify import predict_category
from talentsync_app.settings import get_settings
from tests.core.classify.samples import BY_CATEGORY, FOREIGN

CHEF = """
Head chef with ten years in hotel kitchens. Planned seasonal menus, managed a
brigade of twelve cooks, controlled food cost and inventory, trained commis chefs,
kept hygiene and food safety standards, and catered banquets for five hundred
guests. Specialties: Italian and continental cuisine, pastry and baking. Diploma in
hotel management and culinary arts.
"""


@pytest.mark.parametrize("category", sorted(BY_CATEGORY))
def test_written_resume_gets_its_category(category):
    prediction = predict_category(BY_CATEGORY[category])

    assert prediction.label == category
    assert not prediction.uncertain
    assert prediction.reason is None
    assert prediction.confidence >= get_settings().category_confidence_threshold
    assert prediction.top[0] == (category, prediction.confidence)


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_foreign_resume_is_uncertain_with_a_reason(language):
    prediction = predict_category(FOREIGN[language])

    assert prediction.uncertain
    assert prediction.label == "uncertain"
    assert "English" in prediction.reason


@pytest.mark.parametrize("text", ["", "   \n", "Java developer, Spring, SQL"])
def test_empty_or_very_short_text_is_uncertain(text):
    prediction = predict_category(text)

    assert prediction.uncertain
    assert prediction.label == "uncertain"
    assert prediction.confidence == 0.0
    assert prediction.top == []
    assert "too little text" in prediction.reason


def test_resume_outside_the_categories_is_not_forced_into_one():
    prediction = predict_category(CHEF)

    assert prediction.uncertain
    assert "under the threshold" in prediction.reason
    assert prediction.top  # the guesses are still shown


@pytest.mark.parametrize("text", [BY_CATEGORY["HR"], CHEF, FOREIGN["spanish"]])
def test_top_three_are_sorted_probabilities_summing_to_at_most_one(text):
    top = predict_category(text).top

    assert len(top) == 3
    assert len({label for label, _ in top}) == 3
    probabilities = [p for _, p in top]
    assert probabilities == sorted(probabilities, reverse=True)
    assert all(0.0 <= p <= 1.0 for p in probabilities)
    assert sum(probabilities) <= 1.0 + 1e-9


def test_explicit_threshold_overrides_the_setting():
    text = BY_CATEGORY["Sales"]
    confident = predict_category(text, threshold=0.0)
    strict = predict_category(text, threshold=1.01)

    assert confident.label == "Sales"
    assert strict.uncertain
    assert strict.top == confident.top
    assert "threshold of 1.01" in strict.reason
