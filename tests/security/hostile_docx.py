"""Builders for hostile DOCX files, written as raw XML parts."""

from xml.sax.saxutils import escape

from hostile_inputs import RESUME_LINES, zip_bytes

DOCX_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK_REL = R_NS + "/hyperlink"


def docx_from_xml(
    document_xml: bytes,
    *,
    rels: bytes | None = None,
    extra_parts: dict[str, bytes] | None = None,
) -> bytes:
    """A minimal DOCX package around a hand-written ``word/document.xml``."""
    content_types = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/'
        b'vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/word/document.xml" ContentType="'
        + DOCX_CONTENT_TYPE.encode()
        + b'"/></Types>'
    )
    package_rels = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxml'
        b'formats.org/officeDocument/2006/relationships/officeDocument" '
        b'Target="word/document.xml"/></Relationships>'
    )
    members = {
        "[Content_Types].xml": content_types,
        "_rels/.rels": package_rels,
        "word/document.xml": document_xml,
    }
    if rels is not None:
        members["word/_rels/document.xml.rels"] = rels
    members.update(extra_parts or {})
    return zip_bytes(members)


def document_xml(body: bytes, *, prolog: bytes = b"") -> bytes:
    """A ``word/document.xml`` with a raw body and an optional DOCTYPE prolog."""
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + prolog
        + b'<w:document xmlns:w="%s" xmlns:r="%s"><w:body>'
        % (W_NS.encode(), R_NS.encode())
        + body
        + b"</w:body></w:document>"
    )


def paragraphs_xml(lines: list[str]) -> bytes:
    """Body paragraphs for plain lines (XML-escaped)."""
    out = bytearray()
    for line in lines:
        safe = escape(line)
        out += b'<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (
            safe.encode()
        )
    return bytes(out)


def _cell(text: str, properties: bytes = b"") -> bytes:
    run = b"<w:r><w:t>%s</w:t></w:r>" % escape(text).encode() if text else b""
    return b"<w:tc><w:tcPr>%s</w:tcPr><w:p>%s</w:p></w:tc>" % (properties, run)


def _table(grid_cols: int, rows: list[bytes]) -> bytes:
    grid = b"<w:tblGrid>" + b"<w:gridCol/>" * grid_cols + b"</w:tblGrid>"
    return (
        b"<w:tbl>"
        + grid
        + b"".join(b"<w:tr>%s</w:tr>" % r for r in rows)
        + (b"</w:tbl>")
    )


def table_xml(rows: int, cols: int) -> bytes:
    """A plain table of one-letter cells."""
    return _table(cols, [_cell("c") * cols] * rows)


def vertical_merge_table_xml(rows: int) -> bytes:
    """A "top" cell merged down over ``rows`` more rows, beside a "side" column."""
    first = _cell("top", b'<w:vMerge w:val="restart"/>') + _cell("side")
    merged = _cell("", b"<w:vMerge/>") + _cell("side")
    return _table(2, [first] + [merged] * rows)


def grid_span_table_xml(cells: int, span: int) -> bytes:
    """One row of ``cells`` cells, each claiming to span ``span`` grid columns."""
    return _table(1, [_cell("wide", b'<w:gridSpan w:val="%d"/>' % span) * cells])


def billion_laughs_docx() -> bytes:
    """Nested entity definitions that would expand to about 3 GB if resolved."""
    entities = b'<!ENTITY l0 "lol">'
    for level in range(1, 10):
        refs = b"&l%d;" % (level - 1)
        entities += b'<!ENTITY l%d "%s">' % (level, refs * 10)
    prolog = b"<!DOCTYPE w:document [" + entities + b"]>"
    body = paragraphs_xml(RESUME_LINES) + b"<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>"
    return docx_from_xml(document_xml(body, prolog=prolog))


def external_entity_docx(target: str) -> bytes:
    """A DOCX whose text includes an external entity pointing at ``target``."""
    prolog = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "%s">]>' % target.encode()
    body = paragraphs_xml(RESUME_LINES) + b"<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
    return docx_from_xml(document_xml(body, prolog=prolog))


def hyperlink_docx(targets: list[str], *, field_targets: list[str] = ()) -> bytes:
    """A DOCX with external hyperlinks (relationships) and HYPERLINK fields."""
    rels = bytearray(
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
        b'schemas.openxmlformats.org/package/2006/relationships">'
    )
    body = bytearray(paragraphs_xml(RESUME_LINES))
    for index, target in enumerate(targets):
        safe = escape(target, {'"': "&quot;"})
        rels += (
            b'<Relationship Id="rIdL%d" Type="%s" Target="%s" TargetMode="Ex'
            % (
                index,
                HYPERLINK_REL.encode(),
                safe.encode(),
            )
            + b'ternal"/>'
        )
        body += (
            b'<w:p><w:hyperlink r:id="rIdL%d"><w:r><w:t>link %d</w:t></w:r>'
            b"</w:hyperlink></w:p>" % (index, index)
        )
    for target in field_targets:
        body += (
            b'<w:p><w:r><w:instrText xml:space="preserve"> HYPERLINK "%s" '
            b"</w:instrText></w:r></w:p>" % escape(target).encode()
        )
    rels += b"</Relationships>"
    return docx_from_xml(document_xml(bytes(body)), rels=bytes(rels))


def external_parts_docx() -> bytes:
    """A DOCX with external image, template and sub-document relationships."""
    kinds = ("image", "attachedTemplate", "subDocument", "oleObject")
    rels = b"".join(
        b'<Relationship Id="rIdX%d" Type="%s/%s" Target="file:///etc/passwd" '
        b'TargetMode="External"/>' % (index, R_NS.encode(), kind.encode())
        for index, kind in enumerate(kinds)
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
        b'schemas.openxmlformats.org/package/2006/relationships">'
        + rels
        + b"</Relationships>"
    )
    return docx_from_xml(document_xml(paragraphs_xml(RESUME_LINES)), rels=rels)


def huge_paragraphs_docx(paragraphs: int) -> bytes:
    """A DOCX with ``paragraphs`` tiny paragraphs (compresses extremely well)."""
    body = paragraphs_xml(RESUME_LINES) + b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * (
        paragraphs
    )
    return docx_from_xml(document_xml(body))


def deep_xml_docx(depth: int) -> bytes:
    """A DOCX whose body nests unknown elements ``depth`` levels deep."""
    body = paragraphs_xml(RESUME_LINES) + b"<w:sdt>" * depth + b"</w:sdt>" * depth
    return docx_from_xml(document_xml(body))
