from datetime import date

from talentsync_app.core.extract import extract_document
from talentsync_app.core.parse import parse_resume
from talentsync_app.core.quality import SEVERITY_PENALTY, assess_quality
from talentsync_app.core.quality.checks import check_dates
from talentsync_app.core.types import ExperienceEntry, Link, ParsedResume, Phone

BODY = "\n".join(["ten words of plain resume text on every line here"] * 40)
STRONG_BULLETS = [
    "Reduced checkout latency by 40% for 2 million monthly users",
    "Led a team of 5 engineers to launch the mobile app in 3 months",
    "Built a billing service processing $3M per day",
]


def _resume(**overrides) -> ParsedResume:
    base = {
        "name": "Ada Lovelace",
        "email": "ada@example.org",
        "phone": Phone(raw="+44 20 7946 0958", e164="+442079460958"),
        "links": [Link(kind="linkedin", url="https://linkedin.com/in/ada")],
        "experience": [
            ExperienceEntry(
                title="Engineer",
                company="ACME",
                start="2019-01",
                end="present",
                bullets=list(STRONG_BULLETS),
            )
        ],
        "sections": {
            key: "x" for key in ("summary", "experience", "education", "skills")
        },
    }
    return ParsedResume(**{**base, **overrides})


def _codes(report) -> list[str]:
    return [finding.code for finding in report.findings]


def test_complete_resume_scores_full_marks():
    report = assess_quality(_resume(), BODY)
    assert report.findings == []
    assert report.score == 100
    assert "3 of 3 bullets start with an action verb" in report.passed


def test_missing_contact_is_high_priority_and_first():
    report = assess_quality(_resume(email=None, links=[]), BODY)
    assert _codes(report) == ["missing_email", "missing_linkedin"]
    assert report.findings[0].severity == "high"
    assert report.score == 100 - SEVERITY_PENALTY["high"] - SEVERITY_PENALTY["low"]


def test_weak_bullets_are_counted_in_the_message():
    weak = ["Responsible for the website", "Worked on reports", "Helped the team"]
    parsed = _resume(
        experience=[
            ExperienceEntry(
                title="Clerk",
                start="2020-01",
                end="2021-01",
                bullets=weak + STRONG_BULLETS[:1],
            )
        ]
    )
    report = assess_quality(parsed, BODY)
    messages = {f.code: f.message for f in report.findings}
    assert (
        messages["weak_bullet_openings"] == "1 of 4 bullets start with an action verb."
    )
    assert messages["few_numbers"] == "Only 1 of 4 bullets contain a number."


def test_dates_reversed_future_and_missing():
    jobs = [
        ExperienceEntry(title="A", start="2021-05", end="2020-01"),
        ExperienceEntry(title="B", start="2030-01", end="present"),
        ExperienceEntry(title="C"),
    ]
    findings, passed = check_dates(_resume(experience=jobs), today=date(2026, 12, 1))
    assert {f.code for f in findings} == {
        "end_before_start",
        "future_start",
        "undated_jobs",
    }
    assert passed == []


def test_missing_sections_short_text_and_first_person():
    parsed = _resume(
        sections={"experience": "x"},
        experience=[
            ExperienceEntry(
                title="A",
                start="2020-01",
                end="2021-01",
                bullets=["I built my first API in 2 weeks"],
            )
        ],
    )
    report = assess_quality(parsed, "too short")
    codes = _codes(report)
    assert {
        "missing_education_section",
        "missing_skills_section",
        "missing_summary_section",
        "too_short",
        "first_person",
    } <= set(codes)
    severities = [f.severity for f in report.findings]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)


def test_real_resume_report(realdata):
    pdf = realdata / "open-resume" / "openresume-resume.pdf"
    doc = extract_document(pdf.read_bytes(), pdf.name)
    report = assess_quality(
        parse_resume(doc.text, doc.links), doc.text, pages=doc.pages
    )
    codes = _codes(report)
    assert "missing_email" not in codes and "missing_name" not in codes
    assert "missing_experience_section" not in codes
    assert 50 <= report.score <= 100
    assert any("bullets" in label for label in report.passed)
