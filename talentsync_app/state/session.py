"""The base state every private page builds on: who is asking."""

import logging

import reflex as rx

from talentsync_app.auth.roles import Role
from talentsync_app.auth.sessions import resolve_session
from talentsync_app.db.account_models import User
from talentsync_app.db.engine import session_scope
from talentsync_app.services.owner import Owner, is_valid_owner_token, new_owner_token

logger = logging.getLogger(__name__)

OWNER_TOKEN_STORAGE_KEY = "talentsync_owner"
SESSION_TOKEN_STORAGE_KEY = "talentsync_session"


class SessionState(rx.State):
    """Holds the anonymous owner token and the sign-in token kept in the browser.

    Guest analyses belong to the owner token until a sign-up or login claims
    them. The session token is checked against the database on every
    ``_owner()`` call, so a revoked, expired or tampered token stops working at
    once. Handlers never trust a client-sent id alone: they call ``_owner()``
    and let the services check ownership. ``signed_in``, ``user_name`` and
    ``user_role`` only drive the navigation; no check reads them.
    """

    owner_token: str = rx.LocalStorage("", name=OWNER_TOKEN_STORAGE_KEY, sync=True)
    session_token: str = rx.LocalStorage("", name=SESSION_TOKEN_STORAGE_KEY, sync=True)
    signed_in: bool = False
    user_name: str = ""
    user_role: str = ""

    @rx.event
    def ensure_owner_token(self):
        """Give this browser an unguessable owner token and refresh who is signed in."""
        if not is_valid_owner_token(self.owner_token):
            self.owner_token = new_owner_token()
        self._current_user()

    def _owner(self) -> Owner:
        """Return the identity this request acts as, validated server-side."""
        if not is_valid_owner_token(self.owner_token):
            self.owner_token = new_owner_token()
        user = self._current_user()
        if user is None:
            return Owner(token=self.owner_token)
        return Owner(
            token=self.owner_token,
            user_id=user.id,
            is_admin=user.role == Role.ADMIN,
            role=user.role,
        )

    def _current_user(self) -> User | None:
        """Look the session token up in the database; forget it when invalid."""
        user = None
        if self.session_token:
            with session_scope() as db:
                user = resolve_session(db, self.session_token)
            if user is None:
                self.session_token = ""
        self._show_identity(user)
        return user

    def _show_identity(self, user: User | None) -> None:
        self.signed_in = user is not None
        self.user_name = user.name if user else ""
        self.user_role = (user.role or "") if user else ""
