import re
import socket
import time
from datetime import timedelta
from email import message_from_string, policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from talentsync_app.auth import email_links, sessions
from talentsync_app.auth.errors import InvalidToken, WeakPassword
from talentsync_app.auth.mailer import Mailer, SmtpConfig
from talentsync_app.db.account_models import AccountToken
from talentsync_app.db.models import utcnow

LINK = re.compile(r"https?://\S+[?&]token=([\w-]+)")


class Inbox:
    """aiosmtpd handler keeping every message it receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.content.decode("utf-8", "replace")
        message = message_from_string(raw, policy=policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _check_login(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b"mailer" and auth_data.password == b"s3cret"
    return AuthResult(success=ok)


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=_free_port(),
        authenticator=_check_login,
        auth_require_tls=False,
    )
    controller.start()
    config = SmtpConfig(
        host="127.0.0.1",
        port=controller.port,
        sender="TalentSync <no-reply@talentsync.test>",
        tls="none",
        user="mailer",
        password="s3cret",
    )
    yield inbox, Mailer(config)
    controller.stop()


def _wait_for(inbox, count, timeout=10.0):
    deadline = time.monotonic() + timeout
    while len(inbox.messages) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return inbox.messages


def test_verification_mail_goes_through_smtp(db, make_user, smtp):
    inbox, mailer = smtp
    user = make_user()
    assert email_links.send_verification(db, user, mailer) is True
    db.commit()

    (recipients, message) = _wait_for(inbox, 1)[0]
    assert recipients == ["ada@example.org"]
    assert message["Subject"] == "Confirm your e-mail address"
    assert message["From"] == "TalentSync <no-reply@talentsync.test>"
    token = LINK.search(message.get_content()).group(1)
    stored = db.exec(AccountToken.__table__.select()).one()
    assert stored.token_hash != token
    assert stored.expires_at - stored.created_at == timedelta(hours=24)

    assert email_links.verify_email(db, token).email_verified_at is not None
    db.commit()
    with pytest.raises(InvalidToken):
        email_links.verify_email(db, token)


def test_smtp_rejects_wrong_login(smtp, caplog):
    inbox, mailer = smtp
    bad = Mailer(SmtpConfig(**{**mailer.config.__dict__, "password": "wrong"}))
    with pytest.raises(OSError):
        bad.send(to="a@example.org", subject="x", body="y")
    assert inbox.messages == []


def test_without_smtp_the_link_is_logged(db, make_user, caplog):
    user = make_user()
    caplog.set_level("INFO", logger="talentsync_app.auth.mailer")
    assert email_links.send_verification(db, user, Mailer(None)) is False
    assert LINK.search(caplog.text)
    assert "a***@example.org" in caplog.text
    assert "ada@example.org" not in caplog.text


def test_expired_verification_is_refused(db, make_user):
    user = make_user()
    token = email_links.issue_token(
        db, user, email_links.VERIFY, now=utcnow() - timedelta(hours=25)
    )
    db.commit()
    with pytest.raises(InvalidToken):
        email_links.verify_email(db, token)


def test_reset_is_single_use_and_signs_out_everywhere(db, make_user, smtp):
    inbox, mailer = smtp
    user = make_user()
    live = sessions.start_session(db, user, lifetime=timedelta(hours=1))
    db.commit()

    email_links.request_password_reset(db, "ADA@example.org", mailer)
    db.commit()
    token = LINK.search(_wait_for(inbox, 1)[0][1].get_content()).group(1)
    stored = db.exec(AccountToken.__table__.select()).one()
    assert stored.expires_at - stored.created_at == timedelta(hours=1)

    with pytest.raises(WeakPassword):
        email_links.reset_password(db, token, "short")
    email_links.reset_password(db, token, "a brand new passphrase")
    db.commit()
    assert sessions.resolve_session(db, live) is None
    with pytest.raises(InvalidToken):
        email_links.reset_password(db, token, "another new passphrase")


def test_reset_request_for_unknown_email_sends_nothing(db, make_user, smtp):
    inbox, mailer = smtp
    make_user()
    email_links.request_password_reset(db, "nobody@example.org", mailer)
    email_links.request_password_reset(db, "not an address", mailer)
    db.commit()
    time.sleep(0.5)
    assert inbox.messages == []
    assert db.exec(AccountToken.__table__.select()).all() == []


def test_tokens_are_bound_to_their_purpose(db, make_user):
    user = make_user()
    token = email_links.issue_token(db, user, email_links.VERIFY)
    db.commit()
    with pytest.raises(InvalidToken):
        email_links.reset_password(db, token, "a brand new passphrase")
    with pytest.raises(InvalidToken):
        email_links.verify_email(db, "garbage")


def test_new_link_retires_the_old_one(db, make_user):
    user = make_user()
    first = email_links.issue_token(db, user, email_links.VERIFY)
    second = email_links.issue_token(db, user, email_links.VERIFY)
    db.commit()
    with pytest.raises(InvalidToken):
        email_links.verify_email(db, first)
    assert email_links.verify_email(db, second).id == user.id
