"""Turn a provider's profile into a TalentSync user: find, link or create."""

import logging

from sqlmodel import Session, select

from talentsync_app.auth.accounts import clean_name, find_user_by_email
from talentsync_app.auth.activity import capture, record_activity
from talentsync_app.auth.errors import AccountDisabled, InvalidInput
from talentsync_app.auth.oauth import PROVIDER_LABELS, OAuthFailed, OAuthProfile
from talentsync_app.db.account_models import OAuthIdentity, User
from talentsync_app.db.models import utcnow

logger = logging.getLogger(__name__)


def user_for_profile(session: Session, profile: OAuthProfile) -> tuple[User, bool]:
    """Return the user for a provider profile and whether it was just created.

    An identity seen before signs in its user. Otherwise an existing account
    with the same address is linked only when the provider verified the
    address; a new address creates an account without a password.

    Raises:
        OAuthFailed: When the provider gave no verified address to go on.
        AccountDisabled: When the matching account is disabled.

    """
    label = PROVIDER_LABELS.get(profile.provider, profile.provider)
    user = _linked_user(session, profile)
    created = False
    if user is None:
        if not profile.email or not profile.email_verified:
            raise OAuthFailed(f"{label} did not confirm an e-mail address for you.")
        user = find_user_by_email(session, profile.email)
        if user is None:
            user, created = _create_user(session, profile), True
        session.add(
            OAuthIdentity(
                user_id=user.id, provider=profile.provider, subject=profile.subject
            )
        )
        logger.info("linked %s identity to user %s", profile.provider, user.id)
    if user.is_disabled:
        raise AccountDisabled()
    if profile.email_verified and user.email_verified_at is None:
        user.email_verified_at = utcnow()
        session.add(user)
    record_activity(session, user.id, "signed_in", f"Signed in with {label}")
    return user, created


def _linked_user(session: Session, profile: OAuthProfile) -> User | None:
    identity = session.exec(
        select(OAuthIdentity).where(
            OAuthIdentity.provider == profile.provider,
            OAuthIdentity.subject == profile.subject,
        )
    ).first()
    return session.get(User, identity.user_id) if identity else None


def _create_user(session: Session, profile: OAuthProfile) -> User:
    try:
        name = clean_name(profile.name or profile.email.split("@")[0])
    except InvalidInput:
        name = profile.email.split("@")[0][:120]
    user = User(email=profile.email.strip().lower(), name=name)
    session.add(user)
    session.flush()
    record_activity(session, user.id, "signed_up", f"Signed up with {profile.provider}")
    capture("user_signed_up", user.id, {"method": profile.provider})
    logger.info("created user %s from %s", user.id, profile.provider)
    return user
