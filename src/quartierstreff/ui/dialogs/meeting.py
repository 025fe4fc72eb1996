"""The meeting form: kind, title, date and time, room (booked through the booking
service, with its conflict check) or another place, organising group, chair and minute
taker, invitees, the agenda (Tagesordnung: drag rows or use the arrow buttons to
reorder), the invitation text and whether it is a funded event.

A live notice warns when the date is closer than the invitation period of the kind
(Einstellungen ▸ Treffen). Refused input is marked and explained in the banner; nothing
is lost: the dialog stays open with everything typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QDrag, QDropEvent, QKeySequence, QShortcut
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
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from quartierstreff.db.engine import Database
from quartierstreff.db.models import MeetingKind
from quartierstreff.services import groups, meetings, rooms
from quartierstreff.services.errors import (
    BookingConflict,
    ConcurrentEdit,
    FieldInvalid,
    QuartierstreffError,
)
from quartierstreff.services.meetings import (
    FUNDER_LINE_LENGTH,
    GUEST_NAME_LENGTH,
    KIND_LABELS,
    LOCATION_LENGTH,
    MAX_PLANNED_MINUTES,
    TITLE_LENGTH,
    AgendaItemDraft,
    MeetingDraft,
    MeetingView,
    NoticeCheck,
    meeting_problems,
    notice_check,
)
from quartierstreff.services.people import PeopleFilter, PersonStatus, find_people, people_rows
from quartierstreff.services.security import Actor
from quartierstreff.services.settings import notice_days, read_settings
from quartierstreff.ui.dialogs.booking import PersonField, QuarterTimeEdit
from quartierstreff.ui.dialogs.record import RecordDialog
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import date_pattern, from_qdate, to_qdate
from quartierstreff.ui.widgets.labels import hint_label, subheading
from quartierstreff.ui.widgets.marks import mark_invalid
from quartierstreff.ui.widgets.person_picker import PersonPicker

Index = QModelIndex | QPersistentModelIndex

AGENDA_MIME = "application/x-quartierstreff-agenda-row"


@dataclass(slots=True)
class AgendaRow:
    """One agenda item as edited; ``item_id`` keeps a stored item (and its minutes)."""

    title: str
    presenter: str = ""
    planned_minutes: int | None = None
    item_id: int | None = None


class AgendaModel(QAbstractTableModel):
    """The agenda as an editable table: TOP (the number, follows the order), item,
    presenter, planned minutes. Rows move with :meth:`moveRows`; the view's drag and drop
    calls it through :meth:`move_row`."""

    changed = Signal()

    NUMBER, TITLE, PRESENTER, MINUTES = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AgendaRow] = []
        self._headers = (
            self.tr("Item"),
            self.tr("Topic"),
            self.tr("Presenter"),
            self.tr("Minutes"),
        )

    def set_rows(self, rows: Sequence[AgendaRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
        self.changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NUMBER:
                return str(index.row() + 1)
            if column == self.TITLE:
                return row.title
            if column == self.PRESENTER:
                return row.presenter
            if column == self.MINUTES:
                return "" if row.planned_minutes is None else str(row.planned_minutes)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.TITLE:
                return row.title
            if column == self.PRESENTER:
                return row.presenter
            if column == self.MINUTES:
                return row.planned_minutes or 0
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        column = index.column()
        if column == self.TITLE:
            row.title = str(value)
        elif column == self.PRESENTER:
            row.presenter = str(value)
        elif column == self.MINUTES:
            try:
                minutes = int(str(value).strip() or 0)
            except ValueError:
                return False
            if not 0 <= minutes <= MAX_PLANNED_MINUTES:
                return False
            row.planned_minutes = minutes or None
        else:
            return False
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() != self.NUMBER:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- moving -------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setData(AGENDA_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Qt's contract: ``destination_child`` is the row *before which* the rows go,
        counted before the move."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self.rows):
            return False
        if not 0 <= destination_child <= len(self.rows):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself: nothing to do
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        moving = self.rows[source_row : source_row + count]
        del self.rows[source_row : source_row + count]
        target = destination_child if destination_child < source_row else destination_child - count
        self.rows[target:target] = moving
        self.endMoveRows()
        # the numbers (TOP) of every row in between changed
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.changed.emit()
        return True

    def move_row(self, source: int, before: int) -> int | None:
        """Move row ``source`` before row ``before`` (``len`` = to the end); the row's new
        number, or None when nothing moved."""
        if not self.moveRows(QModelIndex(), source, 1, QModelIndex(), before):
            return None
        return before if before < source else before - 1

    def dragged_rows(self, data: QMimeData) -> list[int]:
        if not data.hasFormat(AGENDA_MIME):
            return []
        text = bytes(data.data(AGENDA_MIME).data()).decode()
        try:
            return [int(part) for part in text.split(",") if part]
        except ValueError:
            return []

    # -- editing ------------------------------------------------------------------------

    def append(self, row: AgendaRow) -> int:
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(row)
        self.endInsertRows()
        self.changed.emit()
        return position

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.changed.emit()

    def total_minutes(self) -> int:
        return sum(row.planned_minutes or 0 for row in self.rows)


class _MinutesDelegate(QStyledItemDelegate):
    """Planned minutes in a spin box from 0 (none planned) to 600."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_PLANNED_MINUTES)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" min"))
        spin.setSpecialValueText("–")
        spin.setFrame(False)
        return spin


class AgendaView(QTableView):
    """The agenda table: rows are dragged to a new place (a line shows where they go).
    The drag and the drop are handled here: Qt's defaults for a table would overwrite
    the row dropped on, or remove the dragged row after the move."""

    row_moved = Signal(int)  # the moved row's new number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self._minutes_delegate = _MinutesDelegate(self)
        self.setItemDelegateForColumn(AgendaModel.MINUTES, self._minutes_delegate)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.PRESENTER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AgendaModel.PRESENTER, 170)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the selected row with its picture; unlike Qt's default, nothing is removed
        afterwards (the drop has moved the row already)."""
        model = self.model()
        rows = self.selectionModel().selectedRows()
        if model is None or not rows:
            return
        row = rows[0].row()
        drag = QDrag(self)
        drag.setMimeData(model.mimeData([model.index(row, 0)]))
        first = self.visualRect(model.index(row, 0))
        last = self.visualRect(model.index(row, model.columnCount() - 1))
        drag.setPixmap(self.viewport().grab(first.united(last)))
        drag.exec(Qt.DropAction.MoveAction)

    def drop_row_at(self, y: int) -> int:
        """The row a drop at height ``y`` (viewport coordinates) goes before."""
        model = self.model()
        row = self.rowAt(y)
        if row < 0:
            return model.rowCount() if y > 0 else 0
        if y > self.rowViewportPosition(row) + self.rowHeight(row) // 2:
            row += 1
        return row

    def dropEvent(self, event: QDropEvent) -> None:
        """Move the dragged row ourselves: Qt's default for a table would overwrite or
        remove rows."""
        model = self.model()
        if not isinstance(model, AgendaModel):
            event.ignore()
            return
        rows = model.dragged_rows(event.mimeData())
        if len(rows) != 1:
            event.ignore()
            return
        moved = model.move_row(rows[0], self.drop_row_at(event.position().toPoint().y()))
        event.acceptProposedAction()
        if moved is not None:
            self.selectRow(moved)
            self.row_moved.emit(moved)


# --- the questions -------------------------------------------------------------------

Confirm = Callable[[QWidget, str, str], bool]
"""Asks (title, question) and says whether the user agreed."""


def ask(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def duration_text(minutes: int) -> str:
    """ "1 h 35 min" in the interface's language."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return QCoreApplication.translate("MeetingDialog", "{hours} h {minutes} min").format(
            hours=hours, minutes=rest
        )
    if hours:
        return QCoreApplication.translate("MeetingDialog", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("MeetingDialog", "{minutes} min").format(minutes=rest)


def _days(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("MeetingDialog", "1 day")
    return QCoreApplication.translate("MeetingDialog", "{count} days").format(count=count)


def notice_warning(kind: MeetingKind, check: NoticeCheck | None) -> str:
    """The warning when the invitation period of ``kind`` is not kept; "" when it is."""
    if check is None or not check.too_short:
        return ""
    kinds = {
        MeetingKind.BOARD: QCoreApplication.translate("MeetingDialog", "for a board meeting"),
        MeetingKind.GENERAL_ASSEMBLY: QCoreApplication.translate(
            "MeetingDialog", "for a members' assembly"
        ),
        MeetingKind.PLENARY: QCoreApplication.translate("MeetingDialog", "for a plenary"),
        MeetingKind.GROUP: QCoreApplication.translate("MeetingDialog", "for a group meeting"),
        MeetingKind.PUBLIC_EVENT: QCoreApplication.translate("MeetingDialog", "for a public event"),
    }
    required = _days(check.required_days)
    if check.sent_on is not None:
        text = QCoreApplication.translate(
            "MeetingDialog",
            "The notice period {kind} is {required} – the invitation went out only {days} "
            "before the meeting.",
        )
    elif check.days_before <= 0:
        text = QCoreApplication.translate(
            "MeetingDialog", "The notice period {kind} is {required} – the meeting is today."
        )
    else:
        text = QCoreApplication.translate(
            "MeetingDialog",
            "The notice period {kind} is {required} – there are only {days} left until the "
            "meeting.",
        )
    return text.format(kind=kinds[kind], required=required, days=_days(check.days_before))


# --- the dialog ----------------------------------------------------------------------

_ID = Qt.ItemDataRole.UserRole
_WARNING_STYLE = (
    "QLabel { color: #6b4a00; background: #fff6dc; border: 1px solid #ecd27f; "
    "border-radius: 4px; padding: 6px 8px; }"
)
_NO_ROOM = -1


class MeetingDialog(RecordDialog[MeetingView]):
    """Create a meeting (``meeting=None``; ``day`` pre-fills the date) or change one.
    Save stores it (and books the room); the dialog stays open with the problem marked
    when the input is refused or the room is taken. After Save, :attr:`saved` holds the
    meeting as stored. Non-modal: use :meth:`open`."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date,
        meeting: MeetingView | None = None,
        parent: QWidget | None = None,
        *,
        day: dt.date | None = None,
        confirm: Confirm = ask,
    ) -> None:
        super().__init__(database, parent)
        self._actor = actor
        self._today = today
        self._meeting = meeting
        self._confirm = confirm
        self.setWindowTitle(
            self.tr("New meeting") if meeting is None else self.tr("Change meeting")
        )
        self.resize(1120, 760)

        with database.unit_of_work() as session:
            self._settings = read_settings(session)
            self._rooms = rooms.list_rooms(session, actor, include_inactive=True)
            self._groups = groups.list_groups(session, actor)

        self._build_form(day or today + dt.timedelta(days=14))
        self._build_invitees()
        self._build_agenda()
        self.invitation_edit = QPlainTextEdit(self)
        self.invitation_edit.setTabChangesFocus(True)
        self.invitation_edit.setObjectName("invitationEdit")
        self.invitation_edit.setPlaceholderText(
            self.tr(
                "A few words for the invitation, e.g. “Please bring the annual report. "
                "Coffee and cake from 18:30.” The agenda is added by itself."
            )
        )

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._agenda_page, self.tr("&Agenda"))
        self.tabs.addTab(self._invitees_page, self.tr("&Invitees"))
        self.tabs.addTab(self.invitation_edit, self.tr("Invitation &text"))

        message_row, buttons = self._message_and_buttons()
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(self._left, 9)
        columns.addWidget(self.tabs, 11)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(message_row)
        layout.addWidget(buttons)

        self._inputs: dict[str, QWidget] = {
            "kind": self.kind_combo,
            "title": self.title_edit,
            "day": self.date_edit,
            "start_time": self.start_edit,
            "end_time": self.end_edit,
            "end_day": self.end_date_edit,
            "room": self.room_combo,
            "location_note": self.location_edit,
            "group": self.group_combo,
            "chair": self.chair_field.picker.search_edit,
            "minute_taker": self.minute_taker_field.picker.search_edit,
            "invitees": self.invitees_list,
            "agenda": self.agenda_view,
            "agenda_title": self.agenda_view,
            "presenter": self.agenda_view,
            "planned_minutes": self.agenda_view,
            "invitation_text": self.invitation_edit,
            "funder_line": self.funder_edit,
            "supervising_adult": self.supervising_edit,
        }
        if meeting is not None:
            self.set_meeting(meeting)
        self._kind_changed()
        self._group_changed()
        self._update_notice()
        self._update_total()
        self.title_edit.setFocus()

    # -- building -------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _build_form(self, day: dt.date) -> None:
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(label, kind)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Vorstandssitzung März, Sommerfest-Planung")
        )
        self.title_edit.setMaxLength(TITLE_LENGTH)

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setDisplayFormat(date_pattern())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(to_qdate(day))
        self.start_edit = QuarterTimeEdit(self)
        self.start_edit.setObjectName("startEdit")
        self.start_edit.setTime(QTime(19, 0))
        self.end_edit = QuarterTimeEdit(self)
        self.end_edit.setObjectName("endEdit")
        self.end_edit.setTime(QTime(21, 0))
        when_row = QHBoxLayout()
        when_row.addWidget(self.date_edit)
        when_row.addSpacing(8)
        when_row.addWidget(self._label(self.tr("&From:"), self.start_edit))
        when_row.addWidget(self.start_edit)
        when_row.addWidget(self._label(self.tr("t&o:"), self.end_edit))
        when_row.addWidget(self.end_edit)
        when_row.addStretch(1)
        # An event over several days: the same hours on every day up to the last one.
        self.several_days_box = QCheckBox(self.tr("Several days, &until:"), self)
        self.several_days_box.setObjectName("severalDaysBox")
        self.several_days_box.setToolTip(
            self.tr(
                "For Aktionstage or a weekend workshop: the meeting takes place on every day "
                "up to this one, each day at the times above; the room is booked for each "
                "day, and the attendance list has a page for each."
            )
        )
        self.end_date_edit = QDateEdit(self)
        self.end_date_edit.setObjectName("endDateEdit")
        self.end_date_edit.setDisplayFormat(date_pattern())
        self.end_date_edit.setCalendarPopup(True)
        self.end_date_edit.setDate(to_qdate(day + dt.timedelta(days=1)))
        self.end_date_edit.setEnabled(False)
        self.end_date_edit.setAccessibleName(self.tr("Last day"))
        days_row = QHBoxLayout()
        days_row.addWidget(self.several_days_box)
        days_row.addWidget(self.end_date_edit)
        days_row.addStretch(1)
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(_WARNING_STYLE)
        self.notice_label.hide()

        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("roomCombo")
        for room in self._rooms:
            if room.is_active:
                self.room_combo.addItem(room.name, room.id)
        self.room_combo.addItem(self.tr("no room / another place"), _NO_ROOM)
        self.location_edit = QLineEdit(self)
        self.location_edit.setObjectName("locationEdit")
        self.location_edit.setMaxLength(LOCATION_LENGTH)

        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("groupCombo")
        self.group_combo.addItem(self.tr("— no group —"), None)
        for group in self._groups:
            if group.active_until is None or group.active_until >= self._today:
                self.group_combo.addItem(group.name, group.id)

        self.chair_field = PersonField(
            self._database, self._actor, self._today, self.tr("Chair"), self
        )
        self.minute_taker_field = PersonField(
            self._database, self._actor, self._today, self.tr("Minute taker"), self
        )

        self.funded_box = QGroupBox(self.tr("&Funded event (attendance list for the funder)"), self)
        self.funded_box.setObjectName("fundedBox")
        self.funded_box.setCheckable(True)
        self.funded_box.setChecked(False)
        self.funder_edit = QLineEdit(self.funded_box)
        self.funder_edit.setObjectName("funderEdit")
        self.funder_edit.setMaxLength(FUNDER_LINE_LENGTH)
        self.funder_edit.setPlaceholderText(
            self.tr("e.g. Gefördert im Programm „Nachbarschaftsgespräche“")
        )
        self.supervising_edit = QLineEdit(self.funded_box)
        self.supervising_edit.setMaxLength(GUEST_NAME_LENGTH)
        self.supervising_edit.setPlaceholderText(self.tr("who looks after the children, if any"))
        funded_form = QFormLayout(self.funded_box)
        funded_form.addRow(
            self._label(self.tr("Funder &line:"), self.funder_edit), self.funder_edit
        )
        funded_form.addRow(
            self._label(self.tr("Supervising a&dult:"), self.supervising_edit),
            self.supervising_edit,
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setSpacing(9)
        form.addRow(self._label(self.tr("&Kind:"), self.kind_combo), self.kind_combo)
        form.addRow(self._label(self.tr("&Title:"), self.title_edit), self.title_edit)
        form.addRow(self._label(self.tr("&Date:"), self.date_edit), when_row)
        form.addRow("", days_row)
        form.addRow("", self.notice_label)
        form.addRow(self._label(self.tr("&Room:"), self.room_combo), self.room_combo)
        form.addRow(self._label(self.tr("&Place:"), self.location_edit), self.location_edit)
        form.addRow(self._label(self.tr("&Group:"), self.group_combo), self.group_combo)
        form.addRow(
            self._label(self.tr("C&hair:"), self.chair_field.picker.search_edit), self.chair_field
        )
        form.addRow(
            self._label(self.tr("&Minutes by:"), self.minute_taker_field.picker.search_edit),
            self.minute_taker_field,
        )
        self._left = QVBoxLayout()
        self._left.addLayout(form)
        self._left.addWidget(self.funded_box)
        self._left.addStretch(1)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.date_edit.dateChanged.connect(self._update_notice)
        self.date_edit.dateChanged.connect(self._first_day_changed)
        self.several_days_box.toggled.connect(self._several_days_toggled)
        self.start_edit.timeChanged.connect(self._update_total)
        self.end_edit.timeChanged.connect(self._update_total)
        self.room_combo.currentIndexChanged.connect(self._room_changed)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self._room_changed()

    def _build_invitees(self) -> None:
        page = QWidget(self)
        self._invitees_page = page
        self.invitees_list = QListWidget(page)
        self.invitees_list.setObjectName("inviteesList")
        self.invitees_list.setAccessibleName(self.tr("Invitees"))
        self.invitees_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.invitees_list.setSortingEnabled(True)
        self.invitees_count = QLabel(page)
        self.remove_invitee_button = QPushButton(self.tr("&Remove"), page)
        self.remove_invitee_button.setObjectName("removeInviteeButton")
        self.remove_invitee_button.clicked.connect(self.remove_selected_invitees)
        self.invite_group_button = QPushButton(self.tr("Invite the &group"), page)
        self.invite_group_button.setObjectName("inviteGroupButton")
        self.invite_group_button.setToolTip(self.tr("Add the people of the chosen group"))
        self.invite_group_button.clicked.connect(self.invite_group)
        self.invite_members_button = QPushButton(self.tr("Invite all &members"), page)
        self.invite_members_button.setObjectName("inviteMembersButton")
        self.invite_members_button.setToolTip(self.tr("Add everyone who is a member today"))
        self.invite_members_button.clicked.connect(self.invite_members)
        self.invitee_picker = PersonPicker(self._database, self._actor, self._today, page)
        self.invitee_picker.list.setMaximumHeight(130)
        self.invitee_picker.chosen.connect(
            lambda person_id, _name, _phone: self._add_from_picker(person_id)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.invitees_count, 1)
        buttons.addWidget(self.invite_group_button)
        buttons.addWidget(self.invite_members_button)
        buttons.addWidget(self.remove_invitee_button)
        column = QVBoxLayout(page)
        column.addWidget(self.invitees_list, 1)
        column.addLayout(buttons)
        column.addWidget(subheading(self.tr("Add someone from the register:"), page))
        column.addWidget(self.invitee_picker)
        self._count_invitees()

    def _build_agenda(self) -> None:
        page = QWidget(self)
        self._agenda_page = page
        self.agenda_model = AgendaModel(page)
        self.agenda_view = AgendaView(page)
        self.agenda_view.setObjectName("agendaView")
        self.agenda_view.setAccessibleName(self.tr("Agenda"))
        self.agenda_view.setModel(self.agenda_model)
        self.add_item_button = QPushButton(self.tr("A&dd item"), page)
        self.add_item_button.setObjectName("addItemButton")
        self.add_item_button.clicked.connect(self.add_agenda_item)
        self.remove_item_button = QPushButton(self.tr("R&emove item"), page)
        self.remove_item_button.setObjectName("removeItemButton")
        self.remove_item_button.clicked.connect(self.remove_agenda_item)
        self.up_button = QPushButton(self.tr("▲ &Up"), page)
        self.up_button.setObjectName("upButton")
        self.up_button.setToolTip(self.tr("Move the item up (Ctrl+Up); or drag it with the mouse"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("▼ Do&wn"), page)
        self.down_button.setObjectName("downButton")
        self.down_button.setToolTip(
            self.tr("Move the item down (Ctrl+Down); or drag it with the mouse")
        )
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        QShortcut(QKeySequence("Ctrl+Up"), self.agenda_view, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.agenda_view, lambda: self.move_selected(1))
        self.total_label = QLabel(page)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item_button)
        buttons.addWidget(self.remove_item_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        column = QVBoxLayout(page)
        column.addWidget(self.agenda_view, 1)
        column.addLayout(buttons)
        column.addWidget(self.total_label)
        column.addWidget(
            hint_label(
                self.tr(
                    "Double-click a cell to change it. Drag an item by the mouse, or use the "
                    "arrow buttons, to change the order; the numbers follow."
                ),
                page,
            )
        )
        rows = self.agenda_view.verticalHeader()
        rows.setDefaultSectionSize(rows.minimumSectionSize() + 8)
        self.agenda_model.changed.connect(self._update_total)
        self.agenda_view.selectionModel().selectionChanged.connect(self._agenda_selection)
        self._agenda_selection()

    # -- reacting to input ----------------------------------------------------------------

    def kind(self) -> MeetingKind:
        data = self.kind_combo.currentData()
        return data if isinstance(data, MeetingKind) else MeetingKind(str(data))

    def _kind_changed(self) -> None:
        self.invite_members_button.setVisible(self.kind() is MeetingKind.GENERAL_ASSEMBLY)
        self._update_notice()

    def _room_changed(self) -> None:
        no_room = self.room_combo.currentData() == _NO_ROOM
        self.location_edit.setPlaceholderText(
            self.tr("Where? e.g. Rathaus, Sitzungssaal 2")
            if no_room
            else self.tr("optional, e.g. garden if the weather is fine")
        )

    def _group_changed(self) -> None:
        self.invite_group_button.setEnabled(self.group_combo.currentData() is not None)

    def notice_check(self) -> NoticeCheck | None:
        """The invitation period for the date and kind as typed."""
        sent_on = self._meeting.invitation_sent_on if self._meeting is not None else None
        return notice_check(
            from_qdate(self.date_edit.date()),
            notice_days(self._settings, self.kind()),
            sent_on=sent_on,
            today=self._today,
        )

    def _update_notice(self) -> None:
        text = notice_warning(self.kind(), self.notice_check())
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def _update_total(self) -> None:
        total = self.agenda_model.total_minutes()
        if not total:
            self.total_label.setText(self.tr("No times planned for the items yet."))
            return
        # No full stop after the duration: the German one ends in "Min." already.
        text = self.tr("Planned: {duration}").format(duration=duration_text(total))
        start, end = self.start_edit.time(), self.end_edit.time()
        length = start.secsTo(end) // 60
        if length > 0 and total > length:
            text += " – " + self.tr("longer than the meeting ({duration})").format(
                duration=duration_text(length)
            )
        self.total_label.setText(text)

    def _agenda_selection(self) -> None:
        row = self.selected_agenda_row()
        count = self.agenda_model.rowCount()
        self.remove_item_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < count - 1)

    # -- agenda ---------------------------------------------------------------------------

    def selected_agenda_row(self) -> int | None:
        rows = self.agenda_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_agenda_item(self, title: str = "") -> int:
        """Add an item at the end and start typing its topic."""
        row = self.agenda_model.append(AgendaRow(title))
        index = self.agenda_model.index(row, AgendaModel.TITLE)
        self.agenda_view.selectRow(row)
        self.agenda_view.setCurrentIndex(index)
        if not title:
            self.agenda_view.edit(index)
        return row

    def remove_agenda_item(self) -> None:
        row = self.selected_agenda_row()
        if row is None:
            return
        item = self.agenda_model.rows[row]
        if item.item_id is not None and self._has_minutes(item.item_id):
            question = self.tr(
                "Item {number} “{title}” already has minutes. Remove it anyway? Its minutes "
                "are deleted when you save; its decisions and tasks stay without an item."
            ).format(number=row + 1, title=item.title)
            if not self._confirm(self, self.tr("Remove agenda item"), question):
                return
        self.agenda_model.remove(row)
        if self.agenda_model.rowCount():
            self.agenda_view.selectRow(min(row, self.agenda_model.rowCount() - 1))
        self._agenda_selection()

    def _has_minutes(self, item_id: int) -> bool:
        if self._meeting is None:
            return False
        return any(
            item.id == item_id and item.minutes_text.strip() for item in self._meeting.agenda
        )

    def move_selected(self, step: int) -> None:
        """Move the selected item ``step`` rows (−1 up, +1 down)."""
        row = self.selected_agenda_row()
        if row is None:
            return
        target = row + step
        if not 0 <= target < self.agenda_model.rowCount():
            return
        moved = self.agenda_model.move_row(row, target if step < 0 else target + 1)
        if moved is not None:
            self.agenda_view.selectRow(moved)
        self._agenda_selection()

    # -- invitees -------------------------------------------------------------------------

    def invitee_ids(self) -> list[int]:
        return [
            int(self.invitees_list.item(row).data(_ID)) for row in range(self.invitees_list.count())
        ]

    def add_invitees(self, people: Sequence[tuple[int, str]]) -> int:
        """Add people (id, name) not invited yet; how many were new."""
        present = set(self.invitee_ids())
        added = 0
        for person_id, name in people:
            if person_id in present:
                continue
            item = QListWidgetItem(name, self.invitees_list)
            item.setData(_ID, person_id)
            present.add(person_id)
            self.invitee_picker.exclude.add(person_id)
            added += 1
        self._count_invitees()
        return added

    def remove_selected_invitees(self) -> None:
        for item in self.invitees_list.selectedItems():
            self.invitee_picker.exclude.discard(int(item.data(_ID)))
            self.invitees_list.takeItem(self.invitees_list.row(item))
        self._count_invitees()

    def _count_invitees(self) -> None:
        count = self.invitees_list.count()
        self.invitees_count.setText(
            self.tr("Nobody invited yet.")
            if count == 0
            else self.tr("{count} invited").format(count=count)
        )
        self.remove_invitee_button.setEnabled(count > 0)

    def invite_group(self) -> int:
        group_id = self.group_combo.currentData()
        if group_id is None:
            return 0
        return self._invite(
            PeopleFilter(group_id=int(group_id)), self.tr("Nobody belongs to this group yet.")
        )

    def invite_members(self) -> int:
        return self._invite(
            PeopleFilter(status=PersonStatus.MEMBER), self.tr("Nobody is a member today.")
        )

    def _invite(self, wanted: PeopleFilter, nobody: str) -> int:
        try:
            with self._database.unit_of_work() as session:
                ids = find_people(session, self._actor, wanted, today=self._today)
                found = people_rows(session, self._actor, ids, today=self._today)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return 0
        added = self.add_invitees([(row.id, row.sort_name) for row in found])
        self.tabs.setCurrentWidget(self._invitees_page)
        if not found:
            self.banner.show_success(nobody)
        elif added == len(found):
            self.banner.show_success(self.tr("{added} people invited.").format(added=added))
        else:
            self.banner.show_success(
                self.tr("{added} people invited; {already} were invited already.").format(
                    added=added, already=len(found) - added
                )
            )
        return added

    def _add_from_picker(self, person_id: int) -> None:
        row = self.invitee_picker.model.rows
        names = {person.id: person.sort_name for person in row}
        self.add_invitees([(person_id, names.get(person_id, str(person_id)))])

    # -- between the form and the draft ---------------------------------------------------

    def set_meeting(self, meeting: MeetingView) -> None:
        self._meeting = meeting
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(meeting.kind)))
        self.title_edit.setText(meeting.title)
        self.date_edit.setDate(to_qdate(meeting.starts_at.date()))
        self.start_edit.setTime(QTime(meeting.starts_at.hour, meeting.starts_at.minute))
        if meeting.ends_at is not None:
            self.end_edit.setTime(QTime(meeting.ends_at.hour, meeting.ends_at.minute))
        self.several_days_box.setChecked(meeting.end_day is not None)
        if meeting.end_day is not None:
            self.end_date_edit.setDate(to_qdate(meeting.end_day))
        if meeting.room_id is None:
            self.room_combo.setCurrentIndex(self.room_combo.findData(_NO_ROOM))
        else:
            if self.room_combo.findData(meeting.room_id) < 0:  # deactivated meanwhile
                self.room_combo.insertItem(0, meeting.room_name, meeting.room_id)
            self.room_combo.setCurrentIndex(self.room_combo.findData(meeting.room_id))
        self.location_edit.setText(meeting.location_note)
        if meeting.group_id is not None and self.group_combo.findData(meeting.group_id) < 0:
            self.group_combo.addItem(meeting.group_name, meeting.group_id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(meeting.group_id)))
        self.chair_field.set_person(meeting.chair_id, meeting.chair_name)
        self.minute_taker_field.set_person(meeting.minute_taker_id, meeting.minute_taker_name)
        self.invitees_list.clear()
        self.invitee_picker.exclude.clear()
        self.add_invitees(
            [
                (person.id, _sort_name(person.first_name, person.last_name))
                for person in meeting.invitees
            ]
        )
        self.agenda_model.set_rows(
            [
                AgendaRow(item.title, item.presenter, item.planned_minutes, item.id)
                for item in meeting.agenda
            ]
        )
        self.invitation_edit.setPlainText(meeting.invitation_text)
        self.funded_box.setChecked(meeting.is_funded_event)
        self.funder_edit.setText(meeting.funder_line)
        self.supervising_edit.setText(meeting.supervising_adult)
        self._agenda_selection()
        self._update_notice()
        self._update_total()

    def draft(self) -> MeetingDraft:
        room = self.room_combo.currentData()
        group = self.group_combo.currentData()
        start, end = self.start_edit.time(), self.end_edit.time()
        return MeetingDraft(
            kind=self.kind(),
            title=self.title_edit.text().strip(),
            day=from_qdate(self.date_edit.date()),
            start_time=dt.time(start.hour(), start.minute()),
            end_time=dt.time(end.hour(), end.minute()),
            room_id=None if room in (None, _NO_ROOM) else int(room),
            location_note=self.location_edit.text().strip(),
            group_id=None if group is None else int(group),
            chair_id=self.chair_field.person_id,
            minute_taker_id=self.minute_taker_field.person_id,
            invitee_ids=tuple(self.invitee_ids()),
            agenda=tuple(
                AgendaItemDraft(
                    row.title.strip(), row.presenter.strip(), row.planned_minutes, row.item_id
                )
                for row in self.agenda_model.rows
            ),
            invitation_text=self.invitation_edit.toPlainText().strip(),
            is_funded_event=self.funded_box.isChecked(),
            funder_line=self.funder_edit.text().strip() if self.funded_box.isChecked() else "",
            supervising_adult=(
                self.supervising_edit.text().strip() if self.funded_box.isChecked() else ""
            ),
            end_day=(
                from_qdate(self.end_date_edit.date()) if self.several_days_box.isChecked() else None
            ),
        )

    def _several_days_toggled(self, checked: bool) -> None:
        self.end_date_edit.setEnabled(checked)
        if checked and self.end_date_edit.date() <= self.date_edit.date():
            self.end_date_edit.setDate(self.date_edit.date().addDays(1))

    def _first_day_changed(self) -> None:
        """The last day moves along while it would come before the first."""
        if self.end_date_edit.date() <= self.date_edit.date():
            self.end_date_edit.setDate(self.date_edit.date().addDays(1))

    # -- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        """Check everything first (all problems marked at once), then store."""
        self._clear_marks()
        self.reload_button.hide()
        draft = self.draft()
        problems = meeting_problems(draft)
        if not problems and draft.room_id is None and not draft.location_note:
            problems = [FieldInvalid("location_note", "required")]
        if problems:
            self._show_problems(problems)
            return
        try:
            with self._database.unit_of_work() as session:
                self.saved = self._store(session)
        except FieldInvalid as error:
            self._show_problems([error])
            return
        except BookingConflict as error:
            mark_invalid(self.room_combo, focus=False)
            mark_invalid(self.date_edit)
            self.banner.show_error(
                message_for(error)
                + " "
                + self.tr("Please choose another time or room; nothing has been saved.")
            )
            return
        except ConcurrentEdit as error:
            self.banner.show_error(message_for(error))
            self.reload_button.show()
            return
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        QDialog.accept(self)

    def _clear_marks(self) -> None:
        for widget in set(self._inputs.values()):
            widget.setStyleSheet("")

    def _show_problems(self, problems: Sequence[FieldInvalid]) -> None:
        first = True
        for problem in problems:
            mark_invalid(self._inputs.get(problem.field), focus=first)
            first = False
        first_problem = problems[0]
        if first_problem.field in ("agenda_title", "presenter", "planned_minutes"):
            self.tabs.setCurrentWidget(self._agenda_page)
            self._select_agenda_cell(first_problem)
        elif first_problem.field in ("agenda",):
            self.tabs.setCurrentWidget(self._agenda_page)
        elif first_problem.field == "invitees":
            self.tabs.setCurrentWidget(self._invitees_page)
        elif first_problem.field == "invitation_text":
            self.tabs.setCurrentWidget(self.invitation_edit)
        sentences = [field_message(problem) for problem in problems[:4]]
        if len(problems) > 4:
            sentences.append(self.tr("… and {count} more.").format(count=len(problems) - 4))
        self.banner.show_error("\n".join(sentences))

    def _select_agenda_cell(self, problem: FieldInvalid) -> None:
        try:
            row = int(problem.value) - 1
        except ValueError:
            return
        column = {
            "agenda_title": AgendaModel.TITLE,
            "presenter": AgendaModel.PRESENTER,
            "planned_minutes": AgendaModel.MINUTES,
        }[problem.field]
        if 0 <= row < self.agenda_model.rowCount():
            self.agenda_view.setCurrentIndex(self.agenda_model.index(row, column))

    def _store(self, session: Session) -> MeetingView:
        draft = self.draft()
        if self._meeting is None:
            meeting_id = meetings.create_meeting(session, self._actor, draft, today=self._today)
        else:
            meeting_id = self._meeting.id
            meetings.update_meeting(
                session,
                self._actor,
                meeting_id,
                draft,
                expected_version=self._meeting.version,
                today=self._today,
            )
        return meetings.get_meeting(session, self._actor, meeting_id, today=self._today)

    def _fetch(self, session: Session) -> MeetingView | None:
        if self._meeting is None:
            return None
        return meetings.get_meeting(session, self._actor, self._meeting.id, today=self._today)

    def _show_fresh(self, view: MeetingView) -> None:
        self._clear_marks()
        self.set_meeting(view)


def _sort_name(first_name: str, last_name: str) -> str:
    return ", ".join(part for part in (last_name, first_name) if part)


def field_message(problem: FieldInvalid) -> str:
    """A sentence for a refused field of the meeting form."""
    number = problem.value
    sentences = {
        ("title", "required"): QCoreApplication.translate(
            "MeetingDialog", "Please give the meeting a title."
        ),
        ("end_time", "before_start"): QCoreApplication.translate(
            "MeetingDialog", "The meeting ends before it starts. Please check the times."
        ),
        ("end_time", "zero_length"): QCoreApplication.translate(
            "MeetingDialog", "Start and end are the same: please give the time it ends."
        ),
        ("location_note", "required"): QCoreApplication.translate(
            "MeetingDialog", "Please choose a room, or write where the meeting takes place."
        ),
        ("agenda", "too_many"): QCoreApplication.translate(
            "MeetingDialog",
            "The agenda has too many items: at most {value}. Please combine some of them.",
        ),
        ("agenda_title", "required"): QCoreApplication.translate(
            "MeetingDialog", "Item {value} of the agenda has no topic. Please write one."
        ),
    }
    sentence = sentences.get((problem.field, problem.reason))
    if sentence is None:
        return message_for(problem)
    return sentence.format(value=number)
