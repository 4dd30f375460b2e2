"""Reflex configuration for TalentSync.

Values come from typed settings so the same environment variables drive the app,
the command line and the workers.
"""

import reflex as rx

from talentsync_app.settings import get_settings

_settings = get_settings()

config = rx.Config(
    app_name="talentsync_app",
    db_url=_settings.database_url,
    redis_url=_settings.redis_url or None,
    telemetry_enabled=False,
    show_built_with_reflex=False,
    bun_path=_settings.bun_path,
    frontend_port=_settings.frontend_port,
    backend_port=_settings.backend_port,
    api_url=_settings.api_url,
    plugins=[
        rx.plugins.SitemapPlugin(),
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="indigo", radius="medium")
        ),
    ],
)
