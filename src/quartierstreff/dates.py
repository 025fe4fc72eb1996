"""Dates as German people write them, without Qt: for files, PDFs and stored text.

The window shows dates through ``QLocale`` (``ui.models.people.format_date``); exports,
imports, reports and the centre's own fields use these two functions.
"""

from __future__ import annotations

import datetime as dt
import re

_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class UnreadableDate(ValueError):
    """``reason`` is ``invalid_date`` or ``two_digit_year`` (a century is not guessed)."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text


def format_date(day: dt.date | None) -> str:
    """``24.11.2026``; empty for no date."""
    if day is None:
        return ""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def parse_date(text: str) -> dt.date | None:
    """A German (03.07.1958) or ISO (1958-07-03) date, also with the midnight time a
    spreadsheet adds; ``None`` for empty text. Raises :class:`UnreadableDate`."""
    text = text.strip()
    if not text:
        return None
    if text.endswith((" 00:00:00", " 00:00")):
        text = text.split(" ", 1)[0]
    if match := _GERMAN_DATE.match(text):
        day, month, year = match.groups()
        if len(year) == 2:
            raise UnreadableDate("two_digit_year", text)
    elif match := _ISO_DATE.match(text):
        year, month, day = match.groups()
    else:
        raise UnreadableDate("invalid_date", text)
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise UnreadableDate("invalid_date", text) from None
