"""The page for an address the app does not know, inside the usual frame."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.components.layout import page_frame
from talentsync_app.components.links import link_button

NOT_FOUND_ROUTE = "404"


@rx.page(route=NOT_FOUND_ROUTE, title="Page not found — TalentSync")
def not_found_page() -> rx.Component:
    """Say the page does not exist and offer the main ways on."""
    return page_frame(
        rx.heading("Page not found", size="7", as_="h1"),
        rx.text(
            "There is nothing at this address. It may have been mistyped, or "
            "the page has moved.",
            color_scheme="gray",
        ),
        rx.hstack(
            link_button("Go to the start page", routes.HOME, size="3"),
            link_button("Analyze a resume", routes.UPLOAD, size="3", variant="soft"),
            spacing="3",
            wrap="wrap",
        ),
    )
