"""The base state every private page builds on: who is asking."""

import reflex as rx

from talentsync_app.services.owner import Owner, is_valid_owner_token, new_owner_token

OWNER_TOKEN_STORAGE_KEY = "talentsync_owner"


class SessionState(rx.State):
    """Holds the anonymous owner token kept in the browser.

    Guest analyses belong to this token until a sign-up claims them. Handlers
    never trust a client-sent id alone: they call ``_owner()`` and let the
    services check ownership.
    """

    owner_token: str = rx.LocalStorage("", name=OWNER_TOKEN_STORAGE_KEY, sync=True)

    @rx.event
    def ensure_owner_token(self):
        """Give this browser an unguessable owner token if it has none."""
        if not is_valid_owner_token(self.owner_token):
            self.owner_token = new_owner_token()

    def _owner(self) -> Owner:
        """Return the identity this request acts as."""
        if not is_valid_owner_token(self.owner_token):
            self.owner_token = new_owner_token()
        return Owner(token=self.owner_token)
