"""Curated skill taxonomy loaded from the CSV files shipped in ``data/skills``."""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "skills"
KINDS = frozenset({"hard", "soft", "tool", "language"})
CATEGORIES = (
    "Advocate",
    "Arts",
    "Automation Testing",
    "Blockchain",
    "Business Analyst",
    "Civil Engineer",
    "Data Science",
    "Database",
    "DevOps Engineer",
    "DotNet Developer",
    "ETL Developer",
    "Electrical Engineering",
    "HR",
    "Hadoop",
    "Health and fitness",
    "Java Developer",
    "Mechanical Engineer",
    "Network Security Engineer",
    "Operations Manager",
    "PMO",
    "Python Developer",
    "SAP Developer",
    "Sales",
    "Testing",
    "Web Designing",
)

# Rules for a surface form: "any" matches in any letter case; "case" needs the exact
# case; "list" needs the exact case and a list-like neighbourhood (see matcher).
RULES = ("any", "case", "list")
_PREFIX_RULES = {"=": "case", "~": "list"}
_NAME_RULES = {"": "any", "case": "case", "list": "list"}
_DASHES_RE = re.compile("[-_\u2010-\u2014]")


def normalize_text(text: str) -> str:
    """Return text in the form the matcher works on, keeping every offset.

    Applies NFKC (ligatures such as "ﬁ" become "fi") and turns dashes and
    underscores into spaces so "front-end" and "front end" read the same.

    Args:
        text: Any text.

    Returns:
        The normalised text.

    """
    return _DASHES_RE.sub(" ", unicodedata.normalize("NFKC", text))


@dataclass(frozen=True)
class Skill:
    """One canonical skill record.

    Attributes:
        name: Canonical display name.
        kind: "hard", "soft", "tool" or "language".
        categories: Job categories the skill is typical of.
        forms: Surface forms with their rule ("any", "case" or "list").

    """

    name: str
    kind: str
    categories: tuple[str, ...]
    forms: tuple[tuple[str, str], ...] = field(default=())


class Taxonomy:
    """Canonical skills with their aliases, kinds and job categories."""

    def __init__(self, skills: list[Skill]) -> None:
        """Index skills by canonical name and by every alias.

        Args:
            skills: Records to index; names must be unique.

        Raises:
            ValueError: On a duplicate name, an unknown kind or category, or an
                alias claimed by two canonical skills.

        """
        self._skills: dict[str, Skill] = {}
        self._by_lower: dict[str, str] = {}
        for skill in skills:
            self._add(skill)

    def _add(self, skill: Skill) -> None:
        """Validate and index one record."""
        if skill.name in self._skills:
            raise ValueError(f"duplicate canonical skill {skill.name!r}")
        if skill.kind not in KINDS:
            raise ValueError(f"{skill.name!r}: unknown kind {skill.kind!r}")
        unknown = set(skill.categories) - set(CATEGORIES)
        if unknown:
            raise ValueError(f"{skill.name!r}: unknown categories {sorted(unknown)}")
        self._skills[skill.name] = skill
        for form, _rule in skill.forms:
            key = alias_key(form)
            owner = self._by_lower.setdefault(key, skill.name)
            if owner != skill.name:
                raise ValueError(f"alias {form!r} of {skill.name!r} is {owner!r}'s")

    def __len__(self) -> int:
        return len(self._skills)

    def __contains__(self, name: object) -> bool:
        return name in self._skills

    def names(self) -> list[str]:
        """Return canonical names in alphabetical order."""
        return sorted(self._skills, key=str.lower)

    def skills(self) -> list[Skill]:
        """Return every record in file order."""
        return list(self._skills.values())

    def canonical(self, name_or_alias: str) -> str | None:
        """Return the canonical name for a name or alias in any case, or None."""
        return self._by_lower.get(alias_key(name_or_alias))

    def kind(self, name: str) -> str:
        """Return the kind of a canonical skill (or alias).

        Raises:
            KeyError: If the name is unknown.

        """
        return self._get(name).kind

    def categories(self, name: str) -> list[str]:
        """Return the job categories of a canonical skill (or alias).

        Raises:
            KeyError: If the name is unknown.

        """
        return list(self._get(name).categories)

    def _get(self, name: str) -> Skill:
        """Find a record by canonical name or alias."""
        skill = self._skills.get(name)
        if skill is None:
            canonical = self.canonical(name)
            if canonical is None:
                raise KeyError(name)
            skill = self._skills[canonical]
        return skill


def alias_key(form: str) -> str:
    """Return the case-insensitive lookup key of a surface form."""
    return " ".join(normalize_text(form).lower().split())


def _split(cell: str | None) -> list[str]:
    """Split a "|"-separated cell into stripped, non-empty items."""
    return [item.strip() for item in (cell or "").split("|") if item.strip()]


def _parse_alias(item: str) -> tuple[str, str]:
    """Turn a CSV alias item such as "~Go" into ("Go", "list")."""
    rule = _PREFIX_RULES.get(item[0])
    return (item[1:].strip(), rule) if rule else (item, "any")


def parse_row(row: dict[str, str]) -> Skill:
    """Build a Skill from one CSV row (columns name, kind, categories, aliases, rule).

    Raises:
        ValueError: If the row's rule is unknown or the name is empty.

    """
    name = (row.get("name") or "").strip()
    rule = _NAME_RULES.get((row.get("rule") or "").strip())
    if not name or rule is None:
        raise ValueError(f"bad taxonomy row {row!r}")
    forms = [(name, rule)] + [_parse_alias(item) for item in _split(row.get("aliases"))]
    return Skill(
        name=name,
        kind=(row.get("kind") or "").strip(),
        categories=tuple(_split(row.get("categories"))),
        forms=tuple(dict.fromkeys(forms)),
    )


def read_taxonomy(directory: Path = DATA_DIR) -> Taxonomy:
    """Read every ``*.csv`` file of a directory into one Taxonomy.

    Args:
        directory: Folder holding the taxonomy CSV files.

    Returns:
        The validated taxonomy.

    """
    skills: list[Skill] = []
    for path in sorted(directory.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(line for line in handle if not line.startswith("#"))
            skills.extend(parse_row(row) for row in rows)
    logger.info("loaded %d skills from %s", len(skills), directory)
    return Taxonomy(skills)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """Return the shipped taxonomy, read once per process."""
    return read_taxonomy(DATA_DIR)
