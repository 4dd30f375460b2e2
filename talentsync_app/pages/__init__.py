"""Page modules; importing this package registers every page with Reflex."""

from talentsync_app.pages import analysis, history, landing, upload  # noqa: F401
