"""Rooms, school-holiday periods and closures: what Einstellungen ▸ Räume sets up.

A room has a name, a short symbol for printouts, capacity, equipment (one item per
line), whether it is accessible, its opening days and hours, a colour for the calendar
and linked rooms: a hall with parts (``Room.parts``). Booking the whole hall blocks its
parts and the other way round; links have one level only (a part has no parts of its
own, a hall is no part of another room), so there are no cycles.

Everyone may read rooms and periods (the booking dialog and the calendar need them);
changing them needs ``SETTINGS_WRITE``. A room that bookings use is never deleted
(:class:`RoomInUse`): it is deactivated instead, which hides it from new bookings while
old ones keep it.

School holidays and closures are periods of whole days (``HolidayPeriod``). The known
Baden-Württemberg school holidays ship as data (``resources/holidays/
school_holidays_bw.toml``); :func:`add_known_school_holidays` adds those not there yet.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from quartierstreff import paths
from quartierstreff.db.base import utcnow
from quartierstreff.db.models import Booking, BookingSeries, HolidayPeriod, PeriodKind, Room
from quartierstreff.services.concurrency import check_version
from quartierstreff.services.errors import (
    FieldInvalid,
    HolidayFileInvalid,
    NotFound,
    RoomInUse,
)
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.trash import TrashEntryView, move_to_trash

NAME_LENGTH = 200
SYMBOL_LENGTH = 8
CAPACITY_MAX = 10_000
EQUIPMENT_ITEMS = 50
EQUIPMENT_ITEM_LENGTH = 200
NOTES_LENGTH = 20_000
PERIOD_DAYS_MAX = 366
WORKDAYS: tuple[int, ...] = (0, 1, 2, 3, 4)
"""Monday to Friday: the opening days of a new room (and of rooms from before they had any)."""

PALETTE: tuple[str, ...] = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#e15759",
    "#bab0ac",
)
"""Calm, distinguishable colours (Tableau 10) given to new rooms that have none."""

_COLOUR = re.compile(r"^#[0-9a-f]{6}$")


# --- views and drafts --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoomDraft:
    """What the room form holds. ``open_days``: 0 = Monday … 6 = Sunday. ``part_ids``:
    the rooms this one consists of (a hall and its parts)."""

    name: str
    symbol: str
    capacity: int | None = None
    equipment: tuple[str, ...] = ()
    accessible: bool = False
    opens_at: dt.time | None = None
    closes_at: dt.time | None = None
    open_days: tuple[int, ...] = WORKDAYS
    colour: str = ""
    is_active: bool = True
    notes: str = ""
    part_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class RoomView:
    id: int
    name: str
    symbol: str
    capacity: int | None
    equipment: tuple[str, ...]
    accessible: bool
    opens_at: dt.time | None
    closes_at: dt.time | None
    open_days: tuple[int, ...]
    colour: str
    """``#rrggbb``, or empty."""
    position: int
    is_active: bool
    notes: str
    part_ids: tuple[int, ...]
    """The rooms this one consists of (the hall's parts)."""
    whole_ids: tuple[int, ...]
    """The rooms this one is a part of."""
    version: int

    @property
    def linked_ids(self) -> tuple[int, ...]:
        """Rooms a booking of this one blocks: its parts and the rooms it is a part of."""
        return self.part_ids + self.whole_ids

    def is_open_on(self, day: dt.date) -> bool:
        """Whether the room opens on that weekday (always, when it has no set hours)."""
        return self.opens_at is None or day.weekday() in self.open_days

    def is_open_during(self, starts_at: dt.datetime, ends_at: dt.datetime) -> bool:
        """Whether the time from ``starts_at`` to ``ends_at`` (naive, local) lies within
        the opening hours of one opening day. A room without set hours is always open."""
        if self.opens_at is None or self.closes_at is None:
            return True
        return (
            starts_at.date() == ends_at.date()
            and self.is_open_on(starts_at.date())
            and self.opens_at <= starts_at.time()
            and ends_at.time() <= self.closes_at
        )

    def to_draft(self) -> RoomDraft:
        return RoomDraft(
            name=self.name,
            symbol=self.symbol,
            capacity=self.capacity,
            equipment=self.equipment,
            accessible=self.accessible,
            opens_at=self.opens_at,
            closes_at=self.closes_at,
            open_days=self.open_days,
            colour=self.colour,
            is_active=self.is_active,
            notes=self.notes,
            part_ids=self.part_ids,
        )


@dataclass(frozen=True, slots=True)
class PeriodDraft:
    kind: PeriodKind
    name: str
    start: dt.date
    end: dt.date
    """The last day of the period (inclusive)."""


@dataclass(frozen=True, slots=True)
class PeriodView:
    id: int
    kind: PeriodKind
    name: str
    start: dt.date
    end: dt.date
    """The last day of the period (inclusive)."""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def to_draft(self) -> PeriodDraft:
        return PeriodDraft(kind=self.kind, name=self.name, start=self.start, end=self.end)


# --- opening days as text ------------------------------------------------------------------


def parse_open_days(text: str) -> tuple[int, ...]:
    """The stored form ("01234") as weekday numbers; unknown characters are ignored."""
    return tuple(sorted({int(char) for char in text if char in "0123456"}))


def format_open_days(days: Iterable[int]) -> str:
    """Weekday numbers in their stored form: (0, 1, 2, 3, 4) → "01234"."""
    return "".join(str(day) for day in sorted(set(days)))


def day_runs(days: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive weekdays as (first, last) runs: Mo–Fr and Su → [(0, 4), (6, 6)]."""
    runs: list[tuple[int, int]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][1] == day - 1:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


# --- validation ------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _has_control(text: str, *, multiline: bool = False) -> bool:
    allowed = "\n\t\r" if multiline else ""
    return any(unicodedata.category(char) == "Cc" and char not in allowed for char in text)


def clean_room_draft(draft: RoomDraft) -> RoomDraft:
    """Trimmed texts, equipment without empty lines and repeats, days sorted, colour in
    lower case, each linked room once."""
    equipment: dict[str, str] = {}
    for item in draft.equipment:
        cleaned = _clean(item)
        if cleaned:
            equipment.setdefault(cleaned.casefold(), cleaned)
    return RoomDraft(
        name=_clean(draft.name),
        symbol=_clean(draft.symbol),
        capacity=draft.capacity,
        equipment=tuple(equipment.values()),
        accessible=draft.accessible,
        opens_at=draft.opens_at,
        closes_at=draft.closes_at,
        open_days=tuple(sorted(set(draft.open_days))),
        colour=_clean(draft.colour).lower(),
        is_active=draft.is_active,
        notes=unicodedata.normalize("NFC", draft.notes).strip(),
        part_ids=tuple(dict.fromkeys(draft.part_ids)),
    )


def _text_problems(
    field: str, value: str, limit: int, *, required: bool = False, multiline: bool = False
) -> list[FieldInvalid]:
    if required and not value:
        return [FieldInvalid(field, "required")]
    if _has_control(value, multiline=multiline):
        return [FieldInvalid(field, "control_characters")]
    if len(value) > limit:
        return [FieldInvalid(field, "too_long", str(limit))]
    return []


def room_problems(
    draft: RoomDraft, others: Sequence[RoomView], *, room_id: int | None = None
) -> list[FieldInvalid]:
    """Everything wrong with a (cleaned) draft, in form order; empty when it may be saved.

    ``others`` are all other rooms (the room itself, ``room_id``, left out or not: it is
    skipped). Pure: the form and :func:`save_room` both use it.
    """
    others = [other for other in others if other.id != room_id]
    problems = _text_problems("name", draft.name, NAME_LENGTH, required=True)
    if not problems and any(o.name.casefold() == draft.name.casefold() for o in others):
        problems.append(FieldInvalid("name", "taken", draft.name))
    symbol = _text_problems("symbol", draft.symbol, SYMBOL_LENGTH, required=True)
    if not symbol and any(o.symbol.casefold() == draft.symbol.casefold() for o in others):
        symbol.append(FieldInvalid("symbol", "taken", draft.symbol))
    problems += symbol
    if draft.capacity is not None and not 1 <= draft.capacity <= CAPACITY_MAX:
        problems.append(FieldInvalid("capacity", "range", str(draft.capacity)))
    if len(draft.equipment) > EQUIPMENT_ITEMS:
        problems.append(FieldInvalid("equipment", "too_many", str(EQUIPMENT_ITEMS)))
    elif any(_has_control(item) for item in draft.equipment):
        problems.append(FieldInvalid("equipment", "control_characters"))
    elif any(len(item) > EQUIPMENT_ITEM_LENGTH for item in draft.equipment):
        problems.append(FieldInvalid("equipment", "item_too_long", str(EQUIPMENT_ITEM_LENGTH)))
    problems += _hours_problems(draft)
    if draft.colour and not _COLOUR.match(draft.colour):
        problems.append(FieldInvalid("colour", "format", draft.colour[:20]))
    problems += _link_problems(draft, others, room_id)
    problems += _text_problems("notes", draft.notes, NOTES_LENGTH, multiline=True)
    return problems


def _hours_problems(draft: RoomDraft) -> list[FieldInvalid]:
    problems: list[FieldInvalid] = []
    if any(not 0 <= day <= 6 for day in draft.open_days):
        problems.append(FieldInvalid("open_days", "format", format_open_days(draft.open_days)))
    if draft.opens_at is not None and draft.closes_at is None:
        problems.append(FieldInvalid("closes_at", "required"))
    elif draft.opens_at is None and draft.closes_at is not None:
        problems.append(FieldInvalid("opens_at", "required"))
    elif draft.opens_at is not None and draft.closes_at is not None:
        if draft.closes_at <= draft.opens_at:
            problems.append(
                FieldInvalid("closes_at", "not_after_opening", f"{draft.closes_at:%H:%M}")
            )
        if not draft.open_days:
            problems.append(FieldInvalid("open_days", "required"))
    return problems


def _link_problems(
    draft: RoomDraft, others: Sequence[RoomView], room_id: int | None
) -> list[FieldInvalid]:
    """One level of linked rooms: a hall has parts, a part has none of its own."""
    if room_id is not None and room_id in draft.part_ids:
        return [FieldInvalid("part_ids", "self", draft.name)]
    by_id = {other.id: other for other in others}
    problems: list[FieldInvalid] = []
    for part_id in draft.part_ids:
        part = by_id.get(part_id)
        if part is None:
            problems.append(FieldInvalid("part_ids", "unknown", str(part_id)))
        elif part.part_ids:
            problems.append(FieldInvalid("part_ids", "part_has_parts", part.name))
    if draft.part_ids and room_id is not None:
        wholes = [o for o in others if room_id in o.part_ids]
        if wholes:
            problems.append(FieldInvalid("part_ids", "is_part", wholes[0].name))
    return problems[:1]


# --- rooms -----------------------------------------------------------------------------------


def _room_view(room: Room) -> RoomView:
    return RoomView(
        id=room.id,
        name=room.name,
        symbol=room.symbol,
        capacity=room.capacity,
        equipment=tuple(line for line in room.equipment.splitlines() if line.strip()),
        accessible=room.accessible,
        opens_at=room.opens_at,
        closes_at=room.closes_at,
        open_days=parse_open_days(room.open_days),
        colour=room.colour,
        position=room.position,
        is_active=room.is_active,
        notes=room.notes,
        part_ids=tuple(part.id for part in _ordered(room.parts)),
        whole_ids=tuple(whole.id for whole in _ordered(room.wholes)),
        version=room.version,
    )


def _ordered(rooms: Iterable[Room]) -> list[Room]:
    return sorted(rooms, key=lambda room: (room.position, room.name.casefold(), room.id))


def _all_rooms(session: Session) -> list[Room]:
    query = select(Room).options(selectinload(Room.parts), selectinload(Room.wholes))
    return _ordered(session.scalars(query))


def _load_room(session: Session, room_id: int) -> Room:
    room = session.get(Room, room_id)
    if room is None:
        raise NotFound("room", str(room_id))
    return room


@service(Permission.BOOKINGS_READ)
def list_rooms(session: Session, actor: Actor, *, include_inactive: bool = False) -> list[RoomView]:
    """The rooms in the order of the settings (position, then name); only the active ones
    unless ``include_inactive``."""
    return [_room_view(room) for room in _all_rooms(session) if include_inactive or room.is_active]


@service(Permission.BOOKINGS_READ)
def get_room(session: Session, actor: Actor, room_id: int) -> RoomView:
    return _room_view(_load_room(session, room_id))


def _default_colour(others: Sequence[RoomView]) -> str:
    taken = {other.colour.lower() for other in others}
    free = [colour for colour in PALETTE if colour not in taken]
    return free[0] if free else PALETTE[len(others) % len(PALETTE)]


@service(Permission.SETTINGS_WRITE)
def save_room(
    session: Session,
    actor: Actor,
    draft: RoomDraft,
    *,
    room_id: int | None = None,
    expected_version: int = 0,
) -> RoomView:
    """Add a room (``room_id=None``) or change one loaded at ``expected_version`` (0:
    unchecked). Raises the first :class:`FieldInvalid` of :func:`room_problems`, and
    :class:`ConcurrentEdit` when someone else saved the room since; nothing is saved."""
    rooms = _all_rooms(session)
    by_id = {room.id: room for room in rooms}
    if room_id is not None:
        if room_id not in by_id:
            raise NotFound("room", str(room_id))
        if expected_version:
            check_version(by_id[room_id], expected_version, entity="room")
    others = [_room_view(room) for room in rooms if room.id != room_id]
    cleaned = clean_room_draft(draft)
    problems = room_problems(cleaned, others, room_id=room_id)
    if problems:
        raise problems[0]
    if room_id is None:
        if not cleaned.colour:
            cleaned = replace(cleaned, colour=_default_colour(others))
        room = Room(position=max((r.position for r in rooms), default=-1) + 1)
        session.add(room)
    else:
        room = by_id[room_id]
    room.name = cleaned.name
    room.symbol = cleaned.symbol
    room.capacity = cleaned.capacity
    room.equipment = "\n".join(cleaned.equipment)
    room.accessible = cleaned.accessible
    room.opens_at = cleaned.opens_at
    room.closes_at = cleaned.closes_at
    room.open_days = format_open_days(cleaned.open_days)
    room.colour = cleaned.colour
    room.is_active = cleaned.is_active
    room.notes = cleaned.notes
    parts = [by_id[part_id] for part_id in cleaned.part_ids]
    if {part.id for part in room.parts} != set(cleaned.part_ids):
        room.parts = parts
        if room_id is not None:
            room.updated_at = utcnow()  # the links are rows of their own: raise the version
    session.flush()
    return _room_view(room)


@service(Permission.SETTINGS_WRITE)
def set_room_active(
    session: Session, actor: Actor, room_id: int, active: bool, *, expected_version: int = 0
) -> RoomView:
    """Deactivate a room (hidden from new bookings, kept in old ones) or activate it again."""
    room = _load_room(session, room_id)
    if expected_version:
        check_version(room, expected_version, entity="room")
    if room.is_active != active:
        room.is_active = active
        session.flush()
    return _room_view(room)


@service(Permission.SETTINGS_WRITE)
def move_room(session: Session, actor: Actor, room_id: int, step: int) -> list[RoomView]:
    """Move a room ``step`` places up (negative) or down in the order of the settings,
    the calendar and the weekly plan; returns all rooms, inactive ones included."""
    rooms = _all_rooms(session)
    index = next((i for i, room in enumerate(rooms) if room.id == room_id), None)
    if index is None:
        raise NotFound("room", str(room_id))
    target = max(0, min(len(rooms) - 1, index + step))
    rooms.insert(target, rooms.pop(index))
    for position, room in enumerate(rooms):
        if room.position != position:
            room.position = position
    session.flush()
    return [_room_view(room) for room in rooms]


def room_usage(session: Session, room_id: int) -> tuple[int, int]:
    """How many one-off bookings and how many booking series use the room."""
    bookings = session.scalar(
        select(func.count(Booking.id)).where(Booking.rooms.any(Room.id == room_id))
    )
    series = session.scalar(
        select(func.count(BookingSeries.id)).where(BookingSeries.rooms.any(Room.id == room_id))
    )
    return bookings or 0, series or 0


@service(Permission.SETTINGS_WRITE)
def delete_room(
    session: Session, actor: Actor, room_id: int, *, now: dt.datetime | None = None
) -> TrashEntryView:
    """Move a room that no booking uses to the bin (restorable for 30 days), with its
    links to other rooms and groups. Raises :class:`RoomInUse` (nothing changed) while
    bookings or series use it: deactivate it instead."""
    room = _load_room(session, room_id)
    bookings, series = room_usage(session, room_id)
    if bookings or series:
        raise RoomInUse(room_id, room.name, bookings, series)
    return move_to_trash(session, actor, room, summary=room.name, now=now)


# --- school holidays and closures ----------------------------------------------------------


def clean_period_draft(draft: PeriodDraft) -> PeriodDraft:
    return PeriodDraft(
        kind=PeriodKind(draft.kind), name=_clean(draft.name), start=draft.start, end=draft.end
    )


def period_problems(
    draft: PeriodDraft, others: Sequence[PeriodView], *, period_id: int | None = None
) -> list[FieldInvalid]:
    """Everything wrong with a (cleaned) period, in form order; ``others`` are the periods
    already there (``period_id``, the one being changed, is skipped)."""
    problems = _text_problems("name", draft.name, NAME_LENGTH, required=True)
    if draft.end < draft.start:
        problems.append(FieldInvalid("end_date", "before_start", draft.end.isoformat()))
    elif (draft.end - draft.start).days + 1 > PERIOD_DAYS_MAX:
        problems.append(FieldInvalid("end_date", "period_too_long", str(PERIOD_DAYS_MAX)))
    if not problems and any(
        other.id != period_id
        and other.kind == draft.kind
        and other.start == draft.start
        and other.name.casefold() == draft.name.casefold()
        for other in others
    ):
        problems.append(FieldInvalid("name", "period_taken", draft.name))
    return problems


def _period_view(period: HolidayPeriod) -> PeriodView:
    return PeriodView(
        id=period.id,
        kind=period.kind,
        name=period.name,
        start=period.start_date,
        end=period.end_date,
    )


@service(Permission.BOOKINGS_READ)
def list_periods(
    session: Session,
    actor: Actor,
    *,
    kind: PeriodKind | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[PeriodView]:
    """School holidays and closures by date; of one ``kind`` if given, and only those
    touching the days from ``start`` to ``end`` (inclusive) if given."""
    query = select(HolidayPeriod).order_by(
        HolidayPeriod.start_date, HolidayPeriod.kind, HolidayPeriod.name, HolidayPeriod.id
    )
    if kind is not None:
        query = query.where(HolidayPeriod.kind == kind)
    if start is not None:
        query = query.where(HolidayPeriod.end_date >= start)
    if end is not None:
        query = query.where(HolidayPeriod.start_date <= end)
    return [_period_view(period) for period in session.scalars(query)]


def _all_periods(session: Session) -> list[PeriodView]:
    return [_period_view(period) for period in session.scalars(select(HolidayPeriod))]


@service(Permission.SETTINGS_WRITE)
def save_period(
    session: Session, actor: Actor, draft: PeriodDraft, *, period_id: int | None = None
) -> PeriodView:
    """Add a period (``period_id=None``) or change one. Raises the first
    :class:`FieldInvalid` of :func:`period_problems`; nothing is saved."""
    period = None
    if period_id is not None:
        period = session.get(HolidayPeriod, period_id)
        if period is None:
            raise NotFound("holiday_period", str(period_id))
    cleaned = clean_period_draft(draft)
    problems = period_problems(cleaned, _all_periods(session), period_id=period_id)
    if problems:
        raise problems[0]
    if period is None:
        period = HolidayPeriod()
        session.add(period)
    period.kind = cleaned.kind
    period.name = cleaned.name
    period.start_date = cleaned.start
    period.end_date = cleaned.end
    session.flush()
    return _period_view(period)


@service(Permission.SETTINGS_WRITE)
def delete_period(
    session: Session, actor: Actor, period_id: int, *, now: dt.datetime | None = None
) -> TrashEntryView:
    """Move a period to the bin (restorable for 30 days)."""
    period = session.get(HolidayPeriod, period_id)
    if period is None:
        raise NotFound("holiday_period", str(period_id))
    return move_to_trash(session, actor, period, summary=period.name, now=now)


def school_holidays_file() -> Path:
    return paths.resources_dir() / "holidays" / "school_holidays_bw.toml"


def known_school_holidays(path: Path | None = None) -> list[PeriodDraft]:
    """The school holidays in the shipped file (or ``path``), checked entry by entry.
    Raises :class:`HolidayFileInvalid` naming the first broken entry."""
    path = path or school_holidays_file()
    shown = str(path)
    try:
        with path.open("rb") as handle:
            content = tomllib.load(handle)
    except FileNotFoundError as error:
        raise HolidayFileInvalid(shown, "missing") from error
    except OSError as error:
        raise HolidayFileInvalid(shown, "unreadable", detail=str(error)) from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise HolidayFileInvalid(shown, "syntax", detail=str(error)) from error
    entries = content.get("period")
    if not isinstance(entries, list) or not entries:
        raise HolidayFileInvalid(shown, "no_periods")
    drafts: list[PeriodDraft] = []
    seen: set[tuple[str, dt.date]] = set()
    for number, entry in enumerate(entries, start=1):
        draft = _known_period(shown, number, entry)
        key = (draft.name.casefold(), draft.start)
        if key in seen:
            raise HolidayFileInvalid(shown, "duplicate", number, draft.name)
        seen.add(key)
        drafts.append(draft)
    return drafts


def _known_period(path: str, number: int, entry: Any) -> PeriodDraft:
    if not isinstance(entry, dict):
        raise HolidayFileInvalid(path, "name", number)
    name = entry.get("name")
    if not isinstance(name, str) or not _clean(name) or len(_clean(name)) > NAME_LENGTH:
        raise HolidayFileInvalid(path, "name", number)
    name = _clean(name)
    start, end = entry.get("start"), entry.get("end")
    # TOML has dates and date-times; a datetime is a date to isinstance, so refuse it first.
    if isinstance(start, dt.datetime) or not isinstance(start, dt.date):
        raise HolidayFileInvalid(path, "start", number, name, str(start))
    if isinstance(end, dt.datetime) or not isinstance(end, dt.date):
        raise HolidayFileInvalid(path, "end", number, name, str(end))
    if end < start:
        raise HolidayFileInvalid(path, "order", number, name)
    if (end - start).days + 1 > PERIOD_DAYS_MAX:
        raise HolidayFileInvalid(path, "too_long", number, name, str(PERIOD_DAYS_MAX))
    return PeriodDraft(PeriodKind.SCHOOL_HOLIDAY, name, start, end)


@service(Permission.SETTINGS_WRITE)
def add_known_school_holidays(session: Session, actor: Actor, *, path: Path | None = None) -> int:
    """Add the shipped Baden-Württemberg school holidays that are not there yet (same
    kind, name and first day); returns how many were added. The dates must be checked
    against the Kultusministerium's list. Raises :class:`HolidayFileInvalid` for a broken
    file, adding nothing."""
    known = known_school_holidays(path)
    there = {
        (period.name.casefold(), period.start)
        for period in _all_periods(session)
        if period.kind is PeriodKind.SCHOOL_HOLIDAY
    }
    added = 0
    for draft in known:
        if (draft.name.casefold(), draft.start) in there:
            continue
        session.add(
            HolidayPeriod(
                kind=draft.kind, name=draft.name, start_date=draft.start, end_date=draft.end
            )
        )
        there.add((draft.name.casefold(), draft.start))
        added += 1
    session.flush()
    return added
