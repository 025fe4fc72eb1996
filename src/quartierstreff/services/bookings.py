"""Bookings: who uses which room when — one-off bookings and recurring series.

A series is stored once, as a rule (``services.recurrence``) plus one exception per date
that was cancelled or changed; its dates are computed, never copied into rows. A changed
date is a :class:`Booking` that *replaces* the series' date (``SeriesException.replacement``).

Editing and cancelling work on one date, on a date and all following, or on the whole
series (:class:`Scope`). Every exception survives every such edit: changing the whole
series keeps the dates cancelled and moved before; splitting a series hands the
exceptions from the split date on to the new part.

Conflicts: rooms are reduced to *atoms* — a room with parts (the whole hall) is its
parts, a room without parts is itself — and two bookings collide when their times
overlap and their atoms meet. So booking the whole hall blocks both halves, and each
half blocks the whole hall, while the two halves do not block each other.

The check holds when two programs book at the same moment: on SQLite a writing unit of
work holds the database's write lock from its start (``db.engine``); on PostgreSQL the
check first locks the rows of every room it could collide in (``SELECT … FOR UPDATE``,
in id order), so of two bookings that could collide the second waits for the first to
commit and then sees it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, selectinload

from quartierstreff.db.models import (
    Booking,
    BookingSeries,
    Group,
    Person,
    Room,
    SeriesException,
    booking_rooms,
    room_parts,
    series_rooms,
)
from quartierstreff.services.calendar_days import DayCalendar, load_day_calendar
from quartierstreff.services.concurrency import check_version
from quartierstreff.services.errors import (
    BookingConflict,
    ConcurrentEdit,
    FieldInvalid,
    NotFound,
)
from quartierstreff.services.recurrence import (
    Recurrence,
    last_allowed_date,
    last_rule_date,
    parse_rule_text,
    recurrence_problems,
    rule_dates,
    rule_text,
)
from quartierstreff.services.rooms import parse_open_days
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.trash import TrashEntryView, check_on_restore, move_to_trash

TITLE_LENGTH = 200
NOTES_LENGTH = 20_000
MAX_PEOPLE = 10_000
MAX_AMOUNT = Decimal("1000000")
CONFLICT_REASON = "Raum belegt: {title}"
"""The reason stored with a date a series skipped because its room was taken."""


# --- views -------------------------------------------------------------------


class Scope(enum.StrEnum):
    """Which dates of a series an edit or a cancellation changes."""

    ONE = "one"
    FOLLOWING = "following"
    SERIES = "series"


@dataclass(frozen=True, slots=True, order=True)
class OccurrenceKey:
    """Names one date in the calendar.

    A one-off booking: ``booking_id`` only. A date of a series: ``series_id`` and
    ``occurrence_date`` (the series' date, even if it was moved), plus ``booking_id``
    when the date was changed (the replacement booking).
    """

    series_id: int | None = None
    booking_id: int | None = None
    occurrence_date: dt.date | None = None

    @property
    def is_series(self) -> bool:
        return self.series_id is not None


@dataclass(frozen=True, slots=True)
class RoomRef:
    id: int
    name: str
    symbol: str
    colour: str
    position: int


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One booked stretch of time in the calendar."""

    key: OccurrenceKey
    starts_at: dt.datetime
    ends_at: dt.datetime
    title: str
    rooms: tuple[RoomRef, ...]
    group_id: int | None = None
    group_name: str = ""
    contact_name: str = ""
    responsible_name: str = ""
    is_public: bool = True
    expected_people: int | None = None
    notes: str = ""
    is_private_hire: bool = False
    is_changed: bool = False
    """A date of a series that was changed on its own (moved, other room, …)."""

    @property
    def day(self) -> dt.date:
        return self.starts_at.date()

    @property
    def room_names(self) -> str:
        return ", ".join(room.name for room in self.rooms)

    @property
    def room_symbols(self) -> str:
        return ", ".join(room.symbol for room in self.rooms)

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600


@dataclass(frozen=True, slots=True)
class BookingDraft:
    """What the booking dialog, the CLI and the iCalendar import send to be stored.

    For a series, ``day`` is its first date and ``recurrence`` its rule. Fee, deposit
    and key dates are for private hire, which is always a one-off booking.
    """

    title: str
    room_ids: tuple[int, ...]
    day: dt.date
    start_time: dt.time
    end_time: dt.time
    group_id: int | None = None
    contact_person_id: int | None = None
    responsible_person_id: int | None = None
    is_public: bool = True
    expected_people: int | None = None
    notes: str = ""
    fee: Decimal | None = None
    deposit: Decimal | None = None
    key_handed_out_on: dt.date | None = None
    key_returned_on: dt.date | None = None
    recurrence: Recurrence | None = None
    skip_public_holidays: bool = True
    skip_school_holidays: bool = False

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.start_time)

    @property
    def ends_at(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.end_time)


@dataclass(frozen=True, slots=True)
class ExceptionView:
    occurrence_date: dt.date
    reason: str
    moved_to: dt.datetime | None
    """When the date was changed rather than cancelled: its new start."""


@dataclass(frozen=True, slots=True)
class BookingDetail:
    """A booking or a date of a series, as the dialog edits it."""

    key: OccurrenceKey
    draft: BookingDraft
    """The values of this date. For a series date ``recurrence`` is the series' rule."""
    series_first_date: dt.date | None = None
    series_draft: BookingDraft | None = None
    """The series as a whole (``day`` = its first date), for editing the whole series."""
    series_version: int = 0
    booking_version: int = 0
    rule_editable: bool = True
    """False for a rule an imported calendar brought that the dialog cannot show."""
    rule_text: str = ""
    exceptions: tuple[ExceptionView, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    day: dt.date
    other: Occurrence
    room_name: str
    """A room where the two meet (for a whole hall and its part: the part's name)."""


@dataclass(frozen=True, slots=True)
class SkippedDate:
    day: dt.date
    reason: str
    """The holiday's or closure's name."""


class WarningKind(enum.StrEnum):
    CAPACITY = "capacity"  # value: capacity of the room
    OPENING_HOURS = "opening_hours"  # value: "HH:MM-HH:MM"
    CLOSED_DAY = "closed_day"  # a public holiday or closure (one-off bookings only)
    CLOSED_WEEKDAY = "closed_weekday"  # the room is not open on this weekday; value: "0".."6"


@dataclass(frozen=True, slots=True)
class BookingWarning:
    kind: WarningKind
    room_name: str = ""
    value: str = ""
    day: dt.date | None = None


@dataclass(frozen=True, slots=True)
class BookingCheck:
    """What storing a draft would give: the dates, the dates skipped for holidays, the
    dates that collide with other bookings, and warnings that do not refuse anything."""

    dates: tuple[dt.date, ...]
    skipped: tuple[SkippedDate, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    warnings: tuple[BookingWarning, ...] = ()

    @property
    def conflict_dates(self) -> frozenset[dt.date]:
        return frozenset(conflict.day for conflict in self.conflicts)

    @property
    def bookable_dates(self) -> tuple[dt.date, ...]:
        blocked = self.conflict_dates
        return tuple(day for day in self.dates if day not in blocked)


# --- validation ----------------------------------------------------------------


def booking_problems(draft: BookingDraft) -> list[FieldInvalid]:
    """Every problem of a draft that needs no database (empty when it is fine)."""
    problems: list[FieldInvalid] = []
    title = draft.title.strip()
    if not title:
        problems.append(FieldInvalid("title", "required"))
    elif len(title) > TITLE_LENGTH:
        problems.append(FieldInvalid("title", "too_long", str(TITLE_LENGTH)))
    elif any(ord(char) < 32 for char in title):
        problems.append(FieldInvalid("title", "control_characters"))
    if not draft.room_ids:
        problems.append(FieldInvalid("rooms", "required"))
    if draft.end_time == draft.start_time:
        problems.append(FieldInvalid("end_time", "zero_length"))
    elif draft.end_time < draft.start_time:
        problems.append(FieldInvalid("end_time", "before_start"))
    if draft.expected_people is not None and not 0 <= draft.expected_people <= MAX_PEOPLE:
        problems.append(FieldInvalid("expected_people", "out_of_range", str(MAX_PEOPLE)))
    if len(draft.notes) > NOTES_LENGTH:
        problems.append(FieldInvalid("notes", "too_long", str(NOTES_LENGTH)))
    for name, amount in (("fee", draft.fee), ("deposit", draft.deposit)):
        if amount is None:
            continue
        if amount < 0:
            problems.append(FieldInvalid(name, "negative"))
        elif amount > MAX_AMOUNT or amount != amount.quantize(Decimal("0.01")):
            problems.append(FieldInvalid(name, "out_of_range", str(MAX_AMOUNT)))
        elif draft.recurrence is not None:
            problems.append(FieldInvalid(name, "not_for_series"))
    if (
        draft.key_handed_out_on is not None
        and draft.key_returned_on is not None
        and draft.key_returned_on < draft.key_handed_out_on
    ):
        problems.append(FieldInvalid("key_returned_on", "before_start"))
    if draft.recurrence is not None:
        problems.extend(recurrence_problems(draft.recurrence, draft.day))
    return problems


def _raise_problems(draft: BookingDraft) -> None:
    problems = booking_problems(draft)
    if problems:
        raise problems[0]


# --- rooms as atoms -------------------------------------------------------------


@dataclass(frozen=True)
class _RoomMap:
    rooms: dict[int, Room]
    atoms: dict[int, frozenset[int]]

    @classmethod
    def load(cls, session: Session) -> _RoomMap:
        rooms = {room.id: room for room in session.scalars(select(Room))}
        parts: defaultdict[int, set[int]] = defaultdict(set)
        for whole_id, part_id in session.execute(select(room_parts)):
            parts[whole_id].add(part_id)

        def atoms_of(room_id: int, seen: frozenset[int] = frozenset()) -> frozenset[int]:
            children = parts.get(room_id, set()) - seen - {room_id}
            if not children:
                return frozenset({room_id})
            return frozenset().union(*(atoms_of(c, seen | {room_id}) for c in children))

        return cls(rooms, {room_id: atoms_of(room_id) for room_id in rooms})

    def atoms_of(self, room_ids: Iterable[int]) -> frozenset[int]:
        return frozenset().union(*(self.atoms.get(room_id, frozenset()) for room_id in room_ids))

    def colliding_rooms(self, room_ids: Iterable[int]) -> set[int]:
        """Every room a booking in ``room_ids`` could collide with (themselves included)."""
        wanted = self.atoms_of(room_ids)
        return {room_id for room_id, atoms in self.atoms.items() if atoms & wanted}

    def ref(self, room: Room) -> RoomRef:
        return RoomRef(room.id, room.name, room.symbol, room.colour, room.position)

    def shared_room_name(self, mine: Iterable[int], theirs: Iterable[int]) -> str:
        shared = self.atoms_of(mine) & self.atoms_of(theirs)
        names = sorted(self.rooms[atom].name for atom in shared if atom in self.rooms)
        return names[0] if names else ""


# --- expanding the calendar --------------------------------------------------------


@dataclass(frozen=True)
class _Excluded:
    """Dates left out of a conflict check: the record being edited."""

    booking_ids: frozenset[int] = frozenset()
    series_id: int | None = None
    series_from: dt.date | None = None
    """Only the series' dates on or after this date (None: every date)."""
    series_only: dt.date | None = None
    """Only this date of the series."""

    def drops_series_date(self, series_id: int, day: dt.date) -> bool:
        if series_id != self.series_id:
            return False
        if self.series_only is not None:
            return day == self.series_only
        return self.series_from is None or day >= self.series_from


_NOTHING_EXCLUDED = _Excluded()


@dataclass(slots=True)
class _Slot:
    occurrence: Occurrence
    room_ids: frozenset[int]


def _person_name(person: Person | None) -> str:
    return person.full_name if person is not None else ""


def _rooms_of(rooms: Sequence[Room], room_map: _RoomMap) -> tuple[RoomRef, ...]:
    return tuple(sorted((room_map.ref(room) for room in rooms), key=lambda r: (r.position, r.name)))


def _booking_occurrence(
    booking: Booking, room_map: _RoomMap, original: dt.date | None
) -> Occurrence:
    key = OccurrenceKey(booking.series_id, booking.id, original if booking.series_id else None)
    return Occurrence(
        key=key,
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        title=booking.title,
        rooms=_rooms_of(booking.rooms, room_map),
        group_id=booking.group_id,
        group_name=booking.group.name if booking.group is not None else "",
        contact_name=_person_name(booking.contact_person),
        responsible_name=_person_name(booking.responsible_person),
        is_public=booking.is_public,
        expected_people=booking.expected_people,
        notes=booking.notes,
        is_private_hire=booking.fee is not None or booking.deposit is not None,
        is_changed=booking.series_id is not None,
    )


def _series_occurrence(series: BookingSeries, day: dt.date, room_map: _RoomMap) -> Occurrence:
    return Occurrence(
        key=OccurrenceKey(series.id, None, day),
        starts_at=dt.datetime.combine(day, series.start_time),
        ends_at=dt.datetime.combine(day, series.end_time),
        title=series.title,
        rooms=_rooms_of(series.rooms, room_map),
        group_id=series.group_id,
        group_name=series.group.name if series.group is not None else "",
        contact_name=_person_name(series.contact_person),
        responsible_name=_person_name(series.responsible_person),
        is_public=series.is_public,
        expected_people=series.expected_people,
        notes=series.notes,
    )


def series_dates(
    series: BookingSeries, calendar: DayCalendar, start: dt.date, end: dt.date
) -> tuple[list[dt.date], list[SkippedDate]]:
    """The dates ``series`` takes place in ``start`` … ``end`` (exclusive), and the rule's
    dates it skips for holidays and closures. Dates with an exception are in neither."""
    taken_out = {exception.occurrence_date for exception in series.exceptions}
    rule_end = min(end, last_allowed_date(series.first_date) + dt.timedelta(days=1))
    days = rule_dates(
        series.rrule,
        series.first_date,
        until=series.until_date,
        count=series.occurrence_count,
        start=start,
        end=rule_end,
    )
    return _sort_out(
        [day for day in days if day not in taken_out],
        calendar,
        public_holidays=series.skip_public_holidays,
        school_holidays=series.skip_school_holidays,
    )


def _sort_out(
    days: Iterable[dt.date], calendar: DayCalendar, *, public_holidays: bool, school_holidays: bool
) -> tuple[list[dt.date], list[SkippedDate]]:
    """``days`` split into those a series with these options takes place on and those it
    skips (with the holiday's or closure's name)."""
    dates: list[dt.date] = []
    skipped: list[SkippedDate] = []
    for day in days:
        reason = calendar.skips(
            day, public_holidays=public_holidays, school_holidays=school_holidays
        )
        if reason:
            skipped.append(SkippedDate(day, reason))
        else:
            dates.append(day)
    return dates, skipped


def _expand(
    session: Session,
    start: dt.date,
    end: dt.date,
    room_map: _RoomMap,
    calendar: DayCalendar,
    *,
    room_ids: Collection[int] | None = None,
    group_id: int | None = None,
    excluded: _Excluded = _NOTHING_EXCLUDED,
) -> list[_Slot]:
    """Every booked stretch from ``start`` to ``end`` (exclusive), sorted by time."""
    begin = dt.datetime.combine(start, dt.time())
    finish = dt.datetime.combine(end, dt.time())
    booking_query = (
        select(Booking)
        .where(Booking.starts_at < finish, Booking.ends_at > begin)
        .options(
            selectinload(Booking.rooms),
            selectinload(Booking.group),
            selectinload(Booking.contact_person),
            selectinload(Booking.responsible_person),
        )
    )
    series_query = (
        select(BookingSeries)
        .where(
            BookingSeries.first_date < end,
            or_(BookingSeries.until_date.is_(None), BookingSeries.until_date >= start),
        )
        .options(
            selectinload(BookingSeries.rooms),
            selectinload(BookingSeries.exceptions),
            selectinload(BookingSeries.group),
            selectinload(BookingSeries.contact_person),
            selectinload(BookingSeries.responsible_person),
        )
    )
    if room_ids is not None:
        booking_query = booking_query.where(
            exists().where(
                booking_rooms.c.booking_id == Booking.id,
                booking_rooms.c.room_id.in_(list(room_ids)),
            )
        )
        series_query = series_query.where(
            exists().where(
                series_rooms.c.series_id == BookingSeries.id,
                series_rooms.c.room_id.in_(list(room_ids)),
            )
        )
    if group_id is not None:
        booking_query = booking_query.where(Booking.group_id == group_id)
        series_query = series_query.where(BookingSeries.group_id == group_id)

    slots: list[_Slot] = []
    replaced: dict[int, dt.date] = {}
    for series in session.scalars(series_query):
        for exception in series.exceptions:
            if exception.replacement_id is not None:
                replaced[exception.replacement_id] = exception.occurrence_date
        dates, _skipped = series_dates(series, calendar, start, end)
        series_room_ids = frozenset(room.id for room in series.rooms)
        for day in dates:
            if excluded.drops_series_date(series.id, day):
                continue
            slots.append(_Slot(_series_occurrence(series, day, room_map), series_room_ids))
    bookings = [b for b in session.scalars(booking_query) if b.id not in excluded.booking_ids]
    unknown = [b.id for b in bookings if b.series_id is not None and b.id not in replaced]
    if unknown:  # changed dates moved here from outside the window
        query = select(SeriesException.replacement_id, SeriesException.occurrence_date).where(
            SeriesException.replacement_id.in_(unknown)
        )
        replaced.update({int(b_id): day for b_id, day in session.execute(query) if b_id})
    for booking in bookings:
        original = replaced.get(booking.id)
        if (
            booking.series_id is not None
            and original is not None
            and excluded.drops_series_date(booking.series_id, original)
        ):
            continue
        occurrence = _booking_occurrence(booking, room_map, original)
        slots.append(_Slot(occurrence, frozenset(room.id for room in booking.rooms)))
    slots.sort(
        key=lambda slot: (
            slot.occurrence.starts_at,
            min((room.position for room in slot.occurrence.rooms), default=0),
            slot.occurrence.title,
        )
    )
    return slots


# --- reading -----------------------------------------------------------------------


@service(Permission.BOOKINGS_READ)
def occurrences(
    session: Session,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    *,
    room_ids: Collection[int] | None = None,
    group_id: int | None = None,
) -> list[Occurrence]:
    """Everything booked from ``start`` to ``end`` (exclusive), sorted by start time and
    room. ``room_ids`` limits to bookings in one of these rooms (linked rooms are not
    added: ask for the hall and its parts to see both)."""
    if end <= start:
        return []
    room_map = _RoomMap.load(session)
    calendar = load_day_calendar(session, start, end)
    slots = _expand(session, start, end, room_map, calendar, room_ids=room_ids, group_id=group_id)
    return [slot.occurrence for slot in slots]


@service(Permission.BOOKINGS_READ)
def get_booking(session: Session, actor: Actor, key: OccurrenceKey) -> BookingDetail:
    """A booking or one date of a series, for the dialog. Raises :class:`NotFound`."""
    if key.series_id is None:
        booking = _booking(session, key.booking_id)
        return BookingDetail(
            key=key, draft=_draft_of_booking(booking), booking_version=booking.version
        )
    series = _series(session, key.series_id)
    series_draft = _draft_of_series(series)
    editable = True
    try:
        parse_rule_text(series.rrule, until=None, count=None)
    except FieldInvalid:
        editable = False
    exceptions = tuple(
        ExceptionView(
            exception.occurrence_date,
            exception.reason,
            exception.replacement.starts_at if exception.replacement is not None else None,
        )
        for exception in series.exceptions
    )
    day = key.occurrence_date or series.first_date
    if key.booking_id is not None:
        booking = _booking(session, key.booking_id)
        draft = replace(_draft_of_booking(booking), recurrence=series_draft.recurrence)
        version = booking.version
    else:
        draft = replace(series_draft, day=day)
        version = 0
    return BookingDetail(
        key=key,
        draft=draft,
        series_first_date=series.first_date,
        series_draft=series_draft,
        series_version=series.version,
        booking_version=version,
        rule_editable=editable,
        rule_text=series.rrule,
        exceptions=exceptions,
    )


def _booking(session: Session, booking_id: int | None) -> Booking:
    booking = session.get(Booking, booking_id) if booking_id is not None else None
    if booking is None:
        raise NotFound("booking", str(booking_id))
    return booking


def _series(session: Session, series_id: int | None) -> BookingSeries:
    series = session.get(BookingSeries, series_id) if series_id is not None else None
    if series is None:
        raise NotFound("booking_series", str(series_id))
    return series


def _draft_of_booking(booking: Booking) -> BookingDraft:
    return BookingDraft(
        title=booking.title,
        room_ids=tuple(room.id for room in booking.rooms),
        day=booking.starts_at.date(),
        start_time=booking.starts_at.time(),
        end_time=booking.ends_at.time(),
        group_id=booking.group_id,
        contact_person_id=booking.contact_person_id,
        responsible_person_id=booking.responsible_person_id,
        is_public=booking.is_public,
        expected_people=booking.expected_people,
        notes=booking.notes,
        fee=booking.fee,
        deposit=booking.deposit,
        key_handed_out_on=booking.key_handed_out_on,
        key_returned_on=booking.key_returned_on,
    )


def _draft_of_series(series: BookingSeries) -> BookingDraft:
    try:
        recurrence: Recurrence | None = parse_rule_text(
            series.rrule,
            until=None if series.occurrence_count is not None else series.until_date,
            count=series.occurrence_count,
        )
    except FieldInvalid:
        recurrence = Recurrence(until=series.until_date, count=series.occurrence_count)
    return BookingDraft(
        title=series.title,
        room_ids=tuple(room.id for room in series.rooms),
        day=series.first_date,
        start_time=series.start_time,
        end_time=series.end_time,
        group_id=series.group_id,
        contact_person_id=series.contact_person_id,
        responsible_person_id=series.responsible_person_id,
        is_public=series.is_public,
        expected_people=series.expected_people,
        notes=series.notes,
        recurrence=recurrence,
        skip_public_holidays=series.skip_public_holidays,
        skip_school_holidays=series.skip_school_holidays,
    )


# --- checking ------------------------------------------------------------------------


def _draft_dates(
    draft: BookingDraft, calendar: DayCalendar
) -> tuple[list[dt.date], list[SkippedDate]]:
    """The dates a draft takes place on, and (for a series) the ones it skips."""
    if draft.recurrence is None:
        return [draft.day], []
    rec = draft.recurrence
    end = last_allowed_date(draft.day) + dt.timedelta(days=1)
    days = rule_dates(
        rule_text(rec, draft.day), draft.day, until=rec.until, count=rec.count, end=end
    )
    return _sort_out(
        days,
        calendar,
        public_holidays=draft.skip_public_holidays,
        school_holidays=draft.skip_school_holidays,
    )


def _check(
    session: Session,
    draft: BookingDraft,
    excluded: _Excluded,
    *,
    lock: bool,
    taken_out: Collection[dt.date] = (),
    not_before: dt.date | None = None,
) -> BookingCheck:
    """The check behind :func:`check_booking` and every write. ``lock`` takes the room
    rows' locks first (PostgreSQL) so that no other booking can slip in until commit.

    ``taken_out`` are dates the series being edited has cancelled or changed: they are
    neither booked nor checked. Dates before ``not_before`` (today) are history: they
    are still the series' dates, but what else was booked then is no conflict now.
    """
    _raise_problems(draft)
    room_map = _RoomMap.load(session)
    missing = [room_id for room_id in draft.room_ids if room_id not in room_map.rooms]
    if missing:
        raise NotFound("room", str(missing[0]))
    colliding = room_map.colliding_rooms(draft.room_ids)
    if lock:
        session.execute(
            select(Room.id)
            .where(Room.id.in_(sorted(colliding)))
            .order_by(Room.id)
            .with_for_update()
        ).all()
    horizon_end = last_allowed_date(draft.day) + dt.timedelta(days=1)
    calendar = load_day_calendar(session, draft.day, horizon_end)
    dates, skipped = _draft_dates(draft, calendar)
    if taken_out:
        gone = set(taken_out)
        dates = [day for day in dates if day not in gone]
        skipped = [skip for skip in skipped if skip.day not in gone]
    checked = [day for day in dates if not_before is None or day >= not_before]
    conflicts: list[Conflict] = []
    if checked:
        slots = _expand(
            session,
            checked[0],
            checked[-1] + dt.timedelta(days=1),
            room_map,
            calendar,
            room_ids=colliding,
            excluded=excluded,
        )
        by_day: defaultdict[dt.date, list[_Slot]] = defaultdict(list)
        for slot in slots:
            by_day[slot.occurrence.day].append(slot)
        mine = room_map.atoms_of(draft.room_ids)
        for day in checked:
            start = dt.datetime.combine(day, draft.start_time)
            finish = dt.datetime.combine(day, draft.end_time)
            for slot in by_day.get(day, ()):
                other = slot.occurrence
                overlaps = other.starts_at < finish and start < other.ends_at
                if overlaps and room_map.atoms_of(slot.room_ids) & mine:
                    name = room_map.shared_room_name(draft.room_ids, slot.room_ids)
                    conflicts.append(Conflict(day, other, name))
    warnings = _warnings(draft, dates, room_map, calendar)
    return BookingCheck(tuple(dates), tuple(skipped), tuple(conflicts), tuple(warnings))


def _warnings(
    draft: BookingDraft, dates: Sequence[dt.date], room_map: _RoomMap, calendar: DayCalendar
) -> list[BookingWarning]:
    warnings: list[BookingWarning] = []
    rooms = [room_map.rooms[room_id] for room_id in draft.room_ids]
    capacity = sum(room.capacity or 0 for room in rooms)
    if (
        draft.expected_people is not None
        and all(room.capacity is not None for room in rooms)
        and draft.expected_people > capacity
    ):
        warnings.append(
            BookingWarning(WarningKind.CAPACITY, ", ".join(r.name for r in rooms), str(capacity))
        )
    for room in rooms:
        if room.opens_at is None or room.closes_at is None:
            continue
        if draft.start_time < room.opens_at or draft.end_time > room.closes_at:
            hours = f"{room.opens_at:%H:%M}-{room.closes_at:%H:%M}"
            warnings.append(BookingWarning(WarningKind.OPENING_HOURS, room.name, hours))
    for room in rooms:
        open_days = parse_open_days(room.open_days)
        closed = sorted({day.weekday() for day in dates} - set(open_days))
        if closed and open_days:
            first = next(day for day in dates if day.weekday() == closed[0])
            warnings.append(
                BookingWarning(WarningKind.CLOSED_WEEKDAY, room.name, str(closed[0]), first)
            )
    if draft.recurrence is None:
        info = calendar.info(draft.day)
        reason = info.closure or info.public_holiday
        if reason:
            warnings.append(BookingWarning(WarningKind.CLOSED_DAY, "", reason, draft.day))
    return warnings


def _refuse_conflicts(check: BookingCheck) -> None:
    if not check.conflicts:
        return
    first = check.conflicts[0]
    raise BookingConflict(
        title=first.other.title,
        room=first.room_name,
        day=first.day,
        starts_at=first.other.starts_at,
        ends_at=first.other.ends_at,
        count=len(check.conflict_dates),
    )


def _excluded_for(key: OccurrenceKey | None, scope: Scope) -> _Excluded:
    if key is None:
        return _NOTHING_EXCLUDED
    booking_ids = frozenset({key.booking_id}) if key.booking_id is not None else frozenset()
    if key.series_id is None:
        return _Excluded(booking_ids=booking_ids)
    if scope is Scope.ONE:
        return _Excluded(booking_ids, key.series_id, series_only=key.occurrence_date)
    if scope is Scope.FOLLOWING:
        return _Excluded(booking_ids, key.series_id, series_from=key.occurrence_date)
    return _Excluded(booking_ids, key.series_id)


@service(Permission.BOOKINGS_READ)
def check_booking(
    session: Session,
    actor: Actor,
    draft: BookingDraft,
    *,
    editing: OccurrenceKey | None = None,
    scope: Scope = Scope.SERIES,
    not_before: dt.date | None = None,
) -> BookingCheck:
    """What storing ``draft`` would give, without storing it (the dialog's preview).

    ``editing`` is the date being edited with ``scope``: its own dates are no conflict,
    and the dates its series cancelled or changed stay out. Conflicts before
    ``not_before`` (pass today) are not reported. Raises the first :class:`FieldInvalid`
    of the draft.
    """
    taken_out: Collection[dt.date] = ()
    if editing is not None and editing.series_id is not None and scope is not Scope.ONE:
        split = editing.occurrence_date if scope is Scope.FOLLOWING else None
        taken_out = _exception_dates(_series(session, editing.series_id), split)
    return _check(
        session,
        draft,
        _excluded_for(editing, scope),
        lock=False,
        taken_out=taken_out,
        not_before=not_before,
    )


def _exception_dates(series: BookingSeries, from_date: dt.date | None = None) -> set[dt.date]:
    return {
        exception.occurrence_date
        for exception in series.exceptions
        if from_date is None or exception.occurrence_date >= from_date
    }


# --- writing -------------------------------------------------------------------------


def _check_people(session: Session, draft: BookingDraft) -> None:
    for person_id in (draft.contact_person_id, draft.responsible_person_id):
        if person_id is not None and session.get(Person, person_id) is None:
            raise NotFound("person", str(person_id))
    if draft.group_id is not None and session.get(Group, draft.group_id) is None:
        raise NotFound("group", str(draft.group_id))


def _rooms(session: Session, room_ids: Sequence[int]) -> list[Room]:
    rooms = list(session.scalars(select(Room).where(Room.id.in_(room_ids))))
    return sorted(rooms, key=lambda room: (room.position, room.id))


def _refuse_inactive(rooms: Sequence[Room], already: Collection[int] = ()) -> None:
    for room in rooms:
        if not room.is_active and room.id not in already:
            raise FieldInvalid("rooms", "inactive", room.name)


def _apply_common(target: Booking | BookingSeries, draft: BookingDraft, rooms: list[Room]) -> None:
    target.title = draft.title.strip()
    target.rooms = rooms
    target.group_id = draft.group_id
    target.contact_person_id = draft.contact_person_id
    target.responsible_person_id = draft.responsible_person_id
    target.is_public = draft.is_public
    target.expected_people = draft.expected_people
    target.notes = draft.notes


def _apply_booking(booking: Booking, draft: BookingDraft, rooms: list[Room]) -> None:
    _apply_common(booking, draft, rooms)
    booking.starts_at = draft.starts_at
    booking.ends_at = draft.ends_at
    booking.fee = draft.fee
    booking.deposit = draft.deposit
    booking.key_handed_out_on = draft.key_handed_out_on
    booking.key_returned_on = draft.key_returned_on


def _apply_series(series: BookingSeries, draft: BookingDraft, rooms: list[Room]) -> None:
    recurrence = draft.recurrence
    if recurrence is None:
        raise FieldInvalid("recurrence", "required")
    _apply_common(series, draft, rooms)
    series.first_date = draft.day
    series.start_time = draft.start_time
    series.end_time = draft.end_time
    series.rrule = rule_text(recurrence, draft.day)
    series.occurrence_count = recurrence.count
    series.until_date = recurrence.until
    if recurrence.count is not None:
        # Kept next to the count so that a search by date range finds the series.
        series.until_date = last_rule_date(series.rrule, draft.day, recurrence.count)
    series.skip_public_holidays = draft.skip_public_holidays
    series.skip_school_holidays = draft.skip_school_holidays


def _skip_conflicting(series: BookingSeries, check: BookingCheck, *, skip_conflicts: bool) -> None:
    """Refuse the series' conflicts, or take the dates out with the reason why."""
    if not skip_conflicts:
        _refuse_conflicts(check)
    existing = {exception.occurrence_date for exception in series.exceptions}
    for conflict in check.conflicts:
        if conflict.day in existing:
            continue
        existing.add(conflict.day)
        series.exceptions.append(
            SeriesException(
                occurrence_date=conflict.day,
                reason=CONFLICT_REASON.format(title=conflict.other.title)[:200],
            )
        )


@service(Permission.BOOKINGS_WRITE)
def create_booking(
    session: Session,
    actor: Actor,
    draft: BookingDraft,
    *,
    skip_conflicts: bool = False,
    not_before: dt.date | None = None,
) -> OccurrenceKey:
    """Store a one-off booking or a series and return the key of its first date.

    Raises :class:`FieldInvalid` for a bad draft and :class:`BookingConflict` when a date
    collides with another booking; with ``skip_conflicts`` a series is stored without the
    colliding dates (each becomes a cancelled date with the reason). A one-off booking
    that collides is always refused.
    """
    _check_people(session, draft)
    rooms = _rooms(session, draft.room_ids)
    _refuse_inactive(rooms)
    check = _check(session, draft, _NOTHING_EXCLUDED, lock=True, not_before=not_before)
    if draft.recurrence is None:
        _refuse_conflicts(check)
        booking = Booking()
        _apply_booking(booking, draft, rooms)
        session.add(booking)
        session.flush()
        return OccurrenceKey(booking_id=booking.id)
    if not check.dates:
        raise FieldInvalid("recurrence", "no_dates")
    series = BookingSeries()
    _apply_series(series, draft, rooms)
    _skip_conflicting(series, check, skip_conflicts=skip_conflicts)
    session.add(series)
    session.flush()
    first = next((day for day in check.dates if day not in check.conflict_dates), check.dates[0])
    return OccurrenceKey(series_id=series.id, occurrence_date=first)


@service(Permission.BOOKINGS_WRITE)
def update_booking(
    session: Session,
    actor: Actor,
    key: OccurrenceKey,
    draft: BookingDraft,
    *,
    scope: Scope = Scope.ONE,
    series_version: int = 0,
    booking_version: int = 0,
    skip_conflicts: bool = False,
    not_before: dt.date | None = None,
) -> OccurrenceKey:
    """Change a booking, one date of a series, a date and all following, or the whole
    series; returns the key of the changed date. Conflicts before ``not_before`` (pass
    today) are history and do not count.

    For ``Scope.SERIES`` ``draft.day`` is the series' (new) first date; for
    ``Scope.FOLLOWING`` it is the first date of the new part. Exceptions of the series
    (cancelled and changed dates) are kept in every case. The versions are those the
    dialog loaded (``BookingDetail``); a record saved by someone else in between raises
    :class:`ConcurrentEdit` and changes nothing.
    """
    _check_people(session, draft)
    if key.series_id is None:
        return _update_one_off(session, key, draft, booking_version, skip_conflicts=skip_conflicts)
    series = _series(session, key.series_id)
    if scope is Scope.ONE:
        return _update_one_date(
            session, series, key, draft, versions=(series_version, booking_version)
        )
    if series_version:
        check_version(series, series_version, entity="booking_series")
    if scope is Scope.FOLLOWING and key.occurrence_date is not None:
        earlier = rule_dates(
            series.rrule,
            series.first_date,
            until=series.until_date,
            count=series.occurrence_count,
            end=key.occurrence_date,
        )
        if earlier:
            return _split_series(
                session,
                series,
                key.occurrence_date,
                draft,
                skip_conflicts=skip_conflicts,
                not_before=not_before,
            )
    rooms = _rooms(session, draft.room_ids)
    _refuse_inactive(rooms, already={room.id for room in series.rooms})
    check = _check(
        session,
        draft,
        _excluded_for(key, Scope.SERIES),
        lock=True,
        taken_out=_exception_dates(series),
        not_before=not_before,
    )
    if not check.dates:
        raise FieldInvalid("recurrence", "no_dates")
    _apply_series(series, draft, rooms)
    _skip_conflicting(series, check, skip_conflicts=skip_conflicts)
    session.flush()
    return OccurrenceKey(
        series.id, None, check.bookable_dates[0] if check.bookable_dates else draft.day
    )


def _update_one_off(
    session: Session,
    key: OccurrenceKey,
    draft: BookingDraft,
    booking_version: int,
    *,
    skip_conflicts: bool,
) -> OccurrenceKey:
    booking = _booking(session, key.booking_id)
    if booking_version:
        check_version(booking, booking_version, entity="booking")
    rooms = _rooms(session, draft.room_ids)
    _refuse_inactive(rooms, already={room.id for room in booking.rooms})
    check = _check(session, draft, _excluded_for(key, Scope.ONE), lock=True)
    if draft.recurrence is None:
        _refuse_conflicts(check)
        _apply_booking(booking, draft, rooms)
        session.flush()
        return key
    # A one-off booking becomes a series: the series takes its place.
    if not check.dates:
        raise FieldInvalid("recurrence", "no_dates")
    series = BookingSeries()
    _apply_series(series, draft, rooms)
    _skip_conflicting(series, check, skip_conflicts=skip_conflicts)
    session.add(series)
    session.delete(booking)
    session.flush()
    return OccurrenceKey(
        series.id, None, check.bookable_dates[0] if check.bookable_dates else draft.day
    )


def _update_one_date(
    session: Session,
    series: BookingSeries,
    key: OccurrenceKey,
    draft: BookingDraft,
    *,
    versions: tuple[int, int],
) -> OccurrenceKey:
    series_version, booking_version = versions
    one = replace(draft, recurrence=None, fee=None, deposit=None)
    if key.booking_id is not None:
        booking = _booking(session, key.booking_id)
        if booking_version:
            check_version(booking, booking_version, entity="booking")
    else:
        if series_version:
            check_version(series, series_version, entity="booking_series")
        booking = None
    date = key.occurrence_date
    if date is None:
        raise NotFound("booking_series", f"{series.id}/-")
    rooms = _rooms(session, one.room_ids)
    _refuse_inactive(rooms, already={room.id for room in series.rooms})
    check = _check(session, one, _excluded_for(key, Scope.ONE), lock=True)
    _refuse_conflicts(check)
    if booking is None:
        exception = next((e for e in series.exceptions if e.occurrence_date == date), None)
        if exception is not None:
            # Someone else cancelled or changed this date in the meantime.
            raise ConcurrentEdit("booking_series", str(series.id))
        booking = Booking(series_id=series.id)
        session.add(booking)
        series.exceptions.append(SeriesException(occurrence_date=date, replacement=booking))
    _apply_booking(booking, one, rooms)
    session.flush()
    return OccurrenceKey(series.id, booking.id, date)


def _split_series(
    session: Session,
    series: BookingSeries,
    split: dt.date,
    draft: BookingDraft,
    *,
    skip_conflicts: bool,
    not_before: dt.date | None,
) -> OccurrenceKey:
    """The series ends before ``split``; a new series (``draft``) takes over from there
    with the exceptions of those dates."""
    rooms = _rooms(session, draft.room_ids)
    _refuse_inactive(rooms, already={room.id for room in series.rooms})
    check = _check(
        session,
        draft,
        _Excluded(series_id=series.id, series_from=split),
        lock=True,
        taken_out=_exception_dates(series, split),
        not_before=not_before,
    )
    if not check.dates:
        raise FieldInvalid("recurrence", "no_dates")
    follower = BookingSeries()
    _apply_series(follower, draft, rooms)
    _end_before(series, split)
    for exception in [e for e in series.exceptions if e.occurrence_date >= split]:
        series.exceptions.remove(exception)
        follower.exceptions.append(exception)
        if exception.replacement is not None:
            exception.replacement.series = follower
    _skip_conflicting(follower, check, skip_conflicts=skip_conflicts)
    session.add(follower)
    session.flush()
    return OccurrenceKey(
        follower.id, None, check.bookable_dates[0] if check.bookable_dates else draft.day
    )


def _end_before(series: BookingSeries, day: dt.date) -> None:
    series.until_date = day - dt.timedelta(days=1)
    series.occurrence_count = None


@service(Permission.BOOKINGS_WRITE)
def cancel_booking(
    session: Session,
    actor: Actor,
    key: OccurrenceKey,
    *,
    scope: Scope = Scope.ONE,
    reason: str = "",
    series_version: int = 0,
    booking_version: int = 0,
) -> TrashEntryView | None:
    """Cancel a booking, one date of a series, a date and all following, or the series.

    A one-off booking and a whole series go to the bin (and can be restored from
    there); a cancelled date stays in the series as an exception with ``reason`` and can
    be taken back with :func:`reinstate_date`.
    """
    if key.series_id is None:
        booking = _booking(session, key.booking_id)
        if booking_version:
            check_version(booking, booking_version, entity="booking")
        return move_to_trash(session, actor, booking)
    series = _series(session, key.series_id)
    if series_version:
        check_version(series, series_version, entity="booking_series")
    date = key.occurrence_date
    if scope is Scope.SERIES or date is None:
        return move_to_trash(session, actor, series)
    if scope is Scope.FOLLOWING:
        earlier = rule_dates(
            series.rrule,
            series.first_date,
            until=series.until_date,
            count=series.occurrence_count,
            end=date,
        )
        if not earlier:
            return move_to_trash(session, actor, series)
        for later in [e for e in series.exceptions if e.occurrence_date >= date]:
            if later.replacement is not None:
                session.delete(later.replacement)
            series.exceptions.remove(later)
        _end_before(series, date)
        session.flush()
        return None
    exception = next((e for e in series.exceptions if e.occurrence_date == date), None)
    if exception is None:
        series.exceptions.append(SeriesException(occurrence_date=date, reason=reason.strip()))
    else:
        if exception.replacement is not None:
            session.delete(exception.replacement)
            exception.replacement = None
        exception.reason = reason.strip()
    session.flush()
    return None


@service(Permission.BOOKINGS_WRITE)
def reinstate_date(session: Session, actor: Actor, series_id: int, day: dt.date) -> OccurrenceKey:
    """Take back the cancellation (or the change) of one date of a series: it takes
    place again as the series says. Refused with :class:`BookingConflict` when the room
    has been booked for that time in the meantime."""
    series = _series(session, series_id)
    exception = next((e for e in series.exceptions if e.occurrence_date == day), None)
    if exception is None:
        return OccurrenceKey(series_id, None, day)
    draft = replace(_draft_of_series(series), day=day, recurrence=None)
    excluded = _Excluded(
        booking_ids=frozenset({exception.replacement_id})
        if exception.replacement_id
        else frozenset(),
        series_id=series.id,
        series_only=day,
    )
    _refuse_conflicts(_check(session, draft, excluded, lock=True))
    if exception.replacement is not None:
        session.delete(exception.replacement)
    series.exceptions.remove(exception)
    session.flush()
    return OccurrenceKey(series_id, None, day)


@check_on_restore
def _restored_bookings_are_free(
    session: Session,
    actor: Actor,
    rows: Sequence[tuple[str, Mapping[str, Any]]],
    today: dt.date,
) -> None:
    """A booking or series back from the bin must not collide with what was booked
    while it was gone: refused with :class:`BookingConflict`. Dates before today are
    history and not checked."""
    for table, row in rows:
        if table == "booking_series":
            series = _series(session, row["id"])
            draft = _draft_of_series(series)
            excluded = _Excluded(series_id=series.id)
            taken_out: Collection[dt.date] = _exception_dates(series)
        elif table == "bookings":
            booking = _booking(session, row["id"])
            draft = _draft_of_booking(booking)
            excluded = _Excluded(booking_ids=frozenset({booking.id}))
            taken_out = ()
            if draft.day < today:
                continue
        else:
            continue
        if booking_problems(draft):
            continue  # no room left (deleted meanwhile), or data from older rules
        _refuse_conflicts(
            _check(session, draft, excluded, lock=True, taken_out=taken_out, not_before=today)
        )


def iso_week(text: str) -> tuple[dt.date, dt.date]:
    """Monday and the following Monday of an ISO week such as ``2026-W48``.

    Raises :class:`FieldInvalid` (field ``week``) for anything else.
    """
    try:
        year_text, week_text = text.strip().upper().split("-W")
        monday = dt.date.fromisocalendar(int(year_text), int(week_text), 1)
    except ValueError as exc:
        raise FieldInvalid("week", "invalid", text) from exc
    return monday, monday + dt.timedelta(days=7)
