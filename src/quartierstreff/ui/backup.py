"""Backups while the program runs: the start-up check, the automatic backup on a timer
and on close, the backup the user asks for, and the status bar line saying when the
last backup was made.

The work itself is done by ``services.backup`` and ``services.maintenance``, always off
the GUI thread. Automatic backups are the program's own doing (``SYSTEM_ACTOR``, not in
the audit trail); a backup the user asks for is theirs.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QObject, Qt, QTime, QTimer
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtWidgets import QLabel, QProgressDialog, QStatusBar, QWidget

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.services.backup import (
    AUTO,
    BEFORE_RESTORE,
    BEFORE_UPDATE,
    MANUAL,
    automatic_backup,
    create_backup,
    last_backup,
)
from quartierstreff.services.errors import BackupFailed, QuartierstreffError
from quartierstreff.services.maintenance import check_integrity
from quartierstreff.services.security import SYSTEM_ACTOR, Actor
from quartierstreff.services.settings import AppSettings, read_settings
from quartierstreff.services.views import (
    BackupInfo,
    IntegrityProblem,
    IntegrityReport,
    RestoreResult,
)
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import QT_TRANSLATE_NOOP, format_date

log = logging.getLogger(__name__)

Now = Callable[[], dt.datetime]
Done = Callable[[object, Exception | None], None]

_CONTEXT = "Backups"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def format_moment(moment: dt.datetime) -> str:
    """A moment in the locale's short date (four-digit year) and time: 24.11.2026, 18:30."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    locale = QLocale()
    date = format_date(local.date())
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Backups", "{date}, {time}").format(date=date, time=time)


def format_size(size: int) -> str:
    """A file size in the locale's words: 1,2 MB."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


_LABELS = {
    AUTO: QT_TRANSLATE_NOOP(_CONTEXT, "automatic"),
    MANUAL: QT_TRANSLATE_NOOP(_CONTEXT, "made by hand"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP(_CONTEXT, "before a restore"),
    BEFORE_UPDATE: QT_TRANSLATE_NOOP(_CONTEXT, "before an update"),
}


def label_text(label: str) -> str:
    """What kind of backup a file-name label stands for, in words."""
    known = _LABELS.get(label)
    return _tr(known) if known else label


def describe_problem(problem: IntegrityProblem) -> str:
    """One finding of the start-up check in words (as ``messages.describe_problem``)."""
    if problem.kind == "integrity":
        return QCoreApplication.translate(
            "Backups", "The database file is damaged: {detail}"
        ).format(detail=problem.detail)
    if problem.kind == "foreign_key":
        return QCoreApplication.translate(
            "Backups", "An entry refers to something that no longer exists: {detail}"
        ).format(detail=problem.detail)
    if problem.kind == "missing_tables":
        return QCoreApplication.translate("Backups", "Tables are missing: {detail}").format(
            detail=problem.detail
        )
    if problem.kind == "revision":
        if not problem.detail:
            return QCoreApplication.translate(
                "Backups", "The database has no Quartierstreff schema version."
            )
        return _tr(
            "The database has schema version “{found}”; this program expects “{expected}”."
        ).format(found=problem.detail, expected=problem.expected)
    return f"{problem.kind}: {problem.detail}"


def last_backup_text(info: BackupInfo | None) -> str:
    if info is None:
        return QCoreApplication.translate("Backups", "No backup yet")
    return QCoreApplication.translate("Backups", "Last backup: {when}").format(
        when=format_moment(info.created_at)
    )


class _Outcome:
    """What the function run by a :class:`ThreadCall` returned or raised (written by the
    worker thread, read in the GUI thread after it ended)."""

    def __init__(self) -> None:
        self.result: object = None
        self.error: Exception | None = None


class ThreadCall(QObject):
    """Calls ``function`` in a Python thread and emits :attr:`finished` in the GUI thread
    once it has ended; then read :attr:`result` or :attr:`error`.

    Like ``ui.background.BackgroundCall``, but the thread never touches Qt: PySide6 6.12
    miscounts references of values crossing from a QThread's ``run()`` or a signal
    emitted in another thread (``Fatal Python error: none_dealloc``), so the GUI thread
    polls for the end instead. A daemon thread also lets the program end without
    waiting for it. ``function`` opens its own unit of work.
    """

    finished = QtSignal()
    POLL_MS = 25

    def __init__(self, function: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self._outcome = _Outcome()
        self._thread = threading.Thread(target=self._run, name="quartierstreff-work", daemon=True)
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._check)
        self._reported = False

    def _run(self) -> None:  # in the worker thread: no Qt here
        outcome = self._outcome
        try:
            outcome.result = self._function()
        except Exception as error:  # handed to the GUI thread, which decides what to show
            outcome.error = error

    @property
    def result(self) -> object:
        return self._outcome.result

    @property
    def error(self) -> Exception | None:
        return self._outcome.error

    def start(self) -> None:
        self._thread.start()
        self._poll.start()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the function has returned (at most ``seconds``); True if it has."""
        if self._thread.ident is not None:
            self._thread.join(seconds)
        return not self._thread.is_alive()

    def _check(self) -> None:
        if self._thread.is_alive() or self._reported:
            return
        self._poll.stop()
        self._reported = True
        self.finished.emit()


@dataclass(frozen=True, slots=True)
class AutomaticOutcome:
    """What one automatic backup did: the backup (``None`` when none was due) and the
    second folder if it was set but could not be reached."""

    info: BackupInfo | None
    unreachable_mirror: Path | None = None


class BackupController(QObject):
    """The program's backup duties while a main window is open.

    :meth:`start` checks the database and then starts the timer; :meth:`finish` writes
    the backup on close. Signals are delivered in the GUI thread.
    """

    changed = QtSignal()
    """A backup was written: the last backup is another one now."""
    message = QtSignal(str, bool)
    """A sentence to show, and whether it stays (problems and restores) or goes after a
    few seconds."""
    problems_found = QtSignal(object)
    """The start-up check found problems: a tuple of sentences."""
    manual_finished = QtSignal(object, str)
    """A backup the user asked for: the BackupInfo, or None and the error sentence."""

    TICK_MS = 10 * 60 * 1000
    """How often the timer asks whether an automatic backup is due."""
    CLOSE_TIMEOUT_MS = 5 * 60 * 1000
    """The longest the backup on close is waited for."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        backups_dir: Path,
        *,
        now: Now = clock.now,
        attachments_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.backups_dir = backups_dir
        self._now = now
        self._attachments_dir = attachments_dir
        self.timer = QTimer(self)
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self.run_due)
        self.status_label = QLabel()
        self.status_label.setObjectName("lastBackupLabel")
        self.started = False
        self.suspended = False
        """True when the start-up check found problems: automatic backups of a damaged
        database would push the good ones out of the rotation."""
        self.problems: tuple[str, ...] = ()
        self.last_restore = ""
        self._jobs: list[tuple[ThreadCall, Done]] = []
        self._automatic_running = False
        self.update_status()

    # -- the status bar ----------------------------------------------------------------

    def attach(self, status_bar: QStatusBar) -> None:
        """Show the last backup in ``status_bar`` and the backup messages in it."""
        status_bar.addPermanentWidget(self.status_label)
        self.message.connect(
            lambda text, stays: status_bar.showMessage(text, 0 if stays else 10_000)
        )

    def update_status(self) -> BackupInfo | None:
        last = last_backup(self.backups_dir)
        self.status_label.setText(last_backup_text(last))
        return last

    # -- running work in the background ------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def _launch(self, function: Callable[[], object], done: Done) -> ThreadCall:
        # Finished calls stay children of the controller (one small object per backup);
        # deleting them while their own signal is delivered is what must not happen.
        call = ThreadCall(function, self)
        self._jobs.append((call, done))
        call.finished.connect(functools.partial(self._deliver, call, done))
        call.start()
        return call

    def _deliver(self, call: ThreadCall, done: Done) -> None:
        """Hand the outcome of ``call`` to ``done``, once."""
        if (call, done) not in self._jobs:
            return
        self._jobs.remove((call, done))
        call.wait()
        done(call.result, call.error)

    def wait_for_running(self) -> None:
        """Block until the work in the background has ended and its outcome is handed
        over (before a restore, and on close)."""
        while self._jobs:
            self._deliver(*self._jobs[0])

    # -- start and stop ----------------------------------------------------------------

    def start(self) -> None:
        """Check the database; then (if it is sound) run the automatic backups."""
        self.started = True
        self._launch(self._check, self._check_done)

    def stop(self) -> None:
        """No more automatic backups (before a restore); waits for running work."""
        self.started = False
        self.timer.stop()
        self.wait_for_running()

    def _check(self) -> IntegrityReport:
        with self._database.unit_of_work() as session:
            return check_integrity(session)

    def _check_done(self, result: object, error: Exception | None) -> None:
        if error is not None:
            log.warning("start-up check failed", exc_info=error)
            text = (
                message_for(error)
                if isinstance(error, QuartierstreffError)
                else QCoreApplication.translate(
                    "Backups", "The database could not be checked: {reason}"
                ).format(reason=error)
            )
            self._report_problems((text,))
            return
        assert isinstance(result, IntegrityReport)
        if not result.ok:
            for problem in result.problems:
                log.warning("start-up check: %s %s", problem.kind, problem.detail)
            self._report_problems(tuple(describe_problem(p) for p in result.problems))
            return
        if self.started:
            self.timer.start()
            self.run_due()

    def _report_problems(self, problems: tuple[str, ...]) -> None:
        self.suspended = True
        self.problems = problems
        self.problems_found.emit(problems)
        self.message.emit(
            QCoreApplication.translate(
                "Backups", "The check of the database at start found problems."
            ),
            True,
        )

    # -- automatic backups -------------------------------------------------------------

    def settings(self) -> AppSettings:
        try:
            with self._database.unit_of_work() as session:
                return read_settings(session)
        except Exception:  # the defaults are better than no backup at all
            log.warning("could not read the backup settings", exc_info=True)
            return AppSettings()

    def _automatic(
        self, every: dt.timedelta, mirror: Path | None, now: dt.datetime
    ) -> AutomaticOutcome:
        # A folder that is not there (USB stick pulled) is not created on the local disk.
        unreachable = mirror if mirror is not None and not mirror.is_dir() else None
        info = automatic_backup(
            self._database,
            self.backups_dir,
            now=now,
            every=every,
            actor=SYSTEM_ACTOR,
            mirror_dir=None if unreachable else mirror,
            attachments_dir=self._attachments_dir,
        )
        return AutomaticOutcome(info, unreachable)

    def _automatic_call(self, every: dt.timedelta) -> tuple[Callable[[], object], Path | None]:
        folder = self.settings().second_backup_folder
        mirror = Path(folder).expanduser() if folder else None
        return functools.partial(self._automatic, every, mirror, self._now()), mirror

    def run_due(self) -> bool:
        """The timer's slot: start an automatic backup in the background unless the
        newest is younger than the interval set in the settings. False if none started."""
        if not self.started or self.suspended or self._automatic_running:
            return False
        every = dt.timedelta(hours=self.settings().backup_interval_hours)
        function, mirror = self._automatic_call(every)
        self._automatic_running = True
        self._launch(function, functools.partial(self._automatic_done, mirror))
        return True

    def _automatic_done(self, mirror: Path | None, result: object, error: Exception | None) -> None:
        self._automatic_running = False
        self._report_automatic(mirror, result, error)

    def _report_automatic(
        self, mirror: Path | None, result: object, error: Exception | None
    ) -> None:
        if error is not None:
            if (
                isinstance(error, BackupFailed)
                and mirror is not None
                and error.target == str(mirror)
            ):
                self.update_status()
                self.changed.emit()
                self.message.emit(
                    _tr(
                        "The automatic backup was saved, but could not be copied to the "
                        "second folder: {reason}"
                    ).format(reason=message_for(error)),
                    True,
                )
            elif isinstance(error, QuartierstreffError):
                self.message.emit(message_for(error), True)
            else:
                log.error("automatic backup failed", exc_info=error)
                self.message.emit(
                    QCoreApplication.translate(
                        "Backups", "The automatic backup failed: {reason}"
                    ).format(reason=error),
                    True,
                )
            return
        assert isinstance(result, AutomaticOutcome)
        if result.info is not None:
            self.update_status()
            self.changed.emit()
        if result.unreachable_mirror is not None:
            self.message.emit(
                _tr(
                    "The second backup folder {folder} cannot be reached (is the USB stick or "
                    "network drive connected?). The backup was saved in the backups folder only."
                ).format(folder=result.unreachable_mirror),
                True,
            )
        elif result.info is not None:
            self.message.emit(
                QCoreApplication.translate("Backups", "Automatic backup saved: {file}").format(
                    file=result.info.path.name
                ),
                False,
            )

    # -- the backup on close -----------------------------------------------------------

    def finish(self, parent: QWidget | None = None) -> bool:
        """The backup on close (whatever the interval), with a progress window. Waits at
        most :attr:`CLOSE_TIMEOUT_MS`, and the user may stop waiting: the data is in the
        database already, the backup is the extra copy. True if a backup was written."""
        if not self.started:
            self.wait_for_running()
            return False
        self.started = False
        self.timer.stop()
        self.wait_for_running()
        if self.suspended:
            return False
        function, mirror = self._automatic_call(dt.timedelta(0))
        outcome: dict[str, object] = {}

        def work() -> None:
            try:
                outcome["result"] = function()
            except Exception as error:  # reported below
                outcome["error"] = error

        # A plain daemon thread: if the user stops waiting, the program may end while it
        # still runs (a QThread would have to be waited for).
        worker = threading.Thread(target=work, name="backup-on-close", daemon=True)
        progress = QProgressDialog(
            QCoreApplication.translate("Backups", "Saving a backup before closing …"),
            QCoreApplication.translate("Backups", "Don't wait"),
            0,
            0,
            parent,
        )
        progress.setWindowTitle(QCoreApplication.translate("Backups", "Backup"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(50)
        poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
        progress.canceled.connect(loop.quit)
        QTimer.singleShot(self.CLOSE_TIMEOUT_MS, loop.quit)
        worker.start()
        worker.join(0.2)  # a small database is done before anything needs to be shown
        if worker.is_alive():
            progress.show()
            poll.start()
            loop.exec()
            poll.stop()
        progress.hide()
        progress.deleteLater()
        if worker.is_alive():
            log.warning("closed without waiting for the backup on close")
            return False
        error = outcome.get("error")
        self._report_automatic(
            mirror, outcome.get("result"), error if isinstance(error, Exception) else None
        )
        return "result" in outcome and isinstance(outcome["result"], AutomaticOutcome)

    def report_restore(self, result: RestoreResult) -> None:
        """Say which backup was restored and where the replaced data are kept."""
        text = QCoreApplication.translate(
            "Backups", "The backup of {when} has been restored."
        ).format(when=format_moment(result.backup.created_at))
        if result.safety_copy is not None:
            text += " " + QCoreApplication.translate(
                "Backups", "The data it replaced are kept in {path}."
            ).format(path=result.safety_copy)
        self.last_restore = text
        self.message.emit(text, True)

    # -- a backup the user asks for --------------------------------------------------

    def back_up_to(self, target_dir: Path) -> None:
        """Write a backup into ``target_dir`` in the background; :attr:`manual_finished`
        reports it."""

        def write() -> BackupInfo:
            return create_backup(
                self._database,
                target_dir,
                actor=self._actor,
                now=self._now(),
                attachments_dir=self._attachments_dir,
            )

        self._launch(write, self._manual_done)

    def _manual_done(self, result: object, error: Exception | None) -> None:
        if error is not None:
            if isinstance(error, QuartierstreffError):
                text = message_for(error)
            else:
                log.error("backup failed", exc_info=error)
                text = QCoreApplication.translate("Backups", "The backup failed: {reason}").format(
                    reason=error
                )
            self.manual_finished.emit(None, text)
            return
        assert isinstance(result, BackupInfo)
        self.update_status()
        self.changed.emit()
        self.manual_finished.emit(result, "")
