"""The candidate's name and the untitled summary line of the contact block."""

from __future__ import annotations

import re

from talentsync_app.core.parse.contact import EMAIL_RE, find_location
from talentsync_app.core.parse.headings import HEADING_WORDS, heading_key
from talentsync_app.core.parse.links import URL_RE
from talentsync_app.core.parse.places import region_of
from talentsync_app.core.parse.roles import has_degree, org_score, title_score

_LABEL = re.compile(
    r"^(?:name|full name|nombre|nombre completo|имя|фио|姓名|nom|vorname und name)"
    r"\s*[:：]\s*",
    re.IGNORECASE,
)
_SEGMENT = re.compile(r"\s*(?:[|•·—–]|\s-\s|\t|\s{3,})\s*")
_TEMPLATE_LINES = (
    "your name|first last|firstname lastname|first name last name|name surname|"
    "full name|name|resume|résumé|curriculum vitae|cv|lebenslauf|currículum|"
    "curriculum|currículum vitae|hoja de vida|резюме|简历|个人简历|"
    "candidate name|applicant name"
)
_TEMPLATE_TEXT = frozenset(_TEMPLATE_LINES.split("|"))
_PARTICLE_WORDS = "de da del della di du la le van von der den ter bin al el"
_PARTICLES = frozenset(_PARTICLE_WORDS.split())
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?$")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_LABEL_WORDS = (
    "details resume page address phone email mobile vitae curriculum portfolio "
    "linkedin github website"
)
_NOT_NAME_WORDS = HEADING_WORDS | frozenset(_LABEL_WORDS.split())
_MAX_WORDS = 5
_MAX_NAME_CHARS = 60
_FIRST_LINES = 3
# The name sits at the top: only this many lines of the contact block are read.
MAX_NAME_LINES = 8
_SUMMARY_MIN_WORDS = 6


def clean_name(line: str) -> str | None:
    """Return the name in ``line`` when the line reads as a person's name.

    Args:
        line: A line from the contact block.

    Returns:
        The name (title-cased when printed in all capitals), or None.

    """
    text = _LABEL.sub("", line.strip())
    text = _SEGMENT.split(text)[0].strip()
    if len(text) > _MAX_NAME_CHARS or find_location([text]):
        return None
    if org_score(text):
        return None
    text = text.split(",")[0].strip()
    if not text or not _looks_like_name(text):
        return None
    if text.isupper():
        text = text.title()
    return text


def _looks_like_name(text: str) -> bool:
    """Apply the name rules: no digits, contacts, headings, titles or places."""
    if text.casefold() in _TEMPLATE_TEXT or heading_key(text):
        return False
    if title_score(text) or org_score(text) or _names_degree(text):
        return False
    if _HAN_NAME.match(text):
        return True
    if EMAIL_RE.search(text) or URL_RE.search(text) or any(c.isdigit() for c in text):
        return False
    words = text.split()
    if not 2 <= len(words) <= _MAX_WORDS or region_of(words[-1]):
        return False
    for word in words:
        if word.casefold() in _PARTICLES:
            continue
        if word.casefold().strip(".-'") in _NOT_NAME_WORDS:
            return False
        if not _NAME_WORD.match(word) or word[0].islower():
            return False
    return True


def _names_degree(text: str) -> bool:
    """Return True for degree words, also when dotted ("H.S.C.", "M.C.A")."""
    return has_degree(text) or has_degree(text.replace(".", ""))


def find_name(lines: list[str]) -> str | None:
    """Return the first line of ``lines`` that reads as a person's name.

    Only the first three lines (not counting "Resume"-style titles), lines
    labelled "Name:" and lines next to an email or URL are considered: a
    name-like line further down is more often a school or a heading.

    Args:
        lines: Contact-block lines in reading order.

    Returns:
        The name, or None.

    """
    position = 0
    for index, line in enumerate(lines):
        if _LABEL.match(line) or position < _FIRST_LINES or _by_contact(lines, index):
            name = clean_name(line)
            if name:
                return name
        position += _LABEL.sub("", line).strip().casefold() not in _TEMPLATE_TEXT
    return None


def _by_contact(lines: list[str], index: int) -> bool:
    """Return True when the line before or after holds an email or a URL."""
    near = lines[max(index - 1, 0) : index + 2]
    return any(EMAIL_RE.search(line) or URL_RE.search(line) for line in near)


def find_name_near_contacts(lines: list[str]) -> str | None:
    """Find a name printed right above a job title or a contact detail.

    Used when the contact block is not at the top (e.g. a two-column layout
    whose sidebar was read first), where a bare name-like line alone is too
    weak a cue.

    Args:
        lines: Candidate lines in reading order.

    Returns:
        The name, or None.

    """
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        near = title_score(following) or EMAIL_RE.search(following)
        name = clean_name(line) if near else None
        if name:
            return name
    return None


def top_summary(lines: list[str], name: str | None) -> str | None:
    """Return an untitled summary sentence from the contact block.

    Args:
        lines: Contact-block lines in reading order.
        name: The candidate's name, skipped when met.

    Returns:
        The first line of six or more words that holds no contact detail.

    """
    for line in lines:
        if name and clean_name(line) == name:
            continue
        if EMAIL_RE.search(line) or URL_RE.search(line):
            continue
        if (
            len(line.split()) >= _SUMMARY_MIN_WORDS
            and sum(c.isdigit() for c in line) < 5
        ):
            return line.strip()
    return None
