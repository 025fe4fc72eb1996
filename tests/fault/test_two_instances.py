"""Two app instances on one database: both work, and no update is lost.

Two real processes write to one SQLite file at the same time (adding people, and
loading and saving the centre profile as a form does): neither sees "database is
locked", and the profile's version history shows that no save was based on a version
another save had already replaced. Then the same with two ``Database`` objects, step by
step, on SQLite and PostgreSQL: the second saver is told who saved first.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from quartierstreff.db.engine import Database
from quartierstreff.db.models import CentreProfile, Person, Role
from quartierstreff.db.open import open_database
from quartierstreff.messages import describe
from quartierstreff.services.centre import get_profile, save_profile
from quartierstreff.services.errors import ConcurrentEdit
from quartierstreff.services.security import Actor, acting_as
from quartierstreff.services.views import CentreProfileView
from tests.conftest import BACKENDS
from tests.fault.conftest import Lines, send, start_writer, stop

ANNA = Actor(user_id=None, username="anna", role=Role.COORDINATOR)
BERT = Actor(user_id=None, username="bert", role=Role.ADMIN)
EDITS = 60


def test_two_programs_write_at_once_and_lose_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'quartierstreff.sqlite3'}"
    backups = tmp_path / "backups"
    database = open_database(make_url(url), backups)
    with database.unit_of_work() as session:
        start = save_profile(session, ANNA, CentreProfileView(name="Treff"))
    stderr = tmp_path / "errors.txt"
    programs = [
        start_writer("editor", url, str(backups), name, str(EDITS), stderr=stderr)
        for name in ("anna", "bert")
    ]
    try:
        outputs = [Lines(program, stderr) for program in programs]
        assert [lines.next() for lines in outputs] == ["ready", "ready"]
        for program in programs:
            send(program, "go")
        reports = [[lines.next().split() for _ in range(EDITS)] for lines in outputs]
        assert [program.wait(timeout=60) for program in programs] == [0, 0], stderr.read_text()
    finally:
        for program in programs:
            stop(program)
    assert stderr.read_text() == ""  # no "database is locked", no error at all

    saves = [(int(r[1]), int(r[2])) for report in reports for r in report if r[0] == "saved"]
    conflicts = [r for report in reports for r in report if r[0] == "conflict"]
    assert len(saves) + len(conflicts) == 2 * EDITS
    assert all(new == loaded + 1 for loaded, new in saves)
    loaded_versions = [loaded for loaded, _ in saves]
    assert len(set(loaded_versions)) == len(loaded_versions), "two saves on the same version"
    with database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 2 * EDITS
        profile = session.get(CentreProfile, 1)
        assert profile is not None
        assert profile.version == start.version + len(saves)
    database.close()


@pytest.fixture(params=BACKENDS)
def two_programs(
    request: pytest.FixtureRequest, new_database_url: Callable[[str], str], tmp_path: Path
) -> Iterator[tuple[Database, Database]]:
    """One database opened by two programs (two engines, two connection pools)."""
    url = make_url(new_database_url(request.param))
    first = open_database(url, tmp_path / "backups")
    second = open_database(url, tmp_path / "backups")
    with first.unit_of_work() as session:
        save_profile(session, ANNA, CentreProfileView(name="Treff", city="Ulm"))
    yield first, second
    first.close()
    second.close()


def _load(database: Database, actor: Actor) -> CentreProfileView:
    with database.unit_of_work() as session:
        profile = get_profile(session, actor)
    assert profile is not None
    return profile


def test_the_second_saver_is_told(two_programs: tuple[Database, Database]) -> None:
    annas, berts = two_programs
    in_annas_form = _load(annas, ANNA)
    in_berts_form = _load(berts, BERT)

    with annas.unit_of_work() as session:
        saved = save_profile(session, ANNA, dataclasses.replace(in_annas_form, city="Biberach"))
    with pytest.raises(ConcurrentEdit) as told, berts.unit_of_work() as session:
        save_profile(session, BERT, dataclasses.replace(in_berts_form, phone="0711 1"))

    assert (told.value.entity, told.value.key, told.value.changed_by) == (
        "centre_profile",
        "1",
        "anna",
    )
    assert describe(told.value) == (
        "Jemand anderes hat das Profil des Treffs inzwischen geändert (zuletzt gespeichert "
        "von „anna“). Es wurde nichts gespeichert; bitte neu laden und die Änderung noch "
        "einmal vornehmen."
    )
    assert _load(berts, BERT) == saved  # Anna's change survives, Bert's was not written


def test_an_update_that_meets_a_newer_row_is_told_too(
    two_programs: tuple[Database, Database],
) -> None:
    """Past the version check: the UPDATE itself finds the row changed (StaleDataError)."""
    annas, berts = two_programs
    with annas.unit_of_work() as session:
        row = session.get(CentreProfile, 1)
    assert row is not None  # kept beyond its unit of work, at the version it was read
    in_berts_form = _load(berts, BERT)
    with berts.unit_of_work() as session:
        save_profile(session, BERT, dataclasses.replace(in_berts_form, city="Biberach"))

    with (
        pytest.raises(ConcurrentEdit) as told,
        annas.unit_of_work() as session,
        acting_as(session, ANNA),
    ):
        session.add(row)
        row.phone = "0711 2"
    assert told.value.entity == "centre_profile"
    stored = _load(annas, ANNA)
    assert (stored.city, stored.phone) == ("Biberach", "")


def test_a_unit_of_work_on_sqlite_holds_the_write_lock_from_its_start(tmp_path: Path) -> None:
    """So a unit of work that reads and then writes never fails half-way with "database
    is locked" because another program wrote in between (see db/engine.py)."""
    file = tmp_path / "quartierstreff.sqlite3"
    database = open_database(make_url(f"sqlite:///{file}"), tmp_path / "backups")
    other = sqlite3.connect(file, timeout=0, isolation_level=None)
    try:
        with database.unit_of_work() as session:
            session.scalar(select(func.count()).select_from(Person))  # only read so far
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            assert other.execute("SELECT count(*) FROM persons").fetchone() == (0,)  # reads go on
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        with database.engine.connect() as plain:  # backups and checks: no write lock
            plain.exec_driver_sql("SELECT 1")
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()
        database.close()
