import codecs

import pytest

from talentsync_app.core.extract import extract_document
from talentsync_app.core.types import InputRejected

RESUME = (
    "Zoë Müller – Café Manager\n"
    "Résumé: “Led a team of 12” at Crème Brûlée GmbH for €40k\n"
    "Skills: naïve Bayes, façade design\n"
)
JD_NAMES = ["backend-eng.txt", "frontend-eng.txt", "ml-eng.txt", "product-manager.txt"]


def test_job_description_text_files_read(realdata):
    folder = realdata / "resume-matcher" / "e2e_fixtures" / "jds"
    for name in JD_NAMES:
        data = (folder / name).read_bytes()
        document = extract_document(data, name)
        assert document.kind == "text"
        assert document.text.split() == data.decode("utf-8").split()


@pytest.mark.parametrize(
    "data",
    [
        RESUME.encode("utf-8"),
        codecs.BOM_UTF8 + RESUME.encode("utf-8"),
        RESUME.encode("utf-16"),
        RESUME.encode("utf-16-le"),
        RESUME.encode("utf-16-be"),
        RESUME.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1252"],
)
def test_text_in_common_encodings_decodes_exactly(data):
    assert extract_document(data, "cv.txt").text == RESUME.strip()


def test_latin1_text_decodes():
    text = "José Peña, ingeniero de señales en Málaga, años de experiencia\n" * 3
    document = extract_document(text.encode("latin-1"), "cv.txt")
    assert "José Peña, ingeniero de señales en Málaga" in document.text


def test_markdown_syntax_is_stripped_and_links_kept():
    source = (
        "# Jane Example\n\n## Experience\n\n- **Data Engineer** at Example\n"
        "* Built [pipelines](https://github.com/jane/pipes)\n\n---\n"
    )
    document = extract_document(source.encode(), "cv.md")
    assert document.text == (
        "Jane Example\n\nExperience\n\n• Data Engineer at Example\n"
        "• Built pipelines (https://github.com/jane/pipes)"
    )
    assert document.links == ["https://github.com/jane/pipes"]


def test_text_without_letters_is_rejected():
    with pytest.raises(InputRejected) as caught:
        extract_document(b"123 456\n--- !!! 789\n", "numbers.txt")
    assert caught.value.reason == "the text file contains no letters"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1251", "Привет, я инженер-программист с опытом работы"),
        ("cp1250", "Zażółć gęślą jaźń, inżynier oprogramowania w Łodzi"),
        ("shift_jis", "ソフトウェアエンジニア、東京在住、経験十年"),
    ],
)
def test_other_legacy_code_pages_are_not_read_as_cp1252(encoding, text):
    assert extract_document(text.encode(encoding), "cv.txt").text == text
