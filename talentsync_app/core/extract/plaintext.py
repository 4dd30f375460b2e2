"""Plain text and Markdown uploads in any common encoding."""

from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

from talentsync_app.core.extract.clean import clean_text
from talentsync_app.core.extract.limits import (
    MAX_TEXT_BYTES,
    TRUNCATED_WARNING,
    cap_text,
    head_bytes,
)
from talentsync_app.core.types import ExtractedDocument, InputRejected

logger = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+", re.MULTILINE)
# Bounded, bracket-free runs keep these linear on hostile input such as
# "[[[[..." or "![a](![a](..." (unbounded versions take minutes on 150 KB).
_MD_LINK_RE = re.compile(r"!?\[([^\[\]\n]{0,300})\]\(([^\s()]{1,2000})\)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_MD_RULE_RE = re.compile(r"^\s*(?:[-*_]\s*){3,}$", re.MULTILINE)
_WESTERN_EXTRAS = frozenset("€‘’‚“”„–—•…™°±²³´·×÷«»¡¿£¥§©®¢ŒœŠšŸŽž\u00a0")
MARKDOWN_SUFFIXES = (".md", ".markdown")


def extract_plain_text(data: bytes, filename: str) -> ExtractedDocument:
    """Decode a text or Markdown upload and clean it.

    Args:
        data: The text bytes.
        filename: Name shown in messages; a .md/.markdown name strips Markdown.

    Returns:
        The extracted document (kind "text"); only the first
        ``MAX_TEXT_CHARS`` characters of a longer text are kept, with a warning.

    Raises:
        InputRejected: When the text cannot be decoded or has no letters.

    """
    text, truncated = cap_text(decode_text(head_bytes(data), filename))
    if filename.lower().endswith(MARKDOWN_SUFFIXES):
        text = strip_markdown(text)
    text = clean_text(text)
    if not any(char.isalpha() for char in text):
        raise InputRejected(filename, "the text file contains no letters")
    warnings = [TRUNCATED_WARNING] if truncated or len(data) > MAX_TEXT_BYTES else []
    return ExtractedDocument(
        filename=filename, kind="text", text=text, warnings=warnings
    )


def decode_text(data: bytes, filename: str) -> str:
    """Decode text bytes whatever their encoding.

    Tries a byte-order mark, then strict UTF-8, then BOM-less UTF-16, then lets
    charset-normalizer pick among legacy encodings (cp1252, latin-1, ...).

    Args:
        data: Raw bytes.
        filename: Name shown in a rejection.

    Returns:
        The decoded text.

    Raises:
        InputRejected: When no encoding fits.

    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        return _decode_utf16_without_bom(data)
    western = _decode_western(data)
    if western is not None:
        return western
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputRejected(filename, "the text is in an encoding we cannot read")
    logger.debug("%s decoded as %s", filename, best.encoding)
    return str(best)


def _decode_western(data: bytes) -> str | None:
    """Decode as cp1252 when the result reads like Western European text.

    Short texts are ambiguous between single-byte code pages; cp1252 (a superset
    of latin-1's printable range) wins when every non-ASCII character it yields
    is a Latin letter or common typographic sign and such letters stay rare, as
    in English, French, German or Spanish (not in Cyrillic read as cp1252).
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [char for char in text if ord(char) > 127]
    if not all(
        char in _WESTERN_EXTRAS or _is_latin1_letter(char) for char in non_ascii
    ):
        return None
    letters = sum(char.isalpha() for char in text)
    return text if len(non_ascii) <= 0.3 * max(letters, 1) else None


def _is_latin1_letter(char: str) -> bool:
    return "\u00c0" <= char <= "\u00ff" and char.isalpha()


def _decode_utf16_without_bom(data: bytes) -> str:
    """Decode BOM-less UTF-16, picking the byte order from where the NULs are."""
    even_nuls = data[0:4096:2].count(0)
    odd_nuls = data[1:4096:2].count(0)
    encoding = "utf-16-be" if even_nuls > odd_nuls else "utf-16-le"
    return data.decode(encoding, errors="replace")


def strip_markdown(text: str) -> str:
    """Reduce Markdown syntax to plain text, keeping link targets visible.

    Args:
        text: Markdown source.

    Returns:
        Text without heading marks, emphasis marks and rules; "[a](u)" becomes
        "a (u)".

    """
    text = _MD_RULE_RE.sub("", text)
    text = _MD_HEADING_RE.sub("", text)
    text = _MD_LINK_RE.sub(_link_as_text, text)
    return _MD_EMPHASIS_RE.sub(r"\2", text)


def _link_as_text(match: re.Match[str]) -> str:
    label, target = match.group(1).strip(), match.group(2)
    if not label or label == target:
        return target
    return f"{label} ({target})"
