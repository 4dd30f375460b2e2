"""The five Resume-Matcher PDFs; expectations were checked by reading each PDF."""

from datetime import date

import pytest
from parse_samples import extracted

from talentsync_app.core.parse import parse_resume

# name, email, printed phone, location, first job (title, company, start, end),
# number of jobs, first degree (degree, institution, year)
EXPECTED = {
    "alfred_pennyworth_pm.pdf": (
        "Alfred Pennyworth",
        "alfred.pennyworth@email.com",
        "(123) 456-7890",
        "Silicon Valley, CA, USA",
        ("Product Manager", "Google", "2017", "present"),
        5,
        ("Master of Business Administration", "Stanford University", "2018"),
    ),
    "barry_allen_fe.pdf": (
        "Barry Allen",
        "allthe.stars@google.com",
        "(123) 456-7890",
        "Mountain View, CA, USA",
        ("Software Engineer (Front-End)", "Google", "2022-06", "present"),
        1,
        ("B.Tech, Computer Science and Engineering", None, "2022"),
    ),
    "bruce_wayne_fullstack.pdf": (
        "Bruce Wayne",
        "bwayne@email.com",
        "(123) 456-7890",
        "Gotham, USA",
        ("MERN Stack Developer", "OpenAI", "2020-06", "present"),
        3,
        ("PhD in Computer Science", "CalTech", "2012"),
    ),
    "harvey_dent_mle.pdf": (
        "Harvey Dent",
        "hdent@email.com",
        "(123) 456-7891",
        "Gotham, USA",
        ("Machine Learning Engineer", "OpenAI", "2021", "present"),
        3,
        ("Master of Science in Computer Science", "MIT", "2016"),
    ),
    "john_doe.pdf": (
        "John Doe",
        "john.doe@email.com",
        "(123) 456-7890",
        "Anywhere, USA",
        ("Full Stack Java Developer", "ABC Company, Inc.", "2018-06", "present"),
        2,
        ("Bachelor of Science in Computer Science", "State University", "2016"),
    ),
}
# LinkedIn / GitHub handles: printed as icons plus a handle (link annotations hold
# the URL), except john_doe.pdf, which prints both URLs.
HANDLES = {
    "alfred_pennyworth_pm.pdf": ("apennyworth", "apennyworth"),
    "barry_allen_fe.pdf": ("bwayne", "bwayne"),
    "bruce_wayne_fullstack.pdf": ("bwayne", "bwayne"),
    "harvey_dent_mle.pdf": ("hdent", "hdent"),
    "john_doe.pdf": ("johndoe", "johndoe"),
}


@pytest.fixture(scope="module")
def parsed_all(realdata):
    folder = realdata / "resume-matcher" / "resumes_pdf"
    results = {}
    for name in EXPECTED:
        doc = extracted(folder / name)
        results[name] = parse_resume(doc.text, doc.links)
    return results


@pytest.mark.parametrize("filename", sorted(EXPECTED))
def test_contact_details(parsed_all, filename):
    parsed = parsed_all[filename]
    name, email, phone, location, *_ = EXPECTED[filename]
    assert parsed.name == name
    assert parsed.email == email
    assert parsed.phone.raw == phone
    assert parsed.phone.e164 == "+1" + "".join(c for c in phone if c.isdigit())
    assert parsed.location == location


@pytest.mark.parametrize("filename", sorted(EXPECTED))
def test_links(parsed_all, filename):
    linkedin, github = HANDLES[filename]
    kinds = {link.kind: link.url for link in parsed_all[filename].links}
    assert kinds["linkedin"] == f"https://linkedin.com/in/{linkedin}"
    assert kinds["github"] == f"https://github.com/{github}"


@pytest.mark.parametrize("filename", sorted(EXPECTED))
def test_first_job_and_job_count(parsed_all, filename):
    parsed = parsed_all[filename]
    *_, first_job, job_count, _degree = EXPECTED[filename]
    job = parsed.experience[0]
    assert (job.title, job.company, job.start, job.end) == first_job
    assert len(parsed.experience) == job_count
    assert job.bullets, "the job description must be kept"


@pytest.mark.parametrize("filename", sorted(EXPECTED))
def test_first_degree(parsed_all, filename):
    degree, institution, year = EXPECTED[filename][-1]
    got = parsed_all[filename].education[0]
    assert (got.degree, got.year) == (degree, year)
    if institution:
        assert got.institution == institution


def test_wrapped_institution_keeps_its_first_line(parsed_all):
    # "Indian Institute of Technology" / "Delhi, New Delhi, India" is one school
    # broken over two lines; the parser keeps the first line only.
    got = parsed_all["barry_allen_fe.pdf"].education[0]
    assert got.institution.startswith("Indian Institute of Technology")
    assert got.gpa == "9.5/10"


def test_paragraph_descriptions_become_sentences(parsed_all):
    job = parsed_all["alfred_pennyworth_pm.pdf"].experience[1]
    assert (job.title, job.company, job.location) == (
        "Software Development Engineer III",
        "Amazon",
        "Seattle, WA, USA",
    )
    assert job.bullets == [
        "Led a team of developers in building scalable and high-performing "
        "e-commerce applications.",
        "Successfully delivered multiple projects within the stipulated time and "
        "budget.",
    ]


def test_total_years_union_of_jobs(parsed_all):
    # Harvey Dent: 2016-2018, 2018-2021, 2021-present, no gaps or overlaps, so
    # the total runs from January 2016 to the current month.
    parsed = parsed_all["harvey_dent_mle.pdf"]
    today = date.today()
    months = (today.year - 2016) * 12 + today.month
    assert parsed.total_experience_years == round(months / 12, 1)


def test_lists_and_headings(parsed_all):
    john = parsed_all["john_doe.pdf"]
    assert john.certifications == [
        "Oracle Certified Professional, Java SE 8 Programmer",
        "Certified Angular Developer",
    ]
    assert "Spring Boot" in john.skills_listed
    assert "Hibernate" in john.skills_listed
    assert john.headings[:2] == ["PROFESSIONAL SUMMARY", "SKILLS"]
    alfred = parsed_all["alfred_pennyworth_pm.pdf"]
    assert "Project management" in alfred.skills_listed
    assert alfred.projects == ["Home Automation System"]
