"""Bad and hostile files through the upload handler: one plain message each,
nothing saved, and the page keeps working."""

import hostile_docx
import hostile_pdf
import pytest
from hostile_inputs import RESUME_LINES, zip_bytes
from sqlalchemy import func
from sqlmodel import select

from talentsync_app.core import pipeline
from talentsync_app.core.extract import MAX_UPLOAD_BYTES
from talentsync_app.db.engine import session_scope
from talentsync_app.db.models import Analysis
from talentsync_app.pages import upload as upload_page
from talentsync_app.pages.analysis import AnalysisState
from talentsync_app.pages.upload import UploadState
from tests.pages.state_helpers import make_state, run_handler, upload_file

RESUME = "\n".join(RESUME_LINES).encode()
BAD_FILES = {
    "scanned.pdf": (hostile_pdf.image_only_pdf(), "no text layer"),
    "locked.pdf": (hostile_pdf.password_pdf(RESUME_LINES), "password-protected"),
    "truncated.pdf": (hostile_pdf.text_pdf(RESUME_LINES)[:300], "damaged"),
    "garbage.docx": (b"PK\x03\x04" + b"\x00" * 200, "damaged or incomplete"),
    "empty.pdf": (b"", "empty (0 bytes)"),
    "photo.pdf": (hostile_pdf.png_bytes(), "a PNG image"),
    "setup.exe": (b"MZ\x90\x00" + b"\x00" * 500, "a Windows program"),
    "huge.txt": (b"a" * (MAX_UPLOAD_BYTES + 1), "over the 10.0 MB limit"),
    "notes.txt": (b"Buy milk and eggs.\nCall the plumber on Tuesday.\n", "resume"),
    "bomb.pdf": (hostile_pdf.bomb_pdf(64 * 1024 * 1024), "unpacks to more than"),
    "flood.docx": (hostile_docx.huge_paragraphs_docx(200_000), "paragraphs"),
}


def _upload(*files, token=None):
    state = make_state(UploadState, owner_token=token)
    run_handler(UploadState.handle_upload, state, list(files))
    return state


def _saved_rows() -> int:
    with session_scope() as session:
        return session.exec(select(func.count()).select_from(Analysis)).one()


def _assert_plain_message(message: str, filename: str) -> None:
    assert message.startswith(f"{filename}: ")
    assert message.count(filename) == 1  # one message, naming the file once
    assert message.isprintable()
    assert len(message) < 300
    for leak in ("Traceback", 'File "', "Error:", "\\x", "b'"):
        assert leak not in message


@pytest.mark.parametrize("filename", sorted(BAD_FILES))
def test_each_bad_file_gets_one_plain_message_and_nothing_is_saved(upload_db, filename):
    data, reason = BAD_FILES[filename]
    state = _upload(upload_file(filename, data))
    [outcome] = state.outcomes
    assert outcome["status"] == "error"
    assert outcome["file"] == filename
    _assert_plain_message(outcome["message"], filename)
    assert reason in outcome["message"]
    assert not state.is_analyzing
    assert _saved_rows() == 0


def test_page_keeps_working_after_a_batch_of_bad_files(upload_db):
    state = _upload(*(upload_file(name, data) for name, (data, _) in BAD_FILES.items()))
    assert [row["status"] for row in state.outcomes] == ["error"] * len(BAD_FILES)
    assert not state.is_analyzing

    run_handler(UploadState.handle_upload, state, [upload_file("cv.txt", RESUME)])
    [outcome] = state.outcomes
    assert outcome["status"] == "ok"
    assert _saved_rows() == 1


def test_good_file_beside_bad_ones_is_the_only_one_saved(upload_db):
    state = _upload(
        upload_file("empty.txt", b""),
        upload_file("cv.txt", RESUME),
        upload_file("photo.pdf", hostile_pdf.png_bytes()),
    )
    assert [row["status"] for row in state.outcomes] == ["error", "ok", "error"]
    assert _saved_rows() == 1


def test_zip_over_the_limit_is_named_by_size_not_called_damaged(upload_db):
    big = zip_bytes(
        {f"cv{i}.txt": bytes(range(256)) * 4096 for i in range(12)},
        compression=0,
    )
    assert len(big) > MAX_UPLOAD_BYTES
    [outcome] = _upload(upload_file("batch.zip", big)).outcomes
    assert outcome["message"] == (
        f"batch.zip: the file is {len(big) / 2**20:.1f} MB, over the 10.0 MB limit"
    )
    assert _saved_rows() == 0


def test_internal_failure_is_reported_plainly_and_saves_nothing(upload_db, monkeypatch):
    def broken_parse(text, links=None):
        raise ValueError("secret internal detail")

    monkeypatch.setattr(pipeline, "parse_resume", broken_parse)
    state = _upload(upload_file("cv.txt", RESUME))
    [outcome] = state.outcomes
    _assert_plain_message(outcome["message"], "cv.txt")
    assert "secret internal detail" not in outcome["message"]
    assert not state.is_analyzing
    assert _saved_rows() == 0


@pytest.mark.parametrize(
    ("uploaded", "shown"),
    [
        ("cv\u202efdp.exe", "cvfdp.exe"),
        ("cv\x00.pdf", "cv.pdf"),
        ("a" * 300 + ".pdf", "a" * 115 + "….pdf"),
        ("Jane\u200b Doe\t\tCV.pdf", "Jane Doe CV.pdf"),
    ],
    ids=["rtl override", "nul", "300 chars", "zero width and tabs"],
)
def test_hostile_file_names_are_shown_and_stored_clean(upload_db, uploaded, shown):
    good = _upload(upload_file(uploaded, RESUME))
    [outcome] = good.outcomes
    assert (outcome["status"], outcome["file"]) == ("ok", shown)
    with session_scope() as session:
        [row] = session.exec(select(Analysis)).all()
    assert row.filename == shown
    assert row.result["file"] == shown

    [failure] = _upload(upload_file(uploaded, b""), token=good.owner_token).outcomes
    assert failure["message"] == f"{shown}: the file is empty (0 bytes)"


def test_markup_in_a_resume_is_stored_and_shown_as_text(upload_db):
    markup = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    text = RESUME.replace(b"EXPERIENCE", f"SUMMARY\n{markup}\nEXPERIENCE".encode())
    upload = _upload(upload_file("cv.txt", text))
    [outcome] = upload.outcomes
    view = make_state(
        AnalysisState,
        owner_token=upload.owner_token,
        params={"analysis_id": outcome["href"].rsplit("/", 1)[1]},
    )
    run_handler(AnalysisState.load_analysis, view)
    assert markup in view.summary  # a plain string var: React renders it as text


def test_overlong_email_in_a_resume_is_saved_on_every_database(upload_db):
    text = RESUME.replace(b"jane@example.org", b"x" * 400 + b"@example.org")
    [outcome] = _upload(upload_file("cv.txt", text)).outcomes
    assert outcome["status"] == "ok"
    with session_scope() as session:
        [row] = session.exec(select(Analysis)).all()
    assert row.candidate_email is None or len(row.candidate_email) <= 254


def test_save_failure_is_one_plain_error_and_the_page_recovers(upload_db, monkeypatch):
    def failing_save(session, owner, result):
        raise RuntimeError("database went away")

    monkeypatch.setattr(upload_page, "save_analysis", failing_save)
    state = _upload(upload_file("cv.txt", RESUME), upload_file("empty.txt", b""))
    assert [row["status"] for row in state.outcomes] == ["error", "error"]
    assert state.outcomes[0]["message"] == (
        "cv.txt: the analysis could not be saved; try again later"
    )
    assert not state.is_analyzing
    assert _saved_rows() == 0


def test_stranger_probing_ids_sees_nothing(upload_db):
    owner = _upload(upload_file("cv.txt", RESUME))
    real_id = owner.outcomes[0]["href"].rsplit("/", 1)[1]
    for probe in [real_id, "0", "-1", "1 OR 1=1", "١", f"{real_id}.0", ""]:
        view = make_state(AnalysisState, params={"analysis_id": probe})
        run_handler(AnalysisState.load_analysis, view)
        assert view.not_found and view.name == "" and view.email == ""


@pytest.mark.parametrize(
    "probe", ["²", "99999999999999999999999", "2147483648", "٣", "+1", " 1e3"]
)
def test_odd_analysis_ids_are_simply_not_found(upload_db, probe):
    view = make_state(AnalysisState, params={"analysis_id": probe})
    run_handler(AnalysisState.load_analysis, view)
    assert view.not_found
