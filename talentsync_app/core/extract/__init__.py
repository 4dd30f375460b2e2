"""Turn an uploaded PDF, DOCX, text file or ZIP of them into clean text."""

from __future__ import annotations

import logging
import time

from talentsync_app.core.extract.archive import ArchiveContents, expand_archive
from talentsync_app.core.extract.archive import expand_upload as expand_upload
from talentsync_app.core.extract.detect import (
    MAX_UPLOAD_BYTES,
    SUPPORTED,
    check_size,
    sniff,
)
from talentsync_app.core.extract.limits import (
    MAX_TEXT_CHARS,
    TRUNCATED_WARNING,
    add_warning,
    cap_text,
)
from talentsync_app.core.extract.links import (
    find_urls,
    merge_links,
    safe_link_targets,
)
from talentsync_app.core.extract.names import display_filename
from talentsync_app.core.extract.pdf import extract_pdf
from talentsync_app.core.extract.plaintext import extract_plain_text
from talentsync_app.core.extract.word import extract_docx
from talentsync_app.core.types import ExtractedDocument, InputRejected

__all__ = [
    "MAX_TEXT_CHARS",
    "MAX_UPLOAD_BYTES",
    "ArchiveContents",
    "display_filename",
    "expand_archive",
    "expand_upload",
    "extract_document",
]

logger = logging.getLogger(__name__)


def extract_document(
    data: bytes, filename: str, *, max_bytes: int = MAX_UPLOAD_BYTES
) -> ExtractedDocument:
    """Extract clean text and links from one uploaded file.

    The type comes from the content (a PNG renamed to .pdf is refused as a PNG).

    Args:
        data: The uploaded bytes.
        filename: The name the user gave the file (shown in messages).
        max_bytes: Largest accepted size.

    Returns:
        The document's clean text in reading order (at most ``MAX_TEXT_CHARS``
        characters, with a warning when cut), links, pages and warnings.

    Raises:
        InputRejected: For any input that cannot be analysed; the message names
            the file and the reason in plain words.

    """
    started = time.perf_counter()
    try:
        document = _extract(data, filename, max_bytes)
    except InputRejected as rejection:
        logger.info("rejected %s: %s", filename, rejection.reason)
        raise
    except Exception as error:  # last line of defence: never let a library crash us
        logger.exception("unexpected extraction failure for %s", filename)
        raise InputRejected(
            filename, "the file could not be read (it may be damaged)"
        ) from error
    document.text, truncated = cap_text(document.text)
    if truncated:
        add_warning(document.warnings, TRUNCATED_WARNING)
    links = merge_links(document.links, find_urls(document.text))
    document.links = safe_link_targets(links)
    logger.info(
        "extracted %s: %s, %d pages, %d chars in %.1f ms",
        filename,
        document.kind,
        document.pages,
        len(document.text),
        (time.perf_counter() - started) * 1000,
    )
    return document


def _extract(data: bytes, filename: str, max_bytes: int) -> ExtractedDocument:
    """Check the size, detect the type and dispatch to the right extractor."""
    check_size(data, filename, max_bytes)
    sniffed = sniff(data)
    if sniffed.kind == "pdf":
        return extract_pdf(data, filename)
    if sniffed.kind == "docx":
        return extract_docx(data, filename)
    if sniffed.kind == "text":
        return extract_plain_text(data, filename)
    if sniffed.kind == "zip":
        raise InputRejected(
            filename,
            "the file is a ZIP archive; upload it through bulk upload, or upload "
            f"a single {SUPPORTED}",
        )
    raise InputRejected(
        filename, f"the file is {sniffed.description}, not a {SUPPORTED}"
    )
