"""Guards against a broken Qt binding: PySide6 6.12.0 lost a reference to True/False on
every ``Signal.emit()`` from Python, and the program died after a few hundred signals."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    happened = Signal()


def test_emitting_signals_keeps_reference_counts(qapp: object) -> None:
    sender = _Sender()
    received = [0]

    def count() -> None:
        received[0] += 1

    sender.happened.connect(count)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for _ in range(300):
        sender.happened.emit()
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert received == [300]
    assert all(abs(now - then) < 50 for now, then in zip(after, before, strict=True))
