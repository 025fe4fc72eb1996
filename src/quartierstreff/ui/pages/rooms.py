"""Räume & Belegung: the week calendar of all rooms, the list of bookings with filters,
and (when that part is installed) the usage figures.

The week is painted by :class:`~quartierstreff.ui.widgets.week_view.WeekView` from a
:class:`~quartierstreff.ui.models.week.WeekModel` that reads one week at a time. The
booking dialog, the weekly plan, the door sign and the iCalendar dialogs are separate
modules, imported when they are used: a missing one gives a message, never an error.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.services.bookings import Occurrence, OccurrenceKey
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.people import people_choices
from quartierstreff.services.rooms import RoomView
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import date_pattern, from_qdate, to_qdate
from quartierstreff.ui.models.occurrence_list import OccurrenceListModel
from quartierstreff.ui.models.week import DAYS, WeekModel, monday_of
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.lists import set_up_record_list
from quartierstreff.ui.widgets.page import Page, heading
from quartierstreff.ui.widgets.week_view import SHADES, WeekView, room_colour

LIST_WEEKS = 4
"""The list shows four weeks from the calendar's week when first opened."""
LIST_MAX_DAYS = 366
SEARCH_DELAY_MS = 150
LEGEND_WIDTH = 140
"""Pixels for a room's name in the colour legend (cut with "…" beyond)."""


def _load(module: str, name: str) -> Any:
    """``module.name`` if that part exists in this version of the program, else ``None``."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _swatch(colour: QColor, hatched: bool = False) -> QPixmap:
    pixmap = QPixmap(QSize(14, 14))
    pixmap.fill(colour)
    if hatched:
        painter = QPainter(pixmap)
        painter.fillRect(pixmap.rect(), QBrush(QColor("#a0a0a0"), Qt.BrushStyle.BDiagPattern))
        painter.end()
    return pixmap


class RoomsPage(Page):
    """``today`` is called whenever "today" matters (the week shown first, the marked day)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self.may_write = actor.may(Permission.BOOKINGS_WRITE)
        self.dialog: QWidget | None = None
        self._rooms: tuple[RoomView, ...] = ()
        self._list_dirty = True

        title = heading(self)
        title.setText(self.tr("Rooms & bookings"))
        self.new_button = QPushButton(self.tr("&New booking…"), self)
        self.new_button.setToolTip(
            self.tr("Book a room; the selected day and time are filled in (Ctrl+N)")
        )
        self.new_button.clicked.connect(self.new_booking)
        self.new_button.setVisible(self.may_write)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_booking)
        self.new_shortcut.setEnabled(self.may_write)

        # -- the week's toolbar
        self.week_model = WeekModel(database, actor, today)
        self.previous_button = QPushButton(self.tr("◀ Previous week"), self)
        self.previous_button.setToolTip(self.tr("The week before (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("The week of today (Home)"))
        self.today_button.clicked.connect(lambda: self.go(0))
        self.next_button = QPushButton(self.tr("Next week ▶"), self)
        self.next_button.setToolTip(self.tr("The week after (Page Down)"))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.week_label = heading(self, 1.15)
        self.week_label.setWordWrap(False)
        self.room_filter = QComboBox(self)
        self.room_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.room_filter.setMinimumContentsLength(16)
        self.room_filter.addItem(self.tr("All rooms"), None)
        self.room_filter.currentIndexChanged.connect(lambda _index: self._room_chosen())
        self.lanes_button = QToolButton(self)
        self.lanes_button.setText(self.tr("Rooms side by side"))
        self.lanes_button.setToolTip(
            self.tr(
                "Split each day into one column per room. Otherwise the rooms are told apart "
                "by colour and only bookings at the same time stand side by side."
            )
        )
        self.lanes_button.setCheckable(True)
        self.lanes_button.toggled.connect(self._lanes_toggled)

        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More actions"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.more_button)
        self.weekly_plan_action = menu.addAction(self.tr("Print weekly plan (PDF)…"))
        self.weekly_plan_action.triggered.connect(lambda _checked=False: self.print_weekly_plan())
        self.door_sign_menu = menu.addMenu(self.tr("Door sign (PDF)"))
        self.door_sign_action = self.door_sign_menu.menuAction()
        menu.addSeparator()
        self.export_action = menu.addAction(self.tr("Export as iCalendar…"))
        self.export_action.triggered.connect(lambda _checked=False: self.export_calendar())
        self.import_action = menu.addAction(self.tr("Import iCalendar…"))
        self.import_action.triggered.connect(lambda _checked=False: self.import_calendar())
        self.import_action.setVisible(self.may_write)
        self.more_button.setMenu(menu)

        # -- the week
        self.week_view = WeekView(self)
        self.week_view.entry_activated.connect(self.open_booking)
        self.week_view.slot_activated.connect(self.book_slot)
        self.week_view.cancel_requested.connect(self.cancel)
        self.week_view.week_requested.connect(self.go)
        self.week_view.selection_changed.connect(self._show_selection)
        self.week_scroll = QScrollArea(self)
        self.week_scroll.setWidget(self.week_view)
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.week_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.week_scroll.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.week_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # the legend: which colour is which room, and what the shaded days are
        legend = QHBoxLayout()
        legend.setSpacing(6)
        self.room_legend = QHBoxLayout()
        self.room_legend.setSpacing(6)
        legend.addLayout(self.room_legend)
        legend.addStretch(1)
        for text, colour, hatched in (
            (self.tr("Public holiday"), SHADES["public_holiday"], False),
            (self.tr("School holidays"), SHADES["school_holiday"], False),
            (self.tr("Closed"), SHADES["closure"], True),
        ):
            legend.addSpacing(8)
            swatch = QLabel(self)
            swatch.setPixmap(_swatch(colour, hatched))
            legend.addWidget(swatch)
            legend.addWidget(QLabel(text, self))
        self.week_view.setToolTip(
            self.tr("Double-click a free time to book it, a booking to open it.")
        )
        week_tab = QWidget(self)
        toolbar = QHBoxLayout()
        toolbar.setSpacing(6)
        toolbar.addWidget(self.previous_button)
        toolbar.addWidget(self.today_button)
        toolbar.addWidget(self.next_button)
        toolbar.addSpacing(14)
        toolbar.addWidget(self.week_label, 1)
        week_layout = QVBoxLayout(week_tab)
        week_layout.setContentsMargins(0, 8, 0, 0)
        week_layout.setSpacing(8)
        week_layout.addLayout(toolbar)
        week_layout.addWidget(self.week_scroll, 1)
        week_layout.addLayout(legend)

        # -- the list
        self.list_model = OccurrenceListModel(database, actor, self)
        self.list_room = QComboBox(self)
        self.list_room.addItem(self.tr("All rooms"), None)
        self.list_group = QComboBox(self)
        self.list_group.addItem(self.tr("All groups"), None)
        for combo in (self.list_room, self.list_group):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(lambda _index: self.load_list())
        self.list_from = self._date_edit()
        self.list_to = self._date_edit()
        self.list_text = QLineEdit(self)
        self.list_text.setPlaceholderText(self.tr("Search title or group"))
        self.list_text.setClearButtonEnabled(True)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(SEARCH_DELAY_MS)
        self._text_timer.timeout.connect(self._apply_text)
        self.list_text.textChanged.connect(lambda _text: self._text_timer.start())
        self.list_count = QLabel(self)
        self.list_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table = QTableView(self)
        self.table.setModel(self.list_model)
        set_up_record_list(self.table, OccurrenceListModel.TITLE)
        header = self.table.horizontalHeader()
        # Resizing to contents would measure every row on each load; widths are set once.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OccurrenceListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._set_column_widths()
        self.table.setSortingEnabled(True)
        header.setSortIndicator(OccurrenceListModel.DATE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.doubleClicked.connect(lambda _index: self.open_selected_row())
        self.table.installEventFilter(self)
        self.table.setAccessibleName(self.tr("Bookings"))
        list_tab = QWidget(self)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        for text, widget in (
            (self.tr("&Room:"), self.list_room),
            (self.tr("&Group:"), self.list_group),
            (self.tr("&From:"), self.list_from),
            (self.tr("&To:"), self.list_to),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(10)
        filters.addWidget(self.list_text, 1)
        list_layout = QVBoxLayout(list_tab)
        list_layout.setContentsMargins(0, 8, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.list_count)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(week_tab, self.tr("&Week"))
        self.list_tab_index = self.tabs.addTab(list_tab, self.tr("&List"))
        self.usage_view: QWidget | None = None
        usage_class = _load("quartierstreff.ui.widgets.usage", "UsageView")
        if usage_class is not None:
            self.usage_view = usage_class(database, actor, today)
            self.tabs.addTab(self.usage_view, self.tr("&Usage"))
        self.tabs.currentChanged.connect(lambda _index: self._tab_changed())

        self.banner = MessageBanner(self)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.more_button)
        top.addWidget(self.new_button)
        # the room filter and the lane switch belong to the week: beside its tab
        self.week_options = QWidget(self)
        options = QHBoxLayout(self.week_options)
        options.setContentsMargins(0, 0, 0, 4)
        options.setSpacing(6)
        room_label = QLabel(self.tr("R&oom:"), self.week_options)
        room_label.setBuddy(self.room_filter)
        options.addWidget(room_label)
        options.addWidget(self.room_filter)
        options.addWidget(self.lanes_button)
        self.tabs.setCornerWidget(self.week_options, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self._show_week()

    def _set_column_widths(self) -> None:
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        header_metrics = QFontMetrics(bold)
        samples = {
            OccurrenceListModel.DATE: "00.00.00000",
            OccurrenceListModel.TIME: "00:00–00:00",
            OccurrenceListModel.ROOM: "Saal B (mit Küchen",
            OccurrenceListModel.GROUP: "Theatergruppe „Linden",
            OccurrenceListModel.RESPONSIBLE: "Antonella Lombardi",
            OccurrenceListModel.KIND: "Serie, geändert",
        }
        for column, sample in samples.items():
            title = str(self.list_model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(title))
            self.table.setColumnWidth(column, width + 34)  # the style's padding

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_pattern())
        edit.setDate(to_qdate(self._today()))
        edit.dateChanged.connect(lambda _date: self.load_list())
        return edit

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rooms, the week and (if it is shown) the list again."""
        self.load_week()
        self._fill_rooms()
        self._fill_groups()
        self._list_dirty = True
        if self.tabs.currentIndex() == self.list_tab_index:
            self.load_list()
        refresh_usage = getattr(self.usage_view, "refresh", None)
        if callable(refresh_usage) and self.tabs.currentWidget() is self.usage_view:
            refresh_usage()

    def load_week(self, monday: dt.date | None = None) -> None:
        try:
            self.week_model.load(monday)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self._show_week()

    def _show_week(self) -> None:
        self.week_view.set_week(self.week_model.layout)
        self.week_label.setText(self.week_text(self.week_model.monday))
        self.week_view.setAccessibleName(
            self.tr("Week calendar, {week}").format(week=self.week_label.text())
        )

    def week_text(self, monday: dt.date) -> str:
        """Like "KW 48 · 23.–29. November 2026"."""
        sunday = monday + dt.timedelta(days=DAYS - 1)
        locale = QLocale()
        first, last = to_qdate(monday), to_qdate(sunday)
        end = locale.toString(last, "d. MMMM yyyy")
        if monday.month == sunday.month:
            dates = locale.toString(first, "d.") + "–" + end
        elif monday.year == sunday.year:
            dates = locale.toString(first, "d. MMMM") + " – " + end
        else:
            dates = locale.toString(first, "d. MMMM yyyy") + " – " + end
        return self.tr("Week {number} · {dates}").format(
            number=monday.isocalendar().week, dates=dates
        )

    def _fill_rooms(self) -> None:
        self._rooms = self.week_model.all_rooms
        active = [room for room in self._rooms if room.is_active]
        for combo in (self.room_filter, self.list_room):
            current = combo.currentData()
            blocked = combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for room in active:
                combo.addItem(room.name, room.id)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(blocked)
        self._fill_room_legend([room for room in self._rooms if room.is_active])
        self.door_sign_menu.clear()
        for room in active:
            action = self.door_sign_menu.addAction(room.name)
            action.triggered.connect(
                lambda _checked=False, room_id=room.id: self.print_door_sign(room_id)
            )
        self.door_sign_action.setEnabled(bool(active))

    def _fill_room_legend(self, rooms: list[RoomView]) -> None:
        while self.room_legend.count():
            item = self.room_legend.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for room in rooms:
            swatch = QLabel(self)
            swatch.setPixmap(_swatch(room_colour(room.colour)))
            label = QLabel(self)
            text = f"{room.symbol} {room.name}"
            label.setText(
                label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, LEGEND_WIDTH)
            )
            label.setToolTip(text)
            self.room_legend.addWidget(swatch)
            self.room_legend.addWidget(label)
            self.room_legend.addSpacing(10)

    def _fill_groups(self) -> None:
        try:
            with self._database.unit_of_work() as session:
                groups = people_choices(session, self._actor).groups
        except QuartierstreffError:
            groups = ()
        current = self.list_group.currentData()
        blocked = self.list_group.blockSignals(True)
        while self.list_group.count() > 1:
            self.list_group.removeItem(1)
        for group in groups:
            self.list_group.addItem(group.name, group.id)
        found = self.list_group.findData(current) if current is not None else 0
        self.list_group.setCurrentIndex(max(found, 0))
        self.list_group.blockSignals(blocked)

    # -- the week -------------------------------------------------------------------------

    def go(self, weeks: int) -> None:
        """Show the week ``weeks`` before or after the one shown; 0: the week of today."""
        self.banner.clear_message()
        if weeks == 0:
            self.load_week(monday_of(self._today()))
        else:
            self.load_week(self.week_model.monday + dt.timedelta(weeks=weeks))

    def _room_chosen(self) -> None:
        room_id = self.room_filter.currentData()
        try:
            self.week_model.load(room_id=room_id if isinstance(room_id, int) else None)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self._show_week()

    def _lanes_toggled(self, lanes: bool) -> None:
        self.week_view.set_lanes(lanes)
        self.week_view.updateGeometry()

    def _show_selection(self) -> None:
        entry = self.week_view.selected_entry()
        slot = self.week_view.selected_slot()
        rect = None
        if entry is not None:
            rect = self.week_view.entry_rects(entry)[0]
        elif slot is not None:
            rect = self.week_view.slot_rect(slot)
        if rect is not None:
            centre = rect.center().toPoint()
            self.week_scroll.ensureVisible(centre.x(), centre.y(), 10, int(rect.height() / 2) + 10)

    def selected_day(self) -> dt.date:
        """The day a new booking starts on: the selected one, else today if it is in the
        week shown, else the week's Monday."""
        chosen = self.week_view.selected_day()
        if chosen is not None:
            return chosen
        today = self._today()
        monday = self.week_model.monday
        return today if monday <= today < monday + dt.timedelta(days=DAYS) else monday

    # -- the list -------------------------------------------------------------------------

    def _tab_changed(self) -> None:
        self.week_options.setVisible(self.tabs.currentIndex() == 0)
        if self.tabs.currentIndex() == self.list_tab_index and self._list_dirty:
            self.load_list()
        refresh_usage = getattr(self.usage_view, "refresh", None)
        if callable(refresh_usage) and self.tabs.currentWidget() is self.usage_view:
            refresh_usage()

    def set_list_range(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.list_from, start), (self.list_to, end)):
            blocked = edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(blocked)
        self.load_list()

    def load_list(self) -> None:
        if self._list_dirty and self.list_from.date() == self.list_to.date():
            # the first time: four weeks from the calendar's week
            monday = self.week_model.monday
            for edit, day in (
                (self.list_from, monday),
                (self.list_to, monday + dt.timedelta(weeks=LIST_WEEKS, days=-1)),
            ):
                blocked = edit.blockSignals(True)
                edit.setDate(to_qdate(day))
                edit.blockSignals(blocked)
        self._list_dirty = False
        start, end = from_qdate(self.list_from.date()), from_qdate(self.list_to.date())
        if end < start:
            self.banner.show_error(self.tr("The end of the period is before its start."))
            return
        if (end - start).days >= LIST_MAX_DAYS:
            self.banner.show_error(self.tr("Please choose a period of at most one year."))
            return
        room_id = self.list_room.currentData()
        room_ids: set[int] | None = None
        if isinstance(room_id, int):
            room = next((r for r in self._rooms if r.id == room_id), None)
            room_ids = {
                room_id,
                *(room.part_ids if room else ()),
                *(room.whole_ids if room else ()),
            }
        group_id = self.list_group.currentData()
        try:
            self.list_model.load(
                start,
                end,
                room_ids=room_ids,
                group_id=group_id if isinstance(group_id, int) else None,
            )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.banner.clear_message()
        self._count_list()

    def _apply_text(self) -> None:
        self._text_timer.stop()
        self.list_model.set_text(self.list_text.text())
        self._count_list()

    def _count_list(self) -> None:
        locale = QLocale()
        shown, total = self.list_model.rowCount(), self.list_model.total
        if shown != total:
            text = self.tr("{shown} of {total} bookings").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        elif shown == 1:
            text = self.tr("1 booking")
        else:
            text = self.tr("{count} bookings").format(count=locale.toString(shown))
        self.list_count.setText(text)

    def selected_list_occurrence(self) -> Occurrence | None:
        rows = self.table.selectionModel().selectedRows()
        return self.list_model.occurrence(rows[0].row()) if rows else None

    def open_selected_row(self) -> QWidget | None:
        occurrence = self.selected_list_occurrence()
        return self.open_booking(occurrence.key) if occurrence is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected_row()
                return True
            if event.key() == Qt.Key.Key_Delete:
                occurrence = self.selected_list_occurrence()
                if occurrence is not None:
                    self.cancel(occurrence)
                return True
        return super().eventFilter(watched, event)

    # -- the booking dialog ---------------------------------------------------------------

    def new_booking(self) -> QWidget | None:
        """A new booking on the selected day (and time and room, if an empty spot is
        selected)."""
        if not self.may_write:
            return None
        slot = self.week_view.selected_slot()
        if slot is not None and self.tabs.currentIndex() == 0:
            return self._open_dialog(day=slot.day, start=slot.time, room_id=slot.room_id)
        room_id = self.room_filter.currentData()
        return self._open_dialog(
            day=self.selected_day(), room_id=room_id if isinstance(room_id, int) else None
        )

    def book_slot(self, day: dt.date, room_id: int | None, start: dt.time) -> QWidget | None:
        if not self.may_write:
            return None
        return self._open_dialog(day=day, start=start, room_id=room_id)

    def open_booking(self, key: OccurrenceKey) -> QWidget | None:
        return self._open_dialog(key=key)

    def _open_dialog(self, **arguments: Any) -> QWidget | None:
        if self.dialog is not None and self.dialog.isVisible():  # one booking form at a time
            if QGuiApplication.platformName() != "offscreen":  # which cannot raise windows
                self.dialog.raise_()
                self.dialog.activateWindow()
            return self.dialog
        dialog_class = _load("quartierstreff.ui.dialogs.booking", "BookingDialog")
        if dialog_class is None:
            self.banner.show_error(self.tr("Bookings cannot be edited in this version."))
            return None
        try:
            dialog = dialog_class(self._database, self._actor, parent=self, **arguments)
        except QuartierstreffError as error:  # cancelled or deleted meanwhile, …
            self.banner.show_error(message_for(error))
            self.load_week()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog  # type: ignore[no-any-return]

    def _saved(self, key: object) -> None:
        self.banner.clear_message()
        self.refresh()
        if isinstance(key, OccurrenceKey):
            self.week_view.select_entry(key)

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None
        selected = self.week_view.selected_entry()
        self.refresh()
        if selected is not None:
            self.week_view.select_entry(selected.key)

    def cancel(self, occurrence: Occurrence) -> bool:
        """Ask (the booking dialog's module asks the scope for a series) and cancel."""
        if not self.may_write:
            return False
        cancel = _load("quartierstreff.ui.dialogs.booking", "cancel_occurrence")
        if cancel is None:
            self.banner.show_error(self.tr("Bookings cannot be cancelled in this version."))
            return False
        try:
            done = bool(cancel(self, self._database, self._actor, occurrence))
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.refresh()
            return False
        if done:
            self.banner.show_success(
                self.tr("“{title}” on {date} is cancelled.").format(
                    title=occurrence.title,
                    date=QLocale().toString(to_qdate(occurrence.day), date_pattern()),
                )
            )
            self.refresh()
        return done

    # -- printouts and iCalendar ----------------------------------------------------------

    def _missing(self) -> None:
        self.banner.show_error(self.tr("This is not available in this version."))

    def print_weekly_plan(self) -> None:
        function = _load("quartierstreff.ui.dialogs.weekly_plan", "print_weekly_plan")
        if function is None:
            self._missing()
            return
        function(self, self._database, self._actor, self.week_model.monday, today=self._today())

    def print_door_sign(self, room_id: int) -> None:
        function = _load("quartierstreff.ui.dialogs.weekly_plan", "print_door_sign")
        if function is None:
            self._missing()
            return
        function(
            self, self._database, self._actor, room_id, self.week_model.monday, today=self._today()
        )

    def export_calendar(self) -> None:
        function = _load("quartierstreff.ui.dialogs.ical", "export_calendar_dialog")
        if function is None:
            self._missing()
            return
        room_id = self.room_filter.currentData()
        function(
            self,
            self._database,
            self._actor,
            start=self.week_model.monday,
            end=self.week_model.monday + dt.timedelta(days=DAYS),
            room_id=room_id if isinstance(room_id, int) else None,
        )

    def import_calendar(self) -> QWidget | None:
        dialog_class = _load("quartierstreff.ui.dialogs.ical", "IcalImportDialog")
        if dialog_class is None or not self.may_write:
            if dialog_class is None:
                self._missing()
            return None
        dialog = dialog_class(self._database, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog  # type: ignore[no-any-return]
