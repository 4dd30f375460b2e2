"""List-like sections: skills, languages and one-item-per-line sections."""

from __future__ import annotations

import re

from talentsync_app.core.parse.lines import is_bullet, is_continuation, strip_bullet

_LABEL_PREFIX = re.compile(r"^[^\W\d][\w +/&().-]{0,40}?\s*[:：]\s+")
_LIST_SPLIT = re.compile(r"(\s*[,;|•·，、；]\s*)")
_LEADING_AND = re.compile(r"^(?:and|&|und|y|et|и)\s+", re.IGNORECASE)
_MAX_ITEM_CHARS = 80


def _joined_list_lines(lines: list[str]) -> list[str]:
    """Rejoin comma lists that wrapped onto the next line mid-item."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        wrapped = (
            previous
            and "," in previous
            and not is_bullet(line)
            and not _LABEL_PREFIX.match(line)
        )
        if wrapped:
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return out


def _split_outside_parens(text: str) -> list[str]:
    """Split a list line on separators that are not inside parentheses."""
    pieces = _LIST_SPLIT.split(text)
    items: list[str] = []
    buffer = ""
    # Split results alternate: item, separator, item, separator, ...
    for index in range(0, len(pieces), 2):
        separator = pieces[index - 1] if buffer else ""
        buffer = f"{buffer}{separator}{pieces[index]}"
        if buffer.count("(") <= buffer.count(")"):
            items.append(buffer)
            buffer = ""
    if buffer:
        items.append(buffer)
    return items


def split_list(lines: list[str]) -> list[str]:
    """Split list-section lines into items.

    "Tech:"-style prefixes are removed, separators are commas, semicolons,
    pipes and bullets (not inside parentheses), and a leading "and" is dropped.

    Args:
        lines: Body lines of a skills or languages section.

    Returns:
        Unique items in order of appearance.

    """
    items: dict[str, str] = {}
    for line in _joined_list_lines(lines):
        text = _LABEL_PREFIX.sub("", strip_bullet(line))
        for raw in _split_outside_parens(text):
            item = _LEADING_AND.sub("", raw.strip(" .:-–")).strip()
            if item and len(item) <= _MAX_ITEM_CHARS:
                items.setdefault(item.casefold(), item)
    return list(items.values())


def line_items(lines: list[str]) -> list[str]:
    """Return one item per bullet or line, with wrapped lines rejoined.

    Args:
        lines: Body lines of a section such as certifications or achievements.

    Returns:
        The items without bullet glyphs.

    """
    items: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            items
            and not is_bullet(line)
            and is_continuation(items[-1], line, following)
        ):
            items[-1] = f"{items[-1]} {line.strip()}"
        else:
            items.append(strip_bullet(line))
    return [item for item in items if item]
