"""Bullet checks: action verbs, numbers and length."""

import pytest

from talentsync_app.core.quality.bullets import check_bullets, starts_with_action_verb
from talentsync_app.core.types import ExperienceEntry
from tests.core.quality.builders import STRONG_BULLETS, resume


def _messages(bullets) -> dict[str, str]:
    job = ExperienceEntry(
        title="Clerk", start="2020-01", end="2021-01", bullets=bullets
    )
    findings, _ = check_bullets(resume(experience=[job]))
    return {f.code: f.message for f in findings}


@pytest.mark.parametrize(
    "bullet",
    [
        "Led the migration",
        "leads the data team",
        "Managing a budget of $2M",
        "Re-architected the editor",
        "Co-founded a reading club",
        "Successfully delivered 4 projects",
    ],
)
def test_action_verb_forms_are_recognised(bullet):
    assert starts_with_action_verb(bullet)


@pytest.mark.parametrize(
    "bullet",
    ["Responsible for the website", "Worked on reports", "Helped the team", ""],
)
def test_weak_openings_are_not_action_verbs(bullet):
    assert not starts_with_action_verb(bullet)


def test_weak_bullets_are_counted_in_the_message():
    weak = ["Responsible for the website", "Worked on reports", "Helped the team"]
    messages = _messages(weak + STRONG_BULLETS[:1])

    assert messages["weak_bullet_openings"] == (
        "1 of 4 bullets start with an action verb; aim for at least 60%."
    )
    assert messages["few_numbers"] == (
        "Only 1 of 4 bullets contain a number; aim for at least 30%."
    )


def test_long_bullets_quote_the_longest():
    long_bullet = "Built " + " ".join(["thing"] * 39) + " in 2 weeks"
    messages = _messages([*STRONG_BULLETS, long_bullet])

    assert messages == {
        "long_bullets": "1 of 4 bullets are longer than 35 words (longest: 43)."
    }


def test_jobs_without_bullets_get_one_finding():
    messages = _messages([])
    assert messages == {
        "no_bullets": "None of your 1 job has bullet points describing what you did."
    }


def test_no_jobs_means_nothing_to_check():
    assert check_bullets(resume(experience=[])) == ([], [])
