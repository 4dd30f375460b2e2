import io
import json
import re

import pypdfium2 as pdfium
import pytest
from extract_builders import (
    FOOTER_LINE,
    HEADER_LINE,
    LEFT_LINES,
    MAIN_TEXT,
    RIGHT_LINES,
    SIDEBAR_LINES,
    encrypted_pdf,
    image_only_pdf,
    linked_pdf,
    new_pdf,
    paragraph_pdf,
    sidebar_pdf,
    two_column_pdf,
)

from talentsync_app.core.extract import extract_document
from talentsync_app.core.extract.pdf import MAX_PAGES
from talentsync_app.core.types import InputRejected

RESUME_PAGES = {
    "alfred_pennyworth_pm.pdf": 2,
    "barry_allen_fe.pdf": 1,
    "bruce_wayne_fullstack.pdf": 2,
    "harvey_dent_mle.pdf": 1,
    "john_doe.pdf": 2,
}
ICON_LINE_RE = re.compile(r"^(?:[#§ðI] |[^\w\s•(+&\"'])", re.MULTILINE)


def _resume_pdfs(realdata):
    files = sorted((realdata / "resume-matcher" / "resumes_pdf").glob("*.pdf"))
    assert [path.name for path in files] == sorted(RESUME_PAGES)
    return files


def test_every_resume_pdf_reads_cleanly(realdata):
    for path in _resume_pdfs(realdata):
        document = extract_document(path.read_bytes(), path.name)
        first_line = document.text.splitlines()[0]
        assert document.kind == "pdf"
        assert document.pages == RESUME_PAGES[path.name]
        assert document.warnings == []
        assert not ICON_LINE_RE.search(document.text), path.name
        assert "\ufffe" not in document.text
        assert not re.search(r"^\d+(?:/\d+)?$", document.text, re.MULTILINE)
        assert re.fullmatch(r"[A-Z][A-Za-z]+ [A-Z][A-Za-z]+|[A-Z]+ [A-Z]+", first_line)
        assert re.search(r"[\w.]+@email\.com|@google\.com", document.text)
        assert any("linkedin.com/in/" in link for link in document.links)


def test_icon_font_glyphs_are_removed_from_contact_lines(realdata):
    path = realdata / "resume-matcher" / "resumes_pdf" / "alfred_pennyworth_pm.pdf"
    lines = extract_document(path.read_bytes(), path.name).text.splitlines()
    assert lines[3:7] == [
        "(123) 456-7890",
        "alfred.pennyworth@email.com",
        "apennyworth",
        "apennyworth",
    ]


def test_tex_hyphenation_is_joined(realdata):
    folder = realdata / "resume-matcher" / "resumes_pdf"
    alfred = extract_document((folder / "alfred_pennyworth_pm.pdf").read_bytes(), "a")
    john = extract_document((folder / "john_doe.pdf").read_bytes(), "j")
    assert "products. Developing product strategies" in alfred.text
    assert "requirement analysis to deployment" in john.text


def test_annotation_links_come_first(realdata):
    path = realdata / "resume-matcher" / "resumes_pdf" / "harvey_dent_mle.pdf"
    document = extract_document(path.read_bytes(), path.name)
    assert document.links == [
        "tel:1234567891",
        "mailto:hdent@email.com",
        "https://www.linkedin.com/in/hdent",
        "https://github.com/hdent",
    ]


def test_open_resume_pdf_matches_its_source_data(realdata):
    folder = realdata / "open-resume"
    truth = json.loads((folder / "openresume-resume.expected.json").read_text())
    truth = truth["expected"]
    document = extract_document((folder / "openresume-resume.pdf").read_bytes(), "o")
    text = document.text
    tokens = set(re.findall(r"[\w+#.]+", text))
    profile = truth["profile"]
    assert text.splitlines()[0] == profile["name"]
    for value in (profile["email"], profile["phone"], profile["location"]):
        assert value in text
    for job in truth["workExperiences"]:
        assert job["jobTitle"] in text
        assert job["company"] in text
    assert "fixed 5 bugs" in text and "\ufb01" not in text
    for skill in truth["skills"]["featuredSkills"]:
        assert skill["skill"] in tokens
    assert "https://linkedin.com/in/john-doe" in document.links


def test_two_column_page_reads_left_column_then_right():
    document = extract_document(two_column_pdf(), "two-column.pdf")
    lines = document.text.splitlines()
    assert lines[0] == HEADER_LINE
    assert lines[1:] == LEFT_LINES + RIGHT_LINES


def test_two_column_order_does_not_depend_on_drawing_order():
    document = extract_document(two_column_pdf(right_first=True), "cols.pdf")
    assert document.text.splitlines() == [HEADER_LINE, *LEFT_LINES, *RIGHT_LINES]


def test_sidebar_drawn_after_the_main_column_is_read_first():
    lines = extract_document(sidebar_pdf(), "sidebar.pdf").text.splitlines()
    assert lines[0] == HEADER_LINE
    assert lines[1 : 1 + len(SIDEBAR_LINES)] == SIDEBAR_LINES
    main = lines[1 + len(SIDEBAR_LINES) : -1]
    assert main[0] == "EXPERIENCE" and main[-1] == "EDUCATION"
    assert " ".join(main[1:-1]).split() == MAIN_TEXT.split()
    assert lines[-1] == FOOTER_LINE


def test_single_column_page_keeps_its_order():
    lines = [
        f"Paragraph line {i} with enough words to span the page width"
        for i in range(20)
    ]
    document = extract_document(paragraph_pdf(lines), "single.pdf")
    assert document.text.splitlines() == lines


def test_link_annotation_target_is_returned():
    document = extract_document(linked_pdf("https://jane.example.org/work"), "l.pdf")
    assert "https://jane.example.org/work" not in document.text
    assert document.links == ["https://jane.example.org/work"]


def test_image_only_pdf_is_rejected_as_scanned():
    with pytest.raises(InputRejected) as caught:
        extract_document(image_only_pdf(pages=2), "scan.pdf")
    assert str(caught.value).startswith("scan.pdf: ")
    assert "has no text layer; it looks scanned" in caught.value.reason
    assert "run OCR first" in caught.value.reason


def test_pages_without_text_give_a_warning():
    pdf = paragraph_pdf(["Some words " * 8] * 5)
    text_page = extract_document(pdf, "one.pdf")
    assert text_page.warnings == []
    mixed = _append_blank_pages(pdf)
    document = extract_document(mixed, "mixed.pdf")
    assert document.pages == 3
    assert document.warnings == ["2 pages have no text (scanned or image-only pages?)"]


def _append_blank_pages(pdf: bytes) -> bytes:
    document = pdfium.PdfDocument(pdf)
    for _ in range(2):
        document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    return buffer.getvalue()


def test_encrypted_pdf_is_rejected():
    with pytest.raises(InputRejected) as caught:
        extract_document(encrypted_pdf(), "locked.pdf")
    assert "password-protected" in caught.value.reason


def test_corrupt_pdf_is_rejected():
    with pytest.raises(InputRejected) as caught:
        extract_document(b"%PDF-1.7\n" + bytes(range(256)) * 20, "broken.pdf")
    assert "damaged or incomplete" in caught.value.reason


def test_truncated_pdf_is_rejected_or_warned(realdata):
    data = (realdata / "open-resume" / "openresume-resume.pdf").read_bytes()
    with pytest.raises(InputRejected):
        extract_document(data[: len(data) // 2], "half.pdf")
    path = realdata / "resume-matcher" / "resumes_pdf" / "john_doe.pdf"
    data = path.read_bytes()
    nearly = extract_document(data[: len(data) - 400], "cut.pdf")
    assert "cut off" in nearly.warnings[-1]


def test_text_layer_without_letters_is_explained():
    digits = paragraph_pdf(["0123 4567 8901 2345 6789 " * 3] * 10)
    with pytest.raises(InputRejected) as caught:
        extract_document(digits, "codes.pdf")
    assert "text layer has almost no letters" in caught.value.reason


def test_only_the_first_pages_of_a_long_pdf_are_read():
    pdf = new_pdf()
    for page in range(MAX_PAGES + 2):
        if page:
            pdf.add_page()
        pdf.text(
            40,
            60,
            f"Page body {page} with several readable words on it, and then some more.",
        )
    document = extract_document(bytes(pdf.output()), "long.pdf")
    assert document.pages == MAX_PAGES + 2
    assert document.warnings == [
        f"only the first 30 of {MAX_PAGES + 2} pages were read"
    ]
    assert f"Page body {MAX_PAGES - 1} " in document.text
    assert f"Page body {MAX_PAGES} " not in document.text
