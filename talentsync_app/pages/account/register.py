"""Sign-up page: name, e-mail and password, then a verification e-mail."""

import logging
from typing import ClassVar

import reflex as rx

from talentsync_app.auth import links
from talentsync_app.auth.accounts import register
from talentsync_app.auth.email_links import send_verification
from talentsync_app.auth.errors import AuthError
from talentsync_app.auth.mailer import Mailer
from talentsync_app.components.layout import page_frame
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account.widgets import (
    account_form,
    auth_card,
    email_field,
    password_field,
    text_field,
)
from talentsync_app.state.auth import AuthState

logger = logging.getLogger(__name__)

MAIL_SENT = "We sent a confirmation link to your e-mail address."
MAIL_LOGGED = (
    "E-mail is not set up on this server, so the confirmation link was written "
    "to the server log."
)


class RegisterState(AuthState):
    """Creates the account, signs the browser in and sends the verification link."""

    toast_refusals: ClassVar[bool] = False

    @rx.event
    def submit_registration(self, form_data: dict):
        """Create an account from the form; on success go and pick a role."""
        self.error = ""
        try:
            with session_scope() as db:
                user = register(
                    db,
                    name=str(form_data.get("name", "")),
                    email=str(form_data.get("email", "")),
                    password=str(form_data.get("password", "")),
                )
                sent = self._send_link(db, user)
                target = self._sign_in(db, user)
        except AuthError as exc:
            return self._refuse(exc)
        return [rx.toast.info(MAIL_SENT if sent else MAIL_LOGGED), rx.redirect(target)]

    @staticmethod
    def _send_link(db, user) -> bool:
        try:
            return send_verification(db, user, Mailer.from_settings())
        except OSError as exc:
            # The account is still usable; the link can be sent again later.
            logger.error("verification e-mail failed: %s", type(exc).__name__)
            return False


def register_form() -> rx.Component:
    """The sign-up form."""
    return account_form(
        RegisterState.submit_registration,
        "Create account",
        text_field("Name", "name", autocomplete="name", required=True),
        email_field(),
        password_field("Password", "password", new=True),
        error=RegisterState.error,
    )


@rx.page(
    route=links.REGISTER,
    title="Create an account — TalentSync",
    on_load=[RegisterState.ensure_owner_token, RegisterState.go_home],
)
def register_page() -> rx.Component:
    """The sign-up page."""
    return page_frame(
        auth_card(
            "Create an account",
            register_form(),
            rx.text(
                "Already have one? ",
                rx.link("Sign in", href=links.LOGIN, underline="always"),
                size="2",
            ),
        )
    )
