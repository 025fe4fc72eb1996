"""The database cannot be opened at start: say why in words and offer what helps.

A damaged file (or one that is no database at all) can be replaced by the newest backup
or another one; the damaged file is kept as it is in the backups folder. Another
program's database and one from a newer version are left alone: the only way out here is
to quit. Never is a new, empty database created over the old one.

Accepted after a successful restore, with :attr:`DatabaseProblemDialog.restored` set.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from quartierstreff import clock
from quartierstreff.services.backup import restore_backup
from quartierstreff.services.errors import (
    DatabaseCorrupt,
    DatabaseForeign,
    QuartierstreffError,
    SchemaTooNew,
)
from quartierstreff.services.security import NO_LOGIN_ACTOR
from quartierstreff.services.views import RestoreResult
from quartierstreff.ui.backup import ThreadCall, format_moment
from quartierstreff.ui.dialogs.restore import ChooseFile, RestoreDialog, choose_backup_file
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.lists import busy_bar
from quartierstreff.ui.widgets.page import heading

log = logging.getLogger(__name__)

StartProblem = DatabaseCorrupt | DatabaseForeign | SchemaTooNew


class DatabaseProblemDialog(QDialog):
    def __init__(
        self,
        error: StartProblem,
        url: URL,
        backups_dir: Path,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = clock.now,
        attachments_dir: Path | None = None,
        ask_file: ChooseFile = choose_backup_file,
    ) -> None:
        super().__init__(parent)
        self.error = error
        self._url = url
        self._backups_dir = backups_dir
        self._now = now
        self._attachments_dir = attachments_dir
        self._ask_file = ask_file
        self._call: ThreadCall | None = None
        self.restored: RestoreResult | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.setWindowTitle(self.tr("Quartierstreff — the database cannot be opened"))
        self.setMinimumWidth(620)

        picture = QLabel(self)
        size = QSize(48, 48)
        picture.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        picture.setFixedSize(size)
        self.title = heading(self, 1.3)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = MessageBanner(self)
        self.progress = busy_bar(self)

        self.buttons = QDialogButtonBox(self)
        self.newest_button = QPushButton(self.tr("Restore the &newest backup"), self)
        self.other_button = QPushButton(self.tr("Choose &another backup…"), self)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.buttons.addButton(self.newest_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.newest_button.clicked.connect(self.restore_newest)
        self.other_button.clicked.connect(self.choose_other)
        self.quit_button.clicked.connect(self.reject)

        text_column = QVBoxLayout()
        text_column.setSpacing(10)
        text_column.addWidget(self.title)
        text_column.addWidget(self.text)
        text_column.addWidget(self.advice)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._describe()

    @property
    def newest_backup(self) -> Path | None:
        error = self.error
        if isinstance(error, DatabaseCorrupt) and error.newest_backup:
            return Path(error.newest_backup)
        return None

    def _describe(self) -> None:
        error = self.error
        restorable = isinstance(error, DatabaseCorrupt)
        self.newest_button.setVisible(self.newest_backup is not None)
        self.other_button.setVisible(restorable)
        if isinstance(error, DatabaseCorrupt):
            self.title.setText(self.tr("The database file is damaged"))
            self.text.setText(
                self.tr(
                    "The database file {file} is damaged or is not a database ({reason}). "
                    "It has not been changed, and Quartierstreff will not create a new, "
                    "empty database in its place."
                ).format(file=error.target, reason=error.reason)
            )
            if self.newest_backup is not None:
                when = (
                    format_moment(error.newest_backup_at)
                    if error.newest_backup_at
                    else self.newest_backup.name
                )
                self.advice.setText(
                    self.tr(
                        "The newest backup is from {when}. Restoring it brings back the data "
                        "as they were then. The damaged file is kept in {folder}."
                    ).format(when=when, folder=self._backups_dir)
                )
                self.newest_button.setText(
                    self.tr("Restore the &newest backup ({when})").format(when=when)
                )
                self.newest_button.setDefault(True)
            else:
                self.advice.setText(
                    self.tr(
                        "There is no backup in {folder}. If you have one elsewhere, e.g. on a "
                        "USB stick, choose it. The damaged file is kept in the backups folder."
                    ).format(folder=self._backups_dir)
                )
                self.other_button.setDefault(True)
        elif isinstance(error, DatabaseForeign):
            self.title.setText(self.tr("This is not a Quartierstreff database"))
            self.text.setText(
                self.tr(
                    "The file {file} belongs to another program (it holds the tables "
                    "{tables}). Quartierstreff does not change it."
                ).format(file=error.target, tables=error.tables)
            )
            self.advice.setText(
                self.tr(
                    "Please check which database Quartierstreff should open (the setting "
                    "QUARTIERSTREFF_DATABASE or the option --database)."
                )
            )
            self.quit_button.setDefault(True)
        else:
            self.title.setText(self.tr("This database is from a newer version"))
            self.text.setText(message_for(error))
            self.advice.setText(
                self.tr(
                    "The database has not been changed. Its schema version is “{revision}”."
                ).format(revision=error.revision)
            )
            self.quit_button.setDefault(True)

    # -- restoring ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._call is not None

    def restore_newest(self) -> None:
        newest = self.newest_backup
        if newest is not None:
            self.restore(newest)

    def restore(self, backup: Path) -> None:
        """Restore ``backup`` in the background (it is verified first)."""
        if self._call is not None:
            return
        self.banner.clear_message()
        url, backups_dir, now, attachments = (
            self._url,
            self._backups_dir,
            self._now(),
            self._attachments_dir,
        )

        def run() -> RestoreResult:
            return restore_backup(
                url,
                backup,
                backups_dir,
                actor=NO_LOGIN_ACTOR,
                now=now,
                attachments_dir=attachments,
            )

        self._call = ThreadCall(run, self)
        self._call.finished.connect(self._restored)
        self._set_busy(True)
        self._call.start()

    def _restored(self) -> None:
        call = self._call
        if call is None:
            return
        call.wait()
        self._call = None
        self._set_busy(False)
        if isinstance(call.result, RestoreResult):
            self.finish(call.result)
            return
        error = call.error
        if isinstance(error, QuartierstreffError):
            self.banner.show_error(message_for(error))
        else:
            log.error("restore at start failed", exc_info=error)
            self.banner.show_error(
                self.tr("The backup could not be restored: {reason}").format(reason=error)
            )

    def choose_other(self) -> RestoreDialog:
        """The restore dialog on the backups folder (with "Other file…"); not blocking."""
        dialog = RestoreDialog(
            self._url,
            NO_LOGIN_ACTOR,
            self._backups_dir,
            self,
            now=self._now,
            attachments_dir=self._attachments_dir,
            ask_file=self._ask_file,
        )
        dialog.accepted.connect(lambda: self.finish(dialog.restored))
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def finish(self, result: RestoreResult | None) -> None:
        if result is not None:
            self.restored = result
            self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for button in (self.newest_button, self.other_button, self.quit_button):
            button.setEnabled(not busy)

    def reject(self) -> None:
        if self._call is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._call is not None:
            event.ignore()
        else:
            super().closeEvent(event)
