"""The booking dialog: a one-off booking or a series (weekly, every n-th week, n-th
weekday of the month), with a live check against the other bookings; and cancelling one
date, this-and-following or a whole series. (Skeleton: the full form follows.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from quartierstreff.db.engine import Database
from quartierstreff.services import bookings
from quartierstreff.services.bookings import Occurrence, OccurrenceKey
from quartierstreff.services.security import Actor

Ask = Callable[[QWidget | None, str], bool]


class BookingDialog(QDialog):
    """Create a booking (``key=None``; ``day``/``start``/``room_id`` pre-fill the form) or
    change the booking or series date ``key``. Emits :attr:`saved` with the key."""

    saved = Signal(object)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        *,
        key: OccurrenceKey | None = None,
        day: dt.date | None = None,
        start: dt.time | None = None,
        room_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._key = key
        self.setWindowTitle(self.tr("Booking"))


def cancel_occurrence(
    parent: QWidget | None,
    database: Database,
    actor: Actor,
    occurrence: Occurrence,
    *,
    ask: Ask | None = None,
) -> bool:
    """Ask and cancel ``occurrence``; True when something changed."""
    if ask is None or not ask(parent, occurrence.title):
        return False
    with database.unit_of_work() as session:
        bookings.cancel_booking(
            session,
            actor,
            occurrence.key,
            scope=bookings.Scope.ONE,
        )
    return True
