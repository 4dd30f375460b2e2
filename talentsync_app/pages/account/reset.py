"""Password reset: ask for a link (the answer never tells if the e-mail exists)."""

from typing import ClassVar

import reflex as rx

from talentsync_app.auth import links
from talentsync_app.auth.email_links import request_password_reset, reset_password
from talentsync_app.auth.errors import AuthError
from talentsync_app.auth.mailer import Mailer
from talentsync_app.components.layout import page_frame
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account.widgets import (
    account_form,
    auth_card,
    email_field,
    info_callout,
    password_field,
    repeat_password_field,
)
from talentsync_app.state.auth import AuthState

REQUEST_DONE = (
    "If an account uses that address, a reset link is on its way. "
    "The link works once, for one hour."
)
REQUEST_DONE_LOGGED = (
    "If an account uses that address, a reset link was made. E-mail is not set "
    "up on this server, so the link was written to the server log."
)


class ForgotPasswordState(AuthState):
    """Takes an address and answers the same whatever it is."""

    notice: str = ""

    @rx.event
    def request_reset(self, form_data: dict):
        """Send a reset link if the address has an account; the answer never tells."""
        mailer = Mailer.from_settings()
        with session_scope() as db:
            request_password_reset(db, str(form_data.get("email", "")), mailer)
        self.notice = REQUEST_DONE if mailer.uses_smtp else REQUEST_DONE_LOGGED


class ResetPasswordState(AuthState):
    """Sets a new password from the token in the address."""

    toast_refusals: ClassVar[bool] = False

    done: bool = False

    @rx.event
    def clear_reset(self):
        """Start from an empty form each time the page opens."""
        self.done, self.error = False, ""

    @rx.event
    def submit_new_password(self, form_data: dict):
        """Use the reset token once; every session of the account is signed out."""
        self.error = ""
        password = str(form_data.get("password", ""))
        if password != str(form_data.get("confirm", "")):
            self.error = "The two passwords differ."
            return None
        token = str(self.router.page.params.get("token", ""))
        try:
            with session_scope() as db:
                reset_password(db, token, password)
        except AuthError as exc:
            return self._refuse(exc)
        self.done = True
        return rx.toast.success("Password changed. Sign in with the new one.")


@rx.page(
    route=links.FORGOT,
    title="Forgot password — TalentSync",
    on_load=ForgotPasswordState.ensure_owner_token,
)
def forgot_page() -> rx.Component:
    """Ask for a reset link."""
    return page_frame(
        auth_card(
            "Reset your password",
            info_callout(ForgotPasswordState.notice),
            account_form(
                ForgotPasswordState.request_reset, "Send reset link", email_field()
            ),
            rx.link("Back to sign in", href=links.LOGIN, size="2"),
        )
    )


@rx.page(
    route=links.RESET,
    title="Choose a new password — TalentSync",
    on_load=[ResetPasswordState.ensure_owner_token, ResetPasswordState.clear_reset],
)
def reset_page() -> rx.Component:
    """Choose a new password from the e-mailed link."""
    new_password_form = account_form(
        ResetPasswordState.submit_new_password,
        "Save password",
        password_field("New password", "password", new=True),
        repeat_password_field("Repeat it", "confirm"),
        error=ResetPasswordState.error,
    )
    return page_frame(
        auth_card(
            "Choose a new password",
            rx.cond(
                ResetPasswordState.done,
                rx.link("Sign in", href=links.LOGIN),
                new_password_form,
            ),
        )
    )
