"""Start-up sequence: secret check, wait for the database, migrate, seed."""

import logging
import time
from dataclasses import dataclass, field

import sqlalchemy as sa

from talentsync_app.db.engine import make_engine
from talentsync_app.settings import get_settings

logger = logging.getLogger(__name__)

RETRY_INTERVAL_SECONDS = 1.0


class DatabaseUnavailable(RuntimeError):
    """The database did not answer within the allowed time."""


@dataclass
class StartupReport:
    """What the start-up sequence did.

    Attributes:
        attempts: Connection attempts until the database answered.
        seed: The seed report (see :func:`talentsync_app.ops.seed.seed_database`).

    """

    attempts: int
    seed: dict[str, object] = field(default_factory=dict)


def _database_answers(engine: sa.Engine) -> str | None:
    """Return None when ``SELECT 1`` works, else a one-line reason."""
    try:
        with engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
        return None
    except sa.exc.SQLAlchemyError as exc:
        return str(exc.orig if getattr(exc, "orig", None) else exc).splitlines()[0]


def wait_for_database(
    database_url: str | None = None,
    timeout_seconds: float | None = None,
    interval_seconds: float = RETRY_INTERVAL_SECONDS,
) -> int:
    """Try to connect until the database answers or the time runs out.

    Args:
        database_url: Database to wait for (default: the configured one).
        timeout_seconds: Give up after this long (default: settings.db_wait_seconds).
        interval_seconds: Pause between attempts.

    Returns:
        The number of attempts it took.

    Raises:
        DatabaseUnavailable: When the database did not answer in time.

    """
    settings = get_settings()
    timeout = settings.db_wait_seconds if timeout_seconds is None else timeout_seconds
    engine = make_engine(database_url or settings.database_url)
    deadline = time.monotonic() + timeout
    attempts = 0
    try:
        while True:
            attempts += 1
            reason = _database_answers(engine)
            if reason is None:
                logger.info("database answered after %d attempt(s)", attempts)
                return attempts
            if time.monotonic() + interval_seconds > deadline:
                raise DatabaseUnavailable(
                    f"database not reachable after {attempts} attempts: {reason}"
                )
            logger.info("waiting for the database (%d): %s", attempts, reason)
            time.sleep(interval_seconds)
    finally:
        engine.dispose()


def run_startup(
    database_url: str | None = None, timeout_seconds: float | None = None
) -> StartupReport:
    """Run the whole start-up sequence once; safe to repeat.

    Raises:
        InsecureConfiguration: In production mode with unsafe secrets.
        DatabaseUnavailable: When the database never answered.

    """
    from talentsync_app.db.migrate import upgrade_database
    from talentsync_app.ops.secrets_check import enforce_production_secrets
    from talentsync_app.ops.seed import seed_database

    enforce_production_secrets()
    attempts = wait_for_database(database_url, timeout_seconds)
    upgrade_database(database_url)
    report = StartupReport(attempts=attempts, seed=seed_database(database_url))
    logger.info("start-up finished: %s", report)
    return report
