"""Refuse to run in production with default or weak secrets."""

import logging

from sqlalchemy.engine import make_url

from talentsync_app.settings import DEFAULT_SECRET_KEY, Settings, get_settings

logger = logging.getLogger(__name__)

PRODUCTION = "production"
MIN_SECRET_KEY_CHARS = 32
MIN_ADMIN_PASSWORD_CHARS = 12
PLACEHOLDER_MARKERS = ("change-me", "changeme", "change_me", "example")
WEAK_PASSWORDS = frozenset({"", "postgres", "password", "admin", "secret"})


class InsecureConfiguration(RuntimeError):
    """Production mode was requested with default or weak secrets."""


def _is_placeholder(value: str) -> bool:
    """True for the documented placeholder values and obvious defaults."""
    lowered = value.lower()
    return value == DEFAULT_SECRET_KEY or any(m in lowered for m in PLACEHOLDER_MARKERS)


def _database_password_problem(database_url: str) -> str | None:
    """Describe a weak database password, or return None."""
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        return None
    password = url.password or ""
    if password.lower() in WEAK_PASSWORDS or _is_placeholder(password):
        return "TALENTSYNC_DATABASE_URL uses a default or empty PostgreSQL password"
    return None


def production_secret_problems(settings: Settings) -> list[str]:
    """List every secret that is unsafe for production (empty when all is well)."""
    problems = []
    key = settings.secret_key
    if _is_placeholder(key) or len(key) < MIN_SECRET_KEY_CHARS:
        problems.append(
            "TALENTSYNC_SECRET_KEY is the default, a placeholder or shorter than "
            f"{MIN_SECRET_KEY_CHARS} characters"
        )
    if settings.admin_email:
        password = settings.admin_password
        if _is_placeholder(password) or len(password) < MIN_ADMIN_PASSWORD_CHARS:
            problems.append(
                "TALENTSYNC_ADMIN_PASSWORD is a placeholder or shorter than "
                f"{MIN_ADMIN_PASSWORD_CHARS} characters"
            )
    database_problem = _database_password_problem(settings.database_url)
    if database_problem:
        problems.append(database_problem)
    return problems


def enforce_production_secrets(settings: Settings | None = None) -> None:
    """Raise :class:`InsecureConfiguration` in production mode with unsafe secrets.

    Raises:
        InsecureConfiguration: Listing every problem found.

    """
    settings = settings or get_settings()
    if settings.environment.lower() != PRODUCTION:
        return
    problems = production_secret_problems(settings)
    if problems:
        message = "refusing to start in production: " + "; ".join(problems)
        logger.critical(message)
        raise InsecureConfiguration(message)
