"""Rooms, holiday periods, groups with their booking series, events and private hire."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal

from quartierstreff.db.models import (
    Booking,
    BookingSeries,
    Group,
    GroupPerson,
    HolidayPeriod,
    PeriodKind,
    Room,
    SeriesException,
)
from quartierstreff.services.demo import data
from quartierstreff.services.demo.context import DemoContext, Resident
from quartierstreff.services.demo.people import set_custom_value
from quartierstreff.services.demo.schedule import (
    Period,
    Schedule,
    first_occurrence,
    month_day,
    next_weekday,
)

PLACEMENT_TRIES = 8
HIRE_MARGIN = dt.timedelta(hours=2)
"""Time to set up and clean up around a private party: nothing else in the room then."""
DEFAULT_FROM_DAYS = -182


def build_rooms(ctx: DemoContext) -> list[Room]:
    entries = data.centre()["room"]
    for position, entry in enumerate(entries):
        ctx.rooms[entry["symbol"]] = Room(
            name=entry["name"],
            symbol=entry["symbol"],
            capacity=entry["capacity"],
            equipment="\n".join(entry["equipment"]),
            accessible=entry["accessible"],
            opens_at=entry["opens_at"],
            closes_at=entry["closes_at"],
            open_days=entry["open_days"],
            colour=entry["colour"],
            position=position,
            notes=entry["notes"],
        )
    for entry in entries:
        ctx.rooms[entry["symbol"]].parts = [ctx.rooms[part] for part in entry.get("parts", [])]
    ctx.session.add_all(ctx.rooms.values())
    ctx.schedule = Schedule.for_rooms(
        {entry["symbol"]: entry.get("parts", []) for entry in entries}, ctx.window, ctx.horizon
    )
    return list(ctx.rooms.values())


def build_holiday_periods(ctx: DemoContext) -> list[HolidayPeriod]:
    """The shipped school holidays that touch the demo year, and the Christmas closure."""
    schedule = ctx.require_schedule()
    window = ctx.window
    periods = [
        HolidayPeriod(
            kind=PeriodKind.SCHOOL_HOLIDAY,
            name=entry["name"],
            start_date=entry["start"],
            end_date=entry["end"],
        )
        for entry in data.school_holidays_bw()["period"]
        if entry["start"] <= window.end and entry["end"] >= window.start
    ]
    closure = data.centre()["closure"]
    start = ctx.anchor(closure["from_month_day"])
    end_month, end_day = month_day(closure["to_month_day"])
    end = dt.date(start.year + (end_month < start.month), end_month, end_day)
    periods.append(
        HolidayPeriod(kind=PeriodKind.CLOSURE, name=closure["name"], start_date=start, end_date=end)
    )
    schedule.school_holidays = [
        Period(p.start_date, p.end_date) for p in periods if p.kind == PeriodKind.SCHOOL_HOLIDAY
    ]
    schedule.closures = [Period(start, end)]
    ctx.session.add_all(periods)
    return periods


def _pick(
    rng: random.Random, pool: Sequence[Resident], count: int, taken: set[int]
) -> list[Resident]:
    """``count`` people from ``pool``, preferring those not taken yet."""
    fresh = [resident for resident in pool if id(resident) not in taken]
    chosen = rng.sample(fresh, min(count, len(fresh)))
    if len(chosen) < count:
        rest = [resident for resident in pool if resident not in chosen]
        chosen += rng.sample(rest, count - len(chosen))
    taken.update(id(resident) for resident in chosen)
    return chosen


def build_groups(ctx: DemoContext) -> list[BookingSeries]:
    rng = ctx.rng("groups")
    schedule = ctx.require_schedule()
    contacts_taken: set[int] = set()
    board_ids = {id(member.resident) for member in ctx.require_board().members}
    all_series: list[BookingSeries] = []
    for entry in data.groups()["group"]:
        low, high = entry.get("contact_ages", [25, 80])
        pool = [r for r in ctx.residents if low <= r.age <= high and id(r) not in board_ids]
        contacts = _pick(rng, pool, entry["contacts"], contacts_taken)
        size = max(entry["contacts"], round(entry["members"] * rng.uniform(0.75, 1.3)))
        others = [r for r in ctx.residents if r not in contacts]
        members = contacts + rng.sample(others, size - len(contacts))
        group = Group(
            name=entry["name"],
            description=entry["description"],
            is_public=entry["public"],
            email=entry.get("email", ""),
            usual_rooms=[ctx.rooms[symbol] for symbol in entry["rooms"]],
        )
        group.person_links = [
            GroupPerson(person=resident.person, is_contact=resident in contacts)
            for resident in members
        ]
        key_choice = (
            "Haupteingang und Gruppenraum" if entry["rooms"][0] == "G" else "Haupteingang und Saal"
        )
        for resident in contacts:
            set_custom_value(ctx, resident, "schluessel", key_choice)
        ctx.groups[entry["name"]] = group
        ctx.group_contacts[entry["name"]] = contacts
        ctx.group_members[entry["name"]] = members

        for spec in entry["series"]:
            first_date = first_occurrence(
                spec["rrule"], ctx.days(spec.get("from_days", DEFAULT_FROM_DAYS)), spec["start"]
            )
            until = ctx.days(spec["until_days"]) if "until_days" in spec else None
            series = BookingSeries(
                title=spec.get("title", entry["name"]),
                group=group,
                contact_person=contacts[0].person,
                responsible_person=contacts[-1].person,
                is_public=entry["public"],
                expected_people=spec["expected"],
                notes=spec.get("notes", ""),
                first_date=first_date,
                start_time=spec["start"],
                end_time=spec["end"],
                rrule=spec["rrule"],
                until_date=until,
                occurrence_count=spec.get("count"),
                skip_public_holidays=spec.get("skip_public_holidays", True),
                skip_school_holidays=spec.get("skip_school_holidays", False),
                rooms=[ctx.rooms[symbol] for symbol in spec["rooms"]],
            )
            schedule.add_series(series, spec["rooms"])
            ctx.series_by_title[series.title] = series
            all_series.append(series)
            for cancel in spec.get("cancel", []):
                _cancel_nth(ctx, series, cancel["nth"], cancel["reason"])
    _christmas_exceptions(ctx, all_series)
    ctx.session.add_all(ctx.groups.values())
    ctx.session.add_all(all_series)
    return all_series


def _take_out(
    ctx: DemoContext,
    series: BookingSeries,
    day: dt.date,
    reason: str,
    replacement: Booking | None = None,
) -> None:
    schedule = ctx.require_schedule()
    series.exceptions.append(
        SeriesException(occurrence_date=day, reason=reason, replacement=replacement)
    )
    slot = schedule.series_slot(series, day)
    if slot is not None:
        schedule.release(slot)


def _cancel_nth(ctx: DemoContext, series: BookingSeries, nth: int, reason: str) -> None:
    occurrences = ctx.require_schedule().occurrences(series)
    past = [day for day in occurrences if day < ctx.today]
    coming = [day for day in occurrences if day >= ctx.today]
    chosen = past[nth] if nth < 0 and len(past) >= -nth else None
    if nth > 0 and len(coming) >= nth:
        chosen = coming[nth - 1]
    if chosen is not None:
        _take_out(ctx, series, chosen, reason)


def _christmas_exceptions(ctx: DemoContext, all_series: list[BookingSeries]) -> None:
    """Heiligabend and Silvester are no holidays by law, but nobody comes: take them out."""
    christmas_eve = ctx.anchor("12-24")
    new_years_eve = christmas_eve + dt.timedelta(days=7)
    schedule = ctx.require_schedule()
    for series in all_series:
        real = set(schedule.occurrences(series))
        for day, reason in ((christmas_eve, "Heiligabend"), (new_years_eve, "Silvester")):
            if day in real:
                _take_out(ctx, series, day, f"Fällt aus: {reason}")


def find_day(
    ctx: DemoContext,
    first: dt.date,
    *,
    weekday: str,
    start: dt.time,
    end: dt.time,
    rooms: Sequence[str],
    displace: bool = False,
    margin: dt.timedelta = dt.timedelta(0),
) -> dt.date | None:
    """The first date from ``first`` on (that weekday, then week by week) where the rooms
    are free, ``margin`` before and after included; with ``displace`` series occurrences
    may be pushed out, other bookings not."""
    schedule = ctx.require_schedule()
    atoms = schedule.atoms(rooms)
    day = next_weekday(first, weekday)
    for _ in range(PLACEMENT_TRIES):
        if not schedule.is_special_day(day) and day <= ctx.horizon:
            clashes = schedule.conflicts(
                dt.datetime.combine(day, start) - margin,
                dt.datetime.combine(day, end) + margin,
                atoms,
            )
            if not clashes or (displace and all(slot.booking is None for slot in clashes)):
                return day
        day += dt.timedelta(days=7)
    return None


def add_booking(ctx: DemoContext, booking: Booking, rooms: Sequence[str]) -> Booking:
    booking.rooms = [ctx.rooms[symbol] for symbol in rooms]
    ctx.require_schedule().add_booking(booking, rooms)
    ctx.session.add(booking)
    return booking


def book_single(
    ctx: DemoContext,
    *,
    title: str,
    first: dt.date,
    weekday: str,
    start: dt.time,
    end: dt.time,
    rooms: Sequence[str],
    is_public: bool,
    expected: int | None = None,
    notes: str = "",
) -> Booking | None:
    """A one-off booking on the first free suitable date (never displacing anything)."""
    day = find_day(ctx, first, weekday=weekday, start=start, end=end, rooms=rooms)
    if day is None:
        return None
    return add_booking(
        ctx,
        Booking(
            title=title,
            starts_at=dt.datetime.combine(day, start),
            ends_at=dt.datetime.combine(day, end),
            is_public=is_public,
            expected_people=expected,
            notes=notes,
        ),
        rooms,
    )


def build_events(ctx: DemoContext) -> list[Booking]:
    """Public one-off events; some take the hall from the regular groups for a day."""
    schedule = ctx.require_schedule()
    board = ctx.require_board()
    bookings: list[Booking] = []
    for entry in data.events()["event"]:
        first = ctx.anchor(entry["anchor"]) if "anchor" in entry else ctx.days(entry.get("days", 0))
        displace = entry.get("displaces", False)
        move = entry.get("move")
        day = None
        for _ in range(PLACEMENT_TRIES):
            day = find_day(
                ctx,
                first,
                weekday=entry["weekday"],
                start=entry["start"],
                end=entry["end"],
                rooms=entry["rooms"],
                displace=displace,
            )
            # An event that moves a group elsewhere waits for a week where that works.
            if day is None or move is None or _movable(ctx, move, day):
                break
            first = day + dt.timedelta(days=7)
        if day is None:
            continue
        starts_at = dt.datetime.combine(day, entry["start"])
        ends_at = dt.datetime.combine(day, entry["end"])
        booking = Booking(
            title=entry["title"],
            starts_at=starts_at,
            ends_at=ends_at,
            is_public=entry["public"],
            expected_people=entry["expected"],
            notes=entry.get("notes", ""),
            contact_person=board.deputy.person,
            responsible_person=board.keys.person,
        )
        for slot in schedule.conflicts(starts_at, ends_at, schedule.atoms(entry["rooms"])):
            series = slot.series
            if series is None:  # pragma: no cover - find_day excludes clashes with bookings
                continue
            if move is not None and series.title == move["series"]:
                replacement = _replacement(ctx, series, day, move["days"], move["rooms"])
                if replacement is not None:
                    _take_out(ctx, series, day, move["reason"], replacement)
                    continue
            _take_out(ctx, series, day, entry.get("reason", entry["title"]))
        bookings.append(add_booking(ctx, booking, entry["rooms"]))
    return bookings


def _movable(ctx: DemoContext, move: data.MoveData, day: dt.date) -> bool:
    """Whether the series meets that day and its replacement day and room are free."""
    series = ctx.series_by_title[move["series"]]
    schedule = ctx.require_schedule()
    if schedule.series_slot(series, day) is None:
        return False
    new_day = day + dt.timedelta(days=move["days"])
    return not schedule.is_special_day(new_day) and not schedule.conflicts(
        dt.datetime.combine(new_day, series.start_time),
        dt.datetime.combine(new_day, series.end_time),
        schedule.atoms(move["rooms"]),
    )


def _replacement(
    ctx: DemoContext, series: BookingSeries, day: dt.date, days: int, rooms: Sequence[str]
) -> Booking | None:
    """The moved occurrence: a booking of the series on another day, if that is free."""
    schedule = ctx.require_schedule()
    new_day = day + dt.timedelta(days=days)
    starts_at = dt.datetime.combine(new_day, series.start_time)
    ends_at = dt.datetime.combine(new_day, series.end_time)
    if schedule.is_special_day(new_day) or schedule.conflicts(
        starts_at, ends_at, schedule.atoms(rooms)
    ):
        return None
    return add_booking(
        ctx,
        Booking(
            title=series.title,
            starts_at=starts_at,
            ends_at=ends_at,
            group=series.group,
            contact_person=series.contact_person,
            responsible_person=series.responsible_person,
            is_public=series.is_public,
            expected_people=series.expected_people,
            notes=series.notes,
            series=series,
        ),
        rooms,
    )


def build_private_hire(ctx: DemoContext) -> list[Booking]:
    """Family parties at weekends, spread over the demo year, with fee, deposit and keys."""
    rng = ctx.rng("private-hire")
    source = data.events()["private_hire"]
    board = ctx.require_board()
    board_ids = {id(member.resident) for member in board.members}
    hirers = [r for r in ctx.residents if 25 <= r.age <= 80 and id(r) not in board_ids]
    window = ctx.window
    step = (window.end - window.start).days / source["count"]
    bookings: list[Booking] = []
    key_not_back = True
    for index in range(source["count"]):
        option = rng.choice(source["option"])
        first = window.start + dt.timedelta(days=int(index * step) + rng.randint(0, 10))
        occasion = source["occasions"][index % len(source["occasions"])]
        hirer = rng.choice(hirers)
        day = find_day(
            ctx,
            first,
            weekday=option["weekday"],
            start=option["start"],
            end=option["end"],
            rooms=option["rooms"],
            margin=HIRE_MARGIN,
        )
        if day is None:
            continue
        handed_out = day - dt.timedelta(days=1)
        returned = day + dt.timedelta(days=1)
        notes = rng.choice(source["notes"])
        if returned > ctx.today or (handed_out > ctx.today):
            returned_on = None
        elif key_not_back and returned > ctx.today - dt.timedelta(days=21):
            returned_on = None
            key_not_back = False
            notes = "Schlüssel noch nicht zurückgegeben – bitte nachfragen!"
        else:
            returned_on = returned
        booking = Booking(
            title=f"Private Feier: {occasion}",
            starts_at=dt.datetime.combine(day, option["start"]),
            ends_at=dt.datetime.combine(day, option["end"]),
            contact_person=hirer.person,
            responsible_person=board.keys.person,
            is_public=False,
            expected_people=option["expected"],
            notes=notes,
            fee=Decimal(option["fee"]),
            deposit=Decimal(option["deposit"]),
            key_handed_out_on=handed_out if handed_out <= ctx.today else None,
            key_returned_on=returned_on,
        )
        bookings.append(add_booking(ctx, booking, option["rooms"]))
        ctx.private_hires.append((booking, hirer))
    return bookings
