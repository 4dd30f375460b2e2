"""Files the browser refuses before upload are explained, one plain message each."""

from talentsync_app.pages.upload import MAX_FILES_PER_UPLOAD, UploadState
from tests.pages.state_helpers import make_state, run_handler


def test_wrong_types_are_named_with_the_reason():
    state = make_state(UploadState)
    names = ["./budget.xlsx", "./photos/cat.png"]
    run_handler(UploadState.reject_files, state, names, ["file-invalid-type"] * 2)
    assert [row["file"] for row in state.outcomes] == ["budget.xlsx", "cat.png"]
    assert all(row["status"] == "error" for row in state.outcomes)
    assert state.outcomes[0]["message"].startswith("budget.xlsx: not a PDF, DOCX")


def test_too_many_files_gets_one_message():
    state = make_state(UploadState)
    count = MAX_FILES_PER_UPLOAD + 1
    names = [f"./cv{i}.pdf" for i in range(count)]
    run_handler(UploadState.reject_files, state, names, ["too-many-files"] * count)
    [row] = state.outcomes
    assert row["message"] == f"Choose at most {MAX_FILES_PER_UPLOAD} files at a time."


def test_names_are_cleaned_and_empty_ones_named():
    state = make_state(UploadState)
    names = ["", "./evil\u202egnp.pdf"]
    run_handler(UploadState.reject_files, state, names, ["file-invalid-type"] * 2)
    shown = [row["file"] for row in state.outcomes]
    assert shown[0] == "a file"
    assert "\u202e" not in shown[1]
