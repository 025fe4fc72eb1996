"""The current local date and time, in one place (services receive them as arguments)."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """Local wall-clock time, naive, as bookings and meetings store it."""
    return dt.datetime.now().astimezone().replace(tzinfo=None)


def today() -> dt.date:
    return now().date()
