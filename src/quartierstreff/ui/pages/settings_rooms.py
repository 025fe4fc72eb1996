"""Einstellungen ▸ Räume and ▸ Schulferien und Schließtage (``services.rooms``).

Two sections with ``load()`` and ``save()`` like the others. Each room and each period
is added, changed or deleted through its own small dialog and stored when that dialog
is saved, so the sections never hold unsaved input: :meth:`save` has nothing left to do
and :meth:`has_changes` is always false.

Keyboard: Enter (or a double click) opens the selected row, Del deletes it after a
question. Questions and the colour chooser are injectable, so tests never wait for a
modal window.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.db.models import PeriodKind
from quartierstreff.services import rooms as room_service
from quartierstreff.services.errors import FieldInvalid, QuartierstreffError
from quartierstreff.services.rooms import (
    CAPACITY_MAX,
    SYMBOL_LENGTH,
    WORKDAYS,
    PeriodDraft,
    PeriodView,
    RoomDraft,
    RoomView,
    clean_period_draft,
    clean_room_draft,
    day_runs,
    period_problems,
    room_problems,
)
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.dialogs.record import RecordDialog
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import date_pattern, format_date, from_qdate, to_qdate
from quartierstreff.ui.pages.groups import Confirm, RecordsModel, ask
from quartierstreff.ui.pages.settings_section import DialogSavedSection
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import hint_label
from quartierstreff.ui.widgets.lists import select_record, selected_record, set_up_record_list
from quartierstreff.ui.widgets.marks import mark_invalid

_DEFAULT_OPENS = dt.time(8)
_DEFAULT_CLOSES = dt.time(22)
_HINT_WIDTH = 380
"""The narrowest the hint under the parts can be: the dialog is at least 560 wide."""

ChooseColour = Callable[[QWidget, QColor], QColor | None]
"""Asks for a colour starting from the given one; ``None`` when the user cancels."""

Index = QModelIndex | QPersistentModelIndex


def choose_colour(parent: QWidget, initial: QColor) -> QColor | None:
    chosen = QColorDialog.getColor(
        initial, parent, QCoreApplication.translate("RoomDialog", "Colour of the room")
    )
    return chosen if chosen.isValid() else None


def day_names() -> list[str]:
    """Short weekday names, Monday first."""
    return [
        QCoreApplication.translate("Weekdays", "Mo"),
        QCoreApplication.translate("Weekdays", "Tu"),
        QCoreApplication.translate("Weekdays", "We"),
        QCoreApplication.translate("Weekdays", "Th"),
        QCoreApplication.translate("Weekdays", "Fr"),
        QCoreApplication.translate("Weekdays", "Sa"),
        QCoreApplication.translate("Weekdays", "Su"),
    ]


def opening_text(room: RoomView) -> str:
    """ "Mo–Fr 08:00–22:00", "Mo–Sa, So 09:00–18:00"; empty without set hours."""
    if room.opens_at is None or room.closes_at is None:
        return ""
    names = day_names()
    runs = [
        names[first] if first == last else f"{names[first]}–{names[last]}"
        for first, last in day_runs(room.open_days)
    ]
    return f"{', '.join(runs)} {room.opens_at:%H:%M}–{room.closes_at:%H:%M}"


def kind_label(kind: PeriodKind) -> str:
    if kind is PeriodKind.SCHOOL_HOLIDAY:
        return QCoreApplication.translate("PeriodKind", "School holidays")
    return QCoreApplication.translate("PeriodKind", "Closure")


def _show_problems(
    banner: MessageBanner, inputs: dict[str, QWidget], problems: Sequence[FieldInvalid]
) -> None:
    """Mark every refused input, say why, and put the cursor into the first one."""
    first: QWidget | None = None
    for problem in problems:
        widget = inputs.get(problem.field)
        mark_invalid(widget, focus=False)
        first = first or widget
    if first is not None:
        first.setFocus()
    banner.show_error("\n".join(dict.fromkeys(message_for(problem) for problem in problems)))


class _RowKeys(QObject):
    """Enter opens the selected row of a table, Del deletes it."""

    def __init__(
        self, table: QTableView, open_row: Callable[[], object], delete_row: Callable[[], object]
    ) -> None:
        super().__init__(table)
        self._open = open_row
        self._delete = delete_row
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._delete()
                return True
        return super().eventFilter(watched, event)


# --- rooms ---------------------------------------------------------------------------------


class RoomsModel(RecordsModel[RoomView]):
    """The rooms; deactivated ones greyed, the symbol with the room's colour."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        room = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and not room.is_active:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and room.colour:
            return QColor(room.colour)
        return super().data(index, role)


@dataclass(frozen=True, slots=True)
class _DayChecks:
    boxes: tuple[QCheckBox, ...]

    def days(self) -> tuple[int, ...]:
        return tuple(day for day, box in enumerate(self.boxes) if box.isChecked())


class RoomDialog(RecordDialog[RoomView]):
    """Add a room (``room=None``) or change one. ``rooms`` are all rooms as the section
    shows them: the dialog checks names, symbols and linked rooms against them first."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        rooms: Sequence[RoomView],
        room: RoomView | None = None,
        parent: QWidget | None = None,
        *,
        choose: ChooseColour = choose_colour,
    ) -> None:
        super().__init__(database, parent)
        self._actor = actor
        self._rooms = list(rooms)
        self._room = room
        self._choose = choose
        self._colour = room.colour if room else ""
        self.setWindowTitle(self.tr("New room") if room is None else self.tr("Change room"))
        self.setMinimumWidth(560)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Großer Saal"))
        self.symbol_edit = QLineEdit(self)
        self.symbol_edit.setMaxLength(SYMBOL_LENGTH + 4)  # too long is said, not cut off
        self.symbol_edit.setPlaceholderText(self.tr("e.g. S"))
        self.symbol_edit.setToolTip(
            self.tr("A short sign for the weekly plan and door signs, at most 8 characters")
        )
        self.symbol_edit.setMaximumWidth(120)
        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setRange(0, CAPACITY_MAX)
        self.capacity_spin.setSpecialValueText(self.tr("not set"))
        self.capacity_spin.setSuffix(self.tr(" places"))
        self.capacity_spin.setMaximumWidth(160)
        self.accessible_check = QCheckBox(self.tr("&Accessible (step-free, accessible WC)"), self)
        self.equipment_edit = QPlainTextEdit(self)
        self.equipment_edit.setTabChangesFocus(True)
        self.equipment_edit.setPlaceholderText(self.tr("One item per line, e.g. Beamer"))
        self.equipment_edit.setFixedHeight(100)

        self.hours_check = QCheckBox(self.tr("&Fixed opening hours"), self)
        self.hours_check.setToolTip(
            self.tr("Bookings outside these hours are allowed, with a warning")
        )
        self.day_checks = _DayChecks(tuple(QCheckBox(name, self) for name in day_names()))
        days_row = QHBoxLayout()
        days_row.setSpacing(10)
        for box in self.day_checks.boxes:
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.days_box = QFrame(self)  # a frame: a red outline does not reach the boxes
        self.days_box.setLayout(days_row)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.opens_edit = QTimeEdit(self)
        self.closes_edit = QTimeEdit(self)
        for edit in (self.opens_edit, self.closes_edit):
            edit.setDisplayFormat("HH:mm")
        times_row = QHBoxLayout()
        times_row.setContentsMargins(0, 0, 0, 0)
        times_row.addWidget(self.opens_edit)
        until = QLabel(self.tr("to"), self)
        times_row.addWidget(until)
        times_row.addWidget(self.closes_edit)
        times_row.addStretch(1)
        self.times_box = QWidget(self)
        self.times_box.setLayout(times_row)
        self.hours_check.toggled.connect(self._hours_toggled)

        self.colour_button = QPushButton(self)
        self.colour_button.setToolTip(self.tr("The room's colour in the calendar"))
        self.colour_button.clicked.connect(self.pick_colour)
        self.colour_button.setMinimumWidth(160)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addStretch(1)

        self.parts_list = QListWidget(self)
        self.parts_list.setMaximumHeight(110)
        self.parts_hint = hint_label("", self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)

        form = QFormLayout()
        form.setVerticalSpacing(9)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Symbol:"), self.symbol_edit)
        form.addRow(self.tr("&Capacity:"), self.capacity_spin)
        form.addRow("", self.accessible_check)
        form.addRow(self.tr("&Equipment:"), self.equipment_edit)
        form.addRow(self.tr("Opening hours:"), self.hours_check)
        form.addRow(self.tr("Open on:"), self.days_box)
        form.addRow(self.tr("&Time:"), self.times_box)
        colour_label = QLabel(self.tr("C&olour:"), self)
        colour_label.setBuddy(self.colour_button)
        form.addRow(colour_label, colour_row)
        form.addRow(self.tr("&Parts:"), self.parts_list)
        form.addRow("", self.parts_hint)
        form.addRow(self.tr("No&tes:"), self.notes_edit)
        for field in (self.equipment_edit, self.parts_list, self.notes_edit):
            label_widget = form.labelForField(field)
            if isinstance(label_widget, QLabel):
                label_widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        message_row, buttons = self._message_and_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(message_row)
        layout.addWidget(buttons)

        self._inputs = {
            "name": self.name_edit,
            "symbol": self.symbol_edit,
            "capacity": self.capacity_spin,
            "equipment": self.equipment_edit,
            "open_days": self.days_box,
            "opens_at": self.opens_edit,
            "closes_at": self.closes_edit,
            "colour": self.colour_button,
            "part_ids": self.parts_list,
            "notes": self.notes_edit,
        }
        chain: list[QWidget] = [
            self.name_edit,
            self.symbol_edit,
            self.capacity_spin,
            self.accessible_check,
            self.equipment_edit,
            self.hours_check,
            *self.day_checks.boxes,
            self.opens_edit,
            self.closes_edit,
            self.colour_button,
            self.parts_list,
            self.notes_edit,
            buttons,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._show_room(room)

    # -- between the form and the room -----------------------------------------------------

    def _show_room(self, room: RoomView | None) -> None:
        self._room = room
        draft = room.to_draft() if room else RoomDraft("", "", opens_at=None)
        self.name_edit.setText(draft.name)
        self.symbol_edit.setText(draft.symbol)
        self.capacity_spin.setValue(draft.capacity or 0)
        self.accessible_check.setChecked(draft.accessible)
        self.equipment_edit.setPlainText("\n".join(draft.equipment))
        has_hours = draft.opens_at is not None if room else True
        self.hours_check.setChecked(has_hours)
        days = draft.open_days if room else WORKDAYS
        for day, box in enumerate(self.day_checks.boxes):
            box.setChecked(day in days)
        opens = draft.opens_at or _DEFAULT_OPENS
        closes = draft.closes_at or _DEFAULT_CLOSES
        self.opens_edit.setTime(QTime(opens.hour, opens.minute))
        self.closes_edit.setTime(QTime(closes.hour, closes.minute))
        self._hours_toggled(has_hours)
        self._colour = draft.colour
        self._show_colour()
        self._fill_parts(draft.part_ids)
        self.notes_edit.setPlainText(draft.notes)

    def _fill_parts(self, checked: Sequence[int]) -> None:
        self.parts_list.clear()
        own_id = self._room.id if self._room else None
        wholes = [r for r in self._rooms if own_id is not None and own_id in r.part_ids]
        for room in self._rooms:
            if room.id == own_id or (room.part_ids and room.id not in checked):
                continue  # a part cannot have parts of its own
            if not room.is_active and room.id not in checked:
                continue
            item = QListWidgetItem(f"{room.name} ({room.symbol})", self.parts_list)
            item.setData(Qt.ItemDataRole.UserRole, room.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if room.id in checked else Qt.CheckState.Unchecked
            )
        if wholes:
            self.parts_list.setEnabled(False)
            self.parts_hint.setText(
                self.tr("This room is a part of “{name}”, so it has no parts of its own.").format(
                    name=wholes[0].name
                )
            )
        else:
            self.parts_list.setEnabled(True)
            self.parts_hint.setText(
                self.tr(
                    "Tick the rooms this one consists of (e.g. the two halves of a hall): "
                    "booking it blocks them, and booking one of them blocks it."
                )
            )
        self._fit_hint()

    def _fit_hint(self) -> None:
        """A form row does not grow for a wrapped label: reserve its lines up front."""
        self.parts_hint.setMinimumHeight(self.parts_hint.heightForWidth(_HINT_WIDTH))

    def part_ids(self) -> tuple[int, ...]:
        ids: list[int] = []
        for row in range(self.parts_list.count()):
            item = self.parts_list.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def set_part_checked(self, room_id: int, checked: bool = True) -> None:
        for row in range(self.parts_list.count()):
            item = self.parts_list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == room_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _hours_toggled(self, on: bool) -> None:
        for widget in (self.days_box, self.times_box):
            widget.setEnabled(on)

    def _show_colour(self) -> None:
        if self._colour:
            self.colour_button.setText(self._colour.upper())
            self.colour_button.setStyleSheet(
                f"QPushButton {{ background: {self._colour}; color: {_text_on(self._colour)};"
                " padding: 4px 14px; }"
            )
        else:
            self.colour_button.setText(self.tr("Automatic"))
            self.colour_button.setStyleSheet("")

    def pick_colour(self) -> None:
        initial = QColor(self._colour) if self._colour else QColor("#4e79a7")
        chosen = self._choose(self, initial)
        if chosen is not None:
            self.set_colour(chosen.name())

    def set_colour(self, colour: str) -> None:
        self._colour = colour.lower()
        self._show_colour()

    def draft(self) -> RoomDraft:
        hours = self.hours_check.isChecked()
        opens = self.opens_edit.time()
        closes = self.closes_edit.time()
        return RoomDraft(
            name=self.name_edit.text(),
            symbol=self.symbol_edit.text(),
            capacity=self.capacity_spin.value() or None,
            equipment=tuple(self.equipment_edit.toPlainText().splitlines()),
            accessible=self.accessible_check.isChecked(),
            opens_at=dt.time(opens.hour(), opens.minute()) if hours else None,
            closes_at=dt.time(closes.hour(), closes.minute()) if hours else None,
            open_days=self.day_checks.days() if hours else WORKDAYS,
            colour=self._colour,
            is_active=self._room.is_active if self._room else True,
            notes=self.notes_edit.toPlainText(),
            part_ids=self.part_ids(),
        )

    # -- saving ------------------------------------------------------------------------------

    def accept(self) -> None:
        for widget in self._inputs.values():
            widget.setStyleSheet("")
        if self._colour:
            self._show_colour()  # clearing the marks cleared the colour as well
        own_id = self._room.id if self._room else None
        problems = room_problems(clean_room_draft(self.draft()), self._rooms, room_id=own_id)
        if problems:
            _show_problems(self.banner, self._inputs, problems)
            return
        super().accept()

    def _store(self, session: Session) -> RoomView:
        return room_service.save_room(
            session,
            self._actor,
            self.draft(),
            room_id=self._room.id if self._room else None,
            expected_version=self._room.version if self._room else 0,
        )

    def _fetch(self, session: Session) -> RoomView | None:
        if self._room is None:
            return None
        self._rooms = room_service.list_rooms(session, self._actor, include_inactive=True)
        return room_service.get_room(session, self._actor, self._room.id)

    def _show_fresh(self, view: RoomView) -> None:
        self._show_room(view)


def _text_on(colour: str) -> str:
    """Black or white, whichever reads better on ``colour``."""
    shade = QColor(colour)
    light = 0.299 * shade.red() + 0.587 * shade.green() + 0.114 * shade.blue()
    return "#000000" if light > 150 else "#ffffff"


class RoomsSettingsSection(DialogSavedSection):
    """The rooms: symbol, name, places, accessible, opening hours and parts."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
        choose: ChooseColour = choose_colour,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._confirm = confirm
        self._choose = choose
        self.may_write = actor.may(Permission.SETTINGS_WRITE)
        self.dialog: RoomDialog | None = None
        """The dialog open now, if any (tests fill it in)."""

        intro = hint_label(
            self.tr(
                "The rooms that can be booked. The symbol stands for the room on the weekly "
                "plan and door signs. A deactivated room is no longer offered for new "
                "bookings; old bookings keep it."
            ),
            self,
        )
        self.model = RoomsModel(
            [
                (self.tr("Symbol"), lambda r: r.symbol),
                (
                    self.tr("Name"),
                    lambda r: (
                        r.name
                        if r.is_active
                        else self.tr("{name} (deactivated)").format(name=r.name)
                    ),
                ),
                (self.tr("Places"), lambda r: str(r.capacity) if r.capacity else ""),
                (self.tr("Accessible"), lambda r: self.tr("yes") if r.accessible else ""),
                (self.tr("Opening hours"), opening_text),
                (self.tr("Parts"), self._parts_text),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_record_list(self.table, 1)
        self.table.setMinimumHeight(170)
        self.table.setMaximumHeight(260)
        self.table.doubleClicked.connect(self.edit_room)
        self._keys = _RowKeys(self.table, self.edit_room, self.delete_room)

        self.new_button = QPushButton(self.tr("&New room…"), self)
        self.edit_button = QPushButton(self.tr("C&hange…"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.up_button.setToolTip(self.tr("Show this room earlier in the calendar and plans"))
        self.down_button = QPushButton(self.tr("Down"), self)
        self.down_button.setToolTip(self.tr("Show this room later in the calendar and plans"))
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.new_button.clicked.connect(self.new_room)
        self.edit_button.clicked.connect(self.edit_room)
        self.up_button.clicked.connect(lambda: self.move_room(-1))
        self.down_button.clicked.connect(lambda: self.move_room(1))
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete_room)
        self.buttons = [
            self.new_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.active_button,
            self.delete_button,
        ]
        column = QVBoxLayout()
        for button in self.buttons:
            button.setVisible(self.may_write)
            column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(column)

        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def button_width(self) -> int:
        return max(button.sizeHint().width() for button in self.buttons)

    def set_button_width(self, width: int) -> None:
        for button in self.buttons:
            button.setFixedWidth(width)

    def _parts_text(self, room: RoomView) -> str:
        symbols = {r.id: r.symbol for r in self.model.rows}
        return ", ".join(symbols.get(part_id, "?") for part_id in room.part_ids)

    # -- the section operations ------------------------------------------------------

    def load(self) -> None:
        try:
            with self._database.unit_of_work() as session:
                listed = room_service.list_rooms(session, self._actor, include_inactive=True)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self._set_rooms(listed)

    # -- the list ---------------------------------------------------------------------------

    def _set_rooms(self, listed: list[RoomView], select_id: int | None = None) -> None:
        current = self.selected_room()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(listed)
        select_record(self.table, listed, wanted)
        self._update_buttons()

    def selected_room(self) -> RoomView | None:
        return selected_record(self.table, self.model.rows)

    def select_room(self, room_id: int) -> None:
        select_record(self.table, self.model.rows, room_id)

    def _update_buttons(self) -> None:
        room = self.selected_room()
        rows = self.model.rows
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(room is not None)
        self.up_button.setEnabled(room is not None and rows.index(room) > 0)
        self.down_button.setEnabled(room is not None and rows.index(room) < len(rows) - 1)
        self.active_button.setText(
            self.tr("Activate")
            if room is not None and not room.is_active
            else self.tr("Deactivate")
        )

    # -- actions ----------------------------------------------------------------------------

    def _open(self, dialog: RoomDialog) -> RoomDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._after_dialog(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _after_dialog(self, dialog: RoomDialog) -> None:
        if dialog.saved is not None:
            self.load()
            self.select_room(dialog.saved.id)
            self.banner.show_success(
                self.tr("The room “{name}” has been saved.").format(name=dialog.saved.name)
            )

    def new_room(self) -> RoomDialog | None:
        if not self.may_write:
            return None
        dialog = RoomDialog(
            self._database, self._actor, self.model.rows, parent=self, choose=self._choose
        )
        return self._open(dialog)

    def edit_room(self) -> RoomDialog | None:
        room = self.selected_room()
        if room is None or not self.may_write:
            return None
        dialog = RoomDialog(
            self._database, self._actor, self.model.rows, room, parent=self, choose=self._choose
        )
        return self._open(dialog)

    def move_room(self, step: int) -> None:
        room = self.selected_room()
        if room is None or not self.may_write:
            return
        try:
            with self._database.unit_of_work() as session:
                listed = room_service.move_room(session, self._actor, room.id, step)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self._set_rooms(listed, room.id)

    def toggle_active(self) -> None:
        room = self.selected_room()
        if room is None or not self.may_write:
            return
        try:
            with self._database.unit_of_work() as session:
                changed = room_service.set_room_active(
                    session, self._actor, room.id, not room.is_active, expected_version=room.version
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.load()
            return
        self.load()
        self.select_room(room.id)
        message = (
            self.tr("The room “{name}” is offered for new bookings again.")
            if changed.is_active
            else self.tr("The room “{name}” is no longer offered for new bookings.")
        )
        self.banner.show_success(message.format(name=changed.name))

    def delete_room(self) -> None:
        room = self.selected_room()
        if room is None or not self.may_write:
            return
        question = self.tr(
            "Delete the room “{name}”? It can be restored from the bin for 30 days. A room "
            "that bookings use cannot be deleted; deactivate it instead."
        ).format(name=room.name)
        if not self._confirm(self, self.tr("Delete room"), question):
            return
        try:
            with self._database.unit_of_work() as session:
                room_service.delete_room(session, self._actor, room.id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.load()
        self.banner.show_success(
            self.tr("The room “{name}” has been moved to the bin.").format(name=room.name)
        )


# --- school holidays and closures ------------------------------------------------------------


class PeriodDialog(QDialog):
    """Add a school-holiday period or closure (``period=None``) or change one."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        periods: Sequence[PeriodView],
        period: PeriodView | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._periods = list(periods)
        self._period = period
        self.saved: PeriodView | None = None
        self.setWindowTitle(self.tr("New period") if period is None else self.tr("Change period"))
        self.setMinimumWidth(440)
        self.kind_combo = QComboBox(self)
        for kind in (PeriodKind.SCHOOL_HOLIDAY, PeriodKind.CLOSURE):
            self.kind_combo.addItem(kind_label(kind), kind)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Herbstferien 2026"))
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(date_pattern())
            edit.setCalendarPopup(True)
        self.start_edit.dateChanged.connect(self._start_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&First day:"), self.start_edit)
        form.addRow(self.tr("&Last day:"), self.end_edit)
        form.addRow("", hint_label(self.tr("Both days belong to the period."), self))
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self._inputs: dict[str, QWidget] = {
            "kind": self.kind_combo,
            "name": self.name_edit,
            "start_date": self.start_edit,
            "end_date": self.end_edit,
        }
        day = today or clock.today()
        if period is None:
            self.start_edit.setDate(to_qdate(day))
            self.end_edit.setDate(to_qdate(day))
        else:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(period.kind))
            self.name_edit.setText(period.name)
            self.start_edit.setDate(to_qdate(period.start))
            self.end_edit.setDate(to_qdate(period.end))

    def _start_changed(self, start: QDate) -> None:
        if self.end_edit.date() < start:  # a new first day after the last: keep one day
            self.end_edit.setDate(start)

    def draft(self) -> PeriodDraft:
        return PeriodDraft(
            kind=PeriodKind(self.kind_combo.currentData()),
            name=self.name_edit.text(),
            start=from_qdate(self.start_edit.date()),
            end=from_qdate(self.end_edit.date()),
        )

    def accept(self) -> None:
        for widget in self._inputs.values():
            widget.setStyleSheet("")
        own_id = self._period.id if self._period else None
        draft = self.draft()
        problems = period_problems(clean_period_draft(draft), self._periods, period_id=own_id)
        if problems:
            _show_problems(self.banner, self._inputs, problems)
            return
        try:
            with self._database.unit_of_work() as session:
                self.saved = room_service.save_period(session, self._actor, draft, period_id=own_id)
        except FieldInvalid as error:
            _show_problems(self.banner, self._inputs, [error])
            return
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        super().accept()


class PeriodsSettingsSection(DialogSavedSection):
    """School holidays and closures: series may skip them, the calendar shades them."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._confirm = confirm
        self._today = today
        self.may_write = actor.may(Permission.SETTINGS_WRITE)
        self.dialog: PeriodDialog | None = None

        intro = hint_label(
            self.tr(
                "Booking series can skip school holidays; closures are shown in the "
                "calendar and on the weekly plan."
            ),
            self,
        )
        self.model: RecordsModel[PeriodView] = RecordsModel(
            [
                (self.tr("Kind"), lambda p: kind_label(p.kind)),
                (self.tr("Name"), lambda p: p.name),
                (self.tr("From"), lambda p: format_date(p.start)),
                (self.tr("To"), lambda p: format_date(p.end)),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_record_list(self.table, 1)
        self.table.setMinimumHeight(170)
        self.table.setMaximumHeight(260)
        self.table.doubleClicked.connect(self.edit_period)
        self._keys = _RowKeys(self.table, self.edit_period, self.delete_period)

        self.new_button = QPushButton(self.tr("New &period…"), self)
        self.edit_button = QPushButton(self.tr("Chan&ge…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.new_button.clicked.connect(self.new_period)
        self.edit_button.clicked.connect(self.edit_period)
        self.delete_button.clicked.connect(self.delete_period)
        self.buttons = [self.new_button, self.edit_button, self.delete_button]
        column = QVBoxLayout()
        for button in self.buttons:
            button.setVisible(self.may_write)
            column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(column)

        self.known_button = QPushButton(
            self.tr("Add the known school holidays of &Baden-Württemberg"), self
        )
        self.known_button.clicked.connect(self.add_known)
        self.known_button.setVisible(self.may_write)
        self.known_hint = hint_label(
            self.tr(
                "The dates shipped with Quartierstreff were compiled with care but must be "
                "checked against the list of the Kultusministerium Baden-Württemberg. Movable "
                "days set by the local schools are entered as periods of their own."
            ),
            self,
        )
        self.known_hint.setVisible(self.may_write)
        known_row = QHBoxLayout()
        known_row.addWidget(self.known_button)
        known_row.addStretch(1)

        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(known_row)
        layout.addWidget(self.known_hint)
        layout.addWidget(self.banner)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def button_width(self) -> int:
        return max(button.sizeHint().width() for button in self.buttons)

    def set_button_width(self, width: int) -> None:
        for button in self.buttons:
            button.setFixedWidth(width)

    def _day(self) -> dt.date:
        return self._today or clock.today()

    # -- the section operations ------------------------------------------------------

    def load(self) -> None:
        try:
            with self._database.unit_of_work() as session:
                listed = room_service.list_periods(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self._set_periods(listed)

    # -- the list ---------------------------------------------------------------------------

    def _set_periods(self, listed: list[PeriodView], select_id: int | None = None) -> None:
        current = self.selected_period()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(listed)
        select_record(self.table, listed, wanted)
        if wanted is None:
            self.scroll_to_today()
        self._update_buttons()

    def scroll_to_today(self) -> None:
        """Show the periods from today on at the top, not those of years ago."""
        today = self._day()
        upcoming = next((r for r, p in enumerate(self.model.rows) if p.end >= today), None)
        if upcoming is not None:
            self.table.scrollTo(
                self.model.index(upcoming, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.selected_period() is None:
            self.scroll_to_today()  # the table can only scroll once it has its size

    def selected_period(self) -> PeriodView | None:
        return selected_record(self.table, self.model.rows)

    def select_period(self, period_id: int) -> None:
        select_record(self.table, self.model.rows, period_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_period()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(chosen is not None)

    # -- actions ----------------------------------------------------------------------------

    def _open(self, dialog: PeriodDialog) -> PeriodDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._after_dialog(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _after_dialog(self, dialog: PeriodDialog) -> None:
        if dialog.saved is not None:
            self.load()
            self.select_period(dialog.saved.id)
            self.banner.show_success(
                self.tr("“{name}” has been saved.").format(name=dialog.saved.name)
            )

    def new_period(self) -> PeriodDialog | None:
        if not self.may_write:
            return None
        dialog = PeriodDialog(
            self._database, self._actor, self.model.rows, parent=self, today=self._day()
        )
        return self._open(dialog)

    def edit_period(self) -> PeriodDialog | None:
        chosen = self.selected_period()
        if chosen is None or not self.may_write:
            return None
        dialog = PeriodDialog(
            self._database, self._actor, self.model.rows, chosen, parent=self, today=self._day()
        )
        return self._open(dialog)

    def delete_period(self) -> None:
        chosen = self.selected_period()
        if chosen is None or not self.may_write:
            return
        question = self.tr(
            "Delete “{name}” ({start} to {end})? It can be restored from the bin for 30 days."
        ).format(name=chosen.name, start=format_date(chosen.start), end=format_date(chosen.end))
        if not self._confirm(self, self.tr("Delete period"), question):
            return
        try:
            with self._database.unit_of_work() as session:
                room_service.delete_period(session, self._actor, chosen.id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.load()
        self.banner.show_success(
            self.tr("“{name}” has been moved to the bin.").format(name=chosen.name)
        )

    def add_known(self) -> int | None:
        """Add the shipped school holidays not there yet; says how many were added."""
        if not self.may_write:
            return None
        try:
            with self._database.unit_of_work() as session:
                added = room_service.add_known_school_holidays(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        self.load()
        if added == 0:
            self.banner.show_success(
                self.tr("All known school holidays are already there; nothing was added.")
            )
        else:
            self.banner.show_success(
                self.tr(
                    "School-holiday periods added: {count}. Please check them against the "
                    "Kultusministerium's list."
                ).format(count=added)
            )
        return added
