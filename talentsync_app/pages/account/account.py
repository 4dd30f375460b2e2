"""Account page: profile, avatar, password, sign-out everywhere, export and deletion."""

import json
import logging

import reflex as rx

from talentsync_app.auth import links
from talentsync_app.auth.accounts import change_password, update_profile
from talentsync_app.auth.avatars import avatar_data_url, remove_avatar, save_avatar
from talentsync_app.auth.deletion import delete_account
from talentsync_app.auth.export import export_user_data
from talentsync_app.auth.roles import ROLE_LABELS, parse_role
from talentsync_app.auth.sessions import end_all_sessions
from talentsync_app.components.layout import page_frame
from talentsync_app.db.account_models import User
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account import account_view as view
from talentsync_app.settings import get_settings
from talentsync_app.state.auth import REFUSALS, AuthState

logger = logging.getLogger(__name__)

EXPORT_FILENAME = "talentsync-my-data.json"


class AccountState(AuthState):
    """The signed-in user's own account; nothing here takes another user's id."""

    email: str = ""
    name: str = ""
    headline: str = ""
    role_label: str = ""
    verified: bool = False
    avatar_url: str = ""
    delete_confirm: str = ""

    @rx.event
    def load_account(self):
        """Show the profile of the signed-in user."""
        self.error = ""
        try:
            user = self._require_user()
        except REFUSALS as exc:
            return self._refuse(exc)
        self._show(user)
        return None

    @rx.event
    def save_profile(self, form_data: dict):
        """Change the name and headline."""
        return self._update(
            lambda db, user: update_profile(
                db,
                user,
                name=str(form_data.get("name", "")),
                headline=str(form_data.get("headline", "")),
            ),
            "Profile saved.",
        )

    @rx.event
    def save_password(self, form_data: dict):
        """Change the password, then sign out every other browser."""
        new = str(form_data.get("new_password", ""))
        if new != str(form_data.get("confirm_password", "")):
            self.error = "The two new passwords differ."
            return None
        token = self.session_token

        def change(db, user):
            change_password(
                db, user, current=str(form_data.get("current_password", "")), new=new
            )
            end_all_sessions(db, user.id, keep_token=token)
            return user

        return self._update(change, "Password changed; other sessions signed out.")

    @rx.event
    async def upload_avatar(self, files: list[rx.UploadFile]):
        """Store a new profile picture after checking its size and real type."""
        limit = get_settings().max_avatar_bytes
        data = await files[0].read(limit + 1) if files else b""
        upload_dir = get_settings().upload_dir

        def store(db, user):
            name = save_avatar(data, upload_dir, max_bytes=limit)
            remove_avatar(user.avatar_file, upload_dir)
            user.avatar_file = name
            db.add(user)
            return user

        return self._update(store, "Picture saved.")

    @rx.event
    def sign_out_everywhere(self):
        """Revoke every session of this account, this browser's included."""
        try:
            user = self._require_user()
            with session_scope() as db:
                count = end_all_sessions(db, user.id)
        except REFUSALS as exc:
            return self._refuse(exc)
        self.session_token = ""
        self._show_identity(None)
        logger.info("user %s signed out of %s sessions", user.id, count)
        return rx.redirect(links.LOGIN)

    @rx.event
    def export_data(self):
        """Download everything stored about this account as JSON."""
        try:
            user = self._require_user()
            with session_scope() as db:
                data = export_user_data(db, user)
        except REFUSALS as exc:
            return self._refuse(exc)
        text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
        return rx.download(data=text, filename=EXPORT_FILENAME)

    @rx.event
    def set_delete_confirm(self, text: str):
        """Track the confirmation the user types."""
        self.delete_confirm = text

    @rx.event
    def delete_my_account(self):
        """Delete the account and all it owns, after the typed confirmation."""
        upload_dir = get_settings().upload_dir
        try:
            user = self._require_user()
            with session_scope() as db:
                delete_account(
                    db,
                    db.merge(user),
                    confirm_email=self.delete_confirm,
                    upload_dir=upload_dir,
                )
        except REFUSALS as exc:
            return self._refuse(exc)
        self.session_token, self.delete_confirm = "", ""
        self._show_identity(None)
        return [rx.toast.success("Your account was deleted."), rx.redirect("/")]

    def _update(self, change, message: str):
        self.error = ""
        try:
            user = self._require_user()
            with session_scope() as db:
                user = change(db, db.merge(user))
        except REFUSALS as exc:
            return self._refuse(exc)
        self._show(user)
        self._show_identity(user)
        return rx.toast.success(message)

    def _show(self, user: User) -> None:
        role = parse_role(user.role)
        self.email, self.name, self.headline = user.email, user.name, user.headline
        self.role_label = ROLE_LABELS[role] if role else "Not chosen yet"
        self.verified = user.email_verified_at is not None
        self.avatar_url = avatar_data_url(user.avatar_file, get_settings().upload_dir)


@rx.page(
    route=links.ACCOUNT,
    title="Your account — TalentSync",
    on_load=[
        AccountState.ensure_owner_token,
        AccountState.require_signed_in,
        AccountState.load_account,
    ],
)
def account_page() -> rx.Component:
    """The account page."""
    return page_frame(
        rx.heading("Your account", size="7", as_="h1"),
        view.error_banner(AccountState),
        view.profile_card(AccountState),
        view.password_card(AccountState),
        view.data_card(AccountState),
    )
