"""File ▸ Back up now…: a backup into the backups folder or into another folder (a USB
stick), written in the background; the dialog says which file was written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.services.views import BackupInfo
from quartierstreff.ui.backup import BackupController
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import HINT_STYLE
from quartierstreff.ui.widgets.lists import busy_bar
from quartierstreff.ui.widgets.page import heading

ChooseFolder = Callable[[QWidget, str], str]
"""Asks for a folder, starting at the given one; "" when the user cancels."""


def choose_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("BackupNowDialog", "Choose a folder for the backup"),
        start,
    )


class BackupNowDialog(QDialog):
    def __init__(
        self,
        controller: BackupController,
        parent: QWidget | None = None,
        *,
        other_folder: str = "",
        ask_folder: ChooseFolder = choose_folder,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._ask_folder = ask_folder
        self._waiting = False
        self.written: BackupInfo | None = None
        self.setWindowTitle(self.tr("Back up now"))
        self.setMinimumWidth(560)

        title = heading(self, 1.3)
        title.setText(self.tr("Back up now"))
        intro = QLabel(
            self.tr(
                "A backup holds all data and the stored receipt scans in one file. It can be "
                "restored on this PC or on another one."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.default_radio = QRadioButton(self.tr("Into the &backups folder"), self)
        default_folder = QLabel(str(controller.backups_dir), self)
        default_folder.setTextFormat(Qt.TextFormat.PlainText)
        default_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        default_folder.setStyleSheet(HINT_STYLE)
        default_folder.setIndent(24)
        self.other_radio = QRadioButton(
            self.tr("Into &another folder, e.g. on a USB stick or a network drive:"), self
        )
        self.folder_edit = QLineEdit(other_folder, self)
        self.folder_edit.setPlaceholderText(self.tr("Folder"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.clicked.connect(self.choose)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(24, 0, 0, 0)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        group = QButtonGroup(self)
        group.addButton(self.default_radio)
        group.addButton(self.other_radio)
        self.default_radio.setChecked(True)
        self.folder_edit.textEdited.connect(lambda _text: self.other_radio.setChecked(True))

        self.banner = MessageBanner(self)
        self.progress = busy_bar(self)

        self.buttons = QDialogButtonBox(self)
        self.back_up_button = self.buttons.addButton(
            self.tr("&Back up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.back_up_button.setDefault(True)
        self.back_up_button.clicked.connect(self.back_up)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.default_radio)
        layout.addWidget(default_folder)
        layout.addWidget(self.other_radio)
        layout.addLayout(folder_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        controller.manual_finished.connect(self._finished)

    @property
    def busy(self) -> bool:
        return self._waiting

    def choose(self) -> None:
        start = self.folder_edit.text() or str(Path.home())
        folder = self._ask_folder(self, start)
        if folder:
            self.folder_edit.setText(folder)
            self.other_radio.setChecked(True)

    def target(self) -> Path | None:
        if self.default_radio.isChecked():
            return self._controller.backups_dir
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def back_up(self) -> None:
        if self._waiting:
            return
        target = self.target()
        if target is None:
            self.banner.show_error(self.tr("Please choose the folder for the backup."))
            self.folder_edit.setFocus()
            return
        self.banner.clear_message()
        self._set_busy(True)
        self._controller.back_up_to(target)

    def _finished(self, info: BackupInfo | None, error: str) -> None:
        if not self._waiting:
            return
        self._set_busy(False)
        if info is None:
            self.banner.show_error(error)
            return
        self.written = info
        self.banner.show_success(
            self.tr("The backup has been saved:\n{path}").format(path=info.path)
        )
        self.close_button.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._waiting = busy
        self.progress.setVisible(busy)
        for widget in (
            self.back_up_button,
            self.close_button,
            self.default_radio,
            self.other_radio,
            self.folder_edit,
            self.choose_button,
        ):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if not self._waiting:  # the backup runs to its end
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._waiting:
            event.ignore()
        else:
            super().closeEvent(event)
