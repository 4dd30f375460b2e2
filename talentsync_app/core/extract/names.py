"""File names made safe to show: no control or direction characters, bounded."""

from __future__ import annotations

import posixpath
import unicodedata

MAX_NAME_CHARS = 120
_ELLIPSIS = "…"
# Control (Cc) and format (Cf) characters: NUL, newlines, and the bidi
# overrides that make "cv\u202efdp.exe" look like "cvexe.pdf".
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf"})


def display_filename(name: str, *, fallback: str = "upload") -> str:
    """Return a file name fit for messages, pages and the database.

    Control and format characters (including right-to-left overrides) are
    removed, runs of whitespace collapse to one space, and names longer than
    ``MAX_NAME_CHARS`` keep their start and extension around an ellipsis.

    Args:
        name: The name as uploaded or as stored in an archive.
        fallback: Name used when nothing printable is left.

    Returns:
        The cleaned name.

    """
    kept = "".join(
        char
        for char in name
        if unicodedata.category(char) not in _HIDDEN_CATEGORIES or char.isspace()
    )
    cleaned = " ".join(kept.split())
    if not cleaned:
        return fallback
    if len(cleaned) <= MAX_NAME_CHARS:
        return cleaned
    stem, suffix = posixpath.splitext(cleaned)
    if len(suffix) > 10:  # not a real extension: cut the name as a whole
        stem, suffix = cleaned, ""
    return stem[: MAX_NAME_CHARS - len(suffix) - 1] + _ELLIPSIS + suffix
