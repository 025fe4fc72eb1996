"""Räume & Belegung ▸ Wochenplan drucken / Türschild drucken: the two PDFs of
``reports.weekly_plan``, asked for, written and offered to open.

The rooms page calls :func:`print_weekly_plan` and :func:`print_door_sign`. Both ask
where to save, then build the view and write the PDF in a plain Python thread
(:class:`ui.backup.ThreadCall`: a busy week takes about half a second, and the window
keeps painting meanwhile) with a wait cursor, show a failure as one sentence, and finally
ask whether to open the file. Every question is a parameter, so tests answer them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.reports.weekly_plan import write_door_sign, write_weekly_plan
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.rooms import get_room
from quartierstreff.services.security import Actor
from quartierstreff.services.weekly_plan import (
    door_sign,
    door_sign_file_name,
    monday_of,
    plan_file_name,
    weekly_plan,
)
from quartierstreff.ui.backup import ThreadCall
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.widgets.files import PathChooser, ask_pdf_path, open_file

ShowError = Callable[[QWidget, str], None]
AskOpen = Callable[[QWidget, Path], bool]
"""Asks whether to open the written file (parent, path); True to open it."""


def _ask_plan_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_pdf_path(
        parent, QCoreApplication.translate("WeeklyPlan", "Save weekly plan"), suggested
    )


def _ask_sign_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_pdf_path(
        parent, QCoreApplication.translate("WeeklyPlan", "Save door sign"), suggested
    )


def _show_error(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("WeeklyPlan", "Not saved"), text)


def _ask_open(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("WeeklyPlan", "Saved"),
        QCoreApplication.translate(
            "WeeklyPlan", "Saved as {file}. Open it now to print it?"
        ).format(file=path.name),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    return answer == QMessageBox.StandardButton.Open


def print_weekly_plan(
    parent: QWidget,
    database: Database,
    actor: Actor,
    monday: dt.date,
    *,
    today: dt.date | None = None,
    choose_path: PathChooser = _ask_plan_path,
    ask_open: AskOpen = _ask_open,
    open_file: Callable[[Path], None] = open_file,
    show_error: ShowError = _show_error,
) -> Path | None:
    """Ask where to save the weekly plan of the week of ``monday``, write it, offer to
    open it. Returns the path written, or ``None`` when cancelled or failed (the reason
    was shown)."""
    monday = monday_of(monday)
    path = choose_path(parent, plan_file_name(monday))
    if path is None:
        return None
    printed_on = today or clock.today()

    def work() -> Path:  # in the worker thread: no Qt
        with database.unit_of_work() as session:
            plan = weekly_plan(session, actor, monday)
        return write_weekly_plan(path, plan, printed_on=printed_on)

    return _finish(parent, work, ask_open, open_file, show_error)


def print_door_sign(
    parent: QWidget,
    database: Database,
    actor: Actor,
    room_id: int,
    monday: dt.date,
    *,
    today: dt.date | None = None,
    choose_path: PathChooser = _ask_sign_path,
    ask_open: AskOpen = _ask_open,
    open_file: Callable[[Path], None] = open_file,
    show_error: ShowError = _show_error,
) -> Path | None:
    """Ask where to save the door sign of room ``room_id`` for the week of ``monday``,
    write it, offer to open it. Returns the path, or ``None`` (cancelled or failed)."""
    monday = monday_of(monday)
    try:
        with database.unit_of_work() as session:
            room = get_room(session, actor, room_id)
    except QuartierstreffError as error:  # the room was deleted meanwhile
        show_error(parent, message_for(error))
        return None
    path = choose_path(parent, door_sign_file_name(room.name, monday))
    if path is None:
        return None
    printed_on = today or clock.today()

    def work() -> Path:  # in the worker thread: no Qt
        with database.unit_of_work() as session:
            sign = door_sign(session, actor, room_id, monday)
        return write_door_sign(path, sign, printed_on=printed_on)

    return _finish(parent, work, ask_open, open_file, show_error)


def _finish(
    parent: QWidget,
    work: Callable[[], Path],
    ask_open: AskOpen,
    open_file: Callable[[Path], None],
    show_error: ShowError,
) -> Path | None:
    """Run ``work`` in a thread while the window keeps painting, then report."""
    call = ThreadCall(work, parent)
    loop = QEventLoop()
    call.finished.connect(loop.quit)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        call.start()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        QGuiApplication.restoreOverrideCursor()
        call.deleteLater()
    error = call.error
    if isinstance(error, QuartierstreffError):
        show_error(parent, message_for(error))
        return None
    if error is not None:
        raise error  # a bug: the program's handler logs it and says so
    written = call.result
    assert isinstance(written, Path)
    if ask_open(parent, written):
        open_file(written)
    return written
