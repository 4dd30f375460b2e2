"""Upload, analysis and history handlers, as the browser drives them."""

import pytest

from talentsync_app.pages.analysis import AnalysisState
from talentsync_app.pages.history import HistoryState
from talentsync_app.pages.upload import UploadState
from tests.pages.state_helpers import make_state, run_handler, upload_file


@pytest.fixture
def resume_pdf(realdata):
    return realdata / "open-resume" / "openresume-resume.pdf"


def _upload(token, *files):
    state = make_state(UploadState, owner_token=token)
    outputs = run_handler(UploadState.handle_upload, state, list(files))
    return state, outputs


def test_upload_saves_and_analysis_page_shows_it(app_db, resume_pdf):
    upload, _ = _upload(None, upload_file(resume_pdf))
    [outcome] = upload.outcomes
    assert outcome["status"] == "ok"
    analysis_id = outcome["href"].rsplit("/", 1)[1]

    view = make_state(
        AnalysisState,
        owner_token=upload.owner_token,
        params={"analysis_id": analysis_id},
    )
    run_handler(AnalysisState.load_analysis, view)
    assert view.loaded and not view.not_found
    assert view.name == "John Doe"
    assert view.email == "hello@openresume.com"
    assert [job.title for job in view.jobs][0] == "Software Engineer"
    assert view.skill_total >= 10
    assert view.category_label


def test_bad_files_are_reported_and_not_saved(app_db, tmp_path):
    upload, _ = _upload(
        None,
        upload_file("photo.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
        upload_file("empty.docx", b""),
    )
    assert [row["status"] for row in upload.outcomes] == ["error", "error"]
    assert "photo.pdf" in upload.outcomes[0]["message"]
    assert "empty.docx" in upload.outcomes[1]["message"]

    history = make_state(HistoryState, owner_token=upload.owner_token)
    run_handler(HistoryState.load_history, history)
    assert history.total == 0 and history.rows == []


def test_other_browser_cannot_open_rename_or_delete(app_db, resume_pdf):
    upload, _ = _upload(None, upload_file(resume_pdf))
    analysis_id = upload.outcomes[0]["href"].rsplit("/", 1)[1]

    stranger = make_state(AnalysisState, params={"analysis_id": analysis_id})
    run_handler(AnalysisState.load_analysis, stranger)
    assert stranger.not_found and stranger.name == ""

    intruder = make_state(HistoryState)
    run_handler(HistoryState.delete, intruder, analysis_id)
    intruder.rename_id, intruder.rename_text = int(analysis_id), "mine now"
    run_handler(HistoryState.save_rename, intruder)

    owner = make_state(HistoryState, owner_token=upload.owner_token)
    run_handler(HistoryState.load_history, owner)
    assert owner.total == 1
    assert owner.rows[0]["title"] != "mine now"


def test_history_rename_and_delete_by_owner(app_db, resume_pdf):
    upload, _ = _upload(None, upload_file(resume_pdf))
    history = make_state(HistoryState, owner_token=upload.owner_token)
    run_handler(HistoryState.load_history, history)
    row_id = history.rows[0]["id"]

    run_handler(HistoryState.start_rename, history, row_id, history.rows[0]["title"])
    run_handler(HistoryState.set_rename_text, history, "Tailored for ACME")
    run_handler(HistoryState.save_rename, history)
    run_handler(HistoryState.load_history, history)
    assert history.rows[0]["title"] == "Tailored for ACME"

    run_handler(HistoryState.delete, history, row_id)
    run_handler(HistoryState.load_history, history)
    assert history.total == 0


def test_non_numeric_id_is_not_found(app_db):
    view = make_state(AnalysisState, params={"analysis_id": "1 OR 1=1"})
    run_handler(AnalysisState.load_analysis, view)
    assert view.not_found
