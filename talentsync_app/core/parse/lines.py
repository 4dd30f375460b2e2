"""Line-level helpers: bullets, wrapped lines, split date ranges and field parts."""

from __future__ import annotations

import re
import unicodedata

from talentsync_app.core.parse.dates import find_dates

# Bullet glyphs, including private-use icon-font code points some templates use.
_BULLET = re.compile(r"^\s*(?:[•·▪■□◆◇►▶➢➤✓✔○◦●\u2023\u2043\u25aa*]|[-–—](?=\s))\s*")
_ICON = re.compile(r"^[\ue000-\uf8ff]\s*")
_OPEN_RANGE = re.compile(r"[-–—~]\s*$|\b(?:to|until|bis|hasta|по)\s*$", re.IGNORECASE)
_PRESENT_START = re.compile(
    r"^(?:present|current|now|today|heute|actualidad|presente|настоящее время|至今)\b",
    re.IGNORECASE,
)
_SPLIT_PARTS = re.compile(r"\s+[|•·–—-]\s+|\s*[|•·]\s*|\s*,\s*|\t|\s{3,}")
_JOIN_AFTER = re.compile(r"(?:[,&/+(-]|\b(?:and|or|of|the|to|in|for|with|a|an))$")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_INVISIBLE = str.maketrans("", "", "\u00ad\ufffe\u200b\ufeff")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,2}(?:\s*(?:/|of)\s*\d{1,2})?$", re.I)
SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)%][.!?])\s+(?=[A-Z])")
_ABBREVIATION = re.compile(r"^(?:[^\W\d_]{1,2}\.){2,}$|^(?:jr|sr|dr|st|co)\.$", re.I)
_SENTENCE_END = re.compile(r"[.!?;:。]$")
COMPANY_SUFFIX = re.compile(
    r"^(?:inc|llc|ltd|llp|plc|corp|co|gmbh|ag|sa|s\.a|srl|bv|pvt|limited|lp)\.?$",
    re.IGNORECASE,
)


def clean_lines(text: str) -> list[str]:
    """Split text into stripped, non-empty lines in compatibility form.

    Args:
        text: Resume text, one logical line per line.

    Returns:
        The lines after NFKC normalisation (ligatures, full-width punctuation),
        without soft hyphens and without lines that are only page numbers.

    """
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return [line for line in lines if line and not _PAGE_NUMBER.match(line)]


def is_bullet(line: str) -> bool:
    """Return True when the line starts with a bullet glyph."""
    return bool(_BULLET.match(line))


def strip_bullet(line: str) -> str:
    """Return the line without its leading bullet or icon glyph."""
    return _ICON.sub("", _BULLET.sub("", line, count=1)).strip()


def join_date_breaks(lines: list[str]) -> list[str]:
    """Join "2017 –" and "Present" when a date range was broken over two lines.

    Args:
        lines: Lines of one section.

    Returns:
        The lines with broken date ranges rejoined.

    """
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if (
            _OPEN_RANGE.search(previous)
            and find_dates(previous)
            and (_PRESENT_START.match(line) or _starts_with_date(line))
        ):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return out


def _starts_with_date(line: str) -> bool:
    """Return True when a date begins the line."""
    span = find_dates(line)
    return span is not None and span.begin == 0


def is_continuation(previous: str, line: str, following: str | None) -> bool:
    """Decide whether ``line`` continues the wrapped body line ``previous``.

    Args:
        previous: The body line before (bullet or paragraph).
        line: The candidate line (never a bullet).
        following: The line after, or None at the end of the section.

    Returns:
        True when the line should be joined to ``previous``.

    """
    if not previous or _SENTENCE_END.search(previous):
        return False
    first = line[0]
    if first.islower() or first in "([{&%+" or _JOIN_AFTER.search(previous):
        return True
    # A short tail followed by another bullet (or nothing) is the end of a
    # wrapped bullet; a line followed by a dated header line is a new header.
    ends_block = following is None or is_bullet(following)
    return ends_block and len(line.split()) <= 4 and find_dates(line) is None


def ends_sentence(line: str) -> bool:
    """Return True when a line ends with a full stop that is not an abbreviation.

    "Banco Ejemplo S.A." and "Acme Inc." end with an abbreviation, not a sentence.
    """
    if not line.endswith("."):
        return False
    last = line.rsplit(maxsplit=1)[-1]
    return not (_ABBREVIATION.match(last) or COMPANY_SUFFIX.match(last))


def split_parts(text: str) -> list[str]:
    """Split a header line into fields on pipes, dashes, commas and wide gaps.

    Company suffixes such as "Inc." stay attached to the company name.

    Args:
        text: A header line with its dates already removed.

    Returns:
        The non-empty fields, in order.

    """
    parts: list[str] = []
    for raw in _SPLIT_PARTS.split(text):
        part = _balance_brackets(raw.strip(" -–—|,;:"))
        if not part:
            continue
        if parts and COMPANY_SUFFIX.match(part):
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    return parts


def remove_span(line: str, begin: int, stop: int) -> str:
    """Return the line without ``line[begin:stop]`` and loose separators."""
    text = f"{line[:begin]} {line[stop:]}"
    text = _EMPTY_PARENS.sub(" ", text)
    return " ".join(text.split()).strip(" ,|-–—:;")


def _balance_brackets(text: str) -> str:
    """Drop a stray opening or closing bracket left at either end of a field."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    if text.count("(") < text.count(")") and text.endswith(")"):
        text = text[:-1]
    if text.count("(") > text.count(")") and text.startswith("("):
        text = text[1:]
    return text.strip()
