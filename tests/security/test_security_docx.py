"""Hostile DOCX files: entity tricks, paragraph floods, merged-cell chains."""

import hostile_docx
import hostile_inputs as hostile
import pytest

from talentsync_app.core.extract import extract_document
from talentsync_app.core.extract.word import MAX_PARAGRAPHS
from talentsync_app.core.types import InputRejected


def _read_body(body: bytes):
    return extract_document(
        hostile_docx.docx_from_xml(hostile_docx.document_xml(body)), "cv.docx"
    )


def _rejected(data: bytes, filename: str = "cv.docx") -> str:
    with pytest.raises(InputRejected) as caught:
        extract_document(data, filename)
    assert caught.value.filename == filename
    return caught.value.reason


def test_billion_laughs_is_refused_not_expanded():
    assert "not a valid Word document" in _rejected(hostile_docx.billion_laughs_docx())


@pytest.mark.parametrize("target", ["file:///etc/passwd", "http://127.0.0.1:9/x"])
def test_external_entities_are_never_resolved(target):
    doc = extract_document(hostile_docx.external_entity_docx(target), "cv.docx")
    assert "root:" not in doc.text
    assert doc.text.startswith("Jane Example")


def test_xml_nested_past_the_parser_depth_limit_is_refused():
    assert "not a valid Word document" in _rejected(hostile_docx.deep_xml_docx(5_000))


def test_paragraph_flood_is_refused_with_its_count():
    data = hostile_docx.huge_paragraphs_docx(200_000)  # about 21 KB compressed
    assert len(data) < 30_000
    reason = _rejected(data)
    assert "200,009 paragraphs" in reason
    assert f"{MAX_PARAGRAPHS:,}" in reason


def test_oversized_xml_part_is_refused_before_parsing():
    reason = _rejected(hostile_docx.huge_paragraphs_docx(2_000_000))  # 70 MB of XML
    assert reason == "the Word document unpacks to an unsafe size"


def test_table_flood_counts_cells_as_paragraphs():
    data = hostile_docx.docx_from_xml(
        hostile_docx.document_xml(hostile_docx.table_xml(rows=3_000, cols=2))
    )
    assert "paragraphs" in _rejected(data)


def test_long_vertical_merge_chain_reads_each_cell_once():
    # python-docx's row.cells walks every merge chain to its top: 500 rows
    # took 28 s and 1,000 rows hit the recursion limit.
    rows = 2_000
    body = hostile_docx.paragraphs_xml(hostile.RESUME_LINES)
    body += hostile_docx.vertical_merge_table_xml(rows)
    doc = _read_body(body)
    lines = doc.text.splitlines()
    assert lines.count("top | side") == 1
    assert lines.count("side") == rows


def test_huge_grid_span_does_not_repeat_a_cell():
    body = hostile_docx.paragraphs_xml(hostile.RESUME_LINES)
    body += hostile_docx.grid_span_table_xml(cells=100, span=1_000_000)
    doc = _read_body(body)
    assert doc.text.splitlines()[-1] == " | ".join(["wide"] * 100)


def test_merged_cells_in_a_real_table_are_read_once():
    body = hostile_docx.paragraphs_xml(["Jane Example"])
    body += hostile_docx.vertical_merge_table_xml(2)
    doc = _read_body(body)
    assert doc.text.splitlines() == ["Jane Example", "top | side", "side", "side"]
