"""Treffen: the list of meetings (upcoming, past or all; filtered by kind, group, year
and a search), the selected meeting's summary beside it, and what is done with a
meeting: the form (:class:`~quartierstreff.ui.dialogs.meeting.MeetingDialog`), the
attendance and minutes (``ui.dialogs.minutes``), the invitation as PDF and as e-mail
text, the attendance list and minutes as PDF, the decisions register
(``ui.dialogs.decisions``), and deleting (to the bin; the room booking is cancelled).

Every question the page asks is a parameter (tests answer them): ``confirm`` for
deleting, ``choose_path`` for where to save a PDF, ``ask_open`` whether to open it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.db.models import MeetingKind
from quartierstreff.reports.meetings import write_attendance_list, write_invitation, write_minutes
from quartierstreff.services import meetings
from quartierstreff.services.centre import get_profile
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.meetings import (
    KIND_LABELS,
    MeetingRow,
    MeetingView,
    invitation_email,
)
from quartierstreff.services.security import Actor, Permission
from quartierstreff.services.views import CentreProfileView
from quartierstreff.ui.dialogs.decisions import DecisionsDialog
from quartierstreff.ui.dialogs.meeting import MeetingDialog, notice_warning
from quartierstreff.ui.dialogs.minutes import MinutesDialog
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import format_date
from quartierstreff.ui.pages.groups import Confirm, RecordsModel, ask
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.files import PathChooser, ask_pdf_path, open_file
from quartierstreff.ui.widgets.lists import select_record, selected_record, set_up_record_list
from quartierstreff.ui.widgets.page import DialogPage, heading

AskOpen = Callable[[QWidget, Path], bool]
"""Asks whether to open the written file (parent, path); True to open it."""
SEARCH_DELAY_MS = 200


class Period:
    UPCOMING = "upcoming"
    PAST = "past"
    ALL = "all"


def _ask_open(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MeetingsPage", "Saved"),
        QCoreApplication.translate("MeetingsPage", "Saved as {file}. Open it now?").format(
            file=path.name
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    return answer == QMessageBox.StandardButton.Open


class _MeetingDocument(Protocol):
    def __call__(
        self,
        path: Path,
        meeting: MeetingView,
        centre: CentreProfileView | None,
        *,
        printed_on: dt.date,
    ) -> Path: ...


def _time_text(row: MeetingRow) -> str:
    if row.ends_at is None:
        return f"{row.starts_at:%H:%M}"
    return f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}"


def _count(number: int) -> str:
    return str(number) if number else ""


def file_name(what: str, meeting: MeetingView) -> str:
    """ "Einladung_2026-12-08_Vorstandssitzung.pdf": sortable, no characters that
    trouble a file system."""
    return f"{_safe(what)}_{meeting.starts_at:%Y-%m-%d}_{_safe(meeting.title) or 'Treffen'}.pdf"


def _safe(text: str) -> str:
    """Letters and digits, the rest one "_" each run; at most 60 characters."""
    cleaned = "".join(char if char.isalnum() else "_" for char in text)
    return "_".join(part for part in cleaned.split("_") if part)[:60]


class MeetingsPage(DialogPage):
    """``today`` is a date or a function giving it (the window stays open past
    midnight). Dialogs open window-modal without blocking (:meth:`QDialog.open`)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date | Callable[[], dt.date],
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
        choose_path: PathChooser | None = None,
        ask_open: AskOpen = _ask_open,
        open_file: Callable[[Path], None] = open_file,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today if callable(today) else (lambda: today)
        self._confirm = confirm
        self._choose_path = choose_path or self._ask_pdf_path
        self._ask_open = ask_open
        self._open_file = open_file
        self.may_write = actor.may(Permission.MEETINGS_WRITE)
        """The dialog open now, if any (tests fill it in)."""
        self.rows: list[MeetingRow] = []
        self._has_any = False

        title = heading(self)
        title.setText(self.tr("Meetings"))

        # -- filters
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("meetingSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search titles and places…"))
        self.search_edit.setAccessibleName(self.tr("Search meetings"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.setAccessibleName(self.tr("Kind of meeting"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(label, kind)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("groupFilter")
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.group_combo.addItem(self.tr("All groups"), None)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearFilter")
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_combo.addItem(self.tr("All years"), None)

        self.upcoming_button = self._period_button(self.tr("&Upcoming"), "upcomingButton")
        self.past_button = self._period_button(self.tr("&Past"), "pastButton")
        self.all_button = self._period_button(self.tr("A&ll"), "allButton")
        self.period_group = QButtonGroup(self)
        for button in (self.upcoming_button, self.past_button, self.all_button):
            self.period_group.addButton(button)
        self.upcoming_button.setChecked(True)

        filter_row = QHBoxLayout()
        filter_row.setSpacing(0)
        for button in (self.upcoming_button, self.past_button, self.all_button):
            filter_row.addWidget(button)
        filter_row.addSpacing(14)
        filter_row.addWidget(self.search_edit, 1)
        filter_row.addSpacing(8)
        filter_row.addWidget(self.kind_combo)
        filter_row.addSpacing(8)
        filter_row.addWidget(self.group_combo)
        filter_row.addSpacing(8)
        filter_row.addWidget(self.year_combo)

        # -- actions
        self.new_button = QPushButton(self.tr("&New meeting…"), self)
        self.new_button.setObjectName("newMeetingButton")
        self.new_button.setToolTip(self.tr("Prepare a meeting with its agenda (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_meeting)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_meeting)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.edit_button.setObjectName("editMeetingButton")
        self.edit_button.setToolTip(self.tr("Date, room, invitees and agenda (Enter)"))
        self.edit_button.clicked.connect(self.edit_meeting)
        self.minutes_button = QPushButton(self.tr("&Minutes && attendance…"), self)
        self.minutes_button.setObjectName("minutesButton")
        self.minutes_button.setToolTip(
            self.tr("Who came, the minutes of each item, decisions and action items")
        )
        self.minutes_button.clicked.connect(self.open_minutes)

        self.invitation_pdf_action = QAction(self.tr("Invitation as &PDF…"), self)
        self.invitation_pdf_action.triggered.connect(self.save_invitation)
        self.copy_email_action = QAction(self.tr("Copy the &e-mail text"), self)
        self.copy_email_action.setToolTip(
            self.tr("The invitation as plain text, to paste into an e-mail")
        )
        self.copy_email_action.triggered.connect(self.copy_invitation_text)
        self.mark_sent_action = QAction(self.tr("Invitation &sent today"), self)
        self.mark_sent_action.setToolTip(self.tr("The notice period counts from this day"))
        self.mark_sent_action.triggered.connect(self.mark_invitation_sent)
        invitation_menu = QMenu(self)
        invitation_menu.addAction(self.invitation_pdf_action)
        invitation_menu.addAction(self.copy_email_action)
        invitation_menu.addSeparator()
        invitation_menu.addAction(self.mark_sent_action)
        self.invitation_button = self._menu_button(self.tr("&Invitation"), invitation_menu)
        self.invitation_button.setObjectName("invitationButton")

        self.attendance_pdf_action = QAction(self.tr("&Attendance list (PDF)…"), self)
        self.attendance_pdf_action.setToolTip(self.tr("To sign at the door; print it beforehand"))
        self.attendance_pdf_action.triggered.connect(self.save_attendance_list)
        self.minutes_pdf_action = QAction(self.tr("&Minutes (PDF)…"), self)
        self.minutes_pdf_action.triggered.connect(self.save_minutes)
        print_menu = QMenu(self)
        print_menu.addAction(self.attendance_pdf_action)
        print_menu.addAction(self.minutes_pdf_action)
        self.print_button = self._menu_button(self.tr("P&rint"), print_menu)
        self.print_button.setObjectName("printButton")

        self.decisions_button = QPushButton(self.tr("&Decisions…"), self)
        self.decisions_button.setObjectName("decisionsButton")
        self.decisions_button.setToolTip(self.tr("All decisions of all meetings, searchable"))
        self.decisions_button.clicked.connect(self.open_decisions)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setObjectName("deleteMeetingButton")
        self.delete_button.clicked.connect(self.delete_meeting)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(self.may_write)
        self.new_shortcut.setEnabled(self.may_write)
        self.mark_sent_action.setVisible(self.may_write)

        action_row = QHBoxLayout()
        action_row.addWidget(self.new_button)
        action_row.addWidget(self.edit_button)
        action_row.addWidget(self.minutes_button)
        action_row.addWidget(self.invitation_button)
        action_row.addWidget(self.print_button)
        action_row.addStretch(1)
        action_row.addWidget(self.decisions_button)
        action_row.addWidget(self.delete_button)

        # -- the list and the summary
        self.model: RecordsModel[MeetingRow] = RecordsModel(
            [
                (self.tr("Date"), lambda r: format_date(r.starts_at.date())),
                (self.tr("Time"), _time_text),
                (self.tr("Kind"), lambda r: r.kind_label),
                (self.tr("Title"), lambda r: r.title),
                (self.tr("Place"), lambda r: r.place),
                (self.tr("Present"), lambda r: _count(r.attendee_count)),
                (self.tr("Tasks"), lambda r: _count(r.open_action_count)),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("meetingsTable")
        self.table.setModel(self.model)
        set_up_record_list(self.table, 3)
        header = self.table.horizontalHeader()
        # Kind and place cut short, so that the title keeps the room (the group and the
        # whole place are in the panel beside the list).
        for column, width in ((2, 140), (4, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(self.edit_meeting)
        self.table.installEventFilter(self)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 40px;")
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.detail = QLabel(self)
        self.detail.setObjectName("meetingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setContentsMargins(14, 10, 14, 10)
        detail_scroll = QScrollArea(self)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setMinimumWidth(240)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([840, 260])

        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(filter_row)
        layout.addLayout(action_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self._timer.start)
        for combo in (self.kind_combo, self.group_combo, self.year_combo):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.period_group.buttonClicked.connect(self._filter_changed)
        self._show_selected()

    def _period_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setCheckable(True)
        return button

    def _menu_button(self, text: str, menu: QMenu) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(self.new_button.sizeHint().height())
        return button

    # -- loading --------------------------------------------------------------------------

    def period(self) -> str:
        if self.past_button.isChecked():
            return Period.PAST
        if self.all_button.isChecked():
            return Period.ALL
        return Period.UPCOMING

    def set_period(self, period: str) -> None:
        button = {
            Period.UPCOMING: self.upcoming_button,
            Period.PAST: self.past_button,
            Period.ALL: self.all_button,
        }[period]
        button.setChecked(True)
        self.reload()

    def refresh(self) -> None:
        """Fill the group and year filters, then the list."""
        try:
            with self._database.unit_of_work() as session:
                every = meetings.list_meetings(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self._has_any = bool(every)
        groups = sorted(
            {(row.group_name, row.group_id) for row in every if row.group_id is not None},
            key=lambda pair: pair[0].casefold(),
        )
        years = sorted({row.starts_at.year for row in every}, reverse=True)
        self._refill(self.group_combo, [(name, group_id) for name, group_id in groups])
        self._refill(self.year_combo, [(str(year), year) for year in years])
        self.reload()

    def _refill(self, combo: QComboBox, entries: list[tuple[str, int]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _filter_changed(self) -> None:
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._timer.stop()
        current = self.current_id() if select_id is None else select_id
        kind = self.kind_combo.currentData()
        group_id = self.group_combo.currentData()
        year = self.year_combo.currentData()
        try:
            with self._database.unit_of_work() as session:
                found = meetings.list_meetings(
                    session,
                    self._actor,
                    kind=MeetingKind(kind) if kind else None,
                    group_id=group_id if isinstance(group_id, int) else None,
                    year=year if isinstance(year, int) else None,
                    search=self.search_edit.text().strip(),
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        if found:
            self._has_any = True
        today = self._today()
        upcoming = sorted(
            (row for row in found if row.starts_at.date() >= today), key=lambda r: r.starts_at
        )
        past = sorted(
            (row for row in found if row.starts_at.date() < today),
            key=lambda r: r.starts_at,
            reverse=True,
        )
        period = self.period()
        rows = upcoming if period == Period.UPCOMING else past if period == Period.PAST else []
        if period == Period.ALL:
            rows = upcoming + past
        self.rows = rows
        self.model.set_rows(rows)
        if rows:
            self.list_stack.setCurrentWidget(self.table)
            select_record(self.table, rows, current)
            if self.current_id() is None:
                self.table.selectRow(0)
        else:
            self.empty_label.setText(self._empty_text())
            self.list_stack.setCurrentWidget(self.empty_label)
        self._show_selected()

    def _empty_text(self) -> str:
        if not self._has_any:
            if self.may_write:
                return self.tr(
                    "No meetings yet.\n\nWith “New meeting…” you prepare the first one: "
                    "date, room, invitees and agenda. The invitation, the attendance list "
                    "and the minutes follow from it."
                )
            return self.tr("No meetings yet.")
        filtered = (
            bool(self.search_edit.text().strip())
            or self.kind_combo.currentIndex() > 0
            or self.group_combo.currentIndex() > 0
            or self.year_combo.currentIndex() > 0
        )
        if filtered:
            return self.tr("No meeting matches the filters.")
        if self.period() == Period.UPCOMING:
            return self.tr("No meetings planned. Past meetings are under “Past”.")
        return self.tr("No past meetings.")

    def current_id(self) -> int | None:
        row = selected_record(self.table, self.rows)
        return row.id if row is not None else None

    def current_row(self) -> MeetingRow | None:
        return selected_record(self.table, self.rows)

    # -- the summary ----------------------------------------------------------------------

    def _show_selected(self) -> None:
        meeting_id = self.current_id()
        chosen = meeting_id is not None
        for widget in (
            self.edit_button,
            self.minutes_button,
            self.invitation_button,
            self.print_button,
            self.delete_button,
        ):
            widget.setEnabled(chosen)
        if meeting_id is None:
            self.detail.setText("")
            return
        view = self._meeting(meeting_id, quiet=True)
        self.detail.setText(self.meeting_html(view) if view is not None else "")

    def meeting_html(self, meeting: MeetingView) -> str:
        e = html.escape
        parts = [
            f"<h3 style='margin:0'>{e(meeting.title)}</h3>",
            f"<p style='color:gray;margin-top:2px'>{e(meeting.kind_label)}</p>",
        ]
        facts = [e(meeting.when_text)]
        if meeting.place:
            facts.append(e(meeting.place))
        if meeting.group_name:
            facts.append(self.tr("Group: {name}").format(name=e(meeting.group_name)))
        if meeting.chair_name:
            facts.append(self.tr("Chair: {name}").format(name=e(meeting.chair_name)))
        if meeting.minute_taker_name:
            facts.append(self.tr("Minutes: {name}").format(name=e(meeting.minute_taker_name)))
        parts.append(f"<p>{'<br>'.join(facts)}</p>")
        warning = notice_warning(meeting.kind, meeting.notice)
        if warning:
            parts.append(f"<p style='color:#8a5a00'>⚠ {e(warning)}</p>")
        if meeting.invitation_sent_on is not None:
            parts.append(
                "<p>"
                + e(
                    self.tr("Invitation sent on {date}.").format(
                        date=format_date(meeting.invitation_sent_on)
                    )
                )
                + "</p>"
            )
        people = [self.tr("{count} invited").format(count=len(meeting.invitees))]
        if meeting.total_count:
            people.append(self.tr("{count} present").format(count=meeting.total_count))
        parts.append(f"<p>{e(' · '.join(people))}</p>")
        if meeting.quorum is not None and meeting.attendance:
            parts.append(f"<p>{e(meeting.quorum.status_text)}</p>")
        if meeting.agenda:
            items = "".join(
                f"<tr><td style='padding-right:6px' align='right'>{item.number}</td>"
                f"<td>{e(item.title)}</td></tr>"
                for item in meeting.agenda
            )
            parts.append(
                f"<p style='margin-bottom:2px'><b>{e(self.tr('Agenda'))}</b></p>"
                f"<table cellspacing='0'>{items}</table>"
            )
        counts = []
        decided = len(meeting.decisions)
        if decided:
            counts.append(
                self.tr("1 decision")
                if decided == 1
                else self.tr("{count} decisions").format(count=decided)
            )
        open_count = sum(1 for item in meeting.action_items if not item.is_done)
        if open_count:
            counts.append(
                self.tr("1 open task")
                if open_count == 1
                else self.tr("{count} open tasks").format(count=open_count)
            )
        if counts:
            parts.append(f"<p>{e(' · '.join(counts))}</p>")
        return "".join(parts)

    def _meeting(self, meeting_id: int, *, quiet: bool = False) -> MeetingView | None:
        try:
            with self._database.unit_of_work() as session:
                return meetings.get_meeting(session, self._actor, meeting_id, today=self._today())
        except QuartierstreffError as error:
            if not quiet:
                self.banner.show_error(message_for(error))
                self.reload()
            return None

    # -- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_meeting()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_meeting()
                return True
        return super().eventFilter(watched, event)

    # -- the dialogs ----------------------------------------------------------------------

    def new_meeting(self) -> QDialog | None:
        if not self.may_write or self._busy():
            return None
        try:
            dialog = MeetingDialog(self._database, self._actor, self._today(), parent=self)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        return self._open(dialog, lambda: self._saved(dialog, created=True))

    def edit_meeting(self) -> QDialog | None:
        meeting_id = self.current_id()
        if meeting_id is None or not self.may_write or self._busy():
            return None
        meeting = self._meeting(meeting_id)
        if meeting is None:
            return None
        try:
            dialog = MeetingDialog(self._database, self._actor, self._today(), meeting, parent=self)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        return self._open(dialog, lambda: self._saved(dialog, created=False))

    def _saved(self, dialog: MeetingDialog, *, created: bool) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.refresh()
        in_view = self.period() == Period.ALL or (
            (saved.day >= self._today()) == (self.period() == Period.UPCOMING)
        )
        if not in_view:
            self.all_button.setChecked(True)
        self.reload(saved.id)
        message = (
            self.tr("Meeting “{title}” created.")
            if created
            else self.tr("Meeting “{title}” saved.")
        )
        text = message.format(title=saved.title)
        if created and saved.booking_id is not None:
            text += " " + self.tr("The room “{room}” is booked for it.").format(
                room=saved.room_name
            )
        self.banner.show_success(text)

    def open_minutes(self) -> QWidget | None:
        meeting_id = self.current_id()
        if meeting_id is None or self._busy():
            return None
        try:
            dialog = MinutesDialog(self._database, self._actor, meeting_id, self._today(), self)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.reload()
            return None
        dialog.changed.connect(lambda: self.reload(meeting_id))
        dialog.finished.connect(lambda _result: self.reload(meeting_id))
        return self._open(dialog)

    def open_decisions(self) -> QWidget | None:
        if self._busy():
            return None
        try:
            dialog = DecisionsDialog(self._database, self._actor, self)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        return self._open(dialog)

    def delete_meeting(self) -> bool:
        row = self.current_row()
        if row is None or not self.may_write:
            return False
        question = self.tr(
            "Delete the meeting “{title}” on {date}? Its agenda, attendance and minutes go "
            "with it to the bin, where it can be restored for 30 days."
        ).format(title=row.title, date=format_date(row.starts_at.date()))
        if row.place:
            question += " " + self.tr("A booking of the room for it is cancelled.")
        if not self._confirm(self, self.tr("Delete meeting"), question):
            return False
        try:
            with self._database.unit_of_work() as session:
                meetings.delete_meeting(session, self._actor, row.id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.reload()
            return False
        self.refresh()
        self.banner.show_success(
            self.tr("Meeting “{title}” moved to the bin.").format(title=row.title)
        )
        return True

    # -- invitation and printouts ---------------------------------------------------------

    def copy_invitation_text(self) -> str | None:
        """Put the invitation as plain text on the clipboard."""
        meeting_id = self.current_id()
        if meeting_id is None:
            return None
        meeting = self._meeting(meeting_id)
        if meeting is None:
            return None
        try:
            with self._database.unit_of_work() as session:
                centre = get_profile(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        text = invitation_email(meeting, centre.name if centre is not None else "")
        QGuiApplication.clipboard().setText(text)
        self.banner.show_success(
            self.tr(
                "The invitation is on the clipboard: paste it into an e-mail with Ctrl+V. "
                "Choose “Invitation sent today” once it has gone out."
            )
            if self.may_write and meeting.invitation_sent_on is None
            else self.tr("The invitation is on the clipboard: paste it into an e-mail with Ctrl+V.")
        )
        return text

    def mark_invitation_sent(self) -> bool:
        meeting_id = self.current_id()
        if meeting_id is None or not self.may_write:
            return False
        today = self._today()
        try:
            with self._database.unit_of_work() as session:
                meetings.mark_invitation_sent(session, self._actor, meeting_id, today)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        self.reload(meeting_id)
        self.banner.show_success(
            self.tr("Noted: the invitation went out on {date}.").format(date=format_date(today))
        )
        return True

    def save_invitation(self) -> Path | None:
        return self._write_pdf(
            write_invitation, self.tr("Invitation"), meetings.DOCUMENT_INVITATION
        )

    def save_attendance_list(self) -> Path | None:
        return self._write_pdf(
            write_attendance_list, self.tr("Attendance list"), meetings.DOCUMENT_ATTENDANCE
        )

    def save_minutes(self) -> Path | None:
        return self._write_pdf(write_minutes, self.tr("Minutes"), meetings.DOCUMENT_MINUTES)

    def _ask_pdf_path(self, parent: QWidget, suggested: str) -> Path | None:
        return ask_pdf_path(parent, self.tr("Save PDF"), suggested)

    def _write_pdf(self, write: _MeetingDocument, what: str, document: str) -> Path | None:
        """Ask where, write the PDF of the selected meeting, offer to open it; the export
        (a list of names leaves the program) goes into the audit trail, as from the
        command line."""
        meeting_id = self.current_id()
        if meeting_id is None:
            return None
        meeting = self._meeting(meeting_id)
        if meeting is None:
            return None
        path = self._choose_path(self, file_name(what, meeting))
        if path is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self._database.unit_of_work() as session:
                centre = get_profile(session, self._actor)
                # Written inside the unit of work: a file that cannot be written is
                # not recorded.
                written = write(path, meeting, centre, printed_on=self._today())
                meetings.record_document(session, self._actor, meeting.id, document)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.banner.show_success(self.tr("Saved as {file}.").format(file=written.name))
        if self._ask_open(self, written):
            self._open_file(written)
        return written
