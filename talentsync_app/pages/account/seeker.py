"""Job seeker dashboard: resumes (rename, delete, master, sharing), activity, tools."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.auth import links
from talentsync_app.auth.activity import recent_activity
from talentsync_app.auth.resumes import count_shared, set_master, set_shared
from talentsync_app.auth.roles import Role
from talentsync_app.components.layout import page_frame
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account.widgets import error_callout
from talentsync_app.services.analyses import (
    count_analyses,
    delete_analysis,
    list_analyses,
    rename_analysis,
)
from talentsync_app.state.auth import REFUSALS, AuthState, parse_id

# TODO(3): link ATS match, writing tools, workshop and LaTeX export here once
# their pages exist (issues for capabilities 6-9); only built tools are listed.
TOOLS = [
    ("Analyze a resume", "scan-text", routes.UPLOAD),
    ("All past analyses", "history", routes.HISTORY),
    ("Account and data", "user-cog", links.ACCOUNT),
]


class SeekerDashboardState(AuthState):
    """The seeker's resumes and activity; every handler re-checks role and owner."""

    resumes: list[dict[str, str]] = []
    total: int = 0
    shared_count: int = 0
    activity: list[dict[str, str]] = []
    email_verified: bool = True
    rename_id: str = ""
    rename_text: str = ""

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
            return self._refuse(exc)
        self.resumes = [_resume_row(a) for a in rows]
        self.activity = [
            {"detail": e.detail, "at": e.created_at.strftime("%Y-%m-%d %H:%M")}
            for e in events
        ]
        self.email_verified = user.email_verified_at is not None
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
    def start_rename(self, analysis_id: str, title: str):
        """Open the rename dialog."""
        self.rename_id, self.rename_text = str(analysis_id), str(title)

    @rx.event
    def set_rename_text(self, text: str):
        """Track the new title."""
        self.rename_text = text

    @rx.event
    def cancel_rename(self):
        """Close the rename dialog."""
        self.rename_id = ""

    @rx.event
    def save_rename(self):
        """Rename the resume being edited."""
        title = self.rename_text
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
        "score": "" if analysis.quality_score is None else str(analysis.quality_score),
        "master": "yes" if analysis.is_master else "",
        "shared": "yes" if analysis.shared_with_recruiters else "",
        "href": routes.analysis_url(analysis.id),
    }


def resume_row(row: rx.Var) -> rx.Component:
    """One resume with its actions."""
    return rx.table.row(
        rx.table.cell(
            rx.hstack(
                rx.link(row["title"], href=row["href"]),
                rx.cond(
                    row["master"] == "yes", rx.badge("Master", color_scheme="green")
                ),
                spacing="2",
                align="center",
            )
        ),
        rx.table.cell(row["category"]),
        rx.table.cell(row["score"]),
        rx.table.cell(
            rx.switch(
                checked=row["shared"] == "yes",
                on_change=lambda value: SeekerDashboardState.toggle_share(
                    row["id"], value
                ),
                aria_label="Share with recruiters",
            )
        ),
        rx.table.cell(resume_actions(row)),
    )


def resume_actions(row: rx.Var) -> rx.Component:
    """Master, rename and delete buttons of one resume."""
    return rx.hstack(
        rx.button(
            "Set master",
            size="1",
            variant="soft",
            disabled=row["master"] == "yes",
            on_click=SeekerDashboardState.make_master(row["id"]),
        ),
        rx.button(
            "Rename",
            size="1",
            variant="soft",
            on_click=SeekerDashboardState.start_rename(row["id"], row["title"]),
        ),
        rx.alert_dialog.root(
            rx.alert_dialog.trigger(
                rx.button("Delete", size="1", variant="soft", color_scheme="red")
            ),
            rx.alert_dialog.content(
                rx.alert_dialog.title("Delete this resume?"),
                rx.alert_dialog.description("“", row["title"], "” will be removed."),
                rx.hstack(
                    rx.alert_dialog.cancel(rx.button("Cancel", variant="soft")),
                    rx.alert_dialog.action(
                        rx.button(
                            "Delete",
                            color_scheme="red",
                            on_click=SeekerDashboardState.delete_resume(row["id"]),
                        )
                    ),
                    justify="end",
                    spacing="3",
                    margin_top="1rem",
                ),
            ),
        ),
        spacing="2",
    )


def rename_dialog() -> rx.Component:
    """Dialog for a resume's new title."""
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Rename resume"),
            rx.input(
                value=SeekerDashboardState.rename_text,
                on_change=SeekerDashboardState.set_rename_text,
                max_length=200,
                aria_label="New title",
            ),
            rx.hstack(
                rx.button(
                    "Cancel",
                    variant="soft",
                    on_click=SeekerDashboardState.cancel_rename,
                ),
                rx.button("Save", on_click=SeekerDashboardState.save_rename),
                justify="end",
                spacing="3",
                margin_top="1rem",
            ),
        ),
        open=SeekerDashboardState.rename_id != "",
        on_open_change=lambda _open: SeekerDashboardState.cancel_rename,
    )


def resumes_table() -> rx.Component:
    """All resumes, or a pointer to the upload page."""
    headers = ("Resume", "Category", "Quality", "Shared", "")
    return rx.cond(
        SeekerDashboardState.resumes.length() > 0,
        rx.table.root(
            rx.table.header(
                rx.table.row(*[rx.table.column_header_cell(h) for h in headers])
            ),
            rx.table.body(rx.foreach(SeekerDashboardState.resumes, resume_row)),
            width="100%",
            variant="surface",
        ),
        rx.callout(
            rx.hstack(
                rx.text("No resumes yet."),
                rx.link("Analyze one", href=routes.UPLOAD),
                spacing="2",
            ),
            icon="inbox",
        ),
    )


def stat(label: str, value: rx.Var) -> rx.Component:
    """A number with a caption."""
    return rx.card(
        rx.vstack(rx.heading(value, size="7"), rx.text(label, size="2")), size="2"
    )


def side_panel() -> rx.Component:
    """Tools and recent activity."""
    return rx.vstack(
        rx.heading("Tools", size="4", as_="h2"),
        *[
            rx.link(rx.hstack(rx.icon(icon, size=16), rx.text(label)), href=href)
            for label, icon, href in TOOLS
        ],
        rx.heading("Recent activity", size="4", as_="h2", margin_top="1rem"),
        rx.foreach(
            SeekerDashboardState.activity,
            lambda e: rx.text(e["at"], " · ", e["detail"], size="2"),
        ),
        spacing="2",
        min_width="16rem",
    )


@rx.page(
    route=links.SEEKER_DASHBOARD,
    title="Dashboard — TalentSync",
    on_load=[
        SeekerDashboardState.ensure_owner_token,
        SeekerDashboardState.require_seeker,
        SeekerDashboardState.load_dashboard,
    ],
)
def seeker_dashboard_page() -> rx.Component:
    """The job seeker dashboard."""
    return page_frame(
        rx.heading("Your resumes", size="7", as_="h1"),
        error_callout(SeekerDashboardState.error),
        rx.cond(
            ~SeekerDashboardState.email_verified,
            rx.callout(
                "Please confirm your e-mail address; the link is in your inbox.",
                icon="mail",
                color_scheme="amber",
            ),
        ),
        rx.hstack(
            stat("resumes", SeekerDashboardState.total),
            stat("shared with recruiters", SeekerDashboardState.shared_count),
            spacing="3",
        ),
        rx.flex(
            rx.box(resumes_table(), flex="1", min_width="0"),
            side_panel(),
            direction=rx.breakpoints(initial="column", md="row"),
            spacing="5",
            width="100%",
        ),
        rename_dialog(),
    )
