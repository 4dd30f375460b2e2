"""Fixtures for the account tests: open sessions on migrated databases."""

import pytest
from argon2 import PasswordHasher
from sqlmodel import Session

from talentsync_app.auth import passwords
from talentsync_app.auth.accounts import register
from talentsync_app.db.engine import make_engine

GOOD_PASSWORD = "correct horse battery"
# Cheap Argon2 parameters keep the suite fast; test_passwords checks the real ones.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """Hash with cheap parameters: tests exercise the logic, not the cost."""
    monkeypatch.setattr(passwords, "_hasher", FAST_HASHER)


def _open(url: str):
    engine = make_engine(url)
    with Session(engine, expire_on_commit=False) as session:
        yield session
    engine.dispose()


@pytest.fixture
def db(sqlite_url):
    """A session on a fresh migrated SQLite database."""
    yield from _open(sqlite_url)


@pytest.fixture
def any_db(db_url):
    """A session on each supported backend (SQLite and PostgreSQL)."""
    yield from _open(db_url)


@pytest.fixture
def make_user(db):
    """Register users on the SQLite database with a known good password."""

    def _make(email: str = "ada@example.org", name: str = "Ada Lovelace", role=None):
        user = register(db, name=name, email=email, password=GOOD_PASSWORD)
        user.role = role
        db.add(user)
        db.commit()
        return user

    return _make
