"""ParsedResume objects and texts built for the quality tests."""

from talentsync_app.core.types import ExperienceEntry, Link, ParsedResume, Phone

STRONG_BULLETS = [
    "Reduced checkout latency by 40% for 2 million monthly users",
    "Led a team of 5 engineers to launch the mobile app in 3 months",
    "Built a billing service processing $3M per day",
]
CONTACT_LINE = "ada@example.org | +44 20 7946 0958 | linkedin.com/in/ada"


def body_text(words: int = 400) -> str:
    """Return a resume text with the contact line and about ``words`` words."""
    filler = "Designed and shipped payment features for retail customers in Europe."
    lines = ["Ada Lovelace", CONTACT_LINE]
    count = sum(len(line.split()) for line in lines)
    while count < words:
        lines.append(filler)
        count += len(filler.split())
    return "\n".join(lines)


def resume(**overrides) -> ParsedResume:
    """Return a complete, well-formed parsed resume with fields overridden."""
    base = {
        "name": "Ada Lovelace",
        "email": "ada@example.org",
        "phone": Phone(raw="+44 20 7946 0958", e164="+442079460958"),
        "links": [Link(kind="linkedin", url="https://www.linkedin.com/in/ada/")],
        "summary": "Payments engineer with 8 years of experience.",
        "experience": [
            ExperienceEntry(
                title="Engineer",
                company="ACME",
                start="2019-01",
                end="present",
                bullets=list(STRONG_BULLETS),
            )
        ],
        "headings": ["Summary", "Experience", "Education", "Skills"],
        "sections": {
            "summary": "Payments engineer with 8 years of experience.",
            "experience": "Engineer, ACME\nJan 2019 - Present",
            "education": "BSc Mathematics",
            "skills": "Python, SQL",
        },
    }
    return ParsedResume(**{**base, **overrides})


def codes(report) -> list[str]:
    """Return the finding codes of a report in order."""
    return [finding.code for finding in report.findings]
