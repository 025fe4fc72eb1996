"""``quartierstreff report weekly`` and ``report door-sign`` on the demo centre; the weekly
plan read back and compared, cell by cell, with ``quartierstreff bookings list``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from sqlalchemy.engine import make_url

from quartierstreff import clock
from quartierstreff.db.open import open_database
from quartierstreff.services import bookings
from quartierstreff.services.weekly_plan import CLOSED_GROUP, PRIVATE_EVENT
from tests.conftest import ADMIN
from tests.e2e.test_cli_users import Cli

TIME = re.compile(r"^\d\d:\d\d–\d\d:\d\d$")


@pytest.fixture
def cli(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    """The command line on a database with the demo centre (no users: no log-in)."""
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    runner = Cli(sqlite_url, capsys, monkeypatch)
    assert runner("demo") == 0
    return runner


def _week(offset: int = 0) -> str:
    year, week, _ = (clock.today() + dt.timedelta(weeks=offset)).isocalendar()
    return f"{year}-W{week:02d}"


@dataclass
class Printed:
    """One booking as found on the printed plan: where it stands and what it says."""

    day: int
    room: str
    time: str
    title: str


def _pieces(page: PageObject) -> tuple[list[tuple[str, float, float]], set[tuple[float, float]]]:
    """The texts of a page with their positions, and the positions of the room symbols."""
    pieces: list[tuple[str, float, float]] = []
    symbols: set[tuple[float, float]] = set()

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
            pieces.append((text.strip(), x, y))
            if size >= 15:  # a room's symbol, where its row starts
                symbols.add((x, y))

    page.extract_text(visitor_text=visit)
    return pieces, symbols


def _read_plan(path: Path) -> list[Printed]:
    """Every entry of the plan, placed in its day column and room row by the position of
    its text on the page."""
    found: list[Printed] = []
    for page in PdfReader(path).pages:
        pieces, symbols = _pieces(page)
        head_row = [
            (x, y) for text, x, y in pieces if re.match(r"^(Mo|Di|Mi|Do|Fr|Sa|So) \d", text)
        ]
        assert len(head_row) == 7, pieces[:12]
        heads = [x for x, _y in head_row]
        body = [piece for piece in pieces if piece[2] < min(y for _x, y in head_row)]
        room_x = min(x for _text, x, _y in body)
        rows = [(text, y) for text, x, y in body if (x, y) in symbols]
        current: Printed | None = None
        for text, x, y in body:
            if abs(x - room_x) < 1:
                continue
            column = min(range(7), key=lambda n: abs(heads[n] - x))
            if TIME.match(text):
                row = [symbol for symbol, top in rows if top >= y - 8][-1]
                current = Printed(column, row, text, "")
                found.append(current)
            elif current is not None and current.day == column:
                current.title = f"{current.title} {text}".strip()
    return found


def test_the_weekly_plan_shows_every_booking_of_the_list(cli: Cli, tmp_path: Path) -> None:
    """THE check: for three weeks, each line of ``bookings list`` is on the plan in its
    day's column and its room's row, with its time and its title (or, for a booking that
    is not public, the anonymous text and never the title)."""
    database = open_database(make_url(cli.url), tmp_path, migrate=False, create=False)
    try:
        symbols: dict[str, str] = {}
        public: dict[tuple[str, str], bool] = {}
        for offset in range(3):
            week = _week(offset)
            assert cli("bookings", "list", "--week", week) == 0
            lines = [line.split("\t") for line in cli.out.splitlines()]
            assert lines, week
            target = tmp_path / f"plan-{week}.pdf"
            assert cli("report", "weekly", "--week", week, "--output", str(target)) == 0
            assert cli.out.strip().endswith(f"gespeichert: {target}")
            assert f"mit {len(lines)} Termin" in cli.out
            monday, next_monday = bookings.iso_week(week)
            with database.unit_of_work() as session:
                for occurrence in bookings.occurrences(session, ADMIN, monday, next_monday):
                    symbols |= {room.name: room.symbol for room in occurrence.rooms}
                    key = (f"{occurrence.starts_at:%d.%m.%Y %H:%M}", occurrence.title)
                    public[key] = occurrence.is_public
            printed = _read_plan(target)
            unmatched = list(printed)
            for date, start, end, rooms, title in lines:
                day = dt.datetime.strptime(date, "%d.%m.%Y").date()
                shown_public = public[(f"{date} {start}", title)]
                for room in rooms.split(", "):
                    match = next(
                        (
                            entry
                            for entry in unmatched
                            if (entry.day, entry.room, entry.time)
                            == ((day - monday).days, symbols[room], f"{start}–{end}")
                        ),
                        None,
                    )
                    assert match is not None, (week, date, start, room, title)
                    unmatched.remove(match)
                    shown = re.sub(r" \(\+ [^)]*\)$", "", match.title)
                    if shown_public:
                        assert shown == title, (week, date, start, room)
                    else:
                        assert shown in (PRIVATE_EVENT, CLOSED_GROUP), (week, date, title)
                        assert title not in match.title
            # Nothing on the plan that the list does not have.
            assert unmatched == [], unmatched
    finally:
        database.close()


def test_door_sign_by_symbol(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "tür.pdf"
    week = _week()
    assert cli("report", "door-sign", "--room", "g", "--week", week, "-o", str(target)) == 0
    assert cli.out.startswith("Türschild Gruppenraum KW ")
    assert cli.out.strip().endswith(f"gespeichert: {target}")
    reader = PdfReader(target)
    assert reader.metadata is not None
    assert reader.metadata.title.startswith("Türschild Gruppenraum KW ")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Gruppenraum" in text and "Montag" in text and "Sonntag" in text


def test_unknown_room_lists_the_rooms(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "tür.pdf"
    code = cli("report", "door-sign", "--room", "Keller", "--week", "2026-W48", "-o", str(target))
    assert code == 1
    assert "Einen Raum „Keller“ gibt es nicht." in cli.err
    assert "Großer Saal (S)" in cli.err and "Gruppenraum (G)" in cli.err
    assert not target.exists()


def test_bad_week_and_missing_folder(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    assert cli("report", "weekly", "--week", "2026-W60", "-o", str(target)) == 1
    assert "„2026-W60“ ist keine Kalenderwoche" in cli.err
    assert cli("report", "door-sign", "--room", "S", "--week", "KW48", "-o", str(target)) == 1
    assert "„KW48“ ist keine Kalenderwoche" in cli.err
    assert not target.exists()
    missing = tmp_path / "fehlt" / "plan.pdf"
    assert cli("report", "weekly", "--week", "2026-W48", "-o", str(missing)) == 1
    assert "den Ordner gibt es nicht" in cli.err
