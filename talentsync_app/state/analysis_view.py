"""Turn a stored analysis result into flat, typed pieces the UI can render."""

from dataclasses import dataclass, field
from typing import Any

SKILL_KIND_LABELS = {
    "hard": "Hard skills",
    "tool": "Tools",
    "language": "Programming languages",
    "soft": "Soft skills",
}
UNCERTAIN = "uncertain"
OTHER_SECTIONS = (
    ("projects", "Projects"),
    ("certifications", "Certifications"),
    ("publications", "Publications"),
    ("achievements", "Achievements"),
    ("positions", "Positions of responsibility"),
    ("languages", "Languages"),
)


@dataclass
class JobView:
    """One experience entry ready for display."""

    title: str = ""
    company: str = ""
    period: str = ""
    location: str = ""
    bullets: list[str] = field(default_factory=list)


@dataclass
class SectionView:
    """A titled list of lines."""

    title: str = ""
    lines: list[str] = field(default_factory=list)


@dataclass
class CategoryView:
    """One predicted category with its probability as a whole percentage."""

    label: str = ""
    pct: int = 0


@dataclass
class SkillGroupView:
    """Skills of one kind, with counts and an evidence snippet each."""

    kind: str = ""
    label: str = ""
    skills: list[dict[str, str]] = field(default_factory=list)


def period_text(start: str | None, end: str | None) -> str:
    """Format a start/end pair as "2021-05 – present"."""
    if not start and not end:
        return ""
    return f"{start or '?'} – {end or '?'}"


def job_views(result: dict[str, Any]) -> list[JobView]:
    """Experience entries as display rows."""
    return [
        JobView(
            title=entry.get("title") or "",
            company=entry.get("company") or "",
            period=period_text(entry.get("start"), entry.get("end")),
            location=entry.get("location") or "",
            bullets=list(entry.get("bullets") or []),
        )
        for entry in result.get("experience") or []
    ]


def education_rows(result: dict[str, Any]) -> list[dict[str, str]]:
    """Education entries as display rows."""
    return [
        {
            "degree": entry.get("degree") or "",
            "institution": entry.get("institution") or "",
            "year": entry.get("year") or "",
            "gpa": entry.get("gpa") or "",
        }
        for entry in result.get("education") or []
    ]


def skill_groups(result: dict[str, Any]) -> list[SkillGroupView]:
    """Skills grouped by kind, in a fixed kind order, empty kinds left out."""
    groups = []
    details = result.get("skill_details") or []
    for kind, label in SKILL_KIND_LABELS.items():
        skills = [
            {
                "name": skill["name"],
                "count": str(skill.get("count", 1)),
                "evidence": (skill.get("evidence") or [""])[0],
            }
            for skill in details
            if skill.get("kind") == kind
        ]
        if skills:
            groups.append(SkillGroupView(kind=kind, label=label, skills=skills))
    return groups


def other_sections(result: dict[str, Any]) -> list[SectionView]:
    """Projects, certifications and the rest, empty ones left out."""
    return [
        SectionView(title=title, lines=list(result.get(key) or []))
        for key, title in OTHER_SECTIONS
        if result.get(key)
    ]


def category_rows(result: dict[str, Any]) -> list[CategoryView]:
    """Top categories with whole-number percentages for the confidence bars."""
    top = (result.get("category") or {}).get("top") or []
    return [CategoryView(label=label, pct=round(prob * 100)) for label, prob in top]


def finding_rows(result: dict[str, Any]) -> list[dict[str, str]]:
    """Quality findings, already sorted by priority."""
    findings = (result.get("quality") or {}).get("findings") or []
    return [{key: str(value) for key, value in item.items()} for item in findings]


def category_text(category: str | None) -> str:
    """A stored category as list rows show it ("category uncertain" for no guess)."""
    if category == UNCERTAIN:
        return "category uncertain"
    return category or ""


def sentence(text: str | None) -> str:
    """Text with its first letter capitalised, for reasons written mid-sentence."""
    text = text or ""
    return text[:1].upper() + text[1:]


def pages_text(pages: int) -> str:
    """The page count in words, such as "2 pages"."""
    return "1 page" if pages == 1 else f"{pages} pages"
