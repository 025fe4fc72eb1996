"""``quartierstreff meetings list`` end to end on the demo centre."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from tests.e2e.test_cli_users import Cli


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One demo database for the module (loading it takes a while)."""
    return f"sqlite:///{tmp_path_factory.mktemp('meetings') / 'demo.sqlite3'}"


@pytest.fixture
def cli(
    demo_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Cli]:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    runner = Cli(demo_url, capsys, monkeypatch)
    if runner("meetings", "list") != 0 or not runner.out:
        assert runner("demo") == 0
    yield runner


def _rows(out: str) -> list[tuple[int, dt.date, str]]:
    rows = []
    for line in out.splitlines():
        number, day, title = line.split("\t")
        rows.append((int(number), dt.datetime.strptime(day, "%d.%m.%Y").date(), title))
    return rows


def test_list_prints_id_date_and_title_oldest_first(cli: Cli) -> None:
    assert cli("meetings", "list") == 0
    rows = _rows(cli.out)
    assert len(rows) >= 20
    assert [row[1] for row in rows] == sorted(row[1] for row in rows)
    titles = {row[2] for row in rows}
    assert "Ordentliche Mitgliederversammlung" in titles
    assert "Vorstandssitzung" in titles
    assert len({row[0] for row in rows}) == len(rows)


def test_list_filters_by_year_and_kind(cli: Cli) -> None:
    assert cli("meetings", "list") == 0
    everything = _rows(cli.out)
    year = everything[-1][1].year
    assert cli("meetings", "list", "--year", str(year)) == 0
    in_year = _rows(cli.out)
    assert in_year and all(row[1].year == year for row in in_year)
    assert set(in_year) == {row for row in everything if row[1].year == year}
    assert cli("meetings", "list", "--kind", "plenum") == 0
    plenums = _rows(cli.out)
    assert plenums and all(row[2].startswith("Plenum") for row in plenums)
    assert cli("meetings", "list", "--kind", "mitgliederversammlung", "--year", "1999") == 0
    assert cli.out == ""


def test_bad_input_gets_a_german_message(cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("meetings", "list", "--year", "26") == 1
    assert "„26“ ist keine Jahreszahl (erwartet vierstellig, z. B. 2026)." in cli.err
    with pytest.raises(SystemExit) as exit_:
        cli("meetings", "list", "--kind", "party")
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "'party' gibt es nicht" in err and "'plenum'" in err
