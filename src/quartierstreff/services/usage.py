"""Usage figures (Nutzungszahlen): how much the rooms were used in a period.

Period in, figures out: :func:`usage_figures` takes a first day and an end day
(exclusive) and returns a frozen :class:`UsageFigures` with

- the hours per room, and per room the opening hours of the period and the occupancy in
  percent of them;
- the hours and dates per group (and one line for bookings without a group);
- the events (dates) and the expected visitors per calendar month.

The board reads them on the Räume page, the overview shows the week's, and the funding
report (Verwendungsnachweis) takes its "events held / room hours" from here.

How things count (the same everywhere, so the numbers add up):

- Everything is counted in whole minutes (``int``); hours are exact ``Decimal`` values
  derived from them, never float sums.
- An *event* is one date of a booking: a one-off booking, or one date of a series. A
  series date skipped for a holiday or cancelled is not counted; a changed date counts
  once, as changed.
- Room hours: a booking counts for every room it names, with its full length. A booking
  in a whole hall counts for the hall only, not for the hall's parts (which it blocks,
  but in which nobody booked); a booking of one part counts for that part only.
- Group hours are the length of the group's dates, once per date however many rooms the
  date uses.
- Opening hours of a room: on each of its opening days (``Room.open_days``) the time from
  ``opens_at`` to ``closes_at``, except on Baden-Württemberg public holidays and on
  closures; school holidays are ordinary days. A room without set hours has no opening
  hours and so no occupancy.
- Occupancy: the booked minutes that lie within the room's opening hours, in percent of
  its opening hours (so it never exceeds 100 %; an evening group after closing time
  adds to the room's hours but not to its occupancy).
- Expected visitors: the sum of the "expected people" of the month's dates; dates
  without an estimate add nothing (``events_without_estimate`` counts them).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from quartierstreff.db.search import sort_key
from quartierstreff.services.bookings import Occurrence, occurrences
from quartierstreff.services.calendar_days import DayCalendar, load_day_calendar
from quartierstreff.services.errors import FieldInvalid
from quartierstreff.services.rooms import RoomView, list_rooms
from quartierstreff.services.security import Actor, Permission, service

_MINUTES_PER_HOUR = Decimal(60)


def minutes_between(start: dt.datetime, end: dt.datetime) -> int:
    """Whole minutes from ``start`` to ``end`` (seconds are dropped; 0 if not after)."""
    return max(0, int((end - start).total_seconds()) // 60)


def hours_of(minutes: int, places: int = 2) -> Decimal:
    """``minutes`` as hours, rounded half up to ``places`` decimals: 150 → 2.50."""
    return (Decimal(minutes) / _MINUTES_PER_HOUR).quantize(
        Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP
    )


def percent_of(part: int, whole: int, places: int = 0) -> Decimal | None:
    """``part`` in percent of ``whole``, rounded half up; ``None`` when ``whole`` is 0."""
    if whole <= 0:
        return None
    return (Decimal(part * 100) / Decimal(whole)).quantize(
        Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP
    )


@dataclass(frozen=True, slots=True)
class RoomUsage:
    room_id: int
    name: str
    symbol: str
    minutes: int
    """Booked minutes in this room (whatever the opening hours)."""
    events: int
    open_minutes: int | None
    """The room's opening hours in the period in minutes; ``None``: no set hours."""
    minutes_in_opening_hours: int = 0
    """The part of ``minutes`` that lies within the opening hours."""

    @property
    def hours(self) -> Decimal:
        return hours_of(self.minutes)

    @property
    def open_hours(self) -> Decimal | None:
        return None if self.open_minutes is None else hours_of(self.open_minutes)

    def occupancy_percent(self, places: int = 0) -> Decimal | None:
        """Booked share of the opening hours in percent; ``None`` without opening hours
        (or when the room was not open at all in the period)."""
        if self.open_minutes is None:
            return None
        return percent_of(self.minutes_in_opening_hours, self.open_minutes, places)


@dataclass(frozen=True, slots=True)
class GroupUsage:
    group_id: int | None
    """``None``: the bookings without a group (shown as "ohne Gruppe")."""
    name: str
    """The group's name; empty for the line without a group."""
    minutes: int
    events: int
    expected_people: int

    @property
    def hours(self) -> Decimal:
        return hours_of(self.minutes)


@dataclass(frozen=True, slots=True)
class MonthUsage:
    year: int
    month: int
    events: int
    expected_people: int
    events_without_estimate: int = 0

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)


@dataclass(frozen=True, slots=True)
class UsageFigures:
    """The figures of one period (``start`` … ``end``, end exclusive)."""

    start: dt.date
    end: dt.date
    rooms: tuple[RoomUsage, ...]
    """Every active room and every inactive room booked in the period, in the order of
    the settings."""
    groups: tuple[GroupUsage, ...]
    """Groups with bookings in the period by name; the line without group last."""
    months: tuple[MonthUsage, ...]
    """Every calendar month the period touches, also those without events."""
    events: int
    expected_people: int
    minutes: int
    """Length of all events (each once, however many rooms it uses)."""

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    @property
    def hours(self) -> Decimal:
        return hours_of(self.minutes)

    @property
    def room_minutes(self) -> int:
        """Booked minutes summed over the rooms (a date in two rooms counts twice)."""
        return sum(room.minutes for room in self.rooms)

    @property
    def room_hours(self) -> Decimal:
        return hours_of(self.room_minutes)


# --- counting ----------------------------------------------------------------------------


def room_minutes(occurrence: Occurrence) -> int:
    """The room minutes of one date: its length once for every room it names."""
    return minutes_between(occurrence.starts_at, occurrence.ends_at) * len(occurrence.rooms)


def _open_window(
    room: RoomView, day: dt.date, calendar: DayCalendar
) -> tuple[dt.datetime, dt.datetime] | None:
    """The opening hours of ``room`` on ``day`` (None: closed or no set hours)."""
    if room.opens_at is None or room.closes_at is None or room.closes_at <= room.opens_at:
        return None
    if day.weekday() not in room.open_days:
        return None
    info = calendar.info(day)
    if info.public_holiday or info.closure:
        return None
    return dt.datetime.combine(day, room.opens_at), dt.datetime.combine(day, room.closes_at)


def _days(start: dt.date, end: dt.date) -> Iterable[dt.date]:
    day = start
    while day < end:
        yield day
        day += dt.timedelta(days=1)


def _open_minutes(
    room: RoomView, start: dt.date, end: dt.date, calendar: DayCalendar
) -> int | None:
    if room.opens_at is None or room.closes_at is None:
        return None
    total = 0
    for day in _days(start, end):
        window = _open_window(room, day, calendar)
        if window is not None:
            total += minutes_between(*window)
    return total


def _minutes_in_opening_hours(
    room: RoomView, occurrence: Occurrence, calendar: DayCalendar, end: dt.date
) -> int:
    total = 0
    day = occurrence.starts_at.date()
    while day < end and dt.datetime.combine(day, dt.time()) < occurrence.ends_at:
        window = _open_window(room, day, calendar)
        if window is not None:
            opens, closes = window
            total += minutes_between(
                max(opens, occurrence.starts_at), min(closes, occurrence.ends_at)
            )
        day += dt.timedelta(days=1)
    return total


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    last = end - dt.timedelta(days=1)
    months = []
    year, month = start.year, start.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def figures_of(
    found: Sequence[Occurrence],
    rooms: Sequence[RoomView],
    calendar: DayCalendar,
    start: dt.date,
    end: dt.date,
) -> UsageFigures:
    """The figures of ``found`` (the dates from ``start`` to ``end``, exclusive) in
    ``rooms`` (in their order): the pure counting behind :func:`usage_figures`."""
    by_room: dict[int, list[Occurrence]] = defaultdict(list)
    groups: dict[int | None, list[Occurrence]] = defaultdict(list)
    months: dict[tuple[int, int], list[Occurrence]] = defaultdict(list)
    for occurrence in found:
        for ref in occurrence.rooms:
            by_room[ref.id].append(occurrence)
        groups[occurrence.group_id].append(occurrence)
        months[(occurrence.day.year, occurrence.day.month)].append(occurrence)

    room_lines = []
    for room in rooms:
        booked = by_room.get(room.id, [])
        if not room.is_active and not booked:
            continue
        room_lines.append(
            RoomUsage(
                room_id=room.id,
                name=room.name,
                symbol=room.symbol,
                minutes=sum(minutes_between(o.starts_at, o.ends_at) for o in booked),
                events=len(booked),
                open_minutes=_open_minutes(room, start, end, calendar),
                minutes_in_opening_hours=sum(
                    _minutes_in_opening_hours(room, o, calendar, end) for o in booked
                ),
            )
        )

    group_lines = [
        GroupUsage(
            group_id=group_id,
            name=dates[0].group_name if group_id is not None else "",
            minutes=sum(minutes_between(o.starts_at, o.ends_at) for o in dates),
            events=len(dates),
            expected_people=sum(o.expected_people or 0 for o in dates),
        )
        for group_id, dates in groups.items()
    ]
    group_lines.sort(key=lambda g: (g.group_id is None, sort_key(g.name), g.group_id or 0))

    month_lines = tuple(
        MonthUsage(
            year=year,
            month=month,
            events=len(months.get((year, month), [])),
            expected_people=sum(o.expected_people or 0 for o in months.get((year, month), [])),
            events_without_estimate=sum(
                1 for o in months.get((year, month), []) if o.expected_people is None
            ),
        )
        for year, month in _months(start, end)
    )
    return UsageFigures(
        start=start,
        end=end,
        rooms=tuple(room_lines),
        groups=tuple(group_lines),
        months=month_lines,
        events=len(found),
        expected_people=sum(o.expected_people or 0 for o in found),
        minutes=sum(minutes_between(o.starts_at, o.ends_at) for o in found),
    )


@service(Permission.BOOKINGS_READ)
def usage_figures(session: Session, actor: Actor, start: dt.date, end: dt.date) -> UsageFigures:
    """The usage figures from ``start`` to ``end`` (exclusive): for a month
    ``usage_figures(s, actor, date(2026, 11, 1), date(2026, 12, 1))``.

    How hours, opening hours, occupancy and visitors are counted: see the module's
    docstring (a booking in a whole hall counts for the hall, not for its parts).
    Raises :class:`FieldInvalid` (``end_date``/``before_start``) when ``end`` is not
    after ``start``.
    """
    if end <= start:
        raise FieldInvalid("end_date", "before_start")
    # A booking over midnight into ``start`` belongs to the day before.
    found = [o for o in occurrences(session, actor, start, end) if o.day >= start]
    rooms = list_rooms(session, actor, include_inactive=True)
    calendar = load_day_calendar(session, start, end)
    return figures_of(found, rooms, calendar, start, end)
