"""Register, sign in, pick a role, edit the profile and change the password."""

import logging
import re
from datetime import datetime

from sqlmodel import Session, func, select

from talentsync_app.auth import throttle
from talentsync_app.auth.activity import capture, record_activity
from talentsync_app.auth.errors import (
    AccountDisabled,
    DuplicateEmail,
    Forbidden,
    InvalidCredentials,
    InvalidInput,
    WeakPassword,
)
from talentsync_app.auth.passwords import (
    check_password_policy,
    dummy_verify,
    hash_password,
    needs_rehash,
    verify_password,
)
from talentsync_app.auth.roles import SELF_SERVICE_ROLES, parse_role
from talentsync_app.db.account_models import User
from talentsync_app.db.models import utcnow

logger = logging.getLogger(__name__)

MAX_EMAIL_LENGTH = 320
MAX_NAME_LENGTH = 120
MAX_HEADLINE_LENGTH = 200
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalise_email(email: str) -> str:
    """Lower-case and trim an address, and check its shape.

    Raises:
        InvalidInput: When it does not look like an e-mail address.

    """
    cleaned = email.strip().lower()
    if len(cleaned) > MAX_EMAIL_LENGTH or not EMAIL_PATTERN.match(cleaned):
        raise InvalidInput("Enter a valid e-mail address.")
    return cleaned


def clean_name(name: str) -> str:
    """Collapse spaces in a display name and check its length.

    Raises:
        InvalidInput: When it is empty or too long.

    """
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("Enter your name.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInput(f"Use at most {MAX_NAME_LENGTH} characters for the name.")
    return cleaned


def find_user_by_email(session: Session, email: str) -> User | None:
    """Return the user with this address (case-insensitive), if any."""
    cleaned = email.strip().lower()
    return session.exec(select(User).where(func.lower(User.email) == cleaned)).first()


def register(session: Session, *, name: str, email: str, password: str) -> User:
    """Create an account with an Argon2 password hash; the role is picked later.

    Raises:
        InvalidInput: For a missing name or malformed e-mail.
        WeakPassword: When the password breaks the policy.
        DuplicateEmail: When the address is taken.

    """
    name, email = clean_name(name), normalise_email(email)
    check_password_policy(password, email=email, name=name)
    if find_user_by_email(session, email) is not None:
        logger.info("registration refused: duplicate e-mail")
        raise DuplicateEmail()
    user = User(email=email, name=name, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    record_activity(session, user.id, "signed_up", "Created the account")
    logger.info("registered user %s", user.id)
    capture("user_signed_up", user.id, {"method": "password"})
    return user


def authenticate(
    session: Session,
    *,
    email: str,
    password: str,
    client_ip: str | None = None,
    now: datetime | None = None,
) -> User:
    """Check an e-mail and password, with throttling of repeated failures.

    Throttled attempts are refused before the password is looked at, so a
    locked account cannot be probed. A failure is committed at once, so it
    counts even though the caller's transaction is rolled back.

    Raises:
        Throttled: When this account or address failed too often recently.
        InvalidCredentials: For an unknown e-mail or a wrong password.
        AccountDisabled: When the password is right but the account is disabled.

    """
    keys = throttle.keys_for(email, client_ip)
    throttle.check_allowed(session, keys, now=now)
    user = find_user_by_email(session, email)
    if user is None:
        dummy_verify(password)
    if user is None or not verify_password(user.password_hash, password):
        throttle.record_attempt(session, keys, succeeded=False, now=now)
        # Commit now: callers roll back on the error below, and the failure
        # must still count.
        session.commit()
        logger.info("failed sign-in")
        raise InvalidCredentials()
    if user.is_disabled:
        logger.warning("sign-in refused: user %s is disabled", user.id)
        raise AccountDisabled()
    throttle.record_attempt(session, keys, succeeded=True, now=now)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        session.add(user)
    record_activity(session, user.id, "signed_in", "Signed in with a password")
    return user


def choose_role(session: Session, user: User, role: str) -> User:
    """Let a new user pick seeker or recruiter, once.

    Raises:
        Forbidden: When the role is admin or unknown, or a role was already set.

    """
    parsed = parse_role(role)
    if parsed not in SELF_SERVICE_ROLES:
        raise Forbidden("Pick job seeker or recruiter.")
    if user.role:
        raise Forbidden("Your role is already set; an administrator can change it.")
    user.role = parsed.value
    user.updated_at = utcnow()
    session.add(user)
    record_activity(session, user.id, "role_chosen", f"Chose the {parsed} role")
    logger.info("user %s chose role %s", user.id, parsed)
    return user


def update_profile(session: Session, user: User, *, name: str, headline: str) -> User:
    """Change the display name and headline.

    Raises:
        InvalidInput: For an empty or too long name or headline.

    """
    headline = " ".join(headline.split())
    if len(headline) > MAX_HEADLINE_LENGTH:
        raise InvalidInput(f"Use at most {MAX_HEADLINE_LENGTH} characters.")
    user.name, user.headline = clean_name(name), headline
    user.updated_at = utcnow()
    session.add(user)
    record_activity(session, user.id, "profile_updated", "Updated the profile")
    return user


def change_password(session: Session, user: User, *, current: str, new: str) -> User:
    """Replace the password after checking the current one.

    Accounts created through OAuth have no password yet and may set one
    without a current password.

    Raises:
        InvalidCredentials: When the current password is wrong.
        WeakPassword: When the new one breaks the policy.

    """
    if user.password_hash and not verify_password(user.password_hash, current):
        raise InvalidCredentials()
    if current and current == new:
        raise WeakPassword("Choose a password different from the current one.")
    check_password_policy(new, email=user.email, name=user.name)
    user.password_hash = hash_password(new)
    user.updated_at = utcnow()
    session.add(user)
    record_activity(session, user.id, "password_changed", "Changed the password")
    logger.info("user %s changed the password", user.id)
    return user
