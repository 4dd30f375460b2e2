"""Addresses of the account pages, and absolute links for e-mails."""

from urllib.parse import urlencode

from talentsync_app.settings import get_settings

REGISTER = "/register"
LOGIN = "/login"
LOGOUT = "/logout"
VERIFY = "/verify"
FORGOT = "/forgot-password"
RESET = "/reset-password"
ROLE_PICK = "/welcome/role"
SEEKER_DASHBOARD = "/dashboard"
RECRUITER_DASHBOARD = "/recruiter"
ADMIN_DASHBOARD = "/admin"
ACCOUNT = "/account"
OAUTH_CALLBACK = "/oauth/[provider]/callback"

DASHBOARD_BY_ROLE = {
    "seeker": SEEKER_DASHBOARD,
    "recruiter": RECRUITER_DASHBOARD,
    "admin": ADMIN_DASHBOARD,
}


def absolute_link(path: str, **query: str) -> str:
    """Return ``path`` on the public site address, with a query string."""
    base = get_settings().public_url.rstrip("/")
    suffix = f"?{urlencode(query)}" if query else ""
    return f"{base}{path}{suffix}"


def oauth_callback_url(provider: str) -> str:
    """Return the redirect address registered with an OAuth provider."""
    return absolute_link(OAUTH_CALLBACK.replace("[provider]", provider))


def home_for(role: str | None) -> str:
    """Where a user lands after signing in: their dashboard or the role picker."""
    return DASHBOARD_BY_ROLE.get(role or "", ROLE_PICK)
