"""The whole quality report: score, order of findings and a real resume."""

from talentsync_app.core.extract import extract_document
from talentsync_app.core.parse import parse_resume
from talentsync_app.core.quality import SEVERITY_PENALTY, assess_quality
from talentsync_app.core.types import ExperienceEntry
from tests.core.quality.builders import body_text, codes, resume


def test_complete_resume_scores_full_marks():
    report = assess_quality(resume(), body_text())

    assert report.findings == []
    assert report.score == 100
    assert "3 of 3 bullets start with an action verb" in report.passed
    assert "email in the text" in report.passed


def test_score_subtracts_the_documented_penalty_per_finding():
    report = assess_quality(resume(email=None, links=[]), body_text())

    assert codes(report) == ["missing_email", "missing_linkedin"]
    assert report.score == 100 - SEVERITY_PENALTY["high"] - SEVERITY_PENALTY["low"]


def test_findings_are_sorted_high_medium_low():
    parsed = resume(
        name=None,
        sections={"experience": "x"},
        summary=None,
        experience=[
            ExperienceEntry(
                title="A",
                start="2020-01",
                end="2021-01",
                bullets=["I built my first API in 2 weeks"],
            )
        ],
    )
    report = assess_quality(parsed, "Ada\nI built my first API in 2 weeks")

    severities = [f.severity for f in report.findings]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)
    assert severities[0] == "high"
    assert {
        "missing_name",
        "missing_education_section",
        "missing_skills_section",
        "missing_summary_section",
        "too_short",
        "first_person",
    } <= set(codes(report))
    assert 0 <= report.score < 100


def test_score_never_drops_below_zero():
    parsed = resume(
        name=None,
        email=None,
        phone=None,
        links=[],
        summary=None,
        sections={},
        experience=[ExperienceEntry(title="A", start="2022-01", end="2020-01")],
    )
    report = assess_quality(parsed, "I am me", pages=4)

    assert len(report.findings) >= 10
    assert report.score == 0


def test_real_resume_report(realdata):
    pdf = realdata / "open-resume" / "openresume-resume.pdf"
    doc = extract_document(pdf.read_bytes(), pdf.name)
    report = assess_quality(parse_resume(doc.text, doc.links), doc.text, pages=1)

    # The PDF types every contact detail, uses standard headings, dates every
    # job "Mon YYYY - ..." and opens each of its 8 bullets with a verb.
    assert {
        "email in the text",
        "phone in the text",
        "LinkedIn address in the text",
        "experience section under a standard heading",
        "dates of 3 job(s) consistent",
        "8 of 8 bullets start with an action verb",
        "8 of 8 bullets contain a number",
        "no first-person pronouns",
    } <= set(report.passed)
    # It is a dense one-page resume just under the typical word count.
    assert codes(report) == ["too_short"]
    assert report.findings[0].severity == "low"
    assert report.score == 100 - SEVERITY_PENALTY["low"]


def test_real_resume_with_icon_only_linkedin(realdata):
    pdf = realdata / "resume-matcher" / "resumes_pdf" / "bruce_wayne_fullstack.pdf"
    doc = extract_document(pdf.read_bytes(), pdf.name)
    report = assess_quality(parse_resume(doc.text, doc.links), doc.text, pages=2)

    messages = {f.code: f.message for f in report.findings}
    # The profile address exists only as a link annotation; the text shows a
    # bare handle next to an icon.
    assert "linkedin.com/in/bwayne" in messages["linkedin_not_in_text"]
    assert messages["few_numbers"].startswith("Only 0 of 16 bullets contain a number")
