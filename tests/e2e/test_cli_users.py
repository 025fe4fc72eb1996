"""Users and log-in on the command line: ``--user`` with the password from the
environment (or a prompt), ``users add|list|set|password``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from quartierstreff.cli import main
from quartierstreff.db.engine import make_engine
from quartierstreff.db.models import AuditAction, AuditEntry, User
from tests.e2e.test_cli import quartierstreff

ADMIN_PASSWORD = "Lindenplatz-4"


class Cli:
    """Runs ``quartierstreff --database URL …`` in this process and keeps the output."""

    def __init__(
        self, url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.url = url
        self._capsys = capsys
        self._monkeypatch = monkeypatch
        self.out = self.err = ""

    def __call__(
        self, *args: str, password: str | None = None, new_password: str | None = None
    ) -> int:
        for name, value in (
            ("QUARTIERSTREFF_PASSWORD", password),
            ("QUARTIERSTREFF_NEW_PASSWORD", new_password),
        ):
            if value is None:
                self._monkeypatch.delenv(name, raising=False)
            else:
                self._monkeypatch.setenv(name, value)
        code = main(["--database", self.url, *args])
        captured = self._capsys.readouterr()
        self.out, self.err = captured.out, captured.err
        assert "Traceback" not in self.err
        return code


@pytest.fixture
def cli(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Cli]:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    runner = Cli(sqlite_url, capsys, monkeypatch)
    assert runner("demo") == 0
    yield runner


def _with_admin(cli: Cli) -> Cli:
    assert cli("users", "add", "andrea", "--role", "admin", new_password=ADMIN_PASSWORD) == 0
    return cli


def test_without_users_nobody_logs_in_and_the_first_user_is_an_admin(cli: Cli) -> None:
    assert cli("users", "list") == 0
    assert "keine Benutzer" in cli.out
    assert cli("users", "add", "karl", "--role", "kasse", new_password="Kasse-1234") == 1
    assert "ersten Benutzer" in cli.err
    assert (
        cli(
            "users",
            "add",
            "Andrea",
            "--role",
            "admin",
            "--display-name",
            "Andrea Admin",
            new_password=ADMIN_PASSWORD,
        )
        == 0
    )
    assert cli.out.strip() == "Benutzer „andrea“ (Admin) angelegt."


def test_once_users_exist_personal_data_needs_user_and_password(cli: Cli) -> None:
    _with_admin(cli)
    assert cli("backup") == 1
    assert cli.err.startswith("Fehler: Diese Datenbank verlangt eine Anmeldung: bitte --user")
    assert cli("--user", "andrea", "backup") == 1
    assert "fehlt das Passwort" in cli.err  # no terminal to ask at, no variable
    assert cli("--user", "andrea", "backup", password="falsch") == 1
    assert cli.err.strip() == "Fehler: Benutzername oder Passwort stimmt nicht."
    assert cli("--user", "andrea", "backup", password=ADMIN_PASSWORD) == 0
    assert Path(cli.out.strip()).is_file()
    # `check` reads no personal data and runs without log-in.
    assert cli("check") == 0


def test_roles_limit_what_the_command_line_may_do(cli: Cli) -> None:
    _with_admin(cli)
    assert (
        cli(
            "--user",
            "andrea",
            "users",
            "add",
            "erika",
            "--role",
            "ehrenamt",
            password=ADMIN_PASSWORD,
            new_password="Ehrenamt-1",
        )
        == 0
    )
    assert cli("--user", "erika", "users", "list", password="Ehrenamt-1") == 1
    assert cli.err.strip() == "Fehler: Dafür hat „erika“ keine Berechtigung."
    assert cli("--user", "andrea", "users", "list", password=ADMIN_PASSWORD) == 0
    assert cli.out.split() == ["andrea", "Admin", "andrea", "erika", "Ehrenamt", "erika"]


def test_the_admin_changes_roles_and_deactivates(cli: Cli) -> None:
    _with_admin(cli)
    cli(
        "--user",
        "andrea",
        "users",
        "add",
        "karl",
        "--role",
        "kasse",
        password=ADMIN_PASSWORD,
        new_password="Kasse-1234",
    )
    as_admin = ("--user", "andrea")
    assert (
        cli(*as_admin, "users", "set", "karl", "--role", "koordination", password=ADMIN_PASSWORD)
        == 0
    )
    assert cli.out.strip() == "Benutzer „karl“: Koordination, karl, aktiv."
    assert cli(*as_admin, "users", "set", "karl", "--deactivate", password=ADMIN_PASSWORD) == 0
    assert cli("--user", "karl", "backup", password="Kasse-1234") == 1
    assert cli(*as_admin, "users", "set", "andrea", "--role", "kasse", password=ADMIN_PASSWORD) == 1
    assert "letzte aktive Admin" in cli.err
    assert cli(*as_admin, "users", "set", "niemand", "--activate", password=ADMIN_PASSWORD) == 1
    assert cli.err.strip() == "Fehler: Benutzer „niemand“ wurde nicht gefunden."


def test_users_change_their_own_password(cli: Cli) -> None:
    _with_admin(cli)
    assert (
        cli(
            "--user",
            "andrea",
            "users",
            "password",
            "andrea",
            password=ADMIN_PASSWORD,
            new_password="kurz",
        )
        == 1
    )
    assert "zu kurz" in cli.err
    assert (
        cli(
            "--user",
            "andrea",
            "users",
            "password",
            "andrea",
            password=ADMIN_PASSWORD,
            new_password="Neu-und-lang",
        )
        == 0
    )
    assert cli("--user", "andrea", "backup", password=ADMIN_PASSWORD) == 1
    assert cli("--user", "andrea", "backup", password="Neu-und-lang") == 0


def test_sql_in_a_user_name_is_just_a_wrong_name(cli: Cli) -> None:
    _with_admin(cli)
    assert cli("--user", "x' OR '1'='1", "backup", password="' OR '1'='1") == 1
    assert cli.err.strip() == "Fehler: Benutzername oder Passwort stimmt nicht."
    bad_name = "robert'); DROP TABLE users;--"
    assert (
        cli(
            "--user",
            "andrea",
            "users",
            "add",
            bad_name,
            "--role",
            "kasse",
            password=ADMIN_PASSWORD,
            new_password="Kasse-1234",
        )
        == 1
    )
    assert "nicht erlaubt" in cli.err
    engine = make_engine(cli.url)
    with engine.connect() as connection:
        assert connection.execute(select(User.username)).scalars().all() == ["andrea"]
    engine.dispose()


def test_failed_log_ins_are_counted_and_slow_the_next_ones(cli: Cli) -> None:
    _with_admin(cli)
    for _ in range(3):
        assert cli("--user", "andrea", "backup", password="falsch") == 1
    # Now even the right password waits: the account is locked for a while.
    assert cli("--user", "andrea", "backup", password=ADMIN_PASSWORD) == 1
    assert "Zu viele falsche Versuche" in cli.err
    engine = make_engine(cli.url)
    with engine.connect() as connection:
        changes = connection.execute(
            select(AuditEntry.changes).where(
                AuditEntry.entity == "users", AuditEntry.action == AuditAction.UPDATE
            )
        ).scalars()
        failures = [json.loads(change).get("failed_logins") for change in changes]
    engine.dispose()
    assert [failure for failure in failures if failure] == [[0, 1], [1, 2], [2, 3]]


@pytest.mark.slow
def test_the_password_comes_from_the_environment_in_a_real_process(
    sqlite_url: str, tmp_path: Path
) -> None:
    def run(*args: str, **env: str) -> tuple[int, str, str]:
        done = quartierstreff("--database", sqlite_url, *args, data_dir=tmp_path, env=env)
        return done.returncode, done.stdout, done.stderr

    assert (
        run("users", "add", "andrea", "--role", "admin", QUARTIERSTREFF_NEW_PASSWORD="x" * 12)[0]
        == 0
    )
    code, _out, err = run("users", "list")
    assert code == 1 and "--user" in err
    code, out, err = run("--user", "andrea", "users", "list", QUARTIERSTREFF_PASSWORD="x" * 12)
    assert code == 0, err
    assert out.split()[:2] == ["andrea", "Admin"]
