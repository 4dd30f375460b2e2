"""Split resume lines into the top block and headed sections."""

from __future__ import annotations

from dataclasses import dataclass, field

from talentsync_app.core.parse.headings import CANONICAL, heading_key, inline_heading

# Sections whose body lines often look like "Label: value" without being headings.
_NO_INLINE_INSIDE = {
    "experience",
    "projects",
    "education",
    "summary",
    "positions",
    "skills",
}


@dataclass
class Section:
    """One headed section.

    Attributes:
        key: Internal key (a canonical name, or contact/references/interests).
        heading: The heading line as printed.
        lines: Body lines under the heading.
        inline: True for a "Skills: Python, SQL" heading sharing its line.

    """

    key: str
    heading: str
    lines: list[str] = field(default_factory=list)
    inline: bool = False

    @property
    def canonical(self) -> str:
        """Canonical section name stored in ParsedResume.sections."""
        return CANONICAL[self.key]


def split_sections(lines: list[str]) -> tuple[list[str], list[Section]]:
    """Split lines at recognised headings.

    Args:
        lines: Cleaned resume lines.

    Returns:
        The lines before the first heading and the sections in reading order.

    """
    top: list[str] = []
    sections: list[Section] = []
    for line in lines:
        current = sections[-1] if sections else None
        key = heading_key(line)
        if key is not None:
            sections.append(Section(key, line))
            continue
        inline = inline_heading(line)
        if inline and _inline_allowed(current):
            key, label, content = inline
            sections.append(Section(key, label, [content], inline=True))
            continue
        (current.lines if current else top).append(line)
    return top, sections


def _inline_allowed(current: Section | None) -> bool:
    """Allow "Label: value" headings outside entry and list sections.

    Inside a skills section "Languages: Go, Rust" is a skill group, unless the
    section itself came from a "Label: value" line (a block of such lines).
    """
    return current is None or current.inline or current.key not in _NO_INLINE_INSIDE


def section_texts(sections: list[Section]) -> dict[str, str]:
    """Join the raw text of sections per canonical name, in reading order."""
    texts: dict[str, list[str]] = {}
    for section in sections:
        if section.lines:
            texts.setdefault(section.canonical, []).extend(section.lines)
    return {name: "\n".join(lines) for name, lines in texts.items()}


def lines_of(sections: list[Section], *keys: str) -> list[str]:
    """Return the body lines of every section with one of ``keys``."""
    return [line for s in sections if s.key in keys for line in s.lines]
