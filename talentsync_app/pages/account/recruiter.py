"""Recruiter dashboard: the pool of resumes job seekers chose to share."""

import reflex as rx

from talentsync_app.auth import links
from talentsync_app.auth.resumes import shared_pool, shared_resume
from talentsync_app.auth.roles import Role
from talentsync_app.components.layout import page_frame
from talentsync_app.components.loading import spinner_until
from talentsync_app.components.record_list import (
    record_details,
    record_list,
    record_row,
)
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account.widgets import error_callout
from talentsync_app.state.analysis_view import category_text
from talentsync_app.state.auth import REFUSALS, AuthState, parse_id

MAX_SKILLS_SHOWN = 15


class RecruiterDashboardState(AuthState):
    """Shared resumes, readable only by recruiters and admins (checked per call)."""

    pool: list[dict[str, str]] = []
    category: str = ""
    opened: dict[str, str] = {}
    opened_skills: list[str] = []
    loaded: bool = False

    @rx.event
    def load_pool(self):
        """Read the shared resumes, newest first, optionally one category."""
        self.error = ""
        try:
            user = self._require_user(Role.RECRUITER)
            with session_scope() as db:
                rows = shared_pool(db, user.role, category=self.category)
        except REFUSALS as exc:
            self.pool, self.loaded = [], True
            return self._refuse_load(exc)
        self.pool, self.loaded = [_pool_row(a) for a in rows], True
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
            "years": _years_text(result.get("total_experience_years")),
        }
        self.opened_skills = [str(s) for s in (result.get("skills") or [])][
            :MAX_SKILLS_SHOWN
        ]
        return None

    @rx.event
    def close_resume(self):
        """Close the summary."""
        self.opened, self.opened_skills = {}, []

    @rx.event
    def set_resume_open(self, is_open: bool, analysis_id: str = ""):
        """Follow a row's summary dialog opening (then load it) or closing."""
        if is_open:
            return RecruiterDashboardState.open_resume(analysis_id)
        self.opened, self.opened_skills = {}, []
        return None


def _years_text(years) -> str:
    return f"{years} years of experience" if years else ""


def _pool_row(analysis) -> dict[str, str]:
    return {
        "id": str(analysis.id),
        "name": analysis.candidate_name or "Unnamed candidate",
        "category": analysis.category or "",
        "category_text": category_text(analysis.category),
        "score": ""
        if analysis.quality_score is None
        else f"quality {analysis.quality_score}",
        "skills": str(analysis.skill_count),
        "updated": analysis.updated_at.strftime("%Y-%m-%d"),
    }


def pool_row(row: rx.Var) -> rx.Component:
    """One shared resume."""
    return record_row(
        rx.text(row["name"], weight="medium"),
        record_details(
            row["skills"] + " skills",
            row["score"],
            "updated " + row["updated"],
        ),
        rx.hstack(
            rx.cond(
                (row["category"] != "") & (RecruiterDashboardState.category == ""),
                rx.button(
                    rx.icon("filter", size=14, aria_hidden="true"),
                    row["category_text"],
                    size="1",
                    variant="soft",
                    color_scheme="gray",
                    aria_label=f"Show only {row['category_text']}",
                    title="Show only this category",
                    on_click=RecruiterDashboardState.filter_category(row["category"]),
                ),
            ),
            open_button(row),
            spacing="2",
            wrap="wrap",
        ),
    )


def open_button(row: rx.Var) -> rx.Component:
    """The Open button of one row and the summary dialog it opens.

    The button is the dialog's trigger, so closing puts the focus back on it.
    """
    opened = RecruiterDashboardState.opened
    return rx.dialog.root(
        rx.dialog.trigger(
            rx.button(
                "Open",
                size="1",
                variant="soft",
                aria_label=f"Open {row['name']}",
            )
        ),
        rx.dialog.content(
            rx.dialog.title(opened["name"]),
            rx.dialog.description(
                record_details(
                    opened["category_text"],
                    opened["score"],
                    opened["years"],
                    as_="span",
                )
            ),
            rx.text(opened["email"], size="2", margin_top="0.5rem"),
            rx.text(opened["summary"], size="2", margin_y="0.5rem"),
            rx.flex(
                rx.foreach(RecruiterDashboardState.opened_skills, rx.badge),
                wrap="wrap",
                spacing="1",
            ),
            rx.dialog.close(rx.button("Close", variant="soft", margin_top="1rem")),
        ),
        open=opened["id"] == row["id"],
        on_open_change=lambda is_open: RecruiterDashboardState.set_resume_open(
            is_open, row["id"]
        ),
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
            rx.hstack(
                rx.text("Showing ", rx.text.strong(RecruiterDashboardState.category)),
                rx.button(
                    "Show all categories",
                    variant="soft",
                    size="1",
                    on_click=RecruiterDashboardState.filter_category(""),
                ),
                align="center",
                spacing="3",
                wrap="wrap",
            ),
        ),
        spinner_until(
            RecruiterDashboardState.loaded,
            record_list(
                RecruiterDashboardState.pool,
                pool_row,
                "Shared resumes",
                empty=rx.callout(
                    "No shared resumes yet. Job seekers choose which resumes to share.",
                    icon="inbox",
                ),
            ),
            "Loading shared resumes",
        ),
    )
