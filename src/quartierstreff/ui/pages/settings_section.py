"""The base of a settings section whose entries are stored by their own dialogs.

Own fields, membership types, rooms and holiday periods are each saved when their dialog
is saved; the page's Save button has nothing left to do for them, and "discard" only
reloads the list.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from quartierstreff.ui.widgets.banner import MessageBanner


class DialogSavedSection(QWidget):
    banner: MessageBanner

    def load(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        """Nothing to do: every dialog stores its entry when it is saved."""

    def apply(self) -> bool:
        return True

    def has_changes(self) -> bool:
        return False

    def revert(self) -> None:
        self.load()
        self.banner.clear_message()
