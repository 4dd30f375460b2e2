"""App assembly: logging, pages, styles and backend routes."""

import reflex as rx

from talentsync_app import pages  # noqa: F401  (registers every page)
from talentsync_app.components.pwa import pwa_head_components
from talentsync_app.logging_setup import configure_logging
from talentsync_app.ops.api import api_transformers
from talentsync_app.ops.browser_analytics import analytics_head_components
from talentsync_app.ops.secrets_check import enforce_production_secrets

configure_logging()
enforce_production_secrets()

APP_STYLESHEETS = ["/styles.css"]

app = rx.App(
    stylesheets=APP_STYLESHEETS,
    head_components=[
        rx.el.meta(name="theme-color", content="#3e63dd"),
        *pwa_head_components(),
        *analytics_head_components(),
    ],
    api_transformer=api_transformers(),
)
