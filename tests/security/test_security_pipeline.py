"""The pipeline turns every failure into one plain error row per file."""

import hostile_inputs as hostile

from talentsync_app.core import pipeline
from talentsync_app.core.pipeline import analyze_upload

RESUME_TEXT = "\n".join(hostile.RESUME_LINES).encode()


def _assert_plain_error(row, filename):
    assert row["file"] == filename
    assert row["error"].startswith(f"{filename}: ")
    assert "Traceback" not in row["error"]
    assert 'File "' not in row["error"]


def test_unexpected_failure_costs_one_file_and_shows_no_trace(monkeypatch):
    def broken_parse(text, links=None):
        raise KeyError("internal detail that must not reach the user")

    monkeypatch.setattr(pipeline, "parse_resume", broken_parse)
    [row] = analyze_upload(RESUME_TEXT, "cv.txt")
    _assert_plain_error(row, "cv.txt")
    assert "internal detail" not in row["error"]
    assert "not saved" in row["error"]


def test_one_broken_member_does_not_sink_the_rest_of_a_zip(monkeypatch):
    real_parse = pipeline.parse_resume

    def parse_failing_on_marker(text, links=None):
        if "BREAKME" in text:
            raise RuntimeError("boom")
        return real_parse(text, links)

    monkeypatch.setattr(pipeline, "parse_resume", parse_failing_on_marker)
    data = hostile.zip_bytes(
        {"good.txt": RESUME_TEXT, "bad.txt": RESUME_TEXT + b"\nBREAKME\n"}
    )
    rows = {row["file"]: row for row in analyze_upload(data, "batch.zip")}
    assert rows["good.txt"]["error"] is None
    _assert_plain_error(rows["bad.txt"], "bad.txt")


def test_broken_url_in_resume_text_is_analysed_not_crashed():
    text = RESUME_TEXT + b"\nPortfolio: https://[jane.example.org/work\n"
    [row] = analyze_upload(text, "cv.txt")
    assert row["error"] is None
    assert row["email"] == "jane@example.org"
    assert all(link["url"].startswith("https://") for link in row["links"])
