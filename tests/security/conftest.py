"""Fixtures for the security tests: the app pointed at a fresh database."""

import pytest

from talentsync_app.db.engine import get_engine
from talentsync_app.settings import get_settings


@pytest.fixture
def upload_db(monkeypatch, db_url, tmp_path):
    """Point the app's settings and engine cache at a migrated test database."""
    monkeypatch.setenv("TALENTSYNC_DATABASE_URL", db_url)
    monkeypatch.setenv("TALENTSYNC_UPLOAD_DIR", str(tmp_path / "uploads"))
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield db_url
    get_engine.cache_clear()
    get_settings.cache_clear()
