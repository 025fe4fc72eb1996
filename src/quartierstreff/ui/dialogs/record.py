"""What the dialogs that edit one stored record share: Save stays open with the refused
field marked, and when someone else saved the record meanwhile the input is kept and
Reload is offered (services/concurrency.py)."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from sqlalchemy.orm import Session

from quartierstreff.db.engine import Database
from quartierstreff.services.errors import ConcurrentEdit, FieldInvalid, QuartierstreffError
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.marks import mark_invalid

View = TypeVar("View")


class RecordDialog(QDialog, Generic[View]):
    """Subclasses build ``banner``, ``reload_button`` (hidden, connected to
    :meth:`reload`) and ``_inputs`` (field key → widget), and implement :meth:`_store`,
    :meth:`_fetch` and :meth:`_show_fresh`. After Save, :attr:`saved` holds the view."""

    banner: MessageBanner
    reload_button: QPushButton
    _inputs: dict[str, QWidget]

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.saved: View | None = None

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
