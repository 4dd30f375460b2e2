"""Contact checks: details present and typed in the body text."""

from talentsync_app.core.quality.contact import check_contact
from talentsync_app.core.types import Link, Phone
from tests.core.quality.builders import CONTACT_LINE, resume


def _messages(parsed, text) -> dict[str, str]:
    findings, _ = check_contact(parsed, text)
    return {f.code: f.message for f in findings}


def test_contact_details_in_the_text_pass():
    findings, passed = check_contact(resume(), f"Ada Lovelace\n{CONTACT_LINE}")

    assert findings == []
    assert passed == [
        "name at the top",
        "email in the text",
        "phone in the text",
        "LinkedIn address in the text",
    ]


def test_details_only_in_link_annotations_are_reported():
    # The parser took these from mailto:/tel: links and an icon link.
    text = "Ada Lovelace\nEmail  Phone  in/ada"
    messages = _messages(resume(), text)

    assert set(messages) == {
        "email_not_in_text",
        "phone_not_in_text",
        "linkedin_not_in_text",
    }
    assert "ada@example.org" in messages["email_not_in_text"]
    assert "linkedin.com/in/ada" in messages["linkedin_not_in_text"]


def test_phone_printed_with_other_punctuation_counts_as_in_text():
    parsed = resume(phone=Phone(raw="(020) 7946-0958", e164="+442079460958"))
    text = "Ada Lovelace\nada@example.org, 020 7946 0958, linkedin.com/in/ada"

    assert _messages(parsed, text) == {}


def test_missing_details_have_severities():
    parsed = resume(name=None, email=None, phone=None, links=[])
    findings, passed = check_contact(parsed, "nothing here")

    assert {f.code: f.severity for f in findings} == {
        "missing_name": "high",
        "missing_email": "high",
        "missing_phone": "medium",
        "missing_linkedin": "low",
    }
    assert passed == []


def test_github_link_is_not_a_linkedin_profile():
    parsed = resume(links=[Link(kind="github", url="https://github.com/ada")])
    assert "missing_linkedin" in _messages(parsed, CONTACT_LINE)
