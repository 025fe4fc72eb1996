"""The people table: a lazy model over the register (as Anki's browser does it).

The model holds only the ids :func:`~quartierstreff.services.people.find_people` returns,
in table order. Rows are fetched from the database when ``data()`` first needs them, a
page of :data:`PAGE_SIZE` at a time, and kept until the filter, the sort order or the
data change. A register of 100,000 people costs a list of ints and the rows on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from quartierstreff.db.engine import Database
from quartierstreff.services.people import (
    PeopleFilter,
    PeopleSort,
    PersonRow,
    PersonStatus,
    find_people,
    people_rows,
)
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.i18n import format_date

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
_FORMER_COLOUR = QColor("#7a8288")

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
"""``data(index, PERSON_ID_ROLE)``: the id of the person in that row."""


class PeopleTableModel(QAbstractTableModel):
    """The people ``people_filter`` selects; sortable by every column."""

    NAME, ADDRESS, EMAIL, PHONE, MEMBER_SINCE, MEMBERSHIP_TYPE = range(6)
    _SORTS: ClassVar[dict[int, PeopleSort]] = {
        NAME: PeopleSort.NAME,
        ADDRESS: PeopleSort.ADDRESS,
        EMAIL: PeopleSort.EMAIL,
        PHONE: PeopleSort.PHONE,
        MEMBER_SINCE: PeopleSort.MEMBER_SINCE,
        MEMBERSHIP_TYPE: PeopleSort.MEMBERSHIP_TYPE,
    }
    FULL_COLUMNS = (NAME, ADDRESS, EMAIL, PHONE, MEMBER_SINCE, MEMBERSHIP_TYPE)
    BASIC_COLUMNS = (NAME, PHONE)
    """What a role without ``PEOPLE_READ`` (Ehrenamt) is shown: names and phones."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: Callable[[], dt.date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self._filter = PeopleFilter()
        self._sort = PeopleSort.NAME
        self._descending = False
        self._ids: list[int] = []
        self._rows: dict[int, PersonRow] = {}
        self._pages: set[int] = set()
        self.fetches = 0
        """How often rows were read from the database (for tests and curiosity)."""

    # -- what the model shows ----------------------------------------------------------

    @property
    def people_filter(self) -> PeopleFilter:
        return self._filter

    def visible_columns(self) -> tuple[int, ...]:
        if self._actor.may(Permission.PEOPLE_READ):
            return self.FULL_COLUMNS
        return self.BASIC_COLUMNS

    def set_filter(self, people_filter: PeopleFilter) -> None:
        self._filter = people_filter
        self.reload()

    def reload(self) -> None:
        """Query the ids again and forget the fetched rows (after any change)."""
        with self._database.unit_of_work() as session:
            ids = find_people(
                session,
                self._actor,
                self._filter,
                today=self._today(),
                sort=self._sort,
                descending=self._descending,
            )
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = self._SORTS.get(column)
        if sort is None:
            return
        self._sort = sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        with self._database.unit_of_work() as session:
            ids = find_people(
                session,
                self._actor,
                self._filter,
                today=self._today(),
                sort=sort,
                descending=self._descending,
            )
        # Persistent indexes (the selection) follow their person to the new row.
        old_ids = self._ids
        new_positions = {person_id: row for row, person_id in enumerate(ids)}
        self._ids = ids
        self._pages.clear()  # the pages are by position; the rows by id stay valid
        for index in self.persistentIndexList():
            old_row = index.row()
            target = new_positions.get(old_ids[old_row]) if old_row < len(old_ids) else None
            if target is None:
                self.changePersistentIndex(index, QModelIndex())
            else:
                self.changePersistentIndex(index, self.index(target, index.column()))
        self.layoutChanged.emit()

    def person_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, person_id: int) -> int | None:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    def person_row(self, row: int) -> PersonRow | None:
        """The table row at ``row`` (fetching its page if needed); ``None`` if the person
        has been deleted since the ids were read."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            self._fetch(page)
        return self._rows.get(self._ids[row])

    def _fetch(self, page: int) -> None:
        wanted = [
            person_id
            for person_id in self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            if person_id not in self._rows
        ]
        if wanted:
            with self._database.unit_of_work() as session:
                rows = people_rows(session, self._actor, wanted, today=self._today())
            self.fetches += 1
            self._rows.update((row.id, row) for row in rows)
        self._pages.add(page)

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FULL_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == PERSON_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        person = self.person_row(index.row())
        if person is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_FORMER_COLOUR) if person.status is PersonStatus.FORMER else None
        text = self._text(person, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if person.status is PersonStatus.FORMER and person.member_until is not None:
                left = self.tr("Left on {date}").format(date=format_date(person.member_until))
                return f"{text}\n{left}" if text else left
            return text or None
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.NAME: self.tr("Name"),
            self.ADDRESS: self.tr("Address"),
            self.EMAIL: self.tr("Email"),
            self.PHONE: self.tr("Phone"),
            self.MEMBER_SINCE: self.tr("Member since"),
            self.MEMBERSHIP_TYPE: self.tr("Membership type"),
        }
        return titles.get(section)

    def _text(self, person: PersonRow, column: int) -> str:
        if column == self.NAME:
            return person.sort_name
        if column == self.ADDRESS:
            town = " ".join(part for part in (person.postal_code, person.city) if part)
            return ", ".join(part for part in (person.street, town) if part)
        if column == self.EMAIL:
            return person.email
        if column == self.PHONE:
            return person.phone or person.mobile
        if column == self.MEMBER_SINCE:
            if person.status is PersonStatus.NON_MEMBER:
                return ""
            return format_date(person.member_since)
        if column == self.MEMBERSHIP_TYPE:
            return person.membership_type
        return ""
