import pytest
from argon2 import PasswordHasher

from talentsync_app.auth import passwords
from talentsync_app.auth.passwords import (
    hash_password,
    needs_rehash,
    password_problems,
    verify_password,
)


@pytest.fixture(autouse=True)
def real_password_hashing(monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher())


def test_hash_is_argon2id_salted_and_verifies():
    first, second = (
        hash_password("correct horse battery"),
        hash_password("correct horse battery"),
    )
    assert first.startswith("$argon2id$")
    assert first != second
    assert verify_password(first, "correct horse battery")
    assert not verify_password(first, "correct horse batterY")
    assert not verify_password(None, "anything")
    assert not verify_password("not-a-hash", "anything")
    assert not needs_rehash(first)


def test_policy_reports_each_problem():
    assert password_problems("correct horse battery") == []
    assert any("at least" in p for p in password_problems("short1!"))
    assert any("common" in p for p in password_problems("password123"))
    assert any("different" in p for p in password_problems("aaaaaaaaaaaa"))
    assert any(
        "name or e-mail" in p
        for p in password_problems("adalovelace99!", email="adalovelace@example.org")
    )
    assert any("at most" in p for p in password_problems("x1" * 70))
