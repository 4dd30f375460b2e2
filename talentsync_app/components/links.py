"""Links that look like buttons or menu items but stay one real link each."""

import reflex as rx
from reflex.components.react_router.dom import ReactRouterLink


def link_button(label: str, href: str | rx.Var, **props) -> rx.Component:
    """A link styled as a button: one tab stop, client-side navigation.

    Wrapping ``rx.button`` in ``rx.link`` nests a button inside a link, which
    gives keyboard users two stops for one action and confuses screen readers.

    Args:
        label: The visible text.
        href: Where the link goes.
        **props: Button props (size, variant, color_scheme...).

    Returns:
        The styled link.
    """
    return rx.button(ReactRouterLink.create(label, to=href), as_child=True, **props)


def menu_link(label: str, href: str | rx.Var) -> rx.Component:
    """A dropdown-menu entry that is a real link, so Enter and clicks both follow it."""
    return rx.menu.item(ReactRouterLink.create(label, to=href), as_child=True)
