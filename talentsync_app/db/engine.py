"""Engine and session helpers shared by the app, the command line and workers."""

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from talentsync_app.settings import get_settings


def _enable_sqlite_foreign_keys(dbapi_connection, _record) -> None:
    """Make SQLite enforce foreign keys, as PostgreSQL does."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine for ``url`` with the options TalentSync relies on."""
    is_sqlite = url.startswith("sqlite")
    connect_args = {"check_same_thread": False} if is_sqlite else {}
    engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True)
    if is_sqlite:
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    return engine


@lru_cache(maxsize=4)
def get_engine(url: str | None = None) -> Engine:
    """Return the cached engine for ``url`` (default: the configured database)."""
    return make_engine(url or get_settings().database_url)


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """Yield a session that commits on success and rolls back on error."""
    with Session(get_engine(url), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise
