"""When typed text saves itself: the rule the minutes and the application texts share.

A single-shot timer saves :data:`AUTOSAVE_DELAY_MS` after the last keystroke, a second one
at the latest :data:`AUTOSAVE_MAX_WAIT_MS` after the first unsaved keystroke (someone
typing steadily never pauses). An unexpected exit loses at most those last seconds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

AUTOSAVE_DELAY_MS = 1500
"""Text is saved once typing pauses this long …"""
AUTOSAVE_MAX_WAIT_MS = 5000
"""… and at the latest this long after the first unsaved keystroke."""


class AutosaveTimer(QObject):
    """Calls ``save`` by the rule above; the editor says when text changed and stops the
    timer when it saves for another reason (switching item, closing)."""

    def __init__(self, save: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._pause = self._timer(AUTOSAVE_DELAY_MS, save)
        self._max_wait = self._timer(AUTOSAVE_MAX_WAIT_MS, save)

    def _timer(self, interval: int, save: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(save)
        return timer

    def changed(self, *, first: bool) -> None:
        """Text changed; ``first``: the first change since the last save."""
        if first:
            self._max_wait.start()
        self._pause.start()

    def stop(self) -> None:
        self._pause.stop()
        self._max_wait.stop()
