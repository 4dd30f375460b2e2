"""App assembly: logging, pages, styles and backend routes."""

import reflex as rx

from talentsync_app import pages  # noqa: F401  (registers every page)
from talentsync_app.logging_setup import configure_logging

configure_logging()

APP_STYLESHEETS = ["/styles.css"]

app = rx.App(
    stylesheets=APP_STYLESHEETS,
    head_components=[
        rx.el.meta(name="theme-color", content="#3e63dd"),
    ],
)
