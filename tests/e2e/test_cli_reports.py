"""``quartierstreff report members`` and ``report processing-record`` on the demo centre."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.e2e.test_cli_users import Cli


@pytest.fixture
def cli(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    """The command line on a database with the demo centre (no users: no log-in)."""
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    runner = Cli(sqlite_url, capsys, monkeypatch)
    assert runner("demo") == 0
    return runner


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_member_list(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "mitglieder.pdf"
    assert cli("report", "members", "--output", str(target)) == 0
    assert cli.out.strip() == str(target)
    text = text_of(target)
    assert "Mitgliederliste" in text
    assert "97 Mitglieder" in text
    assert "Vertraulich – nur für den Vorstand" in text


def test_member_list_for_members_with_columns(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "für-mitglieder.pdf"
    code = cli(
        "report", "members", "-o", str(target), "--columns", "anschrift,geburtstag", "--for-members"
    )
    assert code == 0
    assert "ohne Einwilligung zur Weitergabe sind nicht aufgeführt" in cli.err
    text = text_of(target)
    assert "Mitgliederliste für die Mitglieder" in text
    assert "Geburtstag" in text
    assert "E-Mail" not in text


def test_bad_column_and_missing_folder(
    cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as exit_:
        cli("report", "members", "-o", str(target), "--columns", "konto")
    assert exit_.value.code == 2
    assert "unbekannte Spalte „konto“" in capsys.readouterr().err
    assert cli("report", "members", "-o", str(tmp_path / "fehlt" / "x.pdf")) == 1
    assert "den Ordner gibt es nicht" in cli.err
    assert not target.exists()


def test_processing_record(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "art30.pdf"
    assert cli("report", "processing-record", "--output", str(target)) == 0
    assert cli.out.strip() == str(target)
    text = text_of(target)
    assert "Verzeichnis von Verarbeitungstätigkeiten" in text
    assert "Bürgertreff Lindenviertel" in text
