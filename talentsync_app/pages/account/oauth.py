"""OAuth round trip: send the browser to the provider and finish on the callback."""

import logging
from typing import ClassVar

import reflex as rx

from talentsync_app.auth import links
from talentsync_app.auth.errors import AuthError
from talentsync_app.auth.oauth import (
    begin_login,
    finish_login,
    pending_from_dict,
    provider_config,
)
from talentsync_app.auth.oauth_accounts import user_for_profile
from talentsync_app.components.layout import page_frame
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account.widgets import auth_card, error_callout
from talentsync_app.state.auth import AuthState

logger = logging.getLogger(__name__)


class OAuthState(AuthState):
    """Keeps the pending sign-in (state, PKCE verifier, nonce) on the server only."""

    toast_refusals: ClassVar[bool] = False

    _pending: dict[str, str] = {}

    @rx.event
    def start_oauth(self, provider: str):
        """Redirect to the provider's consent page."""
        self.error = ""
        try:
            config = provider_config(str(provider))
            url, pending = begin_login(config, links.oauth_callback_url(config.name))
        except AuthError as exc:
            return self._refuse(exc)
        self._pending = pending
        return rx.redirect(url)

    @rx.event
    def finish_oauth(self):
        """Check the callback, find or create the user and sign the browser in."""
        self.error = ""
        params = self.router.page.params
        pending, self._pending = pending_from_dict(self._pending), {}
        try:
            config = provider_config(str(params.get("provider", "")))
            profile = finish_login(
                config,
                pending,
                code=str(params.get("code", "")),
                state=str(params.get("state", "")),
                error=str(params.get("error", "")),
            )
            with session_scope() as db:
                user, _created = user_for_profile(db, profile)
                target = self._sign_in(db, user)
        except AuthError as exc:
            return self._refuse(exc)
        return rx.redirect(target, replace=True)


@rx.page(
    route=links.OAUTH_CALLBACK,
    title="Signing in — TalentSync",
    on_load=[OAuthState.ensure_owner_token, OAuthState.finish_oauth],
)
def oauth_callback_page() -> rx.Component:
    """Shown for a moment while the sign-in finishes, or with the reason it failed."""
    return page_frame(
        auth_card(
            "Signing in",
            rx.cond(
                OAuthState.error != "",
                rx.vstack(
                    error_callout(OAuthState.error),
                    rx.link("Back to sign in", href=links.LOGIN),
                ),
                rx.spinner(size="3"),
            ),
        )
    )
