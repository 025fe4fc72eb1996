"""Übersicht: the centre's name, a few counts, the next meetings, funding deadlines and
reports due, and how old the last backup is (with a warning when it is older than a week
or there is none)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quartierstreff import clock, paths
from quartierstreff.db.engine import Database
from quartierstreff.db.models import PrivacyRequestKind
from quartierstreff.services import funding, meetings
from quartierstreff.services.dashboard import (
    BackupStatus,
    DashboardView,
    UpcomingMeeting,
    backup_status,
    overview,
)
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.funding import DeadlineView
from quartierstreff.services.meetings import ActionItemView
from quartierstreff.services.privacy import OpenRequest
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.backup import format_moment, label_text
from quartierstreff.ui.dialogs.minutes import first_line
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import format_date, to_qdatetime
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.page import Page, heading
from quartierstreff.ui.widgets.usage import format_hours

_CARD_STYLE = """
QFrame#statCard { background: palette(base); border: 1px solid #cfd8dc; border-radius: 8px; }
QLabel#statNumber { color: #1d5c46; }
"""
ACTION_ITEMS_SHOWN = 10
"""Open action items listed on the overview (the earliest due first); the rest are counted."""
FUNDING_DAYS_AHEAD = 60
"""Programme deadlines and report due dates this many days ahead (overdue reports too)."""


class DashboardPage(Page):
    backup_requested = Signal()
    """The user pressed "Back up now"."""
    restore_requested = Signal()
    """The user pressed "Restore backup" (offered after the start-up check found problems)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: Callable[[], dt.date] = clock.today,
        parent: QWidget | None = None,
        *,
        backups_dir: Path | None = None,
        now: Callable[[], dt.datetime] = clock.now,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self._backups_dir = backups_dir
        self._now = now
        self.setStyleSheet(_CARD_STYLE)

        title = heading(self)
        title.setText(self.tr("Overview"))
        self.centre_label = heading(self, 1.25)
        self.centre_label.setTextFormat(Qt.TextFormat.PlainText)

        captions = {
            "people": self.tr("People"),
            "members": self.tr("Members"),
            "groups": self.tr("Groups"),
            "rooms": self.tr("Rooms"),
            "upcoming_meetings": self.tr("Upcoming meetings"),
        }
        self.counts: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for key, caption in captions.items():
            card, number = self._card(caption)
            self.counts[key] = number
            cards.addWidget(card)
        cards.addStretch(1)

        # The week's bookings, for the roles that see bookings.
        self.week_box = QWidget(self)
        week_heading = heading(self.week_box, 1.15)
        week_heading.setText(self.tr("This week"))
        week_grid = QGridLayout()
        week_grid.setHorizontalSpacing(24)
        week_grid.setVerticalSpacing(6)
        week_captions = {
            "bookings_today": self.tr("Bookings today"),
            "bookings_this_week": self.tr("Bookings this week"),
            "room_hours_this_week": self.tr("Room hours this week"),
        }
        self.week_labels: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(week_captions.items()):
            value = QLabel("–", self.week_box)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("font-weight: bold;")
            self.week_labels[key] = value
            week_grid.addWidget(QLabel(caption, self.week_box), row, 0)
            week_grid.addWidget(value, row, 1)
        week_grid.setColumnStretch(2, 1)
        week_layout = QVBoxLayout(self.week_box)
        week_layout.setContentsMargins(0, 0, 0, 10)
        week_layout.setSpacing(14)
        week_layout.addWidget(week_heading)
        week_layout.addLayout(week_grid)
        self.week_box.setVisible(actor.may(Permission.BOOKINGS_READ))

        next_heading = heading(self, 1.15)
        next_heading.setText(self.tr("Next meetings"))
        self.meetings_grid = QGridLayout()
        self.meetings_grid.setHorizontalSpacing(24)
        self.meetings_grid.setVerticalSpacing(6)
        self.no_meetings_label = QLabel(self.tr("No meetings are planned yet."), self)

        # Open action items of all meetings, shown only while there are any.
        self.actions_box = QWidget(self)
        actions_heading = heading(self.actions_box, 1.15)
        actions_heading.setText(self.tr("Open action items"))
        self.actions_grid = QGridLayout()
        self.actions_grid.setHorizontalSpacing(24)
        self.actions_grid.setVerticalSpacing(6)
        self.more_actions_label = QLabel(self.actions_box)
        self.actions_banner = MessageBanner(self.actions_box)
        self.action_buttons: dict[int, QPushButton] = {}
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.setContentsMargins(0, 10, 0, 0)
        actions_layout.setSpacing(14)
        actions_layout.addWidget(actions_heading)
        actions_layout.addLayout(self.actions_grid)
        actions_layout.addWidget(self.more_actions_label)
        actions_layout.addWidget(self.actions_banner)
        self.actions_box.hide()

        # Funding: programme deadlines and reports due, shown only while there are any.
        self.funding_box = QWidget(self)
        funding_heading = heading(self.funding_box, 1.15)
        funding_heading.setText(self.tr("Funding deadlines"))
        self.funding_grid = QGridLayout()
        self.funding_grid.setHorizontalSpacing(24)
        self.funding_grid.setVerticalSpacing(6)
        self.funding_banner = MessageBanner(self.funding_box)
        funding_layout = QVBoxLayout(self.funding_box)
        funding_layout.setContentsMargins(0, 10, 0, 0)
        funding_layout.setSpacing(14)
        funding_layout.addWidget(funding_heading)
        funding_layout.addLayout(self.funding_grid)
        funding_layout.addWidget(self.funding_banner)
        self.funding_box.hide()

        # Open DSGVO requests with their deadline, shown only while there are any.
        self.privacy_box = QWidget(self)
        self.privacy_heading = heading(self.privacy_box, 1.15)
        self.privacy_heading.setText(self.tr("Open privacy requests"))
        self.privacy_grid = QGridLayout()
        self.privacy_grid.setHorizontalSpacing(24)
        self.privacy_grid.setVerticalSpacing(6)
        privacy_layout = QVBoxLayout(self.privacy_box)
        privacy_layout.setContentsMargins(0, 0, 0, 10)
        privacy_layout.setSpacing(14)
        privacy_layout.addWidget(self.privacy_heading)
        privacy_layout.addLayout(self.privacy_grid)
        self.privacy_box.hide()

        self.problems_banner = MessageBanner(self)
        self.restore_button = QPushButton(self.tr("&Restore backup…"), self)
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_button.hide()
        backups_heading = heading(self, 1.15)
        backups_heading.setText(self.tr("Backups"))
        self.backup_label = QLabel(self)
        self.backup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_label.setWordWrap(True)
        self.backup_warning = MessageBanner(self)
        self.backup_button = QPushButton(self.tr("&Back up now…"), self)
        self.backup_button.clicked.connect(self.backup_requested)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_label, 1)
        backup_row.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignTop)
        problems_row = QHBoxLayout()
        problems_row.addWidget(self.problems_banner, 1)
        problems_row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addLayout(problems_row)
        layout.addWidget(self.centre_label)
        layout.addSpacing(6)
        layout.addLayout(cards)
        layout.addSpacing(10)
        layout.addWidget(self.week_box)
        layout.addWidget(next_heading)
        layout.addLayout(self.meetings_grid)
        layout.addWidget(self.no_meetings_label)
        layout.addWidget(self.actions_box)
        layout.addWidget(self.funding_box)
        layout.addSpacing(10)
        layout.addWidget(self.privacy_box)
        layout.addWidget(backups_heading)
        layout.addWidget(self.backup_warning)
        layout.addLayout(backup_row)
        layout.addStretch(1)

    def _card(self, caption: str) -> tuple[QFrame, QLabel]:
        card = QFrame(self)
        card.setObjectName("statCard")
        card.setMinimumWidth(130)
        number = heading(card, 2.2)
        number.setObjectName("statNumber")
        number.setText("–")
        text = QLabel(caption, card)
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(number)
        box.addWidget(text)
        return card, number

    def refresh(self) -> None:
        with self._database.unit_of_work() as session:
            view = overview(session, self._actor, self._today())
        self.show_view(view)
        self.refresh_action_items()
        self.refresh_funding()
        self.refresh_backups()

    # -- action items ----------------------------------------------------------------

    def refresh_action_items(self) -> None:
        """The open action items of all meetings, for the roles that read meetings."""
        if not self._actor.may(Permission.MEETINGS_READ):
            self.actions_box.hide()
            return
        try:
            with self._database.unit_of_work() as session:
                items = meetings.open_action_items(session, self._actor)
        except QuartierstreffError as error:
            self.actions_banner.show_error(message_for(error))
            self.actions_box.show()
            return
        self.actions_banner.clear_message()
        self.show_action_items(items)

    def show_action_items(self, items: list[ActionItemView]) -> None:
        """One row per item: due date (overdue ones in red), who, what, which meeting,
        and a button that marks it done."""
        while (item := self.actions_grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.action_buttons = {}
        today = self._today()
        may_write = self._actor.may(Permission.MEETINGS_WRITE)
        for row, action in enumerate(items[:ACTION_ITEMS_SHOWN]):
            overdue = action.is_overdue(today)
            if action.due_date is None:
                due = self.tr("no date")
            elif overdue:
                due = self.tr("overdue: due {date}").format(date=format_date(action.due_date))
            else:
                due = self.tr("by {date}").format(date=format_date(action.due_date))
            meeting = self.tr("{meeting} on {date}").format(
                meeting=action.meeting_title, date=format_date(action.meeting_starts_at.date())
            )
            cells = (
                due,
                action.owner_name or self.tr("nobody yet"),
                first_line(action.description, 70),
                meeting,
            )
            for column, text in enumerate(cells):
                label = QLabel(text, self.actions_box)
                label.setTextFormat(Qt.TextFormat.PlainText)
                if column == 2:
                    label.setToolTip(action.description)
                if overdue and column == 0:
                    label.setObjectName("overdueAction")
                    label.setStyleSheet("color: #b3261e; font-weight: bold;")
                self.actions_grid.addWidget(label, row, column)
            if may_write:
                button = QPushButton(self.tr("Done"), self.actions_box)
                button.setToolTip(self.tr("Mark this action item as done today"))
                button.clicked.connect(lambda _=False, item_id=action.id: self.mark_done(item_id))
                self.action_buttons[action.id] = button
                self.actions_grid.addWidget(button, row, len(cells))
        self.actions_grid.setColumnStretch(2, 1)
        hidden = len(items) - ACTION_ITEMS_SHOWN
        self.more_actions_label.setText(
            self.tr("… and {count} more (see the meetings).").format(count=hidden)
            if hidden > 0
            else ""
        )
        self.more_actions_label.setVisible(hidden > 0)
        self.actions_box.setVisible(bool(items))

    def mark_done(self, item_id: int) -> None:
        """Mark the action item done today and show the list again."""
        try:
            with self._database.unit_of_work() as session:
                meetings.set_action_done(session, self._actor, item_id, self._today())
        except QuartierstreffError as error:
            self.actions_banner.show_error(message_for(error))
            return
        self.refresh_action_items()

    # -- funding ---------------------------------------------------------------------

    def refresh_funding(self) -> None:
        """Programme deadlines and report due dates, for the roles that read applications."""
        if not self._actor.may(Permission.FUNDING_READ):
            self.funding_box.hide()
            return
        try:
            with self._database.unit_of_work() as session:
                items = funding.upcoming_deadlines(
                    session, self._actor, self._today(), days=FUNDING_DAYS_AHEAD
                )
        except QuartierstreffError as error:
            self.funding_banner.show_error(message_for(error))
            self.funding_box.show()
            return
        self.funding_banner.clear_message()
        self.show_funding_deadlines(items)

    def show_funding_deadlines(self, items: list[DeadlineView]) -> None:
        """One row per date, the soonest first: when (overdue reports in red), what,
        which programme."""
        while (item := self.funding_grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for row, deadline in enumerate(sorted(items, key=lambda d: d.day)):
            overdue = deadline.days_left < 0
            if overdue:
                when = self.tr("overdue since {date}").format(date=format_date(deadline.day))
            elif deadline.days_left == 0:
                when = self.tr("today")
            elif deadline.days_left == 1:
                when = self.tr("tomorrow, {date}").format(date=format_date(deadline.day))
            else:
                when = self.tr("{date} (in {days} days)").format(
                    date=format_date(deadline.day), days=deadline.days_left
                )
            programme = deadline.programme_name if deadline.kind == "report" else ""
            cells = (when, deadline.title, programme)
            for column, text in enumerate(cells):
                label = QLabel(text, self.funding_box)
                label.setTextFormat(Qt.TextFormat.PlainText)
                if column == 0 and overdue:
                    label.setObjectName("overdueFunding")
                    label.setStyleSheet("color: #b3261e; font-weight: bold;")
                elif column == 0 and deadline.days_left <= 7:
                    label.setStyleSheet("font-weight: bold;")
                self.funding_grid.addWidget(label, row, column)
        self.funding_grid.setColumnStretch(2, 1)
        self.funding_box.setVisible(bool(items))

    # -- backups ---------------------------------------------------------------------

    def refresh_backups(self) -> None:
        backups_dir = self._backups_dir or paths.backups_dir()
        self.show_backup_status(backup_status(backups_dir, self._now()))

    def show_backup_status(self, status: BackupStatus) -> None:
        last = status.last
        if last is None:
            self.backup_label.setText(self.tr("No backup has been made yet."))
        else:
            self.backup_label.setText(
                self.tr("Last backup: {when} ({kind}), in {folder}").format(
                    when=format_moment(last.created_at),
                    kind=label_text(last.label),
                    folder=last.path.parent,
                )
            )
        if not status.overdue:
            self.backup_warning.clear_message()
        elif last is None:
            self.backup_warning.show_error(
                self.tr(
                    "There is no backup of your data yet. Please make one now — and from "
                    "time to time one on a USB stick that is kept somewhere else."
                )
            )
        else:
            self.backup_warning.show_error(
                self.tr(
                    "The last backup is more than a week old. Please make one now — and from "
                    "time to time one on a USB stick that is kept somewhere else."
                )
            )

    def show_problems(self, problems: tuple[str, ...]) -> None:
        """What the start-up check found, in words, with the advice to restore."""
        if not problems:
            self.problems_banner.clear_message()
            self.restore_button.hide()
            return
        may_restore = self._actor.may(Permission.BACKUP_RESTORE)
        advice = (
            self.tr(
                "Automatic backups are paused so that the older ones are kept. Please restore "
                "the newest backup from before the problem."
            )
            if may_restore
            else self.tr(
                "Automatic backups are paused so that the older ones are kept. Please ask the "
                "coordination team or the administrator to restore a backup."
            )
        )
        lines = [self.tr("The check of the database at start found problems:")]
        lines += [f"• {problem}" for problem in problems]
        lines.append(advice)
        self.problems_banner.show_error("\n".join(lines))
        self.restore_button.setVisible(may_restore)

    def show_view(self, view: DashboardView) -> None:
        if view.centre_name is None:
            self.centre_label.setText(
                self.tr("The centre's name has not been entered yet (see Settings).")
            )
        elif view.city:
            self.centre_label.setText(
                self.tr("{name} in {city}").format(name=view.centre_name, city=view.city)
            )
        else:
            self.centre_label.setText(view.centre_name)
        locale = QLocale()
        for key, label in self.counts.items():
            label.setText(locale.toString(getattr(view, key)))
        self.week_labels["bookings_today"].setText(locale.toString(view.bookings_today))
        self.week_labels["bookings_this_week"].setText(locale.toString(view.bookings_this_week))
        self.week_labels["room_hours_this_week"].setText(format_hours(view.room_minutes_this_week))
        self._show_meetings(view.next_meetings)
        self._show_privacy_requests(view.privacy_requests)

    def _show_privacy_requests(self, requests: tuple[OpenRequest, ...]) -> None:
        """Unanswered DSGVO requests with their deadline; overdue ones in red."""
        while (item := self.privacy_grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        kinds = {
            PrivacyRequestKind.ACCESS: self.tr("Request for information (Art. 15)"),
            PrivacyRequestKind.ERASURE: self.tr("Request for erasure (Art. 17)"),
        }
        for row, request in enumerate(requests):
            due = (
                self.tr("overdue: was due by {date}")
                if request.overdue
                else self.tr("answer by {date}")
            ).format(date=format_date(request.due_on))
            cells = (
                request.person_name,
                kinds.get(request.kind, request.kind.value),
                self.tr("received {date}").format(date=format_date(request.received_on)),
                due,
            )
            for column, text in enumerate(cells):
                label = QLabel(text, self.privacy_box)
                label.setTextFormat(Qt.TextFormat.PlainText)
                if request.overdue and column == len(cells) - 1:
                    label.setObjectName("overdueDeadline")
                    label.setStyleSheet("color: #b3261e; font-weight: bold;")
                self.privacy_grid.addWidget(label, row, column)
        self.privacy_grid.setColumnStretch(3, 1)
        self.privacy_box.setVisible(bool(requests))

    def _show_meetings(self, meetings: tuple[UpcomingMeeting, ...]) -> None:
        while (item := self.meetings_grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        locale = QLocale()
        for row, meeting in enumerate(meetings):
            when = to_qdatetime(meeting.starts_at)
            cells = (
                locale.toString(when.date(), QLocale.FormatType.LongFormat),
                locale.toString(when.time(), QLocale.FormatType.ShortFormat),
                meeting.title,
                meeting.room,
            )
            for column, text in enumerate(cells):
                label = QLabel(text, self)
                label.setTextFormat(Qt.TextFormat.PlainText)
                self.meetings_grid.addWidget(label, row, column)
        self.meetings_grid.setColumnStretch(3, 1)
        self.no_meetings_label.setVisible(not meetings)
