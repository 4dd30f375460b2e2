"""Acceptance test: the OpenResume example PDF against its source data."""

import json
import re
from datetime import datetime

import pytest
from parse_samples import extracted

from talentsync_app.core.parse import parse_resume

SEASON_MONTHS = {"Spring": ("03", "05"), "Summer": ("06", "08"), "Fall": ("09", "11")}


def expected_dates(printed: str) -> tuple[str, str]:
    """Convert the printed date of the source data into (start, end)."""
    season = re.fullmatch(r"(Spring|Summer|Fall) (\d{4})", printed)
    if season:
        first, last = SEASON_MONTHS[season.group(1)]
        return f"{season.group(2)}-{first}", f"{season.group(2)}-{last}"
    start, end = (part.strip() for part in printed.split(" - "))

    def month(text: str) -> str:
        return datetime.strptime(text, "%b %Y").strftime("%Y-%m")

    return month(start), "present" if end == "Present" else month(end)


@pytest.fixture(scope="module")
def truth(realdata):
    path = realdata / "open-resume" / "openresume-resume.expected.json"
    return json.loads(path.read_text())["expected"]


@pytest.fixture(scope="module")
def parsed(realdata):
    doc = extracted(realdata / "open-resume" / "openresume-resume.pdf")
    return parse_resume(doc.text, doc.links)


def test_profile_fields(parsed, truth):
    profile = truth["profile"]
    assert parsed.name == profile["name"]
    assert parsed.email == profile["email"]
    assert parsed.phone.raw == profile["phone"]
    assert parsed.phone.e164 == "+1" + re.sub(r"\D", "", profile["phone"])
    assert parsed.location == profile["location"]
    assert parsed.summary == profile["summary"]
    linkedin = [link.url for link in parsed.links if link.kind == "linkedin"]
    assert linkedin == ["https://" + profile["url"]]


def test_every_job(parsed, truth):
    jobs = truth["workExperiences"]
    assert len(parsed.experience) == len(jobs)
    for got, want in zip(parsed.experience, jobs, strict=True):
        assert got.title == want["jobTitle"]
        assert got.company == want["company"]
        assert (got.start, got.end) == expected_dates(want["date"])
        assert got.bullets == want["descriptions"]


def test_education(parsed, truth):
    (want,) = truth["educations"]
    (got,) = parsed.education
    assert got.degree == want["degree"]
    assert got.institution == want["school"]
    assert got.year == want["date"][-4:]
    assert got.gpa == want["gpa"]
    assert got.details == want["descriptions"]


def test_skills(parsed, truth):
    skills = truth["skills"]
    want = {item["skill"] for item in skills["featuredSkills"]}
    for line in skills["descriptions"]:
        want |= {item.strip() for item in line.split(":", 1)[1].split(",")}
    assert set(parsed.skills_listed) == want
    assert len(parsed.skills_listed) == len(want)


def test_projects_and_sections(parsed, truth):
    assert parsed.projects == [p["project"] for p in truth["projects"]]
    assert set(parsed.sections) == {"experience", "education", "projects", "skills"}
    assert parsed.headings == ["WORK EXPERIENCE", "EDUCATION", "PROJECT", "SKILLS"]
    assert parsed.language == "en"
