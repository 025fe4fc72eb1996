"""``quartierstreff report usage-figures --from DATE --to DATE``: the usage figures as
tab-separated tables, in German."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from quartierstreff.db.models import Group, Room
from quartierstreff.db.open import open_database
from quartierstreff.services.bookings import BookingDraft, create_booking
from quartierstreff.services.security import acting_as
from tests.conftest import ADMIN
from tests.e2e.test_cli_users import Cli

T = dt.time


@pytest.fixture
def cli(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Cli:
    database = open_database(make_url(sqlite_url), tmp_path / "backups")
    try:
        with database.unit_of_work() as session, acting_as(session, ADMIN):
            room = Room(name="Gruppenraum", symbol="G", opens_at=T(9), closes_at=T(17))
            hall = Room(name="Saal", symbol="S", position=1)
            choir = Group(name="Chor")
            session.add_all([room, hall, choir])
            session.flush()
            for day, room_id, group_id in (
                (dt.date(2026, 11, 24), room.id, choir.id),
                (dt.date(2026, 11, 25), room.id, None),
                (dt.date(2026, 12, 1), hall.id, choir.id),
            ):
                draft = BookingDraft(
                    "Probe",
                    (room_id,),
                    day,
                    T(10),
                    T(12, 30),
                    group_id=group_id,
                    expected_people=20,
                )
                create_booking(session, ADMIN, draft)
    finally:
        database.close()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    return Cli(sqlite_url, capsys, monkeypatch)


def test_the_tables_are_printed_tab_separated(cli: Cli) -> None:
    assert cli("report", "usage-figures", "--from", "01.11.2026", "--to", "2026-12-31") == 0
    lines = cli.out.splitlines()
    assert lines[0] == "Nutzungszahlen\t01.11.2026\t31.12.2026"
    # 21 + 23 weekdays × 8 h (25.12. is a holiday) = 344 h; 5 h booked = 1.45 % → 1.
    assert "Raum\tStunden\tÖffnungsstunden\tAuslastung %" in lines
    assert "Gruppenraum\t5,0\t344,0\t1" in lines
    assert "Saal\t2,5\t\t" in lines
    assert "Chor\t5,0\t2" in lines
    assert "ohne Gruppe\t2,5\t1" in lines
    assert "11.2026\t2\t40" in lines
    assert "12.2026\t1\t20" in lines


def test_bad_periods_give_one_german_line(cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("report", "usage-figures", "--from", "01.12.2026", "--to", "30.11.2026") == 1
    assert "Der letzte Tag liegt vor dem ersten." in cli.err
    with pytest.raises(SystemExit) as raised:
        cli("report", "usage-figures", "--from", "31.02.2026", "--to", "30.11.2026")
    assert raised.value.code == 2
    assert "„31.02.2026“ ist kein Datum" in capsys.readouterr().err
