"""iCalendar (RFC 5545): bookings out to Thunderbird, Outlook and Google Calendar, and a
group's own calendar in.

Export: one VEVENT per one-off booking; one VEVENT per series with its rule (RRULE with
UNTIL in UTC, as RFC 5545 requires with a DTSTART in a time zone, or COUNT), an EXDATE
for every date of the rule that does not take place (holidays and closures the series
skips, cancelled dates), and one more VEVENT with the same UID and a RECURRENCE-ID for
every date that was changed on its own. The original date of a changed date is *not*
in EXDATE: RFC 5545 takes EXDATE dates out of the set of instances, and a RECURRENCE-ID
must name an instance of the set to replace it; Google, Outlook and Thunderbird write
and read changed dates this way. Times go out as Europe/Berlin with a VTIMEZONE, so a
group that meets at 19:00 meets at 19:00 in summer and in winter.

Import: :func:`read_calendar` reads and checks a file without a database (every refusal
is a :class:`CalendarFileInvalid` naming the event and the reason), :func:`preview_import`
says what each event would become and which dates collide, :func:`run_import` stores it
in the caller's unit of work: a refusal or a conflict raises and nothing is written.

What an event becomes:

* a timed event: a one-off booking;
* a rule the booking dialog knows (weekly, every n-th week, n-th weekday of the month):
  a series (holidays not skipped: the calendar's own EXDATEs say which dates fall out,
  they become cancelled dates); a RECURRENCE-ID of it becomes a changed date of the
  series, a cancelled one (STATUS:CANCELLED) a cancelled date;
* another rule our series can hold a date list of (daily, yearly, monthly by day of the
  month …) with an end: one one-off booking per date, at most :data:`MAX_RULE_DATES`;
  such a rule without an end is refused;
* an all-day event is not imported: a room is booked from a time to a time, and an
  all-day entry in a group's calendar is usually a reminder (a birthday, the summer
  break). The preview lists it as left out, with the reason;
* an event cancelled as a whole (STATUS:CANCELLED) is left out the same way.

Times are converted to the centre's local time (naive Europe/Berlin, as the bookings
store them); floating times (no time zone) are taken as local. An event that ends at
midnight ends at 23:59 (a booking ends on its day); one that runs into the next day
is refused.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import re
import tempfile
import warnings
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr
from sqlalchemy import select
from sqlalchemy.orm import Session

from quartierstreff.db.models import AuditAction, Booking, BookingSeries, Room, room_parts
from quartierstreff.services import audit, bookings
from quartierstreff.services.bookings import (
    NOTES_LENGTH,
    TITLE_LENGTH,
    BookingDraft,
    Conflict,
    Occurrence,
    OccurrenceKey,
    RoomRef,
    Scope,
)
from quartierstreff.services.calendar_days import DayCalendar, load_day_calendar
from quartierstreff.services.errors import (
    BookingConflict,
    CalendarFileInvalid,
    FieldInvalid,
    NotFound,
)
from quartierstreff.services.recurrence import (
    Recurrence,
    last_allowed_date,
    parse_rule_text,
    rule_dates,
)
from quartierstreff.services.security import Actor, Permission, service

TIMEZONE_NAME = "Europe/Berlin"
TIMEZONE = ZoneInfo(TIMEZONE_NAME)
MAX_FILE_MB = 5
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
MAX_EVENTS = 5000
"""More VEVENTs than this in one file are refused ("zu viele Termine")."""
MAX_RULE_DATES = 366
"""A rule a series cannot hold becomes at most this many one-off bookings."""
PRODID = "-//Quartierstreff//Raumbelegung//DE"
UID_DOMAIN = "quartierstreff"
UNTITLED = "Ohne Titel"

_RULE_KEYS = {
    "FREQ",
    "INTERVAL",
    "BYDAY",
    "BYMONTHDAY",
    "BYMONTH",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYSETPOS",
    "WKST",
    "UNTIL",
    "COUNT",
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


# --- views ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CalendarChange:
    """One date of a repeating event changed on its own (RECURRENCE-ID)."""

    original: dt.date
    starts_at: dt.datetime | None
    """None: the date is cancelled (STATUS:CANCELLED)."""
    ends_at: dt.datetime | None
    title: str
    line: int = 0
    location: str = ""

    @property
    def cancelled(self) -> bool:
        return self.starts_at is None


class LeftOut(enum.StrEnum):
    """Why an event of the file is not imported (it is listed in the preview)."""

    ALL_DAY = "all_day"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event of a file, checked and in the centre's local time."""

    uid: str
    title: str
    line: int
    """The line of its BEGIN:VEVENT in the file (1 = the first line)."""
    starts_at: dt.datetime | None
    """None for an event that is left out (``left_out``)."""
    ends_at: dt.datetime | None
    location: str = ""
    notes: str = ""
    is_public: bool = True
    recurrence: Recurrence | None = None
    exdates: tuple[dt.date, ...] = ()
    """Dates of the rule that do not take place."""
    changes: tuple[CalendarChange, ...] = ()
    rule_text: str = ""
    """The event's RRULE (without UNTIL and COUNT) as the file has it, for the preview."""
    from_rule: bool = False
    """One date of a rule a series cannot hold, imported as a one-off booking."""
    left_out: LeftOut | None = None
    day: dt.date | None = None
    """The (first) day; set for every event, also those left out."""

    @property
    def label(self) -> str:
        return self.title or self.uid


@dataclass(frozen=True, slots=True)
class ParsedCalendar:
    name: str
    """The file's name, for messages."""
    events: tuple[CalendarEvent, ...]


class ImportStatus(enum.StrEnum):
    NEW = "new"
    SERIES = "series"
    CONFLICT = "conflict"
    LEFT_OUT = "left_out"


@dataclass(frozen=True, slots=True)
class ImportItem:
    """What one event of the file becomes."""

    event: CalendarEvent
    draft: BookingDraft | None
    """None for an event left out."""
    room_names: str = ""
    dates: tuple[dt.date, ...] = ()
    """The dates it takes place on (for a series: without its EXDATEs, with the days of
    changed dates)."""
    conflicts: tuple[Conflict, ...] = ()
    """Collisions with bookings already stored or with earlier events of the file."""
    change_drafts: tuple[BookingDraft | None, ...] = ()
    """For a series, one per ``event.changes``: the changed date (None: cancelled)."""

    @property
    def status(self) -> ImportStatus:
        if self.draft is None:
            return ImportStatus.LEFT_OUT
        if self.conflicts:
            return ImportStatus.CONFLICT
        if self.draft.recurrence is not None:
            return ImportStatus.SERIES
        return ImportStatus.NEW


@dataclass(frozen=True, slots=True)
class ImportPreview:
    file_name: str
    room_id: int
    items: tuple[ImportItem, ...]

    @property
    def conflict_count(self) -> int:
        return sum(1 for item in self.items if item.conflicts)

    @property
    def importable(self) -> int:
        return sum(1 for item in self.items if item.draft is not None)

    def to_import(self, *, skip_conflicts: bool) -> int:
        """How many events an import stores (a series with colliding dates is stored
        without them when conflicts are skipped; a colliding one-off booking is not)."""
        return sum(
            1
            for item in self.items
            if item.draft is not None
            and (
                not item.conflicts
                or (skip_conflicts and item.draft.recurrence is not None and _keeps_dates(item))
            )
        )


def _keeps_dates(item: ImportItem) -> bool:
    blocked = {conflict.day for conflict in item.conflicts}
    return any(day not in blocked for day in item.dates)


# --- export -------------------------------------------------------------------------


def _aware(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=TIMEZONE)


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=TIMEZONE)


def _description(group_name: str, notes: str, *, is_public: bool) -> str:
    lines = [f"Gruppe: {group_name}"] if group_name else []
    if is_public and notes.strip():
        lines.append(notes.strip())
    return "\n".join(lines)


def _room_names(rooms: Iterable[Room]) -> str:
    return ", ".join(room.name for room in sorted(rooms, key=lambda r: (r.position, r.name)))


def _base_event(
    uid: str,
    target: Booking | BookingSeries,
    stamp: dt.datetime,
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", target.title)
    location = _room_names(target.rooms)
    if location:
        event.add("location", location)
    group_name = target.group.name if target.group is not None else ""
    description = _description(group_name, target.notes, is_public=target.is_public)
    if description:
        event.add("description", description)
    if not target.is_public:
        event.add("class", "PRIVATE")
    return event


def _booking_event(
    booking: Booking, stamp: dt.datetime, *, uid: str, recurrence_id: dt.datetime | None = None
) -> icalendar.Event:
    event = _base_event(uid, booking, stamp)
    event.add("dtstart", _local(booking.starts_at))
    event.add("dtend", _local(booking.ends_at))
    if recurrence_id is not None:
        event.add("recurrence-id", recurrence_id)
    return event


@dataclass(frozen=True, slots=True)
class _Filter:
    """The room or group an export is limited to."""

    room_id: int | None = None
    group_id: int | None = None

    def matches(self, target: Booking | BookingSeries) -> bool:
        if self.room_id is not None and self.room_id not in {room.id for room in target.rooms}:
            return False
        return self.group_id is None or target.group_id == self.group_id


def _series_events(
    series: BookingSeries, calendar: DayCalendar, stamp: dt.datetime, only: _Filter
) -> list[icalendar.Event]:
    """The master VEVENT of a series and one VEVENT per changed date. A date changed
    to another room (or group) than the export's is not in it: it is an EXDATE."""
    horizon_end = last_allowed_date(series.first_date) + dt.timedelta(days=1)
    if series.until_date is not None:
        horizon_end = min(horizon_end, series.until_date + dt.timedelta(days=1))
    rule = rule_dates(
        series.rrule,
        series.first_date,
        until=series.until_date,
        count=series.occurrence_count,
        end=horizon_end,
    )
    if not rule:
        return []
    taking_place, _skipped = bookings.series_dates(series, calendar, series.first_date, horizon_end)
    in_rule = set(rule)
    replaced = {
        exception.occurrence_date: exception.replacement
        for exception in series.exceptions
        if exception.replacement is not None and only.matches(exception.replacement)
    }
    uid = f"series-{series.id}@{UID_DOMAIN}"
    master = _base_event(uid, series, stamp)
    master.add("dtstart", _aware(rule[0], series.start_time))
    master.add("dtend", _aware(rule[0], series.end_time))
    recur = icalendar.vRecur.from_ical(series.rrule)
    if series.occurrence_count is not None:
        recur["COUNT"] = [series.occurrence_count]
    else:
        # With a DTSTART in a time zone, UNTIL must be in UTC (RFC 5545, 3.3.10).
        recur["UNTIL"] = [_aware(rule[-1], series.start_time).astimezone(dt.UTC)]
    master.add("rrule", recur)
    happening = set(taking_place)
    exdates = [day for day in rule if day not in happening and day not in replaced]
    if exdates:
        master.add("exdate", [_aware(day, series.start_time) for day in exdates])
    events = [master]
    for original, booking in sorted(replaced.items()):
        if original in in_rule:
            events.append(
                _booking_event(
                    booking,
                    stamp,
                    uid=uid,
                    recurrence_id=_aware(original, series.start_time),
                )
            )
        else:  # the rule changed since: the date stands on its own
            events.append(_booking_event(booking, stamp, uid=f"booking-{booking.id}@{UID_DOMAIN}"))
    return events


def calendar_bytes(
    session: Session,
    booking_ids: Iterable[int],
    series_ids: Iterable[int],
    *,
    room_id: int | None = None,
    group_id: int | None = None,
    stamp: dt.datetime | None = None,
) -> tuple[bytes, int]:
    """The .ics text for these bookings (one-off, or changed dates standing on their own)
    and whole series, and its VEVENT count. ``room_id``/``group_id``: changed dates of
    the series elsewhere are left out."""
    only = _Filter(room_id, group_id)
    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Quartierstreff")
    calendar.add("x-wr-timezone", TIMEZONE_NAME)
    one_offs = session.scalars(
        select(Booking)
        .where(Booking.id.in_(sorted(booking_ids)))
        .order_by(Booking.starts_at, Booking.id)
    ).all()
    all_series = session.scalars(
        select(BookingSeries)
        .where(BookingSeries.id.in_(sorted(series_ids)))
        .order_by(BookingSeries.first_date, BookingSeries.id)
    ).all()
    days = [b.starts_at.date() for b in one_offs] + [s.first_date for s in all_series]
    ends = [b.ends_at.date() for b in one_offs] + [
        last_allowed_date(s.first_date) for s in all_series
    ]
    events: list[icalendar.Event] = []
    if all_series:
        day_calendar = load_day_calendar(session, min(days), max(ends))
        for series in all_series:
            events.extend(_series_events(series, day_calendar, stamp, only))
    events.extend(
        _booking_event(booking, stamp, uid=f"booking-{booking.id}@{UID_DOMAIN}")
        for booking in one_offs
    )
    if events:
        first = min(days) - dt.timedelta(days=366)
        last = max(ends) + dt.timedelta(days=366)
        calendar.add_component(
            icalendar.Timezone.from_tzid(TIMEZONE_NAME, first_date=first, last_date=last)
        )
    for event in events:
        calendar.add_component(event)
    return calendar.to_ical(), len(events)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: the file appears whole or not at all."""
    try:
        directory = path.parent if str(path.parent) else Path()
        handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".ics", dir=directory)
    except OSError as error:
        raise CalendarFileInvalid(path.name, "unwritable", error.strerror or "") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise CalendarFileInvalid(path.name, "unwritable", error.strerror or "") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@service(Permission.BOOKINGS_READ)
def export_calendar(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    start: dt.date,
    end: dt.date,
    room_id: int | None = None,
    group_id: int | None = None,
) -> int:
    """Write the bookings from ``start`` to ``end`` (exclusive) — of one room, one group
    or all — to ``path`` as iCalendar; the number of VEVENTs written.

    A series with a date in the range goes out whole (its rule and every exception), so
    a calendar program shows its later dates too.
    """
    if end <= start:
        raise FieldInvalid("end_date", "before_start")
    found = bookings.occurrences(
        session,
        actor,
        start,
        end,
        room_ids=None if room_id is None else (room_id,),
        group_id=group_id,
    )
    only = _Filter(room_id, group_id)
    series_ids = {o.key.series_id for o in found if o.key.series_id and not o.key.booking_id}
    booking_ids = {o.key.booking_id for o in found if o.key.series_id is None and o.key.booking_id}
    for o in found:  # a changed date: with its series if that is in the export too
        if o.key.series_id and o.key.booking_id and o.key.series_id not in series_ids:
            series = session.get(BookingSeries, o.key.series_id)
            if series is not None and only.matches(series):
                series_ids.add(series.id)
            else:
                booking_ids.add(o.key.booking_id)
    data, count = calendar_bytes(
        session, booking_ids, series_ids, room_id=room_id, group_id=group_id
    )
    write_atomically(path, data)
    audit.record(
        session,
        actor,
        AuditAction.EXPORT,
        "booking",
        "",
        summary=f"{count} Termine als iCalendar exportiert nach {path.name}",
    )
    return count


# --- reading -------------------------------------------------------------------------


def read_calendar(path: Path) -> ParsedCalendar:
    """Read and check an .ics file. Raises :class:`CalendarFileInvalid` for the first
    problem, naming the event and the reason; never anything else for a bad file."""
    name = path.name
    try:
        if path.is_dir():
            raise CalendarFileInvalid(name, "unreadable", "Ordner")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CalendarFileInvalid(name, "too_large", str(MAX_FILE_MB))
        data = path.read_bytes()
    except FileNotFoundError:
        raise CalendarFileInvalid(name, "missing") from None
    except OSError as error:
        raise CalendarFileInvalid(name, "unreadable", error.strerror or "") from None
    return parse_calendar(data, name)


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise CalendarFileInvalid(name, "empty")
    if b"\x00" in data:
        raise CalendarFileInvalid(name, "binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for char in text[:4096] if ord(char) < 32 and char not in "\r\n\t")
    if controls > 8:
        raise CalendarFileInvalid(name, "binary")
    return text


def parse_calendar(data: bytes, name: str) -> ParsedCalendar:
    """:func:`read_calendar` for the bytes of a file."""
    text = _decode(data, name)
    lines = text.splitlines()
    first = next((line.strip().upper() for line in lines if line.strip()), "")
    if first != "BEGIN:VCALENDAR":
        raise CalendarFileInvalid(name, "not_calendar")
    event_lines = [
        number for number, line in enumerate(lines, 1) if line.strip().upper() == "BEGIN:VEVENT"
    ]
    if len(event_lines) > MAX_EVENTS:
        raise CalendarFileInvalid(name, "too_many_events", str(MAX_EVENTS))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            components = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as error:  # a hostile file may raise anything
        raise CalendarFileInvalid(name, "damaged", str(error)[:120]) from None
    components_events: list[Any] = []
    for component in components:
        if component.name != "VCALENDAR":
            raise CalendarFileInvalid(name, "not_calendar")
        components_events.extend(component.walk("VEVENT"))
    if not components_events:
        raise CalendarFileInvalid(name, "no_events")
    if len(components_events) > MAX_EVENTS:
        raise CalendarFileInvalid(name, "too_many_events", str(MAX_EVENTS))
    reader = _Reader(name)
    numbered = [
        (component, event_lines[index] if index < len(event_lines) else 0)
        for index, component in enumerate(components_events)
    ]
    masters: list[tuple[Any, int]] = []
    overrides: defaultdict[str, list[tuple[Any, int]]] = defaultdict(list)
    for component, line in numbered:
        if component.get("RECURRENCE-ID") is not None:
            overrides[str(component.get("UID", ""))].append((component, line))
        else:
            masters.append((component, line))
    master_uids = {str(component.get("UID", "")) for component, _line in masters}
    events: list[CalendarEvent] = []
    for component, line in masters:
        uid = str(component.get("UID", ""))
        events.extend(reader.master(component, line, overrides.get(uid, []) if uid else []))
    for uid, orphans in overrides.items():
        if uid and uid in master_uids:
            continue
        for component, line in orphans:  # a changed date without its series: on its own
            events.extend(reader.master(component, line, [], orphan=True))
    events.sort(key=lambda event: (event.line, event.day or dt.date.min))
    return ParsedCalendar(name, tuple(events))


def _clean_title(value: object) -> str:
    title = _CONTROL.sub(" ", str(value or "")).strip()
    title = " ".join(title.split())
    if len(title) > TITLE_LENGTH:
        title = title[: TITLE_LENGTH - 1].rstrip() + "…"
    return title


class _Reader:
    """Turns VEVENT components into checked :class:`CalendarEvent` values."""

    def __init__(self, name: str) -> None:
        self.name = name

    def refuse(
        self, component: Any, line: int, reason: str, detail: str = ""
    ) -> CalendarFileInvalid:
        title = _clean_title(component.get("SUMMARY", "")) or str(component.get("UID", ""))
        return CalendarFileInvalid(self.name, reason, detail, title, line)

    def moment(self, component: Any, line: int, prop: str) -> dt.datetime | dt.date | None:
        value = component.get(prop)
        if value is None:
            return None
        if isinstance(value, list):
            raise self.refuse(component, line, "bad_value", prop)
        return self.value(component, line, prop, value)

    def value(self, component: Any, line: int, prop: str, value: Any) -> dt.datetime | dt.date:
        try:
            moment = value.dt
        except Exception:  # a broken property raises on access
            raise self.refuse(component, line, "bad_value", prop) from None
        if isinstance(moment, dt.datetime):
            if moment.tzinfo is None:
                tzid = getattr(value, "params", {}).get("TZID")
                if tzid:
                    raise self.refuse(component, line, "unknown_timezone", str(tzid))
                return moment  # floating time: the centre's own
            try:
                return moment.astimezone(TIMEZONE).replace(tzinfo=None)
            except (ValueError, OverflowError):
                raise self.refuse(component, line, "bad_value", prop) from None
        if isinstance(moment, dt.date):
            return moment
        raise self.refuse(component, line, "bad_value", prop)

    def times(self, component: Any, line: int) -> tuple[dt.datetime, dt.datetime] | dt.date:
        """Start and end in local time, or the day of an all-day event."""
        for prop, _message in getattr(component, "errors", ()):
            if prop in {"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID"}:
                raise self.refuse(component, line, "bad_value", prop)
        start = self.moment(component, line, "DTSTART")
        if start is None:
            raise self.refuse(component, line, "missing_start")
        if not isinstance(start, dt.datetime):
            return start
        end_value = self.moment(component, line, "DTEND")
        if end_value is None and component.get("DURATION") is not None:
            try:
                duration = component.get("DURATION").dt
                end_value = start + duration
            except Exception:
                raise self.refuse(component, line, "bad_value", "DURATION") from None
        if end_value is None:
            raise self.refuse(component, line, "zero_length")
        if not isinstance(end_value, dt.datetime):
            raise self.refuse(component, line, "bad_value", "DTEND")
        if end_value < start:
            raise self.refuse(component, line, "end_before_start")
        if end_value == start:
            raise self.refuse(component, line, "zero_length")
        if end_value.date() != start.date():
            midnight = dt.datetime.combine(start.date() + dt.timedelta(days=1), dt.time())
            if end_value != midnight or start.time() >= dt.time(23, 59):
                raise self.refuse(component, line, "multi_day")
            end_value = dt.datetime.combine(start.date(), dt.time(23, 59))
        return start, end_value

    def master(
        self,
        component: Any,
        line: int,
        overrides: Sequence[tuple[Any, int]],
        *,
        orphan: bool = False,
    ) -> list[CalendarEvent]:
        uid = str(component.get("UID", ""))
        title = _clean_title(component.get("SUMMARY", "")) or UNTITLED
        times = self.times(component, line)
        cancelled = str(component.get("STATUS", "")).upper() == "CANCELLED"
        if isinstance(times, dt.date):
            return [
                CalendarEvent(uid, title, line, None, None, left_out=LeftOut.ALL_DAY, day=times)
            ]
        starts_at, ends_at = times
        if cancelled:
            return [
                CalendarEvent(
                    uid, title, line, None, None, left_out=LeftOut.CANCELLED, day=starts_at.date()
                )
            ]
        notes = str(component.get("DESCRIPTION", "") or "")[:NOTES_LENGTH]
        classification = str(component.get("CLASS", "PUBLIC")).upper()
        base = CalendarEvent(
            uid=uid,
            title=title,
            line=line,
            starts_at=starts_at,
            ends_at=ends_at,
            location=" ".join(str(component.get("LOCATION", "") or "").split()),
            notes=notes,
            is_public=classification not in {"PRIVATE", "CONFIDENTIAL"},
            day=starts_at.date(),
        )
        if component.get("RDATE") is not None:
            raise self.refuse(component, line, "unsupported_rule", "RDATE")
        rule = component.get("RRULE")
        if rule is None or orphan:
            self.check_draft(component, line, base)
            return [base]
        if isinstance(rule, list):
            raise self.refuse(component, line, "unsupported_rule", "RRULE")
        text, until, count = self.rule_parts(component, line, rule, starts_at)
        exdates = self.exdates(component, line)
        changes = [self.change(override, override_line) for override, override_line in overrides]
        try:
            recurrence: Recurrence | None = parse_rule_text(text, until=until, count=count)
        except FieldInvalid:
            recurrence = None
        if recurrence is None:
            return self.as_single_dates(
                component,
                line,
                base,
                text=text,
                until=until,
                count=count,
                exdates=exdates,
                changes=changes,
            )
        series = replace(
            base,
            recurrence=recurrence,
            rule_text=text,
            exdates=tuple(sorted(exdates)),
        )
        self.check_draft(component, line, series)
        dates = set(
            rule_dates(
                text,
                starts_at.date(),
                until=until,
                count=count,
                end=last_allowed_date(starts_at.date()) + dt.timedelta(days=1),
            )
        )
        kept: list[CalendarChange] = []
        extra: list[CalendarEvent] = []
        for change in changes:
            if change.original in dates and change.original not in exdates:
                kept.append(change)
            elif not change.cancelled:  # names no date of the rule: a booking of its own
                extra.append(self.change_event(base, change))
        return [replace(series, changes=tuple(sorted(kept, key=lambda c: c.original))), *extra]

    def rule_parts(
        self, component: Any, line: int, rule: Any, starts_at: dt.datetime
    ) -> tuple[str, dt.date | None, int | None]:
        keys = {str(key).upper() for key in rule}
        if not keys <= _RULE_KEYS or "FREQ" not in keys:
            raise self.refuse(component, line, "unsupported_rule", _rule_display(rule))
        until: dt.date | None = None
        count: int | None = None
        if "UNTIL" in keys:
            until_value = rule["UNTIL"][0]
            if isinstance(until_value, dt.datetime):
                local = (
                    until_value.astimezone(TIMEZONE).replace(tzinfo=None)
                    if until_value.tzinfo is not None
                    else until_value
                )
                until = (
                    local.date()
                    if local.time() >= starts_at.time()
                    else (local.date() - dt.timedelta(days=1))
                )
            elif isinstance(until_value, dt.date):
                until = until_value
            else:
                raise self.refuse(component, line, "bad_value", "RRULE")
        if "COUNT" in keys:
            try:
                count = int(rule["COUNT"][0])
            except (TypeError, ValueError):
                raise self.refuse(component, line, "bad_value", "RRULE") from None
        rest = icalendar.vRecur({k: v for k, v in rule.items() if k not in {"UNTIL", "COUNT"}})
        text = bytes(rest.to_ical()).decode("ascii", errors="replace")  # type: ignore[no-untyped-call]
        try:
            rrulestr(text, dtstart=dt.datetime.combine(starts_at.date(), dt.time()))
        except (ValueError, TypeError, KeyError, IndexError):
            raise self.refuse(component, line, "unsupported_rule", text) from None
        return text, until, count

    def exdates(self, component: Any, line: int) -> set[dt.date]:
        found: set[dt.date] = set()
        value = component.get("EXDATE")
        if value is None:
            return found
        for group in value if isinstance(value, list) else [value]:
            for item in getattr(group, "dts", ()):
                moment = self.value(component, line, "EXDATE", item)
                found.add(moment.date() if isinstance(moment, dt.datetime) else moment)
        return found

    def change(self, component: Any, line: int) -> CalendarChange:
        original = self.moment(component, line, "RECURRENCE-ID")
        if original is None:
            raise self.refuse(component, line, "bad_value", "RECURRENCE-ID")
        original_day = original.date() if isinstance(original, dt.datetime) else original
        title = _clean_title(component.get("SUMMARY", "")) or UNTITLED
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            return CalendarChange(original_day, None, None, title, line)
        times = self.times(component, line)
        if isinstance(times, dt.date):  # moved to a whole day: it no longer books the room
            return CalendarChange(original_day, None, None, title, line)
        location = " ".join(str(component.get("LOCATION", "") or "").split())
        return CalendarChange(original_day, times[0], times[1], title, line, location)

    def change_event(self, base: CalendarEvent, change: CalendarChange) -> CalendarEvent:
        assert change.starts_at is not None
        return replace(
            base,
            title=change.title,
            line=change.line,
            location=change.location or base.location,
            starts_at=change.starts_at,
            ends_at=change.ends_at,
            day=change.starts_at.date(),
        )

    def as_single_dates(
        self,
        component: Any,
        line: int,
        base: CalendarEvent,
        *,
        text: str,
        until: dt.date | None,
        count: int | None,
        exdates: set[dt.date],
        changes: Sequence[CalendarChange],
    ) -> list[CalendarEvent]:
        """A rule a series cannot hold, with an end: one one-off booking per date."""
        assert base.starts_at is not None and base.ends_at is not None
        if until is None and count is None:
            raise self.refuse(component, line, "unsupported_rule", text)
        try:
            dates = rule_dates(
                text,
                base.starts_at.date(),
                until=until,
                count=count,
                end=last_allowed_date(base.starts_at.date()) + dt.timedelta(days=1),
            )
        except FieldInvalid:
            raise self.refuse(component, line, "unsupported_rule", text) from None
        if not dates:
            raise self.refuse(component, line, "invalid", "recurrence:no_dates")
        if len(dates) > MAX_RULE_DATES:
            raise self.refuse(component, line, "unsupported_rule", text)
        by_original = {change.original: change for change in changes}
        result: list[CalendarEvent] = []
        for day in dates:
            if day in exdates:
                continue
            change = by_original.pop(day, None)
            if change is not None:
                if not change.cancelled:
                    result.append(replace(self.change_event(base, change), from_rule=True))
                continue
            result.append(
                replace(
                    base,
                    starts_at=dt.datetime.combine(day, base.starts_at.time()),
                    ends_at=dt.datetime.combine(day, base.ends_at.time()),
                    day=day,
                    rule_text=text,
                    from_rule=True,
                )
            )
        result.extend(
            self.change_event(base, change)
            for change in by_original.values()
            if not change.cancelled
        )
        for event in result:
            self.check_draft(component, line, event)
        return result

    def check_draft(self, component: Any, line: int, event: CalendarEvent) -> None:
        """Refuse what the booking rules would refuse (a series of 50 years, …)."""
        problems = bookings.booking_problems(_draft(event, (0,)))
        if problems:
            problem = problems[0]
            raise self.refuse(component, line, "invalid", f"{problem.field}:{problem.reason}")


def _rule_display(rule: Any) -> str:
    try:
        return str(rule.to_ical().decode("ascii", errors="replace"))
    except Exception:
        return "RRULE"


def _draft(event: CalendarEvent, room_ids: tuple[int, ...]) -> BookingDraft:
    assert event.starts_at is not None and event.ends_at is not None
    return BookingDraft(
        title=event.title,
        room_ids=room_ids,
        day=event.starts_at.date(),
        start_time=event.starts_at.time(),
        end_time=event.ends_at.time(),
        is_public=event.is_public,
        notes=event.notes,
        recurrence=event.recurrence,
        skip_public_holidays=False,
        skip_school_holidays=False,
    )


# --- preview and import ---------------------------------------------------------------


@dataclass(frozen=True)
class _Rooms:
    by_id: dict[int, Room]
    atoms: dict[int, frozenset[int]]

    @classmethod
    def load(cls, session: Session) -> _Rooms:
        rooms = {room.id: room for room in session.scalars(select(Room))}
        parts: defaultdict[int, set[int]] = defaultdict(set)
        for whole_id, part_id in session.execute(select(room_parts)):
            parts[whole_id].add(part_id)
        atoms = {room_id: frozenset(parts.get(room_id) or {room_id}) for room_id in rooms}
        return cls(rooms, atoms)

    def atoms_of(self, room_ids: Iterable[int]) -> frozenset[int]:
        return frozenset().union(*(self.atoms.get(room_id, frozenset()) for room_id in room_ids))

    def for_location(self, location: str, fallback: tuple[int, ...]) -> tuple[int, ...]:
        """The rooms LOCATION names (all of them by name, ignoring case), else ``fallback``."""
        names = [part.strip().casefold() for part in location.split(",") if part.strip()]
        active = {room.name.casefold(): room.id for room in self.by_id.values() if room.is_active}
        if names and all(name in active for name in names):
            return tuple(dict.fromkeys(active[name] for name in names))
        return fallback

    def names(self, room_ids: Iterable[int]) -> str:
        rooms = sorted((self.by_id[i] for i in room_ids), key=lambda r: (r.position, r.name))
        return ", ".join(room.name for room in rooms)


@dataclass(frozen=True, slots=True)
class _Planned:
    """A stretch of time an earlier event of the file takes."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    title: str
    atoms: frozenset[int]
    room_ids: tuple[int, ...]


class _FilePlan:
    """The times the file's events take, to find collisions among them."""

    def __init__(self, rooms: _Rooms) -> None:
        self.rooms = rooms
        self.by_day: defaultdict[dt.date, list[_Planned]] = defaultdict(list)

    def conflicts(
        self, room_ids: tuple[int, ...], spans: Iterable[tuple[dt.datetime, dt.datetime]]
    ) -> list[Conflict]:
        mine = self.rooms.atoms_of(room_ids)
        found: list[Conflict] = []
        for start, end in spans:
            for planned in self.by_day.get(start.date(), ()):
                shared = mine & planned.atoms
                if shared and planned.starts_at < end and start < planned.ends_at:
                    other = Occurrence(
                        key=OccurrenceKey(),
                        starts_at=planned.starts_at,
                        ends_at=planned.ends_at,
                        title=planned.title,
                        rooms=tuple(
                            RoomRef(r.id, r.name, r.symbol, r.colour, r.position)
                            for r in (self.rooms.by_id[i] for i in planned.room_ids)
                        ),
                    )
                    found.append(Conflict(start.date(), other, self.rooms.names(sorted(shared))))
                    break
        return found

    def add(
        self,
        title: str,
        room_ids: tuple[int, ...],
        spans: Iterable[tuple[dt.datetime, dt.datetime]],
    ) -> None:
        atoms = self.rooms.atoms_of(room_ids)
        for start, end in spans:
            self.by_day[start.date()].append(_Planned(start, end, title, atoms, room_ids))


def _spans(event: CalendarEvent, dates: Iterable[dt.date]) -> list[tuple[dt.datetime, dt.datetime]]:
    assert event.starts_at is not None and event.ends_at is not None
    start, end = event.starts_at.time(), event.ends_at.time()
    return [(dt.datetime.combine(day, start), dt.datetime.combine(day, end)) for day in dates]


@service(Permission.BOOKINGS_READ)
def preview_import(
    session: Session, actor: Actor, parsed: ParsedCalendar, room_id: int
) -> ImportPreview:
    """What importing ``parsed`` into ``room_id`` would give (events whose LOCATION names
    rooms of ours go there): per event the dates and every collision, with bookings
    already stored and with the file's own earlier events. Writes nothing."""
    rooms = _Rooms.load(session)
    room = rooms.by_id.get(room_id)
    if room is None:
        raise NotFound("room", str(room_id))
    if not room.is_active:
        raise FieldInvalid("rooms", "inactive", room.name)
    plan = _FilePlan(rooms)
    items: list[ImportItem] = []
    for event in parsed.events:
        if event.left_out is not None:
            items.append(ImportItem(event, None))
            continue
        room_ids = rooms.for_location(event.location, (room_id,))
        draft = _draft(event, room_ids)
        check = bookings.check_booking(session, actor, draft, editing=None, scope=Scope.SERIES)
        changed = {change.original for change in event.changes}
        out = set(event.exdates) | changed
        dates = [day for day in check.dates if day not in out]
        conflicts = [c for c in check.conflicts if c.day not in out]
        spans = _spans(event, dates)
        conflicts.extend(plan.conflicts(room_ids, spans))
        change_drafts: list[BookingDraft | None] = []
        for change in event.changes:
            one = _change_draft(draft, change, rooms.for_location(change.location, room_ids))
            change_drafts.append(one)
            if one is None:
                continue
            check = bookings.check_booking(session, actor, one, editing=None, scope=Scope.ONE)
            moved = [(one.starts_at, one.ends_at)]
            conflicts.extend(check.conflicts)
            conflicts.extend(plan.conflicts(one.room_ids, moved))
            plan.add(one.title, one.room_ids, moved)
            dates.append(one.day)
        plan.add(event.title, room_ids, spans)
        items.append(
            ImportItem(
                event,
                draft,
                rooms.names(room_ids),
                tuple(sorted(set(dates))),
                tuple(sorted(conflicts, key=lambda c: (c.day, c.other.starts_at))),
                tuple(change_drafts),
            )
        )
    return ImportPreview(parsed.name, room_id, tuple(items))


def _change_draft(
    draft: BookingDraft, change: CalendarChange, room_ids: tuple[int, ...]
) -> BookingDraft | None:
    """The one-off draft of a changed date (None: the date is cancelled)."""
    if change.starts_at is None or change.ends_at is None:
        return None
    return replace(
        draft,
        title=change.title,
        room_ids=room_ids,
        day=change.starts_at.date(),
        start_time=change.starts_at.time(),
        end_time=change.ends_at.time(),
        recurrence=None,
    )


def _conflict_error(conflicts: Sequence[Conflict]) -> BookingConflict:
    first = conflicts[0]
    return BookingConflict(
        title=first.other.title,
        room=first.room_name,
        day=first.day,
        starts_at=first.other.starts_at,
        ends_at=first.other.ends_at,
        count=len({conflict.day for conflict in conflicts}),
    )


@service(Permission.BOOKINGS_WRITE)
def run_import(
    session: Session, actor: Actor, preview: ImportPreview, *, skip_conflicts: bool = False
) -> int:
    """Store the events of ``preview``; the number of bookings and series stored.

    Everything is checked again as it is stored (the file's earlier events included).
    Without ``skip_conflicts`` the first collision raises :class:`BookingConflict`; the
    caller rolls back and nothing is written. With it, a colliding one-off booking is left
    out and a series is stored without its colliding dates (each a cancelled date).
    """
    stored = 0
    for item in preview.items:
        if item.draft is None:
            continue
        if item.draft.recurrence is None:
            check = bookings.check_booking(
                session, actor, item.draft, editing=None, scope=Scope.ONE
            )
            if check.conflicts:
                if skip_conflicts:
                    continue
                raise _conflict_error(check.conflicts)
            bookings.create_booking(session, actor, item.draft)
            stored += 1
        elif _import_series(session, actor, item, skip_conflicts=skip_conflicts):
            stored += 1
    return stored


def _import_series(
    session: Session, actor: Actor, item: ImportItem, *, skip_conflicts: bool
) -> bool:
    draft = item.draft
    assert draft is not None
    event = item.event
    check = bookings.check_booking(session, actor, draft, editing=None, scope=Scope.SERIES)
    out = set(event.exdates) | {change.original for change in event.changes}
    real = [conflict for conflict in check.conflicts if conflict.day not in out]
    if real and not skip_conflicts:
        raise _conflict_error(real)
    moved_conflicts = [
        bookings.check_booking(session, actor, one, editing=None, scope=Scope.ONE).conflicts
        if one is not None
        else ()
        for one in item.change_drafts
    ]
    for conflicts in moved_conflicts:
        if conflicts and not skip_conflicts:
            raise _conflict_error(conflicts)
    left = [day for day in check.dates if day not in out and day not in check.conflict_dates]
    moved_left = [
        one
        for one, conflicts in zip(item.change_drafts, moved_conflicts, strict=True)
        if one is not None and not conflicts
    ]
    if not left and not moved_left:
        return False  # every date collides: nothing left of the series
    key = bookings.create_booking(session, actor, draft, skip_conflicts=bool(check.conflicts))
    series_id = key.series_id
    rule = set(check.dates)
    taken_out = {conflict.day for conflict in check.conflicts}
    for day in sorted(event.exdates):
        if day in rule and day not in taken_out:
            bookings.cancel_booking(
                session, actor, OccurrenceKey(series_id, None, day), scope=Scope.ONE
            )
            taken_out.add(day)
    for change, one, conflicts in zip(
        event.changes, item.change_drafts, moved_conflicts, strict=True
    ):
        date_key = OccurrenceKey(series_id, None, change.original)
        if one is None or conflicts:  # cancelled, or its new time is taken
            bookings.cancel_booking(session, actor, date_key, scope=Scope.ONE)
            continue
        if change.original in taken_out or change.original not in rule:
            # The series' own date is out already (it collided): the new time on its own.
            bookings.create_booking(session, actor, one)
        else:
            bookings.update_booking(session, actor, date_key, one, scope=Scope.ONE)
    return True
