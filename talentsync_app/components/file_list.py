"""Selected-file list shown before upload, with type and size read in the browser."""

import json

import reflex as rx
from reflex.vars.base import Var

UPLOAD_ID = "resume_upload"


def selected_file_details(upload_id: str = UPLOAD_ID) -> Var:
    """A var listing the chosen files with their name, size in KB and type."""
    names = rx.selected_files(upload_id)
    files = f'filesById["{upload_id}"]'
    expr = (
        f"({files} ? {files}.map((f) => ({{name: f.name, "
        "size: (f.size / 1024).toFixed(1) + ' KB', "
        "type: f.type || 'unknown type'})) : [])"
    )
    return Var(
        _js_expr=expr,
        _var_type=list[dict[str, str]],
        _var_data=names._get_all_var_data(),
    )


def selected_file_row(item: Var) -> rx.Component:
    """One chosen file."""
    return rx.hstack(
        rx.icon("file-text", size=16, aria_hidden="true"),
        rx.text(item["name"], weight="medium", size="2", trim="both"),
        rx.badge(item["size"], variant="soft"),
        rx.badge(item["type"], variant="outline", color_scheme="gray"),
        align="center",
        spacing="2",
        wrap="wrap",
    )


def selected_file_list(upload_id: str = UPLOAD_ID) -> rx.Component:
    """The chosen files, or nothing when none are chosen."""
    return rx.vstack(
        rx.foreach(selected_file_details(upload_id), selected_file_row),
        spacing="1",
        width="100%",
    )


def name_upload_zone(upload: rx.Component, label: str) -> rx.Component:
    """Name the hidden file input of an ``rx.upload`` built with ``no_keyboard``.

    The keyboard reaches such a zone through a real button inside it (a click
    anywhere in the zone opens the file chooser); react-dropzone's own
    focusable zone is an unnamed stop with ``role="presentation"``. Nothing
    names the zone's hidden file input, which axe reports as an unlabelled
    form field, so it gets ``label`` here (after the dropzone's props).

    Args:
        upload: The component ``rx.upload`` returned.
        label: What the input holds, such as "Resume files".

    Returns:
        The same component.
    """
    for zone in upload.children:
        for child in zone.children:
            if getattr(child, "tag", None) == "input":
                child.special_props.append(
                    Var(_js_expr=json.dumps({"aria-label": label}))
                )
    return upload
