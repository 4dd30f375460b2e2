"""Small building blocks shared by the account pages."""

import reflex as rx

FORM_MAX_WIDTH = "28rem"


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
