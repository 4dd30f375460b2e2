"""Selected-file list shown before upload, with type and size read in the browser."""

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
