"""Usage figures on both databases: hours per room and per group, occupancy of the
opening hours (open days, public holidays and closures taken out), months, a whole hall
counting for itself only — and the week's figures on the overview."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from quartierstreff.db.models import Group, HolidayPeriod, PeriodKind, Role, Room
from quartierstreff.services import bookings
from quartierstreff.services.bookings import BookingDraft
from quartierstreff.services.dashboard import overview
from quartierstreff.services.errors import FieldInvalid
from quartierstreff.services.recurrence import Frequency, Recurrence
from quartierstreff.services.security import Actor
from quartierstreff.services.usage import (
    MonthUsage,
    UsageFigures,
    hours_of,
    percent_of,
    usage_figures,
)
from tests.conftest import ADMIN

T = dt.time
D = dt.date
VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
DECEMBER = (D(2026, 12, 1), D(2027, 1, 1))


def _add(session: Session, thing: object) -> int:
    session.add(thing)
    session.flush()
    return thing.id  # type: ignore[attr-defined, no-any-return]


@pytest.fixture
def centre(session: Session) -> dict[str, int]:
    """Four rooms (a hall open every day with two parts, a group room open Mo–Fr), an
    inactive cellar, two groups, a closure and a known set of bookings in December 2026
    (and one in November)."""
    ids = {
        "saal": _add(
            session,
            Room(name="Saal", symbol="S", opens_at=T(9), closes_at=T(21), open_days="0123456"),
        ),
        "links": _add(session, Room(name="Saal links", symbol="SL", position=1)),
        "rechts": _add(
            session, Room(name="Saal rechts", symbol="SR", opens_at=T(9), closes_at=T(21))
        ),
        "gruppe": _add(
            session,
            Room(name="Gruppenraum", symbol="G", opens_at=T(10), closes_at=T(18), position=2),
        ),
        "keller": _add(session, Room(name="Alter Keller", symbol="K", is_active=False)),
        "chor": _add(session, Group(name="Chor")),
        "schach": _add(session, Group(name="Schach")),
    }
    saal = session.get(Room, ids["saal"])
    assert saal is not None
    saal.parts = [session.get(Room, ids["links"]), session.get(Room, ids["rechts"])]  # type: ignore[list-item]
    session.add(
        HolidayPeriod(
            kind=PeriodKind.CLOSURE,
            name="Betriebsferien",
            start_date=D(2026, 12, 30),
            end_date=D(2026, 12, 31),
        )
    )
    session.flush()

    def book(title: str, room: str, day: D, start: T, end: T, **fields: object) -> None:
        draft = BookingDraft(
            title=title,
            room_ids=(ids[room],),
            day=day,
            start_time=start,
            end_time=end,
            **fields,  # type: ignore[arg-type]
        )
        bookings.create_booking(session, ADMIN, draft)

    # Fridays 15:00–17:30; 25.12. (1. Weihnachtstag) is skipped: 4., 11., 18.12.
    book(
        "Schachtreff",
        "gruppe",
        D(2026, 12, 4),
        T(15),
        T(17, 30),
        group_id=ids["schach"],
        expected_people=8,
        recurrence=Recurrence(Frequency.WEEKLY, until=D(2026, 12, 31)),
    )
    # The whole hall on a Saturday evening, two of three hours in the opening hours.
    book(
        "Chorkonzert",
        "saal",
        D(2026, 12, 12),
        T(19),
        T(22),
        group_id=ids["chor"],
        expected_people=60,
    )
    book("Flohmarkt-Aufbau", "links", D(2026, 12, 2), T(10), T(12))
    # Monday 17–19 in the group room: one of two hours in the opening hours.
    book(
        "Chorprobe",
        "gruppe",
        D(2026, 12, 7),
        T(17),
        T(19),
        group_id=ids["chor"],
        expected_people=10,
    )
    book(
        "Vorgespräch",
        "gruppe",
        D(2026, 11, 30),
        T(10),
        T(11),
        group_id=ids["chor"],
        expected_people=5,
    )
    return ids


def _rooms(figures: UsageFigures) -> dict[str, tuple[Decimal, int, Decimal | None, Decimal | None]]:
    return {
        room.name: (room.hours, room.events, room.open_hours, room.occupancy_percent(1))
        for room in figures.rooms
    }


def test_hours_and_occupancy_per_room(session: Session, centre: dict[str, int]) -> None:
    figures = usage_figures(session, ADMIN, *DECEMBER)

    assert [room.name for room in figures.rooms] == [
        "Saal",
        "Saal rechts",
        "Saal links",
        "Gruppenraum",
    ]  # the settings' order; the inactive cellar without bookings is left out
    rooms = _rooms(figures)
    # Group room, Mo–Fr 10–18: 23 weekdays − 25.12. − closure 30./31.12. = 20 days = 160 h.
    # Booked 3 × 2.5 h chess + 2 h choir = 9.5 h; in opening hours 7.5 h + 1 h = 8.5 h.
    assert rooms["Gruppenraum"] == (Decimal("9.50"), 4, Decimal("160.00"), Decimal("5.3"))
    # Hall, every day 9–21: 31 − 25./26.12. − 30./31.12. = 27 days = 324 h; 2 of 3 h inside.
    assert rooms["Saal"] == (Decimal("3.00"), 1, Decimal("324.00"), Decimal("0.6"))
    # The hall's booking does not count for its parts.
    assert rooms["Saal rechts"] == (Decimal("0.00"), 0, Decimal("240.00"), Decimal("0.0"))
    # No opening hours: hours, but no percentage.
    assert rooms["Saal links"] == (Decimal("2.00"), 1, None, None)

    group_room = next(room for room in figures.rooms if room.name == "Gruppenraum")
    assert group_room.minutes == 570
    assert group_room.open_minutes == 20 * 8 * 60
    assert group_room.minutes_in_opening_hours == 510
    assert group_room.occupancy_percent() == Decimal("5")
    assert figures.room_minutes == 570 + 180 + 120
    assert figures.room_hours == Decimal("14.50")


def test_hours_per_group_and_without_group(session: Session, centre: dict[str, int]) -> None:
    figures = usage_figures(session, ADMIN, *DECEMBER)
    groups = [(g.name, g.group_id, g.hours, g.events, g.expected_people) for g in figures.groups]
    assert groups == [
        ("Chor", centre["chor"], Decimal("5.00"), 2, 70),
        ("Schach", centre["schach"], Decimal("7.50"), 3, 24),
        ("", None, Decimal("2.00"), 1, 0),
    ]
    assert figures.events == 6
    assert figures.minutes == 14 * 60 + 30
    assert figures.hours == Decimal("14.50")
    assert figures.expected_people == 94


def test_month_buckets_include_months_without_events(
    session: Session, centre: dict[str, int]
) -> None:
    figures = usage_figures(session, ADMIN, D(2026, 10, 15), D(2027, 1, 1))
    assert figures.months == (
        MonthUsage(2026, 10, 0, 0, 0),
        MonthUsage(2026, 11, 1, 5, 0),
        MonthUsage(2026, 12, 6, 94, 1),
    )
    assert figures.months[1].first_day == D(2026, 11, 1)
    assert figures.last_day == D(2026, 12, 31)


def test_a_public_holiday_and_a_closure_are_no_opening_hours(
    session: Session, centre: dict[str, int]
) -> None:
    # Christmas week: Mo 21.–Th 24.12. open, Fr 25.12. public holiday.
    figures = usage_figures(session, ADMIN, D(2026, 12, 21), D(2026, 12, 28))
    rooms = {room.name: room for room in figures.rooms}
    assert rooms["Gruppenraum"].open_minutes == 4 * 8 * 60
    assert rooms["Saal"].open_minutes == 5 * 12 * 60  # open on Sundays, not 25./26.12.
    assert rooms["Gruppenraum"].events == 0  # the chess date on the 25th is skipped
    closed = usage_figures(session, ADMIN, D(2026, 12, 30), D(2027, 1, 1))
    assert {room.name: room.open_minutes for room in closed.rooms} == {
        "Saal": 0,
        "Saal rechts": 0,
        "Saal links": None,
        "Gruppenraum": 0,
    }
    assert all(room.occupancy_percent() is None for room in closed.rooms)


def test_a_cancelled_date_and_a_changed_date(session: Session, centre: dict[str, int]) -> None:
    found = bookings.occurrences(session, ADMIN, D(2026, 12, 11), D(2026, 12, 12))
    chess = next(o for o in found if o.title == "Schachtreff")
    bookings.cancel_booking(session, ADMIN, chess.key, reason="Turnier auswärts")
    figures = usage_figures(session, ADMIN, *DECEMBER)
    schach = next(g for g in figures.groups if g.name == "Schach")
    assert (schach.events, schach.hours) == (2, Decimal("5.00"))


def test_an_inactive_room_with_bookings_is_listed(session: Session, centre: dict[str, int]) -> None:
    keller = session.get(Room, centre["keller"])
    assert keller is not None
    keller.is_active = True
    session.flush()
    bookings.create_booking(
        session,
        ADMIN,
        BookingDraft("Lager", (centre["keller"],), D(2026, 12, 3), T(8), T(8, 20)),
    )
    keller.is_active = False
    session.flush()
    figures = usage_figures(session, ADMIN, *DECEMBER)
    line = next(room for room in figures.rooms if room.name == "Alter Keller")
    assert (line.minutes, line.hours, line.open_minutes) == (20, Decimal("0.33"), None)


def test_a_period_must_end_after_it_starts(session: Session) -> None:
    with pytest.raises(FieldInvalid) as raised:
        usage_figures(session, ADMIN, D(2026, 12, 1), D(2026, 12, 1))
    assert (raised.value.field, raised.value.reason) == ("end_date", "before_start")


def test_an_empty_period_and_every_role(session: Session) -> None:
    figures = usage_figures(session, VOLUNTEER, D(2026, 12, 1), D(2026, 12, 2))
    assert (figures.events, figures.groups, figures.minutes) == (0, (), 0)
    assert figures.months == (MonthUsage(2026, 12, 0, 0, 0),)


def test_exact_rounding_helpers() -> None:
    assert hours_of(150) == Decimal("2.50")
    assert hours_of(20) == Decimal("0.33")
    assert hours_of(50, places=1) == Decimal("0.8")
    assert percent_of(1, 8) == Decimal("13")  # 12.5 rounds half up
    assert percent_of(1, 8, places=1) == Decimal("12.5")
    assert percent_of(5, 0) is None


def test_the_overview_shows_the_weeks_bookings(session: Session, centre: dict[str, int]) -> None:
    # Week Mo 7.–Su 13.12.: choir Monday, chess Friday, the hall Saturday.
    view = overview(session, ADMIN, D(2026, 12, 7))
    assert (view.bookings_today, view.bookings_this_week) == (1, 3)
    assert view.room_minutes_this_week == 120 + 150 + 180
    assert view.room_hours_this_week == Decimal("7.50")
    quiet = overview(session, VOLUNTEER, D(2026, 12, 8))
    assert (quiet.bookings_today, quiet.bookings_this_week) == (0, 3)
