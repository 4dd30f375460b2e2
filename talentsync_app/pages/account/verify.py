"""E-mail verification: the link's landing page, and sending a fresh link."""

import logging

import reflex as rx

from talentsync_app.auth import links
from talentsync_app.auth.email_links import send_verification, verify_email
from talentsync_app.auth.errors import AuthError
from talentsync_app.auth.mailer import Mailer
from talentsync_app.components.layout import page_frame
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account.register import MAIL_LOGGED, MAIL_SENT
from talentsync_app.pages.account.widgets import auth_card, error_callout
from talentsync_app.state.auth import AuthState

logger = logging.getLogger(__name__)


class VerifyState(AuthState):
    """Consumes a verification token from the address bar."""

    verified: bool = False
    checking: bool = True

    @rx.event
    def verify_link(self):
        """Check the token in ``?token=`` and mark the e-mail verified."""
        self.error, self.verified, self.checking = "", False, True
        token = str(self.router.page.params.get("token", ""))
        try:
            with session_scope() as db:
                verify_email(db, token)
        except AuthError as exc:
            self.checking = False
            self._refuse(exc)  # the page shows it; no toast on top
            return None
        self.verified, self.checking = True, False
        return None

    @rx.event
    def resend_link(self):
        """Send a new verification link to the signed-in user."""
        try:
            user = self._require_user()
            if user.email_verified_at is not None:
                return rx.toast.info("Your e-mail address is already confirmed.")
            with session_scope() as db:
                sent = send_verification(db, user, Mailer.from_settings())
        except AuthError as exc:
            return self._refuse(exc)
        except OSError as exc:
            logger.error("verification e-mail failed: %s", type(exc).__name__)
            return rx.toast.error("The e-mail could not be sent. Try again later.")
        return rx.toast.info(MAIL_SENT if sent else MAIL_LOGGED)


def resend_link_button(**props) -> rx.Component:
    """A small button that e-mails a fresh verification link."""
    return rx.button(
        "Send the link again",
        size="1",
        variant="soft",
        on_click=VerifyState.resend_link,
        **props,
    )


@rx.page(
    route=links.VERIFY,
    title="Confirm your e-mail — TalentSync",
    on_load=[VerifyState.ensure_owner_token, VerifyState.verify_link],
)
def verify_page() -> rx.Component:
    """Landing page of the verification link."""
    return page_frame(
        auth_card(
            "Confirm your e-mail",
            rx.cond(
                VerifyState.checking,
                rx.spinner(size="3"),
                rx.cond(
                    VerifyState.verified,
                    rx.callout(
                        "Your e-mail address is confirmed.",
                        icon="circle-check",
                        color_scheme="green",
                        role="status",
                    ),
                    error_callout(VerifyState.error),
                ),
            ),
            rx.cond(
                VerifyState.signed_in,
                rx.link("Go to your dashboard", href=links.ACCOUNT),
                rx.link("Sign in", href=links.LOGIN),
            ),
        )
    )
