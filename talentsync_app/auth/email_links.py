"""E-mail verification (24 h) and password reset (1 h, single use) links."""

import logging
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, col, select

from talentsync_app.auth import links
from talentsync_app.auth.accounts import find_user_by_email, normalise_email
from talentsync_app.auth.activity import record_activity
from talentsync_app.auth.errors import InvalidInput, InvalidToken
from talentsync_app.auth.mailer import Mailer
from talentsync_app.auth.passwords import check_password_policy, hash_password
from talentsync_app.auth.sessions import end_all_sessions
from talentsync_app.auth.tokens import hash_token, is_well_formed, new_token
from talentsync_app.db.account_models import AccountToken, User
from talentsync_app.db.models import utcnow

logger = logging.getLogger(__name__)

VERIFY = "verify"
RESET = "reset"
LIFETIMES = {VERIFY: timedelta(hours=24), RESET: timedelta(hours=1)}


def issue_token(
    session: Session, user: User, purpose: str, *, now: datetime | None = None
) -> str:
    """Create a single-use token for ``purpose``; older unused ones stop working."""
    now = now or utcnow()
    _retire_tokens(session, user.id, purpose, now)
    token = new_token()
    session.add(
        AccountToken(
            user_id=user.id,
            purpose=purpose,
            token_hash=hash_token(token),
            created_at=now,
            expires_at=now + LIFETIMES[purpose],
        )
    )
    session.flush()
    return token


def consume_token(
    session: Session, token: str | None, purpose: str, *, now: datetime | None = None
) -> User:
    """Mark a token used and return its user.

    Raises:
        InvalidToken: When it is malformed, unknown, for another purpose,
            expired or already used.

    """
    now = now or utcnow()
    row = None
    if is_well_formed(token):
        row = session.exec(
            select(AccountToken).where(AccountToken.token_hash == hash_token(token))
        ).first()
    if row is None or row.purpose != purpose or row.used_at or row.expires_at <= now:
        logger.warning("refused %s token (unknown, used or expired)", purpose)
        raise InvalidToken()
    row.used_at = now
    session.add(row)
    user = session.get(User, row.user_id)
    if user is None or user.is_disabled:
        raise InvalidToken()
    return user


def send_verification(session: Session, user: User, mailer: Mailer) -> bool:
    """E-mail a fresh verification link; True when SMTP sent it, False if logged."""
    token = issue_token(session, user, VERIFY)
    link = links.absolute_link(links.VERIFY, token=token)
    body = (
        f"Hello {user.name},\n\nConfirm your e-mail address for TalentSync by "
        f"opening this link within 24 hours:\n\n{link}\n\nIf you did not create "
        "an account, ignore this message."
    )
    return mailer.send(to=user.email, subject="Confirm your e-mail address", body=body)


def verify_email(session: Session, token: str | None) -> User:
    """Mark the e-mail of the token's user as verified.

    Raises:
        InvalidToken: For a bad, expired or reused link.

    """
    user = consume_token(session, token, VERIFY)
    if user.email_verified_at is None:
        user.email_verified_at = utcnow()
        session.add(user)
        record_activity(session, user.id, "email_verified", "Confirmed the e-mail")
    logger.info("user %s verified the e-mail address", user.id)
    return user


def request_password_reset(session: Session, email: str, mailer: Mailer) -> None:
    """Send a reset link if the address has an account; say nothing either way.

    The mail goes out on a background thread so the answer takes about as long
    for unknown addresses as for known ones.
    """
    # TODO(3): rate-limit reset requests per address and client, like sign-ins,
    # so the form cannot be used to flood someone's inbox.
    try:
        email = normalise_email(email)
    except InvalidInput:
        return
    user = find_user_by_email(session, email)
    if user is None or user.is_disabled:
        logger.info("password reset requested for an address without an account")
        return
    token = issue_token(session, user, RESET)
    session.commit()
    link = links.absolute_link(links.RESET, token=token)
    body = (
        f"Hello {user.name},\n\nSomeone asked to reset your TalentSync password. "
        f"Open this link within one hour to choose a new one:\n\n{link}\n\n"
        "If it was not you, ignore this message; your password stays the same."
    )
    mailer.send_in_background(to=user.email, subject="Reset your password", body=body)
    logger.info("password reset link issued for user %s", user.id)


def reset_password(session: Session, token: str | None, new_password: str) -> User:
    """Set a new password from a reset link and sign out every session.

    The link also proves the address, so the e-mail counts as verified.

    Raises:
        WeakPassword: When the new password breaks the policy (the link stays valid).
        InvalidToken: For a bad, expired or reused link.

    """
    if not is_well_formed(token):
        raise InvalidToken()
    user = _peek_token_user(session, token, RESET)
    check_password_policy(new_password, email=user.email, name=user.name)
    user = consume_token(session, token, RESET)
    user.password_hash = hash_password(new_password)
    user.email_verified_at = user.email_verified_at or utcnow()
    user.updated_at = utcnow()
    session.add(user)
    end_all_sessions(session, user.id)
    record_activity(session, user.id, "password_reset", "Reset the password by e-mail")
    logger.info("user %s reset the password", user.id)
    return user


def _peek_token_user(session: Session, token: str, purpose: str) -> User:
    row = session.exec(
        select(AccountToken).where(AccountToken.token_hash == hash_token(token))
    ).first()
    if (
        row is None
        or row.purpose != purpose
        or row.used_at
        or row.expires_at <= utcnow()
    ):
        logger.warning("refused %s token (unknown, used or expired)", purpose)
        raise InvalidToken()
    return session.get(User, row.user_id)


def _retire_tokens(session: Session, user_id: int, purpose: str, now: datetime) -> None:
    session.exec(
        update(AccountToken)
        .where(
            col(AccountToken.user_id) == user_id,
            col(AccountToken.purpose) == purpose,
            col(AccountToken.used_at).is_(None),
        )
        .values(used_at=now)
    )
