"""``quartierstreff members list|import|export`` end to end on the demo centre."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.test_cli_users import Cli

BAD_CSV = (
    "Vorname;Nachname;PLZ;E-Mail;Geburtsdatum\r\n"
    "Greta;Import;70173;greta@example.org;03.07.1958\r\n"
    ";;70173;;\r\n"
    "Hans;Import;7017;hans.example.org;31.02.1990\r\n"
    '"Ida";"Import";;;"1.1.1990"\r\n'
)


@pytest.fixture
def cli(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Cli]:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    runner = Cli(sqlite_url, capsys, monkeypatch)
    assert runner("demo") == 0
    yield runner


def _names(cli: Cli) -> list[str]:
    assert cli("members", "list") == 0
    return [line.split("\t", 1)[1] for line in cli.out.splitlines()]


def test_list_prints_id_tab_name_per_person(cli: Cli) -> None:
    assert cli("members", "list") == 0
    lines = cli.out.splitlines()
    assert len(lines) > 100
    for line in lines:
        number, name = line.split("\t")
        assert number.isdigit()
        assert name and name == name.strip()
    assert cli("members", "list", "--status", "member") == 0
    assert 0 < len(cli.out.splitlines()) < len(lines)


def test_invalid_rows_are_listed_and_nothing_is_imported(cli: Cli, tmp_path: Path) -> None:
    before = _names(cli)
    path = tmp_path / "neu.csv"
    path.write_bytes(BAD_CSV.encode("cp1252"))
    assert cli("members", "import", str(path)) == 1
    assert cli.out.splitlines() == [
        "line 3: Der Nachname fehlt.",
        "line 4: Geburtsdatum „31.02.1990“ ist kein gültiges Datum.",
        "line 4: Die PLZ „7017“ hat nicht 5 Ziffern.",
        "line 4: „hans.example.org“ ist keine E-Mail-Adresse (es fehlt @ oder die Domain).",
    ]
    assert "Es gibt 2 fehlerhafte Zeilen; es wurde nichts importiert" in cli.err
    assert _names(cli) == before

    assert cli("members", "import", str(path), "--dry-run", "--skip-invalid") == 0
    assert "Probelauf: 2 Personen würden importiert (2 fehlerhafte Zeilen ausgelassen)" in cli.out
    assert _names(cli) == before

    assert cli("members", "import", str(path), "--skip-invalid") == 0
    assert cli.out.splitlines()[-1] == "2 Personen importiert. 2 fehlerhafte Zeilen übersprungen."
    after = _names(cli)
    assert sorted(set(after) - set(before)) == ["Greta Import", "Ida Import"]


def test_a_clean_file_is_imported_and_a_second_run_reports_duplicates(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "neu.csv"
    path.write_text("Name,Mail\nKarl Neumann,karl@example.org\n", encoding="utf-8")
    assert cli("members", "import", str(path), "--dry-run") == 0
    assert "1 Person würde importiert" in cli.out
    assert cli("members", "import", str(path)) == 0
    assert cli.out.strip() == "1 Person importiert."
    assert cli("members", "import", str(path), "--skip-duplicates") == 0
    assert "line 2: „Karl Neumann“ steht wahrscheinlich schon im Register" in cli.out
    assert cli.out.splitlines()[-1] == "0 Personen importiert."
    assert _names(cli).count("Karl Neumann") == 1


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("foto.csv", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8, "keine Textdatei"),
        ("leer.csv", b"", "ist leer"),
        ("liste.ods", b"PK", "möglich sind .csv und .xlsx"),
    ],
)
def test_unusable_files_are_one_clear_line(
    cli: Cli, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert cli("members", "import", str(path)) == 1
    assert cli.err.startswith(f"Fehler: „{name}“") or cli.err.startswith("Fehler: Die Datei")
    assert message in cli.err
    assert cli("members", "import", str(tmp_path / "gibtsnicht.csv")) == 1
    assert "gibt es nicht" in cli.err


def test_export_refuses_an_unknown_suffix(cli: Cli, tmp_path: Path) -> None:
    assert cli("members", "export", str(tmp_path / "liste.pdf")) == 1
    assert "möglich sind .csv und .xlsx" in cli.err
    assert not (tmp_path / "liste.pdf").exists()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imported_into_an_empty_database_gives_the_same_people(
    cli: Cli,
    tmp_path: Path,
    suffix: str,
    new_database_url: Callable[[str], str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / f"register{suffix}"
    assert cli("members", "export", str(path)) == 0
    exported = _names(cli)
    assert cli.err == ""
    if suffix == ".csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbfVorname;Nachname;")

    empty = Cli(new_database_url("sqlite"), capsys, monkeypatch)
    assert empty("members", "import", str(path)) == 0
    assert empty.out.splitlines()[-1] == f"{len(exported)} Personen importiert."
    assert sorted(_names(empty)) == sorted(exported)

    again = tmp_path / f"again{suffix}"
    assert empty("members", "export", str(again)) == 0
    if suffix == ".csv":  # the same file, person for person, but for the custom fields,
        # which the empty database does not define (Einstellungen ▸ Personen)

        def standard_columns(file: Path) -> list[str]:
            return sorted(
                ";".join(line.split(";")[:14]) for line in file.read_text("utf-8-sig").splitlines()
            )

        assert standard_columns(again) == standard_columns(path)


def test_export_with_a_filter(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "mitglieder.csv"
    assert cli("members", "list", "--status", "member") == 0
    members = len(cli.out.splitlines())
    assert cli("members", "export", str(path), "--status", "member") == 0
    assert cli.out.strip() == f"{members} Personen exportiert nach {path}."
    assert len(path.read_text("utf-8-sig").splitlines()) >= members + 1
