"""Account pages: sign-up, sign-in, e-mail links, role pick, dashboards, admin."""

from talentsync_app.pages.account import (  # noqa: F401
    account,
    admin,
    login,
    oauth,
    recruiter,
    register,
    reset,
    role,
    seeker,
    verify,
)
