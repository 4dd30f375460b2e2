"""Builders for hostile upload inputs, all generated in memory."""

import io
import stat
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

import docx
from fpdf import FPDF

DOCX_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK_REL = R_NS + "/hyperlink"
RESUME_LINES = [
    "Jane Example",
    "jane@example.org | +1 415 555 0100",
    "EXPERIENCE",
    "Data Engineer, Example Corp, 2019 - 2023",
    "Built pipelines with Python and SQL for analytics teams.",
    "EDUCATION",
    "BSc Computer Science, Example University, 2018",
    "SKILLS",
    "Python, SQL, Airflow, Kafka",
]


# ---------------------------------------------------------------- raw PDF


def pdf_string(text: str) -> bytes:
    """A PDF literal string with its delimiters escaped."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("latin-1") + b")"


def raw_pdf(objects: list[bytes], *, trailer_extra: bytes = b"") -> bytes:
    """Assemble numbered objects (1-based, object 1 is the catalog) with a xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1)
    out += trailer_extra + b">>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def stream(content: bytes, *, compress: bool = False, extra: bytes = b"") -> bytes:
    """A stream object body, optionally Flate-compressed."""
    if compress:
        content = zlib.compress(content, 9)
        extra += b" /Filter /FlateDecode"
    return (
        b"<< /Length %d%s >>\nstream\n" % (len(content), extra)
        + content
        + (b"\nendstream")
    )


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def text_content(lines: list[str], *, size: int = 10) -> bytes:
    """A content stream drawing each line under the previous one."""
    ops = [b"BT /F1 %d Tf 40 800 Td 14 TL" % size]
    ops += [pdf_string(line) + b" '" for line in lines]
    ops.append(b"ET")
    return b"\n".join(ops)


def text_pdf(
    lines: list[str],
    *,
    annots: list[bytes] | None = None,
    catalog_extra: bytes = b"",
    compress: bool = False,
) -> bytes:
    """A one-page Helvetica PDF; ``annots`` are annotation dictionaries."""
    annots = annots or []
    first_annot = 6
    refs = b" ".join(b"%d 0 R" % (first_annot + i) for i in range(len(annots)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots ["
        + refs
        + b"] >>",
        FONT,
        stream(text_content(lines), compress=compress),
        *annots,
    ]
    return raw_pdf(objects)


def uri_link(uri: bytes, y: int = 780) -> bytes:
    """A link annotation whose action opens ``uri``."""
    return (
        b"<< /Type /Annot /Subtype /Link /Rect [40 %d 300 %d] /Border [0 0 0] "
        b"/A << /S /URI /URI (" % (y, y + 12) + uri + b") >> >>"
    )


def action_link(action: bytes, y: int = 760) -> bytes:
    """A link annotation with an arbitrary action dictionary."""
    return (
        b"<< /Type /Annot /Subtype /Link /Rect [40 %d 300 %d] /A " % (y, y + 12)
        + action
        + b" >>"
    )


def many_pages_pdf(pages: int) -> bytes:
    """A PDF with ``pages`` pages; only the first carries the resume text."""
    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(pages - 1))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R " + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        FONT,
        stream(text_content(RESUME_LINES)),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 9 9] >>"] * (pages - 1)
    return raw_pdf(objects)


def deep_page_tree_pdf(depth: int) -> bytes:
    """Pages nodes nested ``depth`` levels deep above a single page."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = 2 + level
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (number + 1))
    page = 2 + depth
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
        % (page - 1, page + 1, page + 2)
    )
    objects += [FONT, stream(text_content(RESUME_LINES))]
    return raw_pdf(objects)


def looping_page_tree_pdf() -> bytes:
    """A Pages node that lists itself as its own kid."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
        ]
    )


def nested_array_pdf(depth: int) -> bytes:
    """A page whose resources hold an array nested ``depth`` levels deep."""
    nested = b"[" * depth + b"]" * depth
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /X "
            + nested
            + b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            FONT,
            stream(text_content(RESUME_LINES)),
        ]
    )


def tiny_text_objects_pdf(count: int, *, pages: int = 1) -> bytes:
    """Pages each holding ``count`` one-letter text objects (compressed)."""
    ops = bytearray()
    for index in range(count):
        x, y = 20 + (index % 110) * 5, 20 + (index // 110) % 160 * 5
        ops += b"BT /F1 4 Tf %d %d Td (%c) Tj ET\n" % (x, y, 97 + index % 26)
    content = stream(bytes(ops), compress=True)
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
    ]
    font, contents = 3 + pages, 4 + pages
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
        % (font, contents)
    ] * pages
    objects += [FONT, content]
    return raw_pdf(objects)


def _deflated_spaces(unpacked: int, prefix: bytes = b"") -> bytes:
    """``prefix`` then ``unpacked`` spaces, deflated without holding them all."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    body = bytearray(compressor.compress(prefix))
    for _ in range(unpacked // len(chunk)):
        body += compressor.compress(chunk)
    return bytes(body + compressor.flush())


def bomb_pdf(
    unpacked: int,
    *,
    layers: int = 1,
    contents_refs: int = 1,
    stream_extra: bytes = b"",
    hex_wrapped: bool = False,
) -> bytes:
    """A resume page whose content stream inflates to ``unpacked`` bytes.

    ``layers`` deflates the stream again that many times (listing FlateDecode
    once per layer), ``contents_refs`` lists the same stream several times in
    the page's /Contents, ``stream_extra`` adds dictionary entries (such as a
    false /Subtype /Image) and ``hex_wrapped`` adds an ASCIIHex layer outside.
    """
    body = _deflated_spaces(unpacked, text_content(RESUME_LINES) + b"\n")
    for _ in range(layers - 1):
        body = zlib.compress(body, 9)
    filters = b"/FlateDecode " * layers
    if hex_wrapped:
        body = body.hex().encode() + b">"
        filters = b"/ASCIIHexDecode " + filters
    content = b"<< /Length %d /Filter [%s]%s >>\nstream\n" % (
        len(body),
        filters,
        stream_extra,
    )
    refs = b" ".join([b"5 0 R"] * contents_refs)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents [" + refs + b"] >>",
            FONT,
            content + body + b"\nendstream",
        ]
    )


def repeated_form_pdf(draws: int, form_bytes: int) -> bytes:
    """A resume page that draws one ``form_bytes`` form XObject ``draws`` times."""
    lines = b"0 0 m 1 1 l S\n" * (form_bytes // 14)
    form = stream(
        lines,
        compress=True,
        extra=b" /Type /XObject /Subtype /Form /BBox [0 0 10 10]",
    )
    content = text_content(RESUME_LINES) + b"\n" + b"/Fm1 Do\n" * draws
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >> "
            b"/Contents 5 0 R >>",
            FONT,
            stream(content, compress=True),
            form,
        ]
    )


def owner_locked_pdf(lines: list[str]) -> bytes:
    """A PDF encrypted with an owner password only: it opens without one."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.set_encryption(owner_password="owner-secret")
    for row, line in enumerate(lines):
        pdf.text(40, 60 + 14 * row, line)
    return bytes(pdf.output())


def giant_image_pdf() -> bytes:
    """A resume page that also paints a 60000 x 60000 pixel image (never stored)."""
    image = stream(
        zlib.compress(b"\x00" * 4096),
        extra=b" /Type /XObject /Subtype /Image /Width 60000 /Height 60000 "
        b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
    ).replace(b" /Filter /FlateDecode /Filter", b" /Filter")
    content = text_content(RESUME_LINES) + b"\nq 500 0 0 500 0 0 cm /Im1 Do Q"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> "
            b"/Contents 5 0 R >>",
            FONT,
            stream(content),
            image,
        ]
    )


def broken_xref_pdf() -> bytes:
    """A resume PDF whose xref offsets and startxref all point at garbage."""
    data = text_pdf(RESUME_LINES)
    head, _, _ = data.partition(b"xref\n")
    return (
        head
        + b"xref\n0 9\n"
        + b"0000099999 00000 n \n" * 9
        + (b"trailer\n<< /Size 9 /Root 1 0 R >>\nstartxref\n123456789\n%%EOF\n")
    )


# ---------------------------------------------------------------- DOCX


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


def real_docx(lines: list[str]) -> bytes:
    """A DOCX written by python-docx."""
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- ZIP


def zip_bytes(members: dict[str, bytes], *, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP archive of the given members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buffer.getvalue()


def symlink_zip(
    name: str, target: str, *, others: dict[str, bytes] | None = None
) -> bytes:
    """A ZIP with a Unix symlink member pointing at ``target``, then ``others``."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(info, target)
        for other, data in (others or {}).items():
            archive.writestr(other, data)
    return buffer.getvalue()


def many_members_zip(count: int) -> bytes:
    """A stored ZIP with ``count`` tiny members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for index in range(count):
            archive.writestr(f"r{index}.txt", b"x")
    return buffer.getvalue()


def overlapping_zip(members: int, kernel: int = 900 * 1024) -> bytes:
    """Central-directory entries that all point at one compressed local file.

    Each entry claims the same ``kernel``-byte text, so a reader that does not
    notice the overlap unpacks ``members`` times the kernel from one copy.
    """
    text = (b"Python SQL engineer resume line\n" * (kernel // 32 + 1))[:kernel]
    compressed = zlib.compressobj(9, zlib.DEFLATED, -15)
    payload = compressed.compress(text) + compressed.flush()
    crc = zlib.crc32(text)
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(payload), kernel, 5, 0
    )
    out = bytearray(local + b"a.txt" + payload)
    central = bytearray()
    name = b"a.txt"
    for _ in range(members):
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(payload),
            kernel,
            len(name),
            0,
            0,
            0,
            0,
            0,
            0,
        )
        central += name
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, members, members, len(central), len(out), 0
    )
    return bytes(out + central + end)


def lying_size_zip(real: int, claimed: int) -> bytes:
    """A ZIP whose member header claims ``claimed`` bytes but inflates to ``real``."""
    data = zip_bytes({"resume.txt": b" " * real})
    fake = struct.pack("<L", claimed)
    real_size = struct.pack("<L", real)
    return data.replace(real_size, fake)
