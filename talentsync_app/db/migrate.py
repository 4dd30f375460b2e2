"""Apply Alembic migrations programmatically (used by set-up, tests and start-up)."""

import logging

from alembic.config import Config

from alembic import command
from talentsync_app.settings import PROJECT_ROOT, get_settings

logger = logging.getLogger(__name__)


def alembic_config(database_url: str | None = None) -> Config:
    """Build an Alembic config pointing at this project's migrations."""
    cfg = Config(str(PROJECT_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(PROJECT_ROOT / "alembic"))
    cfg.attributes["database_url"] = database_url or get_settings().database_url
    cfg.attributes["configure_logger"] = False
    return cfg


def upgrade_database(database_url: str | None = None) -> None:
    """Bring the database schema to the newest revision."""
    command.upgrade(alembic_config(database_url), "head")
    logger.info("database schema is at the newest revision")
