"""An application's text survives a crash: a real second program types into the first
section of the application editor (offscreen, real key events, a real SQLite file) and
is killed with SIGKILL.

Reopened as the app opens it, the database holds everything typed before the pause
(saved when typing paused) and, of the steady typing after it (no pause at all, so
only the "at the latest" timer saves), everything but at most the last few seconds:
what is stored is a prefix of what was typed, and every character typed more than
``AUTOSAVE_MAX_WAIT_MS`` (plus a margin for a slow machine) before the kill is there.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy.engine import make_url

from quartierstreff.db.open import open_database
from quartierstreff.services import funding
from quartierstreff.services.funding import ApplicationDraft
from quartierstreff.services.programmes import Programme, SectionRule, save_programme
from tests.conftest import ADMIN
from tests.fault import application_typist
from tests.fault.application_typist import AUTOSAVE_MAX_WAIT_MS
from tests.fault.conftest import Lines, stop

MARGIN_SECONDS = 2.0
"""A save takes a moment, more on a busy machine."""


def _typed_text(length: int) -> str:
    first = application_typist.FIRST
    steady = application_typist.STEADY
    rest = length - len(first)
    return first + "".join(steady[i % len(steady)] for i in range(rest))


def test_application_text_typed_before_a_kill_is_there_but_the_last_seconds(
    tmp_path: Path,
) -> None:
    file = tmp_path / "quartierstreff.sqlite3"
    url = f"sqlite:///{file}"
    backups = tmp_path / "backups"
    database = open_database(make_url(url), backups)
    programme = Programme(
        key="sonstige",
        name="Sonstige Förderung",
        funder="Stiftung",
        any_time=True,
        sections=(SectionRule("about", "Über uns", "", True, 1500),),
    )
    with database.unit_of_work() as session:
        entry = save_programme(session, ADMIN, programme)
        application_id = funding.create_application(
            session,
            ADMIN,
            ApplicationDraft(programme_id=entry.id, title="Nachbarschaftscafé"),
            on=dt.date(2026, 11, 24),
        )
    database.close()

    stderr = tmp_path / "typist-errors.txt"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with stderr.open("ab") as errors:
        typist = subprocess.Popen(
            [sys.executable, application_typist.__file__, url, str(backups), str(application_id)],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=environment,
        )
    lines = Lines(typist, stderr)
    typed: list[tuple[int, float]] = []  # (characters typed so far, when)
    steady_for = random.uniform(6.0, 9.0)  # more than one "at the latest" interval
    try:
        assert lines.next() == "ready"
        while (line := lines.next()) != "paused":
            _, length, moment = line.split()
            typed.append((int(length), float(moment)))
        paused_length = typed[-1][0]
        started = time.monotonic()
        while time.monotonic() - started < steady_for:
            kind, length, moment = lines.next().split()
            assert kind == "typed"
            typed.append((int(length), float(moment)))
        os.kill(typist.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        assert typist.wait(timeout=30) == -signal.SIGKILL
    finally:
        stop(typist)

    reopened = open_database(make_url(url), backups, migrate=False, create=False)
    try:
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        with reopened.unit_of_work() as session:
            stored = funding.get_application(session, ADMIN, application_id).section("about")
    finally:
        reopened.close()

    total = typed[-1][0]
    assert stored == _typed_text(len(stored)), "what is stored is not what was typed"
    assert len(stored) >= paused_length, "the text typed before the pause is lost"
    assert len(stored) > paused_length, "steady typing was never saved"
    old_enough = killed_at - (AUTOSAVE_MAX_WAIT_MS / 1000 + MARGIN_SECONDS)
    must_have = max((length for length, moment in typed if moment <= old_enough), default=0)
    assert len(stored) >= must_have, (
        f"lost {total - len(stored)} characters, some typed more than "
        f"{AUTOSAVE_MAX_WAIT_MS / 1000 + MARGIN_SECONDS:.0f} s before the kill"
    )
    first_lost = next((moment for length, moment in typed if length > len(stored)), killed_at)
    assert killed_at - first_lost <= AUTOSAVE_MAX_WAIT_MS / 1000 + MARGIN_SECONDS
