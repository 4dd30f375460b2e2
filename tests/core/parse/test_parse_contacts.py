"""Contact details: referees, names, international phones, links, location."""

import parse_samples as samples
import pytest

from talentsync_app.core.parse import parse_resume
from talentsync_app.core.parse.links import normalise_url


def test_referee_contacts_are_not_the_candidates():
    parsed = parse_resume(samples.WITH_REFERENCES)
    assert parsed.name == "Jane Smith"
    assert parsed.email == "jane.smith@mail.com"
    assert parsed.phone.e164 == "+14155550134"
    assert parsed.location == "San Francisco, CA"
    assert "robert.brown@university.edu" in parsed.sections["other"]


def test_referee_contacts_alone_leave_the_candidate_fields_empty():
    parsed = parse_resume(samples.ONLY_REFEREE_CONTACTS)
    assert parsed.name == "Jane Smith"
    assert parsed.email is None
    assert parsed.phone is None


def test_all_caps_name_is_title_cased():
    parsed = parse_resume(samples.ALL_CAPS_NAME)
    assert parsed.name == "María-José O'Neill"
    assert parsed.location == "Dublin, Ireland"


@pytest.mark.parametrize(
    ("first_lines", "name"),
    [
        ("Your Name\nSoftware Engineer\nCurriculum Vitae\nAna Costa\n", "Ana Costa"),
        ("RESUME\nLi Wei | Backend Engineer\n", "Li Wei"),
        ("Name: Tom Baker\n", "Tom Baker"),
        ("Product Manager\nSilicon Valley, CA, USA\nKim Park\n", "Kim Park"),
        ("Jean-Luc de la Fontaine\n", "Jean-Luc de la Fontaine"),
    ],
)
def test_name_skips_titles_templates_and_places(first_lines, name):
    parsed = parse_resume(first_lines + "someone@mail.com\n\nSkills\nPython\n")
    assert parsed.name == name


@pytest.mark.parametrize(
    ("line", "e164"),
    [
        ("London, UK | +44 20 7946 0958 | tom@mail.co.uk", "+442079460958"),
        ("Pune, India · +91 98765 43210 · 2019 - 2023", "+919876543210"),
        ("Tel.: +49 30 901820 | 10115 Berlin, Germany", "+4930901820"),
        ("Mobile: +1 (415) 555-0134", "+14155550134"),
        ("London, UK | 020 7946 0958", "+442079460958"),
    ],
)
def test_international_phones_in_e164(line, e164):
    parsed = parse_resume(f"Sam Taylor\n{line}\n")
    assert parsed.phone.e164 == e164
    assert parsed.phone.raw in line


@pytest.mark.parametrize(
    "line",
    [
        "San Francisco, CA 94105 | 2019 - 2021",
        "05/2019 – 08/2021 | 2015-2019",
        "Graduated 2018.05 - 2022.07",
    ],
)
def test_dates_years_and_zip_codes_are_not_phones(line):
    assert parse_resume(f"Sam Taylor\n{line}\n").phone is None


def test_links_from_targets_and_text_are_normalised_and_deduplicated():
    text = (
        "Sam Taylor\n"
        "linkedin.com/in/samtaylor | www.samtaylor.dev | twitter.com/samt\n"
        "Experience\n"
        "Engineer, Acme, 2020 - 2021\n"
        "• Shipped https://acme.example.com/launch to 1M users\n"
    )
    targets = [
        "https://www.linkedin.com/in/samtaylor/",
        "mailto:sam@mail.com",
        "https://github.com/samtaylor",
    ]
    parsed = parse_resume(text, targets)
    assert [(link.kind, link.url) for link in parsed.links] == [
        ("linkedin", "https://linkedin.com/in/samtaylor"),
        ("github", "https://github.com/samtaylor"),
        ("portfolio", "https://samtaylor.dev"),
        ("other", "https://twitter.com/samt"),
        ("other", "https://acme.example.com/launch"),
    ]


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("linkedin.com/in/john-doe", "https://linkedin.com/in/john-doe"),
        ("http://WWW.GitHub.com/jd/", "https://github.com/jd"),
        ("https://jd.github.io/blog/?tab=1", "https://jd.github.io/blog?tab=1"),
        ("mailto:jd@mail.com", None),
        ("tel:1234567890", None),
    ],
)
def test_normalise_url(raw, url):
    assert normalise_url(raw) == url


def test_tech_names_are_not_links():
    text = "Sam Taylor\nsam@mail.com\nSkills\nNode.js, ASP.NET, Vue.js, socket.io\n"
    assert parse_resume(text).links == []


def test_two_column_layout_with_sidebar_read_first():
    parsed = parse_resume(samples.TWO_COLUMN_SIDEBAR_FIRST)
    assert parsed.name == "Priya Sharma"
    assert parsed.email == "priya.sharma@mail.com"
    assert parsed.phone.e164 == "+919876543210"
    assert parsed.location == "Bengaluru, India"
    assert parsed.skills_listed == ["Python", "Spark", "Airflow"]
    job = parsed.experience[0]
    assert (job.title, job.company, job.start, job.end) == (
        "Data Engineer",
        "Flipkart",
        "2019",
        "present",
    )
