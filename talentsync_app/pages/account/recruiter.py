"""Recruiter dashboard: the pool of resumes job seekers chose to share."""

import reflex as rx

from talentsync_app.auth import links
from talentsync_app.auth.resumes import shared_pool, shared_resume
from talentsync_app.auth.roles import Role
from talentsync_app.components.layout import page_frame
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account.widgets import error_callout
from talentsync_app.state.auth import REFUSALS, AuthState, parse_id

MAX_SKILLS_SHOWN = 15


class RecruiterDashboardState(AuthState):
    """Shared resumes, readable only by recruiters and admins (checked per call)."""

    pool: list[dict[str, str]] = []
    category: str = ""
    opened: dict[str, str] = {}
    opened_skills: list[str] = []

    @rx.event
    def load_pool(self):
        """Read the shared resumes, newest first, optionally one category."""
        self.error = ""
        try:
            user = self._require_user(Role.RECRUITER)
            with session_scope() as db:
                rows = shared_pool(db, user.role, category=self.category)
        except REFUSALS as exc:
            self.pool = []
            return self._refuse(exc)
        self.pool = [_pool_row(a) for a in rows]
        return None

    @rx.event
    def filter_category(self, category: str):
        """Show one category only ("" for all)."""
        self.category = str(category)[:64]
        return RecruiterDashboardState.load_pool

    @rx.event
    def open_resume(self, analysis_id: str):
        """Show the summary of one shared resume."""
        self.error = ""
        try:
            user = self._require_user(Role.RECRUITER)
            with session_scope() as db:
                analysis = shared_resume(db, user.role, parse_id(analysis_id))
        except REFUSALS as exc:
            self.opened, self.opened_skills = {}, []
            return self._refuse(exc)
        result = analysis.result or {}
        self.opened = {
            **_pool_row(analysis),
            "summary": str(result.get("summary") or ""),
            "email": str(result.get("email") or ""),
            "years": str(result.get("total_experience_years") or ""),
        }
        self.opened_skills = [str(s) for s in (result.get("skills") or [])][
            :MAX_SKILLS_SHOWN
        ]
        return None

    @rx.event
    def close_resume(self):
        """Close the summary."""
        self.opened, self.opened_skills = {}, []


def _pool_row(analysis) -> dict[str, str]:
    return {
        "id": str(analysis.id),
        "name": analysis.candidate_name or "Unnamed candidate",
        "category": analysis.category or "",
        "score": "" if analysis.quality_score is None else str(analysis.quality_score),
        "skills": str(analysis.skill_count),
        "updated": analysis.updated_at.strftime("%Y-%m-%d"),
    }


def pool_row(row: rx.Var) -> rx.Component:
    """One shared resume."""
    return rx.table.row(
        rx.table.cell(row["name"]),
        rx.table.cell(
            rx.link(
                row["category"],
                on_click=RecruiterDashboardState.filter_category(row["category"]),
                href="#",
            )
        ),
        rx.table.cell(row["skills"]),
        rx.table.cell(row["score"]),
        rx.table.cell(row["updated"]),
        rx.table.cell(
            rx.button(
                "Open",
                size="1",
                variant="soft",
                on_click=RecruiterDashboardState.open_resume(row["id"]),
            )
        ),
    )


def resume_dialog() -> rx.Component:
    """Summary of the opened resume."""
    opened = RecruiterDashboardState.opened
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(opened["name"]),
            rx.text(opened["category"], " · quality ", opened["score"], size="2"),
            rx.text(opened["email"], size="2"),
            rx.text(opened["summary"], size="2", margin_y="0.5rem"),
            rx.flex(
                rx.foreach(RecruiterDashboardState.opened_skills, rx.badge),
                wrap="wrap",
                spacing="1",
            ),
            rx.dialog.close(rx.button("Close", variant="soft", margin_top="1rem")),
        ),
        open=opened.contains("id"),
        on_open_change=lambda _open: RecruiterDashboardState.close_resume,
    )


@rx.page(
    route=links.RECRUITER_DASHBOARD,
    title="Recruiter dashboard — TalentSync",
    on_load=[
        RecruiterDashboardState.ensure_owner_token,
        RecruiterDashboardState.require_recruiter,
        RecruiterDashboardState.load_pool,
    ],
)
def recruiter_dashboard_page() -> rx.Component:
    """The recruiter dashboard."""
    # TODO(3): jobs, bulk screening and shortlists come with the recruiter
    # screening issue (capability 10); this page shows the opt-in pool only.
    return page_frame(
        rx.heading("Candidate pool", size="7", as_="h1"),
        rx.text(
            "Resumes job seekers chose to share with recruiters.", color_scheme="gray"
        ),
        error_callout(RecruiterDashboardState.error),
        rx.cond(
            RecruiterDashboardState.category != "",
            rx.button(
                "Show all categories",
                variant="soft",
                size="1",
                on_click=RecruiterDashboardState.filter_category(""),
            ),
        ),
        rx.cond(
            RecruiterDashboardState.pool.length() > 0,
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        *[
                            rx.table.column_header_cell(h)
                            for h in (
                                "Candidate",
                                "Category",
                                "Skills",
                                "Quality",
                                "Updated",
                                "",
                            )
                        ]
                    )
                ),
                rx.table.body(rx.foreach(RecruiterDashboardState.pool, pool_row)),
                width="100%",
                variant="surface",
            ),
            rx.callout("No shared resumes yet.", icon="inbox"),
        ),
        resume_dialog(),
    )
