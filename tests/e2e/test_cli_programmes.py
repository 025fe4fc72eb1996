"""``quartierstreff programmes list|import|export`` in-process: tab-separated lines,
a broken file names file, line and field in German and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quartierstreff.services.programmes import parse_programme, programmes_dir
from tests.e2e.test_cli_users import Cli


@pytest.fixture
def cli(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Cli]:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    yield Cli(sqlite_url, capsys, monkeypatch)


def _keys(out: str) -> list[str]:
    return [line.split("\t")[0] for line in out.splitlines()]


def test_list_installs_the_shipped_programmes_into_a_new_database(cli: Cli) -> None:
    assert cli("programmes", "list") == 0
    lines = [line.split("\t") for line in cli.out.splitlines()]
    assert {line[0] for line in lines} == {
        "beteiligungstaler",
        "gut_beraten",
        "nachbarschaftsgespraeche",
        "quartiersimpulse",
        "sonstige",
    }
    by_key = {line[0]: line for line in lines}
    assert by_key["beteiligungstaler"] == ["beteiligungstaler", "Beteiligungstaler", "2025-01-15"]
    assert by_key["sonstige"] == ["sonstige", "Sonstige Förderung", ""]
    assert [line[1] for line in lines] == sorted(line[1] for line in lines)


def test_export_then_import_round_trips(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "taler.toml"
    assert cli("programmes", "export", "beteiligungstaler", str(target)) == 0
    assert "gespeichert" in cli.out
    text = target.read_text(encoding="utf-8")
    shipped = (programmes_dir() / "beteiligungstaler.toml").read_text(encoding="utf-8")
    assert parse_programme(text, source="a") == parse_programme(shipped, source="b")

    assert cli("programmes", "import", str(target)) == 1
    assert "gibt es schon" in cli.err and "--replace" in cli.err

    changed = tmp_path / "eigen.toml"
    changed.write_text(
        text.replace('key = "beteiligungstaler"', 'key = "eigen"').replace(
            'name = "Beteiligungstaler"', 'name = "Unser Stadtteilfonds"'
        ),
        encoding="utf-8",
    )
    assert cli("programmes", "import", str(changed)) == 0
    assert "„Unser Stadtteilfonds“ (eigen) übernommen" in cli.out
    assert cli("programmes", "import", str(target), "--replace") == 0
    assert cli("programmes", "list") == 0
    assert "eigen" in _keys(cli.out) and len(cli.out.splitlines()) == 6


def test_a_broken_file_names_line_and_field_and_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    assert cli("programmes", "list") == 0
    before = cli.out
    broken = tmp_path / "kaputt.toml"
    broken.write_text(
        'format = 1\nkey = "kaputt"\nname = "Kaputt"\nfunder = "X"\nmax_grnat = "2000.00"\n',
        encoding="utf-8",
    )
    assert cli("programmes", "import", str(broken)) == 1
    assert cli.err.strip() == (
        "Fehler: kaputt.toml, Zeile 5, Feld „max_grnat“: Dieses Feld gibt es nicht – gemeint ist "
        "wohl „max_grant“. Es wurde nichts übernommen."
    )
    assert cli("programmes", "import", str(tmp_path / "fehlt.toml")) == 1
    assert "Die Datei gibt es nicht" in cli.err
    assert cli("programmes", "list") == 0
    assert cli.out == before


def test_export_of_an_unknown_key_or_to_an_unwritable_place(cli: Cli, tmp_path: Path) -> None:
    assert cli("programmes", "export", "gibtsnicht", str(tmp_path / "x.toml")) == 1
    assert cli.err.strip() and "Traceback" not in cli.err
    assert cli("programmes", "export", "sonstige", str(tmp_path / "nope" / "x.toml")) == 1
    assert "lässt sich nicht schreiben" in cli.err
