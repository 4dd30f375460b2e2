"""Builders for generated extraction test inputs (PDFs, DOCX, ZIPs, images)."""

import io
import zipfile

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from fpdf import FPDF
from PIL import Image

LEFT_LINES = [f"Left sidebar entry {i} alpha" for i in range(1, 13)]
RIGHT_LINES = [f"Right main entry {i} omega" for i in range(1, 13)]
VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'
HEADER_LINE = "Jane Example - Senior Data Engineer - Berlin - jane@example.org"


def new_pdf() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    return pdf


def two_column_pdf(*, right_first: bool = False) -> bytes:
    """A page with a full-width header over a sidebar and a main column.

    Lines are drawn row by row (left, right, left, ...) so pdfium's content
    order interleaves the columns; with ``right_first`` the right column is
    drawn entirely before the left one.
    """
    pdf = new_pdf()
    pdf.text(40, 50, HEADER_LINE)
    rows = list(zip(LEFT_LINES, RIGHT_LINES, strict=True))
    if right_first:
        for row, (_, right) in enumerate(rows):
            pdf.text(300, 90 + 16 * row, right)
        for row, (left, _) in enumerate(rows):
            pdf.text(40, 90 + 16 * row, left)
    else:
        for row, (left, right) in enumerate(rows):
            pdf.text(40, 90 + 16 * row, left)
            pdf.text(300, 90 + 16 * row, right)
    return bytes(pdf.output())


def paragraph_pdf(lines: list[str]) -> bytes:
    pdf = new_pdf()
    for row, line in enumerate(lines):
        pdf.text(40, 60 + 14 * row, line)
    return bytes(pdf.output())


def linked_pdf(url: str) -> bytes:
    pdf = new_pdf()
    pdf.set_xy(40, 40)
    pdf.cell(text="Jane Example, data engineer with ten years of pipelines work.")
    pdf.set_xy(40, 60)
    pdf.cell(text="See my portfolio", link=url)
    return bytes(pdf.output())


def png_bytes(size: tuple[int, int] = (60, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "gray").save(buffer, format="JPEG")
    return buffer.getvalue()


def image_only_pdf(pages: int = 1) -> bytes:
    pdf = new_pdf()
    image = Image.new("RGB", (300, 400), "white")
    for page in range(pages):
        if page:
            pdf.add_page()
        pdf.image(image, x=40, y=40, w=300)
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    pdf = new_pdf()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.text(40, 60, "Confidential resume of Jane Example with lots of words in it.")
    return bytes(pdf.output())


def zip_bytes(members: dict[str, bytes], *, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            if name.endswith("/"):
                archive.writestr(zipfile.ZipInfo(name), b"")
            else:
                archive.writestr(name, data)
    return buffer.getvalue()


def _add_hyperlink(paragraph, url: str, text: str) -> None:
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _add_text_box(paragraph, text: str) -> None:
    run = parse_xml(
        f"<w:r {nsdecls('w')} {VML_NS}><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(run)


def resume_docx() -> bytes:
    """A DOCX with header, footer, a merged-cell table, a hyperlink and a text box."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Jane Example | jane@example.org"
    section.footer.paragraphs[0].text = "References available on request"
    document.add_heading("Experience", level=1)
    document.add_paragraph("Data Engineer at Example GmbH, 2019 - present")
    document.add_paragraph("Cut batch costs by 40%", style="List Bullet")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2))
    table.cell(0, 0).text = "Skills overview"
    for column, skill in enumerate(["Python", "SQL", "Airflow"]):
        table.cell(1, column).text = skill
    links = document.add_paragraph("Portfolio: ")
    _add_hyperlink(links, "https://jane.example.org/work", "my work")
    anchor = document.add_paragraph("Sidebar follows")
    _add_text_box(anchor, "Languages: German, English")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SIDEBAR_LINES = ["CONTACT", "+49 30 1234567", "SKILLS", "Python", "SQL", "Kafka"]
SIDEBAR_LINES += ["Airflow", "LANGUAGES", "German", "English", "INTERESTS", "Chess"]
MAIN_TEXT = "Built streaming pipelines with Kafka and Flink for analytics teams. " * 6
FOOTER_LINE = "References available on request from previous employers."


def sidebar_pdf() -> bytes:
    """A header, a wrapped main column, then a sidebar drawn last, then a footer."""
    pdf = new_pdf()
    pdf.set_xy(30, 30)
    pdf.cell(text=HEADER_LINE)
    pdf.set_xy(200, 80)
    pdf.multi_cell(360, 14, "EXPERIENCE\n" + MAIN_TEXT.strip() + "\nEDUCATION")
    pdf.set_xy(30, 80)
    pdf.multi_cell(140, 12, "\n".join(SIDEBAR_LINES))
    pdf.set_xy(30, 800)
    pdf.cell(text=FOOTER_LINE)
    return bytes(pdf.output())
