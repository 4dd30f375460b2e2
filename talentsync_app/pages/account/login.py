"""Sign-in page: e-mail and password (throttled), or a configured OAuth provider."""

from typing import ClassVar

import reflex as rx

from talentsync_app.auth import links
from talentsync_app.auth.accounts import authenticate
from talentsync_app.auth.errors import AuthError
from talentsync_app.auth.oauth import PROVIDER_LABELS, configured_providers
from talentsync_app.components.layout import page_frame
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account.oauth import OAuthState
from talentsync_app.pages.account.widgets import (
    account_form,
    auth_card,
    email_field,
    password_field,
)
from talentsync_app.state.auth import AuthState


class LoginState(AuthState):
    """Checks the password, then starts a server-side session."""

    toast_refusals: ClassVar[bool] = False

    providers: list[dict[str, str]] = []

    @rx.event
    def load_providers(self):
        """List the OAuth providers whose client id is configured."""
        self.providers = [
            {"name": name, "label": f"Continue with {PROVIDER_LABELS[name]}"}
            for name in configured_providers()
        ]

    @rx.event
    def submit_login(self, form_data: dict):
        """Sign in with e-mail and password; refusals say why in plain words."""
        self.error = ""
        try:
            with session_scope() as db:
                user = authenticate(
                    db,
                    email=str(form_data.get("email", "")),
                    password=str(form_data.get("password", "")),
                    client_ip=self.router.session.client_ip or None,
                )
                target = self._sign_in(db, user)
        except AuthError as exc:
            return self._refuse(exc)
        return rx.redirect(target)


def provider_button(provider: rx.Var) -> rx.Component:
    """One "Continue with ..." button."""
    return rx.button(
        provider["label"],
        variant="outline",
        size="3",
        width="100%",
        type="button",
        on_click=OAuthState.start_oauth(provider["name"]),
    )


def login_form() -> rx.Component:
    """The e-mail and password form."""
    return account_form(
        LoginState.submit_login,
        "Sign in",
        email_field(),
        password_field("Password", "password"),
        error=LoginState.error,
    )


@rx.page(
    route=links.LOGIN,
    title="Sign in — TalentSync",
    on_load=[
        LoginState.ensure_owner_token,
        LoginState.go_home,
        LoginState.load_providers,
    ],
)
def login_page() -> rx.Component:
    """The sign-in page."""
    return page_frame(
        auth_card(
            "Sign in",
            login_form(),
            rx.cond(
                LoginState.providers.length() > 0,
                rx.vstack(
                    rx.separator(),
                    rx.foreach(LoginState.providers, provider_button),
                    width="100%",
                    spacing="2",
                ),
            ),
            rx.hstack(
                rx.link("Forgot your password?", href=links.FORGOT, size="2"),
                rx.spacer(),
                rx.link("Create an account", href=links.REGISTER, size="2"),
                width="100%",
            ),
        )
    )
