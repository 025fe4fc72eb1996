"""Wochenplan drucken / Türschild drucken: asked, written in the background, offered to
open; cancelling writes nothing, a failure is one sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Room
from quartierstreff.services import bookings
from quartierstreff.services.bookings import BookingDraft
from quartierstreff.services.security import acting_as
from quartierstreff.ui.dialogs.weekly_plan import print_door_sign, print_weekly_plan
from tests.conftest import ADMIN
from tests.ui.conftest import CENTRE_NAME, TODAY

MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def room_id(centre_database: Database) -> int:
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        room = Room(name="Gruppenraum", symbol="G")
        session.add(room)
        session.flush()
        draft = BookingDraft(
            title="Schachabend",
            room_ids=(room.id,),
            day=dt.date(2026, 11, 26),
            start_time=dt.time(19),
            end_time=dt.time(22),
        )
        bookings.create_booking(session, ADMIN, draft)
        return room.id


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_weekly_plan_is_written_and_opened(
    qtbot: QtBot, centre_database: Database, room_id: int, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    suggested: list[str] = []
    asked: list[Path] = []
    opened: list[Path] = []

    def choose(_parent: QWidget, name: str) -> Path:
        suggested.append(name)
        return tmp_path / name

    def ask_open(_parent: QWidget, path: Path) -> bool:
        asked.append(path)
        return True

    written = print_weekly_plan(
        parent,
        centre_database,
        ADMIN,
        dt.date(2026, 11, 26),  # a Thursday: the plan is of its week
        today=TODAY,
        choose_path=choose,
        ask_open=ask_open,
        open_file=opened.append,
    )
    assert suggested == ["Wochenplan_2026-KW48.pdf"]
    assert written == tmp_path / "Wochenplan_2026-KW48.pdf" == asked[0] == opened[0]
    text = _text(written)
    assert CENTRE_NAME in text and "19:00–22:00" in text and "Schachabend" in text
    assert "Gedruckt am 24.11.2026" in text


def test_the_door_sign_is_written_and_not_opened_when_declined(
    qtbot: QtBot, centre_database: Database, room_id: int, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[Path] = []
    suggested: list[str] = []

    def choose(_parent: QWidget, name: str) -> Path:
        suggested.append(name)
        return tmp_path / "tür.pdf"

    written = print_door_sign(
        parent,
        centre_database,
        ADMIN,
        room_id,
        MONDAY,
        today=TODAY,
        choose_path=choose,
        ask_open=lambda _parent, _path: False,
        open_file=opened.append,
    )
    assert suggested == ["Türschild_Gruppenraum_2026-KW48.pdf"]
    assert written == tmp_path / "tür.pdf" and opened == []
    text = _text(written)
    assert "Gruppenraum" in text and "Schachabend" in text and "frei" in text


def test_cancel_writes_nothing_and_failures_are_shown(
    qtbot: QtBot, centre_database: Database, room_id: int, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    never = lambda *_: pytest.fail("asked to open")  # noqa: E731
    assert (
        print_weekly_plan(
            parent, centre_database, ADMIN, MONDAY, choose_path=lambda *_: None, ask_open=never
        )
        is None
    )
    errors: list[str] = []
    missing = tmp_path / "no-such-folder" / "plan.pdf"
    result = print_weekly_plan(
        parent,
        centre_database,
        ADMIN,
        MONDAY,
        choose_path=lambda *_: missing,
        ask_open=never,
        show_error=lambda _parent, text: errors.append(text),
    )
    assert result is None and not missing.exists()
    assert len(errors) == 1 and "no-such-folder" in errors[0], errors
    # A room deleted meanwhile: one sentence, no question for a file.
    result = print_door_sign(
        parent,
        centre_database,
        ADMIN,
        room_id + 100,
        MONDAY,
        choose_path=lambda *_: pytest.fail("asked for a file"),
        ask_open=never,
        show_error=lambda _parent, text: errors.append(text),
    )
    assert result is None and len(errors) == 2
