"""The three roles and the checks handlers use before touching private data."""

from enum import StrEnum

from talentsync_app.auth.errors import Forbidden


class Role(StrEnum):
    """What a signed-in user may do."""

    SEEKER = "seeker"
    RECRUITER = "recruiter"
    ADMIN = "admin"


SELF_SERVICE_ROLES = (Role.SEEKER, Role.RECRUITER)
ROLE_LABELS = {
    Role.SEEKER: "Job seeker",
    Role.RECRUITER: "Recruiter",
    Role.ADMIN: "Administrator",
}


def parse_role(value: str | None) -> Role | None:
    """Return the role named by ``value``, or None for empty or unknown text."""
    try:
        return Role(value) if value else None
    except ValueError:
        return None


def require_role(role: str | None, *allowed: Role) -> Role:
    """Return the role if it is one of ``allowed``.

    Admins pass every check: they may open any dashboard to support users.

    Raises:
        Forbidden: When the role is missing or not allowed.

    """
    parsed = parse_role(role)
    if parsed is Role.ADMIN or (parsed is not None and parsed in allowed):
        return parsed
    needed = " or ".join(ROLE_LABELS[r].lower() for r in allowed) or "another"
    raise Forbidden(f"This page is for {needed} accounts.")
