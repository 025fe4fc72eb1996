"""An inline message line for forms and dialogs: errors stay next to the input,
no modal box to click away."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class Tone(Enum):
    ERROR = "error"
    SUCCESS = "success"


_STYLES = {
    Tone.ERROR: "color: #8a1c14; background: #fdecea; border: 1px solid #f1b9b4;",
    Tone.SUCCESS: "color: #1d5c46; background: #e6f4ee; border: 1px solid #a8d5c2;",
}


class MessageBanner(QLabel):
    """Hidden until a message is shown; ``tone`` says whether it is an error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tone: Tone | None = None
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(Tone.ERROR, text)

    def show_success(self, text: str) -> None:
        self._show(Tone.SUCCESS, text)

    def clear_message(self) -> None:
        self.tone = None
        self.clear()
        self.hide()

    def _show(self, tone: Tone, text: str) -> None:
        self.tone = tone
        self.setStyleSheet(f"QLabel {{ {_STYLES[tone]} border-radius: 4px; padding: 8px; }}")
        self.setText(text)
        self.show()
