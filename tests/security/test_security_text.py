"""Hostile text and Markdown uploads: huge, pathological for regexes, odd encodings.

Inputs are sized so that the quadratic behaviour fixed here would take
minutes; timings of the worst inputs are printed by ``measure_hostile.py``.
"""

import random

import hostile_inputs as hostile
import pytest

from talentsync_app.core.extract import MAX_TEXT_CHARS, extract_document
from talentsync_app.core.extract.limits import TRUNCATED_WARNING
from talentsync_app.core.parse import parse_resume
from talentsync_app.core.quality import assess_quality
from talentsync_app.core.types import InputRejected

RESUME = "\n".join(hostile.RESUME_LINES)


def _analyse(data: bytes, filename: str = "cv.txt"):
    doc = extract_document(data, filename)
    parsed = parse_resume(doc.text, doc.links)
    assess_quality(parsed, doc.text, pages=doc.pages)
    return doc, parsed


@pytest.mark.parametrize(
    "tail",
    [
        "1" * 100_000,
        "1-" * 50_000,
        "+1 " * 30_000,
        "(1) " * 30_000,
        "1/" * 50_000,
        "1.2.3.4.5.6.7.8.9." * 10_000,
        "." * 100_000,
        "a." * 50_000,
        "@" * 100_000,
        "a@" * 50_000,
        "a." * 20_000 + "@" + "b." * 20_000,
        "x@" + "a-" * 30_000 + "!",
        "-" * 100_000,
        "www." + "a." * 30_000,
        "https://" + "a" * 100_000,
        "x" + " " * 100_000 + "x",
        "| " * 50_000,
        ", " * 50_000,
        "2019 - 2020 " * 20_000,
        "Jan " * 50_000,
    ],
    ids=lambda tail: repr(tail[:12]),
)
def test_pathological_lines_keep_the_real_contact_details(tail):
    doc, parsed = _analyse(f"{RESUME}\n{tail}".encode())
    assert len(doc.text) <= MAX_TEXT_CHARS
    assert parsed.name == "Jane Example"
    assert parsed.email == "jane@example.org"
    assert parsed.phone.e164 == "+14155550100"


def test_ten_megabytes_on_one_line_is_cut_with_a_warning():
    data = b"a" * (10 * 1024 * 1024 - 1)
    doc = extract_document(data, "one-line.txt")
    assert len(doc.text) == MAX_TEXT_CHARS
    assert TRUNCATED_WARNING in doc.warnings


def test_long_resume_keeps_its_head_and_warns():
    lines = [f"Led project {i} with Python and SQL for team {i}" for i in range(5000)]
    doc, parsed = _analyse("\n".join([*hostile.RESUME_LINES, *lines]).encode())
    assert len(doc.text) <= MAX_TEXT_CHARS
    assert doc.text.endswith(tuple(lines))  # cut at a line break, not mid-line
    assert TRUNCATED_WARNING in doc.warnings
    assert parsed.name == "Jane Example"
    assert parsed.education[0].year == "2018"


def test_cut_never_splits_a_multibyte_character():
    data = ("é" * (MAX_TEXT_CHARS * 3)).encode()  # no line breaks at all
    doc = extract_document(data, "accents.txt")
    assert set(doc.text) == {"é"}


def test_short_resume_has_no_truncation_warning():
    doc, _ = _analyse(RESUME.encode())
    assert TRUNCATED_WARNING not in doc.warnings


@pytest.mark.parametrize(
    "markdown",
    [
        "[" * 100_000,
        "![a](" * 30_000,
        "[a](" + "x" * 100_000,
        "**a " * 30_000,
        "__a " * 30_000,
        "* " * 50_000 + "x",
        "](" * 50_000,
    ],
    ids=lambda text: repr(text[:8]),
)
def test_pathological_markdown_is_stripped_without_backtracking(markdown):
    doc = extract_document(f"{RESUME}\n{markdown}".encode(), "cv.md")
    assert doc.text.startswith("Jane Example")


def test_markdown_links_and_emphasis_still_become_plain_text():
    text = "# Jane\n**Python** and [site](https://jane.dev) ![logo](x.png)\n__SQL__"
    doc = extract_document(text.encode(), "cv.md")
    assert doc.text.splitlines() == [
        "Jane",
        "Python and site (https://jane.dev) logo (x.png)",
        "SQL",
    ]


def test_binary_garbage_named_txt_is_refused_without_echoing_bytes():
    data = random.Random(7).randbytes(100_000)
    with pytest.raises(InputRejected) as caught:
        extract_document(data, "notes.txt")
    message = str(caught.value)
    assert message.startswith("notes.txt: ")
    assert message.isprintable()
    assert len(message) < 200


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(encoding):
    doc, parsed = _analyse(RESUME.encode(encoding))
    assert parsed.email == "jane@example.org"


def test_mixed_encodings_do_not_break_the_contact_block():
    data = (
        RESUME.encode()
        + "\nJosé Müller café\n".encode("cp1252")
        + "Привет\n".encode("koi8-r")
    )
    _, parsed = _analyse(data)
    assert parsed.email == "jane@example.org"


def test_huge_legacy_encoded_text_is_decoded_from_its_head_only():
    words = [
        "опыт",
        "работы",
        "разработка",
        "проект",
        "университет",
        "Москва",
        "данные",
        "система",
    ]
    rng = random.Random(3)
    lines = [" ".join(rng.choice(words) for _ in range(8)) for _ in range(150_000)]
    data = "\n".join(["Иван Петров", *lines]).encode("koi8-r")[:10_000_000]
    doc = extract_document(data, "cyrillic.txt")
    assert doc.text.startswith("Иван Петров\n")
    assert TRUNCATED_WARNING in doc.warnings


def test_html_and_script_in_resume_text_stay_literal_text():
    markup = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    doc, parsed = _analyse(f"{RESUME}\n{markup}\n".encode())
    assert markup in doc.text
    assert parsed.name == "Jane Example"
