"""Pure text-cleaning steps applied to every extracted document."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from talentsync_app.core.extract.vocabulary import (
    HEADING_WORDS,
    HYPHEN_PREFIXES,
    HYPHEN_SUFFIXES,
    HYPHENATED_WORDS,
)

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# Compatibility decompositions that only change appearance, never meaning.
_SAFE_NFKC_TAGS = ("<compat>", "<noBreak>", "<wide>", "<narrow>", "<font>")
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e\ufffe\uffff"
_KEEP_CONTROLS = "\n\t"
# Symbol and Wingdings bullets exported from Word land in the Private Use Area.
_PUA_BULLET_RE = re.compile(
    "^([ \t]*)[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8]", re.MULTILINE
)

BULLET_CHARS = "•●▪■◦‣∙·○◆◇►▶➢➤✓✔❖⦿⁃□▫◾◽"
_DASH_BULLETS = "-–—*"
_BULLET_RE = re.compile(
    rf"^[ \t]*(?:[{re.escape(BULLET_CHARS)}]|[{re.escape(_DASH_BULLETS)}](?=[ \t]))"
    r"[ \t]*(?=\S)",
    re.MULTILINE,
)
_SPACE_RUN_RE = re.compile(r"[ \t]{2,}|\t")
_LINE_EDGE_SPACE_RE = re.compile(r" \n ?|\n ")
_BLANK_LINES_RE = re.compile(r"\n{3,}")

_PAGE_OF_RE = re.compile(
    r"^[ \t]*(?:[-–]?[ \t]*page[ \t]+\d{1,3}(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?[ \t]*[-–]?"
    r"|[-–]?[ \t]*\d{1,3}[ \t]*(?:of|/)[ \t]*\d{1,3}[ \t]*[-–]?"
    r"|[-–][ \t]*\d{1,3}[ \t]*[-–])[ \t]*(?:\n|\Z)",
    re.IGNORECASE | re.MULTILINE,
)
_GLUED_PAGE_NUMBER_RE = re.compile(
    rf"^\d{{1,3}}(?=[{re.escape(BULLET_CHARS)}])", re.MULTILINE
)
_BARE_NUMBER_RE = re.compile(r"^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$")

_LINE_END_HYPHEN_RE = re.compile(r"\b(\w+)-\n([^\S\n]*)(\S+)")

_HEADINGS_BY_LETTERS = {h.replace(" ", ""): h for h in HEADING_WORDS}
_SPACED_LETTERS_RE = re.compile(
    r"^[ \t]*((?:\w ){3,}\w(?:[ \t]{2,}(?:\w ){1,}\w)*)[ \t]*$", re.MULTILINE
)
_SPLIT_HEADING_RE = re.compile(
    "^[ \t]*("
    + "|".join(" ?".join(letters) for letters in _HEADINGS_BY_LETTERS)
    + ")[ \t]*(:?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

_ICON_SYMBOLS = "ðÐþÞ§¶©®"
# Leading symbols that belong to the text, so they are never taken for icons.
_NOT_ICONS = "&\"'“”‘’$€£₹%<>=(+[{"
_CONTACT_AHEAD = (
    r"(?=\S+@\S+|\+?\(?\d[\d ().-]{6,}|https?://|www\.|[\w.-]+\.[a-z]{2,}\b"
    r"|(?:linkedin|github|gitlab)\b|@?[\w.-]+[ \t]*$)"
)
_ICON_JUNK_RE = re.compile(
    rf"^(?:[^\w\s{re.escape(_NOT_ICONS + BULLET_CHARS + _DASH_BULLETS)}]"
    rf"|[{_ICON_SYMBOLS}])[ \t]+{_CONTACT_AHEAD}",
    re.IGNORECASE | re.MULTILINE,
)


def _is_private_use(char: str) -> bool:
    """Return True for Private Use Area code points (icon-font glyphs)."""
    return unicodedata.category(char) == "Co"


@lru_cache(maxsize=4096)
def _char_replacement(char: str) -> str:
    """Return what one character becomes after ligature and safe NFKC mapping."""
    if char in LIGATURES:
        return LIGATURES[char]
    if char in _INVISIBLE or _is_private_use(char):
        return ""
    if unicodedata.category(char) == "Cc" and char not in _KEEP_CONTROLS:
        return "\n" if char in "\r\x0b\x0c\x1c\x1d\x1e\x85" else ""
    if unicodedata.category(char) == "Zs":
        return " "
    if char in "\u2028\u2029":
        return "\n"
    decomposition = unicodedata.decomposition(char)
    if decomposition.startswith(_SAFE_NFKC_TAGS):
        return unicodedata.normalize("NFKC", char)
    return char


def normalize_characters(text: str) -> str:
    """Expand ligatures, drop invisible and icon code points, unify spaces.

    Applies NFKC only to characters whose compatibility mapping keeps the meaning
    (ligatures, full-width and styled letters, no-break spaces), then NFC.
    Word's Symbol/Wingdings bullets at a line start become "•".

    Args:
        text: Raw extracted text.

    Returns:
        The text with LF line ends and no invisible or Private Use characters.

    """
    text = text.replace("\r\n", "\n").replace("\u00ad\n", "")
    text = _PUA_BULLET_RE.sub(r"\1•", text)
    changes = {c: _char_replacement(c) for c in set(text)}
    changes = {c: new for c, new in changes.items() if new != c}
    if changes:
        pattern = re.compile("|".join(map(re.escape, changes)))
        text = pattern.sub(lambda match: changes[match.group(0)], text)
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def collapse_spaces(text: str) -> str:
    """Collapse space runs, strip line ends and keep at most one blank line in a row.

    Args:
        text: Text with LF line ends.

    Returns:
        The tidied text without leading or trailing blank lines.

    """
    text = _LINE_EDGE_SPACE_RE.sub("\n", _SPACE_RUN_RE.sub(" ", text))
    return _BLANK_LINES_RE.sub("\n\n", text.strip(" ")).strip("\n")


def remove_page_numbers(text: str) -> str:
    """Drop "Page 2 of 3"-style lines and page numbers glued to a bullet.

    Args:
        text: Text with LF line ends.

    Returns:
        The text without those page markers ("1• Excellent" becomes "• Excellent").

    """
    kept = _PAGE_OF_RE.sub("", text)
    if not text.endswith("\n"):  # a removed last line leaves its line break
        kept = kept.rstrip("\n")
    return _GLUED_PAGE_NUMBER_RE.sub("", kept)


def strip_edge_page_number(lines: list[str]) -> list[str]:
    """Remove a bare page number from the first and last non-empty line of a page.

    Args:
        lines: The lines of one page.

    Returns:
        The lines without a lone number at either edge.

    """
    kept = list(lines)
    for index in (_first_content_index(kept), _last_content_index(kept)):
        if index is not None and _BARE_NUMBER_RE.match(kept[index]):
            kept[index] = ""
    return kept


def _first_content_index(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if line.strip()), None)


def _last_content_index(lines: list[str]) -> int | None:
    index = _first_content_index(lines[::-1])
    return None if index is None else len(lines) - 1 - index


def normalize_bullets(text: str) -> str:
    """Turn any leading bullet glyph (or "- "/"* " marker) into "• ".

    Args:
        text: Text with LF line ends.

    Returns:
        The text with uniform bullets.

    """
    return _BULLET_RE.sub("• ", text)


def strip_icon_junk(text: str) -> str:
    """Remove a lone icon-font symbol printed before a contact value.

    "# jane@x.com" and "§ janedoe" lose the leading symbol; bullets stay.

    Args:
        text: Text with LF line ends.

    Returns:
        The text without icon junk at line starts.

    """
    return _ICON_JUNK_RE.sub("", text)


def _keeps_hyphen(head: str, tail: str) -> bool:
    """Decide whether "head-" at a line end followed by "tail" is a real hyphen."""
    tail_word = re.match(r"[\w-]*", tail).group(0)
    if not tail_word or not tail_word[0].islower():
        return True
    compound = f"{head}-{tail_word}".lower()
    if compound in HYPHENATED_WORDS or head.lower() in HYPHEN_PREFIXES:
        return True
    return tail_word.lower().split("-")[0] in HYPHEN_SUFFIXES


def join_hyphenated_lines(text: str) -> str:
    """Join words split across lines by a hyphen.

    "develop-" ending a line before "ment" becomes "development"; "full-" before
    "stack", "e-" before "mail" and "Client-" before "Server" keep their hyphen.
    The two lines become one.

    Args:
        text: Text with LF line ends.

    Returns:
        The text with line-end hyphenation resolved.

    """

    def _join(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(3)
        if tail[0] in BULLET_CHARS:
            return match.group(0)
        hyphen = "-" if _keeps_hyphen(head, tail) else ""
        return f"{head}{hyphen}{tail}"

    if "-\n" not in text:
        return text
    return _LINE_END_HYPHEN_RE.sub(_join, text)


def _restyle(heading: str, sample: str) -> str:
    """Give a canonical heading the letter case of the text it replaces."""
    letters = [c for c in sample if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return heading.upper()
    if letters and letters[0].isupper():
        return heading.title()
    return heading


def join_spaced_letters(text: str) -> str:
    """Rejoin letter-spaced headings.

    "E X P E R I E N C E" becomes "EXPERIENCE", "W O R K  E X P" keeps its word
    gap, and a known heading split by stray spaces ("Edu cation") is rejoined.

    Args:
        text: Text with LF line ends.

    Returns:
        The text with rejoined headings.

    """
    text = _SPACED_LETTERS_RE.sub(_join_letters, text)
    return _SPLIT_HEADING_RE.sub(_join_heading, text)


def _join_letters(match: re.Match[str]) -> str:
    words = re.split(r"[ \t]{2,}", match.group(1))
    return " ".join(word.replace(" ", "") for word in words)


def _join_heading(match: re.Match[str]) -> str:
    found = match.group(1)
    heading = _HEADINGS_BY_LETTERS[re.sub(r"\s", "", found).lower()]
    if found.lower() == heading:
        return match.group(0)
    return _restyle(heading, found) + match.group(2)


def clean_text(text: str) -> str:
    """Run every cleaning step in order.

    Args:
        text: Raw text from any extractor.

    Returns:
        Clean text: one logical line per line, at most one blank line in a row.

    """
    text = normalize_characters(text)
    text = join_spaced_letters(text)
    text = collapse_spaces(text)
    text = remove_page_numbers(text)
    text = normalize_bullets(text)
    text = strip_icon_junk(text)
    text = join_hyphenated_lines(text)
    return collapse_spaces(text)
