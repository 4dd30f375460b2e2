import pytest

from talentsync_app.auth import accounts
from talentsync_app.auth.errors import (
    AccountDisabled,
    DuplicateEmail,
    Forbidden,
    InvalidCredentials,
    InvalidInput,
    WeakPassword,
)
from talentsync_app.db.account_models import ActivityEvent, User

GOOD_PASSWORD = "correct horse battery"


def test_register_and_authenticate_on_each_backend(any_db):
    user = accounts.register(
        any_db,
        name="  Ada   Lovelace ",
        email=" Ada@Example.org ",
        password=GOOD_PASSWORD,
    )
    any_db.commit()

    stored = any_db.get(User, user.id)
    assert (stored.name, stored.email, stored.role) == (
        "Ada Lovelace",
        "ada@example.org",
        None,
    )
    assert GOOD_PASSWORD not in stored.password_hash
    signed_in = accounts.authenticate(
        any_db, email="ADA@example.org", password=GOOD_PASSWORD, client_ip="10.0.0.1"
    )
    assert signed_in.id == user.id
    with pytest.raises(DuplicateEmail):
        accounts.register(
            any_db, name="Other", email="ada@EXAMPLE.org", password=GOOD_PASSWORD
        )


def test_register_refuses_bad_input(db):
    with pytest.raises(WeakPassword, match="at least"):
        accounts.register(db, name="Ada", email="ada@example.org", password="short")
    with pytest.raises(InvalidInput, match="e-mail"):
        accounts.register(db, name="Ada", email="not-an-email", password=GOOD_PASSWORD)
    with pytest.raises(InvalidInput, match="name"):
        accounts.register(db, name="   ", email="a@example.org", password=GOOD_PASSWORD)
    assert db.exec(User.__table__.select()).all() == []


def test_wrong_password_and_unknown_email_look_the_same(db, make_user):
    make_user()
    with pytest.raises(InvalidCredentials) as wrong:
        accounts.authenticate(db, email="ada@example.org", password="nope nope nope")
    with pytest.raises(InvalidCredentials) as unknown:
        accounts.authenticate(db, email="bob@example.org", password="nope nope nope")
    assert str(wrong.value) == str(unknown.value)


def test_disabled_account_cannot_sign_in(db, make_user):
    user = make_user()
    user.is_disabled = True
    db.add(user)
    db.commit()
    with pytest.raises(AccountDisabled):
        accounts.authenticate(db, email=user.email, password=GOOD_PASSWORD)


def test_role_is_picked_once_and_never_admin(db, make_user):
    user = make_user()
    with pytest.raises(Forbidden):
        accounts.choose_role(db, user, "admin")
    with pytest.raises(Forbidden):
        accounts.choose_role(db, user, "wizard")
    accounts.choose_role(db, user, "recruiter")
    assert user.role == "recruiter"
    with pytest.raises(Forbidden, match="already set"):
        accounts.choose_role(db, user, "seeker")


def test_change_password_checks_current_and_policy(db, make_user):
    user = make_user()
    with pytest.raises(InvalidCredentials):
        accounts.change_password(
            db, user, current="wrong one!", new="another fine pass"
        )
    with pytest.raises(WeakPassword):
        accounts.change_password(db, user, current=GOOD_PASSWORD, new="short")
    accounts.change_password(db, user, current=GOOD_PASSWORD, new="another fine pass")
    db.commit()
    assert (
        accounts.authenticate(db, email=user.email, password="another fine pass").id
        == user.id
    )
    kinds = [e.kind for e in db.exec(ActivityEvent.__table__.select()).all()]
    assert "password_changed" in kinds


def test_update_profile_validates(db, make_user):
    user = make_user()
    accounts.update_profile(db, user, name=" Ada  King ", headline=" Analyst ")
    assert (user.name, user.headline) == ("Ada King", "Analyst")
    with pytest.raises(InvalidInput):
        accounts.update_profile(db, user, name="", headline="")
    with pytest.raises(InvalidInput):
        accounts.update_profile(db, user, name="Ada", headline="x" * 201)
