"""The weekly plan (Wochenplan) for the notice board and the door sign of one room, as
views for the PDFs in ``reports.weekly_plan``.

Both are built from :func:`bookings.occurrences` (series dates already expanded, skipped
and cancelled dates left out), the day calendar (public holidays, school holidays,
closures), the rooms and the centre's profile (name, house-rules line, key contact).

Privacy: a plan hangs in the hallway for everyone to read. A booking that is not public
shows no title there: "Private Veranstaltung" for a private event (a birthday party, a
private hire) and "Geschlossene Gruppe" for a group that meets behind closed doors
(self-help groups: even the group's name can say too much about who comes). The time and
the room stay, so everyone sees that the room is taken.

Nothing here is personal data (no names, private titles withheld), so printing a plan is
a read like looking at the calendar: no export is recorded in the audit trail (unlike the
member list).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from quartierstreff.services import bookings
from quartierstreff.services.calendar_days import load_day_calendar
from quartierstreff.services.centre import centre_name, get_profile
from quartierstreff.services.errors import NotFound
from quartierstreff.services.rooms import RoomView, list_rooms
from quartierstreff.services.security import Actor, Permission, service

PRIVATE_EVENT = "Private Veranstaltung"
"""Printed instead of the title of a booking that is not public."""
CLOSED_GROUP = "Geschlossene Gruppe"
"""Printed instead of the title of a group's booking that is not public."""

WEEKDAYS_SHORT = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


# --- views -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One booking as it is printed."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    title: str
    """The booking's title, or :data:`PRIVATE_EVENT` / :data:`CLOSED_GROUP`."""
    is_public: bool
    room_symbols: tuple[str, ...] = ()
    """All rooms of the booking (a booking may take several)."""
    elsewhere: str = ""
    """Door sign only: the linked room(s) the booking is in when it is not in this room
    itself (the whole hall booked blocks its halves, and the other way round)."""

    @property
    def time_text(self) -> str:
        """``18:00–20:00``."""
        return f"{self.starts_at:%H:%M}–{self.ends_at:%H:%M}"


@dataclass(frozen=True, slots=True)
class PlanDay:
    day: dt.date
    public_holiday: str = ""
    school_holiday: str = ""
    closure: str = ""

    @property
    def head(self) -> str:
        """``Mo 23.11.``."""
        return f"{WEEKDAYS_SHORT[self.day.weekday()]} {self.day:%d.%m.}"

    @property
    def notes(self) -> tuple[str, ...]:
        """What is special about the day, as printed under its head."""
        notes = []
        if self.closure:
            notes.append(f"geschlossen: {self.closure}")
        if self.public_holiday:
            notes.append(self.public_holiday)
        if self.school_holiday and not self.closure:  # closed is all that counts then
            notes.append(_school_holiday_text(self.school_holiday))
        return tuple(notes)


@dataclass(frozen=True, slots=True)
class PlanRoom:
    id: int
    name: str
    symbol: str
    is_active: bool = True
    part_symbols: tuple[str, ...] = ()
    """The rooms this one consists of (the whole hall: its halves)."""


@dataclass(frozen=True, slots=True)
class PlanRow:
    room: PlanRoom
    days: tuple[tuple[PlanEntry, ...], ...]
    """Seven cells, Monday first, each in time order."""


@dataclass(frozen=True, slots=True)
class WeekPlan:
    centre_name: str
    monday: dt.date
    days: tuple[PlanDay, ...]
    rows: tuple[PlanRow, ...]
    """Active rooms in their order, and inactive rooms that still have bookings."""
    house_rules: str = ""
    key_contact: str = ""

    @property
    def entry_count(self) -> int:
        return sum(len(cell) for row in self.rows for cell in row.days)

    @property
    def title(self) -> str:
        """``Wochenplan KW 48/2026`` (the document's title)."""
        return f"Wochenplan {week_number(self.monday)}"


@dataclass(frozen=True, slots=True)
class DoorSign:
    centre_name: str
    monday: dt.date
    room: PlanRoom
    days: tuple[PlanDay, ...]
    entries: tuple[tuple[PlanEntry, ...], ...]
    """Seven cells, Monday first, each in time order."""
    house_rules: str = ""
    key_contact: str = ""

    @property
    def title(self) -> str:
        """``Türschild Gruppenraum KW 48/2026``."""
        return f"Türschild {self.room.name} {week_number(self.monday)}"


# --- texts shared by the PDFs, the command line and the window ---------------------------


def week_number(monday: dt.date) -> str:
    """``KW 48/2026`` (the ISO week and its year, which differs around New Year)."""
    year, week, _ = monday.isocalendar()
    return f"KW {week}/{year}"


def week_span(monday: dt.date) -> str:
    """``23.11.–29.11.2026``; ``28.12.2026–03.01.2027`` across New Year."""
    sunday = monday + dt.timedelta(days=6)
    if sunday.year == monday.year:
        return f"{monday:%d.%m.}–{sunday:%d.%m.%Y}"
    return f"{monday:%d.%m.%Y}–{sunday:%d.%m.%Y}"


def week_label(monday: dt.date) -> str:
    """``KW 48 · 23.11.–29.11.2026``."""
    _year, week, _ = monday.isocalendar()
    return f"KW {week} · {week_span(monday)}"


def plan_file_name(monday: dt.date) -> str:
    """``Wochenplan_2026-KW48.pdf``."""
    year, week, _ = monday.isocalendar()
    return f"Wochenplan_{year}-KW{week:02d}.pdf"


def door_sign_file_name(room_name: str, monday: dt.date) -> str:
    """``Türschild_Gruppenraum_2026-KW48.pdf`` (characters no file system likes left out)."""
    year, week, _ = monday.isocalendar()
    safe = re.sub(r'[\\/:*?"<>|\s]+', "-", room_name).strip("-.") or "Raum"
    return f"Türschild_{safe}_{year}-KW{week:02d}.pdf"


def _school_holiday_text(name: str) -> str:
    return name if "ferien" in name.casefold() else f"Schulferien: {name}"


# --- building --------------------------------------------------------------------------


def monday_of(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def _plan_room(room: RoomView, symbols: dict[int, str]) -> PlanRoom:
    return PlanRoom(
        id=room.id,
        name=room.name,
        symbol=room.symbol,
        is_active=room.is_active,
        part_symbols=tuple(symbols[part] for part in room.part_ids if part in symbols),
    )


def _shown_title(occurrence: bookings.Occurrence) -> str:
    if occurrence.is_public:
        return occurrence.title
    return CLOSED_GROUP if occurrence.group_id is not None else PRIVATE_EVENT


def _entry(occurrence: bookings.Occurrence, elsewhere: str = "") -> PlanEntry:
    return PlanEntry(
        starts_at=occurrence.starts_at,
        ends_at=occurrence.ends_at,
        title=_shown_title(occurrence),
        is_public=occurrence.is_public,
        room_symbols=tuple(room.symbol for room in occurrence.rooms),
        elsewhere=elsewhere,
    )


def _days(session: Session, monday: dt.date) -> tuple[PlanDay, ...]:
    sunday = monday + dt.timedelta(days=6)
    calendar = load_day_calendar(session, monday, sunday)
    days = []
    for offset in range(7):
        info = calendar.info(monday + dt.timedelta(days=offset))
        days.append(PlanDay(info.day, info.public_holiday, info.school_holiday, info.closure))
    return tuple(days)


def _profile_lines(session: Session, actor: Actor) -> tuple[str, str, str]:
    profile = get_profile(session, actor)
    if profile is None:
        return centre_name(session), "", ""
    # One line each on the printout, however they were typed in.
    return (
        profile.name,
        " ".join(profile.house_rules.split()),
        " ".join(profile.key_contact.split()),
    )


def _cells(
    found: Iterable[bookings.Occurrence], monday: dt.date, room_ids: Sequence[int]
) -> dict[int, list[list[PlanEntry]]]:
    cells: dict[int, list[list[PlanEntry]]] = {
        room_id: [[] for _ in range(7)] for room_id in room_ids
    }
    for occurrence in found:
        offset = (occurrence.day - monday).days
        for room in occurrence.rooms:
            if room.id in cells and 0 <= offset < 7:
                cells[room.id][offset].append(_entry(occurrence))
    return cells


@service(Permission.BOOKINGS_READ)
def weekly_plan(session: Session, actor: Actor, monday: dt.date) -> WeekPlan:
    """The plan of the week of ``monday`` (any day of the week will do): every active room
    and every inactive room that still has a booking that week, each day's bookings in
    time order."""
    monday = monday_of(monday)
    found = bookings.occurrences(session, actor, monday, monday + dt.timedelta(days=7))
    rooms = list_rooms(session, actor, include_inactive=True)
    symbols = {room.id: room.symbol for room in rooms}
    cells = _cells(found, monday, [room.id for room in rooms])
    rows = tuple(
        PlanRow(_plan_room(room, symbols), tuple(tuple(cell) for cell in cells[room.id]))
        for room in rooms
        if room.is_active or any(cells[room.id])
    )
    name, house_rules, key_contact = _profile_lines(session, actor)
    return WeekPlan(
        centre_name=name,
        monday=monday,
        days=_days(session, monday),
        rows=rows,
        house_rules=house_rules,
        key_contact=key_contact,
    )


def find_room(rooms: Sequence[RoomView], wanted: int | str) -> RoomView | None:
    """The room with this id, or with this name or symbol (ignoring case and spaces
    around it)."""
    if isinstance(wanted, int):
        return next((room for room in rooms if room.id == wanted), None)
    text = wanted.strip().casefold()
    return next(
        (room for room in rooms if text in (room.name.casefold(), room.symbol.casefold())),
        None,
    )


@service(Permission.BOOKINGS_READ)
def door_sign(session: Session, actor: Actor, room: int | str, monday: dt.date) -> DoorSign:
    """The door sign of one room (its id, name or symbol) for the week of ``monday``.

    It lists the room's own bookings and those of its linked rooms (the whole hall
    booked: its halves are taken too; a half booked: the whole hall is not free), the
    latter with the room they are in. Raises :class:`NotFound` (entity ``room``) for an
    unknown room.
    """
    monday = monday_of(monday)
    rooms = list_rooms(session, actor, include_inactive=True)
    chosen = find_room(rooms, room)
    if chosen is None:
        raise NotFound("room", str(room))
    symbols = {view.id: view.symbol for view in rooms}
    related = {chosen.id, *chosen.linked_ids}
    cells: list[list[PlanEntry]] = [[] for _ in range(7)]
    for occurrence in bookings.occurrences(session, actor, monday, monday + dt.timedelta(days=7)):
        ids = {ref.id for ref in occurrence.rooms}
        if not ids & related:
            continue
        elsewhere = "" if chosen.id in ids else occurrence.room_names
        cells[(occurrence.day - monday).days].append(_entry(occurrence, elsewhere))
    name, house_rules, key_contact = _profile_lines(session, actor)
    return DoorSign(
        centre_name=name,
        monday=monday,
        room=_plan_room(chosen, symbols),
        days=_days(session, monday),
        entries=tuple(tuple(cell) for cell in cells),
        house_rules=house_rules,
        key_contact=key_contact,
    )
