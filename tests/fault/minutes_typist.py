"""Someone typing minutes, as a program of its own for the autosave fault test (run with
``sys.executable``; the test kills it with SIGKILL).

``minutes_typist.py URL BACKUPS MEETING_ID``
    Opens the database as the app does, shows the minutes window of the meeting
    offscreen with the cursor in the editor of the general minutes, and prints
    ``ready``. Types :data:`FIRST` with real key events, prints ``typed LENGTH TIME``,
    lets the window sit for longer than the autosave pause and prints ``paused``.
    Then types one letter every :data:`KEY_INTERVAL_MS` without ever pausing, printing
    ``typed LENGTH TIME`` after each (LENGTH: characters typed so far, TIME:
    ``time.monotonic()``), until it is killed.

Lines are written with one ``os.write`` each, so nothing printed is lost to a buffer
when the program is killed.
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
from quartierstreff.ui.dialogs.minutes import MinutesDialog
from quartierstreff.ui.widgets.autosave import AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS

# QTest types ASCII only.
FIRST = "Begruessung durch Anna. Das Protokoll der letzten Sitzung wird genehmigt. "
STEADY = "die kasse ist geprueft und alles stimmt "
KEY_INTERVAL_MS = 40
__all__ = ["AUTOSAVE_MAX_WAIT_MS", "FIRST", "STEADY"]


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def main(url: str, backups: str, meeting_id: int) -> None:
    app = QApplication([])
    database = open_database(make_url(url), Path(backups), migrate=False, create=False)
    actor = Actor(user_id=None, username="protokoll", role=Role.VOLUNTEER)
    dialog = MinutesDialog(database, actor, meeting_id, clock.today())
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.minutes)
    editor = dialog.minutes.editor
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
