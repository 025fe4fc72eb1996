"""The audit trail (Admin only): who changed what and when, filtered by person, area and
time. Values a role may not see arrive masked from the service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.services import audit
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.security import Actor
from quartierstreff.services.views import AuditEntryView
from quartierstreff.ui.errors import field_label, message_for
from quartierstreff.ui.i18n import QT_TRANSLATE_NOOP, from_qdate, to_qdatetime
from quartierstreff.ui.record_names import record_name
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.lists import set_up_record_list
from quartierstreff.ui.widgets.page import heading

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditDialog", "created"),
    "update": QT_TRANSLATE_NOOP("AuditDialog", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditDialog", "deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditDialog", "restored"),
    "login": QT_TRANSLATE_NOOP("AuditDialog", "logged in"),
    "export": QT_TRANSLATE_NOOP("AuditDialog", "exported"),
}

LIMIT = 1000
"""Entries shown at most; narrower filters find older ones."""


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "—"
    return str(value)


class AuditDialog(QDialog):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._entries: list[AuditEntryView] = []
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1040, 620)
        self.setMinimumSize(800, 480)

        title = heading(self, 1.3)
        title.setText(self.tr("Audit trail"))
        self.user = QComboBox()
        self.entity = QComboBox()
        start = today() - dt.timedelta(days=30)
        self.since = QDateEdit(QDate(start.year, start.month, start.day))
        self.until = QDateEdit(QDate(today().year, today().month, today().day))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.apply_button = QPushButton(self.tr("&Show"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.reload)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Who:"), self.user),
            (self.tr("&Area:"), self.entity),
            (self.tr("&From:"), self.since),
            (self.tr("&To:"), self.until),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Area"), self.tr("Entry")]
        )
        set_up_record_list(self.table, stretch_column=4)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select an entry to see which fields changed."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 160])
        self.count = QLabel()
        self.banner = MessageBanner()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._fill_filters()
        self.reload()

    def _fill_filters(self) -> None:
        try:
            with self._database.unit_of_work() as session:
                names, entities = audit.filter_choices(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            names, entities = [], []
        self.user.addItem(self.tr("everyone"), None)
        for name in names:
            self.user.addItem(name, name)
        self.entity.addItem(self.tr("all areas"), None)
        for entity in sorted(entities, key=record_name):
            self.entity.addItem(record_name(entity), entity)

    def reload(self) -> None:
        since = from_qdate(self.since.date())
        until = from_qdate(self.until.date()) + dt.timedelta(days=1)
        try:
            with self._database.unit_of_work() as session:
                self._entries = audit.list_entries(
                    session,
                    self._actor,
                    username=self.user.currentData(),
                    entity=self.entity.currentData(),
                    since=_local_midnight(since),
                    until=_local_midnight(until),
                    limit=LIMIT,
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self._entries = []
        else:
            self.banner.clear_message()
        locale = QLocale()
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            when = locale.toString(to_qdatetime(_local(entry.at)), "dd.MM.yyyy HH:mm:ss")
            action = _ACTIONS.get(entry.action)
            cells = [
                when,
                entry.username,
                self.tr(action) if action else entry.action,
                record_name(entry.entity),
                entry.summary or f"#{entry.entity_id}",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        shown = len(self._entries)
        self.count.setText(
            self.tr("{count} entries (the newest {limit} at most)").format(count=shown, limit=LIMIT)
            if shown >= LIMIT
            else self.tr("{count} entries").format(count=shown)
        )
        self.details.clear()

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        entry = self._entries[rows[0].row()]
        lines = [
            f"{field_label(field)}: {_value(values[0])} → {_value(values[1])}"
            for field, values in entry.changes
        ]
        self.details.setPlainText("\n".join(lines) or self.tr("No field values recorded."))


def _local(moment: dt.datetime) -> dt.datetime:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone().replace(tzinfo=None)


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)
