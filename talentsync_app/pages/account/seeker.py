"""Job seeker dashboard: resumes (rename, delete, master, sharing), activity, tools."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.auth import links
from talentsync_app.components.dialogs import confirm_delete_button, rename_dialog
from talentsync_app.components.layout import page_frame
from talentsync_app.pages.account.seeker_state import SeekerDashboardState
from talentsync_app.pages.account.widgets import error_callout

# TODO(3): link ATS match, writing tools, workshop and LaTeX export here once
# their pages exist (issues for capabilities 6-9); only built tools are listed.
TOOLS = [
    ("Analyze a resume", "scan-text", routes.UPLOAD),
    ("All past analyses", "history", routes.HISTORY),
    ("Account and data", "user-cog", links.ACCOUNT),
]


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
        confirm_delete_button(
            "Delete this resume?",
            row["title"],
            SeekerDashboardState.delete_resume(row["id"]),
        ),
        spacing="2",
    )


def resume_rename_dialog() -> rx.Component:
    """Dialog for a resume's new title."""
    return rename_dialog(
        "Rename resume",
        is_open=SeekerDashboardState.rename_id != "",
        text=SeekerDashboardState.rename_text,
        on_change=SeekerDashboardState.set_rename_text,
        on_cancel=SeekerDashboardState.cancel_rename,
        on_save=SeekerDashboardState.save_rename,
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
        resume_rename_dialog(),
    )
