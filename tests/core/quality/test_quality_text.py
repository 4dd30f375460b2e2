"""Whole-text checks: words, pages, pronouns and paragraphs."""

from talentsync_app.core.quality.text import (
    check_length,
    check_style,
    paragraph_lengths,
)
from tests.core.quality.builders import body_text


def _codes(result) -> dict[str, tuple[str, str]]:
    findings, _ = result
    return {f.code: (f.severity, f.message) for f in findings}


def test_typical_length_passes():
    findings, passed = check_length(body_text(400), pages=1)
    assert findings == []
    assert passed[0].startswith("length typical (")


def test_short_and_very_short_resumes():
    assert _codes(check_length(body_text(200), 1))["too_short"][0] == "low"
    severity, message = _codes(check_length("Ada Lovelace, engineer", 1))["too_short"]
    assert severity == "medium"
    assert message == "The resume has 3 words; most strong resumes have 300-1000."


def test_long_resume_and_too_many_pages_are_separate_findings():
    found = _codes(check_length(body_text(1300), pages=3))
    assert set(found) == {"too_many_words", "too_many_pages"}
    assert found["too_many_pages"][1].startswith("The resume runs to 3 pages")


def test_first_person_pronouns_are_counted_by_word():
    text = "I am a developer. My work: I built my own tools for me.\nM.E. and ME degree"
    severity, message = _codes(check_style(text))["first_person"]
    assert severity == "low"
    assert message == "First-person pronouns appear 5 times ('I' 2, 'my' 2, 'me' 1)."


def test_wrapped_lines_join_into_one_paragraph_but_bullets_do_not():
    prose = " ".join(["word"] * 10)
    text = "\n".join([prose] * 9 + ["end."])
    bullets = "\n".join(["• " + prose] + [prose] * 9)

    assert paragraph_lengths(text) == [91]
    assert paragraph_lengths(bullets) == []
    severity, message = _codes(check_style(text))["long_paragraphs"]
    assert message == "1 paragraph longer than 80 words (longest: 91)."


def test_short_lines_are_separate_paragraphs():
    text = "Python, SQL\nAWS\n\nLed a team of 5"
    assert paragraph_lengths(text) == [2, 1, 5]
    assert _codes(check_style(text)) == {}
