"""Page modules; importing this package registers every page with Reflex."""

from talentsync_app.pages import (  # noqa: F401
    account,
    analysis,
    history,
    landing,
    not_found,
    upload,
)
