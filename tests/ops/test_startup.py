"""Start-up sequence: bounded wait, migrations, seed; a second run changes nothing."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from talentsync_app.db.account_models import USER_TABLE
from talentsync_app.ops.secrets_check import InsecureConfiguration
from talentsync_app.ops.startup import (
    DatabaseUnavailable,
    run_startup,
    wait_for_database,
)
from tests.conftest import REPO_ROOT

ENTRYPOINT = REPO_ROOT / "scripts" / "entrypoint.sh"
ADMIN_EMAIL = "admin@talentsync.test"
ADMIN_PASSWORD = "correct horse battery staple 42"


def _snapshot(url: str) -> dict:
    """Schema (columns, indexes, constraints) and every row of every table."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            tables = (
                conn.execute(
                    sa.text(
                        "SELECT table_name FROM information_schema.tables "
                        "WHERE table_schema = 'public' ORDER BY table_name"
                    )
                )
                .scalars()
                .all()
            )
            columns = conn.execute(
                sa.text(
                    "SELECT table_name, column_name, data_type, is_nullable "
                    "FROM information_schema.columns WHERE table_schema = 'public' "
                    "ORDER BY table_name, ordinal_position"
                )
            ).all()
            indexes = conn.execute(
                sa.text(
                    "SELECT indexname, indexdef FROM pg_indexes "
                    "WHERE schemaname = 'public' ORDER BY indexname"
                )
            ).all()
            rows = {
                table: conn.execute(
                    sa.text(f'SELECT * FROM "{table}" ORDER BY 1')
                ).all()
                for table in tables
            }
    finally:
        engine.dispose()
    return {"tables": tables, "columns": columns, "indexes": indexes, "rows": rows}


def _run_entrypoint(url: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "TALENTSYNC_DATABASE_URL": url,
        "TALENTSYNC_ADMIN_EMAIL": ADMIN_EMAIL,
        "TALENTSYNC_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "TALENTSYNC_ENVIRONMENT": "development",
        "TALENTSYNC_DB_WAIT_SECONDS": "20",
    }
    return subprocess.run(
        [str(ENTRYPOINT), "echo", "server would start here"],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.postgres
def test_entrypoint_twice_on_postgres_second_run_changes_nothing(empty_postgres_url):
    first = _run_entrypoint(empty_postgres_url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "server would start here"
    after_first = _snapshot(empty_postgres_url)

    second = _run_entrypoint(empty_postgres_url)
    assert second.returncode == 0, second.stderr
    after_second = _snapshot(empty_postgres_url)

    assert "alembic_version" in after_first["tables"]
    assert "analysis" in after_first["tables"]
    users = after_first["rows"][USER_TABLE]
    assert len(users) == 1
    assert ADMIN_EMAIL in [value for value in users[0] if isinstance(value, str)]
    assert after_second == after_first
    assert "'admin_created': True" in first.stderr
    assert "'admin_created': False" in second.stderr


def test_wait_for_database_gives_up_after_the_timeout():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql+psycopg2://postgres@127.0.0.1:{port}/none"

    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable, match="after 3 attempts"):
        wait_for_database(url, timeout_seconds=2.5, interval_seconds=1.0)
    assert time.monotonic() - started < 10


def test_wait_for_database_returns_at_once_when_it_answers(sqlite_url):
    assert wait_for_database(sqlite_url, timeout_seconds=1) == 1


def test_production_start_refuses_default_secrets(configure, sqlite_url):
    configure(environment="production", database_url=sqlite_url)

    with pytest.raises(InsecureConfiguration, match="TALENTSYNC_SECRET_KEY"):
        run_startup(sqlite_url, timeout_seconds=1)


def test_production_start_runs_with_real_secrets(configure, tmp_path):
    url = f"sqlite:///{tmp_path / 'prod.db'}"
    configure(environment="production", database_url=url, secret_key="s" * 48)

    report = run_startup(url, timeout_seconds=1)

    assert report.attempts == 1
    assert report.seed == {"admin_created": None}
