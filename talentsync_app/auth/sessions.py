"""Server-side sessions: the browser holds a random token, the database its hash."""

import logging
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, col, select

from talentsync_app.auth.tokens import hash_token, is_well_formed, new_token
from talentsync_app.db.account_models import User, UserSession
from talentsync_app.db.models import utcnow

logger = logging.getLogger(__name__)

LAST_SEEN_RESOLUTION = timedelta(minutes=5)


def start_session(
    session: Session, user: User, *, lifetime: timedelta, now: datetime | None = None
) -> str:
    """Create a session for ``user`` and return the raw token for the browser."""
    now = now or utcnow()
    token = new_token()
    session.add(
        UserSession(
            user_id=user.id,
            token_hash=hash_token(token),
            created_at=now,
            last_seen_at=now,
            expires_at=now + lifetime,
        )
    )
    user.last_login_at = now
    session.add(user)
    session.flush()
    logger.info("started session for user %s", user.id)
    return token


def resolve_session(
    session: Session, token: str | None, *, now: datetime | None = None
) -> User | None:
    """Return the user behind a browser token, or None when it is not valid.

    Unknown (tampered), revoked and expired tokens, and tokens of disabled
    users, all give None; the reason is logged without the token.
    """
    if not token:
        return None
    if not is_well_formed(token):
        logger.warning("rejected malformed session token")
        return None
    now = now or utcnow()
    row = session.exec(
        select(UserSession).where(UserSession.token_hash == hash_token(token))
    ).first()
    reason = _rejection(row, now)
    user = None if reason else session.get(User, row.user_id)
    if user is not None and user.is_disabled:
        reason, user = "user disabled", None
    if reason:
        logger.warning("rejected session token: %s", reason)
        return None
    if now - row.last_seen_at > LAST_SEEN_RESOLUTION:
        row.last_seen_at = now
        session.add(row)
    return user


def end_session(session: Session, token: str | None) -> None:
    """Revoke one session (sign out in this browser)."""
    if not is_well_formed(token):
        return
    session.exec(
        update(UserSession)
        .where(
            col(UserSession.token_hash) == hash_token(token),
            col(UserSession.revoked_at).is_(None),
        )
        .values(revoked_at=utcnow())
    )


def end_all_sessions(
    session: Session, user_id: int, *, keep_token: str | None = None
) -> int:
    """Revoke every live session of a user, optionally keeping the current one.

    Returns:
        How many sessions were revoked.

    """
    query = update(UserSession).where(
        col(UserSession.user_id) == user_id, col(UserSession.revoked_at).is_(None)
    )
    if keep_token:
        query = query.where(col(UserSession.token_hash) != hash_token(keep_token))
    result = session.exec(query.values(revoked_at=utcnow()))
    logger.info("revoked %s sessions of user %s", result.rowcount, user_id)
    return result.rowcount


def count_live_sessions(session: Session, user_id: int) -> int:
    """How many unexpired, unrevoked sessions a user has."""
    rows = session.exec(
        select(UserSession.id).where(
            UserSession.user_id == user_id,
            col(UserSession.revoked_at).is_(None),
            UserSession.expires_at > utcnow(),
        )
    ).all()
    return len(rows)


def _rejection(row: UserSession | None, now: datetime) -> str:
    if row is None:
        return "unknown token"
    if row.revoked_at is not None:
        return "revoked"
    if row.expires_at <= now:
        return "expired"
    return ""
