"""Delete an account and everything it owns."""

import logging
from pathlib import Path

from sqlalchemy import delete
from sqlmodel import Session, col, func, select

from talentsync_app.auth import throttle
from talentsync_app.auth.activity import capture
from talentsync_app.auth.avatars import remove_avatar
from talentsync_app.auth.errors import Forbidden, InvalidInput
from talentsync_app.auth.roles import Role
from talentsync_app.db.account_models import (
    AccountToken,
    ActivityEvent,
    OAuthIdentity,
    User,
    UserSession,
)
from talentsync_app.db.models import Analysis

logger = logging.getLogger(__name__)

OWNED_TABLES = (Analysis, AccountToken, ActivityEvent, OAuthIdentity, UserSession)


def delete_account(
    session: Session, user: User, *, confirm_email: str, upload_dir: Path
) -> dict[str, int]:
    """Remove the user, their resumes, sessions, tokens, sign-in links and avatar.

    Args:
        session: Open database session (the caller commits).
        user: The signed-in user deleting their own account.
        confirm_email: What the user typed to confirm; must equal their e-mail.
        upload_dir: Folder holding the avatar.

    Returns:
        How many rows were removed per table.

    Raises:
        InvalidInput: When the confirmation does not match.
        Forbidden: When the user is the last enabled admin.

    """
    if confirm_email.strip().lower() != user.email.lower():
        raise InvalidInput("Type your e-mail address exactly to confirm.")
    if user.role == Role.ADMIN and _admin_count(session) <= 1:
        raise Forbidden("You are the only administrator; appoint another first.")
    removed = {
        table.__tablename__: session.exec(
            delete(table).where(col(table.user_id) == user.id)
        ).rowcount
        for table in OWNED_TABLES
    }
    throttle.forget_account(session, user.email)
    remove_avatar(user.avatar_file, upload_dir)
    user_id = user.id
    session.delete(user)
    session.flush()
    logger.info("deleted user %s and owned rows %s", user_id, removed)
    capture("account_deleted", user_id, {"analyses": removed["analysis"]})
    return removed


def _admin_count(session: Session) -> int:
    query = select(func.count()).where(
        User.role == Role.ADMIN.value, col(User.is_disabled).is_(False)
    )
    return session.exec(query).one()
