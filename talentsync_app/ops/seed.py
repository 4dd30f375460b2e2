"""Idempotent seed: roles and the admin account named in the environment."""

import importlib
import logging

from talentsync_app.db.engine import session_scope
from talentsync_app.settings import get_settings

logger = logging.getLogger(__name__)

ACCOUNTS_SEED_MODULE = "talentsync_app.auth.seed"


def _accounts_seed():
    """Return the accounts seed module, or None while accounts do not exist yet."""
    try:
        return importlib.import_module(ACCOUNTS_SEED_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name and ACCOUNTS_SEED_MODULE.startswith(exc.name):
            return None
        raise


def seed_database(database_url: str | None = None) -> dict[str, object]:
    """Create what a fresh installation needs; running it again changes nothing.

    Args:
        database_url: Database to seed (default: the configured one).

    Returns:
        What happened: ``roles`` (result of the roles seed or "unavailable"),
        ``admin_created`` (True/False, or None when no admin is configured).

    """
    settings = get_settings()
    accounts = _accounts_seed()
    report: dict[str, object] = {"roles": "unavailable", "admin_created": None}
    if accounts is None:
        # TODO(4): accounts (issue 3) have not landed; seed them once they do.
        logger.info("seed: accounts module not present, nothing to seed yet")
        return report
    with session_scope(database_url) as session:
        if hasattr(accounts, "ensure_roles"):
            report["roles"] = accounts.ensure_roles(session)
        if settings.admin_email and settings.admin_password:
            report["admin_created"] = accounts.ensure_admin(
                session, settings.admin_email, settings.admin_password
            )
    logger.info("seed: %s", report)
    return report
