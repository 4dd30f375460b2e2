"""PDF text and link extraction through pdfium."""

from __future__ import annotations

import ctypes
import logging
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from talentsync_app.core.extract.clean import clean_text, strip_edge_page_number
from talentsync_app.core.extract.limits import MAX_TEXT_CHARS
from talentsync_app.core.extract.pdf_guard import check_stream_sizes
from talentsync_app.core.extract.pdf_layout import read_page_text
from talentsync_app.core.types import ExtractedDocument, InputRejected

logger = logging.getLogger(__name__)

MAX_PAGES = 30
MIN_LETTERS_PER_PAGE = 40
SCANNED_REASON = (
    "the PDF has no text layer; it looks scanned -- export it from the original "
    "document or run OCR first"
)
UNREADABLE_REASON = (
    "the PDF's text layer has almost no letters (its fonts may lack a character "
    "map) -- export it again from the original document or run OCR first"
)
# pdfium is not thread-safe: every call into it goes through this lock.
PDFIUM_LOCK = threading.Lock()
_LOAD_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: (
        "the PDF is password-protected; remove the password (save or print it "
        "to a new PDF) and upload it again"
    ),
    pdfium_c.FPDF_ERR_SECURITY: (
        "the PDF uses an unsupported encryption; save it as a new PDF without "
        "protection and upload it again"
    ),
}
DAMAGED_REASON = "the PDF is damaged or incomplete and cannot be read"


def extract_pdf(data: bytes, filename: str) -> ExtractedDocument:
    """Extract clean text, link targets and page count from a PDF.

    Args:
        data: The PDF bytes.
        filename: Name shown in messages.

    Returns:
        The extracted document.

    Raises:
        InputRejected: When the PDF is encrypted, damaged, empty, image-only or
            unpacks to an unsafe size.

    """
    check_stream_sizes(data, filename)
    with PDFIUM_LOCK:
        document = _open(data, filename)
        try:
            total_pages = len(document)
            page_texts, links = _read_pages(document, min(total_pages, MAX_PAGES))
        except pdfium.PdfiumError as error:
            logger.warning("pdfium failed on %s: %s", filename, error)
            raise InputRejected(filename, DAMAGED_REASON) from error
        finally:
            document.close()
    if total_pages == 0:
        raise InputRejected(filename, "the PDF has no pages")
    extracted = _build_document(filename, page_texts, links, total_pages)
    if b"%%EOF" not in data[-2048:]:
        extracted.warnings.append(
            "the PDF seems cut off at the end; check that all its text is here"
        )
    return extracted


def _open(data: bytes, filename: str) -> pdfium.PdfDocument:
    """Open a PDF, turning pdfium load errors into plain-word rejections."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        reason = _LOAD_ERRORS.get(getattr(error, "err_code", None), DAMAGED_REASON)
        logger.info("PDF %s rejected on load: %s", filename, error)
        raise InputRejected(filename, reason) from error


def _read_pages(
    document: pdfium.PdfDocument, page_count: int
) -> tuple[list[str], list[str]]:
    """Return each page's raw text in reading order and every link target.

    Pages after the one that brings the text past ``MAX_TEXT_CHARS`` are not
    read (the caller warns that only the first pages were read).
    """
    texts, links = [], []
    for index in range(page_count):
        if sum(map(len, texts)) >= MAX_TEXT_CHARS:
            break
        page = document.get_page(index)
        try:
            textpage = page.get_textpage()
            try:
                texts.append(read_page_text(textpage))
            finally:
                textpage.close()
            links += page_link_targets(document, page)
        finally:
            page.close()
    return texts, links


def page_link_targets(document: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[str]:
    """Return the URI targets of a page's link annotations, in page order.

    Args:
        document: The open document (needed to read URI actions).
        page: The page whose links to read.

    Returns:
        URIs such as "https://..." or "mailto:..."; internal jumps are skipped.

    """
    targets = []
    position = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    while pdfium_c.FPDFLink_Enumerate(page, ctypes.byref(position), ctypes.byref(link)):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(document, action, None, 0)
        if size <= 1:
            continue
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFAction_GetURIPath(document, action, buffer, size)
        target = buffer.value.decode("utf-8", "replace").strip()
        if target:
            targets.append(target)
    return targets


def _build_document(
    filename: str, page_texts: list[str], links: list[str], total_pages: int
) -> ExtractedDocument:
    """Clean page texts, check there is a real text layer and collect warnings."""
    prepared = [_prepare_page(text) for text in page_texts]
    letters = [sum(map(str.isalpha, text)) for text in prepared]
    minimum = MIN_LETTERS_PER_PAGE * len(prepared)
    if sum(letters) < minimum:
        visible = sum(len(text) - sum(map(str.isspace, text)) for text in prepared)
        reason = SCANNED_REASON if visible < minimum else UNREADABLE_REASON
        raise InputRejected(filename, reason)
    warnings = []
    empty = sum(1 for count in letters if count == 0)
    if empty:
        pages = "page has" if empty == 1 else "pages have"
        warnings.append(f"{empty} {pages} no text (scanned or image-only pages?)")
    if total_pages > len(page_texts):
        warnings.append(
            f"only the first {len(page_texts)} of {total_pages} pages were read"
        )
    text = "\n\n".join(prepared)
    return ExtractedDocument(
        filename=filename,
        kind="pdf",
        text=clean_text(text),
        links=links,
        pages=total_pages,
        warnings=warnings,
    )


def _prepare_page(text: str) -> str:
    """Undo pdfium's line-end hyphen marker and drop edge page numbers."""
    text = text.replace("\ufffe\r\n", "-\n").replace("\ufffe\n", "-\n")
    text = text.replace("\ufffe", "-\n")
    return "\n".join(strip_edge_page_number(text.split("\n")))
