"""Experience entries: title, company, dates, location and bullets per job."""

from __future__ import annotations

import re

from talentsync_app.core.parse.dates import find_dates
from talentsync_app.core.parse.entries import Block, clean_header_text, group_entries
from talentsync_app.core.parse.lines import remove_span, split_parts
from talentsync_app.core.parse.places import city_region, region_of
from talentsync_app.core.parse.roles import org_score, title_score
from talentsync_app.core.types import ExperienceEntry

_AT = re.compile(r"^(?P<title>.+?)\s+(?:at|@|bei|en|chez|в)\s+(?P<org>.+)$")
_REMOTE = re.compile(
    r"^(?:remote|hybrid|on-?site|remoto|homeoffice|удал[её]нно)$", re.I
)
_DURATION = re.compile(
    r"^\d+\+?\s*(?:years?|yrs?|months?|mos?)\b(?:\s*\d+\s*(?:months?|mos?))?$", re.I
)
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_MAX_CITY_WORDS = 3


def parse_experience(lines: list[str]) -> list[ExperienceEntry]:
    """Read job entries from the lines of experience sections.

    Args:
        lines: Body lines of the experience section(s).

    Returns:
        One entry per job, in reading order.

    """
    entries: list[ExperienceEntry] = []
    employer: str | None = None
    for block in group_entries(lines):
        if not block.header:
            continue
        entry = _entry(block)
        if entry.company is None and entry.title and title_score(entry.title):
            # Another role under the same employer heading (e.g. a promotion).
            entry.company = employer
        elif entry.company:
            employer = entry.company if _opens_with_employer(block) else None
        entries.append(entry)
    return entries


def _opens_with_employer(block: Block) -> bool:
    """Return True when a block starts with an undated employer-only line."""
    first = block.header[0]
    return len(block.header) > 1 and not find_dates(first) and _margin(first) <= 0


def _entry(block: Block) -> ExperienceEntry:
    """Turn one block into an experience entry."""
    entry = ExperienceEntry(bullets=list(block.body))
    texts = list(block.header)
    found = block.dates()
    if found:
        span, index = found
        entry.start, entry.end = span.start, span.end
        texts[index] = remove_span(texts[index], span.begin, span.stop)
    parts = [p for text in texts for p in header_parts(clean_header_text(text))]
    parts = [p for p in parts if not _DURATION.match(p)]
    parts, entry.location = take_location(parts)
    entry.title, entry.company = assign_title_company(parts)
    return entry


def header_parts(text: str) -> list[str]:
    """Split header text into fields; "Title at Company" gives two fields."""
    if not text:
        return []
    match = _AT.match(text)
    if match and title_score(match.group("title")):
        return [match.group("title").strip(), *split_parts(match.group("org"))]
    return split_parts(text)


def take_location(parts: list[str]) -> tuple[list[str], str | None]:
    """Remove a "City, Region[, Country]" or "Remote" run from header fields.

    The field before the first region name is taken as the city only when two
    other fields (title and organisation) remain without it.

    Args:
        parts: Header fields in order.

    Returns:
        The remaining fields and the location (None when absent).

    """
    for index, part in enumerate(parts):
        if _REMOTE.match(part):
            return parts[:index] + parts[index + 1 :], part
        if not (region_of(part) or city_region(part) and index > 0):
            continue
        stop = index + 1
        while stop < len(parts) and region_of(parts[stop]):
            stop += 1
        start = index
        others = len(parts) - (stop - index)
        before = parts[index - 1] if index else ""
        if before and _is_city(before) and others - 1 >= 2:
            start = index - 1
        return parts[:start] + parts[stop:], ", ".join(parts[start:stop])
    return parts, None


def _is_city(text: str) -> bool:
    """Return True for a short capitalised place name that is not a job title."""
    words = text.split()
    if not words or len(words) > _MAX_CITY_WORDS or title_score(text):
        return False
    return not org_score(text) and all(not w[0].islower() for w in words)


def _margin(part: str) -> int:
    """Score a field as a title (positive) or an organisation (negative).

    The last word outside brackets, the head of the phrase, weighs three
    times: "Software Engineer" is a title, "Acme Software" an organisation.
    """
    words = _BRACKETED.sub(" ", part).split()
    last = words[-1] if words else ""
    return (
        2 * title_score(last)
        - 2 * org_score(last)
        + title_score(part)
        - org_score(part)
    )


def assign_title_company(parts: list[str]) -> tuple[str | None, str | None]:
    """Decide which header field is the job title and which the organisation.

    Job-title words (Engineer, Intern...) and organisation words (Inc,
    University...) decide; without cues the first field is the title.

    Args:
        parts: Header fields without dates and location.

    Returns:
        (title, company), either None when missing.

    """
    if not parts:
        return None, None
    margins = [_margin(p) for p in parts]
    order = range(len(parts))
    title_at = max(order, key=lambda i: margins[i])
    title_at = title_at if margins[title_at] > 0 else None
    others = [i for i in order if i != title_at]
    company_at = min(others, key=lambda i: margins[i]) if others else None
    if company_at is not None and margins[company_at] >= 0:
        company_at = None
    if title_at is None and company_at is None:
        title_at, company_at = 0, (1 if len(parts) > 1 else None)
    elif title_at is None:
        title_at = next((i for i in order if i != company_at), None)
    elif company_at is None:
        company_at = next((i for i in order if i != title_at), None)
    title = parts[title_at] if title_at is not None else None
    company = parts[company_at] if company_at is not None else None
    return title, company
