import io
import zipfile

import docx
import pytest
from extract_builders import resume_docx

from talentsync_app.core.extract import extract_document
from talentsync_app.core.types import InputRejected

JD_TITLES = {
    "Backend_Developer.docx": "Backend Developer - Python/Django",
    "Data_Scientist.docx": "Data Scientist/ ML Engineer",
    "Global_Industry_Content_Manager.docx": "Global Industry Content Manager",
    "IT_Project_Manager.docx": "IT Project Manager",
    "Primary_English_Teacher.docx": "Primary English Teacher",
    "Senior_Product_Manager.docx": "Senior Product Manager",
    "Web_Developer.docx": "Web Developer",
}


def test_every_job_ad_docx_reads(realdata):
    files = sorted((realdata / "resume-matcher" / "jd_docx").glob("*.docx"))
    assert [path.name for path in files] == sorted(JD_TITLES)
    for path in files:
        document = extract_document(path.read_bytes(), path.name)
        assert document.kind == "docx"
        assert document.pages == 1
        assert document.text.splitlines()[0].startswith(JD_TITLES[path.name])
        assert len(document.text.split()) > 150, path.name
        assert "\n\n\n" not in document.text


def test_rupee_salary_ranges_survive(realdata):
    path = realdata / "resume-matcher" / "jd_docx" / "Backend_Developer.docx"
    text = extract_document(path.read_bytes(), path.name).text
    assert "Salary: ₹35,000.00 - ₹55,000.00 per month" in text
    assert "Required Skills:\n• Strong working knowledge of constructs of HTTP" in text


def test_generated_docx_parts_are_all_read_in_order():
    document = extract_document(resume_docx(), "jane.docx")
    assert document.text.splitlines() == [
        "Jane Example | jane@example.org",
        "Experience",
        "Data Engineer at Example GmbH, 2019 - present",
        "• Cut batch costs by 40%",
        "Skills overview",
        "Python | SQL | Airflow",
        "Portfolio: my work",
        "Sidebar follows",
        "Languages: German, English",
        "References available on request",
    ]
    assert document.links == ["https://jane.example.org/work"]


def test_docx_with_broken_xml_is_rejected():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(InputRejected) as caught:
        extract_document(buffer.getvalue(), "cv.docx")
    assert caught.value.reason == (
        "the file is not a valid Word document (.docx) and cannot be read"
    )


def test_truncated_docx_is_rejected(realdata):
    data = (realdata / "resume-matcher" / "jd_docx" / "Web_Developer.docx").read_bytes()
    with pytest.raises(InputRejected) as caught:
        extract_document(data[: len(data) // 2], "web.docx")
    assert "damaged or incomplete" in caught.value.reason


def test_docx_without_text_is_rejected():
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with pytest.raises(InputRejected) as caught:
        extract_document(buffer.getvalue(), "blank.docx")
    assert caught.value.reason == "the Word document contains no text"
