"""Job date checks: missing, reversed, future and mixed formats."""

from datetime import date

from talentsync_app.core.quality.dates import check_dates, date_styles
from talentsync_app.core.types import ExperienceEntry
from tests.core.quality.builders import resume

TODAY = date(2026, 12, 1)


def _codes(jobs, experience_text="") -> dict[str, str]:
    parsed = resume(experience=jobs, sections={"experience": experience_text})
    findings, _ = check_dates(parsed, today=TODAY)
    return {f.code: f.message for f in findings}


def test_consistent_dates_pass():
    jobs = [
        ExperienceEntry(title="Lead", start="2022-03", end="present"),
        ExperienceEntry(title="Dev", start="2019", end="2022"),
    ]
    findings, passed = check_dates(resume(experience=jobs), today=TODAY)

    assert findings == []
    assert passed == ["dates of 2 job(s) consistent"]


def test_no_jobs_means_nothing_to_check():
    assert check_dates(resume(experience=[]), today=TODAY) == ([], [])


def test_missing_reversed_and_future_dates_name_the_jobs():
    jobs = [
        ExperienceEntry(
            title="Analyst", company="Bank", start="2021-05", end="2020-01"
        ),
        ExperienceEntry(title="Architect", start="2027-02", end="present"),
        ExperienceEntry(title="Clerk"),
        ExperienceEntry(company="Shop", start="2015"),
    ]
    messages = _codes(jobs)

    assert messages["end_before_start"] == (
        "1 of 4 jobs end before they start: 'Analyst at Bank'."
    )
    assert messages["future_start"] == (
        "1 of 4 jobs start after this month: 'Architect'."
    )
    assert messages["undated_jobs"] == "1 of 4 jobs have no dates: 'Clerk'."
    assert messages["missing_end_dates"] == (
        "1 of 4 jobs have a start but no end date: 'Shop'."
    )


def test_year_only_end_in_the_start_year_is_not_reversed():
    jobs = [ExperienceEntry(title="Intern", start="2020-05", end="2020")]
    assert "end_before_start" not in _codes(jobs)


def test_mixed_date_formats_are_counted_per_style():
    text = "\n".join(
        [
            "Engineer, ACME  Jan 2020 - Present",
            "• Built 3 services in 2021",
            "Developer, Initech  03/2017 - 12/2019",
            "Intern, Hooli  2016 - 2017",
            "Tester, Globex  Since 2015",
        ]
    )
    jobs = [ExperienceEntry(title="x", start="2020-01", end="present")] * 4

    # "Since 2015" is a year-only date.
    assert date_styles(text) == {"'Month YYYY'": 1, "'MM/YYYY'": 1, "'YYYY'": 2}
    assert _codes(jobs, text)["mixed_date_formats"] == (
        "Job dates use 3 formats: 'YYYY' (2), 'Month YYYY' (1), 'MM/YYYY' (1)."
    )


def test_one_date_format_is_not_a_finding():
    text = "Engineer  Jan 2020 - Present\nDeveloper  Mar 2017 - Dec 2019"
    jobs = [ExperienceEntry(title="x", start="2020-01", end="present")]
    assert "mixed_date_formats" not in _codes(jobs, text)
