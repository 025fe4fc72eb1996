"""The disk fills up during a write: a clear message, no corruption, nothing lost.

The disk is real: a 3 MB tmpfs mounted for the test (CI runs as root). Where mounting is
not possible (no root, not Linux), SQLite's ``PRAGMA max_page_count`` makes the database
report "database or disk is full" at a fixed size instead: the same error code
(SQLITE_FULL) through the same code path, but no real disk runs out.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.engine import make_url

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Person, Role
from quartierstreff.db.open import open_database
from quartierstreff.messages import describe
from quartierstreff.services.errors import DiskFull
from quartierstreff.services.security import Actor, acting_as
from tests.e2e.test_cli import quartierstreff
from tests.fault.conftest import mount_small_disk, unmount

ACTOR = Actor(user_id=None, username="platzhalter", role=Role.ADMIN)


def _add(database: Database, number: int) -> int:
    with database.unit_of_work() as session, acting_as(session, ACTOR):
        person = Person(first_name="Voll", last_name=str(number), notes="x" * 3000)
        session.add(person)
        session.flush()
        return person.id


def _limit_pages(database: Database, pages: int) -> None:
    """The fallback without a small disk: SQLite refuses to grow past ``pages``."""

    def limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    database.engine.dispose()
    event.listen(database.engine, "connect", limit)


def _fill_up(folder: Path) -> Path:
    """Take all free space of ``folder``'s disk into one file; deleting it frees it."""
    ballast = folder / "ballast"
    with ballast.open("wb") as file:
        try:
            while True:
                file.write(b"\0" * 65536)
                file.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return ballast


def test_a_full_disk_is_reported_and_nothing_is_lost(
    small_disk: Path | None, tmp_path: Path
) -> None:
    folder = small_disk or tmp_path / "db"
    file = folder / "quartierstreff.sqlite3"
    database = open_database(make_url(f"sqlite:///{file}"), tmp_path / "backups")
    ballast = folder / "ballast"
    if small_disk is not None:
        ballast.write_bytes(b"\0" * 512 * 1024)  # freed again below
    else:
        _limit_pages(database, 600)
    committed: list[int] = []
    try:
        with pytest.raises(DiskFull) as full:
            for number in range(10_000):
                committed.append(_add(database, number))
        assert full.value.target == str(file)
        assert describe(full.value).startswith(f"Der Datenträger der Datenbank {file} ist voll.")
        assert len(committed) > 10

        # Still readable while full: exactly what was reported committed.
        with database.unit_of_work() as session:
            assert set(session.scalars(select(Person.id))) == set(committed)

        # Space is freed; the same program carries on without a restart.
        if small_disk is not None:
            ballast.unlink()
        else:
            _limit_pages(database, 100_000)
        committed.append(_add(database, -1))
    finally:
        database.close()

    connection = sqlite3.connect(file)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in connection.execute("SELECT id FROM persons")}
    finally:
        connection.close()
    assert stored == set(committed)
    reopened = open_database(make_url(f"sqlite:///{file}"), tmp_path / "backups")
    reopened.close()


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    """``quartierstreff backup --to`` a full USB stick, as a user runs it."""
    stick = tmp_path / "stick"
    if not mount_small_disk(stick, "256k"):
        pytest.skip("no small disk to fill: mounting a tmpfs needs root on Linux")
    try:
        database = tmp_path / "quartierstreff.sqlite3"
        open_database(make_url(f"sqlite:///{database}"), tmp_path / "backups").close()
        ballast = _fill_up(stick)
        result = quartierstreff(
            "--database", f"sqlite:///{database}", "backup", "--to", str(stick), data_dir=tmp_path
        )
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert "der Datenträger ist voll" in result.stderr
        assert sorted(stick.iterdir()) == [ballast]  # no half-written archive
    finally:
        unmount(stick)
