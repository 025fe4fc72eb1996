"""What every page of the main window has in common."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quartierstreff.ui.icons import icon


class Page(QWidget):
    """A page in the navigation. The main window calls :meth:`refresh` whenever the page
    is shown and :meth:`can_leave` before it switches to another page."""

    def refresh(self) -> None:
        """Reload what the page shows from the database (one unit of work)."""

    def can_leave(self) -> bool:
        """``False`` keeps the page open (e.g. the user chose to stay with unsaved input)."""
        return True


class DialogPage(Page):
    """A page that opens one dialog at a time: ``dialog`` is the open one, and asking for
    another while it is open brings it to the front instead (:meth:`_busy`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog, done: Callable[[], None] | None = None) -> QDialog:
        """Open ``dialog`` window-modal; ``done`` runs when it is accepted."""
        self.dialog = dialog
        if done is not None:
            dialog.accepted.connect(done)
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _busy(self) -> bool:
        """One dialog at a time: the open one comes to the front."""
        if self.dialog is not None and self.dialog.isVisible():
            if QGuiApplication.platformName() != "offscreen":
                self.dialog.raise_()
                self.dialog.activateWindow()
            return True
        return False


def heading(parent: QWidget, scale: float = 1.6) -> QLabel:
    """A bold page or section heading, ``scale`` times the normal font size."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class FeaturePage(Page):
    """A page whose tools arrive with a later version of the program: its icon, a heading
    and a friendly sentence of what the page will hold."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        picture = QLabel(self)
        picture.setPixmap(icon(icon_name).pixmap(QSize(48, 48)))
        picture.setFixedSize(QSize(48, 48))

        text = QWidget(self)
        text.setMaximumWidth(720)  # lines short enough to read comfortably
        column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.heading)
        column.addWidget(self.description)
        row = QHBoxLayout()
        row.setSpacing(20)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 10, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.addLayout(row)
        outer.addStretch(1)

    def set_texts(self, heading_text: str, description: str) -> None:
        self.heading.setText(heading_text)
        self.description.setText(description)
