"""Project names from the projects section."""

from __future__ import annotations

import re

from talentsync_app.core.parse.entries import clean_header_text, group_entries
from talentsync_app.core.parse.lines import remove_span

_LABEL = re.compile(
    r"^(?:(?:personal|academic|side|course|university|key)\s+)?project\s*[:：-]\s*",
    re.IGNORECASE,
)
_FIELD_BREAK = re.compile(r"\s+[|–—]\s+|\s*\|\s*")


def project_names(lines: list[str]) -> list[str]:
    """Return one name per project: its title line, else its first bullet.

    The title is the first header line without dates, cut before the first
    "|" or dash-separated field (often the tech stack), without a
    "Personal Project:" style label.

    Args:
        lines: Body lines of the projects section(s).

    Returns:
        Project names in reading order.

    """
    names = []
    for block in group_entries(lines, fold=False):
        header = list(block.header)
        found = block.dates()
        if found:
            span, index = found
            header[index] = remove_span(header[index], span.begin, span.stop)
        titles = [clean_header_text(line) for line in header]
        title = next((t for t in titles if t), "")
        name = _LABEL.sub("", _FIELD_BREAK.split(title)[0]).strip()
        name = name or (block.body[0] if block.body else "")
        if name:
            names.append(name)
    return names
