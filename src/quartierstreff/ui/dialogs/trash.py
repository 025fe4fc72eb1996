"""Papierkorb: what was deleted in the last 30 days, and putting it back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QItemSelection,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.security import Actor
from quartierstreff.services.trash import TrashEntryView, list_trash, restore_from_trash
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.record_names import record_name
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.lists import set_up_record_list
from quartierstreff.ui.widgets.page import heading

Now = Callable[[], dt.datetime]
AnyIndex = QModelIndex | QPersistentModelIndex


def format_date_time(moment: dt.datetime) -> str:
    """A moment in local time in the locale's short form with a four-digit year:
    24.11.2026 14:05 in German."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    locale = QLocale()
    pattern = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(shown, pattern)


class TrashTableModel(QAbstractTableModel):
    """The bin's entries, newest first, as the service lists them."""

    DELETED_AT, KIND, SUMMARY, DELETED_BY, EXPIRES = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TrashEntryView] = []

    def set_entries(self, entries: list[TrashEntryView]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> TrashEntryView:
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.DELETED_AT: self.tr("Deleted on"),
            self.KIND: self.tr("What"),
            self.SUMMARY: self.tr("Name"),
            self.DELETED_BY: self.tr("Deleted by"),
            self.EXPIRES: self.tr("Restorable until"),
        }
        return titles.get(section)

    def _text(self, entry: TrashEntryView, column: int) -> str:
        if column == self.DELETED_AT:
            return format_date_time(entry.deleted_at)
        if column == self.KIND:
            return record_name(entry.entity)
        if column == self.SUMMARY:
            return entry.summary or f"{record_name(entry.entity)} {entry.entity_id}"
        if column == self.DELETED_BY:
            return entry.username
        if column == self.EXPIRES:
            return format_date_time(entry.expires_at)
        return ""


class TrashDialog(QDialog):
    """Lists the bin and restores the selected entry (button, Enter or double-click)."""

    restored = Signal(object)  # the TrashEntryView that was put back

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        now: Now = clock.now,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._now = now
        self.setWindowTitle(self.tr("Bin"))
        self.setMinimumSize(680, 380)
        self.resize(860, 480)

        title = heading(self, 1.3)
        title.setText(self.tr("Bin"))
        intro = QLabel(
            self.tr(
                "Deleted entries can be restored here for 30 days, together with everything "
                "that was deleted with them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.banner = MessageBanner(self)

        self.model = TrashTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Deleted entries"))
        set_up_record_list(self.table, TrashTableModel.SUMMARY)
        self.table.doubleClicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.empty_label = QLabel(
            self.tr("The bin is empty.\nNothing has been deleted in the last 30 days."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            "QLabel { color: palette(placeholder-text); background: palette(base);"
            " border: 1px solid palette(mid); padding: 24px; }"
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        # Enter restores the selected entry: the button is the dialog's default button.
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAutoDefault(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        self.refresh()
        self.table.setFocus()

    # -- loading and restoring ---------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        return self.model.rowCount() == 0

    def refresh(self, select_row: int = 0) -> None:
        """Reload the list; select ``select_row`` (or the last row) if there is any."""
        try:
            with self._database.unit_of_work() as session:
                entries = list_trash(session, self._actor, self._now())
        except QuartierstreffError as error:
            entries = []
            self.banner.show_error(message_for(error))
        self.model.set_entries(entries)
        self.stack.setCurrentWidget(self.empty_label if not entries else self.table)
        if entries:
            self.table.selectRow(min(select_row, len(entries) - 1))
        self._selection_changed()

    def selected_entry(self) -> TrashEntryView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        try:
            with self._database.unit_of_work() as session:
                restore_from_trash(session, self._actor, entry.id, self._now())
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.refresh(row)
            return
        self.refresh(row)
        what = entry.summary or f"{record_name(entry.entity)} {entry.entity_id}"
        self.banner.show_success(self.tr("“{what}” has been restored.").format(what=what))
        self.restored.emit(entry)

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        self.restore_button.setEnabled(self.selected_entry() is not None)
