"""A spinner that stands in for content until its data has arrived."""

import reflex as rx


def spinner_until(ready: rx.Var, content: rx.Component, label: str) -> rx.Component:
    """Show ``content`` once ``ready`` is true; until then a spinner says why.

    An empty list shown before the data arrives reads as "you have nothing",
    which is wrong for a moment and alarming; the spinner avoids that.

    Args:
        ready: True once the page's data is loaded.
        content: What to show then.
        label: What is loading, for screen readers ("Loading your resumes").

    Returns:
        The conditional block.
    """
    return rx.cond(
        ready,
        content,
        rx.center(
            rx.spinner(size="3"),
            role="status",
            aria_label=label,
            width="100%",
            padding="2rem",
        ),
    )
