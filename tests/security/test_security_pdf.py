"""Hostile PDFs: compression bombs, page floods, broken structure.

Bombs here are sized so that a regression stays harmless (tens of MB, not
GB); the guard's limits are what make bigger ones cheap to refuse.
"""

import hostile_inputs as hostile
import hostile_pdf
import pytest

from talentsync_app.core.extract import MAX_TEXT_CHARS, extract_document, pdf_guard
from talentsync_app.core.extract.limits import TRUNCATED_WARNING
from talentsync_app.core.types import InputRejected

MB = 1024 * 1024


def _rejected(data: bytes, filename: str = "cv.pdf") -> str:
    with pytest.raises(InputRejected) as caught:
        extract_document(data, filename)
    assert caught.value.filename == filename
    return caught.value.reason


def test_flate_bomb_is_refused_before_pdfium_inflates_it():
    data = hostile_pdf.bomb_pdf(64 * MB)
    assert len(data) < 100_000
    reason = _rejected(data)
    assert reason.startswith("the PDF unpacks to more than 16.0 MB of page content")


def test_nested_flate_layers_are_inflated_and_counted():
    data = hostile_pdf.bomb_pdf(64 * MB, layers=2)
    assert len(data) < 10_000
    assert "16.0 MB of page content" in _rejected(data)


def test_too_many_flate_layers_are_refused_outright():
    assert "page content" in _rejected(hostile_pdf.bomb_pdf(4 * MB, layers=6))


def test_content_stream_claiming_to_be_an_image_hits_the_total_limit():
    data = hostile_pdf.bomb_pdf(130 * MB, stream_extra=b" /Subtype /Image")
    assert "128 MB of data" in _rejected(data)


def test_large_but_bounded_content_is_still_read():
    doc = extract_document(hostile_pdf.bomb_pdf(12 * MB), "cv.pdf")
    assert doc.text.startswith("Jane Example")


def test_every_real_resume_pdf_passes_the_stream_guard(realdata):
    paths = sorted(realdata.glob("**/*.pdf"))
    assert len(paths) >= 6
    for path in paths:
        pdf_guard.check_stream_sizes(path.read_bytes(), path.name)


def test_inflated_size_counts_to_the_limit_only():
    data = hostile_pdf.bomb_pdf(64 * MB)
    start = data.index(b"stream\n") + len(b"stream\n")
    size = pdf_guard.inflated_size(memoryview(data)[start:], 1 * MB)
    assert 1 * MB < size <= 1 * MB + 64 * 1024


def test_page_with_a_flood_of_tiny_text_objects_is_capped():
    doc = extract_document(hostile_pdf.tiny_text_objects_pdf(200_000), "dense.pdf")
    assert len(doc.text) <= MAX_TEXT_CHARS
    assert TRUNCATED_WARNING in doc.warnings


def test_reading_stops_once_the_text_budget_is_spent():
    data = hostile_pdf.tiny_text_objects_pdf(100_000, pages=30)
    doc = extract_document(data, "dense.pdf")
    assert "only the first 1 of 30 pages were read" in doc.warnings
    assert doc.pages == 30


def test_hundred_thousand_pages_are_not_all_read():
    reason = _rejected(hostile_pdf.many_pages_pdf(100_000))
    assert "no text layer" in reason  # 29 of the 30 pages read are blank


@pytest.mark.parametrize(
    "data",
    [
        hostile_pdf.deep_page_tree_pdf(5_000),
        hostile_pdf.looping_page_tree_pdf(),
        hostile_pdf.text_pdf(hostile.RESUME_LINES)[:300],
    ],
    ids=["deep page tree", "looping page tree", "truncated"],
)
def test_broken_structure_gets_the_damaged_message(data):
    assert _rejected(data) == "the PDF is damaged or incomplete and cannot be read"


@pytest.mark.parametrize(
    "data",
    [
        hostile_pdf.nested_array_pdf(100_000),
        hostile_pdf.giant_image_pdf(),
        hostile_pdf.broken_xref_pdf(),
        hostile_pdf.owner_locked_pdf(hostile.RESUME_LINES),
    ],
    ids=["nested arrays", "giant image", "broken xref", "owner password only"],
)
def test_odd_but_readable_pdfs_are_read(data):
    doc = extract_document(data, "cv.pdf")
    assert doc.text.startswith("Jane Example\njane@example.org")


# TODO(2): pdfium re-decodes a content stream for every /Contents entry and
# re-parses a form XObject for every "Do" (a 3 KB file drew a 1 MB form 100
# times: 10 s, 1.9 GB), and the byte-level guard cannot see through ASCIIHex
# or encryption. Only a memory- and time-limited worker process closes these;
# the cases below shrink the limit so they stay cheap while they fail.
@pytest.mark.xfail(strict=True, reason="TODO(2): pdfium amplification not bounded")
@pytest.mark.parametrize(
    "build",
    [
        lambda: hostile_pdf.bomb_pdf(MB - 4096, contents_refs=4),
        lambda: hostile_pdf.repeated_form_pdf(draws=8, form_bytes=MB // 2),
        lambda: hostile_pdf.bomb_pdf(3 * MB, hex_wrapped=True),
    ],
    ids=["repeated contents", "repeated form", "hex-wrapped flate"],
)
def test_amplified_content_is_refused(monkeypatch, build):
    monkeypatch.setattr(pdf_guard, "MAX_CONTENT_BYTES", MB)
    _rejected(build())
