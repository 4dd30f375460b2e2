"""Fixtures for page-state tests: the app's settings point at a fresh database."""

import pytest

from talentsync_app.db.engine import get_engine
from talentsync_app.settings import get_settings


@pytest.fixture
def app_db(monkeypatch, db_url, tmp_path):
    """Point the app (settings and engine cache) at a migrated test database."""
    monkeypatch.setenv("TALENTSYNC_DATABASE_URL", db_url)
    monkeypatch.setenv("TALENTSYNC_UPLOAD_DIR", str(tmp_path / "uploads"))
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield db_url
    get_engine.cache_clear()
    get_settings.cache_clear()
