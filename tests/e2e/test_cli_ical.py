"""``quartierstreff bookings export`` and ``bookings import`` end to end on the demo
centre: the file holds the weeks' occurrences, a re-import into the same rooms collides
with every booking, a dry run and a refused file write nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from quartierstreff import clock
from quartierstreff.db.engine import make_engine
from quartierstreff.db.models import Booking, BookingSeries
from tests.e2e.test_cli_users import Cli
from tests.unit.test_ical import expand


@pytest.fixture
def cli(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Cli]:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    runner = Cli(sqlite_url, capsys, monkeypatch)
    assert runner("demo") == 0
    yield runner


def _counts(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    with engine.connect() as connection:
        bookings = connection.scalar(select(func.count()).select_from(Booking)) or 0
        series = connection.scalar(select(func.count()).select_from(BookingSeries)) or 0
    engine.dispose()
    return bookings, series


def _week_lines(cli: Cli, monday: dt.date) -> list[tuple[dt.datetime, dt.datetime, str, str]]:
    year, week, _ = monday.isocalendar()
    assert cli("bookings", "list", "--week", f"{year}-W{week:02d}") == 0
    rows = []
    for line in cli.out.splitlines():
        day, start, end, rooms, title = line.split("\t")
        date = dt.datetime.strptime(day, "%d.%m.%Y").date()
        rows.append(
            (
                dt.datetime.combine(date, dt.time.fromisoformat(start)),
                dt.datetime.combine(date, dt.time.fromisoformat(end)),
                title,
                rooms,
            )
        )
    return sorted(rows)


def test_export_holds_the_weeks_of_bookings_list(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "belegung.ics"
    today = clock.today()
    monday = today - dt.timedelta(days=today.weekday())
    assert cli("bookings", "export", str(path)) == 0
    assert "gespeichert in" in cli.out
    for offset in (0, 1, 8):
        start = monday + dt.timedelta(weeks=offset)
        assert expand(path, start, start + dt.timedelta(days=7)) == _week_lines(cli, start)


def test_export_of_one_room_with_german_dates(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "gruppenraum.ics"
    assert (
        cli(
            "bookings",
            "export",
            str(path),
            "--room",
            "gruppenraum",
            "--from",
            "01.01.2027",
            "--to",
            "2027-03-31",
        )
        == 0
    )
    assert "vom 01.01.2027 bis 31.03.2027" in cli.out
    locations = {line for line in path.read_text().splitlines() if line.startswith("LOCATION")}
    assert locations == {"LOCATION:Gruppenraum"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "31.02.2027"], "„31.02.2027“ ist kein Datum"),
        (["--from", "02.03.2027", "--to", "01.03.2027"], "liegt vor --from"),
        (["--room", "Dachboden"], "Den Raum „Dachboden“ gibt es nicht. Vorhandene Räume:"),
    ],
)
def test_bad_export_options_are_refused(
    cli: Cli, tmp_path: Path, args: list[str], message: str
) -> None:
    path = tmp_path / "x.ics"
    assert cli("bookings", "export", str(path), *args) == 1
    assert message in cli.err
    assert not path.exists()


def test_import_of_the_own_export_collides_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "belegung.ics"
    assert cli("bookings", "export", str(path), "--room", "Gruppenraum") == 0
    before = _counts(cli.url)
    assert cli("bookings", "import", str(path), "--room", "Gruppenraum", "--dry-run") == 1
    assert "Konflikt mit „" in cli.out
    assert "kollidieren mit Buchungen; es wurde nichts importiert" in cli.err
    assert cli("bookings", "import", str(path), "--room", "Gruppenraum", "--skip-conflicts") == 0
    assert "0 Termine übernommen." in cli.out
    assert _counts(cli.url) == before


def test_import_of_a_group_calendar(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "gruppe.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar//EN\r\n"
        "BEGIN:VEVENT\r\nUID:strick@example.org\r\nSUMMARY:Strickkreis\r\n"
        "DTSTART;TZID=Europe/Berlin:20300107T070000\r\n"
        "DTEND;TZID=Europe/Berlin:20300107T080000\r\n"
        "RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=4\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:fest@example.org\r\nSUMMARY:Sommerfest\r\n"
        "DTSTART;VALUE=DATE:20300615\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    before = _counts(cli.url)
    assert cli("bookings", "import", str(path), "--room", "Gruppenraum", "--dry-run") == 0
    assert cli.out.splitlines() == [
        "07.01.2030–01.04.2030 07:00–08:00\tStrickkreis\tGruppenraum\tSerie (4 Termine)",
        "15.06.2030\tSommerfest\t\tganztägig – wird nicht übernommen",
        "Probelauf: 1 Termin würde übernommen. Es wurde nichts gespeichert.",
    ]
    assert _counts(cli.url) == before
    assert cli("bookings", "import", str(path), "--room", "Gruppenraum") == 0
    assert "1 Termin übernommen. 1 nicht übernommen (ganztägig oder abgesagt)." in cli.out
    assert _counts(cli.url) == (before[0], before[1] + 1)
    assert cli("bookings", "list", "--week", "2030-W02") == 0
    assert "07.01.2030\t07:00\t08:00\tGruppenraum\tStrickkreis" in cli.out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02PK\x03\x04" * 50, "ist keine Kalenderdatei (iCalendar, .ics)"),
        (b"", "ist leer"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Treffen\r\n"
            b"DTSTART;TZID=Atlantis/Hauptstadt:20300107T070000\r\nDURATION:PT1H\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n",
            "Der Termin „Treffen“ (Zeile 2) nennt eine unbekannte Zeitzone "
            "(„Atlantis/Hauptstadt“). Es wurde nichts importiert.",
        ),
        (
            b"BEGIN:VCALENDAR\r\n"
            + b"BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20300107T070000\r\nEND:VEVENT\r\n" * 10_000
            + b"END:VCALENDAR\r\n",
            "enthält zu viele Termine (mehr als 5.000)",
        ),
    ],
)
def test_hostile_files_are_refused(cli: Cli, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "kalender.ics"
    path.write_bytes(content)
    before = _counts(cli.url)
    assert cli("bookings", "import", str(path), "--room", "Gruppenraum") == 1
    assert message in cli.err
    assert _counts(cli.url) == before


def test_import_without_room_asks_for_one(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "x.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:A\r\n"
        b"DTSTART:20300107T070000\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert cli("bookings", "import", str(path)) == 1
    assert "Bitte mit --room angeben" in cli.err
