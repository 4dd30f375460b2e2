import pytest

from talentsync_app.core.skills import extract_skills
from talentsync_app.core.skills.extract import snippet


def _names(text: str) -> list[str]:
    return [match.name for match in extract_skills(text)]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Deployed services on k8s and EKS", "Kubernetes"),
        ("Wrote JS for the dashboard", "JavaScript"),
        ("Applied ML to churn", "Machine Learning"),
        ("Reports built in MS Excel", "Microsoft Excel"),
        ("Data stored in Postgres", "PostgreSQL"),
        ("UI in ReactJS and React.js", "React"),
        ("Backend in Node.js", "Node.js"),
        ("Built on .NET and ASP.NET MVC", ".NET"),
        ("Built on .NET and ASP.NET MVC", "ASP.NET MVC"),
        ("Languages: C, C++, C#", "C"),
        ("Languages: C, C++, C#", "C++"),
        ("Languages: C, C++, C#", "C#"),
        ("Skills: Python, R, SQL", "R"),
        ("Languages: Python, Go, Rust", "Go"),
        ("Worked on front-end and back end", "Front-End Development"),
        ("Worked on front-end and back end", "Back-End Development"),
        ("Pipelines with CI/CD on GitLab", "CI/CD"),
        ("Spring Boot microservices", "Spring Boot"),
        ("Java, Spring, Hibernate", "Spring"),
    ],
)
def test_aliases_and_special_spellings_are_found(text, canonical):
    assert canonical in _names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Led the go to market plan", "Go"),
        ("Go to market strategy for a new product", "Go"),
        ("Let's go live next week", "Go"),
        ("Wrote JavaScript and TypeScript daily", "Java"),
        ("Managed R&D budgets", "R"),
        ("Head of R & D", "R"),
        ("Grade C in chemistry", "C"),
        ("Spring 2023 project", "Spring"),
        ("She will excel in any role", "Microsoft Excel"),
        ("end. Net profit rose 10%", ".NET"),
        ("John C. Smith", "C"),
    ],
)
def test_false_positives_are_avoided(text, absent):
    assert absent not in _names(text)


def test_count_merges_all_aliases_and_sorts_by_count():
    text = "Kubernetes, k8s and K8S clusters. Python scripts.\nDocker, Docker."

    matches = extract_skills(text)

    assert [(m.name, m.count) for m in matches] == [
        ("Kubernetes", 3),
        ("Docker", 2),
        ("Python", 1),
    ]


def test_matches_carry_kind_categories_and_short_evidence():
    text = "x " * 100 + "Senior engineer; automated deployments with Terraform. " * 5

    (match,) = [m for m in extract_skills(text) if m.name == "Terraform"]

    assert match.kind == "tool"
    assert "DevOps Engineer" in match.categories
    assert match.count == 5
    assert len(match.evidence) == 3
    assert all("Terraform" in snippet for snippet in match.evidence)
    assert all(len(snippet) <= 100 for snippet in match.evidence)
    assert match.learned is False


def test_ligatures_are_normalised_before_matching():
    assert "Scikit-learn" in _names("Models in scikit-learn and ﬁne-tuned BERT")


def test_empty_text_has_no_skills():
    assert extract_skills("") == []


def test_snippet_keeps_whole_words_and_marks_cuts():
    text = "alpha beta gamma delta Kubernetes epsilon zeta eta theta iota"
    start = text.index("Kubernetes")

    excerpt = snippet(text, start, start + len("Kubernetes"), context=12)

    assert excerpt == "...gamma delta Kubernetes epsilon..."
    assert snippet("uses Go", 5, 7) == "uses Go"
