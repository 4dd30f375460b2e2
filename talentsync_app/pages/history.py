"""History page: past analyses with open, rename and delete."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.components.dialogs import confirm_delete_button, rename_dialog
from talentsync_app.components.layout import page_frame
from talentsync_app.db.engine import session_scope
from talentsync_app.services.analyses import (
    count_analyses,
    delete_analysis,
    list_analyses,
    rename_analysis,
)
from talentsync_app.services.owner import AccessDenied
from talentsync_app.state.session import SessionState


class HistoryState(SessionState):
    """The requester's saved analyses, newest first."""

    rows: list[dict[str, str]] = []
    total: int = 0
    loading: bool = True
    rename_id: int = 0
    rename_text: str = ""

    @rx.event
    def load_history(self):
        """Read this browser's analyses from the database."""
        owner = self._owner()
        with session_scope() as session:
            analyses = list_analyses(session, owner)
            self.total = count_analyses(session, owner)
        self.rows = [
            {
                "id": str(a.id),
                "title": a.title,
                "name": a.candidate_name or "",
                "category": a.category or "",
                "score": "" if a.quality_score is None else str(a.quality_score),
                "created": a.created_at.strftime("%Y-%m-%d %H:%M"),
                "href": routes.analysis_url(a.id),
            }
            for a in analyses
        ]
        self.loading = False

    @rx.event
    def start_rename(self, analysis_id: str, title: str):
        """Open the rename dialog for one analysis."""
        self.rename_id, self.rename_text = int(analysis_id), title

    @rx.event
    def set_rename_text(self, text: str):
        """Track the new title while the user types."""
        self.rename_text = text

    @rx.event
    def cancel_rename(self):
        """Close the rename dialog without changes."""
        self.rename_id = 0

    @rx.event
    def save_rename(self):
        """Rename the chosen analysis if it belongs to the requester."""
        try:
            with session_scope() as session:
                rename_analysis(
                    session, self._owner(), self.rename_id, self.rename_text
                )
        except (AccessDenied, ValueError) as exc:
            return rx.toast.error(str(exc))
        self.rename_id = 0
        return [HistoryState.load_history, rx.toast.success("Renamed.")]

    @rx.event
    def delete(self, analysis_id: str):
        """Delete one analysis after the user confirmed."""
        try:
            with session_scope() as session:
                delete_analysis(session, self._owner(), int(analysis_id))
        except (AccessDenied, ValueError) as exc:
            return rx.toast.error(str(exc))
        return [HistoryState.load_history, rx.toast.success("Deleted.")]


def history_rename_dialog() -> rx.Component:
    """The dialog for a new title."""
    return rename_dialog(
        "Rename analysis",
        is_open=HistoryState.rename_id > 0,
        text=HistoryState.rename_text,
        on_change=HistoryState.set_rename_text,
        on_cancel=HistoryState.cancel_rename,
        on_save=HistoryState.save_rename,
    )


def history_row(row: rx.Var) -> rx.Component:
    """One analysis in the table."""
    return rx.table.row(
        rx.table.cell(rx.link(row["title"], href=row["href"])),
        rx.table.cell(row["category"]),
        rx.table.cell(row["score"]),
        rx.table.cell(row["created"]),
        rx.table.cell(
            rx.hstack(
                rx.button(
                    "Rename",
                    variant="soft",
                    size="1",
                    on_click=HistoryState.start_rename(row["id"], row["title"]),
                ),
                confirm_delete_button(
                    "Delete this analysis?",
                    row["title"],
                    HistoryState.delete(row["id"]),
                ),
                spacing="2",
            )
        ),
    )


def history_table() -> rx.Component:
    """The table of analyses, or an empty state."""
    return rx.cond(
        HistoryState.rows.length() > 0,
        rx.table.root(
            rx.table.header(
                rx.table.row(
                    *[
                        rx.table.column_header_cell(label)
                        for label in ("Analysis", "Category", "Quality", "Date", "")
                    ]
                )
            ),
            rx.table.body(rx.foreach(HistoryState.rows, history_row)),
            width="100%",
            variant="surface",
        ),
        rx.callout(
            rx.hstack(
                rx.text("No analyses yet."),
                rx.link("Analyze a resume", href=routes.UPLOAD),
                spacing="2",
            ),
            icon="inbox",
        ),
    )


@rx.page(
    route=routes.HISTORY,
    title="History — TalentSync",
    on_load=[SessionState.ensure_owner_token, HistoryState.load_history],
)
def history_page() -> rx.Component:
    """The history page."""
    return page_frame(
        rx.heading("Past analyses", size="7", as_="h1"),
        rx.text(HistoryState.total, " in total", color_scheme="gray"),
        rx.cond(HistoryState.loading, rx.spinner(), history_table()),
        history_rename_dialog(),
    )
