"""Shared account state: page guards, sign-in, sign-out and refusals."""

import logging
from datetime import timedelta
from typing import ClassVar

import reflex as rx
from sqlmodel import Session

from talentsync_app.auth import links
from talentsync_app.auth.errors import AuthError, Forbidden, NotSignedIn
from talentsync_app.auth.roles import Role, require_role
from talentsync_app.auth.sessions import end_session, start_session
from talentsync_app.db.account_models import User
from talentsync_app.db.engine import session_scope
from talentsync_app.services.analyses import claim_guest_analyses
from talentsync_app.services.owner import AccessDenied, Owner
from talentsync_app.settings import get_settings
from talentsync_app.state.session import SessionState

logger = logging.getLogger(__name__)

REFUSALS = (AuthError, AccessDenied, ValueError)


MAX_RECORD_ID = 2**31 - 1
MAX_ID_DIGITS = len(str(MAX_RECORD_ID))


def parse_id(raw: str | int) -> int:
    """Turn an id from the browser into an int, refusing anything else.

    Raises:
        ValueError: For text that is not a positive whole number.

    """
    text = str(raw).strip()
    # isdigit() alone admits "²" and Arabic-Indic digits; ids are also int4 in
    # PostgreSQL, and larger numbers overflow SQLite's driver.
    if not (text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS):
        raise ValueError("Unknown record.")
    value = int(text)
    if not 0 < value <= MAX_RECORD_ID:
        raise ValueError("Unknown record.")
    return value


class AuthState(SessionState):
    """Base of every account page; every private handler goes through ``_require``.

    ``error`` lives here, so all account pages share it; each page's load
    handler clears it.
    """

    error: str = ""
    # Forms that show the refusal beside their fields set this to False, so
    # the same words do not pop up a second time as a toast.
    toast_refusals: ClassVar[bool] = True

    def _require_user(self, *roles: Role) -> User:
        """Return the signed-in user, checked against the database now.

        Raises:
            NotSignedIn: Without a valid session.
            Forbidden: When the user's role is not one of ``roles``.

        """
        user = self._current_user()
        if user is None:
            raise NotSignedIn()
        if roles:
            require_role(user.role, *roles)
        return user

    def _require_owner(self, *roles: Role) -> Owner:
        """Like ``_require_user`` but returns the owner identity for services."""
        self._require_user(*roles)
        return self._owner()

    def _refuse(self, exc: Exception):
        """Record a refusal for the page and answer with an error toast."""
        message = str(exc) or "That did not work."
        if isinstance(exc, (Forbidden, AccessDenied, NotSignedIn)):
            logger.warning("refused %s: %s", type(self).__name__, type(exc).__name__)
        self.error = message
        return rx.toast.error(message) if self.toast_refusals else None

    def _refuse_load(self, exc: Exception):
        """Refuse inside a page's load handler.

        The page guard, which runs first, has already told a user with the
        wrong role and sent them away; a second toast would only repeat it.
        """
        if isinstance(exc, Forbidden):
            self.error = ""
            return None
        return self._refuse(exc)

    def _guard(self, *roles: Role):
        """Redirect away from a page the requester may not open."""
        try:
            self._require_user(*roles)
        except NotSignedIn:
            return rx.redirect(links.LOGIN)
        except Forbidden as exc:
            logger.warning("page refused for role %r", self.user_role)
            return [
                rx.toast.error(str(exc)),
                rx.redirect(links.home_for(self.user_role)),
            ]
        return None

    def _sign_in(self, db: Session, user: User) -> str:
        """Start a server-side session, claim guest work, and return where to go."""
        lifetime = timedelta(hours=get_settings().session_lifetime_hours)
        self.session_token = start_session(db, user, lifetime=lifetime)
        claim_guest_analyses(db, self.owner_token, user.id)
        self._show_identity(user)
        return links.home_for(user.role)

    @rx.event
    def require_signed_in(self):
        """Page guard: any signed-in user."""
        return self._guard()

    @rx.event
    def require_seeker(self):
        """Page guard: job seekers (and admins)."""
        return self._guard(Role.SEEKER)

    @rx.event
    def require_recruiter(self):
        """Page guard: recruiters (and admins)."""
        return self._guard(Role.RECRUITER)

    @rx.event
    def require_admin(self):
        """Page guard: admins only."""
        return self._guard(Role.ADMIN)

    @rx.event
    def go_home(self):
        """Send a signed-in user to their dashboard (used on sign-in pages)."""
        self.error = ""
        user = self._current_user()
        if user is not None:
            return rx.redirect(links.home_for(user.role))
        return None

    @rx.event
    def logout(self):
        """End this browser's session on the server and forget the token."""
        with session_scope() as db:
            end_session(db, self.session_token)
        self.session_token = ""
        self._show_identity(None)
        return rx.redirect(links.LOGIN)
