"""After (or during) a meeting: who attended, the minutes per agenda item, the decisions
with their votes and the action items, in one window with four tabs.

The minutes save themselves by the rule of ``ui/widgets/autosave.py`` (a pause in typing,
and at the latest a few seconds after the first unsaved keystroke), and switching the
agenda item, leaving the editor and closing the window save at once. Each save is its own unit of
work, so a crash loses at most the last few seconds of typing. A text the service
refuses (too long) stays in the editor with the reason beside it.

Every question is a replaceable function (``dialog.confirm``; tests pass their own).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.db.models import DecisionResult, MeetingKind
from quartierstreff.services import meetings
from quartierstreff.services.errors import FieldInvalid, QuartierstreffError
from quartierstreff.services.meetings import (
    ActionItemDraft,
    ActionItemView,
    AttendanceChoices,
    DecisionDraft,
    DecisionView,
    GuestDraft,
    MeetingView,
)
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.dialogs.booking import PersonField
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import date_pattern, format_date, from_qdate, to_qdate
from quartierstreff.ui.widgets.autosave import AutosaveTimer
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import HINT_STYLE, hint_label
from quartierstreff.ui.widgets.lists import R, select_record, selected_record, set_up_record_list
from quartierstreff.ui.widgets.marks import mark_invalid

MAX_VOTES = 100_000
_ID = Qt.ItemDataRole.UserRole
_GENERAL = -1  # the list entry of the meeting's own minutes (no agenda item)
_WARNING_STYLE = (
    "QLabel { color: #6b4a00; background: #fff6dc; border: 1px solid #ecd27f; "
    "border-radius: 4px; padding: 8px; }"
)
_ERROR_COLOUR = "#b3261e"
_OK_COLOUR = "#1d5c46"

Confirm = Callable[[QWidget | None, str], bool]
"""Asks a yes/no question and says whether the user agreed."""

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


def ask_yes_no(parent: QWidget | None, text: str) -> bool:
    """The default question (a modal message box)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MinutesDialog", "Minutes"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def result_label(result: DecisionResult) -> str:
    """The result of a vote in words ("angenommen"), as the minutes print it."""
    return meetings.RESULT_LABELS.get(result, result.value)


def first_line(text: str, limit: int = 120) -> str:
    """The start of a long text for a table cell (the tooltip shows it whole)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class ViewsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over frozen views: one column per (header, text of a view);
    ``colour`` may give a row's text colour."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[T], str]]],
        parent: QObject | None = None,
        *,
        tooltip: Callable[[T], str] | None = None,
        colour: Callable[[T], QColor | None] | None = None,
        right_aligned: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._tooltip = tooltip
        self._colour = colour
        self._right = set(right_aligned)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row) if self._tooltip else self._columns[index.column()][1](row)
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            return self._colour(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None


def _agenda_combo(parent: QWidget, meeting: MeetingView, selected: int | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("MinutesDialog", "— whole meeting —"), None)
    for item in meeting.agenda:
        combo.addItem(
            QCoreApplication.translate("MinutesDialog", "Item {number}: {title}").format(
                number=item.number, title=item.title
            ),
            item.id,
        )
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


def _form_label(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


# --- Anwesenheit ---------------------------------------------------------------------


class AttendanceTab(QWidget):
    """Tick who attended (the invitees, and members added here), guests by name,
    anonymous visitors and children; the quorum of an assembly after saving."""

    saved = Signal()
    edited = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        meeting: MeetingView,
        choices: AttendanceChoices,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._meeting_id = meeting.id
        self._loading = False
        self.dirty = False
        may_write = actor.may(Permission.MEETINGS_WRITE)

        self.people_list = QListWidget(self)
        self.people_list.setObjectName("attendancePeople")
        self.people_list.setAccessibleName(self.tr("Invited people: tick who attended"))
        self.people_list.itemChanged.connect(self._changed)
        self.all_button = QPushButton(self.tr("Tick &all"), self)
        self.none_button = QPushButton(self.tr("Tick &none"), self)
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))

        self.add_box = QGroupBox(self.tr("Add a person who was not invited"), self)
        self.person_picker = PersonField(
            database, actor, today, self.tr("Add a person"), self.add_box
        )
        self.person_picker.picker.chosen.connect(self._person_chosen)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.addWidget(self.person_picker)

        self.guest_model = QStandardItemModel(0, 3, self)
        self.guest_model.setHorizontalHeaderLabels(
            [self.tr("First name"), self.tr("Last name"), self.tr("Organisation")]
        )
        self.guest_model.itemChanged.connect(self._changed)
        self.guest_model.rowsRemoved.connect(self._changed)
        self.guest_table = QTableView(self)
        self.guest_table.setObjectName("attendanceGuests")
        self.guest_table.setModel(self.guest_model)
        self.guest_table.setAccessibleName(self.tr("Guests"))
        self.guest_table.verticalHeader().hide()
        self.guest_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.guest_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_guest_button = QPushButton(self.tr("Add &guest"), self)
        self.add_guest_button.clicked.connect(self.add_guest)
        self.remove_guest_button = QPushButton(self.tr("&Remove guest"), self)
        self.remove_guest_button.clicked.connect(self.remove_guest)

        self.anonymous_spin = QSpinBox(self)
        self.anonymous_spin.setObjectName("anonymousVisitors")
        self.anonymous_spin.setRange(0, 99_999)
        self.anonymous_spin.setAccessibleName(self.tr("Visitors without names"))
        self.children_spin = QSpinBox(self)
        self.children_spin.setObjectName("children")
        self.children_spin.setRange(0, 99_999)
        self.children_spin.setAccessibleName(self.tr("Children"))
        for spin in (self.anonymous_spin, self.children_spin):
            spin.setMaximumWidth(110)
        self.anonymous_spin.valueChanged.connect(self._changed)
        self.children_spin.valueChanged.connect(self._changed)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("attendanceCount")
        self.count_label.setWordWrap(True)
        bold = self.count_label.font()
        bold.setBold(True)
        self.count_label.setFont(bold)
        self.quorum_label = QLabel(self)
        self.quorum_label.setObjectName("quorum")
        self.quorum_label.setWordWrap(True)
        self.quorum_rule = hint_label("", self)
        self.banner = MessageBanner(self)
        self.save_button = QPushButton(self.tr("&Save attendance"), self)
        self.save_button.setObjectName("saveAttendance")
        self.save_button.clicked.connect(self.save)

        for widget in (
            self.add_box,
            self.add_guest_button,
            self.remove_guest_button,
            self.save_button,
            self.all_button,
            self.none_button,
        ):
            widget.setVisible(may_write)
        if not may_write:
            self.guest_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.anonymous_spin.setReadOnly(True)
            self.children_spin.setReadOnly(True)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Invited and registered people (tick who attended):"), self))
        left.addWidget(self.people_list, 1)
        tick_row = QHBoxLayout()
        tick_row.addWidget(self.all_button)
        tick_row.addWidget(self.none_button)
        tick_row.addStretch(1)
        left.addLayout(tick_row)
        left.addWidget(self.add_box)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Guests (not in the register):"), self))
        right.addWidget(self.guest_table, 1)
        guest_row = QHBoxLayout()
        guest_row.addWidget(self.add_guest_button)
        guest_row.addWidget(self.remove_guest_button)
        guest_row.addStretch(1)
        right.addLayout(guest_row)
        counts = QFormLayout()
        counts.addRow(
            _form_label(self, self.tr("&Visitors without names:"), self.anonymous_spin),
            self.anonymous_spin,
        )
        counts.addRow(
            _form_label(self, self.tr("C&hildren:"), self.children_spin), self.children_spin
        )
        right.addLayout(counts)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        summary = QVBoxLayout()
        summary.addWidget(self.count_label)
        summary.addWidget(self.quorum_label)
        summary.addWidget(self.quorum_rule)
        bottom.addLayout(summary, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.banner)
        layout.addLayout(bottom)
        self.show_meeting(meeting, choices)

    # -- showing --------------------------------------------------------------------

    def show_meeting(self, meeting: MeetingView, choices: AttendanceChoices) -> None:
        """Show the attendance as stored (discards unsaved ticks); ``choices`` are the
        people offered to tick."""
        self._loading = True
        present = {a.person_id for a in meeting.attendance if a.person_id is not None}
        self.people_list.clear()
        people = [(person.id, person.full_name) for person in choices.people]
        listed = {person_id for person_id, _ in people}
        people += [  # on the list though no longer among the choices
            (a.person_id, a.full_name)
            for a in meeting.attendance
            if a.person_id is not None and a.person_id not in listed
        ]
        for person_id, name in people:
            self._add_person_item(person_id, name, person_id in present)
        self.person_picker.picker.exclude = {person_id for person_id, _ in people}
        self.guest_model.removeRows(0, self.guest_model.rowCount())
        for attendee in meeting.attendance:
            if attendee.is_guest:
                self._append_guest(attendee.first_name, attendee.last_name, attendee.organisation)
        self.anonymous_spin.setValue(meeting.anonymous_visitors)
        self.children_spin.setValue(meeting.children)
        self._show_quorum(meeting)
        self._loading = False
        self.dirty = False
        self._update_count()

    def _show_quorum(self, meeting: MeetingView) -> None:
        quorum = meeting.quorum
        is_assembly = meeting.kind is MeetingKind.GENERAL_ASSEMBLY and quorum is not None
        self.quorum_label.setVisible(is_assembly)
        self.quorum_rule.setVisible(is_assembly)
        if not is_assembly or quorum is None:
            return
        locale = QLocale()
        if quorum.reached:
            text = self.tr("Quorate: yes — {present} of at least {required}")
            colour = _OK_COLOUR
        else:
            text = self.tr("Quorate: no — {present} of at least {required}")
            colour = _ERROR_COLOUR
        self.quorum_label.setText(
            text.format(
                present=locale.toString(quorum.present), required=locale.toString(quorum.required)
            )
        )
        self.quorum_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.quorum_rule.setText(quorum.rule_text)

    def _add_person_item(self, person_id: int, name: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(name, self.people_list)
        item.setData(_ID, person_id)
        flags = Qt.ItemFlag.ItemIsEnabled
        if self._actor.may(Permission.MEETINGS_WRITE):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _append_guest(self, first: str, last: str, organisation: str) -> None:
        self.guest_model.appendRow(
            [QStandardItem(first), QStandardItem(last), QStandardItem(organisation)]
        )

    # -- editing --------------------------------------------------------------------

    def _person_chosen(self, person_id: int, name: str, _phone: str) -> None:
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.data(_ID) == person_id:
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            item = self._add_person_item(person_id, name, True)
        self.people_list.scrollToItem(item)
        self.person_picker.set_person(None, "")
        self._changed()

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.people_list.count()):
            self.people_list.item(row).setCheckState(state)

    def add_guest(self) -> None:
        self._append_guest("", "", "")
        index = self.guest_model.index(self.guest_model.rowCount() - 1, 0)
        self.guest_table.setCurrentIndex(index)
        self.guest_table.edit(index)
        self._changed()

    def remove_guest(self) -> None:
        index = self.guest_table.currentIndex()
        if index.isValid():
            self.guest_model.removeRow(index.row())

    def _select_guest(self, number: str) -> None:
        """Put the cursor on guest ``number`` (1-based, counting filled rows)."""
        filled = [
            row
            for row in range(self.guest_model.rowCount())
            if any(self.guest_model.item(row, column).text().strip() for column in range(3))
        ]
        if number.isdigit() and 0 < int(number) <= len(filled):
            row = filled[int(number) - 1]
            self.guest_table.setCurrentIndex(self.guest_model.index(row, 0))
            self.guest_table.setFocus()

    def checked_ids(self) -> list[int]:
        items = (self.people_list.item(row) for row in range(self.people_list.count()))
        return [int(item.data(_ID)) for item in items if item.checkState() == Qt.CheckState.Checked]

    def guests(self) -> tuple[GuestDraft, ...]:
        """The guest rows with anything in them."""
        rows = []
        for row in range(self.guest_model.rowCount()):
            cells = [self.guest_model.item(row, column).text().strip() for column in range(3)]
            if any(cells):
                rows.append(
                    GuestDraft(first_name=cells[0], last_name=cells[1], organisation=cells[2])
                )
        return tuple(rows)

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self.banner.clear_message()
        self._update_count()
        self.edited.emit()

    def _update_count(self) -> None:
        locale = QLocale()
        people = len(self.checked_ids())
        guests = len(self.guests())
        anonymous = self.anonymous_spin.value()
        children = self.children_spin.value()
        self.count_label.setText(
            self.tr(
                "Present: {named} with names ({people} from the register, {guests} guests), "
                "{anonymous} without names, {children} children — {total} in all"
            ).format(
                named=locale.toString(people + guests),
                people=locale.toString(people),
                guests=locale.toString(guests),
                anonymous=locale.toString(anonymous),
                children=locale.toString(children),
                total=locale.toString(people + guests + anonymous + children),
            )
        )

    def save(self) -> bool:
        """Store the attendance (one unit of work); False (message shown) when refused."""
        try:
            with self._database.unit_of_work() as session:
                meetings.set_attendance(
                    session,
                    self._actor,
                    self._meeting_id,
                    person_ids=tuple(self.checked_ids()),
                    guests=self.guests(),
                    anonymous_visitors=self.anonymous_spin.value(),
                    children=self.children_spin.value(),
                )
        except QuartierstreffError as error:
            if isinstance(error, FieldInvalid) and error.field in ("guest_name", "organisation"):
                self._select_guest(error.value)
            self.banner.show_error(message_for(error))
            return False
        self.guest_table.setStyleSheet("")
        self.dirty = False
        self.banner.show_success(self.tr("The attendance is saved."))
        self.saved.emit()
        return True


# --- Protokoll -----------------------------------------------------------------------


class MinutesTab(QWidget):
    """The agenda on the left ("General" first), the text of the chosen item on the
    right; saved as described in the module's docstring."""

    stored = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        meeting: MeetingView,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = clock.now,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._meeting_id = meeting.id
        self._now = now
        self._loading = False
        self.dirty = False
        self.failed = False
        """True while the last attempt to save was refused (the text stays unsaved)."""
        self._texts: dict[int, str] = {_GENERAL: meeting.minutes_text}
        self._texts.update({item.id: item.minutes_text for item in meeting.agenda})
        self._current = _GENERAL

        self.items_list = QListWidget(self)
        self.items_list.setObjectName("minutesItems")
        self.items_list.setAccessibleName(self.tr("Agenda items"))
        # One line per item, cut with "…" (the tooltip has it whole): Qt's wrapping of
        # list items miscounts lines at German quotes („…“) and leaves a blank line.
        self.items_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items_list.setSpacing(2)
        self.items_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        general = QListWidgetItem(self.tr("General"), self.items_list)
        general.setData(_ID, _GENERAL)
        for item in meeting.agenda:
            entry = QListWidgetItem(
                self.tr("Item {number}: {title}").format(number=item.number, title=item.title),
                self.items_list,
            )
            entry.setData(_ID, item.id)
            entry.setToolTip(entry.text())
        self.items_list.setCurrentRow(0)
        self.items_list.currentRowChanged.connect(self._item_changed)

        self.item_heading = QLabel(self)
        font = self.item_heading.font()
        font.setBold(True)
        self.item_heading.setFont(font)
        self.item_heading.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("minutesEditor")
        self.editor.setAccessibleName(self.tr("Minutes of the chosen item"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(
            self.tr("What was discussed? The text is saved by itself as you type.")
        )
        self.editor.textChanged.connect(self._typed)
        self.editor.installEventFilter(self)
        self.editor.setReadOnly(not actor.may(Permission.MEETINGS_WRITE))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("minutesStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counter_label = QLabel(self)
        self.counter_label.setObjectName("minutesCounter")
        self.counter_label.setStyleSheet(HINT_STYLE)
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self._autosave = AutosaveTimer(self.save_now, self)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_heading)
        right_layout.addWidget(self.editor, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.counter_label)
        right_layout.addLayout(status_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.items_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_item(_GENERAL)

    @property
    def current_item(self) -> int | None:
        """The agenda item being edited; None for the meeting's general minutes."""
        return None if self._current == _GENERAL else self._current

    def stored_text(self, item_id: int | None) -> str:
        """The text as last saved (or loaded) for an item."""
        return self._texts[_GENERAL if item_id is None else item_id]

    def select_item(self, item_id: int | None) -> None:
        wanted = _GENERAL if item_id is None else item_id
        for row in range(self.items_list.count()):
            if self.items_list.item(row).data(_ID) == wanted:
                self.items_list.setCurrentRow(row)
                return

    def _show_item(self, key: int) -> None:
        self._loading = True
        self._current = key
        self.item_heading.setText(self.items_list.currentItem().text())
        self.editor.setPlainText(self._texts[key])
        self._loading = False
        self.dirty = False
        self.failed = False
        self._update_counter()

    def _item_changed(self, row: int) -> None:
        if row < 0:
            return
        key = int(self.items_list.item(row).data(_ID))
        if key == self._current:
            return
        if not self.save_now():
            # Keep the refused text in front of the user: back to its item.
            self.items_list.blockSignals(True)
            self.select_item(self.current_item)
            self.items_list.blockSignals(False)
            return
        self._show_item(key)

    def _typed(self) -> None:
        self._update_counter()
        if self._loading:
            return
        self._autosave.changed(first=not self.dirty)
        self.dirty = True
        if not self.failed:
            self.status_label.setStyleSheet(HINT_STYLE)
            self.status_label.setText(self.tr("Not saved yet…"))

    def _update_counter(self) -> None:
        locale = QLocale()
        length = len(self.editor.toPlainText())
        self.counter_label.setText(
            self.tr("{count} of {limit} characters").format(
                count=locale.toString(length), limit=locale.toString(meetings.MAX_MINUTES_CHARS)
            )
        )
        over = length > meetings.MAX_MINUTES_CHARS
        self.counter_label.setStyleSheet(f"color: {_ERROR_COLOUR};" if over else HINT_STYLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    def save_now(self) -> bool:
        """Save the text of the current item if it changed; False (reason shown, text
        kept) when it could not be saved."""
        self._autosave.stop()
        if not self.dirty:
            return True
        text = self.editor.toPlainText()
        self.status_label.setStyleSheet(HINT_STYLE)
        self.status_label.setText(self.tr("Saving…"))
        try:
            with self._database.unit_of_work() as session:
                meetings.save_minutes(
                    session,
                    self._actor,
                    self._meeting_id,
                    agenda_item_id=self.current_item,
                    text=text,
                )
        except QuartierstreffError as error:
            self._failed(message_for(error))
            return False
        except SQLAlchemyError:
            self._failed(
                self.tr("The minutes could not be saved just now; the next keystroke tries again.")
            )
            return False
        self._texts[self._current] = text
        self.dirty = self.editor.toPlainText() != text
        self.failed = False
        moment = self._now()
        saved_at = QLocale().toString(QTime(moment.hour, moment.minute, moment.second), "HH:mm:ss")
        self.status_label.setStyleSheet(f"color: {_OK_COLOUR};")
        self.status_label.setText(self.tr("Saved {time}").format(time=saved_at))
        self.stored.emit()
        return True

    def _failed(self, message: str) -> None:
        self.failed = True
        self.status_label.setStyleSheet(f"color: {_ERROR_COLOUR}; font-weight: bold;")
        self.status_label.setText(self.tr("{reason} The text stays here.").format(reason=message))


# --- editors for a decision and an action item -----------------------------------------


class DecisionEditor(QDialog):
    """A new or changed decision: agenda item, text, the votes and the result. Votes
    that do not fit the attendance give a warning, not a refusal."""

    stored = Signal(int)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        meeting: MeetingView,
        decision: DecisionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._meeting = meeting
        self._decision = decision
        self.setWindowTitle(self.tr("New decision") if decision is None else self.tr("Decision"))
        self.resize(620, 460)

        self.agenda_combo = _agenda_combo(
            self, meeting, decision.agenda_item_id if decision else None
        )
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("decisionText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(
            self.tr("e.g. The summer party takes place on 4 July; up to 300 € for food.")
        )
        self.yes_spin, self.no_spin, self.abstain_spin = (QSpinBox(self) for _ in range(3))
        for spin, name in (
            (self.yes_spin, self.tr("Yes")),
            (self.no_spin, self.tr("No")),
            (self.abstain_spin, self.tr("Abstentions")),
        ):
            spin.setRange(0, MAX_VOTES)
            spin.setAccessibleName(name)
            spin.valueChanged.connect(self._check_votes)
        self.result_combo = QComboBox(self)
        for result in DecisionResult:
            self.result_combo.addItem(result_label(result), result)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("voteWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(_WARNING_STYLE)
        self.warning_label.hide()
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        votes = QHBoxLayout()
        for text, spin in (
            (self.tr("&Yes:"), self.yes_spin),
            (self.tr("N&o:"), self.no_spin),
            (self.tr("A&bstentions:"), self.abstain_spin),
        ):
            votes.addWidget(_form_label(self, text, spin))
            votes.addWidget(spin)
            votes.addSpacing(10)
        votes.addStretch(1)
        form = QFormLayout()
        form.addRow(
            _form_label(self, self.tr("Agenda &item:"), self.agenda_combo), self.agenda_combo
        )
        form.addRow(_form_label(self, self.tr("&Decision:"), self.text_edit), self.text_edit)
        form.addRow(self.tr("Votes:"), votes)
        form.addRow(_form_label(self, self.tr("&Result:"), self.result_combo), self.result_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

        if decision is not None:
            self.text_edit.setPlainText(decision.text)
            self.yes_spin.setValue(decision.votes_yes)
            self.no_spin.setValue(decision.votes_no)
            self.abstain_spin.setValue(decision.votes_abstain)
            self.result_combo.setCurrentIndex(self.result_combo.findData(decision.result))
        self._check_votes()
        self.text_edit.setFocus()

    def draft(self) -> DecisionDraft:
        return DecisionDraft(
            agenda_item_id=self.agenda_combo.currentData(),
            text=self.text_edit.toPlainText(),
            votes_yes=self.yes_spin.value(),
            votes_no=self.no_spin.value(),
            votes_abstain=self.abstain_spin.value(),
            result=self.result_combo.currentData(),
        )

    def _check_votes(self) -> None:
        warning = meetings.vote_warning(self.draft(), self._meeting.attendee_count)
        self.warning_label.setText(warning or "")
        self.warning_label.setVisible(bool(warning))

    def accept(self) -> None:
        for widget in (self.text_edit, self.yes_spin, self.no_spin, self.abstain_spin):
            widget.setStyleSheet("")
        try:
            with self._database.unit_of_work() as session:
                decision_id = meetings.save_decision(
                    session,
                    self._actor,
                    self._meeting.id,
                    self.draft(),
                    decision_id=self._decision.id if self._decision else None,
                )
        except FieldInvalid as error:
            widgets: dict[str, QWidget] = {
                "decision_text": self.text_edit,
                "votes_yes": self.yes_spin,
                "votes_no": self.no_spin,
                "votes_abstain": self.abstain_spin,
                "agenda_item": self.agenda_combo,
            }
            mark_invalid(widgets.get(error.field))
            self.banner.show_error(message_for(error))
            return
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.stored.emit(decision_id)
        super().accept()


class ActionItemEditor(QDialog):
    """A new or changed action item: what, who (from the register), by when."""

    stored = Signal(int)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        meeting: MeetingView,
        today: dt.date,
        item: ActionItemView | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._meeting = meeting
        self._item = item
        self.setWindowTitle(self.tr("New action item") if item is None else self.tr("Action item"))
        self.resize(600, 380)

        self.agenda_combo = _agenda_combo(self, meeting, item.agenda_item_id if item else None)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("actionDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("e.g. Ask the city about the street party")
        )
        self.description_edit.setFixedHeight(90)
        self.owner_field = PersonField(database, actor, today, self.tr("Who"), self)
        self.due_check = QCheckBox(self.tr("&Due by"), self)
        self.due_edit = QDateEdit(self)
        self.due_edit.setDisplayFormat(date_pattern())
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDate(to_qdate(today + dt.timedelta(days=14)))
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        form = QFormLayout()
        form.addRow(
            _form_label(self, self.tr("Agenda &item:"), self.agenda_combo), self.agenda_combo
        )
        form.addRow(
            _form_label(self, self.tr("&What:"), self.description_edit), self.description_edit
        )
        form.addRow(self.tr("Who:"), self.owner_field)
        form.addRow(self.tr("By when:"), due_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

        if item is not None:
            self.description_edit.setPlainText(item.description)
            if item.owner_id is not None:
                self.owner_field.set_person(item.owner_id, item.owner_name)
            if item.due_date is not None:
                self.due_check.setChecked(True)
                self.due_edit.setDate(to_qdate(item.due_date))
        self.description_edit.setFocus()

    def draft(self) -> ActionItemDraft:
        return ActionItemDraft(
            agenda_item_id=self.agenda_combo.currentData(),
            description=self.description_edit.toPlainText(),
            owner_id=self.owner_field.person_id,
            due_date=from_qdate(self.due_edit.date()) if self.due_check.isChecked() else None,
        )

    def accept(self) -> None:
        for widget in (self.description_edit, self.due_edit):
            widget.setStyleSheet("")
        try:
            with self._database.unit_of_work() as session:
                item_id = meetings.save_action_item(
                    session,
                    self._actor,
                    self._meeting.id,
                    self.draft(),
                    item_id=self._item.id if self._item else None,
                )
        except FieldInvalid as error:
            widgets: dict[str, QWidget] = {
                "description": self.description_edit,
                "due_date": self.due_edit,
                "owner": self.owner_field.focus_widget(),
                "agenda_item": self.agenda_combo,
            }
            mark_invalid(widgets.get(error.field))
            self.banner.show_error(message_for(error))
            return
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.stored.emit(item_id)
        super().accept()


# --- Beschlüsse and Aufgaben ---------------------------------------------------------


class _RecordsTab(QWidget, Generic[R]):
    """A table of the meeting's decisions or action items with New / Change / Delete (and
    extra buttons) and a banner. ``changed`` after something was stored or deleted."""

    changed = Signal()
    model: ViewsModel[R]

    def __init__(
        self,
        database: Database,
        actor: Actor,
        meeting: MeetingView,
        confirm: Callable[[], Confirm],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._meeting = meeting
        self._confirm = confirm
        may_write = actor.may(Permission.MEETINGS_WRITE)
        self.table = QTableView(self)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.banner = MessageBanner(self)
        self.buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(may_write)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.banner)

    def open_editor(self, record: R | None) -> QDialog:
        """The editor for ``record`` (None: a new one), opened; each tab has its own."""
        raise NotImplementedError

    def select(self, record_id: int) -> None:
        select_record(self.table, self.model.rows, record_id)

    def _stored(self, record_id: int) -> None:
        self.changed.emit()
        self.select(record_id)

    def _edit_selected(self) -> None:
        if not self._actor.may(Permission.MEETINGS_WRITE):
            return
        record = selected_record(self.table, self.model.rows)
        if record is not None:
            self.open_editor(record)

    def _write(self, change: Callable[[Session], object]) -> bool:
        """Run ``change`` in a unit of work; a refusal is shown in the banner."""
        try:
            with self._database.unit_of_work() as session:
                change(session)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        self.changed.emit()
        return True


class DecisionsTab(_RecordsTab[DecisionView]):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        meeting: MeetingView,
        confirm: Callable[[], Confirm],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, actor, meeting, confirm, parent)
        self.editor: DecisionEditor | None = None
        self.new_button.setText(self.tr("&New decision…"))
        self.edit_button.setText(self.tr("&Change…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.model: ViewsModel[DecisionView] = ViewsModel(
            [
                (
                    self.tr("Item"),
                    lambda d: "" if d.agenda_number is None else str(d.agenda_number),
                ),
                (self.tr("Decision"), lambda d: first_line(d.text)),
                (self.tr("Yes"), lambda d: str(d.votes_yes)),
                (self.tr("No"), lambda d: str(d.votes_no)),
                (self.tr("Abstentions"), lambda d: str(d.votes_abstain)),
                (self.tr("Result"), lambda d: result_label(d.result)),
            ],
            self,
            tooltip=lambda d: d.text,
            right_aligned=(0, 2, 3, 4),
        )
        self.table.setObjectName("decisionsTable")
        self.table.setModel(self.model)
        set_up_record_list(self.table, 1)
        self.table.doubleClicked.connect(self._edit_selected)
        self.show_meeting(meeting)

    def show_meeting(self, meeting: MeetingView) -> None:
        chosen = selected_record(self.table, self.model.rows)
        self._meeting = meeting
        self.model.set_rows(meeting.decisions)
        select_record(self.table, self.model.rows, chosen.id if chosen else None)

    def open_editor(self, decision: DecisionView | None) -> DecisionEditor:
        self.banner.clear_message()
        self.editor = DecisionEditor(self._database, self._actor, self._meeting, decision, self)
        self.editor.stored.connect(self._stored)
        self.editor.open()
        return self.editor

    def delete_selected(self) -> None:
        decision = selected_record(self.table, self.model.rows)
        if decision is None:
            return
        question = self.tr("Delete the decision “{text}”?").format(
            text=first_line(decision.text, 80)
        )
        if not self._confirm()(self, question):
            return
        self._write(lambda session: meetings.delete_decision(session, self._actor, decision.id))


class ActionItemsTab(_RecordsTab[ActionItemView]):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        meeting: MeetingView,
        *,
        today: dt.date,
        confirm: Callable[[], Confirm],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, actor, meeting, confirm, parent)
        self._today = today
        self.editor: ActionItemEditor | None = None
        self.new_button.setText(self.tr("&New action item…"))
        self.edit_button.setText(self.tr("&Change…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.done_button = QPushButton(self.tr("Mark as d&one"), self)
        self.done_button.setObjectName("actionDone")
        self.done_button.setVisible(actor.may(Permission.MEETINGS_WRITE))
        self.buttons.insertWidget(3, self.done_button)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.done_button.clicked.connect(self.toggle_done)
        self.model: ViewsModel[ActionItemView] = ViewsModel(
            [
                (self.tr("What"), lambda a: first_line(a.description)),
                (self.tr("Who"), lambda a: a.owner_name),
                (self.tr("Due by"), self._due_text),
                (self.tr("Done on"), lambda a: format_date(a.done_on)),
            ],
            self,
            tooltip=lambda a: a.description,
            colour=self._colour,
        )
        self.table.setObjectName("actionItemsTable")
        self.table.setModel(self.model)
        set_up_record_list(self.table, 0)
        self.table.doubleClicked.connect(self._edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.show_meeting(meeting)

    def _due_text(self, item: ActionItemView) -> str:
        if item.is_overdue(self._today):
            return self.tr("{date} (overdue)").format(date=format_date(item.due_date))
        return format_date(item.due_date)

    def _colour(self, item: ActionItemView) -> QColor | None:
        if item.done_on is not None:
            return QColor("#7a7a7a")
        if item.is_overdue(self._today):
            return QColor(_ERROR_COLOUR)
        return None

    def show_meeting(self, meeting: MeetingView) -> None:
        chosen = selected_record(self.table, self.model.rows)
        self._meeting = meeting
        self.model.set_rows(meeting.action_items)
        select_record(self.table, self.model.rows, chosen.id if chosen else None)
        self._selection_changed()

    def _selection_changed(self) -> None:
        item = selected_record(self.table, self.model.rows)
        self.done_button.setEnabled(item is not None)
        self.done_button.setText(
            self.tr("Mark as &open") if item and item.done_on else self.tr("Mark as d&one")
        )

    def open_editor(self, item: ActionItemView | None) -> ActionItemEditor:
        self.banner.clear_message()
        self.editor = ActionItemEditor(
            self._database, self._actor, self._meeting, self._today, item, parent=self
        )
        self.editor.stored.connect(self._stored)
        self.editor.open()
        return self.editor

    def toggle_done(self) -> None:
        item = selected_record(self.table, self.model.rows)
        if item is None:
            return
        done_on = None if item.done_on else self._today
        if self._write(
            lambda session: meetings.set_action_done(session, self._actor, item.id, done_on)
        ):
            self.select(item.id)

    def delete_selected(self) -> None:
        item = selected_record(self.table, self.model.rows)
        if item is None:
            return
        question = self.tr("Delete the action item “{text}”?").format(
            text=first_line(item.description, 80)
        )
        if not self._confirm()(self, question):
            return
        self._write(lambda session: meetings.delete_action_item(session, self._actor, item.id))


# --- the window ----------------------------------------------------------------------


class MinutesDialog(QDialog):
    """Attendance, minutes, decisions and action items of one meeting. Raises
    :class:`QuartierstreffError` (``NotFound``) to the caller when the meeting is gone.
    Non-modal: use :meth:`open` or :meth:`show`. Emits :attr:`changed` after the
    attendance, a decision or an action item was stored (the caller reloads its list;
    autosaved minutes do not count). Closing saves unsaved minutes and
    attendance; when that is refused, the window stays open with the reason (closing
    once more closes without saving)."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        meeting_id: int,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._meeting_id = meeting_id
        self._today = today
        self.confirm: Confirm = ask_yes_no
        self._refused_close = False
        with database.unit_of_work() as session:
            self.meeting = meetings.get_meeting(session, actor, meeting_id, today=today)
            choices = meetings.attendance_choices(session, actor, meeting_id, today=today)

        self.setWindowTitle(self._title())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 760)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(self.meeting.title)
        details = [self.meeting.kind_label, self.meeting.when_text, self.meeting.place]
        self.details_label = hint_label(" · ".join(part for part in details if part), self)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)

        self.attendance = AttendanceTab(
            database, actor, self.meeting, choices, today=today, parent=self
        )
        self.minutes = MinutesTab(database, actor, self.meeting, self)
        self.decisions = DecisionsTab(database, actor, self.meeting, lambda: self.confirm, self)
        self.action_items = ActionItemsTab(
            database, actor, self.meeting, today=today, confirm=lambda: self.confirm, parent=self
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.attendance, self.tr("&Attendance"))
        self.tabs.addTab(self.minutes, self.tr("&Minutes"))
        self.tabs.addTab(self.decisions, self.tr("D&ecisions"))
        self.tabs.addTab(self.action_items, self.tr("Action i&tems"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._update_tab_titles()

        self.attendance.saved.connect(self.reload)
        application = QCoreApplication.instance()
        if application is not None:  # the program ends with the window still open
            application.aboutToQuit.connect(self.minutes.save_now)
        self.minutes.editor.textChanged.connect(self._input_changed)
        self.attendance.edited.connect(self._input_changed)
        self.decisions.changed.connect(self.reload)
        self.action_items.changed.connect(self.reload)

        self.banner = MessageBanner(self)
        close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(close_buttons)

    def _title(self) -> str:
        return self.tr("Minutes: {title}, {date}").format(
            title=self.meeting.title, date=format_date(self.meeting.day)
        )

    def _update_tab_titles(self) -> None:
        meeting = self.meeting
        self.tabs.setTabText(
            2, self.tr("D&ecisions ({count})").format(count=len(meeting.decisions))
        )
        self.tabs.setTabText(
            3, self.tr("Action i&tems ({count})").format(count=len(meeting.action_items))
        )

    def reload(self) -> None:
        """Read the meeting again and show it (attendance only when not being edited)."""
        try:
            with self._database.unit_of_work() as session:
                self.meeting = meetings.get_meeting(
                    session, self._actor, self._meeting_id, today=self._today
                )
                choices = meetings.attendance_choices(
                    session, self._actor, self._meeting_id, today=self._today
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        if not self.attendance.dirty:
            banner = self.attendance.banner.text(), self.attendance.banner.tone
            self.attendance.show_meeting(self.meeting, choices)
            if banner[1] is not None:
                self.attendance.banner.show_success(banner[0])
        self.decisions.show_meeting(self.meeting)
        self.action_items.show_meeting(self.meeting)
        self._update_tab_titles()
        self.changed.emit()

    def _input_changed(self) -> None:
        """New input after a refused close: closing has to save (or be refused) again."""
        if self._refused_close:
            self._refused_close = False
            self.banner.clear_message()

    def _tab_changed(self, _index: int) -> None:
        self.minutes.save_now()

    def save_all(self) -> bool:
        """Save unsaved minutes and attendance; False when something was refused."""
        if not self.minutes.save_now():
            self.tabs.setCurrentWidget(self.minutes)
            return False
        if self.attendance.dirty and not self.attendance.save():
            self.tabs.setCurrentWidget(self.attendance)
            return False
        return True

    def done(self, result: int) -> None:
        if not self.save_all() and not self._refused_close:
            self._refused_close = True
            self.banner.show_error(
                self.tr(
                    "Not everything could be saved (see above). Correct it, or close the "
                    "window once more to leave without saving it."
                )
            )
            return
        super().done(result)
