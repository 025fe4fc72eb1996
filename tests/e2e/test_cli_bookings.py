"""``quartierstreff bookings list`` end to end on the demo centre."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from quartierstreff import clock
from tests.e2e.test_cli_users import Cli


@pytest.fixture
def cli(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Cli]:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    runner = Cli(sqlite_url, capsys, monkeypatch)
    assert runner("demo") == 0
    yield runner


def test_list_prints_one_line_per_occurrence_of_the_week(cli: Cli) -> None:
    year, week, _ = clock.today().isocalendar()
    monday = dt.date.fromisocalendar(year, week, 1)
    assert cli("bookings", "list", "--week", f"{year}-W{week:02d}") == 0
    lines = cli.out.splitlines()
    assert len(lines) > 10
    days = []
    for line in lines:
        day, start, end, rooms, title = line.split("\t")
        parsed = dt.datetime.strptime(day, "%d.%m.%Y").date()
        assert monday <= parsed < monday + dt.timedelta(days=7)
        assert dt.time.fromisoformat(start) < dt.time.fromisoformat(end)
        assert rooms and title
        days.append((parsed, start))
    assert days == sorted(days)


def test_a_week_that_is_not_one_is_refused(cli: Cli) -> None:
    assert cli("bookings", "list", "--week", "2026-48") == 1
    assert "„2026-48“ ist keine Kalenderwoche (erwartet z. B. 2026-W48)." in cli.err
