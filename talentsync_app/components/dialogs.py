"""Shared dialogs: a confirmed delete button and a per-row rename dialog."""

import reflex as rx

DIALOG_BUTTON_ROW = {"justify": "end", "spacing": "3", "margin_top": "1rem"}
MAX_TITLE_LENGTH = 200


def confirm_delete_button(
    question: str, subject: rx.Var, on_confirm: rx.event.EventSpec
) -> rx.Component:
    """A small Delete button that asks before running ``on_confirm``.

    Red buttons use high contrast: Radix's plain red misses 4.5:1.
    """
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(
            rx.button(
                "Delete",
                size="1",
                variant="soft",
                color_scheme="red",
                high_contrast=True,
                aria_label=f"Delete {subject}",
            )
        ),
        rx.alert_dialog.content(
            rx.alert_dialog.title(question),
            rx.alert_dialog.description("“", subject, "” will be removed for good."),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft")),
                rx.alert_dialog.action(
                    rx.button(
                        "Delete",
                        color_scheme="red",
                        high_contrast=True,
                        on_click=on_confirm,
                    )
                ),
                **DIALOG_BUTTON_ROW,
            ),
        ),
    )


def rename_button(
    state, row_id: rx.Var, row_title: rx.Var, dialog_title: str
) -> rx.Component:
    """A Rename button with its own dialog (``state`` mixes in ``RenameMixin``).

    The button is the dialog's trigger, so closing the dialog puts the
    keyboard focus back on it; Enter in the field saves. The trigger must
    carry no event handler of its own: Reflex would wrap it in a memoized
    component that drops the props Radix passes to a trigger.
    """
    return rx.dialog.root(
        rx.dialog.trigger(
            rx.button(
                "Rename",
                variant="soft",
                size="1",
                aria_label=f"Rename {row_title}",
            )
        ),
        rx.dialog.content(
            rx.dialog.title(dialog_title),
            rx.dialog.description("A title you will recognise later.", size="2"),
            rx.form(
                rx.input(
                    name="title",
                    default_value=state.rename_text,
                    max_length=MAX_TITLE_LENGTH,
                    required=True,
                    aria_label="New title",
                    margin_top="0.75rem",
                ),
                rx.hstack(
                    rx.dialog.close(rx.button("Cancel", variant="soft", type="button")),
                    rx.button("Save", type="submit"),
                    **DIALOG_BUTTON_ROW,
                ),
                on_submit=state.save_rename,
            ),
        ),
        open=state.rename_id == row_id,
        on_open_change=lambda is_open: state.set_rename_open(
            is_open, row_id, row_title
        ),
    )
