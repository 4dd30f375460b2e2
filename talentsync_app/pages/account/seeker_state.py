"""State of the job seeker dashboard; every handler re-checks role and owner."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.auth.activity import recent_activity
from talentsync_app.auth.resumes import count_shared, set_master, set_shared
from talentsync_app.auth.roles import Role
from talentsync_app.db.engine import session_scope
from talentsync_app.services.analyses import (
    count_analyses,
    delete_analysis,
    list_analyses,
    rename_analysis,
)
from talentsync_app.state.analysis_view import category_text
from talentsync_app.state.auth import REFUSALS, AuthState, parse_id
from talentsync_app.state.rename import RenameMixin


class SeekerDashboardState(RenameMixin, AuthState):
    """The seeker's resumes and activity; every handler re-checks role and owner."""

    resumes: list[dict[str, str]] = []
    total: int = 0
    shared_count: int = 0
    activity: list[dict[str, str]] = []
    email_verified: bool = True
    loaded: bool = False

    @rx.event
    def load_dashboard(self):
        """Read the seeker's resumes, true counts and recent activity."""
        self.error = ""
        try:
            user = self._require_user(Role.SEEKER)
            owner = self._owner()
            with session_scope() as db:
                rows = list_analyses(db, owner)
                self.total = count_analyses(db, owner)
                self.shared_count = count_shared(db, owner)
                events = recent_activity(db, user.id)
        except REFUSALS as exc:
            self.resumes, self.activity, self.total = [], [], 0
            self.loaded = True
            return self._refuse_load(exc)
        self.resumes = [_resume_row(a) for a in rows]
        self.activity = [
            {"detail": e.detail, "at": e.created_at.strftime("%Y-%m-%d %H:%M")}
            for e in events
        ]
        self.email_verified = user.email_verified_at is not None
        self.loaded = True
        return None

    @rx.event
    def make_master(self, analysis_id: str):
        """Mark one resume as the master copy."""
        return self._change(lambda db, owner, i: set_master(db, owner, i), analysis_id)

    @rx.event
    def toggle_share(self, analysis_id: str, shared: bool):
        """Share a resume with recruiters, or stop sharing it."""
        return self._change(
            lambda db, owner, i: set_shared(db, owner, i, bool(shared)), analysis_id
        )

    @rx.event
    def delete_resume(self, analysis_id: str):
        """Delete a resume and its analysis for good."""
        return self._change(delete_analysis, analysis_id, "Deleted.")

    @rx.event
    def save_rename(self, form_data: dict | None = None):
        """Rename the resume being edited."""
        title = str((form_data or {}).get("title", self.rename_text))
        result = self._change(
            lambda db, owner, i: rename_analysis(db, owner, i, title),
            self.rename_id,
            "Renamed.",
        )
        if not self.error:
            self.rename_id = ""
        return result

    def _change(self, action, analysis_id: str, message: str = "Saved."):
        self.error = ""
        try:
            owner = self._require_owner(Role.SEEKER)
            with session_scope() as db:
                action(db, owner, parse_id(analysis_id))
        except REFUSALS as exc:
            return self._refuse(exc)
        return [SeekerDashboardState.load_dashboard, rx.toast.success(message)]


def _resume_row(analysis) -> dict[str, str]:
    return {
        "id": str(analysis.id),
        "title": analysis.title,
        "category": analysis.category or "",
        "category_text": category_text(analysis.category),
        "score": ""
        if analysis.quality_score is None
        else f"quality {analysis.quality_score}",
        "master": "yes" if analysis.is_master else "",
        "shared": "yes" if analysis.shared_with_recruiters else "",
        "href": routes.analysis_url(analysis.id),
    }
