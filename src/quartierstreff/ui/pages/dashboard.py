"""Übersicht: the centre's name, a few counts and the next meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.services.dashboard import DashboardView, UpcomingMeeting, overview
from quartierstreff.services.security import Actor
from quartierstreff.ui.widgets.page import Page, heading

_CARD_STYLE = """
QFrame#statCard { background: palette(base); border: 1px solid #cfd8dc; border-radius: 8px; }
QLabel#statNumber { color: #1d5c46; }
"""


class DashboardPage(Page):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: Callable[[], dt.date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
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

        next_heading = heading(self, 1.15)
        next_heading.setText(self.tr("Next meetings"))
        self.meetings_grid = QGridLayout()
        self.meetings_grid.setHorizontalSpacing(24)
        self.meetings_grid.setVerticalSpacing(6)
        self.no_meetings_label = QLabel(self.tr("No meetings are planned yet."), self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(self.centre_label)
        layout.addSpacing(6)
        layout.addLayout(cards)
        layout.addSpacing(10)
        layout.addWidget(next_heading)
        layout.addLayout(self.meetings_grid)
        layout.addWidget(self.no_meetings_label)
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
        self._show_meetings(view.next_meetings)

    def _show_meetings(self, meetings: tuple[UpcomingMeeting, ...]) -> None:
        while (item := self.meetings_grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        locale = QLocale()
        for row, meeting in enumerate(meetings):
            when = QDateTime(meeting.starts_at)
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
