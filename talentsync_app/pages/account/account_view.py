"""The cards of the account page (layout only; handlers live in AccountState)."""

import reflex as rx

from talentsync_app.components.dialogs import DIALOG_BUTTON_ROW
from talentsync_app.components.file_list import name_upload_zone
from talentsync_app.components.layout import card_section
from talentsync_app.pages.account.verify import resend_link_button
from talentsync_app.pages.account.widgets import (
    error_callout,
    password_field,
    repeat_password_field,
    text_field,
)

AVATAR_UPLOAD_ID = "avatar_upload"
AVATAR_TYPES = {
    "image/png": [".png"],
    "image/jpeg": [".jpg", ".jpeg"],
    "image/webp": [".webp"],
    "image/gif": [".gif"],
}


def error_banner(state) -> rx.Component:
    """The latest refusal, if any."""
    return error_callout(state.error)


def avatar_block(state) -> rx.Component:
    """The picture and its upload control."""
    picker = rx.upload(
        rx.button(
            "Choose picture",
            variant="soft",
            size="2",
            type="button",
            white_space="nowrap",
        ),
        id=AVATAR_UPLOAD_ID,
        accept=AVATAR_TYPES,
        max_files=1,
        multiple=False,
        on_drop=state.upload_avatar(rx.upload_files(upload_id=AVATAR_UPLOAD_ID)),
        no_keyboard=True,
        border="none",
        padding="0",
    )
    return rx.hstack(
        rx.avatar(src=state.avatar_url, fallback="?", size="6", radius="full"),
        name_upload_zone(picker, "Profile picture"),
        rx.text("PNG, JPEG, WebP or GIF, up to 2 MB.", size="1", color_scheme="gray"),
        align="center",
        spacing="4",
        wrap="wrap",
    )


def profile_card(state) -> rx.Component:
    """Name, headline, e-mail status and role."""
    return card_section(
        "Profile",
        avatar_block(state),
        rx.text(state.email, " · ", state.role_label, size="2"),
        rx.cond(
            state.verified,
            rx.badge("E-mail confirmed", color_scheme="green"),
            rx.hstack(
                rx.badge("E-mail not confirmed", color_scheme="amber"),
                resend_link_button(),
                align="center",
                wrap="wrap",
            ),
        ),
        rx.form(
            rx.vstack(
                text_field("Name", "name", default_value=state.name, required=True),
                text_field("Headline", "headline", default_value=state.headline),
                rx.button("Save profile", type="submit"),
                width="100%",
            ),
            on_submit=state.save_profile,
            reset_on_submit=False,
            width="100%",
            key=state.name,
        ),
    )


def password_card(state) -> rx.Component:
    """Change the password; sign out everywhere."""
    return card_section(
        "Password and sessions",
        rx.form(
            rx.vstack(
                password_field("Current password", "current_password", required=False),
                password_field("New password", "new_password", new=True),
                repeat_password_field("Repeat the new password", "confirm_password"),
                rx.button("Change password", type="submit"),
                width="100%",
            ),
            on_submit=state.save_password,
            reset_on_submit=True,
            width="100%",
        ),
        rx.button(
            "Sign out everywhere",
            variant="soft",
            color_scheme="orange",
            on_click=state.sign_out_everywhere,
        ),
    )


def delete_account_dialog(state) -> rx.Component:
    """Delete the account once the user has typed their e-mail address."""
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(
            rx.button(
                "Delete my account",
                color_scheme="red",
                variant="soft",
                high_contrast=True,
            )
        ),
        rx.alert_dialog.content(
            rx.alert_dialog.title("Delete your account?"),
            rx.alert_dialog.description(
                "Your resumes, analyses, sessions and picture are removed "
                "for good. Type your e-mail address to confirm."
            ),
            rx.input(
                value=state.delete_confirm,
                on_change=state.set_delete_confirm,
                placeholder=state.email,
                aria_label="Your e-mail address",
                margin_top="0.75rem",
            ),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft")),
                rx.alert_dialog.action(
                    rx.button(
                        "Delete everything",
                        color_scheme="red",
                        high_contrast=True,
                        disabled=state.delete_confirm != state.email,
                        on_click=state.delete_my_account,
                    )
                ),
                **DIALOG_BUTTON_ROW,
            ),
        ),
    )


def data_card(state) -> rx.Component:
    """Export all data; delete the account after typing the e-mail."""
    return card_section(
        "Your data",
        rx.button(
            "Export all my data (JSON)", variant="soft", on_click=state.export_data
        ),
        delete_account_dialog(state),
        align="start",
    )
