"""The database file is damaged or no database at all at start: a clear message that
offers the newest backup, and the file is left exactly as it was (never a new, empty
database over it, no journal files written next to it).

Already tested elsewhere: random bytes and damaged pages (tests/unit/test_backup.py) and
the command line (tests/e2e/test_cli_backup.py). Here: what users really end up with, a
photo or a text file picked as the database, and a copy cut short.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from quartierstreff.db.models import Person, Role
from quartierstreff.db.open import open_database
from quartierstreff.messages import describe
from quartierstreff.services.backup import create_backup
from quartierstreff.services.errors import DatabaseCorrupt
from quartierstreff.services.security import Actor, acting_as

ACTOR = Actor(user_id=None, username="pytest", role=Role.ADMIN)
JPEG = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + bytes(range(256)) * 40
LETTER = "Liebe Nachbarinnen und Nachbarn,\nam Samstag ist Flohmarkt im Treff.\n" * 50


def _photo(_database: bytes) -> bytes:
    return JPEG


def _letter(_database: bytes) -> bytes:
    return LETTER.encode()


def _cut_short(database: bytes) -> bytes:
    return database[: len(database) * 2 // 3]


def _header_lost(database: bytes) -> bytes:
    return b"\0" * 100 + database[100:]


@pytest.mark.parametrize(
    "damage",
    [_photo, _letter, _cut_short, _header_lost],
    ids=["photo", "letter", "cut-short", "header-lost"],
)
def test_a_damaged_file_is_left_alone_and_the_newest_backup_offered(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    folder = tmp_path / "daten"
    file = folder / "quartierstreff.sqlite3"
    backups = tmp_path / "backups"
    database = open_database(make_url(f"sqlite:///{file}"), backups)
    with database.unit_of_work() as session, acting_as(session, ACTOR):
        session.add_all(
            Person(first_name="P", last_name=str(n), notes="x" * 900) for n in range(60)
        )
    older = create_backup(database, backups, actor=ACTOR, now=dt.datetime(2026, 11, 1, 9, 0))
    newest = create_backup(database, backups, actor=ACTOR, now=dt.datetime(2026, 11, 24, 18, 30))
    database.close()
    assert older.path != newest.path
    damaged = damage(file.read_bytes())
    file.write_bytes(damaged)
    before = sorted(path.name for path in folder.iterdir())

    for attempt in range(2):  # and again: the first attempt changed nothing either
        with pytest.raises(DatabaseCorrupt) as caught:
            open_database(make_url(f"sqlite:///{file}"), backups)
        assert file.read_bytes() == damaged, attempt
        assert sorted(path.name for path in folder.iterdir()) == before, attempt

    assert caught.value.target == str(file)
    assert caught.value.newest_backup == str(newest.path)
    message = describe(caught.value)
    assert "beschädigt oder keine Datenbank" in message
    assert "Sie wurde nicht verändert." in message
    assert f'quartierstreff restore "{newest.path}"' in message
