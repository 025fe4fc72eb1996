"""The iCalendar dialogs driven with qtbot: saving the bookings as .ics (file question
injected, the count told), and the import dialog (file → preview with conflicts marked →
"leave out conflicting dates" → import), a refused file shown inline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Booking, BookingSeries, Role
from quartierstreff.services import bookings, rooms
from quartierstreff.services.bookings import BookingDraft
from quartierstreff.services.ical import ImportStatus
from quartierstreff.services.recurrence import Frequency, Recurrence
from quartierstreff.services.security import Actor
from quartierstreff.ui.dialogs.ical import (
    CONFLICT_RED,
    IcalImportDialog,
    ImportPreviewModel,
    export_calendar_dialog,
)
from tests.conftest import ADMIN

D = dt.date
T = dt.time

GROUP_CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DE\r\n"
    "BEGIN:VEVENT\r\nUID:1@test\r\nSUMMARY:Tanzkurs\r\n"
    "DTSTART;TZID=Europe/Berlin:20270105T190000\r\n"
    "DTEND;TZID=Europe/Berlin:20270105T203000\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=4\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:2@test\r\nSUMMARY:Vortrag\r\nLOCATION:Gruppenraum\r\n"
    "DTSTART:20270108T180000\r\nDTEND:20270108T200000\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:3@test\r\nSUMMARY:Neujahrsgruß\r\n"
    "DTSTART;VALUE=DATE:20270101\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


@pytest.fixture
def room_ids(database: Database) -> dict[str, int]:
    with database.unit_of_work() as session:
        saal = rooms.save_room(session, ADMIN, rooms.RoomDraft(name="Saal", symbol="S")).id
        gruppe = rooms.save_room(session, ADMIN, rooms.RoomDraft(name="Gruppenraum", symbol="G")).id
        # The dance course's second Tuesday is taken.
        bookings.create_booking(
            session,
            ADMIN,
            BookingDraft(
                title="Chor",
                room_ids=(saal,),
                day=D(2027, 1, 12),
                start_time=T(18),
                end_time=T(20),
            ),
        )
    return {"saal": saal, "gruppe": gruppe}


def _counts(database: Database) -> tuple[int, int]:
    with database.unit_of_work() as session:
        return (
            session.scalar(select(func.count()).select_from(Booking)) or 0,
            session.scalar(select(func.count()).select_from(BookingSeries)) or 0,
        )


def _dialog(qtbot: QtBot, database: Database, path: Path, actor: Actor = ADMIN) -> IcalImportDialog:
    dialog = IcalImportDialog(database, actor, choose_file=lambda _parent: path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: not dialog._busy(), timeout=20_000)
    return dialog


def test_import_with_preview_and_conflicts(
    qtbot: QtBot,
    database: Database,
    room_ids: dict[str, int],
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    path = tmp_path / "tanz.ics"
    path.write_text(GROUP_CALENDAR, encoding="utf-8")
    dialog = _dialog(qtbot, database, path)
    assert dialog.room_id() == room_ids["saal"]
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    statuses = [model.item(row).status for row in range(3)]
    assert statuses == [ImportStatus.CONFLICT, ImportStatus.NEW, ImportStatus.LEFT_OUT]
    conflict = model.index(0, ImportPreviewModel.STATUS)
    assert "Chor" in model.data(conflict)
    assert model.data(conflict, Qt.ItemDataRole.ForegroundRole).color() == CONFLICT_RED
    assert "Chor" in model.data(conflict, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, ImportPreviewModel.ROOM)) == "Gruppenraum"
    # Conflicts block the import until they are left out.
    assert not dialog.import_button.isEnabled()
    before = _counts(database)
    dialog.skip_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog._busy(), timeout=20_000)
    assert dialog.imported == 2
    assert _counts(database) == (before[0] + 1, before[1] + 1)
    assert dialog.banner.isVisible()
    assert model.rowCount() == 0
    with database.unit_of_work() as session:
        found = bookings.occurrences(session, ADMIN, D(2027, 1, 1), D(2027, 2, 1))
    dance = [o.day for o in found if o.title == "Tanzkurs"]
    assert dance == [D(2027, 1, 5), D(2027, 1, 19), D(2027, 1, 26)]


def test_changing_the_room_previews_again(
    qtbot: QtBot, database: Database, room_ids: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "tanz.ics"
    path.write_text(GROUP_CALENDAR, encoding="utf-8")
    dialog = _dialog(qtbot, database, path)
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(room_ids["gruppe"]))
    qtbot.waitUntil(lambda: not dialog._busy() and dialog.model.rowCount() == 3, timeout=20_000)
    assert dialog.model.item(0).status is ImportStatus.SERIES
    assert dialog.import_button.isEnabled()


def test_a_refused_file_is_shown_inline(
    qtbot: QtBot, database: Database, room_ids: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "kaputt.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Treffen\r\n"
        "DTSTART;TZID=Atlantis/Hauptstadt:20270105T190000\r\nDURATION:PT1H\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    before = _counts(database)
    dialog = _dialog(qtbot, database, path)
    assert dialog.banner.isVisible()
    assert "Atlantis/Hauptstadt" in dialog.banner.text()
    assert "Treffen" in dialog.banner.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert _counts(database) == before


def test_a_treasurer_sees_the_preview_but_cannot_import(
    qtbot: QtBot, database: Database, room_ids: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "tanz.ics"
    path.write_text(GROUP_CALENDAR, encoding="utf-8")
    treasurer = Actor(user_id=None, username="kasse", role=Role.TREASURER)
    dialog = _dialog(qtbot, database, path, treasurer)
    assert dialog.model.rowCount() == 3
    dialog.skip_box.setChecked(True)
    assert not dialog.import_button.isEnabled()


def test_export_writes_the_file_and_tells_the_count(
    qtbot: QtBot, database: Database, room_ids: dict[str, int], tmp_path: Path
) -> None:
    with database.unit_of_work() as session:
        bookings.create_booking(
            session,
            ADMIN,
            BookingDraft(
                title="Schach",
                room_ids=(room_ids["gruppe"],),
                day=D(2027, 1, 4),
                start_time=T(17),
                end_time=T(19),
                recurrence=Recurrence(Frequency.WEEKLY, count=10),
            ),
        )
    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "belegung.ics"
    messages: list[str] = []
    result = export_calendar_dialog(
        parent,
        database,
        ADMIN,
        start=D(2027, 1, 4),
        end=D(2027, 1, 18),
        choose_path=lambda _parent: path,
        show_message=lambda _parent, text: messages.append(text),
    )
    assert result == path
    titles = sorted(
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).events
    )
    assert titles == ["Chor", "Schach"]
    assert len(messages) == 1
    assert "2" in messages[0]
    assert "belegung.ics" in messages[0]


def test_export_failure_is_told_and_cancel_does_nothing(
    qtbot: QtBot, database: Database, room_ids: dict[str, int], tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    messages: list[str] = []
    missing = tmp_path / "nicht-da" / "x.ics"
    assert (
        export_calendar_dialog(
            parent,
            database,
            ADMIN,
            start=D(2027, 1, 1),
            end=D(2027, 2, 1),
            choose_path=lambda _parent: missing,
            show_message=lambda _parent, text: messages.append(text),
        )
        is None
    )
    assert len(messages) == 1
    assert "x.ics" in messages[0]
    assert "Traceback" not in messages[0]
    assert (
        export_calendar_dialog(
            parent,
            database,
            ADMIN,
            start=D(2027, 1, 1),
            end=D(2027, 2, 1),
            choose_path=lambda _parent: None,
            show_message=lambda _parent, text: messages.append(text),
        )
        is None
    )
    assert len(messages) == 1
