"""Running one slow service call off the GUI thread, so the window keeps painting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread


class BackgroundCall(QThread):
    """Calls ``function`` in a thread of its own. Connect to :attr:`finished` (delivered in
    the GUI thread), then read :attr:`result` or :attr:`error`.

    ``function`` opens its own unit of work: sessions are never shared between threads.
    """

    def __init__(self, function: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self.result: object = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.result = self._function()
        except Exception as error:  # handed to the GUI thread, which decides what to show
            self.error = error
