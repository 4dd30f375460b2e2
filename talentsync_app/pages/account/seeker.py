"""Job seeker dashboard: resumes (rename, delete, master, sharing), activity, tools."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.auth import links
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
