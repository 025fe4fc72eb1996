"""Someone writing a funding application, as a program of its own for the autosave fault
test (run with ``sys.executable``; the test kills it with SIGKILL).

``application_typist.py URL BACKUPS APPLICATION_ID``
    Opens the database as the app does, shows the application editor offscreen with the
    cursor in the first section's text and prints ``ready``. Types :data:`FIRST` with
    real key events, prints ``typed LENGTH TIME``, lets the window sit for longer than
    the autosave pause and prints ``paused``. Then types one letter every
    :data:`KEY_INTERVAL_MS` without ever pausing, printing ``typed LENGTH TIME`` after
    each, until it is killed.

Lines are written with one ``os.write`` each, so nothing printed is lost to a buffer.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from quartierstreff import clock
from quartierstreff.db.models import Role
from quartierstreff.db.open import open_database
from quartierstreff.services.security import Actor
from quartierstreff.ui.dialogs.application_editor import ApplicationEditor
from quartierstreff.ui.widgets.autosave import AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS

# QTest types ASCII only.
FIRST = "Wir sind ein Nachbarschaftstreff mit offenen Tueren fuer alle. "
STEADY = "das vorhaben bringt menschen im viertel zusammen "
KEY_INTERVAL_MS = 40
__all__ = ["AUTOSAVE_MAX_WAIT_MS", "FIRST", "STEADY"]


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def main(url: str, backups: str, application_id: int) -> None:
    app = QApplication([])
    database = open_database(make_url(url), Path(backups), migrate=False, create=False)
    actor = Actor(user_id=None, username="antrag", role=Role.COORDINATOR)
    window = ApplicationEditor(database, actor, application_id, clock.today())
    window.show()
    window.tabs.setCurrentWidget(window.sections)
    editor = window.sections.editor
    editor.setFocus()
    QTest.qWait(50)
    say("ready")

    QTest.keyClicks(editor, FIRST)
    typed = len(FIRST)
    say(f"typed {typed} {time.monotonic()}")
    QTest.qWait(AUTOSAVE_DELAY_MS + 1500)
    say("paused")

    position = 0
    while True:  # until killed
        QTest.keyClicks(editor, STEADY[position % len(STEADY)])
        position += 1
        typed += 1
        say(f"typed {typed} {time.monotonic()}")
        QTest.qWait(KEY_INTERVAL_MS)
    app.quit()  # never reached


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
