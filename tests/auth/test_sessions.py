from datetime import timedelta

from talentsync_app.auth import sessions
from talentsync_app.auth.tokens import hash_token
from talentsync_app.db.account_models import UserSession
from talentsync_app.db.models import utcnow

LIFETIME = timedelta(hours=2)


def test_token_is_stored_hashed_and_resolves(db, make_user):
    user = make_user()
    token = sessions.start_session(db, user, lifetime=LIFETIME)
    db.commit()

    row = db.exec(UserSession.__table__.select()).one()
    assert row.token_hash == hash_token(token) != token
    assert sessions.resolve_session(db, token).id == user.id


def test_tampered_expired_and_revoked_tokens_are_refused(db, make_user, caplog):
    user = make_user()
    token = sessions.start_session(db, user, lifetime=LIFETIME)
    db.commit()

    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert sessions.resolve_session(db, tampered) is None
    assert sessions.resolve_session(db, "x' OR 1=1 --") is None
    assert sessions.resolve_session(db, token, now=utcnow() + LIFETIME) is None
    assert token not in caplog.text

    sessions.end_session(db, token)
    db.commit()
    assert sessions.resolve_session(db, token) is None


def test_sign_out_everywhere_keeps_current(db, make_user):
    user = make_user()
    tokens = [sessions.start_session(db, user, lifetime=LIFETIME) for _ in range(3)]
    db.commit()

    assert sessions.end_all_sessions(db, user.id, keep_token=tokens[0]) == 2
    db.commit()
    assert sessions.resolve_session(db, tokens[0]).id == user.id
    assert sessions.resolve_session(db, tokens[1]) is None
    assert sessions.count_live_sessions(db, user.id) == 1


def test_disabled_user_session_is_refused(db, make_user):
    user = make_user()
    token = sessions.start_session(db, user, lifetime=LIFETIME)
    user.is_disabled = True
    db.add(user)
    db.commit()
    assert sessions.resolve_session(db, token) is None
