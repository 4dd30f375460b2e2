"""Page frame: skip link, navigation bar, content area and footer."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.auth import links
from talentsync_app.components.links import link_button, menu_link
from talentsync_app.state.auth import AuthState

NAV_LINKS = [
    ("Analyze", routes.UPLOAD),
    ("History", routes.HISTORY),
]
CONTENT_MAX_WIDTH = "72rem"


def nav_link(label: str, href: str | rx.Var) -> rx.Component:
    """A navigation link with a visible focus ring."""
    return rx.link(label, href=href, size="3", weight="medium", underline="hover")


def dashboard_href() -> rx.Var:
    """The signed-in user's home page, by role (the role picker until chosen)."""
    return rx.match(
        AuthState.user_role,
        ("seeker", links.SEEKER_DASHBOARD),
        ("recruiter", links.RECRUITER_DASHBOARD),
        ("admin", links.ADMIN_DASHBOARD),
        links.ROLE_PICK,
    )


def account_links() -> rx.Component:
    """Sign in / sign up, or the user's dashboard, account and sign out."""
    return rx.cond(
        AuthState.signed_in,
        rx.hstack(
            nav_link("Dashboard", dashboard_href()),
            nav_link("Account", links.ACCOUNT),
            rx.button("Sign out", variant="soft", size="2", on_click=AuthState.logout),
            align="center",
            spacing="4",
        ),
        rx.hstack(
            nav_link("Sign in", links.LOGIN),
            link_button("Create account", links.REGISTER, size="2"),
            align="center",
            spacing="4",
        ),
    )


def mobile_menu() -> rx.Component:
    """A menu button holding every link, for narrow screens.

    Every entry is a menu item, so arrow keys reach all of them and Enter
    follows the link.
    """
    return rx.menu.root(
        rx.menu.trigger(
            rx.icon_button(rx.icon("menu"), variant="soft", aria_label="Open menu")
        ),
        rx.menu.content(
            *[menu_link(label, href) for label, href in NAV_LINKS],
            rx.menu.separator(),
            rx.cond(
                AuthState.signed_in,
                rx.fragment(
                    menu_link("Dashboard", dashboard_href()),
                    menu_link("Account", links.ACCOUNT),
                    rx.menu.item("Sign out", on_select=AuthState.logout),
                ),
                rx.fragment(
                    menu_link("Sign in", links.LOGIN),
                    menu_link("Create account", links.REGISTER),
                ),
            ),
        ),
        # Not modal: a modal menu hides the page from screen readers while
        # its links stay focusable, which axe reports as a serious problem.
        modal=False,
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
                        rx.hstack(
                            *[nav_link(label, h) for label, h in NAV_LINKS],
                            spacing="4",
                        ),
                        aria_label="Main",
                    ),
                    account_links(),
                    align="center",
                    spacing="4",
                )
            ),
            rx.mobile_only(mobile_menu()),
            rx.color_mode.button(variant="ghost", aria_label="Switch colour mode"),
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


def card_section(title: str, *children: rx.Component, **props) -> rx.Component:
    """A full-width card with a level-two heading above its content.

    Args:
        title: The heading.
        *children: The content, stacked.
        **props: Extra props for the inner stack (such as ``align``).

    Returns:
        The card.
    """
    return rx.card(
        rx.vstack(
            rx.heading(title, size="4", as_="h2"),
            *children,
            spacing="3",
            width="100%",
            **props,
        ),
        width="100%",
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
