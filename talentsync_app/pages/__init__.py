"""Page modules; importing this package registers every page with Reflex."""

from talentsync_app.pages import account, analysis, history, landing, upload  # noqa: F401
