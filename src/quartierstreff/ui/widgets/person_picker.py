"""Choosing a person from the register: a search field and the people it finds.

Used wherever a form links to people (group members, partner contacts, …). It asks the
people service (``find_people`` + ``people_rows``) as the user types, shows at most
:data:`LIMIT` matches and emits :attr:`PersonPicker.chosen` with the person's id and name
(and phone) when one is taken (double-click, Enter or the Add button).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.people import PeopleFilter, PersonRow, find_people, people_rows
from quartierstreff.services.security import Actor
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.widgets.labels import HINT_STYLE

LIMIT = 50
"""Matches shown; more means the search should be narrower."""


Index = QModelIndex | QPersistentModelIndex


def person_label(row: PersonRow) -> str:
    """ "Roth, Eva · Stuttgart · 0711 123": enough to tell two people of one name apart."""
    details = [part for part in (row.city, row.phone or row.mobile) if part]
    return " · ".join([row.sort_name, *details])


class _PeopleModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person_label(row)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class PersonPicker(QWidget):
    """A search field over the register and its matches; ``exclude`` hides people
    already chosen."""

    chosen = Signal(int, str, str)  # person id, full name, phone

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self.exclude: set[int] = set()

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search the register by name or phone…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search for a person"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setEnabled(False)
        self.model = _PeopleModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("People found"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # search once typing pauses
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self.take_selected)
        self.list.doubleClicked.connect(self.take_selected)
        self.list.activated.connect(self.take_selected)
        self.add_button.clicked.connect(self.take_selected)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self._show_hint()

    def search_now(self) -> None:
        """Search for the text typed so far (the timer calls this as typing pauses)."""
        self._timer.stop()
        text = self.search_edit.text().strip()
        if not text:
            self.model.set_rows([])
            self._show_hint()
            return
        try:
            with self._database.unit_of_work() as session:
                ids = find_people(session, self._actor, PeopleFilter(text=text), today=self._today)
                wanted = [person_id for person_id in ids if person_id not in self.exclude]
                rows = people_rows(session, self._actor, wanted[:LIMIT], today=self._today)
        except QuartierstreffError as error:
            self.model.set_rows([])
            self.hint.setText(message_for(error))
            return
        self.model.set_rows(rows)
        if rows:
            self.list.setCurrentIndex(self.model.index(0, 0))
        if not rows:
            self.hint.setText(
                self.tr(
                    "Nobody in the register matches “{text}”. New people are entered on the "
                    "Members page."
                ).format(text=text)
            )
        elif len(wanted) > LIMIT:
            self.hint.setText(
                self.tr("The first {shown} of {count} matches; type more to narrow it.").format(
                    shown=LIMIT, count=len(wanted)
                )
            )
        else:
            self.hint.setText("")
        self._selection_changed()

    def take_selected(self) -> None:
        """Choose the selected match (the first one after a search)."""
        if self._timer.isActive():
            self.search_now()
        index = self.list.currentIndex()
        if not index.isValid():
            return
        row = self.model.rows[index.row()]
        name = f"{row.first_name} {row.last_name}".strip()
        self.exclude.add(row.id)
        self.chosen.emit(row.id, name, row.phone or row.mobile)
        self.search_edit.clear()
        self.search_now()
        self.search_edit.setFocus()

    def _selection_changed(self) -> None:
        self.add_button.setEnabled(self.list.currentIndex().isValid())

    def _show_hint(self) -> None:
        self.hint.setText(self.tr("Type part of a name to find someone in the register."))
        self.add_button.setEnabled(False)
