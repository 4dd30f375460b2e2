"""Page frame: skip link, navigation bar, content area and footer."""

import reflex as rx

from talentsync_app import routes

NAV_LINKS = [
    ("Analyze", routes.UPLOAD),
    ("History", routes.HISTORY),
]
CONTENT_MAX_WIDTH = "72rem"


def nav_link(label: str, href: str) -> rx.Component:
    """A navigation link with a visible focus ring."""
    return rx.link(label, href=href, size="3", weight="medium", underline="hover")


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
            rx.el.nav(
                rx.hstack(*[nav_link(label, href) for label, href in NAV_LINKS]),
                aria_label="Main",
            ),
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
