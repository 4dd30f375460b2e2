"""The rename dialog's state, shared by every list of saved analyses."""

import reflex as rx


class RenameMixin(rx.State, mixin=True):
    """Which row's rename dialog is open and the title being typed.

    Only the page state's ``save_rename`` touches stored data, and it checks
    the owner there; these handlers change what the page shows.
    """

    rename_id: str = ""
    rename_text: str = ""

    @rx.event
    def start_rename(self, analysis_id: str, title: str):
        """Open the rename dialog of one row, filled with its current title."""
        self.rename_id, self.rename_text = str(analysis_id), str(title)

    @rx.event
    def set_rename_text(self, text: str):
        """Track the new title while the user types."""
        self.rename_text = text

    @rx.event
    def cancel_rename(self):
        """Close the rename dialog without changes."""
        self.rename_id = ""

    @rx.event
    def set_rename_open(self, is_open: bool, analysis_id: str = "", title: str = ""):
        """Follow one row's dialog opening (from its Rename button) or closing."""
        if is_open:
            self.rename_id, self.rename_text = str(analysis_id), str(title)
        else:
            self.rename_id = ""
