"""Who is asking: a browser owner token, a signed-in user, or both."""

import secrets
from dataclasses import dataclass

OWNER_TOKEN_BYTES = 24


class AccessDenied(Exception):
    """The requester may not read or change the record (or it does not exist)."""


@dataclass(frozen=True)
class Owner:
    """The identity a request acts as.

    Attributes:
        token: Random anonymous token kept in the browser (guest analyses).
        user_id: Signed-in user's id, when there is one.
        is_admin: Admins may read every record.
        role: The signed-in user's role ("seeker", "recruiter", "admin"), if any.

    """

    token: str | None = None
    user_id: int | None = None
    is_admin: bool = False
    role: str | None = None

    @property
    def is_known(self) -> bool:
        """True when the request carries any identity at all."""
        return bool(self.user_id) or is_valid_owner_token(self.token)


def new_owner_token() -> str:
    """Return a fresh unguessable anonymous owner token."""
    return secrets.token_urlsafe(OWNER_TOKEN_BYTES)


def is_valid_owner_token(token: str | None) -> bool:
    """Reject empty, short or oversized tokens so guessing stays infeasible."""
    return bool(token) and 24 <= len(token) <= 64 and token.isascii()


def owns(owner: Owner, *, owner_token: str | None, user_id: int | None) -> bool:
    """Decide whether ``owner`` may access a record with these owner fields."""
    if owner.is_admin:
        return True
    if user_id is not None:
        return owner.user_id == user_id
    return is_valid_owner_token(owner.token) and owner.token == owner_token
