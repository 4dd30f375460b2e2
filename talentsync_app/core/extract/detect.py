"""Content-based file type detection and the upload size limit."""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass

import puremagic

from talentsync_app.core.types import InputRejected

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
SUPPORTED = "PDF/DOCX/text resume"
DAMAGED_ZIP = "a damaged or incomplete ZIP/DOCX file"
# Reading a ZIP's directory costs about 20 us an entry; DOCX files have a few
# dozen and bulk uploads at most a thousand resumes.
MAX_ZIP_ENTRIES = 10_000
CROWDED_ZIP = f"a ZIP archive with more than {MAX_ZIP_ENTRIES:,} entries"
_CENTRAL_ENTRY = b"PK\x01\x02"

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Members that identify the Office/OpenDocument format inside a ZIP container.
_ZIP_FORMATS = (
    ("word/document.xml", "docx", ""),
    ("xl/workbook.xml", "rejected", "an Excel spreadsheet (.xlsx)"),
    ("ppt/presentation.xml", "rejected", "a PowerPoint presentation (.pptx)"),
)
# Checked before puremagic, whose longest match can name a rare format instead.
_COMMON_BINARIES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"MZ", "a Windows program (.exe/.dll)"),
    (b"\x7fELF", "a Linux program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"%!PS", "a PostScript file"),
)
_ODF_TYPES = {
    b"application/vnd.oasis.opendocument.text": "an OpenDocument text file (.odt)",
    b"application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet",
    b"application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation",
}


@dataclass(frozen=True)
class Sniffed:
    """What the bytes of an upload are.

    Attributes:
        kind: "pdf", "docx", "zip", "text" or "rejected".
        description: For "rejected", what the file really is ("a PNG image").

    """

    kind: str
    description: str = ""


def format_size(size: int) -> str:
    """Return a byte count for messages: "12.4 MB", or "850.0 KB" under 1 MB.

    Args:
        size: Number of bytes.

    Returns:
        The size with one decimal (none from 100 MB up).

    """
    megabytes = size / (1024 * 1024)
    if megabytes < 1:
        return f"{size / 1024:.1f} KB"
    return f"{megabytes:.1f} MB" if megabytes < 100 else f"{megabytes:.0f} MB"


def check_size(data: bytes, filename: str, max_bytes: int) -> None:
    """Reject empty uploads and uploads over the size limit.

    Args:
        data: The uploaded bytes.
        filename: Name shown in the message.
        max_bytes: Largest accepted size.

    Raises:
        InputRejected: When the file is empty or too large.

    """
    if not data:
        raise InputRejected(filename, "the file is empty (0 bytes)")
    if len(data) > max_bytes:
        raise InputRejected(
            filename,
            f"the file is {format_size(len(data))}, over the "
            f"{format_size(max_bytes)} limit",
        )


def sniff(data: bytes) -> Sniffed:
    """Detect the type of an upload from its content alone.

    Args:
        data: The uploaded bytes (not empty).

    Returns:
        The detected kind, with a description of the real type when unsupported.

    """
    if data.startswith(_ZIP_MAGICS):  # a stored ZIP may hold a "%PDF-" early on
        return _sniff_zip(data)
    if data.startswith(_OLE_MAGIC):
        return Sniffed(
            "rejected", "an old Microsoft Office 97-2003 file (.doc/.xls/.ppt)"
        )
    common = _common_binary(data)
    # PDF readers accept up to 1 KB of junk before the header; other formats don't.
    if common is None and _PDF_MAGIC in data[:1024]:
        return Sniffed("pdf")
    if data.startswith(_TEXT_BOMS) or looks_like_text(data):
        return _sniff_text(data)
    return Sniffed("rejected", common or describe_binary(data))


def _sniff_zip(data: bytes) -> Sniffed:
    """Tell a DOCX from other ZIP-based formats and from plain archives."""
    if data.count(_CENTRAL_ENTRY) > MAX_ZIP_ENTRIES:  # before parsing them all
        return Sniffed("rejected", CROWDED_ZIP)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except Exception as error:  # zipfile raises many types on damaged input
        logger.info("ZIP container could not be opened: %r", error)
        return Sniffed("rejected", DAMAGED_ZIP)
    for member, kind, description in _ZIP_FORMATS:
        if member in names:
            return Sniffed(kind, description)
    if mimetype.strip() in _ODF_TYPES:
        return Sniffed("rejected", _ODF_TYPES[mimetype.strip()])
    return Sniffed("zip", "a ZIP archive")


def _sniff_text(data: bytes) -> Sniffed:
    """Refuse text formats that are markup rather than a readable resume."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{\\rtf"):
        return Sniffed("rejected", "an RTF document")
    if head.startswith((b"<!doctype html", b"<html")):
        return Sniffed("rejected", "a web page (HTML)")
    return Sniffed("text")


def looks_like_text(data: bytes) -> bool:
    """Guess whether bytes without a BOM are text in some common encoding.

    Args:
        data: Raw bytes.

    Returns:
        True when the sample has no NUL bytes (or the NUL pattern of UTF-16) and
        almost no other control bytes.

    """
    sample = data[:8192]
    if b"\x00" in sample:
        return _looks_like_utf16(sample)
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f")
    return controls <= len(sample) // 200


def _looks_like_utf16(sample: bytes) -> bool:
    """Detect BOM-less UTF-16: NULs at nearly every even or every odd offset."""
    pairs = len(sample) // 2
    if pairs < 2:
        return False
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    return max(even, odd) >= 0.6 * pairs and min(even, odd) <= 0.05 * pairs


def describe_binary(data: bytes) -> str:
    """Name the real type of an unsupported binary upload ("a PNG image").

    Args:
        data: Raw bytes.

    Returns:
        A short description for the rejection message.

    """
    common = _common_binary(data)
    if common is not None:
        return common
    try:
        matches = puremagic.magic_string(data[:65536])
    except Exception:  # an unknown type is an answer, never a crash
        matches = []
    if not matches:
        return "a binary file of unknown type"
    best = max(matches, key=lambda match: match.confidence)
    extension = best.extension.lstrip(".").upper()
    if best.mime_type.startswith("image/") and extension:
        extension = "JPEG" if extension in {"JPG", "JPE", "JFIF"} else extension
        return f"a {extension} image"
    described = _with_article(best.name)
    return f"{described} (.{extension.lower()})" if extension else described


def _common_binary(data: bytes) -> str | None:
    """Name a frequent binary format from its signature, or None."""
    for magic, description in _COMMON_BINARIES:
        if data.startswith(magic):
            return description
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WEBP image"
    return None


def _with_article(noun: str) -> str:
    """Prefix "a" or "an" to a noun phrase."""
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"
