"""DOCX text and hyperlink extraction through python-docx."""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterable, Iterator

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from talentsync_app.core.extract.clean import clean_text
from talentsync_app.core.types import ExtractedDocument, InputRejected

logger = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# A resume's document.xml is rarely over 1 MB; a bigger XML part is parsed
# into memory whole, so very large ones are refused before parsing.
MAX_XML_PART_BYTES = 8 * 1024 * 1024
# Reading costs about 0.1-0.2 ms per paragraph or table cell; long resumes
# have a few hundred, so this bounds a document at about a second.
MAX_PARAGRAPHS = 5_000
INVALID_REASON = "the file is not a valid Word document (.docx) and cannot be read"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_REL_ID = qn("r:id")
_FIELD_LINK_RE = re.compile(r'HYPERLINK\s+"([^"]+)"')


def extract_docx(data: bytes, filename: str) -> ExtractedDocument:
    """Extract paragraphs, tables, text boxes, headers, footers and hyperlinks.

    Args:
        data: The DOCX bytes.
        filename: Name shown in messages.

    Returns:
        The extracted document (kind "docx", one page).

    Raises:
        InputRejected: When the file is not a readable Word document or has no text.

    """
    _check_unpacked_size(data, filename)
    try:
        document = docx.Document(io.BytesIO(data))
        _check_paragraph_count(document, filename)
        headers, body, footers = _story_lines(document)
        links = _hyperlinks(document)
    except InputRejected:
        raise
    except Exception as error:  # python-docx and lxml raise many unrelated types
        logger.info("DOCX %s rejected: %s: %s", filename, type(error).__name__, error)
        raise InputRejected(filename, INVALID_REASON) from error
    text = clean_text("\n".join(_unique(headers) + body + _unique(footers)))
    if not any(char.isalpha() for char in text):
        raise InputRejected(filename, "the Word document contains no text")
    return ExtractedDocument(filename=filename, kind="docx", text=text, links=links)


def _check_unpacked_size(data: bytes, filename: str) -> None:
    """Refuse a DOCX whose parts would unpack to an unreasonable size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except Exception as error:  # zipfile raises many types on damaged input
        raise InputRejected(filename, INVALID_REASON) from error
    largest_xml = max(
        (info.file_size for info in infos if info.filename.endswith((".xml", ".rels"))),
        default=0,
    )
    if (
        sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES
        or largest_xml > MAX_XML_PART_BYTES
    ):
        raise InputRejected(filename, "the Word document unpacks to an unsafe size")


def _check_paragraph_count(document: Document, filename: str) -> None:
    """Refuse documents with far more paragraphs than any resume has."""
    count = sum(
        1 for _, element in _story_elements(document) for _ in element.iter(qn("w:p"))
    )
    if count > MAX_PARAGRAPHS:
        raise InputRejected(
            filename,
            f"the Word document has {count:,} paragraphs, far more than a resume "
            f"(the limit is {MAX_PARAGRAPHS:,})",
        )


def _story_lines(document: Document) -> tuple[list[str], list[str], list[str]]:
    """Return header, body and footer lines in reading order."""
    lists = _ListStyles(document)
    headers: list[str] = []
    footers: list[str] = []
    for section in document.sections:
        for header in (section.first_page_header, section.header):
            if not header.is_linked_to_previous:
                headers += _block_lines(header.iter_inner_content(), lists)
        for footer in (section.first_page_footer, section.footer):
            if not footer.is_linked_to_previous:
                footers += _block_lines(footer.iter_inner_content(), lists)
    body = _block_lines(document.iter_inner_content(), lists)
    return headers, body, footers


class _ListStyles:
    """Remembers which paragraph styles carry list numbering (bullets)."""

    def __init__(self, document: Document) -> None:
        self._part = document.part
        self._known: dict[str | None, bool] = {}

    def is_list_item(self, paragraph: Paragraph) -> bool:
        """Tell whether a paragraph is numbered, directly or through its style."""
        if _has_numbering(paragraph._p.pPr):
            return True
        style_id = paragraph._p.style
        if style_id not in self._known:
            self._known[style_id] = self._style_numbered(style_id)
        return self._known[style_id]

    def _style_numbered(self, style_id: str | None) -> bool:
        style = self._part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
        while style is not None:
            if _has_numbering(style.element.pPr):
                return True
            style = style.base_style
        return False


def _has_numbering(properties: object | None) -> bool:
    return properties is not None and properties.numPr is not None


def _block_lines(blocks: Iterable[Paragraph | Table], lists: _ListStyles) -> list[str]:
    """Flatten paragraphs (with their text boxes) and tables into lines."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            text = block.text
            bullet = text.strip() and lists.is_list_item(block)
            lines.append(f"• {text}" if bullet else text)
            lines += _text_box_lines(block)
        else:
            lines += _table_lines(block, lists)
    return lines


def _text_box_lines(paragraph: Paragraph) -> list[str]:
    """Return text of text boxes anchored in a paragraph (no VML fallback copies)."""
    lines = []
    for box in paragraph._p.iter(qn("w:txbxContent")):
        if any(ancestor.tag == _FALLBACK for ancestor in box.iterancestors()):
            continue
        for element in box.iterchildren(qn("w:p")):
            lines.append(Paragraph(element, paragraph._parent).text)
    return lines


def _table_lines(table: Table, lists: _ListStyles) -> list[str]:
    """Read a table row by row, each merged cell once.

    A row of one-line cells becomes one line joined by " | "; rows with longer
    cells (layout tables) are read cell by cell. Cells are read from the row's
    own ``w:tc`` elements: python-docx's ``row.cells`` walks up every vertical
    merge from each row, which is quadratic (500 merged rows took 28 s).
    """
    lines: list[str] = []
    for row in table.rows:
        cells = []
        for tc in row._tr.tc_lst:
            if tc.vMerge == "continue":  # the merged cell's text is in its top row
                continue
            cell_lines = _block_lines(_Cell(tc, table).iter_inner_content(), lists)
            cells.append([line for line in cell_lines if line.strip()])
        cells = [cell for cell in cells if cell]
        if all(len(cell) == 1 for cell in cells):
            lines.append(" | ".join(cell[0] for cell in cells))
        else:
            lines += [line for cell in cells for line in cell]
    return lines


def _hyperlinks(document: Document) -> list[str]:
    """Return external hyperlink targets from body, headers and footers in order."""
    links: list[str] = []
    for part, element in _story_elements(document):
        for anchor in element.iter(qn("w:hyperlink")):
            rel = part.rels.get(anchor.get(_REL_ID) or "")
            if rel is not None and rel.is_external:
                links.append(rel.target_ref)
        for instruction in element.iter(qn("w:instrText")):
            links += _FIELD_LINK_RE.findall(instruction.text or "")
    return _unique(links)


def _story_elements(document: Document) -> Iterator[tuple[object, object]]:
    """Yield (part, root element) for the body and every header and footer."""
    yield document.part, document.element.body
    for section in document.sections:
        for story in (section.header, section.first_page_header, section.footer):
            if not story.is_linked_to_previous:
                yield story.part, story._element


def _unique(items: list[str]) -> list[str]:
    """Drop repeated items, keeping the first occurrence."""
    return list(dict.fromkeys(item for item in items if item))
