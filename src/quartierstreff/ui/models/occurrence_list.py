"""The bookings of a date range as a table (the list view of Räume & Belegung).

The rows are :class:`Occurrence` views read in one unit of work by :meth:`load`; the
text filter works on the titles already read. Sorting is done here (the model holds
every row of the range, a few thousand at most).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from quartierstreff.db.engine import Database
from quartierstreff.services.bookings import Occurrence, OccurrenceKey, occurrences
from quartierstreff.services.security import Actor
from quartierstreff.ui.i18n import format_date
from quartierstreff.ui.widgets.week_view import clock_text

ModelIndex = QModelIndex | QPersistentModelIndex


def kind_text(occurrence: Occurrence) -> str:
    """Einzeltermin / Serie / geändert, and ", privat" for a private booking."""
    if occurrence.is_changed:
        kind = QCoreApplication.translate("OccurrenceListModel", "changed")
    elif occurrence.key.is_series:
        kind = QCoreApplication.translate("OccurrenceListModel", "Series")
    else:
        kind = QCoreApplication.translate("OccurrenceListModel", "One-off")
    if not occurrence.is_public:
        kind = QCoreApplication.translate("OccurrenceListModel", "{kind}, private").format(
            kind=kind
        )
    return kind


class OccurrenceListModel(QAbstractTableModel):
    DATE, TIME, ROOM, TITLE, GROUP, RESPONSIBLE, KIND = range(7)

    def __init__(self, database: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._all: list[Occurrence] = []
        self._rows: list[Occurrence] = []
        self._text = ""
        self._sort_column = self.DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Room"),
            self.tr("Title"),
            self.tr("Group"),
            self.tr("Responsible"),
            self.tr("Kind"),
        )

    # -- loading -----------------------------------------------------------------------

    def load(
        self,
        start: dt.date,
        end: dt.date,
        *,
        room_ids: set[int] | None = None,
        group_id: int | None = None,
    ) -> None:
        """Read ``start`` … ``end`` (both included)."""
        with self._database.unit_of_work() as session:
            found = occurrences(
                session,
                self._actor,
                start,
                end + dt.timedelta(days=1),
                room_ids=room_ids,
                group_id=group_id,
            )
        self.beginResetModel()
        self._all = found
        self._rows = self._filtered()
        self.endResetModel()

    def set_text(self, text: str) -> None:
        """Show only the bookings whose title (or group) contains ``text``."""
        self._text = text.strip().casefold()
        self.beginResetModel()
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[Occurrence]:
        text = self._text
        rows = [
            o
            for o in self._all
            if not text or text in o.title.casefold() or text in o.group_name.casefold()
        ]
        rows.sort(key=self._sort_key(self._sort_column))
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        return rows

    # -- reading ---------------------------------------------------------------------------

    def occurrence(self, row: int) -> Occurrence | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: OccurrenceKey) -> int | None:
        return next((i for i, o in enumerate(self._rows) if o.key == key), None)

    @property
    def total(self) -> int:
        """Bookings in the range before the text filter."""
        return len(self._all)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        occurrence = self.occurrence(index.row())
        if occurrence is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(occurrence, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where the column cuts it
            text = self._text_of(occurrence, column)
            if column == self.TITLE and occurrence.notes:
                text = f"{text}\n\n{occurrence.notes}"
            return text or None
        if role == Qt.ItemDataRole.UserRole:
            return occurrence.key
        return None

    def _text_of(self, occurrence: Occurrence, column: int) -> str:
        if column == self.DATE:
            return format_date(occurrence.day)
        if column == self.TIME:
            return f"{clock_text(occurrence.starts_at)}–{clock_text(occurrence.ends_at)}"
        if column == self.ROOM:
            return occurrence.room_names
        if column == self.TITLE:
            return occurrence.title
        if column == self.GROUP:
            return occurrence.group_name
        if column == self.RESPONSIBLE:
            return occurrence.responsible_name
        if column == self.KIND:
            return kind_text(occurrence)
        return ""

    # -- sorting -----------------------------------------------------------------------------

    def _sort_key(self, column: int) -> Callable[[Occurrence], Any]:
        def when(o: Occurrence) -> tuple[dt.datetime, int]:
            return (o.starts_at, min((r.position for r in o.rooms), default=0))

        if column in (self.DATE, self.TIME):
            return when
        if column == self.ROOM:
            return lambda o: (tuple(r.position for r in o.rooms), when(o))
        return lambda o: (self._text_of(o, column).casefold(), when(o))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [(self._rows[index.row()].key, index.column()) for index in before]
        self._sort_column, self._sort_order = column, order
        self._rows = self._filtered()
        rows = {occurrence.key: row for row, occurrence in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(rows[key], column) for key, column in keys]
        )
        self.layoutChanged.emit()
