"""Upload page: drop resumes, watch progress, read errors in plain words."""

import asyncio
import logging
from pathlib import PurePosixPath

import reflex as rx

from talentsync_app import routes
from talentsync_app.components.file_list import UPLOAD_ID, selected_file_list
from talentsync_app.components.layout import page_frame
from talentsync_app.components.upload_zone import drop_zone, outcome_list
from talentsync_app.core.extract import MAX_UPLOAD_BYTES, display_filename
from talentsync_app.core.extract.detect import format_size
from talentsync_app.core.pipeline import analyze_upload
from talentsync_app.db.engine import session_scope
from talentsync_app.ops.analytics import capture
from talentsync_app.services.analyses import save_analysis
from talentsync_app.state.session import SessionState

logger = logging.getLogger(__name__)

MAX_FILES_PER_UPLOAD = 20
NOT_SAVED_REASON = "the analysis could not be saved; try again later"
ACCEPTED_TYPES = {
    "application/pdf": [".pdf"],
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [
        ".docx"
    ],
    "text/plain": [".txt", ".md"],
    "text/markdown": [".md"],
    "application/zip": [".zip"],
}
LIMIT_TEXT = (
    f"PDF, DOCX, TXT or MD (or a ZIP of them), up to "
    f"{MAX_UPLOAD_BYTES // (1024 * 1024)} MB each."
)
WRONG_TYPE = "not a PDF, DOCX, TXT, MD or ZIP file, so it was not added"
TOO_MANY = f"Choose at most {MAX_FILES_PER_UPLOAD} files at a time."


class UploadState(SessionState):
    """Runs uploaded files through the analysis pipeline and saves the results."""

    progress: int = 0
    is_uploading: bool = False
    is_analyzing: bool = False
    files_total: int = 0
    files_done: int = 0
    outcomes: list[dict[str, str]] = []

    @rx.event
    def set_progress(self, progress: dict):
        """Show the browser's upload progress; hide the bar once all is sent.

        The last progress events can arrive after the analysis has finished,
        so a complete upload hides the bar instead of leaving it full.
        """
        self.progress = round(float(progress.get("progress", 0)) * 100)
        self.is_uploading = self.progress < 100

    @rx.event
    async def handle_upload(self, files: list[rx.UploadFile]):
        """Analyse every uploaded file, save successes, report failures.

        A single successful resume opens its analysis page straight away.
        """
        owner = self._owner()
        self.is_uploading, self.is_analyzing, self.outcomes = False, True, []
        self.files_total, self.files_done = len(files), 0
        yield
        if len(files) > MAX_FILES_PER_UPLOAD:
            self.is_analyzing = False
            yield rx.toast.error(f"Choose at most {MAX_FILES_PER_UPLOAD} files.")
            return
        outcomes = []
        for upload in files:
            outcomes.extend(await self._analyse_one(upload, owner))
            self.outcomes, self.files_done = list(outcomes), self.files_done + 1
            yield
        self.is_analyzing = False
        yield rx.clear_selected_files(UPLOAD_ID)
        saved = [row for row in outcomes if row["status"] == "ok"]
        if len(outcomes) == 1 and saved:
            yield rx.redirect(saved[0]["href"])

    @rx.event
    def reject_files(self, names: list[str], codes: list[str]):
        """Say in plain words why the browser refused some of the chosen files.

        Args:
            names: The refused files' names, as the browser reports them.
            codes: react-dropzone's error code for each, such as
                "file-invalid-type" or "too-many-files".
        """
        if "too-many-files" in codes:
            self.outcomes = [{"file": "", "status": "error", "message": TOO_MANY}]
            return
        self.outcomes = [
            _wrong_type(str(name)) for name in names[:MAX_FILES_PER_UPLOAD]
        ]

    async def _analyse_one(self, upload: rx.UploadFile, owner) -> list[dict[str, str]]:
        name = display_filename(upload.name or "upload")
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:  # cut short on purpose: never analyse it
            return [_too_large(name, max(upload.size or 0, len(data)))]
        results = await asyncio.to_thread(analyze_upload, data, name)
        return [self._save_outcome(result, owner) for result in results]

    @staticmethod
    def _save_outcome(result: dict, owner) -> dict[str, str]:
        if result.get("error"):
            return {
                "file": result["file"],
                "status": "error",
                "message": result["error"],
            }
        try:
            with session_scope() as session:
                analysis = save_analysis(session, owner, result)
                href = routes.analysis_url(analysis.id)
        except Exception:  # one unsaved file must not stall the rest of the batch
            logger.exception("saving the analysis of %s failed", result["file"])
            return {
                "file": result["file"],
                "status": "error",
                "message": f"{result['file']}: {NOT_SAVED_REASON}",
            }
        capture(
            "analysis completed",
            str(owner.user_id or owner.token),
            {"kind": result["kind"], "category": result["category"]["label"]},
        )
        summary = f"{result.get('name') or 'Unnamed'} · {result['kind'].upper()}"
        return {
            "file": result["file"],
            "status": "ok",
            "message": summary,
            "href": href,
        }


def _wrong_type(path: str) -> dict[str, str]:
    """The outcome of a file the browser refused for its type."""
    name = display_filename(PurePosixPath(path).name or "a file")
    return {"file": name, "status": "error", "message": f"{name}: {WRONG_TYPE}"}


def _too_large(name: str, size: int) -> dict[str, str]:
    """The outcome of an upload over the size limit (a ZIP too: it was cut)."""
    limit = format_size(MAX_UPLOAD_BYTES)
    message = f"{name}: the file is {format_size(size)}, over the {limit} limit"
    return {"file": name, "status": "error", "message": message}


def upload_controls() -> rx.Component:
    """Chosen files, the analyse button and progress."""
    return rx.vstack(
        selected_file_list(),
        rx.hstack(
            rx.button(
                rx.cond(UploadState.is_analyzing, "Analyzing…", "Analyze"),
                on_click=UploadState.handle_upload(
                    rx.upload_files(
                        upload_id=UPLOAD_ID,
                        on_upload_progress=UploadState.set_progress,
                    )
                ),
                loading=UploadState.is_analyzing,
                disabled=rx.selected_files(UPLOAD_ID).length() == 0,
                size="3",
            ),
            rx.button(
                "Clear",
                on_click=rx.clear_selected_files(UPLOAD_ID),
                variant="soft",
                color_scheme="gray",
                size="3",
            ),
            spacing="3",
        ),
        rx.cond(
            UploadState.is_uploading,
            rx.progress(value=UploadState.progress, width="100%", aria_label="Upload"),
        ),
        rx.cond(
            UploadState.is_analyzing,
            rx.text(
                "Analysing… ",
                UploadState.files_done,
                " of ",
                UploadState.files_total,
                " files done",
                role="status",
                size="2",
                color_scheme="gray",
            ),
        ),
        width="100%",
        spacing="3",
    )


@rx.page(
    route=routes.UPLOAD,
    title="Analyze a resume — TalentSync",
    on_load=SessionState.ensure_owner_token,
)
def upload_page() -> rx.Component:
    """The upload page."""
    return page_frame(
        rx.heading("Analyze a resume", size="7", as_="h1"),
        rx.text(
            "Files are read on this server. Nothing is saved unless it can be "
            "analysed.",
            color_scheme="gray",
        ),
        drop_zone(
            accept=ACCEPTED_TYPES,
            max_files=MAX_FILES_PER_UPLOAD,
            limit_text=LIMIT_TEXT,
            on_rejected=UploadState.reject_files,
        ),
        upload_controls(),
        outcome_list(UploadState.outcomes),
    )
