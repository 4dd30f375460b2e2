"""Page frame: skip link, navigation bar, content area and footer."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.auth import links
from talentsync_app.state.auth import AuthState

NAV_LINKS = [
    ("Analyze", routes.UPLOAD),
    ("History", routes.HISTORY),
]
CONTENT_MAX_WIDTH = "72rem"


def nav_link(label: str, href: str) -> rx.Component:
    """A navigation link with a visible focus ring."""
    return rx.link(label, href=href, size="3", weight="medium", underline="hover")


def account_links() -> rx.Component:
    """Sign in / sign up, or the user's dashboard, account and sign out."""
    dashboard = rx.match(
        AuthState.user_role,
        ("seeker", links.SEEKER_DASHBOARD),
        ("recruiter", links.RECRUITER_DASHBOARD),
        ("admin", links.ADMIN_DASHBOARD),
        links.ROLE_PICK,
    )
    return rx.cond(
        AuthState.signed_in,
        rx.hstack(
            rx.link("Dashboard", href=dashboard, size="3", weight="medium"),
            nav_link("Account", links.ACCOUNT),
            rx.button("Sign out", variant="soft", size="2", on_click=AuthState.logout),
            align="center",
            spacing="4",
        ),
        rx.hstack(
            nav_link("Sign in", links.LOGIN),
            rx.link(rx.button("Create account", size="2"), href=links.REGISTER),
            align="center",
            spacing="4",
        ),
    )


def mobile_menu() -> rx.Component:
    """A menu button holding every link, for narrow screens."""
    return rx.menu.root(
        rx.menu.trigger(
            rx.icon_button(rx.icon("menu"), variant="soft", aria_label="Open menu")
        ),
        rx.menu.content(
            *[rx.menu.item(rx.link(label, href=h)) for label, h in NAV_LINKS],
            rx.menu.separator(),
            rx.box(account_links(), padding="0.5rem"),
        ),
    )


def navbar() -> rx.Component:
    """Top bar with the brand, links and the colour-mode switch."""
    return rx.el.header(
        rx.hstack(
            rx.link(
                rx.hstack(
                    rx.icon("file-search", size=22, aria_hidden="true"),
                    rx.heading("TalentSync", size="5", as_="span"),
                    align="center",
                    spacing="2",
                ),
                href=routes.HOME,
                underline="none",
                aria_label="TalentSync home",
            ),
            rx.spacer(),
            rx.tablet_and_desktop(
                rx.hstack(
                    rx.el.nav(
                        rx.hstack(*[nav_link(label, h) for label, h in NAV_LINKS]),
                        aria_label="Main",
                    ),
                    account_links(),
                    align="center",
                    spacing="4",
                )
            ),
            rx.mobile_only(mobile_menu()),
            rx.color_mode.button(aria_label="Switch colour mode"),
            align="center",
            spacing="4",
            width="100%",
            max_width=CONTENT_MAX_WIDTH,
            margin_x="auto",
            padding_x="1rem",
            padding_y="0.75rem",
        ),
        border_bottom="1px solid var(--gray-a5)",
        width="100%",
        on_mount=AuthState.ensure_owner_token,
    )


def page_frame(*children: rx.Component) -> rx.Component:
    """Wrap page content in the shared frame."""
    return rx.box(
        rx.el.a(
            "Skip to content",
            href="#main",
            class_name="skip-link",
        ),
        navbar(),
        rx.el.main(
            rx.vstack(*children, spacing="5", width="100%"),
            id="main",
            width="100%",
            max_width=CONTENT_MAX_WIDTH,
            margin_x="auto",
            padding="1rem",
        ),
        rx.el.footer(
            rx.text(
                "TalentSync runs offline: no data leaves this server "
                "unless a language model is configured.",
                size="1",
                color_scheme="gray",
            ),
            max_width=CONTENT_MAX_WIDTH,
            margin_x="auto",
            padding="1rem",
        ),
        min_height="100vh",
    )
