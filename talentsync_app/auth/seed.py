"""Create the administrator named in the environment, idempotently."""

import logging

from sqlmodel import Session

from talentsync_app.auth.accounts import (
    clean_name,
    find_user_by_email,
    normalise_email,
)
from talentsync_app.auth.activity import record_activity
from talentsync_app.auth.passwords import check_password_policy, hash_password
from talentsync_app.auth.roles import Role
from talentsync_app.db.account_models import User
from talentsync_app.db.models import utcnow

logger = logging.getLogger(__name__)

ADMIN_NAME = "Administrator"


def ensure_admin(session: Session, email: str, password: str) -> bool:
    """Make sure an admin account with this e-mail exists.

    A missing account is created with ``password`` (which must pass the
    policy) and a verified e-mail. An existing account is promoted and
    enabled, but its password is left alone, so restarting the app never
    undoes a password change.

    Returns:
        True when something changed, False when the admin was already there.

    Raises:
        InvalidInput: For a malformed e-mail.
        WeakPassword: When a new admin's password breaks the policy.

    """
    email = normalise_email(email)
    user = find_user_by_email(session, email)
    if user is None:
        check_password_policy(password, email=email)
        user = User(
            email=email,
            name=clean_name(ADMIN_NAME),
            password_hash=hash_password(password),
            role=Role.ADMIN.value,
            email_verified_at=utcnow(),
        )
        session.add(user)
        session.flush()
        record_activity(session, user.id, "signed_up", "Created by the start-up seed")
        logger.info("seed created admin user %s", user.id)
        return True
    if user.role == Role.ADMIN and not user.is_disabled:
        return False
    user.role, user.is_disabled, user.updated_at = Role.ADMIN.value, False, utcnow()
    session.add(user)
    logger.info("seed promoted user %s to admin", user.id)
    return True
