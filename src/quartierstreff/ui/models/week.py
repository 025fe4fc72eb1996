"""One week of the room calendar, laid out for painting (no Qt item model: the week view
paints it directly).

:class:`WeekModel` reads one week in one unit of work — the rooms, the week's
occurrences and the day calendar (public holidays, school holidays, closures) — and
:func:`lay_out_week` (pure, tested without a database) places every occurrence:

* on the day it starts (a booking past midnight is cut at 24:00),
* in its *lanes*: each visible room is a lane, in room order; a booking in several
  visible rooms covers all their lanes; when the calendar shows one room only, a booking
  of a linked room (the whole hall for one of its halves) is shown in that room's lane,
  because it blocks it,
* in a *column* among the bookings of the day that overlap it (for the view that shows
  rooms as colours and sets overlapping bookings side by side).

Only one week is ever read, so the page stays fast with years of bookings.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from quartierstreff.db.engine import Database
from quartierstreff.services.bookings import Occurrence, OccurrenceKey, occurrences
from quartierstreff.services.calendar_days import DayCalendar, DayInfo, load_day_calendar
from quartierstreff.services.rooms import RoomView, list_rooms
from quartierstreff.services.security import Actor

FIRST_HOUR = 7
"""The time axis starts at 07:00 unless something starts earlier."""
LAST_HOUR = 23
"""… and ends at 23:00 unless something ends later."""
DAYS = 7
SLOT_MINUTES = 30
"""A click on an empty spot picks a time rounded down to half an hour."""


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class LaneRoom:
    """A room as a lane of the calendar."""

    id: int
    name: str
    symbol: str
    colour: str
    position: int
    linked_ids: frozenset[int] = frozenset()
    """Its parts and the rooms it is part of (booking one blocks the other)."""

    @classmethod
    def of(cls, room: RoomView) -> LaneRoom:
        return cls(
            room.id,
            room.name,
            room.symbol,
            room.colour,
            room.position,
            frozenset(room.part_ids) | frozenset(room.whole_ids),
        )


@dataclass(frozen=True, slots=True)
class WeekEntry:
    """One occurrence placed in the week."""

    occurrence: Occurrence
    day_index: int
    lanes: tuple[int, ...]
    """Indexes into :attr:`WeekLayout.rooms`; empty when none of its rooms is shown."""
    column: int = 0
    columns: int = 1
    """Side by side with the bookings of the day it overlaps: its column and how many."""

    @property
    def key(self) -> OccurrenceKey:
        return self.occurrence.key

    @property
    def colour(self) -> str:
        rooms = self.occurrence.rooms
        return rooms[0].colour if rooms else ""

    @property
    def start_minute(self) -> int:
        """Minutes after midnight of its day."""
        start = self.occurrence.starts_at
        return start.hour * 60 + start.minute

    @property
    def end_minute(self) -> int:
        """Minutes after midnight of its day, at most 24 × 60 (cut at midnight)."""
        start, end = self.occurrence.starts_at, self.occurrence.ends_at
        if end.date() > start.date():
            return 24 * 60
        return max(end.hour * 60 + end.minute, self.start_minute)

    def overlaps(self, other: WeekEntry) -> bool:
        return self.start_minute < other.end_minute and other.start_minute < self.end_minute


@dataclass(frozen=True, slots=True)
class WeekDay:
    day: dt.date
    info: DayInfo
    is_today: bool
    entries: tuple[WeekEntry, ...]
    """Sorted by start time, then lane."""

    @property
    def shade(self) -> str:
        """What the day's column shows: ``closure``, ``public_holiday``,
        ``school_holiday`` or ``""`` (a closure counts most)."""
        if self.info.closure:
            return "closure"
        if self.info.public_holiday:
            return "public_holiday"
        if self.info.school_holiday:
            return "school_holiday"
        return ""

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the holidays and closures on this day."""
        info = self.info
        return tuple(
            name for name in (info.closure, info.public_holiday, info.school_holiday) if name
        )


@dataclass(frozen=True)
class WeekLayout:
    monday: dt.date
    rooms: tuple[LaneRoom, ...]
    """The visible rooms, in order: one lane each."""
    days: tuple[WeekDay, ...]
    first_hour: int = FIRST_HOUR
    last_hour: int = LAST_HOUR
    _by_key: dict[OccurrenceKey, WeekEntry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for day in self.days:
            for entry in day.entries:
                self._by_key[entry.key] = entry

    @property
    def entries(self) -> list[WeekEntry]:
        """Every entry, day by day, each day by time."""
        return [entry for day in self.days for entry in day.entries]

    def entry(self, key: OccurrenceKey | None) -> WeekEntry | None:
        return self._by_key.get(key) if key is not None else None

    def lane_of(self, room_id: int) -> int | None:
        return next((i for i, room in enumerate(self.rooms) if room.id == room_id), None)

    @property
    def end(self) -> dt.date:
        """The Monday after (exclusive end)."""
        return self.monday + dt.timedelta(days=DAYS)


def _lanes(occurrence: Occurrence, rooms: Sequence[LaneRoom]) -> tuple[int, ...]:
    own = {room.id for room in occurrence.rooms}
    lanes = tuple(i for i, room in enumerate(rooms) if room.id in own)
    if lanes:
        return lanes
    return tuple(i for i, room in enumerate(rooms) if room.linked_ids & own)


def _columns(entries: Sequence[WeekEntry]) -> list[WeekEntry]:
    """Each entry with the column it takes among the entries it overlaps (greedy, in
    start order; every group of entries that overlap one another shares one count)."""
    placed: list[WeekEntry] = []
    group: list[tuple[WeekEntry, int]] = []
    group_end = -1

    def close_group() -> None:
        count = max((column for _, column in group), default=-1) + 1
        placed.extend(
            WeekEntry(e.occurrence, e.day_index, e.lanes, column, count) for e, column in group
        )
        group.clear()

    for entry in sorted(entries, key=lambda e: (e.start_minute, -e.end_minute, e.lanes)):
        if group and entry.start_minute >= group_end:
            close_group()
        taken = {column for other, column in group if other.overlaps(entry)}
        column = next(c for c in range(len(group) + 1) if c not in taken)
        group.append((entry, column))
        group_end = max(group_end, entry.end_minute)
    close_group()
    return placed


def lay_out_week(
    monday: dt.date,
    rooms: Sequence[LaneRoom],
    week: Iterable[Occurrence],
    calendar: DayCalendar,
    today: dt.date,
) -> WeekLayout:
    """Place ``week``'s occurrences (those starting ``monday`` … ``monday + 6``) in lanes
    and columns; the time axis grows beyond 07:00–23:00 to fit them."""
    by_day: list[list[WeekEntry]] = [[] for _ in range(DAYS)]
    for occurrence in week:
        index = (occurrence.starts_at.date() - monday).days
        if 0 <= index < DAYS:
            by_day[index].append(WeekEntry(occurrence, index, _lanes(occurrence, rooms)))
    days: list[WeekDay] = []
    first, last = FIRST_HOUR, LAST_HOUR
    for index, entries in enumerate(by_day):
        day = monday + dt.timedelta(days=index)
        laid = sorted(_columns(entries), key=lambda e: (e.start_minute, e.lanes, e.column))
        for entry in laid:
            first = min(first, entry.start_minute // 60)
            last = max(last, math.ceil(entry.end_minute / 60))
        days.append(WeekDay(day, calendar.info(day), day == today, tuple(laid)))
    return WeekLayout(monday, tuple(rooms), tuple(days), first, min(last, 24))


class WeekModel:
    """Reads one week from the database; :attr:`layout` is what the view paints.

    ``room_id`` limits the week to one room (and the bookings of rooms linked to it).
    """

    def __init__(self, database: Database, actor: Actor, today: Callable[[], dt.date]) -> None:
        self._database = database
        self._actor = actor
        self._today = today
        self.monday = monday_of(today())
        self.room_id: int | None = None
        self.all_rooms: tuple[RoomView, ...] = ()
        """Every room, inactive ones too (for the filter and the lanes)."""
        self.layout = WeekLayout(self.monday, (), ())
        self.loads = 0
        """How often the week was read (tests check navigation reloads)."""

    def load(self, monday: dt.date | None = None, *, room_id: int | bool | None = False) -> None:
        """Read the week of ``monday`` (default: the week shown); ``room_id`` changes the
        room filter (``None``: all rooms; leave it out to keep the filter)."""
        if monday is not None:
            self.monday = monday_of(monday)
        if room_id is not False:
            self.room_id = room_id if isinstance(room_id, int) else None
        end = self.monday + dt.timedelta(days=DAYS)
        with self._database.unit_of_work() as session:
            self.all_rooms = tuple(list_rooms(session, self._actor, include_inactive=True))
            wanted = self._wanted_room_ids()
            week = occurrences(session, self._actor, self.monday, end, room_ids=wanted)
            calendar = load_day_calendar(session, self.monday, end - dt.timedelta(days=1))
        self.layout = lay_out_week(
            self.monday, self._lane_rooms(week), week, calendar, self._today()
        )
        self.loads += 1

    def _wanted_room_ids(self) -> set[int] | None:
        if self.room_id is None:
            return None
        room = next((r for r in self.all_rooms if r.id == self.room_id), None)
        if room is None:  # deleted meanwhile: show every room again
            self.room_id = None
            return None
        return {room.id, *room.part_ids, *room.whole_ids}

    def _lane_rooms(self, week: Sequence[Occurrence]) -> list[LaneRoom]:
        if self.room_id is not None:
            return [LaneRoom.of(r) for r in self.all_rooms if r.id == self.room_id]
        used = {room.id for occurrence in week for room in occurrence.rooms}
        return [LaneRoom.of(r) for r in self.all_rooms if r.is_active or r.id in used]

    def go(self, weeks: int) -> None:
        """Show the week ``weeks`` before (negative) or after this one."""
        self.load(self.monday + dt.timedelta(weeks=weeks))

    def go_today(self) -> None:
        self.load(self._today())
