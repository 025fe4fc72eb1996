"""Recurring dates: the few rules a Bürgertreff needs, stored as RFC 5545 RRULE text.

A series is "weekly" (on one or more weekdays, every n-th week) or "monthly on the n-th
weekday" ("jeden 1. Dienstag", "jeden 2. und 4. Montag", "jeden letzten Samstag"). It
ends on a date, after a number of dates, or not at all. The rule text holds frequency,
interval and weekdays (``FREQ=MONTHLY;BYDAY=+2MO,+4MO``); the end lives in the series'
own columns, so that a search by date range can use them.

Dates come from dateutil's rrule, never from our own arithmetic. ``count`` means what it
means in RFC 5545: the number of dates the rule yields, dates a series skips for
holidays included; the booking dialog shows the dates that result.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, rrulestr

from quartierstreff.services.errors import FieldInvalid

MAX_SERIES_YEARS = 10
"""A series may run at most this long; open-ended series are expanded this far."""

MAX_INTERVAL = 52
MAX_COUNT = 1000

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY = re.compile(r"^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")


class Frequency(enum.StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    """On the n-th weekday of the month; ``positions`` say which (1…4, -1 = the last)."""


@dataclass(frozen=True, slots=True)
class Recurrence:
    frequency: Frequency = Frequency.WEEKLY
    interval: int = 1
    """Every n-th week (weekly) or month (monthly)."""
    weekdays: tuple[int, ...] = ()
    """0 = Monday … 6 = Sunday; empty means the weekday of the first date."""
    positions: tuple[int, ...] = ()
    """Monthly only: 1 … 4 or -1 (last); empty means the position of the first date."""
    until: dt.date | None = None
    count: int | None = None


def position_in_month(day: dt.date) -> int:
    """1 for the first Tuesday of its month, 2 for the second, … (never -1)."""
    return (day.day - 1) // 7 + 1


def resolved(recurrence: Recurrence, first_date: dt.date) -> Recurrence:
    """The rule with the defaults filled in from ``first_date``."""
    weekdays = tuple(sorted(set(recurrence.weekdays))) or (first_date.weekday(),)
    positions: tuple[int, ...] = ()
    if recurrence.frequency is Frequency.MONTHLY:
        positions = tuple(sorted(set(recurrence.positions), key=lambda p: (p < 0, p)))
        positions = positions or (position_in_month(first_date),)
    return Recurrence(
        frequency=recurrence.frequency,
        interval=recurrence.interval,
        weekdays=weekdays,
        positions=positions,
        until=recurrence.until,
        count=recurrence.count,
    )


def rule_text(recurrence: Recurrence, first_date: dt.date) -> str:
    """The RRULE text without DTSTART, UNTIL and COUNT: ``FREQ=WEEKLY;INTERVAL=2;BYDAY=TU``."""
    rule = resolved(recurrence, first_date)
    parts = ["FREQ=WEEKLY" if rule.frequency is Frequency.WEEKLY else "FREQ=MONTHLY"]
    if rule.interval != 1:
        parts.append(f"INTERVAL={rule.interval}")
    if rule.frequency is Frequency.WEEKLY:
        days = [WEEKDAY_CODES[day] for day in rule.weekdays]
    else:
        days = [
            f"{'+' if position > 0 else ''}{position}{WEEKDAY_CODES[day]}"
            for position in rule.positions
            for day in rule.weekdays
        ]
    parts.append("BYDAY=" + ",".join(days))
    return ";".join(parts)


def parse_rule_text(text: str, *, until: dt.date | None, count: int | None) -> Recurrence:
    """The :class:`Recurrence` for a stored rule, for the booking dialog.

    Raises :class:`FieldInvalid` (field ``recurrence``) for a rule outside the few this
    program edits (an imported calendar may bring one); such a series can still be
    shown, printed and exported, only not edited as a rule.
    """
    fields: dict[str, str] = {}
    for part in text.upper().split(";"):
        key, sep, value = part.partition("=")
        if not sep or key in fields:
            raise FieldInvalid("recurrence", "unsupported", text)
        fields[key] = value
    frequency = {"WEEKLY": Frequency.WEEKLY, "MONTHLY": Frequency.MONTHLY}.get(
        fields.pop("FREQ", "")
    )
    interval_text = fields.pop("INTERVAL", "1")
    byday = fields.pop("BYDAY", "")
    fields.pop("WKST", None)
    if frequency is None or fields or not interval_text.isdigit():
        raise FieldInvalid("recurrence", "unsupported", text)
    weekdays: list[int] = []
    positions: list[int] = []
    for code in filter(None, byday.split(",")):
        match = _BYDAY.match(code)
        if match is None:
            raise FieldInvalid("recurrence", "unsupported", text)
        position, day = match.groups()
        if (position is not None) != (frequency is Frequency.MONTHLY):
            raise FieldInvalid("recurrence", "unsupported", text)
        weekdays.append(WEEKDAY_CODES.index(day))
        if position is not None:
            positions.append(int(position))
    return Recurrence(
        frequency=frequency,
        interval=int(interval_text),
        weekdays=tuple(sorted(set(weekdays))),
        positions=tuple(sorted(set(positions), key=lambda p: (p < 0, p))),
        until=until,
        count=count,
    )


def recurrence_problems(recurrence: Recurrence, first_date: dt.date) -> list[FieldInvalid]:
    """Everything wrong with a rule the user entered (empty when it is fine)."""
    problems: list[FieldInvalid] = []
    if not 1 <= recurrence.interval <= MAX_INTERVAL:
        problems.append(FieldInvalid("interval", "out_of_range", str(recurrence.interval)))
    if any(not 0 <= day <= 6 for day in recurrence.weekdays):
        problems.append(FieldInvalid("weekdays", "invalid", ""))
    if recurrence.frequency is Frequency.MONTHLY and any(
        position not in (1, 2, 3, 4, -1) for position in recurrence.positions
    ):
        problems.append(FieldInvalid("positions", "invalid", ""))
    if recurrence.until is not None and recurrence.count is not None:
        problems.append(FieldInvalid("until", "until_and_count", ""))
    if recurrence.until is not None:
        if recurrence.until < first_date:
            problems.append(FieldInvalid("until", "before_start", ""))
        elif recurrence.until > last_allowed_date(first_date):
            problems.append(FieldInvalid("until", "too_long", str(MAX_SERIES_YEARS)))
    if recurrence.count is not None and not 1 <= recurrence.count <= MAX_COUNT:
        problems.append(FieldInvalid("count", "out_of_range", str(recurrence.count)))
    if problems:
        return problems
    dates = rule_dates(
        rule_text(recurrence, first_date),
        first_date,
        until=recurrence.until,
        count=recurrence.count,
        end=last_allowed_date(first_date) + dt.timedelta(days=1),
    )
    if not dates:
        problems.append(FieldInvalid("recurrence", "no_dates", ""))
    elif recurrence.count is not None and dates[-1] > last_allowed_date(first_date):
        problems.append(FieldInvalid("count", "too_long", str(MAX_SERIES_YEARS)))
    return problems


def last_allowed_date(first_date: dt.date) -> dt.date:
    try:
        return first_date.replace(year=first_date.year + MAX_SERIES_YEARS)
    except ValueError:  # 29 February
        return first_date.replace(year=first_date.year + MAX_SERIES_YEARS, day=28)


_STORED_FREQUENCIES = {"DAILY": DAILY, "WEEKLY": WEEKLY, "MONTHLY": MONTHLY, "YEARLY": YEARLY}
"""What a stored rule may be. The dialog writes WEEKLY and MONTHLY; an imported calendar
may bring the others (never HOURLY or finer: a room is booked for whole evenings)."""


def _rule(text: str, first_date: dt.date, count: int | None) -> rrule:
    keys = {part.partition("=")[0] for part in text.upper().split(";")}
    frequency = next(
        (part.partition("=")[2] for part in text.upper().split(";") if part.startswith("FREQ=")),
        "",
    )
    if frequency not in _STORED_FREQUENCIES or keys & {"UNTIL", "COUNT", "DTSTART"}:
        raise FieldInvalid("recurrence", "unsupported", text)
    start = dt.datetime.combine(first_date, dt.time())
    try:
        parsed = rrulestr(text, dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise FieldInvalid("recurrence", "unsupported", text) from exc
    if not isinstance(parsed, rrule):
        raise FieldInvalid("recurrence", "unsupported", text)
    return parsed.replace(count=count) if count is not None else parsed


def rule_dates(
    text: str,
    first_date: dt.date,
    *,
    until: dt.date | None,
    count: int | None,
    start: dt.date | None = None,
    end: dt.date,
) -> list[dt.date]:
    """The dates the rule yields from ``start`` (default: the first date) to ``end``
    (exclusive), holidays and exceptions not yet taken out.

    ``first_date`` itself counts as an occurrence only when the rule yields it, as in
    RFC 5545 (a Tuesday rule started on a Monday begins on the Tuesday).
    """
    begin = max(start or first_date, first_date)
    anchor = first_date if count is not None else _fast_forward(text, first_date, begin)
    rule = _rule(text, anchor, count)
    last = end - dt.timedelta(days=1)
    if until is not None:
        last = min(last, until)
    if last < begin:
        return []
    moments = rule.between(
        dt.datetime.combine(begin, dt.time()),
        dt.datetime.combine(last, dt.time()),
        inc=True,
    )
    return [moment.date() for moment in moments]


def _fast_forward(text: str, first_date: dt.date, begin: dt.date) -> dt.date:
    """A later start for the rule that yields the same dates from ``begin`` on.

    dateutil steps through every date from the start, so a ten-year-old weekly group
    would cost 500 steps for each week shown. Moving the start by whole periods of the
    rule (``INTERVAL`` weeks, months or days) keeps its rhythm; a start at least one
    period before ``begin`` keeps every date from ``begin`` on. Not for rules with a
    count (the count runs from the first date) or rules whose dates hang on the start's
    day of the month or year.
    """
    fields = dict(part.partition("=")[::2] for part in text.upper().split(";"))
    interval_text = fields.get("INTERVAL", "1")
    interval = int(interval_text) if interval_text.isdigit() and int(interval_text) > 0 else 1
    frequency = fields.get("FREQ", "")
    if frequency in ("WEEKLY", "DAILY"):
        step = dt.timedelta(days=interval * (7 if frequency == "WEEKLY" else 1))
        periods = (begin - first_date) // step - 1
        return first_date + step * periods if periods > 0 else first_date
    if frequency == "MONTHLY" and "BYDAY" in fields and "BYMONTHDAY" not in fields:
        months = (begin.year - first_date.year) * 12 + begin.month - first_date.month
        periods = months // interval - 1
        if periods <= 0:
            return first_date
        shifted = first_date.month - 1 + periods * interval
        # The 1st of the month: a BYDAY rule's dates do not depend on the start's day.
        return dt.date(first_date.year + shifted // 12, shifted % 12 + 1, 1)
    return first_date


def last_rule_date(text: str, first_date: dt.date, count: int) -> dt.date | None:
    """The last date of a rule that ends after ``count`` dates."""
    rule = _rule(text, first_date, count)
    dates = list(rule)
    return dates[-1].date() if dates else None
