"""Education entries: degree, institution, graduation year, GPA and details."""

from __future__ import annotations

import re
from functools import lru_cache

from talentsync_app.core.parse.dates import PRESENT, find_dates
from talentsync_app.core.parse.entries import Block, clean_header_text, group_entries
from talentsync_app.core.parse.experience import take_location
from talentsync_app.core.parse.lines import remove_span, split_parts
from talentsync_app.core.parse.roles import INSTITUTION_RE, has_degree
from talentsync_app.core.types import EducationEntry

_NUMBER = r"\d{1,2}(?:[.,]\d{1,2})?(?:\s*/\s*\d{1,3}(?:[.,]\d{1,2})?)?"
_GPA = re.compile(
    rf"(?:overall\s+|cumulative\s+)?(?:c?gpa|grade|note|nota media|средний балл|绩点)"
    rf"\s*[:：]?\s*(?P<a>{_NUMBER})|(?P<b>{_NUMBER})\s*(?:c?gpa)\b",
    re.IGNORECASE,
)
_SPLIT_AT = re.compile(r"\s+(?:at|from|,)\s+(?=\S)", re.IGNORECASE)
# "Bachelor of Science in Physics" names its field; "B.Tech" or "Bachelor of
# Science" alone takes the field printed after it ("Computer Science").
_HAS_FIELD = re.compile(r"\s(?:in|en|of [\w ]+ in)\s", re.IGNORECASE)


@lru_cache(maxsize=2048)
def education_tags(line: str) -> frozenset[str]:
    """Tag a line with the education fields it carries."""
    tags = set()
    if find_dates(line):
        tags.add("date")
    if has_degree(line):
        tags.add("degree")
    if INSTITUTION_RE.search(line):
        tags.add("inst")
    return frozenset(tags)


def parse_education(lines: list[str]) -> list[EducationEntry]:
    """Read degrees from the lines of education sections.

    Args:
        lines: Body lines of the education section(s).

    Returns:
        One entry per degree or course of study, in reading order.

    """
    blocks = group_entries(lines, education_tags)
    return [_entry(block) for block in blocks if block.header]


def _entry(block: Block) -> EducationEntry:
    """Turn one block into an education entry."""
    entry = EducationEntry(details=list(block.body))
    texts = list(block.header)
    found = block.dates()
    if found:
        span, index = found
        entry.year = _year(span.end or span.start)
        texts[index] = remove_span(texts[index], span.begin, span.stop)
    for index, text in enumerate(texts):
        match = _GPA.search(text)
        if match and entry.gpa is None:
            entry.gpa = "".join((match.group("a") or match.group("b")).split())
            texts[index] = remove_span(text, match.start(), match.end())
    parts = [p for text in texts for p in _parts(clean_header_text(text))]
    parts, _location = take_location(parts)
    entry.degree, entry.institution = _degree_and_school(parts)
    return entry


def _year(value: str) -> str | None:
    """Return the four-digit year of a date value (None for "present")."""
    return None if value == PRESENT else value[:4]


def _parts(text: str) -> list[str]:
    """Split a header line, also at "at"/"from" between a degree and a school."""
    parts: list[str] = []
    for part in split_parts(text):
        pieces = _SPLIT_AT.split(part)
        both = has_degree(part) and INSTITUTION_RE.search(part)
        parts.extend(pieces if both and len(pieces) > 1 else [part])
    return parts


def _degree_and_school(parts: list[str]) -> tuple[str | None, str | None]:
    """Pick the degree field and the institution field from header fields."""
    # TODO(2): a degree and a school run together without a separator ("BSc
    # Physics University of Leeds") stay one field and the school is lost; and a
    # school name wrapped onto the next line ("... Institute of Technology" /
    # "Delhi, New Delhi, India") keeps only its first line.
    degree_at = next((i for i, p in enumerate(parts) if has_degree(p)), None)
    school_at = next(
        (i for i, p in enumerate(parts) if INSTITUTION_RE.search(p) and i != degree_at),
        None,
    )
    if school_at is None:
        rest = [i for i in range(len(parts)) if i != degree_at]
        school_at = rest[-1] if rest else None
    degree = parts[degree_at] if degree_at is not None else None
    following = degree_at + 1 if degree_at is not None else None
    if (
        degree
        and not _HAS_FIELD.search(degree)
        and following is not None
        and following < len(parts)
        and following != school_at
    ):
        degree = f"{degree}, {parts[following]}"
    school = parts[school_at] if school_at is not None else None
    return degree, school
