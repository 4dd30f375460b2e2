"""Builders for hostile PDFs: raw objects, bombs, floods and broken structure."""

import io
import zlib

from fpdf import FPDF
from hostile_inputs import RESUME_LINES
from PIL import Image


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
    pixels = zlib.compress(b"\x00" * 4096)
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 60000 /Height 60000 "
        b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode "
        b"/Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"
    )
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


def image_only_pdf() -> bytes:
    """A one-page PDF holding only a picture of a page (a scan)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.image(Image.new("RGB", (300, 400), "white"), x=40, y=40, w=300)
    return bytes(pdf.output())


def password_pdf(lines: list[str]) -> bytes:
    """A PDF that needs a user password to open."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    for row, line in enumerate(lines):
        pdf.text(40, 60 + 14 * row, line)
    return bytes(pdf.output())


def png_bytes() -> bytes:
    """A small PNG image."""
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(buffer, format="PNG")
    return buffer.getvalue()
