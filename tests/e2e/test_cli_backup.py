"""`quartierstreff backup` and `quartierstreff restore` as a user runs them."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.test_cli import quartierstreff


def _one_clear_error(result: object) -> str:
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert result.returncode == 1, stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    assert stderr.count("Fehler:") == 1
    assert len(stderr.strip().splitlines()) == 1
    return stderr


def _last_name(database: Path) -> str:
    connection = sqlite3.connect(database)
    try:
        return str(connection.execute("SELECT last_name FROM persons WHERE id = 1").fetchone()[0])
    finally:
        connection.close()


def _rename_everyone(database: Path) -> None:
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE persons SET last_name = 'Geändert'")
    connection.close()


@pytest.fixture
def demo_data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    result = quartierstreff("demo", data_dir=data)
    assert result.returncode == 0, result.stderr
    return data


def test_backup_then_restore(demo_data_dir: Path, tmp_path: Path) -> None:
    database = demo_data_dir / "quartierstreff.sqlite3"
    original = _last_name(database)

    backup = quartierstreff("backup", data_dir=demo_data_dir)
    assert backup.returncode == 0, backup.stderr
    written = Path(backup.stdout.strip())
    assert written.parent == demo_data_dir / "backups"
    assert written.name.endswith("-manuell.qtbackup")

    stick = tmp_path / "usb-stick"
    to_stick = quartierstreff("backup", "--to", str(stick), data_dir=demo_data_dir)
    assert to_stick.returncode == 0, to_stick.stderr
    assert Path(to_stick.stdout.strip()).parent == stick

    _rename_everyone(database)
    restore = quartierstreff("restore", str(written), data_dir=demo_data_dir)
    assert restore.returncode == 0, restore.stderr
    assert restore.stdout.startswith("Wiederhergestellt: die Sicherung vom ")
    assert "vor-wiederherstellung.qtbackup" in restore.stdout
    assert _last_name(database) == original

    check = quartierstreff("check", data_dir=demo_data_dir)
    assert check.returncode == 0, check.stderr


def test_restore_refuses_bad_files(demo_data_dir: Path, tmp_path: Path) -> None:
    database = demo_data_dir / "quartierstreff.sqlite3"
    letter = tmp_path / "brief.qtbackup"
    letter.write_text("Liebe Nachbarn, ...")
    slip = tmp_path / "slip.qtbackup"
    with zipfile.ZipFile(slip, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("../../../etc/evil", "x")
    written = Path(quartierstreff("backup", data_dir=demo_data_dir).stdout.strip())
    truncated = tmp_path / "halb.qtbackup"
    truncated.write_bytes(written.read_bytes()[:5000])
    before = database.read_bytes()  # after the backup, which is noted in the audit trail

    cases = [
        (letter, "keine Quartierstreff-Sicherung"),
        (slip, "unzulässigen Dateipfad"),
        (truncated, "beschädigt oder unvollständig"),
        (tmp_path / "gibt-es-nicht.qtbackup", "gibt es nicht"),
    ]
    for file, message in cases:
        stderr = _one_clear_error(quartierstreff("restore", str(file), data_dir=demo_data_dir))
        assert message in stderr, (file, stderr)
    assert database.read_bytes() == before
    assert not (tmp_path / "etc").exists()
    assert [path.name for path in (demo_data_dir / "backups").iterdir()] == [written.name]


def test_a_damaged_database_at_start_offers_the_newest_backup(demo_data_dir: Path) -> None:
    written = Path(quartierstreff("backup", data_dir=demo_data_dir).stdout.strip())
    database = demo_data_dir / "quartierstreff.sqlite3"
    damaged = b"\x00kaputt" * 4096
    database.write_bytes(damaged)

    for command in (["check"], ["backup"]):
        stderr = _one_clear_error(quartierstreff(*command, data_dir=demo_data_dir))
        assert f'quartierstreff restore "{written}"' in stderr
    assert database.read_bytes() == damaged  # never replaced by a new, empty database

    restore = quartierstreff("restore", str(written), data_dir=demo_data_dir)
    assert restore.returncode == 0, restore.stderr
    assert "beschaedigt.sqlite3" in restore.stdout
    check = quartierstreff("check", data_dir=demo_data_dir)
    assert check.returncode == 0, check.stderr


@pytest.mark.slow
@pytest.mark.postgresql
@pytest.mark.parametrize(("source", "target"), [("postgresql", "sqlite"), ("sqlite", "postgresql")])
def test_moving_between_a_server_and_a_pc(
    source: str, target: str, new_database_url: Callable[[str], str], tmp_path: Path
) -> None:
    source_url, target_url = new_database_url(source), new_database_url(target)
    data = tmp_path / "data"
    demo = quartierstreff("--database", source_url, "demo", data_dir=data)
    assert demo.returncode == 0, demo.stderr
    backup = quartierstreff("--database", source_url, "backup", data_dir=data)
    assert backup.returncode == 0, backup.stderr

    restore = quartierstreff(
        "--database", target_url, "restore", backup.stdout.strip(), data_dir=data
    )
    assert restore.returncode == 0, restore.stderr
    assert "Es gab keine bisherige Datenbank" in restore.stdout
    check = quartierstreff("--database", target_url, "check", data_dir=data)
    assert check.returncode == 0, check.stderr


def test_help(tmp_path: Path) -> None:
    for command in ("backup", "restore"):
        result = quartierstreff(command, "--help", data_dir=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"Aufruf: quartierstreff {command}")
    missing = quartierstreff("restore", data_dir=tmp_path)
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr
