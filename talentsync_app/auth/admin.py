"""What only administrators may do: list users, change roles, disable accounts."""

import logging

from sqlmodel import Session, col, func, or_, select

from talentsync_app.auth.activity import record_activity
from talentsync_app.auth.errors import Forbidden, InvalidInput
from talentsync_app.auth.roles import Role, parse_role
from talentsync_app.auth.sessions import end_all_sessions
from talentsync_app.db.account_models import User
from talentsync_app.db.models import utcnow

logger = logging.getLogger(__name__)

USER_PAGE_SIZE = 50


def require_admin(actor: User | None) -> User:
    """Return ``actor`` if it is an enabled admin.

    Raises:
        Forbidden: Otherwise.

    """
    if actor is None or actor.is_disabled or actor.role != Role.ADMIN:
        logger.warning("admin action refused for user %s", getattr(actor, "id", None))
        raise Forbidden("Only administrators can do this.")
    return actor


def list_users(
    session: Session,
    actor: User | None,
    *,
    search: str = "",
    limit: int = USER_PAGE_SIZE,
    offset: int = 0,
) -> list[User]:
    """Return users, newest first, optionally filtered by name or e-mail."""
    require_admin(actor)
    query = select(User)
    needle = search.strip().lower()
    if needle:
        pattern = f"%{needle}%"
        query = query.where(
            or_(
                func.lower(User.email).like(pattern),
                func.lower(User.name).like(pattern),
            )
        )
    query = query.order_by(col(User.created_at).desc(), col(User.id).desc())
    return list(session.exec(query.offset(offset).limit(limit)))


def set_user_role(
    session: Session, actor: User | None, user_id: int, role: str
) -> User:
    """Give a user any role, admin included.

    Raises:
        Forbidden: When ``actor`` is not an admin, or demotes themself (which
            could leave the site without an admin).
        InvalidInput: For an unknown role or user.

    """
    actor = require_admin(actor)
    parsed = parse_role(role)
    if parsed is None:
        raise InvalidInput("Unknown role.")
    if user_id == actor.id and parsed is not Role.ADMIN:
        raise Forbidden("You cannot remove your own admin role.")
    user = _get_user(session, user_id)
    user.role, user.updated_at = parsed.value, utcnow()
    session.add(user)
    record_activity(session, user.id, "role_changed", f"Role set to {parsed}")
    logger.info("admin %s set role of user %s to %s", actor.id, user.id, parsed)
    return user


def set_user_disabled(
    session: Session, actor: User | None, user_id: int, disabled: bool
) -> User:
    """Disable (and sign out everywhere) or re-enable an account.

    Raises:
        Forbidden: When ``actor`` is not an admin or targets themself.
        InvalidInput: For an unknown user.

    """
    actor = require_admin(actor)
    if user_id == actor.id:
        raise Forbidden("You cannot disable your own account.")
    user = _get_user(session, user_id)
    user.is_disabled, user.updated_at = disabled, utcnow()
    session.add(user)
    if disabled:
        end_all_sessions(session, user.id)
    logger.info(
        "admin %s %s user %s", actor.id, "disabled" if disabled else "enabled", user.id
    )
    return user


def _get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise InvalidInput(f"User {user_id} does not exist.")
    return user
