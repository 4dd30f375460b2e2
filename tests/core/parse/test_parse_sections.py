"""Section headings, list sections and education entries."""

import parse_samples as samples
import pytest

from talentsync_app.core.parse import parse_resume
from talentsync_app.core.parse.education import parse_education
from talentsync_app.core.parse.headings import heading_key


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("WORK EXPERIENCE", "experience"),
        ("Professional Experience:", "experience"),
        ("E D U C A T I O N", "education"),
        ("Skills & Abilities", "skills"),
        ("Positions of Responsibility", "positions"),
        ("Experiencia", "experience"),
        ("Berufserfahrung", "experience"),
        ("Опыт работы", "experience"),
        ("工作经历", "experience"),
        ("Ausbildung", "education"),
        ("Educación", "education"),
        ("Образование", "education"),
        ("教育", "education"),
        ("Compétences", "skills"),
        ("References", "references"),
        ("Experience designing APIs for banks", None),
        ("• Skills", None),
    ],
)
def test_heading_key(line, key):
    assert heading_key(line) == key


def test_every_canonical_section_is_filled():
    parsed = parse_resume(samples.MANY_SECTIONS)
    assert set(parsed.sections) == {
        "summary", "skills", "experience", "education", "projects",
        "certifications", "publications", "achievements", "positions",
        "languages", "other",
    }  # fmt: skip
    assert parsed.headings[:3] == [
        "PROFESSIONAL SUMMARY",
        "Technical Skills:",
        "E X P E R I E N C E",
    ]
    assert parsed.summary == "Backend developer focused on reliable payment systems."
    assert parsed.skills_listed == ["Go", "Python", "Docker", "Terraform", "Git"]
    assert parsed.projects == ["Ledger CLI"]
    assert parsed.certifications == [
        "AWS Certified Solutions Architect – Associate",
        "Certified Kubernetes Administrator (CKA)",
    ]
    assert parsed.publications == ["Lee, S. Fast ledgers. Journal of Payments, 2022."]
    assert parsed.achievements == ["Dean's List 2019"]
    assert parsed.positions == ["President, Coding Club (2019 - 2020)"]
    assert parsed.languages == ["English (native)", "Korean (fluent)"]
    assert parsed.sections["other"] == "Climbing, chess"


def test_inline_heading_starts_a_section():
    text = "Sam Lee\nsam@mail.com\nSkills: Python, SQL; Excel\nLanguages: English\n"
    parsed = parse_resume(text)
    assert parsed.skills_listed == ["Python", "SQL", "Excel"]
    assert parsed.languages == ["English"]
    assert parsed.headings == ["Skills", "Languages"]


def test_programming_languages_line_inside_skills_stays_in_skills():
    text = "Sam Lee\n\nSkills\nLanguages: Go, Rust\nFrameworks: Django\n"
    parsed = parse_resume(text)
    assert parsed.skills_listed == ["Go", "Rust", "Django"]
    assert parsed.languages == []


def test_skills_wrapped_mid_item_and_parentheses():
    lines = [
        "Product management, Agile methodologies, Project",
        "management, SQL and NoSQL databases (MySQL, MongoDB), Git",
    ]
    parsed = parse_resume("Sam Lee\n\nSkills\n" + "\n".join(lines))
    assert parsed.skills_listed == [
        "Product management",
        "Agile methodologies",
        "Project management",
        "SQL and NoSQL databases (MySQL, MongoDB)",
        "Git",
    ]


def test_education_entries():
    lines = [
        "University of Leeds",
        "MSc Data Science, 2019 - 2020",
        "• Dissertation on graph neural networks",
        "BSc (Hons) Mathematics from University of York, 2016 - 2019, GPA: 3.9/4.0",
        "Diploma in Accounting, 2014",
    ]
    first, second, third = parse_education(lines)
    assert (first.degree, first.institution, first.year) == (
        "MSc Data Science",
        "University of Leeds",
        "2020",
    )
    assert first.details == ["Dissertation on graph neural networks"]
    assert (second.institution, second.year, second.gpa) == (
        "University of York",
        "2019",
        "3.9/4.0",
    )
    assert second.degree.startswith("BSc")
    assert (third.degree, third.year) == ("Diploma in Accounting", "2014")


def test_state_after_a_city_is_not_a_masters_degree():
    lines = [
        "1997 – 1999 Master of Science, Massachusetts Institute of Technology,",
        "Cambridge, MA, USA",
        "1994 – 1997 Bachelor of Science, Boston College, Boston, MA",
    ]
    entries = parse_education(lines)
    assert [e.institution for e in entries] == [
        "Massachusetts Institute of Technology",
        "Boston College",
    ]


@pytest.mark.xfail(reason="TODO(2): degree and school in one unseparated field")
def test_degree_and_school_without_separator():
    (entry,) = parse_education(["BSc Physics University of Leeds 2015 - 2018"])
    assert (entry.degree, entry.institution) == ("BSc Physics", "University of Leeds")


@pytest.mark.xfail(reason="TODO(2): a school name wrapped onto the next line")
def test_school_name_wrapped_onto_the_location_line():
    lines = [
        "2018 – 2022 B.Tech, Computer Science, Indian Institute of Technology",
        "Delhi, New Delhi, India",
    ]
    (entry,) = parse_education(lines)
    assert entry.institution == "Indian Institute of Technology Delhi"


def test_degree_takes_the_field_printed_after_it():
    lines = [
        "Bachelor of Science, Computer Science",
        "University of Washington, Seattle, WA",
        "Graduated: June 2016",
        "GPA 3.6",
    ]
    (entry,) = parse_education(lines)
    assert (entry.degree, entry.institution, entry.year, entry.gpa) == (
        "Bachelor of Science, Computer Science",
        "University of Washington",
        "2016",
        "3.6",
    )
