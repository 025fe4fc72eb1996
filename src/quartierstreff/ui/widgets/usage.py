"""Nutzungszahlen: the usage figures of a period in three small tables — per room (hours,
opening hours, occupancy), per group (hours, dates) and per month (dates, expected
visitors) — with a period chooser and "Save as CSV…".

The figures come from ``services.usage.usage_figures``; this widget only shows them.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.security import Actor
from quartierstreff.services.usage import UsageFigures, hours_of, usage_figures
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import date_pattern, format_date, from_qdate, to_qdate
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.files import PathChooser
from quartierstreff.ui.widgets.lists import set_up_record_list
from quartierstreff.ui.widgets.page import heading

AnyIndex = QModelIndex | QPersistentModelIndex
Today = Callable[[], dt.date]
ROOM_ROWS_SHOWN = 8
"""The room table grows up to this many rows; with more rooms it scrolls."""


def format_hours(minutes: int) -> str:
    """Minutes as hours with one decimal in the locale's form: "12,5 Std." in German."""
    value = QLocale().toString(float(hours_of(minutes, 1)), "f", 1)
    return QCoreApplication.translate("Usage", "{hours} h").format(hours=value)


def format_percent(value: Decimal | None) -> str:
    """A whole percentage ("37 %"); a dash when there is none (no opening hours)."""
    if value is None:
        return "–"
    return QCoreApplication.translate("Usage", "{value} %").format(
        value=QLocale().toString(int(value))
    )


def format_count(value: int) -> str:
    return QLocale().toString(value)


class Period:
    """The choices of the period box, in its order."""

    THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR, CUSTOM = range(5)


def period_dates(choice: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of a preset period around ``today``."""
    month_start = today.replace(day=1)
    if choice == Period.THIS_MONTH:
        next_month = (month_start + dt.timedelta(days=32)).replace(day=1)
        return month_start, next_month - dt.timedelta(days=1)
    if choice == Period.LAST_MONTH:
        last_day = month_start - dt.timedelta(days=1)
        return last_day.replace(day=1), last_day
    if choice == Period.LAST_YEAR:
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)


class FiguresTableModel(QAbstractTableModel):
    """Rows of ready-made texts; the columns after the first are numbers (right-aligned)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return list(self._headers)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        horizontal = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
        return horizontal | Qt.AlignmentFlag.AlignVCenter

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if not 0 <= index.column() < len(row):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(index.column())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None


def ask_csv_path(parent: QWidget, suggested: str) -> Path | None:
    """A save dialog for a CSV file starting in the home folder; adds ``.csv``."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Usage", "Save usage figures"),
        str(Path.home() / suggested),
        QCoreApplication.translate("Usage", "CSV files (*.csv)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")


class UsageView(QWidget):
    """The usage figures of a period, for the Räume & Belegung page."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: Today = clock.today,
        parent: QWidget | None = None,
        *,
        ask_path: PathChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self._ask_path: PathChooser = ask_path or ask_csv_path
        self.figures: UsageFigures | None = None

        self.period_combo = QComboBox(self)
        self.period_combo.addItems(
            [
                self.tr("This month"),
                self.tr("Last month"),
                self.tr("This year"),
                self.tr("Last year"),
                self.tr("Other period"),
            ]
        )
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period_combo)
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        from_label = QLabel(self.tr("&from"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.to_edit)
        self.csv_button = QPushButton(self.tr("Save as &CSV…"), self)
        self.csv_button.clicked.connect(self.save_csv)

        chooser = QHBoxLayout()
        chooser.setSpacing(8)
        chooser.addWidget(period_label)
        chooser.addWidget(self.period_combo)
        chooser.addSpacing(12)
        chooser.addWidget(from_label)
        chooser.addWidget(self.from_edit)
        chooser.addWidget(to_label)
        chooser.addWidget(self.to_edit)
        chooser.addStretch(1)
        chooser.addWidget(self.csv_button)

        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.banner = MessageBanner(self)

        self.rooms_model = FiguresTableModel(
            [self.tr("Room"), self.tr("Hours"), self.tr("Opening hours"), self.tr("Occupancy")],
            self,
        )
        self.groups_model = FiguresTableModel(
            [self.tr("Group"), self.tr("Hours"), self.tr("Dates")], self
        )
        self.months_model = FiguresTableModel(
            [self.tr("Month"), self.tr("Dates"), self.tr("Expected visitors")], self
        )
        self.rooms_table = self._table(self.rooms_model)
        self.rooms_table.setToolTip(
            self.tr(
                "Occupancy: the booked hours within the opening hours, in percent of the "
                "opening hours (open days without public holidays and closures). A booking "
                "of the whole hall counts for the hall, not for its parts."
            )
        )
        self.groups_table = self._table(self.groups_model)
        self.months_table = self._table(self.months_model)

        def section(title: str, table: QTableView) -> QVBoxLayout:
            label = heading(self, 1.1)
            label.setText(title)
            label.setWordWrap(False)
            box = QVBoxLayout()
            box.setSpacing(6)
            box.addWidget(label)
            box.addWidget(table, 1)
            return box

        self.rooms_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        lower = QHBoxLayout()
        lower.setSpacing(24)
        lower.addLayout(section(self.tr("Groups"), self.groups_table), 3)
        lower.addLayout(section(self.tr("Months"), self.months_table), 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(10)
        layout.addLayout(chooser)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary_label)
        layout.addLayout(section(self.tr("Rooms"), self.rooms_table))
        layout.addSpacing(6)
        layout.addLayout(lower, 1)

        self._choose_preset(Period.THIS_MONTH)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.from_edit.dateChanged.connect(self._dates_changed)
        self.to_edit.dateChanged.connect(self._dates_changed)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_pattern())
        return edit

    def _table(self, model: FiguresTableModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        set_up_record_list(table, 0)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        table.setMinimumHeight(120)
        return table

    def _fit_height(self, table: QTableView, most: int) -> None:
        """As high as its rows (at least one, at most ``most``; more scroll)."""
        rows = max(1, min(most, table.model().rowCount()))
        row_height = table.verticalHeader().defaultSectionSize()
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + rows * row_height + 2 * table.frameWidth() + 2)

    # -- the period ----------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        """First and last day (inclusive) shown."""
        return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())

    def set_period(self, first: dt.date, last: dt.date) -> None:
        """Show the figures of ``first`` … ``last`` (inclusive) as an "other period"."""
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(Period.CUSTOM)
        self.period_combo.blockSignals(False)
        self._set_dates(first, last, editable=True)
        self.refresh()

    def _choose_preset(self, choice: int) -> None:
        first, last = period_dates(choice, self._today())
        self._set_dates(first, last, editable=False)

    def _set_dates(self, first: dt.date, last: dt.date, *, editable: bool) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.setEnabled(editable)
            edit.blockSignals(False)

    def _period_chosen(self, choice: int) -> None:
        if choice == Period.CUSTOM:
            self.from_edit.setEnabled(True)
            self.to_edit.setEnabled(True)
        else:
            self._choose_preset(choice)
        self.refresh()

    def _dates_changed(self) -> None:
        if self.period_combo.currentIndex() == Period.CUSTOM:
            self.refresh()

    # -- loading and showing -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.period_combo.currentIndex() != Period.CUSTOM:
            self._choose_preset(self.period_combo.currentIndex())  # the day may have turned
        self.refresh()

    def refresh(self) -> None:
        """Read the figures of the chosen period (one unit of work) and show them."""
        first, last = self.period()
        try:
            with self._database.unit_of_work() as session:
                figures = usage_figures(session, self._actor, first, last + dt.timedelta(days=1))
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.show_figures(None)
            return
        self.banner.clear_message()
        self.show_figures(figures)

    def show_figures(self, figures: UsageFigures | None) -> None:
        self.figures = figures
        self.csv_button.setEnabled(figures is not None)
        if figures is None:
            for model in (self.rooms_model, self.groups_model, self.months_model):
                model.set_rows([])
            self.summary_label.clear()
            return
        self.rooms_model.set_rows(
            [
                (
                    room.name,
                    format_hours(room.minutes),
                    "–" if room.open_minutes is None else format_hours(room.open_minutes),
                    format_percent(room.occupancy_percent()),
                )
                for room in figures.rooms
            ]
        )
        self._fit_height(self.rooms_table, ROOM_ROWS_SHOWN)
        self.groups_model.set_rows(
            [
                (
                    group.name or self.tr("(no group)"),
                    format_hours(group.minutes),
                    format_count(group.events),
                )
                for group in figures.groups
            ]
        )
        locale = QLocale()
        self.months_model.set_rows(
            [
                (
                    f"{locale.standaloneMonthName(month.month)} {month.year}",
                    format_count(month.events),
                    format_count(month.expected_people),
                )
                for month in figures.months
            ]
        )
        self.summary_label.setText(
            self.tr(
                "{first} to {last}: {events} dates, {hours} booked, {people} expected visitors."
            ).format(
                first=format_date(figures.start),
                last=format_date(figures.last_day),
                events=format_count(figures.events),
                hours=format_hours(figures.minutes),
                people=format_count(figures.expected_people),
            )
        )

    # -- CSV -----------------------------------------------------------------------------

    def csv_rows(self) -> list[list[str]]:
        """The three tables one after another, each with its title and header row."""
        rows: list[list[str]] = []
        first, last = self.period()
        rows.append([self.tr("Usage figures"), format_date(first), format_date(last)])
        for title, model in (
            (self.tr("Rooms"), self.rooms_model),
            (self.tr("Groups"), self.groups_model),
            (self.tr("Months"), self.months_model),
        ):
            rows += [[], [title], model.headers()]
            rows += [list(row) for row in model.rows()]
        return rows

    def save_csv(self) -> None:
        """Ask where, then write the tables as CSV (semicolons, UTF-8, as Excel reads it)."""
        if self.figures is None:
            return
        first, last = self.period()
        suggested = self.tr("usage {first} to {last}.csv").format(
            first=first.isoformat(), last=last.isoformat()
        )
        path = self._ask_path(self, suggested)
        if path is None:
            return
        try:
            with path.open("w", encoding="utf-8-sig", newline="") as handle:
                csv.writer(handle, delimiter=";").writerows(self.csv_rows())
        except OSError as error:
            self.banner.show_error(
                self.tr("The file could not be written: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
            return
        self.banner.show_success(self.tr("Saved as {path}.").format(path=str(path)))
