"""History page: past analyses with open, rename and delete."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.components.dialogs import confirm_delete_button, rename_button
from talentsync_app.components.layout import page_frame
from talentsync_app.components.loading import spinner_until
from talentsync_app.components.record_list import (
    empty_notice,
    record_details,
    record_list,
    record_row,
)
from talentsync_app.db.engine import session_scope
from talentsync_app.services.analyses import (
    count_analyses,
    delete_analysis,
    list_analyses,
    rename_analysis,
)
from talentsync_app.services.owner import AccessDenied
from talentsync_app.state import analysis_view as view
from talentsync_app.state.auth import parse_id
from talentsync_app.state.rename import RenameMixin
from talentsync_app.state.session import SessionState


class HistoryState(RenameMixin, SessionState):
    """The requester's saved analyses, newest first."""

    rows: list[dict[str, str]] = []
    total: int = 0
    loading: bool = True

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
                "category_text": view.category_text(a.category),
                "score": ""
                if a.quality_score is None
                else f"quality {a.quality_score}",
                "created": a.created_at.strftime("%Y-%m-%d %H:%M"),
                "href": routes.analysis_url(a.id),
            }
            for a in analyses
        ]
        self.loading = False

    @rx.event
    def save_rename(self, form_data: dict | None = None):
        """Rename the chosen analysis if it belongs to the requester."""
        title = str((form_data or {}).get("title", self.rename_text))
        try:
            with session_scope() as session:
                rename_analysis(session, self._owner(), parse_id(self.rename_id), title)
        except (AccessDenied, ValueError) as exc:
            return rx.toast.error(str(exc))
        self.rename_id = ""
        return [HistoryState.load_history, rx.toast.success("Renamed.")]

    @rx.event
    def delete(self, analysis_id: str):
        """Delete one analysis after the user confirmed."""
        try:
            with session_scope() as session:
                delete_analysis(session, self._owner(), parse_id(analysis_id))
        except (AccessDenied, ValueError) as exc:
            return rx.toast.error(str(exc))
        return [HistoryState.load_history, rx.toast.success("Deleted.")]


def history_row(row: rx.Var) -> rx.Component:
    """One analysis with its actions."""
    return record_row(
        rx.link(row["title"], href=row["href"], weight="medium"),
        record_details(row["category_text"], row["score"], row["created"]),
        rx.hstack(
            rename_button(HistoryState, row["id"], row["title"], "Rename analysis"),
            confirm_delete_button(
                "Delete this analysis?",
                row["title"],
                HistoryState.delete(row["id"]),
            ),
            spacing="2",
        ),
    )


def history_list() -> rx.Component:
    """The analyses, or an empty state."""
    return record_list(
        HistoryState.rows,
        history_row,
        "Past analyses",
        empty=empty_notice("No analyses yet.", "Analyze a resume", routes.UPLOAD),
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
        spinner_until(
            ~HistoryState.loading,
            rx.vstack(
                rx.text(HistoryState.total, " in total", color_scheme="gray"),
                history_list(),
                spacing="3",
                width="100%",
            ),
            "Loading your analyses",
        ),
    )
