"""The whole offline pipeline on real files and on bad input."""

import io
import zipfile

import pytest

from talentsync_app.core.pipeline import analyze_bytes, analyze_upload
from talentsync_app.core.types import InputRejected

REQUIRED_KEYS = {
    "file",
    "name",
    "email",
    "phone",
    "links",
    "location",
    "skills",
    "category",
    "experience",
    "education",
    "total_experience_years",
    "quality",
    "warnings",
    "error",
}


def test_open_resume_pdf_end_to_end(realdata):
    pdf = realdata / "open-resume" / "openresume-resume.pdf"
    result = analyze_bytes(pdf.read_bytes(), pdf.name)

    assert result.keys() >= REQUIRED_KEYS
    assert result["error"] is None
    assert result["name"] == "John Doe"
    assert result["email"] == "hello@openresume.com"
    assert {"Python", "TypeScript", "React"} <= set(result["skills"])
    assert len(result["experience"]) == 3
    assert 0 <= result["quality"]["score"] <= 100
    category = result["category"]
    assert len(category["top"]) == 3
    assert category["uncertain"] or category["top"][0][0] == category["label"]


@pytest.mark.parametrize(
    "filename",
    [
        "alfred_pennyworth_pm.pdf",
        "barry_allen_fe.pdf",
        "bruce_wayne_fullstack.pdf",
        "harvey_dent_mle.pdf",
        "john_doe.pdf",
    ],
)
def test_every_shared_resume_yields_contact_details(realdata, filename):
    pdf = realdata / "resume-matcher" / "resumes_pdf" / filename
    result = analyze_bytes(pdf.read_bytes(), filename)
    assert result["error"] is None
    assert result["email"] and "@" in result["email"]
    assert result["name"]
    assert len(result["skills"]) >= 5


def test_plain_prose_is_rejected_as_not_a_resume():
    text = ("The quick brown fox jumps over the lazy dog. " * 30).encode()
    with pytest.raises(InputRejected) as info:
        analyze_bytes(text, "story.txt")
    assert "story.txt" in str(info.value)


def test_zip_upload_reports_each_member(realdata):
    pdf = (realdata / "open-resume" / "openresume-resume.pdf").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("good.pdf", pdf)
        archive.writestr("empty.txt", b"")
    rows = analyze_upload(buffer.getvalue(), "batch.zip")

    by_file = {row["file"]: row for row in rows}
    assert by_file["good.pdf"]["error"] is None
    assert "empty.txt" in by_file["empty.txt"]["error"]
