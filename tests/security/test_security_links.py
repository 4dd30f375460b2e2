"""Links from hostile documents never come out as script, data or file URLs."""

import hostile_docx
import hostile_inputs as hostile
import hostile_pdf
import pytest

from talentsync_app.core.extract import extract_document
from talentsync_app.core.extract.links import safe_link_targets
from talentsync_app.core.parse import parse_resume
from talentsync_app.core.parse.links import normalise_url

UNSAFE_TARGETS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(2)",
    "java\tscript:alert(3)",
    " javascript:alert(4)",
    "vbscript:msgbox(5)",
    "data:text/html,<script>alert(6)</script>",
    "file:///etc/passwd",
    "file://evil.example.com/share/cv.exe",
    "smb://evil.example.com/share",
]
SAFE_TARGET = "https://jane.example.org/work"


def _assert_only_web_links(parsed_links, *, hosts_from_targets=True):
    for link in parsed_links:
        assert link.url.startswith("https://"), link.url
        assert "script:" not in link.url.lower()
        if hosts_from_targets:  # file:// and smb:// targets are dropped whole
            assert "evil.example.com" not in link.url


def _assert_no_unsafe_targets(targets):
    lowered = [target.lower().replace("\t", "").strip() for target in targets]
    for target in lowered:
        assert not target.startswith(
            ("javascript:", "vbscript:", "data:", "file:", "smb:")
        ), target


def test_pdf_link_annotations_with_script_and_file_targets_are_dropped():
    annots = [
        hostile_pdf.uri_link(target.encode(), 780 - 20 * index)
        for index, target in enumerate([*UNSAFE_TARGETS, SAFE_TARGET])
    ]
    doc = extract_document(
        hostile_pdf.text_pdf(hostile.RESUME_LINES, annots=annots), "cv.pdf"
    )
    _assert_no_unsafe_targets(doc.links)
    assert SAFE_TARGET in doc.links

    parsed = parse_resume(doc.text, doc.links)
    _assert_only_web_links(parsed.links)
    assert "https://jane.example.org/work" in [link.url for link in parsed.links]


def test_pdf_launch_and_javascript_actions_are_ignored():
    annots = [
        hostile_pdf.action_link(b"<< /S /Launch /F (calc.exe) >>"),
        hostile_pdf.action_link(b"<< /S /JavaScript /JS (app.alert(1)) >>", 700),
    ]
    open_action = b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >> "
    data = hostile_pdf.text_pdf(
        hostile.RESUME_LINES, annots=annots, catalog_extra=open_action
    )
    doc = extract_document(data, "cv.pdf")
    assert doc.links == []
    assert "Jane Example" in doc.text


def test_docx_hyperlinks_and_field_codes_with_unsafe_targets_are_dropped():
    data = hostile_docx.hyperlink_docx(
        [*UNSAFE_TARGETS, SAFE_TARGET],
        field_targets=["javascript:alert(7)", "file://evil.example.com/x"],
    )
    doc = extract_document(data, "cv.docx")
    _assert_no_unsafe_targets(doc.links)
    assert SAFE_TARGET in doc.links
    _assert_only_web_links(parse_resume(doc.text, doc.links).links)


def test_docx_external_template_image_and_subdocument_are_never_fetched():
    doc = extract_document(hostile_docx.external_parts_docx(), "cv.docx")
    assert "root:" not in doc.text
    assert doc.links == []


def test_unsafe_urls_printed_in_text_never_become_links():
    text = "\n".join(
        [*hostile.RESUME_LINES, *UNSAFE_TARGETS, "https://[broken.example.com/x"]
    )
    doc = extract_document(text.encode(), "cv.txt")
    _assert_no_unsafe_targets(doc.links)
    # A host printed in the text ("file://evil.example.com/...") is a printed
    # domain like any other; only its scheme must never survive.
    links = parse_resume(doc.text, doc.links).links
    _assert_only_web_links(links, hosts_from_targets=False)


@pytest.mark.parametrize(
    "raw",
    [
        "https://[broken.example.com/x",
        "http://[::1",
        "https://]x.com",
        "file://evil.example.com/x",
        "ftp://files.example.com/cv.pdf",
    ],
)
def test_malformed_or_non_web_urls_normalise_to_nothing(raw):
    assert normalise_url(raw) is None


def test_malformed_link_target_does_not_crash_parsing():
    parsed = parse_resume("\n".join(hostile.RESUME_LINES), ["https://[oops.com/x"])
    assert parsed.email == "jane@example.org"
    assert parsed.links == []


def test_safe_link_targets_keeps_web_mail_phone_and_bare_hosts():
    targets = [
        "https://a.example.com",
        "HTTP://B.EXAMPLE.COM",
        "mailto:jane@example.org",
        "tel:+14155550100",
        "linkedin.com/in/jane",
        *UNSAFE_TARGETS,
    ]
    assert safe_link_targets(targets) == targets[:5]
