from pathlib import Path

import pytest

from talentsync_app.core.extract import extract_document
from talentsync_app.core.skills import extract_skills

RESUMES = Path("resume-matcher") / "resumes_pdf"


def _skills(path: Path) -> dict:
    document = extract_document(path.read_bytes(), path.name)
    return {match.name: match for match in extract_skills(document.text)}


@pytest.fixture
def open_resume(realdata) -> dict:
    return _skills(realdata / "open-resume" / "openresume-resume.pdf")


def test_open_resume_listed_skills_are_all_found(open_resume):
    # Featured skills and the "Tech:" and "Soft:" lines printed on the PDF.
    expected = {
        "HTML",
        "CSS",
        "Python",
        "TypeScript",
        "React",
        "C++",
        "React Hooks",
        "GraphQL",
        "Node.js",
        "SQL",
        "PostgreSQL",
        "NoSQL",
        "Redis",
        "REST API",
        "Git",
        "Teamwork",
        "Problem Solving",
        "Communication",
        "Learning Mindset",
        "Agile",
    }

    assert expected - set(open_resume) == set()


def test_open_resume_postgres_alias_has_evidence(open_resume):
    postgres = open_resume["PostgreSQL"]

    assert postgres.kind == "tool"
    assert postgres.count == 1
    assert "Postgres" in postgres.evidence[0]


def test_open_resume_prose_is_not_read_as_skills(open_resume):
    # "Spring 2023" is a date, "C++" is not "C", and nothing mentions Go, R or Java.
    for absent in ("Spring", "C", "Go", "R", "Java", "Research Skills"):
        assert absent not in open_resume


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        (
            "barry_allen_fe.pdf",
            {"React", "Redux", "Firebase", "D3.js", "Webpack", "Babel", "GraphQL"},
        ),
        (
            "harvey_dent_mle.pdf",
            {"PyTorch", "TensorFlow", "Scikit-learn", "Keras", "R", "SQL", "Docker"},
        ),
        (
            "john_doe.pdf",
            {"Java", "Spring Boot", "Angular", "Hibernate", "JUnit", "Mockito"},
        ),
        (
            "bruce_wayne_fullstack.pdf",
            {"MERN Stack", "MongoDB", "Express.js", "Node.js", "Kubernetes"},
        ),
        (
            "alfred_pennyworth_pm.pdf",
            {"Product Management", "Raspberry Pi", "Python", "SQL", "Java"},
        ),
    ],
)
def test_resume_matcher_pdfs_have_the_skills_they_list(realdata, filename, expected):
    assert expected - set(_skills(realdata / RESUMES / filename)) == set()


def test_counts_add_up_over_aliases(realdata):
    skills = _skills(realdata / RESUMES / "bruce_wayne_fullstack.pdf")

    # "MERN Stack" and "MERN stack" are the same skill, printed 7 times in total.
    assert skills["MERN Stack"].count == 7
    assert len(skills["MERN Stack"].evidence) == 3


def test_job_description_mentions_are_found(realdata):
    path = realdata / "resume-matcher" / "e2e_fixtures" / "jds" / "backend-eng.txt"

    skills = _skills(path)

    expected = {"FastAPI", "Django REST Framework", "Amazon ECS", "Apache Kafka"}
    assert expected | {"PostgreSQL", "Asyncio", "GitHub Actions", "CircleCI"} <= set(
        skills
    )
    assert "Tool Design" not in skills  # "observability tooling"
