"""Marking an input whose value was refused: a red outline on the widget itself."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

INVALID_STYLE = "border: 2px solid #c62828; border-radius: 3px;"


def mark_invalid(widget: QWidget | None, *, focus: bool = True) -> None:
    """Outline ``widget`` in red (not its children) and, by default, put the cursor there.
    Clear it with ``widget.setStyleSheet("")``."""
    if widget is None:
        return
    widget.setStyleSheet(f"{type(widget).__name__} {{ {INVALID_STYLE} }}")
    if focus:
        widget.setFocus()
