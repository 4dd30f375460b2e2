"""Job seeker dashboard: resumes (rename, delete, master, sharing), activity, tools."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.auth import links
from talentsync_app.components.dialogs import confirm_delete_button, rename_button
from talentsync_app.components.layout import page_frame
from talentsync_app.components.loading import spinner_until
from talentsync_app.components.record_list import (
    empty_notice,
    record_details,
    record_list,
    record_row,
)
from talentsync_app.pages.account.seeker_state import SeekerDashboardState
from talentsync_app.pages.account.verify import resend_link_button
from talentsync_app.pages.account.widgets import error_callout, stat_card

# TODO(3): link ATS match, writing tools, workshop and LaTeX export here once
# their pages exist (issues for capabilities 6-9); only built tools are listed.
TOOLS = [
    ("Analyze a resume", "scan-text", routes.UPLOAD),
    ("All past analyses", "history", routes.HISTORY),
    ("Account and data", "user-cog", links.ACCOUNT),
]


def resume_row(row: rx.Var) -> rx.Component:
    """One resume with its sharing switch and actions."""
    return record_row(
        rx.hstack(
            rx.link(row["title"], href=row["href"], weight="medium"),
            rx.cond(row["master"] == "yes", rx.badge("Master", color_scheme="green")),
            spacing="2",
            align="center",
            wrap="wrap",
        ),
        record_details(row["category_text"], row["score"]),
        resume_actions(row),
    )


def share_switch(row: rx.Var) -> rx.Component:
    """The switch that shares one resume with recruiters, with a visible label."""
    return rx.el.label(
        rx.hstack(
            rx.switch(
                checked=row["shared"] == "yes",
                on_change=lambda value: SeekerDashboardState.toggle_share(
                    row["id"], value
                ),
                aria_label=f"Share {row['title']} with recruiters",
            ),
            rx.text("Shared", size="2"),
            align="center",
            spacing="2",
        ),
    )


def resume_actions(row: rx.Var) -> rx.Component:
    """Sharing, master, rename and delete controls of one resume."""
    return rx.hstack(
        share_switch(row),
        rx.button(
            "Set master",
            rx.el.span(f" ({row['title']})", class_name="sr-only"),
            size="1",
            variant="soft",
            disabled=row["master"] == "yes",
            on_click=SeekerDashboardState.make_master(row["id"]),
        ),
        rename_button(SeekerDashboardState, row["id"], row["title"], "Rename resume"),
        confirm_delete_button(
            "Delete this resume?",
            row["title"],
            SeekerDashboardState.delete_resume(row["id"]),
        ),
        spacing="3",
        align="center",
        wrap="wrap",
    )


def resumes_list() -> rx.Component:
    """All resumes, or a pointer to the upload page."""
    return record_list(
        SeekerDashboardState.resumes,
        resume_row,
        "Your resumes",
        empty=empty_notice("No resumes yet.", "Analyze one", routes.UPLOAD),
    )


def side_panel() -> rx.Component:
    """Tools and recent activity."""
    return rx.vstack(
        rx.heading("Tools", size="4", as_="h2"),
        *[
            rx.link(
                rx.hstack(rx.icon(icon, size=16, aria_hidden="true"), rx.text(label)),
                href=href,
            )
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
                rx.hstack(
                    rx.text(
                        "Please confirm your e-mail address with the link we sent."
                    ),
                    resend_link_button(high_contrast=True),
                    align="center",
                    spacing="3",
                    wrap="wrap",
                ),
                icon="mail",
                color_scheme="amber",
            ),
        ),
        rx.hstack(
            stat_card("resumes", SeekerDashboardState.total),
            stat_card("shared with recruiters", SeekerDashboardState.shared_count),
            spacing="3",
        ),
        rx.flex(
            rx.box(
                spinner_until(
                    SeekerDashboardState.loaded, resumes_list(), "Loading your resumes"
                ),
                flex="1",
                min_width="0",
            ),
            side_panel(),
            direction=rx.breakpoints(initial="column", md="row"),
            spacing="5",
            width="100%",
        ),
    )
