"""The composition root of the GUI: application object, translations, error handling,
the welcome dialog on an empty database, then the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy.engine import URL

from quartierstreff import clock, paths
from quartierstreff.db.engine import Database
from quartierstreff.db.open import open_database
from quartierstreff.logs import PACKAGE_LOGGER, attach_file_handler
from quartierstreff.services.centre import centre_name
from quartierstreff.services.maintenance import is_empty
from quartierstreff.services.programmes import ensure_shipped_programmes
from quartierstreff.services.security import Actor
from quartierstreff.services.trash import purge_trash
from quartierstreff.services.users import actor_without_login, login_needed
from quartierstreff.services.views import RestoreResult
from quartierstreff.ui.dialogs.database_problem import DatabaseProblemDialog, StartProblem
from quartierstreff.ui.dialogs.login import LoginDialog
from quartierstreff.ui.dialogs.welcome import WelcomeDialog
from quartierstreff.ui.errors import ExceptionHook
from quartierstreff.ui.i18n import Translations, configured_language
from quartierstreff.ui.icons import app_icon
from quartierstreff.ui.main_window import MainWindow

APP_NAME = "Quartierstreff"


def run(
    database: Database, argv: list[str] | None = None, *, restored: RestoreResult | None = None
) -> int:
    """Show the GUI on ``database`` until the user quits; returns the exit code.
    ``restored``: the restore that made ``database`` usable at start (it is reported)."""
    app = application(argv)
    translations = Translations(app)
    translations.install(configured_language())
    with log_to_file(paths.log_file()) as log_file:
        previous_hook = sys.excepthook
        sys.excepthook = ExceptionHook(log_file)
        try:
            actor = log_in(database)
            if actor is None:
                return 0
            if _needs_welcome(database):
                welcome = WelcomeDialog(database, actor)
                if welcome.exec() != QDialog.DialogCode.Accepted:
                    return 0
            _install_programmes(database)
            window = create_main_window(database, actor)
            window.show()
            window.backups.start()  # start-up check, then the automatic backups
            if restored is not None:
                window.backups.report_restore(restored)
            code = app.exec()
            _finish_backups(window)
            return code
        finally:
            sys.excepthook = previous_hook
            translations.remove()


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created on first use, with the program's name and icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("quartierstreff")
    app.setWindowIcon(app_icon())
    return app


def create_main_window(database: Database, actor: Actor) -> MainWindow:
    """The main window on ``database``, not yet shown (used by :func:`run` and the tests)."""
    window = MainWindow(database, actor)
    window.database_replaced.connect(lambda result: after_restore(window, database, result))
    return window


def after_restore(old: MainWindow, database: Database, result: RestoreResult) -> MainWindow | None:
    """A backup replaced the database under ``old``: a new window on the restored data
    takes over (after a new log-in: the users are the backup's), and ``old`` closes.
    ``database`` is still the same object: its connections were closed for the restore
    and new ones open the restored file."""
    actor = log_in(database)
    window = None
    if actor is not None:
        window = create_main_window(database, actor)
        window.show()
        window.backups.start()
        window.backups.report_restore(result)
    old.successor = window  # kept alive with the window that opened it
    old.close()
    return window


def _finish_backups(window: MainWindow) -> None:
    """The backup on close also when the program ended without closing its window (it
    is a no-op for a window that was closed), and no work left running in the
    background."""
    while window.successor is not None:
        window.backups.wait_for_running()
        window = window.successor
    window.backups.finish(window)


def run_problem(error: StartProblem, url: URL, argv: list[str] | None = None) -> int:
    """The database at ``url`` cannot be opened (damaged, another program's, from a
    newer version): say so in a window and offer to restore a backup; after a restore,
    run the program on the restored database. Returns the exit code (1: not opened)."""
    app = application(argv)
    translations = Translations(app)
    translations.install(configured_language())
    try:
        dialog = DatabaseProblemDialog(error, url, paths.backups_dir())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored is None:
            return 1
        restored = dialog.restored
    finally:
        translations.remove()
    database = open_database(url, paths.backups_dir())
    try:
        return run(database, argv, restored=restored)
    finally:
        database.close()


def log_in(database: Database) -> Actor | None:
    """The user of this session: nobody logs in until the first user exists; after
    that, the log-in dialog (``None`` when it is closed without logging in). Bin entries
    older than 30 days are cleared once someone is in."""
    with database.unit_of_work() as session:
        needed = login_needed(session)
        actor = None if needed else actor_without_login(session)
        centre = centre_name(session)
    if actor is None:
        dialog = LoginDialog(database, centre)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        actor = dialog.actor
    with database.unit_of_work() as session:
        purge_trash(session, actor, clock.now())
    return actor


def _install_programmes(database: Database) -> None:
    """A database without funding programmes (new, or from before they existed) gets
    the shipped ones."""
    with database.unit_of_work() as session:
        ensure_shipped_programmes(session)


def _needs_welcome(database: Database) -> bool:
    with database.unit_of_work() as session:
        return is_empty(session)


@contextmanager
def log_to_file(path: Path) -> Iterator[Path]:
    """Log to ``path`` while the GUI runs, Qt's own warnings included.

    The command line may already log to the same file; then its handler is used.
    """
    package_log = logging.getLogger(PACKAGE_LOGGER)
    handler = attach_file_handler(path)
    previous_level = package_log.level
    if previous_level == logging.NOTSET:
        package_log.setLevel(logging.INFO)
    previous_qt_handler = qInstallMessageHandler(_log_qt_message)
    try:
        yield path
    finally:
        qInstallMessageHandler(previous_qt_handler)
        package_log.setLevel(previous_level)
        if handler is not None:
            package_log.removeHandler(handler)
            handler.close()


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _log_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("quartierstreff.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
