import io
import logging
import random
import zipfile

import pytest
from extract_builders import jpeg_bytes, png_bytes, zip_bytes

from talentsync_app.core.extract import MAX_UPLOAD_BYTES, extract_document
from talentsync_app.core.extract.detect import sniff
from talentsync_app.core.types import InputRejected


def _reason(data: bytes, filename: str, **kwargs) -> str:
    with pytest.raises(InputRejected) as caught:
        extract_document(data, filename, **kwargs)
    assert caught.value.filename == filename
    assert str(caught.value) == f"{filename}: {caught.value.reason}"
    return caught.value.reason


def test_empty_file():
    assert _reason(b"", "empty.pdf") == "the file is empty (0 bytes)"


def test_over_the_size_limit_names_both_sizes():
    data = b"%PDF-1.4 " + b"x" * (MAX_UPLOAD_BYTES + 1)
    assert _reason(data, "huge.pdf") == "the file is 10.0 MB, over the 10.0 MB limit"
    small_limit = _reason(b"a" * 3 * 1024 * 1024, "big.txt", max_bytes=2 * 1024 * 1024)
    assert small_limit == "the file is 3.0 MB, over the 2.0 MB limit"


def test_png_renamed_to_pdf_is_named_as_png():
    assert _reason(png_bytes(), "resume.pdf") == (
        "the file is a PNG image, not a PDF/DOCX/text resume"
    )


def test_image_embedding_a_pdf_header_is_still_an_image():
    data = png_bytes() + b"%PDF-1.7 hidden"
    assert "a PNG image" in _reason(data, "cv.pdf")


def test_pdf_after_leading_junk_is_read(realdata):
    pdf = (realdata / "open-resume" / "openresume-resume.pdf").read_bytes()
    assert extract_document(b"junk\n" * 20 + pdf, "cv.pdf").kind == "pdf"


def test_jpeg_renamed_to_docx_is_named_as_jpeg():
    reason = _reason(jpeg_bytes(), "resume.docx")
    assert reason == "the file is a JPEG image, not a PDF/DOCX/text resume"


def test_windows_program_is_named():
    data = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200)
    assert "a Windows program (.exe/.dll)" in _reason(data, "cv.exe")


def test_excel_workbook_is_named():
    data = zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"})
    assert _reason(data, "cv.xlsx") == (
        "the file is an Excel spreadsheet (.xlsx), not a PDF/DOCX/text resume"
    )


def test_old_word_document_is_named():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
    assert "old Microsoft Office 97-2003 file" in _reason(data, "cv.doc")


def test_opendocument_text_is_named():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    assert "OpenDocument text file (.odt)" in _reason(buffer.getvalue(), "cv.odt")


def test_rtf_and_html_are_refused_by_content():
    assert "an RTF document" in _reason(b"{\\rtf1\\ansi Jane Example}", "cv.txt")
    assert "a web page (HTML)" in _reason(b"<!DOCTYPE html><p>Jane</p>", "cv.txt")


def test_unknown_binary():
    data = bytes([7, 200, 13, 0, 1, 250, 99, 0, 0, 3, 18, 240]) * 50
    assert _reason(data, "blob.bin") == (
        "the file is a binary file of unknown type, not a PDF/DOCX/text resume"
    )


def test_plain_zip_is_sent_to_bulk_upload():
    data = zip_bytes({"a.txt": b"Jane Example, engineer"})
    assert "ZIP archive; upload it through bulk upload" in _reason(data, "cvs.zip")


def test_damaged_zip_container():
    data = b"PK\x03\x04" + bytes(range(256)) * 4
    assert "damaged or incomplete ZIP/DOCX" in _reason(data, "cv.docx")


def test_type_comes_from_content_not_extension(realdata):
    pdf = (realdata / "open-resume" / "openresume-resume.pdf").read_bytes()
    assert extract_document(pdf, "resume.txt").kind == "pdf"
    assert extract_document(b"Jane Example\nData engineer", "cv.pdf").kind == "text"
    assert sniff(png_bytes()).kind == "rejected"


def test_damaged_copies_of_real_files_never_crash(realdata, caplog):
    paths = [
        realdata / "open-resume" / "openresume-resume.pdf",
        realdata / "resume-matcher" / "jd_docx" / "Web_Developer.docx",
    ]
    rng = random.Random(2024)
    outcomes = {"read": 0, "rejected": 0}
    for path in paths:
        original = path.read_bytes()
        for _ in range(25):
            damaged = bytearray(original)
            for _ in range(rng.randint(1, 30)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            damaged = damaged[: rng.randrange(len(damaged) // 2, len(damaged) + 1)]
            try:
                extract_document(bytes(damaged), path.name)
                outcomes["read"] += 1
            except InputRejected:
                outcomes["rejected"] += 1
    assert outcomes["rejected"] > 0
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
