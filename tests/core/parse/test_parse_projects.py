"""Project names and contact fall-backs from link targets."""

from talentsync_app.core.parse import parse_resume
from talentsync_app.core.parse.projects import project_names


def test_project_names_drop_dates_labels_and_stack():
    lines = [
        "Ledger CLI | Go, SQLite | 2022",
        "• Double-entry bookkeeping from the terminal",
        "Personal Project: Home Automation System",
        "• Raspberry Pi controller for lights",
        "Project - Weather bot (2021)",
        "• Slack bot answering forecasts",
    ]
    assert project_names(lines) == [
        "Ledger CLI",
        "Home Automation System",
        "Weather bot",
    ]


def test_untitled_project_uses_its_first_bullet():
    assert project_names(["• Built a chat app in React and Firebase"]) == [
        "Built a chat app in React and Firebase"
    ]


def test_mailto_and_tel_targets_fill_missing_contacts():
    text = "Sam Taylor\nBackend Engineer\nBerlin, Germany\n\nSkills\nGo\n"
    parsed = parse_resume(text, ["mailto:sam@mail.de", "tel:+4930901820"])
    assert parsed.email == "sam@mail.de"
    assert parsed.phone.e164 == "+4930901820"
    assert parsed.links == []
