"""The usage figures on the Räume page (tables per room, group and month, the period
chooser, CSV) and the week's bookings on the overview."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Group, Role, Room
from quartierstreff.services.bookings import BookingDraft, create_booking
from quartierstreff.services.recurrence import Frequency, Recurrence
from quartierstreff.services.security import Actor, acting_as
from quartierstreff.ui.pages.dashboard import DashboardPage
from quartierstreff.ui.widgets.banner import Tone
from quartierstreff.ui.widgets.usage import FiguresTableModel, Period, UsageView, period_dates
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

D = dt.date
T = dt.time


@pytest.fixture
def booked(database: Database) -> Database:
    """A group room (Mo–Fr 9–17) with a weekly Tuesday group in November and December
    2026 and a hall without hours with one choir evening in October."""
    with database.unit_of_work() as session, acting_as(session, ADMIN):
        group_room = Room(name="Gruppenraum", symbol="G", opens_at=T(9), closes_at=T(17))
        hall = Room(name="Saal", symbol="S", position=1)
        choir = Group(name="Chor")
        session.add_all([group_room, hall, choir])
        session.flush()
        create_booking(
            session,
            ADMIN,
            BookingDraft(
                "Sprachcafé",
                (group_room.id,),
                D(2026, 11, 3),
                T(10),
                T(12),
                expected_people=12,
                recurrence=Recurrence(Frequency.WEEKLY, until=D(2026, 12, 29)),
            ),
        )
        create_booking(
            session,
            ADMIN,
            BookingDraft(
                "Chorabend",
                (hall.id,),
                D(2026, 10, 20),
                T(14),
                T(15, 30),
                group_id=choir.id,
                expected_people=30,
            ),
        )
    return database


@pytest.fixture
def view(qtbot: QtBot, booked: Database) -> UsageView:
    widget = UsageView(booked, ADMIN, lambda: TODAY)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _column(model: FiguresTableModel, column: int) -> list[str]:
    return [row[column] for row in model.rows()]


def test_the_tables_fill_for_this_month(view: UsageView, qtmodeltester: object) -> None:
    assert view.period() == (D(2026, 11, 1), D(2026, 11, 30))
    assert not view.from_edit.isEnabled()
    rooms = view.rooms_model.rows()
    assert [row[0] for row in rooms] == ["Gruppenraum", "Saal"]
    group_room, hall = rooms
    # 4 Tuesdays × 2 h; open 21 weekdays × 8 h = 168 h; 8 / 168 = 4.8 %.
    assert group_room[1].startswith("8,0")
    assert group_room[2].startswith("168,0")
    assert group_room[3].startswith("5")
    assert hall[1].startswith("0,0")
    assert hall[2:] == ("–", "–")  # no opening hours: no percentage
    assert _column(view.groups_model, 2) == ["4"]
    assert _column(view.months_model, 1) == ["4"]
    assert _column(view.months_model, 2) == ["48"]
    assert view.figures is not None and view.figures.events == 4
    assert "48" in view.summary_label.text()
    model = view.rooms_model
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_period_chooser_changes_the_tables(view: UsageView) -> None:
    view.period_combo.setCurrentIndex(Period.LAST_MONTH)
    assert view.period() == (D(2026, 10, 1), D(2026, 10, 31))
    assert _column(view.groups_model, 0) == ["Chor"]
    assert _column(view.groups_model, 1)[0].startswith("1,5")
    assert _column(view.months_model, 2) == ["30"]

    view.period_combo.setCurrentIndex(Period.THIS_YEAR)
    assert view.period() == (D(2026, 1, 1), D(2026, 12, 31))
    assert len(view.months_model.rows()) == 12
    assert _column(view.months_model, 1)[9:] == ["1", "4", "5"]
    assert _column(view.groups_model, 2) == ["1", "9"]  # Chor, then without group

    view.period_combo.setCurrentIndex(Period.LAST_YEAR)
    assert view.period() == (D(2025, 1, 1), D(2025, 12, 31))
    assert view.figures is not None and view.figures.events == 0
    assert view.groups_model.rows() == []

    view.period_combo.setCurrentIndex(Period.CUSTOM)
    assert view.from_edit.isEnabled() and view.to_edit.isEnabled()
    view.from_edit.setDate(QDate(2026, 12, 1))
    view.to_edit.setDate(QDate(2026, 12, 8))
    assert view.figures is not None
    assert (view.figures.start, view.figures.last_day) == (D(2026, 12, 1), D(2026, 12, 8))
    assert view.figures.events == 2  # 1. and 8.12.


def test_a_period_ending_before_it_starts_shows_a_message(view: UsageView) -> None:
    view.set_period(D(2026, 12, 10), D(2026, 12, 1))
    assert view.banner.tone is Tone.ERROR
    assert view.figures is None
    assert view.rooms_model.rows() == []
    assert not view.csv_button.isEnabled()
    view.set_period(D(2026, 12, 1), D(2026, 12, 10))
    assert view.banner.isHidden()
    assert view.csv_button.isEnabled()


def test_save_as_csv(qtbot: QtBot, booked: Database, tmp_path: Path) -> None:
    target = tmp_path / "nutzung.csv"
    asked: list[str] = []

    def choose(parent: QWidget, suggested: str) -> Path:
        asked.append(suggested)
        return target

    view = UsageView(booked, ADMIN, lambda: TODAY, ask_path=choose)
    qtbot.addWidget(view)
    view.refresh()
    view.csv_button.click()
    assert asked and asked[0].endswith(".csv")
    assert view.banner.tone is Tone.SUCCESS
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][1:] == ["01.11.2026", "30.11.2026"]
    assert ["Gruppenraum", *view.rooms_model.rows()[0][1:]] in rows
    assert any(row and row[0] == "November 2026" for row in rows)


def test_the_view_reads_again_when_shown(qtbot: QtBot, booked: Database) -> None:
    view = UsageView(booked, Actor(None, "ehrenamt", Role.VOLUNTEER), lambda: TODAY)
    qtbot.addWidget(view)
    assert view.figures is None
    view.show()
    qtbot.waitUntil(lambda: view.figures is not None)
    assert view.figures is not None and view.figures.events == 4


def test_the_period_presets() -> None:
    assert period_dates(Period.THIS_MONTH, D(2026, 12, 31)) == (D(2026, 12, 1), D(2026, 12, 31))
    assert period_dates(Period.LAST_MONTH, D(2026, 1, 15)) == (D(2025, 12, 1), D(2025, 12, 31))
    assert period_dates(Period.THIS_MONTH, D(2028, 2, 10)) == (D(2028, 2, 1), D(2028, 2, 29))


def test_the_overview_shows_the_weeks_bookings(
    qtbot: QtBot, booked: Database, tmp_path: Path
) -> None:
    page = DashboardPage(booked, ADMIN, today=lambda: TODAY, backups_dir=tmp_path)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.week_box.isHidden()
    texts = {key: label.text() for key, label in page.week_labels.items()}
    assert texts["bookings_today"] == "1"  # Tuesday 24.11.
    assert texts["bookings_this_week"] == "1"
    assert texts["room_hours_this_week"].startswith("2,0")
