"""A second program on the test's database, for the fault tests (run with ``sys.executable``).

``writer.py zygote URL BACKUPS``
    Imports Quartierstreff once, prints ``ready``, then for each ``fork TAG`` line on
    stdin forks a child that opens the database as the app does (``open_database``) and
    commits one person after another, printing ``committed ID`` after each commit
    returned. The zygote prints ``child PID``, waits for the child (the test kills it
    with SIGKILL) and prints ``exit PID SIGNAL``. Forking an imported interpreter takes
    milliseconds; starting Python and importing SQLAlchemy 100 times would take a minute.

``writer.py editor URL BACKUPS NAME COUNT``
    Prints ``ready``, waits for ``go`` on stdin, then COUNT times: loads the centre
    profile in one unit of work, adds a person in the next and saves a change of the
    profile in a third, as a form does. Prints ``saved LOADED NEW`` or ``conflict LOADED``.
    Any other error ends the program with a traceback (and a non-zero exit code).

Lines are written with one ``os.write`` each, so lines of the zygote and its child never
mix, and nothing printed is lost to a buffer when the child is killed.
"""

from __future__ import annotations

import dataclasses
import os
import random
import sys
import time
import traceback
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.orm import configure_mappers

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Person, Role
from quartierstreff.db.open import open_database
from quartierstreff.services.centre import get_profile, save_profile
from quartierstreff.services.errors import ConcurrentEdit
from quartierstreff.services.security import Actor, acting_as


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _open(url: str, backups: str) -> Database:
    return open_database(make_url(url), Path(backups), migrate=False, create=False)


def _add_person(database: Database, actor: Actor, first: str, last: str, notes: str) -> int:
    with database.unit_of_work() as session, acting_as(session, actor):
        person = Person(first_name=first, last_name=last, notes=notes)
        session.add(person)
        session.flush()
        return person.id


def _write_until_killed(url: str, backups: str, tag: str) -> None:
    actor = Actor(user_id=None, username=tag, role=Role.ADMIN)
    database = _open(url, backups)
    rng = random.Random(tag)
    for number in range(1_000_000):
        # Some notes span overflow pages, so the WAL grows and checkpoints happen.
        notes = "x" * rng.choice((0, 100, 3000, 9000))
        person_id = _add_person(database, actor, tag, str(number), notes)
        say(f"committed {person_id}")


def zygote(url: str, backups: str) -> None:
    configure_mappers()  # once here, not in every child
    say("ready")
    for line in sys.stdin:
        command, _, tag = line.strip().partition(" ")
        if command != "fork":
            break
        pid = os.fork()
        if pid == 0:  # the child: write until killed
            try:
                _write_until_killed(url, backups, tag)
            except BaseException:
                os.write(2, traceback.format_exc().encode())
            os._exit(3)
        say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1}")


def editor(url: str, backups: str, name: str, count: int) -> None:
    actor = Actor(user_id=None, username=name, role=Role.COORDINATOR)
    rng = random.Random(name)
    database = _open(url, backups)
    say("ready")
    if sys.stdin.readline().strip() != "go":
        return
    for number in range(count):
        with database.unit_of_work() as session:
            loaded = get_profile(session, actor)
        assert loaded is not None
        _add_person(database, actor, name, str(number), "")
        time.sleep(rng.uniform(0, 0.004))  # the user types: time for the other to save
        try:
            with database.unit_of_work() as session:
                saved = save_profile(
                    session, actor, dataclasses.replace(loaded, city=f"{name} {number}")
                )
        except ConcurrentEdit:
            say(f"conflict {loaded.version}")
        else:
            say(f"saved {loaded.version} {saved.version}")
    database.close()


if __name__ == "__main__":
    mode, *arguments = sys.argv[1:]
    if mode == "zygote":
        zygote(*arguments)
    else:
        editor(arguments[0], arguments[1], arguments[2], int(arguments[3]))
