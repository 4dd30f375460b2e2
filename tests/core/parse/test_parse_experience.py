"""Dates, job entries and total years of experience."""

from datetime import date

import parse_samples as samples
import pytest

from talentsync_app.core.parse import parse_resume
from talentsync_app.core.parse.dates import find_dates, total_years
from talentsync_app.core.parse.experience import parse_experience


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Software Engineer May 2023 - Present", "2023-05", "present"),
        ("05/2021 – 08/2022", "2021-05", "2022-08"),
        ("2019-2021", "2019", "2021"),
        ("Jan. 2020 to Dec 2021", "2020-01", "2021-12"),
        ("Summer 2022", "2022-06", "2022-08"),
        ("Since 2018", "2018", "present"),
        ("Sept 2016 – Current", "2016-09", "present"),
        ("März 2018 – heute", "2018-03", "present"),
        ("enero de 2020 - actualidad", "2020-01", "present"),
        ("с мая 2017 по февраль 2020", "2017-05", "2020-02"),
        ("2019年5月 - 至今", "2019-05", "present"),
        ("State University, May 2016", "2016-05", None),
    ],
)
def test_find_dates(line, start, end):
    span = find_dates(line)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    "line", ["Marketing Intern", "Cut load time by 3500 ms for 120 clients"]
)
def test_no_dates_in_plain_words_or_numbers(line):
    assert find_dates(line) is None


def test_overlapping_jobs_are_counted_once():
    parsed = parse_resume(samples.OVERLAPPING_JOBS)
    spans = [(job.start, job.end) for job in parsed.experience]
    assert spans == [
        ("2015-01", "2018-12"),
        ("2017-06", "2020-06"),
        ("2021", "2022"),
    ]
    # Jan 2015 - Jun 2020 is 66 months; 2021 - 2022 adds 12 months.
    assert parsed.total_experience_years == 6.5
    naive = sum(total_years([span]) for span in spans)
    assert naive > parsed.total_experience_years


def test_present_counts_up_to_today():
    today = date(2026, 12, 3)
    assert total_years([("2023-05", "present")], today=today) == round(44 / 12, 1)
    assert total_years([("2022-06", "2022-08")], today=today) == 0.2
    assert total_years([("2020", None)], today=today) == 1.0


@pytest.mark.parametrize(
    ("lines", "title", "company", "location"),
    [
        (["Software Engineer at Google", "Jan 2020 - Present"], "Software Engineer",
         "Google", None),
        (["Acme Corp | Data Analyst | Austin, TX | 2019 - 2021"], "Data Analyst",
         "Acme Corp", "Austin, TX"),
        (["Initech LLC, Remote", "Backend Developer 2018 - 2020"], "Backend Developer",
         "Initech LLC", "Remote"),
        (["2017 – 2019 Teaching Assistant, Stanford University"], "Teaching Assistant",
         "Stanford University", None),
        (["Marketing Intern — Globex — Summer 2021"], "Marketing Intern", "Globex",
         None),
    ],
)  # fmt: skip
def test_title_company_and_location_cues(lines, title, company, location):
    (job,) = parse_experience([*lines, "• Did the work well"])
    assert (job.title, job.company, job.location) == (title, company, location)
    assert job.bullets == ["Did the work well"]


def test_wrapped_bullets_are_rejoined():
    lines = [
        "Engineer, Acme, 2019 - 2020",
        "• Developed applications using Java and Spring",
        "Boot",
        "• Improved latency for the",
        "checkout service by 30%",
        "Analyst, Globex, 2017 - 2019",
        "• Built reports",
    ]
    first, second = parse_experience(lines)
    assert first.bullets == [
        "Developed applications using Java and Spring Boot",
        "Improved latency for the checkout service by 30%",
    ]
    assert (second.title, second.company) == ("Analyst", "Globex")


def test_company_line_above_dated_title_lines():
    lines = [
        "Globex Corporation",
        "Senior Analyst Mar 2020 - Present",
        "• Led pricing work",
        "Hooli",
        "Analyst Jan 2018 - Feb 2020",
        "• Built dashboards",
    ]
    jobs = parse_experience(lines)
    assert [(j.title, j.company, j.start) for j in jobs] == [
        ("Senior Analyst", "Globex Corporation", "2020-03"),
        ("Analyst", "Hooli", "2018-01"),
    ]


def test_roles_under_one_employer_heading_share_the_company():
    lines = [
        "Google",
        "Senior Engineer 2021 - Present",
        "• Led the infrastructure team",
        "Engineer 2019 - 2021",
        "• Built search features",
    ]
    jobs = parse_experience(lines)
    assert [(j.title, j.company) for j in jobs] == [
        ("Senior Engineer", "Google"),
        ("Engineer", "Google"),
    ]


def test_linkedin_export_layout_with_durations():
    lines = [
        "Google",
        "3 years 2 months",
        "Senior Software Engineer",
        "January 2022 - Present (1 year)",
        "Mountain View, California, United States",
        "Worked on ads ranking.",
        "Software Engineer",
        "October 2019 - January 2022 (2 years 4 months)",
        "Built search.",
    ]
    first, second = parse_experience(lines)
    assert (first.title, first.company, first.location) == (
        "Senior Software Engineer",
        "Google",
        "Mountain View, California, United States",
    )
    assert (second.title, second.company, second.start, second.end) == (
        "Software Engineer",
        "Google",
        "2019-10",
        "2022-01",
    )
