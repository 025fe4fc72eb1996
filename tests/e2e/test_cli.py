"""The command line as a user runs it: a real process, a real database."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import BACKENDS


def quartierstreff(
    *args: str, data_dir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QUARTIERSTREFF_DATA_DIR": str(data_dir)}
    environment.pop("QUARTIERSTREFF_DATABASE", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "quartierstreff", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
def test_demo_then_check(
    backend: str, new_database_url: Callable[[str], str], tmp_path: Path
) -> None:
    url = new_database_url(backend)

    demo = quartierstreff("--database", url, "demo", data_dir=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "Beispiel-Treff angelegt" in demo.stdout

    check = quartierstreff("--database", url, "check", data_dir=tmp_path)
    assert check.returncode == 0, check.stderr
    lines = check.stdout.splitlines()
    assert lines[0].startswith("Schema-Version: ")
    assert lines[-1] == "ok"

    again = quartierstreff("--database", url, "demo", data_dir=tmp_path)
    assert again.returncode == 1
    assert again.stderr.startswith("Fehler: Die Datenbank enthält schon Daten")
    assert "Traceback" not in again.stderr


def test_help_on_every_command(tmp_path: Path) -> None:
    for args in ([], ["demo"], ["check"]):
        result = quartierstreff(*args, "--help", data_dir=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Aufruf: quartierstreff")
        assert "Hilfe" in result.stdout


def test_database_from_environment(sqlite_url: str, tmp_path: Path) -> None:
    result = quartierstreff("check", data_dir=tmp_path, env={"QUARTIERSTREFF_DATABASE": sqlite_url})
    # The file does not exist yet: `check` must say so instead of creating it.
    assert result.returncode == 1
    assert "gibt es nicht" in result.stderr
    assert not Path(sqlite_url.removeprefix("sqlite:///")).exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--database", "mysql://x@y/z", "check"], "keine gültige Datenbank-Adresse"),
        (["--database", "sqlite:////nonexistent/dir/x.sqlite3", "check"], "gibt es nicht"),
        (["--database", "postgresql://nobody@127.0.0.1:1/none", "check"], "nicht erreichbar"),
        (["frobnicate"], "Fehler: BEFEHL: 'frobnicate' gibt es nicht"),
    ],
)
def test_errors_are_one_clear_line(args: list[str], message: str, tmp_path: Path) -> None:
    result = quartierstreff(*args, data_dir=tmp_path)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("Fehler:") == 1


def test_check_reports_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "kaputt.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    result = quartierstreff("--database", f"sqlite:///{broken}", "check", data_dir=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
