"""Fixtures for account page-state tests: a test database with users of every role."""

import shutil

import pytest
from argon2 import PasswordHasher

from talentsync_app.auth import passwords
from talentsync_app.db.engine import get_engine
from talentsync_app.settings import get_settings
from tests.pages.account.world import World, build_world

# Cheap Argon2 parameters: these tests exercise handlers, not hashing cost.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory):
    """One migrated SQLite file; each test gets a copy (migrating is the slow part)."""
    from talentsync_app.db.migrate import upgrade_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade_database(f"sqlite:///{path}")
    return path


@pytest.fixture
def app_env(monkeypatch, migrated_sqlite_file, tmp_path):
    """Point the app's settings and engine at a fresh migrated SQLite database."""
    db_file = tmp_path / "app.db"
    shutil.copyfile(migrated_sqlite_file, db_file)
    sqlite_url = f"sqlite:///{db_file}"
    monkeypatch.setenv("TALENTSYNC_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("TALENTSYNC_UPLOAD_DIR", str(tmp_path / "uploads"))
    monkeypatch.setenv("TALENTSYNC_SMTP_HOST", "")
    monkeypatch.setattr(passwords, "_hasher", FAST_HASHER)
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield sqlite_url
    get_engine.cache_clear()
    get_settings.cache_clear()


@pytest.fixture
def world(app_env) -> World:
    """Users of every role, each signed in with a resume; a guest and an intruder."""
    return build_world(app_env)
