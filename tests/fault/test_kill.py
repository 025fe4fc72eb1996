"""The program is killed (SIGKILL) in the middle of a stream of writes, 100 times.

After every kill the database opens as the app opens it, passes ``PRAGMA
integrity_check``, and holds every transaction the killed program was told had been
committed; and no transaction is half there (each person has the audit entry that was
written in the same transaction, and no audit entry is without its person).

One file is used throughout, and the test keeps a connection open so the WAL is not
cleaned up between kills: it grows, and the killed programs checkpoint it now and then
(some notes span overflow pages), so kills also land in the middle of checkpoints.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from quartierstreff.db.models import AuditAction, AuditEntry, Person
from quartierstreff.db.open import open_database
from tests.fault.conftest import Lines, send, start_writer, stop

KILLS = 100


def _check(url: str, backups: Path, committed: set[int]) -> int:
    """Open as the app does, check the file, compare with what was reported committed."""
    database = open_database(make_url(url), backups, migrate=False, create=False)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            people = set(connection.scalars(select(Person.id)))
            audited = {
                int(entity_id)
                for entity_id in connection.scalars(
                    select(AuditEntry.entity_id).where(
                        AuditEntry.entity == "persons", AuditEntry.action == AuditAction.CREATE
                    )
                )
            }
    finally:
        database.close()
    missing = committed - people
    assert not missing, f"reported committed but gone: {sorted(missing)[:10]}"
    assert people == audited, "a transaction is half there"
    return len(people)


def test_killed_100_times_in_the_middle_of_writes(tmp_path: Path) -> None:
    file = tmp_path / "quartierstreff.sqlite3"
    url = f"sqlite:///{file}"
    backups = tmp_path / "backups"
    keeper = open_database(make_url(url), backups)  # migrated; keeps the WAL alive
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    stderr = tmp_path / "writer-errors.txt"
    zygote = start_writer("zygote", url, str(backups), stderr=stderr)
    lines = Lines(zygote, stderr)
    committed: set[int] = set()
    try:
        assert lines.next() == "ready"
        for run in range(KILLS):
            send(zygote, f"fork run{run}")
            pid = 0
            first_commit = False
            while not (pid and first_commit):  # the child is writing
                kind, _, value = lines.next().partition(" ")
                assert kind in ("child", "committed"), f"run {run}: {kind} {value}: " + (
                    stderr.read_text()
                )
                if kind == "child":
                    pid = int(value)
                else:
                    committed.add(int(value))
                    first_commit = True
            time.sleep(rng.uniform(0.005, 0.040))  # a random moment of the stream
            os.kill(pid, signal.SIGKILL)
            while (line := lines.next()) != f"exit {pid} {signal.SIGKILL.value}":
                kind, _, value = line.partition(" ")
                assert kind == "committed", f"run {run} (seed {seed}): {line}"
                committed.add(int(value))
            _check(url, backups, committed)
        send(zygote, "quit")
        assert zygote.wait(timeout=30) == 0
    finally:
        stop(zygote)
        keeper.close()

    with keeper.engine.connect() as connection:  # and once more after everything closed
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        stored = connection.scalar(select(func.count()).select_from(Person))
    assert stored is not None and stored >= len(committed)
    assert len(committed) > KILLS, "the writer hardly wrote anything"
