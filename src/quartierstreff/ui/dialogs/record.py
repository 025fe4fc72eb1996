"""What the dialogs that edit one stored record share: Save stays open with the refused
field marked, and when someone else saved the record meanwhile the input is kept and
Reload is offered (services/concurrency.py)."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QWidget
from sqlalchemy.orm import Session

from quartierstreff.db.engine import Database
from quartierstreff.services.errors import ConcurrentEdit, FieldInvalid, QuartierstreffError
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.marks import mark_invalid

View = TypeVar("View")


class RecordDialog(QDialog, Generic[View]):
    """Subclasses call :meth:`_message_and_buttons` (it builds ``banner`` and
    ``reload_button``), fill ``_inputs`` (field key → widget), and implement
    :meth:`_store`, :meth:`_fetch` and :meth:`_show_fresh`. After Save, :attr:`saved`
    holds the view."""

    banner: MessageBanner
    reload_button: QPushButton
    _inputs: dict[str, QWidget]

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.saved: View | None = None

    def _message_and_buttons(self) -> tuple[QHBoxLayout, QDialogButtonBox]:
        """The row with the message banner and the Reload button (hidden until someone
        else saved the record meanwhile), and Save/Cancel; for the subclass's layout."""
        self.banner = MessageBanner(self)
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setToolTip(
            self.tr("Show the entry as it is stored now; your input is discarded")
        )
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        message_row = QHBoxLayout()
        message_row.addWidget(self.banner, 1)
        message_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return message_row, buttons

    def _store(self, session: Session) -> View:
        """Create or update the record from the input; return what was saved."""
        raise NotImplementedError

    def _fetch(self, session: Session) -> View | None:
        """The record as stored now; ``None`` for a record not saved yet."""
        raise NotImplementedError

    def _show_fresh(self, view: View) -> None:
        """Take ``view`` as the record being edited and show it."""
        raise NotImplementedError

    def accept(self) -> None:
        for widget in self._inputs.values():
            widget.setStyleSheet("")
        try:
            with self._database.unit_of_work() as session:
                self.saved = self._store(session)
        except FieldInvalid as error:
            mark_invalid(self._inputs.get(error.field))
            self.banner.show_error(message_for(error))
            return
        except ConcurrentEdit as error:
            self.banner.show_error(message_for(error))
            self.reload_button.show()
            return
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        super().accept()

    def reload(self) -> None:
        """Show the stored record again (after someone else saved it), discarding the input."""
        try:
            with self._database.unit_of_work() as session:
                fresh = self._fetch(session)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        if fresh is None:
            return
        self._show_fresh(fresh)
        self.reload_button.hide()
        self.banner.clear_message()
