"""A list of saved records that reads well from phone to desktop.

Each row stacks its title, details and actions on a narrow screen and lays
them out in one line on a wide one; a table would hide the actions off the
right edge of a phone.
"""

from collections.abc import Callable

import reflex as rx

ROW_STYLE = {"&:last-child": {"border_bottom": "none"}}


def record_list(
    items: rx.Var,
    render: Callable[[rx.Var], rx.Component],
    label: str,
    empty: rx.Component,
) -> rx.Component:
    """A card holding one list item per record, or ``empty`` when there are none.

    Args:
        items: The records.
        render: Turns one record into a ``record_row``.
        label: What the list holds, for screen readers.
        empty: What to show instead of an empty list.

    Returns:
        The list.
    """
    return rx.cond(
        items.length() > 0,
        rx.card(
            rx.el.ul(
                rx.foreach(items, render),
                aria_label=label,
                padding="0",
                margin="0",
            ),
            width="100%",
        ),
        empty,
    )


def record_row(
    title: rx.Component, details: rx.Component, actions: rx.Component
) -> rx.Component:
    """One record: a title line, a line of details and its action buttons."""
    return rx.el.li(
        rx.flex(
            rx.vstack(title, details, spacing="1", min_width="0", flex="1"),
            actions,
            direction=rx.breakpoints(initial="column", sm="row"),
            align=rx.breakpoints(initial="start", sm="center"),
            gap="3",
            width="100%",
        ),
        list_style="none",
        padding_y="0.75rem",
        border_bottom="1px solid var(--gray-a5)",
        style=ROW_STYLE,
    )


def record_details(*parts: rx.Var | str, as_: str = "p") -> rx.Component:
    """Small grey details; empty parts are skipped, styles.css adds the dots."""
    shown = [rx.cond(part, rx.text.span(part, class_name="detail")) for part in parts]
    return rx.text(
        *shown, size="2", color_scheme="gray", class_name="record-details", as_=as_
    )


def empty_notice(text: str, link_label: str, href: str) -> rx.Component:
    """What a list shows when it has nothing yet, with the next step."""
    return rx.callout(
        rx.hstack(
            rx.text(text),
            rx.link(link_label, href=href, underline="always"),
            spacing="2",
            wrap="wrap",
        ),
        icon="inbox",
        width="100%",
    )
