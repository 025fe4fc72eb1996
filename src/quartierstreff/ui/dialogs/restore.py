"""File ▸ Restore backup…: choose a backup (from the backups folder or any file), see it
verified (date, program version, what it holds), confirm that the current data will be
replaced, and restore it in the background.

The dialog closes the database before the restore (every connection to a SQLite file
must be gone) and is accepted with :attr:`RestoreDialog.restored` set; whoever opened it
starts the program afresh on the restored database. A failed restore leaves the
database as it was and says why.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.services.backup import list_backups, read_info, restore_backup, verify_backup
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.security import Actor
from quartierstreff.services.views import BackupInfo, RestoreResult
from quartierstreff.ui.backup import ThreadCall, format_moment, format_size, label_text
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import HINT_STYLE
from quartierstreff.ui.widgets.lists import busy_bar, set_up_record_list
from quartierstreff.ui.widgets.page import heading

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
Now = Callable[[], dt.datetime]
ChooseFile = Callable[[QWidget, str], str]
"""Asks for a backup file, starting in the given folder; "" when the user cancels."""


def choose_backup_file(parent: QWidget, start: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RestoreDialog", "Choose a backup"),
        start,
        QCoreApplication.translate(
            "RestoreDialog", "Quartierstreff backups (*.qtbackup);;All files (*)"
        ),
    )
    return path


class BackupListModel(QAbstractTableModel):
    """Backups, newest first: when, what kind, how big."""

    WHEN, KIND, SIZE, FOLDER = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def add_first(self, backup: BackupInfo) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._backups.insert(0, backup)
        self.endInsertRows()

    def backup(self, row: int) -> BackupInfo:
        return self._backups[row]

    def row_of(self, path: Path) -> int | None:
        for row, backup in enumerate(self._backups):
            if backup.path == path:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        backup = self._backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(backup, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.WHEN: self.tr("Made on"),
            self.KIND: self.tr("Kind"),
            self.SIZE: self.tr("Size"),
            self.FOLDER: self.tr("Folder"),
        }
        return titles.get(section)

    def _text(self, backup: BackupInfo, column: int) -> str:
        if column == self.WHEN:
            return format_moment(backup.created_at)
        if column == self.KIND:
            return label_text(backup.label)
        if column == self.SIZE:
            return format_size(backup.size)
        if column == self.FOLDER:
            return str(backup.path.parent)
        return ""


class RestoreDialog(QDialog):
    """Accepted after a successful restore, with :attr:`restored` set."""

    def __init__(
        self,
        url: URL,
        actor: Actor,
        backups_dir: Path,
        parent: QWidget | None = None,
        *,
        database: Database | None = None,
        prepare: Callable[[], None] = lambda: None,
        resume: Callable[[], None] = lambda: None,
        now: Now = clock.now,
        attachments_dir: Path | None = None,
        ask_file: ChooseFile = choose_backup_file,
    ) -> None:
        """``database`` is the open database on ``url`` (closed before the restore);
        ``prepare`` runs before it is closed (stop the automatic backups), ``resume``
        after a restore that failed."""
        super().__init__(parent)
        self._url = url
        self._actor = actor
        self._backups_dir = backups_dir
        self._database = database
        self._prepare = prepare
        self._resume = resume
        self._now = now
        self._attachments_dir = attachments_dir
        self._ask_file = ask_file
        self._verify_call: ThreadCall | None = None
        self._checking: Path | None = None  # the file the running check reads
        self._restore_call: ThreadCall | None = None
        self.verified: BackupInfo | None = None
        self.restored: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore backup"))
        self.setMinimumSize(640, 520)
        self.resize(760, 580)

        title = heading(self, 1.3)
        title.setText(self.tr("Restore backup"))
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The data will be as they were when the "
                "backup was made; whatever was entered since then is replaced."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.model = BackupListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        set_up_record_list(self.table, BackupListModel.FOLDER)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.empty_label = QLabel(
            self.tr("There are no backups in {folder}.").format(folder=backups_dir), self
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(HINT_STYLE)
        self.other_button = QPushButton(self.tr("&Other file…"), self)
        self.other_button.setToolTip(
            self.tr("Restore a backup from another folder, e.g. from a USB stick")
        )
        self.other_button.clicked.connect(self.choose_other)
        list_row = QHBoxLayout()
        list_row.addWidget(self.empty_label, 1)
        list_row.addStretch(1)
        list_row.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignTop)

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details_frame = QFrame(self)
        details_frame.setObjectName("backupDetails")
        details_frame.setStyleSheet(
            "QFrame#backupDetails { background: palette(base); border: 1px solid #cfd8dc;"
            " border-radius: 6px; }"
        )
        details_box = QVBoxLayout(details_frame)
        details_box.setContentsMargins(12, 10, 12, 10)
        details_box.addWidget(self.details)

        self.confirm_check = QCheckBox(self)
        self.confirm_check.setEnabled(False)
        self.confirm_check.toggled.connect(self._update_buttons)
        self.confirm_note = QLabel(
            self.tr(
                "Before the restore, a copy of the current database is saved in {folder}."
            ).format(folder=backups_dir),
            self,
        )
        self.confirm_note.setWordWrap(True)
        self.confirm_note.setIndent(24)
        self.confirm_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.banner = MessageBanner(self)
        self.progress = busy_bar(self)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(list_row)
        layout.addWidget(details_frame)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.confirm_note)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.load()

    # -- the list ----------------------------------------------------------------------

    def load(self) -> None:
        self.model.set_backups(list_backups(self._backups_dir))
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_nothing_chosen()

    def select(self, path: Path) -> None:
        """Choose the backup file ``path``, listed or not."""
        row = self.model.row_of(path)
        if row is None:
            try:
                info = read_info(path)
            except QuartierstreffError as error:
                self.banner.show_error(message_for(error))
                return
            self.model.add_first(info)
            self.empty_label.hide()
            row = 0
        self.table.selectRow(row)

    def choose_other(self) -> None:
        path = self._ask_file(self, str(self._backups_dir))
        if path:
            self.banner.clear_message()
            self.select(Path(path))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.verified = None
        self.confirm_check.setChecked(False)
        self.confirm_check.setEnabled(False)
        self.confirm_check.setText(self.tr("Replace the current data with this backup"))
        chosen = self.selected()
        if chosen is None:
            self._show_nothing_chosen()
            return
        self.banner.clear_message()
        self.details.setText(
            self.tr("Backup of {when}\nChecking whether the backup is complete …").format(
                when=format_moment(chosen.created_at)
            )
        )
        self._verify(chosen.path)
        self._update_buttons()

    def _show_nothing_chosen(self) -> None:
        self.details.setText(self.tr("Choose a backup from the list or another file."))
        self._update_buttons()

    # -- verifying ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._verify_call is not None or self._restore_call is not None

    def _verify(self, path: Path) -> None:
        if self._verify_call is not None:
            return  # the running check ends first; then the chosen file is checked
        self._checking = path
        self._verify_call = ThreadCall(lambda: verify_backup(path), self)
        self._verify_call.finished.connect(self._verified)
        self._verify_call.start()

    def _verified(self) -> None:
        call = self._verify_call
        if call is None:
            return
        call.wait()
        self._verify_call = None
        chosen = self.selected()
        if chosen is None:
            return
        if self._checking != chosen.path:
            self._verify(chosen.path)  # the choice changed while the check ran
            return
        if call.error is not None:
            self._refused(call.error)
            return
        result = call.result
        assert isinstance(result, BackupInfo)
        self.verified = result
        self.details.setText(self.describe(result))
        self.confirm_check.setText(
            self.tr(
                "Replace the current data with this backup; whatever was entered after "
                "{when} is lost"
            ).format(when=format_moment(result.created_at))
        )
        self.confirm_check.setEnabled(self._restore_call is None)
        self._update_buttons()

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, QuartierstreffError):
            log.error("verifying a backup failed", exc_info=error)
        text = (
            message_for(error)
            if isinstance(error, QuartierstreffError)
            else self.tr("The backup could not be read: {reason}").format(reason=error)
        )
        self.details.setText(self.tr("This backup cannot be restored."))
        self.banner.show_error(text)
        self._update_buttons()

    def describe(self, info: BackupInfo) -> str:
        counts = dict(info.tables)
        lines = [
            self.tr("Backup of {when} ({kind}), {size}").format(
                when=format_moment(info.created_at),
                kind=label_text(info.label),
                size=format_size(info.size),
            ),
            self.tr("Made by Quartierstreff {version}").format(version=info.app_version),
            self.tr(
                "Holds {rows} entries: {people} people, {groups} groups, {bookings} bookings, "
                "{meetings} meetings; {attachments} attachments"
            ).format(
                rows=_number(info.rows),
                people=_number(counts.get("persons", 0)),
                groups=_number(counts.get("groups", 0)),
                bookings=_number(counts.get("bookings", 0)),
                meetings=_number(counts.get("meetings", 0)),
                attachments=_number(info.attachments),
            ),
            self.tr("✓ The backup is complete and undamaged."),
        ]
        return "\n".join(lines)

    # -- restoring ---------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = (
            self.verified is not None
            and self.confirm_check.isChecked()
            and self._restore_call is None
        )
        self.restore_button.setEnabled(ready)

    def restore(self) -> None:
        """Close the database and restore the verified, confirmed backup in the background."""
        chosen = self.verified
        if chosen is None or not self.confirm_check.isChecked() or self._restore_call is not None:
            return
        self.banner.clear_message()
        self._prepare()
        if self._database is not None:
            self._database.close()
        url, actor, backups_dir = self._url, self._actor, self._backups_dir
        now, attachments = self._now(), self._attachments_dir

        def run() -> RestoreResult:
            return restore_backup(
                url, chosen.path, backups_dir, actor=actor, now=now, attachments_dir=attachments
            )

        self._restore_call = ThreadCall(run, self)
        self._restore_call.finished.connect(self._restored)
        self._set_busy(True)
        self._restore_call.start()

    def _restored(self) -> None:
        call = self._restore_call
        if call is None:
            return
        call.wait()
        self._restore_call = None
        self._set_busy(False)
        if isinstance(call.result, RestoreResult):
            self.restored = call.result
            self.accept()
            return
        error = call.error
        if isinstance(error, QuartierstreffError):
            text = message_for(error)
        else:
            log.error("restore failed", exc_info=error)
            text = self.tr(
                "The backup could not be restored: {reason}. The database is unchanged."
            ).format(reason=error)
        self.banner.show_error(text)
        self._resume()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.table, self.other_button, self.confirm_check, self.cancel_button):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _wait(self) -> None:
        if self._verify_call is not None:
            self._verify_call.wait()

    def reject(self) -> None:
        if self._restore_call is not None:
            return  # a restore is not stopped half-way
        self._wait()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._restore_call is not None:
            event.ignore()
            return
        self._wait()
        super().closeEvent(event)


def _number(value: int) -> str:
    return QLocale().toString(value)
