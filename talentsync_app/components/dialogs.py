"""Shared dialogs: a confirmed delete button and a rename dialog."""

import reflex as rx

DIALOG_BUTTON_ROW = {"justify": "end", "spacing": "3", "margin_top": "1rem"}


def confirm_delete_button(
    question: str, subject: rx.Var, on_confirm: rx.event.EventSpec
) -> rx.Component:
    """A small Delete button that asks before running ``on_confirm``."""
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(
            rx.button("Delete", size="1", variant="soft", color_scheme="red")
        ),
        rx.alert_dialog.content(
            rx.alert_dialog.title(question),
            rx.alert_dialog.description("“", subject, "” will be removed for good."),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft")),
                rx.alert_dialog.action(
                    rx.button("Delete", color_scheme="red", on_click=on_confirm)
                ),
                **DIALOG_BUTTON_ROW,
            ),
        ),
    )


def rename_dialog(
    title: str,
    *,
    is_open: rx.Var,
    text: rx.Var,
    on_change: rx.EventHandler,
    on_cancel: rx.EventHandler,
    on_save: rx.EventHandler,
) -> rx.Component:
    """A dialog with one text field for a new title."""
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(title),
            rx.input(
                value=text, on_change=on_change, max_length=200, aria_label="New title"
            ),
            rx.hstack(
                rx.button("Cancel", variant="soft", on_click=on_cancel),
                rx.button("Save", on_click=on_save),
                **DIALOG_BUTTON_ROW,
            ),
        ),
        open=is_open,
        on_open_change=lambda _open: on_cancel,
    )
