"""Assemble a ParsedResume from resume text: contacts, sections and entries."""

from __future__ import annotations

import logging
import time

from talentsync_app.core.parse.contact import (
    find_email,
    find_location,
    find_phone,
    phone_region,
)
from talentsync_app.core.parse.dates import total_years
from talentsync_app.core.parse.education import parse_education
from talentsync_app.core.parse.experience import parse_experience
from talentsync_app.core.parse.language import detect_language
from talentsync_app.core.parse.lines import clean_lines
from talentsync_app.core.parse.links import find_links
from talentsync_app.core.parse.lists import line_items, split_list
from talentsync_app.core.parse.names import (
    MAX_NAME_LINES,
    clean_name,
    find_name,
    find_name_near_contacts,
    top_summary,
)
from talentsync_app.core.parse.projects import project_names
from talentsync_app.core.parse.roles import title_score
from talentsync_app.core.parse.sections import (
    Section,
    lines_of,
    section_texts,
    split_sections,
)
from talentsync_app.core.types import ParsedResume

logger = logging.getLogger(__name__)

# Sections whose numbers and places belong to employers or schools, not to the
# candidate; contact fall-back searches skip them (and always skip references).
_NOT_CONTACT = {"references", "experience", "education", "projects", "positions"}
# Sections not scanned for body links: references (not the candidate's), skills
# ("socket.io" is a library) and contact (already read as the contact block).
_NO_LINKS = {"references", "skills", "contact"}


def parse_resume(text: str, links: list[str] | None = None) -> ParsedResume:
    """Parse cleaned resume text into structured fields.

    Args:
        text: Text in reading order, one logical line per line.
        links: Link targets from the document (PDF annotations, DOCX links).

    Returns:
        The parsed resume; fields that are not found stay empty.

    """
    started = time.perf_counter()
    top, sections = split_sections(clean_lines(text))
    parsed = ParsedResume(language=detect_language(text))
    _fill_contacts(parsed, top, sections, links or [])
    _fill_sections(parsed, top, sections)
    logger.debug(
        "parsed resume: %d sections, %d jobs, %d degrees, %d skills in %.1f ms",
        len(sections),
        len(parsed.experience),
        len(parsed.education),
        len(parsed.skills_listed),
        (time.perf_counter() - started) * 1000,
    )
    return parsed


def _fill_contacts(
    parsed: ParsedResume, top: list[str], sections: list[Section], links: list[str]
) -> None:
    """Fill name, email, phone, location and links from the candidate's block."""
    contact = top + lines_of(sections, "contact")
    own = [ln for s in sections if s.key != "references" for ln in s.lines]
    loose = top + [ln for s in sections if s.key not in _NOT_CONTACT for ln in s.lines]
    parsed.name = find_name(top[:MAX_NAME_LINES] + lines_of(sections, "contact"))
    if parsed.name is None:
        parsed.name = find_name_near_contacts(loose)
        _drop_headline(sections, parsed.name)
    mailto, tel = _targets(links, "mailto:"), _targets(links, "tel:")
    parsed.email = find_email(contact) or find_email(own) or find_email(mailto)
    parsed.location = find_location(contact) or find_location(loose)
    region = phone_region(parsed.location, parsed.language)
    parsed.phone = (
        find_phone(contact, region)
        or find_phone(loose, region)
        or find_phone(tel, region)
    )
    body = [ln for s in sections if s.key not in _NO_LINKS for ln in s.lines]
    parsed.links = find_links(contact, body, links)


def _targets(links: list[str], scheme: str) -> list[str]:
    """Return link targets of one scheme without it (the last-resort contacts)."""
    size = len(scheme)
    return [t[size:] for t in links if t[:size].casefold() == scheme]


def _drop_headline(sections: list[Section], name: str | None) -> None:
    """Remove a name found inside a section, and the job title printed under it.

    In two-column layouts read sidebar-first the name can land inside a
    section such as skills, where it would otherwise be read as an item.
    """
    if not name:
        return
    for section in sections:
        for index, line in enumerate(section.lines):
            if clean_name(line) == name:
                following = section.lines[index + 1 : index + 2]
                cut = 2 if following and title_score(following[0]) else 1
                del section.lines[index : index + cut]
                return


def _fill_sections(
    parsed: ParsedResume, top: list[str], sections: list[Section]
) -> None:
    """Fill section texts, entries and lists."""
    parsed.sections = section_texts(sections)
    parsed.headings = [section.heading for section in sections]
    summary = lines_of(sections, "summary")
    parsed.summary = " ".join(summary) if summary else top_summary(top, parsed.name)
    for section in sections:
        if section.key == "experience":
            parsed.experience += parse_experience(section.lines)
        elif section.key == "education":
            parsed.education += parse_education(section.lines)
    parsed.total_experience_years = total_years(
        [(job.start, job.end) for job in parsed.experience]
    )
    parsed.skills_listed = split_list(lines_of(sections, "skills"))
    parsed.languages = split_list(lines_of(sections, "languages"))
    parsed.projects = project_names(lines_of(sections, "projects"))
    parsed.certifications = line_items(lines_of(sections, "certifications"))
    parsed.publications = line_items(lines_of(sections, "publications"))
    parsed.achievements = line_items(lines_of(sections, "achievements"))
    parsed.positions = line_items(lines_of(sections, "positions"))
