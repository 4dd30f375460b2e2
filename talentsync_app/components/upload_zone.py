"""The resume drop zone and the per-file results of the upload page."""

from collections.abc import Callable
from typing import Any

import reflex as rx
from reflex.vars import ArrayVar, ObjectVar

from talentsync_app.components.file_list import UPLOAD_ID, name_upload_zone

ZONE_STYLE = {
    "border": "2px dashed var(--accent-8)",
    "border_radius": "var(--radius-4)",
    "padding": "2.5rem 1rem",
    "width": "100%",
    "cursor": "pointer",
}
DRAG_ACTIVE_STYLE = {
    "background": "var(--accent-a3)",
    "border_color": "var(--accent-10)",
}


def _rejected_names(rejected: rx.Var) -> rx.Var:
    """The refused files' names (react-dropzone's ``file.path``), in the browser."""
    return rejected.to(ArrayVar, list[dict[str, Any]]).map(
        lambda item: (
            item.to(ObjectVar, dict[str, Any])["file"]
            .to(ObjectVar, dict[str, Any])["path"]
            .to(str)
        )
    )


def _rejected_codes(rejected: rx.Var) -> rx.Var:
    """Each refused file's first error code, such as "file-invalid-type"."""
    return rejected.to(ArrayVar, list[dict[str, Any]]).map(
        lambda item: (
            item.to(ObjectVar, dict[str, Any])["errors"]
            .to(ArrayVar, list[dict[str, Any]])[0]
            .to(ObjectVar, dict[str, Any])["code"]
            .to(str)
        )
    )


def drop_zone(
    *,
    accept: dict[str, list[str]],
    max_files: int,
    limit_text: str,
    on_rejected: Callable[[rx.Var, rx.Var], rx.event.EventSpec],
) -> rx.Component:
    """The drag-and-drop area with a button that opens the file chooser.

    Args:
        accept: MIME types and extensions the browser lets through.
        max_files: How many files one upload may hold.
        limit_text: The accepted types and size limit, in words.
        on_rejected: Called with the names and error codes of the files the
            browser refused (plain strings: File objects do not survive the
            trip to the server).

    Returns:
        The drop zone.
    """
    zone = rx.upload(
        rx.vstack(
            rx.icon("upload", size=32, aria_hidden="true"),
            rx.text("Drop resumes here, or", weight="medium", text_align="center"),
            rx.button("Choose files", variant="soft", size="2", type="button"),
            rx.text(limit_text, size="2", color_scheme="gray", text_align="center"),
            align="center",
            spacing="2",
        ),
        id=UPLOAD_ID,
        accept=accept,
        max_files=max_files,
        multiple=True,
        on_drop_rejected=lambda rejected: on_rejected(
            _rejected_names(rejected), _rejected_codes(rejected)
        ),
        drag_active_style=DRAG_ACTIVE_STYLE,
        no_keyboard=True,
        **ZONE_STYLE,
    )
    return name_upload_zone(zone, "Resume files")


def outcome_row(row: rx.Var) -> rx.Component:
    """One file's result: a link to its analysis or the reason it failed."""
    return rx.cond(
        row["status"] == "ok",
        rx.callout(
            rx.hstack(
                rx.text(row["file"], weight="bold"),
                rx.text(row["message"]),
                rx.link("Open analysis", href=row["href"], underline="always"),
                spacing="2",
                wrap="wrap",
            ),
            icon="circle-check",
            color_scheme="green",
            width="100%",
        ),
        rx.callout(
            row["message"],
            icon="triangle-alert",
            color_scheme="red",
            role="alert",
            width="100%",
        ),
    )


def outcome_list(outcomes: rx.Var) -> rx.Component:
    """Every file's result, announced to screen readers as they arrive."""
    return rx.vstack(
        rx.foreach(outcomes, outcome_row),
        width="100%",
        spacing="2",
        aria_live="polite",
    )
