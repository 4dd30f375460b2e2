"""Shared fixtures: real data location and migrated SQLite and PostgreSQL databases."""

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

REPO_ROOT = Path(__file__).resolve().parent.parent
REALDATA = REPO_ROOT.parent / "shared" / "realdata"
POSTGRES_ADMIN_URL = os.environ.get(
    "TALENTSYNC_TEST_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session")
def realdata() -> Path:
    """Folder of the shared real inputs (never copied into the repo)."""
    assert REALDATA.is_dir(), f"real data not found at {REALDATA}"
    return REALDATA


def _migrated(url: str) -> str:
    from talentsync_app.db.migrate import upgrade_database

    upgrade_database(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh migrated SQLite database file."""
    return _migrated(f"sqlite:///{tmp_path / 'test.db'}")


@contextmanager
def scratch_postgres(prefix: str) -> Iterator[str]:
    """Create an empty PostgreSQL database, yield its URL, then drop it."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        from talentsync_app.db.engine import get_engine

        get_engine.cache_clear()
        with admin.connect() as conn:
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh migrated PostgreSQL database, dropped afterwards."""
    with scratch_postgres("ts_test") as url:
        yield _migrated(url)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each database backend TalentSync supports, migrated and empty."""
    return request.getfixturevalue(f"{request.param}_url")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that reaches PostgreSQL, directly or through ``db_url``."""
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        direct = "postgres_url" in getattr(item, "fixturenames", ())
        uses_postgres = params.get("db_url") == "postgres" or (
            direct and "db_url" not in params
        )
        if uses_postgres:
            item.add_marker(pytest.mark.postgres)
