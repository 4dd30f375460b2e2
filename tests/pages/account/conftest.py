"""Fixtures for account page-state tests: a test database with users of every role."""

import pytest
from argon2 import PasswordHasher

from talentsync_app.auth import passwords
from talentsync_app.db.engine import get_engine
from talentsync_app.settings import get_settings
from tests.pages.account.world import World, build_world

# Cheap Argon2 parameters: these tests exercise handlers, not hashing cost.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def app_env(monkeypatch, sqlite_url, tmp_path):
    """Point the app's settings and engine at a fresh migrated SQLite database."""
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
