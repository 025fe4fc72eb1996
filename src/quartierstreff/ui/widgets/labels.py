"""The two kinds of text beside the inputs: a quiet hint and a bold subheading."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

HINT_STYLE = "color: palette(placeholder-text);"
"""Grey like a placeholder: explains, does not compete with the inputs."""


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def subheading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
