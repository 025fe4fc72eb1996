"""The booking dialog: a one-off booking or a series (weekly, every n-th week, the n-th
weekday of the month), checked live against the other bookings; and cancelling one date,
a date and all following, or a whole series.

Every question the dialog asks is a function that can be replaced (tests pass their
own): ``ask(parent, text) -> bool`` for yes/no, ``ask_scope(parent, action) -> Scope |
None`` for which dates of a series, ``ask_reason(parent, text) -> str | None`` for the
reason of a cancellation.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.services import bookings, groups, rooms
from quartierstreff.services.bookings import (
    BookingCheck,
    BookingDetail,
    BookingDraft,
    BookingWarning,
    Occurrence,
    OccurrenceKey,
    Scope,
    WarningKind,
)
from quartierstreff.services.errors import (
    BookingConflict,
    ConcurrentEdit,
    FieldInvalid,
    QuartierstreffError,
)
from quartierstreff.services.people import people_rows
from quartierstreff.services.recurrence import (
    MAX_COUNT,
    MAX_INTERVAL,
    Frequency,
    Recurrence,
    last_rule_date,
    resolved,
)
from quartierstreff.services.security import Actor
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import date_pattern, format_date, from_qdate, to_qdate
from quartierstreff.ui.pages.settings_people import parse_amount, show_amount
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import hint_label
from quartierstreff.ui.widgets.marks import mark_invalid
from quartierstreff.ui.widgets.person_picker import PersonPicker

Ask = Callable[[QWidget | None, str], bool]
AskScope = Callable[[QWidget | None, str], Scope | None]
AskReason = Callable[[QWidget | None, str], str | None]

CHECK_DELAY_MS = 300
"""The live check runs once typing pauses this long."""
QUARTER = 15
POSITIONS = (1, 2, 3, 4, -1)
_ID = Qt.ItemDataRole.UserRole
_WARNING_STYLE = (
    "QLabel { color: #6b4a00; background: #fff6dc; border: 1px solid #ecd27f; "
    "border-radius: 4px; padding: 8px; }"
)
_TAKEN = QColor("#b3261e")
_LEFT_OUT = QColor("#7a7a7a")


# --- the questions -------------------------------------------------------------------


def ask_yes_no(parent: QWidget | None, text: str) -> bool:
    """The default yes/no question (a modal message box)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BookingDialog", "Booking"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_scope(parent: QWidget | None, action: str) -> Scope | None:
    """Which dates of a series: ``action`` is ``"edit"`` or ``"cancel"``; None = cancelled."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("BookingDialog", "Series of bookings"))
    box.setText(
        QCoreApplication.translate(
            "BookingDialog", "This date belongs to a series. Which dates do you want to change?"
        )
        if action == "edit"
        else QCoreApplication.translate(
            "BookingDialog", "This date belongs to a series. Which dates do you want to cancel?"
        )
    )
    choices = {
        box.addButton(
            QCoreApplication.translate("BookingDialog", "Only this date"),
            QMessageBox.ButtonRole.AcceptRole,
        ): Scope.ONE,
        box.addButton(
            QCoreApplication.translate("BookingDialog", "This and all following"),
            QMessageBox.ButtonRole.AcceptRole,
        ): Scope.FOLLOWING,
        box.addButton(
            QCoreApplication.translate("BookingDialog", "All dates of the series"),
            QMessageBox.ButtonRole.AcceptRole,
        ): (Scope.SERIES),
    }
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    for button, scope in choices.items():
        if button is clicked:
            return scope
    return None


def ask_reason(parent: QWidget | None, text: str) -> str | None:
    """An optional reason for a cancellation; None when the user cancels."""
    reason, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("BookingDialog", "Cancel date"), text
    )
    return reason if ok else None


# --- cancelling ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cancelling:
    key: OccurrenceKey
    title: str
    day: dt.date
    series_version: int = 0
    booking_version: int = 0


def _cancel(
    parent: QWidget | None,
    database: Database,
    actor: Actor,
    what: _Cancelling,
    scope: Scope,
    *,
    ask: Ask,
    ask_reason: AskReason,
) -> bool:
    """Ask what fits the scope, then cancel; False when the user said no."""
    title, day = what.title, format_date(what.day)
    reason = ""
    if not what.key.is_series:
        question = QCoreApplication.translate(
            "BookingDialog", "Cancel the booking “{title}” on {date}? It goes to the bin."
        )
        if not ask(parent, question.format(title=title, date=day)):
            return False
    elif scope is Scope.SERIES:
        question = QCoreApplication.translate(
            "BookingDialog",
            "Cancel the whole series “{title}”? It goes to the bin, with all its dates.",
        )
        if not ask(parent, question.format(title=title)):
            return False
    else:
        question = (
            QCoreApplication.translate(
                "BookingDialog", "Cancel “{title}” on {date}? You may give a reason (optional):"
            )
            if scope is Scope.ONE
            else QCoreApplication.translate(
                "BookingDialog",
                "Cancel “{title}” from {date} on? You may give a reason (optional):",
            )
        )
        answer = ask_reason(parent, question.format(title=title, date=day))
        if answer is None:
            return False
        reason = answer.strip()[:200]
    with database.unit_of_work() as session:
        bookings.cancel_booking(
            session,
            actor,
            what.key,
            scope=scope,
            reason=reason,
            series_version=what.series_version,
            booking_version=what.booking_version,
        )
    return True


def cancel_occurrence(
    parent: QWidget | None,
    database: Database,
    actor: Actor,
    occurrence: Occurrence,
    *,
    ask: Ask | None = None,
    ask_scope: AskScope | None = None,
    ask_reason: AskReason | None = None,
) -> bool:
    """Cancel ``occurrence`` after asking: a one-off booking goes to the bin after a
    confirmation; for a date of a series the user picks the dates (this one, this and
    the following, all) and may give a reason. The questions default to this module's
    :func:`ask_yes_no`, :func:`ask_scope` and :func:`ask_reason`, looked up at call
    time. True when something changed; an error the service raises (someone else
    cancelled it first, no permission) propagates as :class:`QuartierstreffError`."""
    questions = _questions(ask, ask_scope, ask_reason)
    scope = Scope.ONE
    if occurrence.key.is_series:
        chosen = questions.scope(parent, "cancel")
        if chosen is None:
            return False
        scope = chosen
    what = _Cancelling(occurrence.key, occurrence.title, occurrence.day)
    return _cancel(
        parent, database, actor, what, scope, ask=questions.yes_no, ask_reason=questions.reason
    )


@dataclass(frozen=True, slots=True)
class _Questions:
    yes_no: Ask
    scope: AskScope
    reason: AskReason


def _questions(ask: Ask | None, scope: AskScope | None, reason: AskReason | None) -> _Questions:
    """The questions given, else the module's (so a test can replace them module-wide)."""
    module = globals()
    return _Questions(
        ask or module["ask_yes_no"],
        scope or module["ask_scope"],
        reason or module["ask_reason"],
    )


# --- small widgets -------------------------------------------------------------------


class QuarterTimeEdit(QTimeEdit):
    """A time "HH:mm" whose minutes step by a quarter of an hour (typing any minute
    still works)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")

    def stepBy(self, steps: int) -> None:
        if self.currentSection() is not QDateTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        time = self.time()
        minutes = time.hour() * 60 + time.minute()
        if steps > 0:
            minutes = (minutes // QUARTER + steps) * QUARTER
        else:
            minutes = (-(-minutes // QUARTER) + steps) * QUARTER
        minutes = max(0, min(minutes, 23 * 60 + 45))
        self.setTime(QTime(minutes // 60, minutes % 60))


class PersonField(QWidget):
    """One person from the register: their name with a Remove button, or a search field
    (the register's matches appear below it while typing)."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.person_id: int | None = None
        self.name_label = QLabel(self)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=accessible_name))
        self.remove_button.clicked.connect(self.clear_person)
        self.picker = PersonPicker(database, actor, today, self)
        self.picker.search_edit.setAccessibleName(accessible_name)
        self.picker.list.setMaximumHeight(96)
        self.picker.chosen.connect(self._chosen)
        self.picker.search_edit.textChanged.connect(self._typing)
        chosen_row = QHBoxLayout()
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.addWidget(self.name_label, 1)
        chosen_row.addWidget(self.remove_button)
        self._chosen_widget = QWidget(self)
        self._chosen_widget.setLayout(chosen_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._chosen_widget)
        layout.addWidget(self.picker)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_person(None, "")

    def focus_widget(self) -> QWidget:
        return self.remove_button if self.person_id is not None else self.picker.search_edit

    def set_person(self, person_id: int | None, name: str) -> None:
        if self.person_id is not None:
            self.picker.exclude.discard(self.person_id)
        self.person_id = person_id
        self.name_label.setText(name)
        self._chosen_widget.setVisible(person_id is not None)
        self.picker.setVisible(person_id is None)
        self._typing(self.picker.search_edit.text())

    def clear_person(self) -> None:
        self.set_person(None, "")
        self.changed.emit()
        self.picker.search_edit.setFocus()

    def _chosen(self, person_id: int, name: str, _phone: str) -> None:
        self.set_person(person_id, name)
        self.picker.search_edit.clear()
        self.changed.emit()
        self.remove_button.setFocus()

    def _typing(self, text: str) -> None:
        searching = bool(text.strip()) and self.person_id is None
        self.picker.list.setVisible(searching)
        self.picker.hint.setVisible(searching)


class _WarningBanner(MessageBanner):
    """A banner for warnings that do not refuse anything (capacity, opening hours)."""

    def show_warning(self, text: str) -> None:
        self.tone = None
        self.setStyleSheet(_WARNING_STYLE)
        self.setText(text)
        self.show()


# --- the dialog ----------------------------------------------------------------------


class BookingDialog(QDialog):
    """Create a booking (``key=None``; ``day``/``start``/``room_id`` pre-fill the form) or
    change the booking or series date ``key`` (for a series date it first asks which
    dates; raises :class:`QuartierstreffError` such as ``NotFound`` when ``key`` is
    gone). Non-modal: use :meth:`open`. Emits :attr:`saved` with the key of the stored
    date after every change it stored (a save, a cancellation, a date taken back)."""

    saved = Signal(object)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        *,
        key: OccurrenceKey | None = None,
        day: dt.date | None = None,
        start: dt.time | None = None,
        room_id: int | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        ask: Ask | None = None,
        ask_scope: AskScope | None = None,
        ask_reason: AskReason | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._key = key
        self._today = today or clock.today()
        questions = _questions(ask, ask_scope, ask_reason)
        self.ask = questions.yes_no
        self.ask_reason = questions.reason
        self.scope = Scope.ONE
        self.detail: BookingDetail | None = None
        self.check: BookingCheck | None = None
        self.abandoned = False
        """True when the user declined the scope question: the dialog does not show."""
        self._loading = True
        self._dirty = False
        self._tried_save = False
        self._until_touched = False

        initial: BookingDraft | None = None
        if key is not None:
            # NotFound (cancelled or deleted meanwhile) goes to the caller: no dialog.
            with database.unit_of_work() as session:
                self.detail = bookings.get_booking(session, actor, key)
            # A rule from an imported calendar can only be changed date by date.
            if self.detail is not None and key.is_series and self.detail.rule_editable:
                chosen = questions.scope(parent, "edit")
                if chosen is None:
                    self.abandoned = True
                else:
                    self.scope = chosen
            if self.detail is not None:
                initial = self._draft_for_scope(self.detail)

        self.setWindowTitle(self._window_title())
        self._build(day or self._today, start, room_id)
        if initial is not None:
            self.set_draft(initial)
        self._show_exceptions()
        self._loading = False
        self._dirty = False
        self.title_edit.setFocus()
        self.check_now()

    # -- building the form --------------------------------------------------------------

    def _build(self, day: dt.date, start: dt.time | None, room_id: int | None) -> None:
        self.resize(1080, 720)
        with self._database.unit_of_work() as session:
            all_rooms = rooms.list_rooms(session, self._actor, include_inactive=True)
            group_rows = groups.list_groups(session, self._actor)
        self._rooms = {room.id: room for room in all_rooms}

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Chorprobe, Geburtstagsfeier"))
        self.title_edit.setMaxLength(bookings.TITLE_LENGTH)

        self.rooms_list = QListWidget(self)
        self.rooms_list.setAccessibleName(self.tr("Rooms"))
        self.rooms_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for room in all_rooms:
            text = f"{room.name} ({room.symbol})"
            if room.capacity:
                text += " · " + self.tr("{count} places").format(count=room.capacity)
            item = QListWidgetItem(text, self.rooms_list)
            item.setData(_ID, room.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if room.id == room_id else Qt.CheckState.Unchecked
            )
            item.setHidden(not room.is_active)
        rows = max(3, min(6, sum(room.is_active for room in all_rooms)))
        self.rooms_list.setFixedHeight(rows * self.rooms_list.sizeHintForRow(0) + 6)
        self.rooms_hint = hint_label(self._linked_rooms_text(all_rooms), self)
        self.rooms_hint.setVisible(bool(self.rooms_hint.text()))

        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat(date_pattern())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(to_qdate(day))
        self.weekday_label = QLabel(self)
        self.start_edit = QuarterTimeEdit(self)
        self.end_edit = QuarterTimeEdit(self)
        begin = start or dt.time(18, 0)
        self.start_edit.setTime(QTime(begin.hour, begin.minute))
        finish = (dt.datetime.combine(day, begin) + dt.timedelta(hours=2)).time()
        if finish < begin:
            finish = dt.time(23, 45)
        self.end_edit.setTime(QTime(finish.hour, finish.minute))
        self._start_before = self.start_edit.time()

        self.group_combo = QComboBox(self)
        self.group_combo.addItem(self.tr("— no group —"), None)
        for group in group_rows:
            if group.active_until is None or group.active_until >= self._today:
                self.group_combo.addItem(group.name, group.id)
        self._group_names = {group.id: group.name for group in group_rows}
        self.contact_field = PersonField(
            self._database, self._actor, self._today, self.tr("Contact person"), self
        )
        self.responsible_field = PersonField(
            self._database, self._actor, self._today, self.tr("Responsible"), self
        )
        self.public_check = QCheckBox(self.tr("&Public: may appear in the programme"), self)
        self.public_check.setChecked(True)
        self.people_spin = QSpinBox(self)
        self.people_spin.setRange(0, bookings.MAX_PEOPLE)
        self.people_spin.setSpecialValueText(self.tr("not known"))
        self.people_spin.setAccessibleName(self.tr("Expected people"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("e.g. set up tables, key from Ms Roth"))
        self.notes_edit.setFixedHeight(64)

        self.hire_box = QGroupBox(self.tr("Private &hire"), self)
        self.hire_box.setCheckable(True)
        self.hire_box.setChecked(False)
        self.fee_edit = QLineEdit(self.hire_box)
        self.fee_edit.setPlaceholderText(self.tr("e.g. 80,00 €"))
        self.deposit_edit = QLineEdit(self.hire_box)
        self.deposit_edit.setPlaceholderText(self.tr("e.g. 100,00 €"))
        self.key_out_check = QCheckBox(self.tr("Key handed out on"), self.hire_box)
        self.key_out_edit = self._date_edit(self.hire_box, day)
        self.key_back_check = QCheckBox(self.tr("returned on"), self.hire_box)
        self.key_back_edit = self._date_edit(self.hire_box, day)
        self.key_out_edit.setEnabled(False)
        self.key_back_edit.setEnabled(False)
        self.key_out_check.toggled.connect(self.key_out_edit.setEnabled)
        self.key_back_check.toggled.connect(self.key_back_edit.setEnabled)
        hire_form = QFormLayout(self.hire_box)
        money_row = QHBoxLayout()
        money_row.addWidget(self.fee_edit)
        money_row.addWidget(self._label(self.tr("De&posit:"), self.deposit_edit))
        money_row.addWidget(self.deposit_edit)
        hire_form.addRow(self._label(self.tr("&Fee:"), self.fee_edit), money_row)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_out_check)
        key_row.addWidget(self.key_out_edit)
        key_row.addSpacing(12)
        key_row.addWidget(self.key_back_check)
        key_row.addWidget(self.key_back_edit)
        key_row.addStretch(1)
        hire_form.addRow(key_row)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setSpacing(10)
        form.addRow(self._label(self.tr("&Title:"), self.title_edit), self.title_edit)
        rooms_column = QVBoxLayout()
        rooms_column.setSpacing(2)
        rooms_column.addWidget(self.rooms_list)
        rooms_column.addWidget(self.rooms_hint)
        form.addRow(self._label(self.tr("R&ooms:"), self.rooms_list), rooms_column)
        when_row = QHBoxLayout()
        when_row.addWidget(self.date_edit)
        when_row.addWidget(self.weekday_label)
        when_row.addSpacing(12)
        when_row.addWidget(self._label(self.tr("&From:"), self.start_edit))
        when_row.addWidget(self.start_edit)
        when_row.addWidget(self._label(self.tr("t&o:"), self.end_edit))
        when_row.addWidget(self.end_edit)
        when_row.addStretch(1)
        form.addRow(self._label(self.tr("&Date:"), self.date_edit), when_row)
        form.addRow(self._label(self.tr("&Group:"), self.group_combo), self.group_combo)
        form.addRow(
            self._label(self.tr("or &contact person:"), self.contact_field.picker.search_edit),
            self.contact_field,
        )
        form.addRow(
            self._label(self.tr("Res&ponsible:"), self.responsible_field.picker.search_edit),
            self.responsible_field,
        )
        people_row = QHBoxLayout()
        people_row.addWidget(self.people_spin)
        people_row.addSpacing(12)
        people_row.addWidget(self.public_check)
        people_row.addStretch(1)
        form.addRow(self._label(self.tr("E&xpected people:"), self.people_spin), people_row)
        form.addRow(self._label(self.tr("&Notes:"), self.notes_edit), self.notes_edit)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.hire_box)
        left.addStretch(1)

        right = QVBoxLayout()
        right.addWidget(self._build_recurrence(day))
        self.preview_label = QLabel(self.tr("Dates:"), self)
        self.preview_list = QListWidget(self)
        self.preview_list.setAccessibleName(self.tr("Dates of the booking"))
        self.preview_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_label.setBuddy(self.preview_list)
        right.addWidget(self.preview_label)
        right.addWidget(self.preview_list, 100)
        right.addWidget(self._build_exceptions())
        right.addStretch(1)  # a one-off booking has no list of dates

        self.warning_banner = _WarningBanner(self)
        self.error_banner = MessageBanner(self)
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setToolTip(
            self.tr("Show the booking as it is stored now; your input is discarded")
        )
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        message_row = QHBoxLayout()
        message_row.addWidget(self.error_banner, 1)
        message_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.cancel_date_button = QPushButton(self._cancel_button_text(), self)
        self.cancel_date_button.clicked.connect(self.cancel_date)
        self.buttons.addButton(self.cancel_date_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.cancel_date_button.setVisible(self._key is not None and self.detail is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 11)
        columns.addLayout(right, 10)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.warning_banner)
        layout.addLayout(message_row)
        layout.addWidget(self.buttons)
        self.warning_banner.hide()

        self._inputs: dict[str, QWidget] = {
            "title": self.title_edit,
            "rooms": self.rooms_list,
            "start_time": self.start_edit,
            "end_time": self.end_edit,
            "day": self.date_edit,
            "group": self.group_combo,
            "expected_people": self.people_spin,
            "notes": self.notes_edit,
            "fee": self.fee_edit,
            "deposit": self.deposit_edit,
            "key_handed_out_on": self.key_out_edit,
            "key_returned_on": self.key_back_edit,
            "recurrence": self.recurrence_box,
            "until": self.until_edit,
            "count": self.count_spin,
            "interval": self.interval_spin,
            "weekdays": self.weekdays_row,
            "positions": self.positions_row,
        }
        self._set_tab_order()
        self._connect_changes()
        self._show_weekday()
        self._frequency_changed()

    def _build_recurrence(self, day: dt.date) -> QGroupBox:
        box = QGroupBox(self.tr("Repetition"), self)
        self.recurrence_box = box
        self.repeat_none = QRadioButton(self.tr("&None"), box)
        self.repeat_weekly = QRadioButton(self.tr("&Weekly"), box)
        self.repeat_monthly = QRadioButton(self.tr("&Monthly"), box)
        self.repeat_none.setChecked(True)
        self._repeat_group = QButtonGroup(box)
        for button in (self.repeat_none, self.repeat_weekly, self.repeat_monthly):
            self._repeat_group.addButton(button)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.repeat_none)
        kind_row.addWidget(self.repeat_weekly)
        kind_row.addWidget(self.repeat_monthly)
        kind_row.addStretch(1)

        self.interval_spin = QSpinBox(box)
        self.interval_spin.setRange(1, MAX_INTERVAL)
        self.interval_unit = QLabel(box)
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval_spin)
        interval_row.addWidget(self.interval_unit)
        interval_row.addStretch(1)
        self.interval_label = self._label(self.tr("&Every:"), self.interval_spin)

        self.positions_row = QWidget(box)
        positions_layout = QHBoxLayout(self.positions_row)
        positions_layout.setContentsMargins(0, 0, 0, 0)
        self.position_checks: dict[int, QCheckBox] = {}
        for position in POSITIONS:
            check = QCheckBox(self._position_text(position), self.positions_row)
            self.position_checks[position] = check
            positions_layout.addWidget(check)
        positions_layout.addStretch(1)
        self.positions_label = QLabel(self.tr("On the:"), box)
        self.positions_label.setBuddy(self.position_checks[1])

        self.weekdays_row = QWidget(box)
        weekdays_layout = QHBoxLayout(self.weekdays_row)
        weekdays_layout.setContentsMargins(0, 0, 0, 0)
        weekdays_layout.setSpacing(4)
        locale = QLocale()
        self.weekday_checks: list[QCheckBox] = []
        for weekday in range(7):
            name = locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat).rstrip(".")
            check = QCheckBox(name, self.weekdays_row)
            check.setAccessibleName(locale.dayName(weekday + 1))
            self.weekday_checks.append(check)
            weekdays_layout.addWidget(check)
        weekdays_layout.addStretch(1)
        self.weekdays_label = QLabel(self.tr("Weekdays:"), box)
        self.weekdays_label.setBuddy(self.weekday_checks[0])

        self.end_on_date = QRadioButton(self.tr("&until"), box)
        self.end_after_count = QRadioButton(self.tr("after"), box)
        self.end_on_date.setChecked(True)
        self._end_group = QButtonGroup(box)
        self._end_group.addButton(self.end_on_date)
        self._end_group.addButton(self.end_after_count)
        self.until_edit = self._date_edit(box, _one_year_after(day))
        self.until_edit.setAccessibleName(self.tr("Last date of the series"))
        self.count_spin = QSpinBox(box)
        self.count_spin.setRange(1, MAX_COUNT)
        self.count_spin.setValue(10)
        self.count_spin.setSuffix(self.tr(" dates"))
        self.count_spin.setAccessibleName(self.tr("Number of dates"))
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_on_date)
        end_row.addWidget(self.until_edit)
        end_row.addSpacing(12)
        end_row.addWidget(self.end_after_count)
        end_row.addWidget(self.count_spin)
        end_row.addStretch(1)
        self.end_label = QLabel(self.tr("Ends:"), box)

        self.skip_holidays_check = QCheckBox(
            self.tr("Leave out public &holidays (Baden-Württemberg)"), box
        )
        self.skip_holidays_check.setChecked(True)
        self.skip_school_check = QCheckBox(self.tr("Leave out &school holidays"), box)
        self.summary_label = QLabel(box)
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-weight: bold;")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule_label = QLabel(box)
        self.rule_label.setWordWrap(True)
        self.rule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule_label.hide()

        self._rule_form = QWidget(box)
        rule_form = QFormLayout(self._rule_form)
        rule_form.setContentsMargins(0, 0, 0, 0)
        rule_form.addRow(self.interval_label, interval_row)
        rule_form.addRow(self.positions_label, self.positions_row)
        rule_form.addRow(self.weekdays_label, self.weekdays_row)
        rule_form.addRow(self.end_label, end_row)
        rule_form.addRow(self.skip_holidays_check)
        rule_form.addRow(self.skip_school_check)
        self._rule_form_layout = rule_form

        column = QVBoxLayout(box)
        column.addLayout(kind_row)
        column.addWidget(self.rule_label)
        column.addWidget(self._rule_form)
        column.addWidget(self.summary_label)
        return box

    def _build_exceptions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cancelled and changed dates"), self)
        self.exceptions_box = box
        self.exceptions_list = QListWidget(box)
        self.exceptions_list.setAccessibleName(self.tr("Cancelled and changed dates"))
        self.exceptions_list.setMaximumHeight(100)
        self.reinstate_button = QPushButton(self.tr("Take place &again"), box)
        self.reinstate_button.setToolTip(
            self.tr("The chosen date takes place again as the series says")
        )
        self.reinstate_button.setEnabled(False)
        self.reinstate_button.clicked.connect(self.reinstate_selected)
        self.exceptions_list.currentItemChanged.connect(
            lambda current, _previous: self.reinstate_button.setEnabled(current is not None)
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reinstate_button)
        column = QVBoxLayout(box)
        column.addWidget(self.exceptions_list)
        column.addLayout(row)
        box.hide()
        return box

    def _set_tab_order(self) -> None:
        chain: Sequence[QWidget] = (
            self.title_edit,
            self.rooms_list,
            self.date_edit,
            self.start_edit,
            self.end_edit,
            self.group_combo,
            self.contact_field.picker.search_edit,
            self.contact_field.picker.add_button,
            self.contact_field.picker.list,
            self.contact_field.remove_button,
            self.responsible_field.picker.search_edit,
            self.responsible_field.picker.add_button,
            self.responsible_field.picker.list,
            self.responsible_field.remove_button,
            self.people_spin,
            self.public_check,
            self.notes_edit,
            self.hire_box,
            self.fee_edit,
            self.deposit_edit,
            self.key_out_check,
            self.key_out_edit,
            self.key_back_check,
            self.key_back_edit,
            self.repeat_none,
            self.repeat_weekly,
            self.repeat_monthly,
            self.interval_spin,
            *self.position_checks.values(),
            *self.weekday_checks,
            self.end_on_date,
            self.until_edit,
            self.end_after_count,
            self.count_spin,
            self.skip_holidays_check,
            self.skip_school_check,
            self.preview_list,
            self.exceptions_list,
            self.reinstate_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_changes(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        for edit in (self.title_edit, self.fee_edit, self.deposit_edit):
            edit.textChanged.connect(self._changed)
        self.notes_edit.textChanged.connect(self._changed)
        self.rooms_list.itemChanged.connect(self._changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.start_edit.timeChanged.connect(self._start_changed)
        self.end_edit.timeChanged.connect(self._changed)
        self.group_combo.currentIndexChanged.connect(self._changed)
        self.contact_field.changed.connect(self._changed)
        self.responsible_field.changed.connect(self._changed)
        self.public_check.toggled.connect(self._changed)
        self.people_spin.valueChanged.connect(self._changed)
        self.hire_box.toggled.connect(self._changed)
        for check in (self.key_out_check, self.key_back_check):
            check.toggled.connect(self._changed)
        for date_edit in (self.key_out_edit, self.key_back_edit):
            date_edit.dateChanged.connect(self._changed)
        for button in (self.repeat_none, self.repeat_weekly, self.repeat_monthly):
            button.toggled.connect(self._frequency_changed)
        self.interval_spin.valueChanged.connect(self._changed)
        for check in (*self.position_checks.values(), *self.weekday_checks):
            check.toggled.connect(self._changed)
        self.end_on_date.toggled.connect(self._end_mode_changed)
        self.until_edit.dateChanged.connect(self._until_changed)
        self.count_spin.valueChanged.connect(self._changed)
        self.skip_holidays_check.toggled.connect(self._changed)
        self.skip_school_check.toggled.connect(self._changed)
        self._end_mode_changed()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _date_edit(self, parent: QWidget, day: dt.date) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setDisplayFormat(date_pattern())
        edit.setCalendarPopup(True)
        edit.setDate(to_qdate(day))
        return edit

    def _linked_rooms_text(self, all_rooms: Sequence[rooms.RoomView]) -> str:
        names = {room.id: room.name for room in all_rooms}
        lines = [
            f"{room.name} = " + " + ".join(names[part] for part in room.part_ids if part in names)
            for room in all_rooms
            if room.part_ids and room.is_active
        ]
        if not lines:
            return ""
        return self.tr("Linked rooms block each other: {rooms}").format(rooms="; ".join(lines))

    def _window_title(self) -> str:
        if self._key is None:
            return self.tr("New booking")
        if not self._key.is_series:
            return self.tr("Change booking")
        return {
            Scope.ONE: self.tr("Change one date of the series"),
            Scope.FOLLOWING: self.tr("Change this and all following dates"),
            Scope.SERIES: self.tr("Change the whole series"),
        }[self.scope]

    def _cancel_button_text(self) -> str:
        if self._key is None or not self._key.is_series:
            return self.tr("Cancel &booking…")
        return {
            Scope.ONE: self.tr("Cancel this &date…"),
            Scope.FOLLOWING: self.tr("Cancel these &dates…"),
            Scope.SERIES: self.tr("Cancel the &series…"),
        }[self.scope]

    def _position_text(self, position: int) -> str:
        return {
            1: self.tr("1st"),
            2: self.tr("2nd"),
            3: self.tr("3rd"),
            4: self.tr("4th"),
            -1: self.tr("last"),
        }[position]

    # -- reacting to input --------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        for widget in self._inputs.values():
            widget.setStyleSheet("")
        self._timer.start()

    def _date_changed(self) -> None:
        if not self._loading and not self._until_touched:
            self.until_edit.blockSignals(True)
            self.until_edit.setDate(to_qdate(_one_year_after(self.day())))
            self.until_edit.blockSignals(False)
        self._show_weekday()
        self._changed()

    def _start_changed(self) -> None:
        """Ende moves with Beginn, keeping the length."""
        before = self._start_before
        now = self.start_edit.time()
        self._start_before = now
        if not self._loading:
            shift = before.secsTo(now)
            end = self.end_edit.time()
            moved = end.addSecs(shift)
            if shift and before < end and moved > now:
                self.end_edit.setTime(moved)
        self._changed()

    def _until_changed(self) -> None:
        if not self._loading:
            self._until_touched = True
        self._changed()

    def _end_mode_changed(self) -> None:
        self.until_edit.setEnabled(self.end_on_date.isChecked())
        self.count_spin.setEnabled(self.end_after_count.isChecked())
        self._changed()

    def _frequency_changed(self) -> None:
        frequency = self.frequency()
        repeating = frequency is not None
        locked = self.detail is not None and not self.detail.rule_editable
        self._rule_form.setVisible(repeating and not locked)
        monthly = frequency is Frequency.MONTHLY
        self.positions_row.setVisible(monthly)
        self.positions_label.setVisible(monthly)
        self.interval_unit.setText(self.tr("month(s)") if monthly else self.tr("week(s)"))
        if repeating and not any(check.isChecked() for check in self.weekday_checks):
            self.weekday_checks[self.day().weekday()].setChecked(True)
        if monthly and not any(check.isChecked() for check in self.position_checks.values()):
            self.position_checks[_position_of(self.day())].setChecked(True)
        self.hire_box.setVisible(not repeating and not self._series_date())
        self.summary_label.setVisible(repeating)
        self.preview_label.setVisible(repeating)
        self.preview_list.setVisible(repeating)
        self._changed()

    def _show_weekday(self) -> None:
        self.weekday_label.setText(QLocale().dayName(self.day().isoweekday()))

    # -- between the form and a draft ---------------------------------------------------

    def day(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    def frequency(self) -> Frequency | None:
        if self.repeat_weekly.isChecked():
            return Frequency.WEEKLY
        if self.repeat_monthly.isChecked():
            return Frequency.MONTHLY
        return None

    def room_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.rooms_list.item(row).data(_ID))
            for row in range(self.rooms_list.count())
            if self.rooms_list.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_rooms(self, room_ids: Sequence[int]) -> None:
        wanted = set(room_ids)
        for row in range(self.rooms_list.count()):
            item = self.rooms_list.item(row)
            room_id = int(item.data(_ID))
            item.setCheckState(
                Qt.CheckState.Checked if room_id in wanted else Qt.CheckState.Unchecked
            )
            if room_id in wanted:
                item.setHidden(False)

    def recurrence(self) -> Recurrence | None:
        frequency = self.frequency()
        if frequency is None:
            return None
        if self.detail is not None and not self.detail.rule_editable:
            return self.detail.draft.recurrence
        positions: tuple[int, ...] = ()
        if frequency is Frequency.MONTHLY:
            positions = tuple(p for p, check in self.position_checks.items() if check.isChecked())
        by_date = self.end_on_date.isChecked()
        return Recurrence(
            frequency=frequency,
            interval=self.interval_spin.value(),
            weekdays=tuple(
                day for day, check in enumerate(self.weekday_checks) if check.isChecked()
            ),
            positions=positions,
            until=from_qdate(self.until_edit.date()) if by_date else None,
            count=None if by_date else self.count_spin.value(),
        )

    def draft(self) -> BookingDraft:
        """The booking as entered. Raises :class:`FieldInvalid` for an amount that is no
        amount; everything else is checked by ``bookings.booking_problems``."""
        recurrence = self.recurrence()
        hire = self.hire_box.isChecked() and recurrence is None and not self._series_date()
        start, end = self.start_edit.time(), self.end_edit.time()
        people = self.people_spin.value()
        return BookingDraft(
            title=self.title_edit.text(),
            room_ids=self.room_ids(),
            day=self.day(),
            start_time=dt.time(start.hour(), start.minute()),
            end_time=dt.time(end.hour(), end.minute()),
            group_id=self.group_combo.currentData(),
            contact_person_id=self.contact_field.person_id,
            responsible_person_id=self.responsible_field.person_id,
            is_public=self.public_check.isChecked(),
            expected_people=people or None,
            notes=self.notes_edit.toPlainText(),
            fee=parse_amount(self.fee_edit.text(), "fee") if hire else None,
            deposit=parse_amount(self.deposit_edit.text(), "deposit") if hire else None,
            key_handed_out_on=(
                from_qdate(self.key_out_edit.date())
                if hire and self.key_out_check.isChecked()
                else None
            ),
            key_returned_on=(
                from_qdate(self.key_back_edit.date())
                if hire and self.key_back_check.isChecked()
                else None
            ),
            recurrence=recurrence,
            skip_public_holidays=self.skip_holidays_check.isChecked(),
            skip_school_holidays=self.skip_school_check.isChecked(),
        )

    def set_draft(self, draft: BookingDraft) -> None:
        loading, self._loading = self._loading, True
        try:
            self.title_edit.setText(draft.title)
            self.set_rooms(draft.room_ids)
            self.date_edit.setDate(to_qdate(draft.day))
            self.start_edit.setTime(QTime(draft.start_time.hour, draft.start_time.minute))
            self._start_before = self.start_edit.time()
            self.end_edit.setTime(QTime(draft.end_time.hour, draft.end_time.minute))
            self._set_group(draft.group_id)
            names = self._person_names(draft.contact_person_id, draft.responsible_person_id)
            self.contact_field.set_person(
                draft.contact_person_id, names.get(draft.contact_person_id or 0, "")
            )
            self.responsible_field.set_person(
                draft.responsible_person_id, names.get(draft.responsible_person_id or 0, "")
            )
            self.public_check.setChecked(draft.is_public)
            self.people_spin.setValue(draft.expected_people or 0)
            self.notes_edit.setPlainText(draft.notes)
            hire = any(
                value is not None
                for value in (
                    draft.fee,
                    draft.deposit,
                    draft.key_handed_out_on,
                    draft.key_returned_on,
                )
            )
            self.hire_box.setChecked(hire)
            self.fee_edit.setText(show_amount(draft.fee))
            self.deposit_edit.setText(show_amount(draft.deposit))
            for check, edit, value in (
                (self.key_out_check, self.key_out_edit, draft.key_handed_out_on),
                (self.key_back_check, self.key_back_edit, draft.key_returned_on),
            ):
                check.setChecked(value is not None)
                edit.setEnabled(value is not None)
                edit.setDate(to_qdate(value or draft.day))
            self.skip_holidays_check.setChecked(draft.skip_public_holidays)
            self.skip_school_check.setChecked(draft.skip_school_holidays)
            self._set_recurrence(draft.recurrence, draft.day)
        finally:
            self._loading = loading

    def _set_recurrence(self, recurrence: Recurrence | None, day: dt.date) -> None:
        locked = self.detail is not None and not self.detail.rule_editable
        if recurrence is None:
            self.repeat_none.setChecked(True)
        else:
            rule = resolved(recurrence, day)
            monthly = rule.frequency is Frequency.MONTHLY
            (self.repeat_monthly if monthly else self.repeat_weekly).setChecked(True)
            self.interval_spin.setValue(rule.interval)
            for position, check in self.position_checks.items():
                check.setChecked(position in rule.positions)
            for weekday, check in enumerate(self.weekday_checks):
                check.setChecked(weekday in rule.weekdays)
            if rule.count is not None:
                self.end_after_count.setChecked(True)
                self.count_spin.setValue(rule.count)
            else:
                self.end_on_date.setChecked(True)
                self.until_edit.setDate(to_qdate(rule.until or _one_year_after(day)))
            self._until_touched = True
        only_one_date = self._key is not None and self._key.is_series and self.scope is Scope.ONE
        self.recurrence_box.setVisible(not only_one_date or locked)
        self.repeat_none.setVisible(not (locked or self._series_date()))
        self.repeat_weekly.setVisible(not locked)
        self.repeat_monthly.setVisible(not locked)
        if locked and self.detail is not None:
            self.rule_label.setText(
                self.tr(
                    "This series comes from an imported calendar with a rule Quartierstreff "
                    "cannot change here: {rule}. Its dates can be changed one by one."
                ).format(rule=self.detail.rule_text)
            )
            self.rule_label.show()
        self._frequency_changed()

    def _set_group(self, group_id: int | None) -> None:
        index = self.group_combo.findData(group_id)
        if index < 0 and group_id is not None:  # a group no longer active
            self.group_combo.addItem(self._group_names.get(group_id, str(group_id)), group_id)
            index = self.group_combo.count() - 1
        self.group_combo.setCurrentIndex(max(index, 0))

    def _person_names(self, *person_ids: int | None) -> dict[int, str]:
        wanted = [person_id for person_id in person_ids if person_id is not None]
        if not wanted:
            return {}
        try:
            with self._database.unit_of_work() as session:
                found = people_rows(session, self._actor, wanted, today=self._today)
        except QuartierstreffError:
            return {person_id: f"#{person_id}" for person_id in wanted}
        names = {row.id: f"{row.first_name} {row.last_name}".strip() for row in found}
        return {person_id: names.get(person_id, f"#{person_id}") for person_id in wanted}

    def _draft_for_scope(self, detail: BookingDetail) -> BookingDraft:
        """The values to show: the date's own, the series', or the date's with the rule."""
        if not detail.key.is_series:
            return detail.draft
        if not detail.rule_editable or self.scope is Scope.ONE:
            return replace(detail.draft, recurrence=None)
        if self.scope is Scope.SERIES and detail.series_draft is not None:
            return detail.series_draft
        # This and the following: the new part starts here and ends where the series did.
        rule = detail.draft.recurrence
        if rule is not None and rule.count is not None and detail.series_first_date:
            last = last_rule_date(detail.rule_text, detail.series_first_date, rule.count)
            rule = replace(rule, count=None, until=last)
        return replace(detail.draft, recurrence=rule)

    # -- the live check -----------------------------------------------------------------

    def check_now(self) -> None:
        """Check the input against the rules and the other bookings and show the result
        (the dates, the conflicts, the warnings); runs as typing pauses."""
        self._timer.stop()
        self.check = None
        for widget in self._inputs.values():
            widget.setStyleSheet("")
        try:
            draft = self.draft()
        except FieldInvalid as error:
            self._show_problems([error])
            return
        untouched = {("title", "required"), ("rooms", "required")}
        shown = [
            problem
            for problem in bookings.booking_problems(draft)
            if self._tried_save or (problem.field, problem.reason) not in untouched
        ]
        if shown:
            self._show_problems(shown)
            return
        if not self.reload_button.isVisible():
            self.error_banner.clear_message()
        if not draft.room_ids:
            self._show_preview(None)
            return
        probe = replace(draft, title=draft.title.strip() or "…")
        try:
            with self._database.unit_of_work() as session:
                self.check = bookings.check_booking(
                    session,
                    self._actor,
                    probe,
                    editing=self._key,
                    scope=self._check_scope(),
                    not_before=self._today,
                )
        except FieldInvalid as error:
            self._show_problems([error])
            return
        except QuartierstreffError as error:
            self.error_banner.show_error(message_for(error))
            return
        self._show_preview(self.check)

    def _series_date(self) -> bool:
        return self._key is not None and self._key.is_series

    def _check_scope(self) -> Scope:
        return self.scope if self._key is not None and self._key.is_series else Scope.ONE

    def _show_problems(self, problems: Sequence[FieldInvalid]) -> None:
        for problem in problems:
            mark_invalid(self._inputs.get(problem.field), focus=False)
        sentences = list(dict.fromkeys(message_for(problem) for problem in problems))
        self.error_banner.show_error("\n".join(sentences))
        self.warning_banner.hide()
        self._show_preview(None)

    def _exception_dates(self) -> dict[dt.date, str]:
        """The series' cancelled and changed dates the draft covers, with what happened."""
        if self.detail is None or self._check_scope() is Scope.ONE:
            return {}
        start = self._key.occurrence_date if self.scope is Scope.FOLLOWING and self._key else None
        shown: dict[dt.date, str] = {}
        for exception in self.detail.exceptions:
            if start is not None and exception.occurrence_date < start:
                continue
            shown[exception.occurrence_date] = self._exception_text(exception)
        return shown

    def _exception_text(self, exception: bookings.ExceptionView) -> str:
        if exception.moved_to is not None:
            return self.tr("changed: {date} {time}").format(
                date=format_date(exception.moved_to.date()),
                time=f"{exception.moved_to:%H:%M}",
            )
        if exception.reason:
            return self.tr("cancelled: {reason}").format(reason=exception.reason)
        return self.tr("cancelled")

    def taken_dates(self) -> list[dt.date]:
        """The dates the last check found taken by another booking (a series' own
        cancelled dates do not count: they stay cancelled)."""
        if self.check is None:
            return []
        kept = self._exception_dates()
        return sorted(day for day in self.check.conflict_dates if day not in kept)

    def bookable_dates(self) -> list[dt.date]:
        if self.check is None:
            return []
        kept = self._exception_dates()
        return [day for day in self.check.bookable_dates if day not in kept]

    def _show_preview(self, check: BookingCheck | None) -> None:
        self.preview_list.clear()
        if check is None:
            self.summary_label.setText(self._rule_summary())
            self.warning_banner.hide()
            return
        kept = self._exception_dates()
        conflicts: dict[dt.date, list[str]] = {}
        for conflict in check.conflicts:
            text = self.tr("taken: {title} · {room}").format(
                title=conflict.other.title, room=conflict.room_name
            )
            if text not in conflicts.setdefault(conflict.day, []):
                conflicts[conflict.day].append(text)
        # The series' own cancelled and changed dates are not in the check (they are
        # neither booked nor checked); they are listed with what happened to them.
        entries: list[tuple[dt.date, str, QColor | None, str]] = [
            (day, note, _LEFT_OUT, "") for day, note in kept.items()
        ]
        for day in check.dates:
            if day in conflicts:
                found = conflicts[day]
                text = found[0]
                if len(found) > 1:
                    text += " " + self.tr("and {count} more").format(count=len(found) - 1)
                entries.append((day, text, _TAKEN, "\n".join(found)))
            else:
                entries.append((day, "", None, ""))
        for skipped in check.skipped:
            text = self.tr("left out: {reason}").format(reason=skipped.reason)
            entries.append((skipped.day, text, _LEFT_OUT, ""))
        entries.sort(key=lambda entry: entry[0])
        locale = QLocale()
        for day, note, colour, tip in entries:
            weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            text = f"{weekday} {format_date(day)}"
            if note:
                text += f" — {note}"
            item = QListWidgetItem(text, self.preview_list)
            if colour is not None:
                item.setForeground(QBrush(colour))
            if tip:
                item.setToolTip(tip)
            item.setData(_ID, day.isoformat())
        self.summary_label.setText(self._rule_summary(check))
        warnings = [self._warning_text(warning) for warning in check.warnings]
        taken = self.taken_dates()
        if taken and self.recurrence() is None:
            first = next(c for c in check.conflicts if c.day == taken[0])
            error = BookingConflict(
                title=first.other.title,
                room=first.room_name,
                day=first.day,
                starts_at=first.other.starts_at,
                ends_at=first.other.ends_at,
            )
            self.error_banner.show_error(message_for(error))
        if warnings:
            self.warning_banner.show_warning("\n".join(dict.fromkeys(warnings)))
        else:
            self.warning_banner.hide()

    def _warning_text(self, warning: BookingWarning) -> str:
        if warning.kind is WarningKind.CAPACITY:
            return self.tr(
                "“{room}” has room for {capacity} people; {expected} are expected."
            ).format(
                room=warning.room_name,
                capacity=warning.value,
                expected=self.people_spin.value(),
            )
        if warning.kind is WarningKind.OPENING_HOURS:
            opens, _dash, closes = warning.value.partition("-")
            return self.tr("“{room}” is only open from {opens} to {closes}.").format(
                room=warning.room_name, opens=opens, closes=closes
            )
        return self.tr("{date}: {name} — the centre may be closed.").format(
            date=format_date(warning.day), name=warning.value
        )

    def _rule_summary(self, check: BookingCheck | None = None) -> str:
        """ "Every 2nd and 4th Monday, 18:00–20:00, until 31.12.2027 · 41 dates, 3 left
        out on holidays" (in German in the window)."""
        recurrence = self.recurrence()
        if recurrence is None:
            return ""
        day = self.day()
        rule = resolved(recurrence, day)
        locale = QLocale()
        days = _join([locale.dayName(weekday + 1) for weekday in rule.weekdays])
        if rule.frequency is Frequency.MONTHLY:
            positions = _join([self._position_text(p) for p in rule.positions])
            what = (
                self.tr("Every {positions} {days}")
                if rule.interval == 1
                else self.tr("Every {interval} months on the {positions} {days}")
            )
            text = what.format(positions=positions, days=days, interval=rule.interval)
        else:
            what = (
                self.tr("Every {days}")
                if rule.interval == 1
                else self.tr("Every {interval} weeks on {days}")
            )
            text = what.format(days=days, interval=rule.interval)
        start, end = self.start_edit.time(), self.end_edit.time()
        text += ", " + self.tr("{start}–{end}").format(
            start=start.toString("HH:mm"), end=end.toString("HH:mm")
        )
        if rule.count is not None:
            text += ", " + self.tr("{count} times").format(count=rule.count)
        elif rule.until is not None:
            text += ", " + self.tr("until {date}").format(date=format_date(rule.until))
        if check is None:
            return text
        facts = [_count_text(len(self.bookable_dates()), "date")]
        if check.skipped:
            facts.append(_count_text(len(check.skipped), "skipped"))
        if self.taken_dates():
            facts.append(_count_text(len(self.taken_dates()), "taken"))
        if self._exception_dates():
            facts.append(_count_text(len(self._exception_dates()), "kept"))
        return f"{text} · {', '.join(facts)}"

    # -- the exceptions of a series -----------------------------------------------------

    def _show_exceptions(self) -> None:
        self.exceptions_list.clear()
        detail = self.detail
        if detail is None or not detail.key.is_series or self.scope is Scope.ONE:
            self.exceptions_box.hide()
            return
        for exception in sorted(detail.exceptions, key=lambda e: e.occurrence_date):
            locale = QLocale()
            day = exception.occurrence_date
            weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            text = f"{weekday} {format_date(day)} — {self._exception_text(exception)}"
            item = QListWidgetItem(text, self.exceptions_list)
            item.setData(_ID, day.isoformat())
        self.exceptions_box.setVisible(bool(detail.exceptions))

    def reinstate_selected(self) -> None:
        """The chosen cancelled or changed date takes place again as the series says."""
        item = self.exceptions_list.currentItem()
        if item is None or self._key is None or self._key.series_id is None:
            return
        day = dt.date.fromisoformat(str(item.data(_ID)))
        try:
            with self._database.unit_of_work() as session:
                key = bookings.reinstate_date(session, self._actor, self._key.series_id, day)
            with self._database.unit_of_work() as session:
                fresh = bookings.get_booking(session, self._actor, self._key_after_reinstate())
        except QuartierstreffError as error:
            self.error_banner.show_error(message_for(error))
            return
        self.detail = fresh
        self._show_exceptions()
        self.error_banner.show_success(
            self.tr("The date {date} takes place again.").format(date=format_date(day))
        )
        self.saved.emit(key)
        self.check_now()

    def _key_after_reinstate(self) -> OccurrenceKey:
        assert self._key is not None
        if self._key.booking_id is None:
            return self._key
        return OccurrenceKey(self._key.series_id, None, self._key.occurrence_date)

    # -- saving, cancelling, reloading --------------------------------------------------

    def accept(self) -> None:
        """Store the booking; stays open with the refused field marked and a sentence."""
        self._tried_save = True
        self._timer.stop()
        for widget in self._inputs.values():
            widget.setStyleSheet("")
        try:
            draft = self.draft()
        except FieldInvalid as error:
            self._refuse(error)
            return
        problems = bookings.booking_problems(draft)
        if problems:
            self._show_problems(problems)
            mark_invalid(self._inputs.get(problems[0].field))
            return
        self.check_now()
        if self.check is None:
            return
        skip = False
        taken = self.taken_dates()
        if draft.recurrence is not None and self.check.conflicts:
            if taken:
                question = self.tr(
                    "{taken} dates are taken. Book the other {free} and leave out the taken ones?"
                ).format(taken=len(taken), free=len(self.bookable_dates()))
                if not self.bookable_dates():
                    self.error_banner.show_error(
                        self.tr("Every date of the series is taken; nothing was booked.")
                    )
                    return
                if not self.ask(self, question):
                    return
            skip = True
        try:
            with self._database.unit_of_work() as session:
                key = self._store(session, draft, skip_conflicts=skip)
        except ConcurrentEdit as error:
            self.error_banner.show_error(message_for(error))
            self.reload_button.show()
            return
        except QuartierstreffError as error:
            self._refuse(error)
            return
        self._dirty = False
        self.saved.emit(key)
        super().accept()

    def _store(
        self, session: Session, draft: BookingDraft, *, skip_conflicts: bool
    ) -> OccurrenceKey:
        if self._key is None:
            return bookings.create_booking(
                session,
                self._actor,
                draft,
                skip_conflicts=skip_conflicts,
                not_before=self._today,
            )
        detail = self.detail
        assert detail is not None
        return bookings.update_booking(
            session,
            self._actor,
            self._key,
            draft,
            scope=self._check_scope(),
            series_version=detail.series_version,
            booking_version=detail.booking_version,
            skip_conflicts=skip_conflicts,
            not_before=self._today,
        )

    def _refuse(self, error: QuartierstreffError) -> None:
        if isinstance(error, FieldInvalid):
            mark_invalid(self._inputs.get(error.field))
        self.error_banner.show_error(message_for(error))

    def reload(self) -> None:
        """Show the booking as stored now (after someone else saved it); the input goes."""
        if self._key is None:
            return
        try:
            with self._database.unit_of_work() as session:
                fresh = bookings.get_booking(session, self._actor, self._key)
        except QuartierstreffError as error:
            self.error_banner.show_error(message_for(error))
            return
        self.detail = fresh
        self.set_draft(self._draft_for_scope(fresh))
        self._show_exceptions()
        self.reload_button.hide()
        self.error_banner.clear_message()
        self._dirty = False
        self.check_now()

    def cancel_date(self) -> None:
        """Cancel the booking, this date, these dates or the series (after asking)."""
        if self._key is None or self.detail is None:
            return
        what = _Cancelling(
            self._key,
            self.detail.draft.title,
            self._key.occurrence_date or self.detail.draft.day,
            self.detail.series_version,
            self.detail.booking_version,
        )
        try:
            done = _cancel(
                self,
                self._database,
                self._actor,
                what,
                self._check_scope(),
                ask=self.ask,
                ask_reason=self.ask_reason,
            )
        except ConcurrentEdit as error:
            self.error_banner.show_error(message_for(error))
            self.reload_button.show()
            return
        except QuartierstreffError as error:
            self.error_banner.show_error(message_for(error))
            return
        if done:
            self._dirty = False
            self.saved.emit(self._key)
            super().accept()

    def reject(self) -> None:
        """Close without saving; asks first when something was typed."""
        if self._dirty and not self.ask(self, self.tr("Discard your changes to this booking?")):
            return
        super().reject()

    def open(self) -> None:
        if self.abandoned:
            self.done(QDialog.DialogCode.Rejected)
            return
        super().open()

    def is_dirty(self) -> bool:
        return self._dirty


# --- helpers -------------------------------------------------------------------------


def _one_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _position_of(day: dt.date) -> int:
    position = (day.day - 1) // 7 + 1
    return position if position <= 4 else -1


def _join(parts: Sequence[str]) -> str:
    """ "Montag, Mittwoch und Freitag" """
    if len(parts) <= 1:
        return "".join(parts)
    return QCoreApplication.translate("BookingDialog", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )


def _count_text(count: int, kind: str) -> str:
    one, many = {
        "date": (
            QCoreApplication.translate("BookingDialog", "1 date"),
            QCoreApplication.translate("BookingDialog", "{count} dates"),
        ),
        "skipped": (
            QCoreApplication.translate("BookingDialog", "1 left out for holidays"),
            QCoreApplication.translate("BookingDialog", "{count} left out for holidays"),
        ),
        "taken": (
            QCoreApplication.translate("BookingDialog", "1 taken"),
            QCoreApplication.translate("BookingDialog", "{count} taken"),
        ),
        "kept": (
            QCoreApplication.translate("BookingDialog", "1 stays cancelled"),
            QCoreApplication.translate("BookingDialog", "{count} stay cancelled"),
        ),
    }[kind]
    return one if count == 1 else many.format(count=count)
