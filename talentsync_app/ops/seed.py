"""Idempotent seed: the admin account named in the environment.

Roles are a fixed enumeration in ``talentsync_app.auth.roles`` and need no rows,
so the admin account is the only thing a fresh installation must get.
"""

import logging

from talentsync_app.db.engine import session_scope
from talentsync_app.settings import get_settings

logger = logging.getLogger(__name__)


def seed_database(database_url: str | None = None) -> dict[str, object]:
    """Create what a fresh installation needs; running it again changes nothing.

    Args:
        database_url: Database to seed (default: the configured one).

    Returns:
        ``admin_created``: True when the admin account was created or promoted,
        False when it was already there, None when no admin is configured.

    """
    from talentsync_app.auth.seed import ensure_admin

    settings = get_settings()
    report: dict[str, object] = {"admin_created": None}
    if settings.admin_email and settings.admin_password:
        with session_scope(database_url) as session:
            report["admin_created"] = ensure_admin(
                session, settings.admin_email, settings.admin_password
            )
    else:
        logger.info("seed: no TALENTSYNC_ADMIN_EMAIL/PASSWORD, no admin to create")
    logger.info("seed: %s", report)
    return report
