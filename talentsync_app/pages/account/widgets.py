"""Small building blocks shared by the account pages."""

import reflex as rx

from talentsync_app.auth.passwords import MIN_PASSWORD_LENGTH

FORM_MAX_WIDTH = "28rem"
PASSWORD_HINT = (
    f"At least {MIN_PASSWORD_LENGTH} characters; a few words make a good password."
)


def auth_card(title: str, *children: rx.Component) -> rx.Component:
    """A centred card with a heading, for sign-in style forms."""
    return rx.center(
        rx.card(
            rx.vstack(
                rx.heading(title, size="6", as_="h1"),
                *children,
                spacing="4",
                width="100%",
            ),
            size="3",
            width="100%",
            max_width=FORM_MAX_WIDTH,
        ),
        width="100%",
        padding_y="2rem",
    )


def text_field(
    label: str, name: str, *, kind: str = "text", autocomplete: str = "", **props
) -> rx.Component:
    """A labelled input that submits under ``name``."""
    return rx.vstack(
        rx.el.label(label, html_for=name, class_name="rt-Text rt-r-size-2"),
        rx.input(
            id=name,
            name=name,
            type=kind,
            auto_complete=autocomplete or None,
            width="100%",
            **props,
        ),
        spacing="1",
        width="100%",
    )


def email_field() -> rx.Component:
    """The required e-mail field of the sign-in style forms."""
    return text_field(
        "E-mail", "email", kind="email", autocomplete="email", required=True
    )


def password_field(
    label: str, name: str, *, new: bool = False, required: bool = True
) -> rx.Component:
    """A password field; a new password gets the policy's length and a hint.

    Args:
        label: The visible label.
        name: The form key.
        new: A password being chosen (not the current one).
        required: Whether the form needs it.

    Returns:
        The labelled field.
    """
    if not new:
        return text_field(
            label,
            name,
            kind="password",
            autocomplete="current-password",
            required=required,
        )
    hint_id = f"{name}-hint"
    return rx.vstack(
        text_field(
            label,
            name,
            kind="password",
            autocomplete="new-password",
            required=required,
            min_length=MIN_PASSWORD_LENGTH,
            aria_describedby=hint_id,
        ),
        rx.text(PASSWORD_HINT, id=hint_id, size="1", color_scheme="gray"),
        spacing="1",
        width="100%",
    )


def repeat_password_field(label: str, name: str) -> rx.Component:
    """The field that repeats a new password, to catch typing mistakes."""
    return text_field(
        label, name, kind="password", autocomplete="new-password", required=True
    )


def account_form(
    on_submit: rx.EventHandler,
    submit_label: str,
    *fields: rx.Component,
    error: rx.Var | None = None,
) -> rx.Component:
    """A sign-in style form: its refusal above the fields, the submit below.

    Args:
        on_submit: Handler given the form data.
        submit_label: Text of the full-width submit button.
        *fields: The fields, in order.
        error: The state var holding the form's refusal, if it has one.

    Returns:
        The form.
    """
    shown_error = [] if error is None else [error_callout(error)]
    return rx.form(
        rx.vstack(
            *shown_error,
            *fields,
            submit_button(submit_label),
            spacing="3",
            width="100%",
        ),
        on_submit=on_submit,
        reset_on_submit=False,
        width="100%",
    )


def error_callout(message: rx.Var) -> rx.Component:
    """A red callout shown while ``message`` is not empty."""
    return rx.cond(
        message != "",
        rx.callout(message, icon="circle-alert", color_scheme="red", role="alert"),
    )


def info_callout(message: rx.Var) -> rx.Component:
    """A blue callout shown while ``message`` is not empty."""
    return rx.cond(
        message != "",
        rx.callout(message, icon="info", role="status"),
    )


def submit_button(label: str, **props) -> rx.Component:
    """The full-width submit button of a form."""
    return rx.button(label, type="submit", size="3", width="100%", **props)


def stat_card(label: str, value: rx.Var) -> rx.Component:
    """A big number with its caption."""
    return rx.card(
        rx.vstack(rx.heading(value, size="7", as_="p"), rx.text(label, size="2")),
        size="2",
    )
