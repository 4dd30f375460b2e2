"""SQLModel tables for accounts: users, sessions, one-time tokens and sign-in data."""

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from talentsync_app.db.models import utcnow

USER_TABLE = "app_user"
USER_FK = f"{USER_TABLE}.id"


class User(SQLModel, table=True):
    """A person with an account.

    ``role`` stays empty until the user picks seeker or recruiter; admin is only
    granted by another admin or the start-up seed. ``password_hash`` is empty for
    accounts that only sign in through OAuth.
    """

    __tablename__ = USER_TABLE

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, unique=True, index=True)
    name: str = Field(max_length=120)
    headline: str = Field(default="", max_length=200)
    password_hash: str | None = Field(default=None, max_length=255)
    role: str | None = Field(default=None, max_length=16, index=True)
    email_verified_at: datetime | None = None
    is_disabled: bool = False
    avatar_file: str | None = Field(default=None, max_length=80)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
    last_login_at: datetime | None = None


class UserSession(SQLModel, table=True):
    """A server-side sign-in; the browser keeps only the raw token."""

    __tablename__ = "user_session"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key=USER_FK, index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    last_seen_at: datetime = Field(default_factory=utcnow)
    revoked_at: datetime | None = None


class AccountToken(SQLModel, table=True):
    """A single-use e-mail token (verification or password reset), stored hashed."""

    __tablename__ = "account_token"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key=USER_FK, index=True, ondelete="CASCADE")
    purpose: str = Field(max_length=16)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None


class OAuthIdentity(SQLModel, table=True):
    """Links a provider account (Google, GitHub) to a user."""

    __tablename__ = "oauth_identity"
    __table_args__ = (
        UniqueConstraint("provider", "subject", name="uq_oauth_provider_subject"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key=USER_FK, index=True, ondelete="CASCADE")
    provider: str = Field(max_length=16)
    subject: str = Field(max_length=255)
    created_at: datetime = Field(default_factory=utcnow)


class LoginAttempt(SQLModel, table=True):
    """One sign-in attempt, keyed by a hashed e-mail or a client address."""

    __tablename__ = "login_attempt"
    __table_args__ = (Index("ix_login_attempt_key_created", "key", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=80)
    succeeded: bool = False
    created_at: datetime = Field(default_factory=utcnow)


class ActivityEvent(SQLModel, table=True):
    """Something a user did, shown as recent activity on their dashboard."""

    __tablename__ = "activity_event"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key=USER_FK, index=True, ondelete="CASCADE")
    kind: str = Field(max_length=32)
    detail: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow, index=True)
