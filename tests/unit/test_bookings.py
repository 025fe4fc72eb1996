"""Bookings on both databases: one-off and recurring, conflicts in linked rooms, holidays,
and editing or cancelling one date, a date and all following, or the whole series with
every exception surviving."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    BookingSeries,
    HolidayPeriod,
    PeriodKind,
    Role,
    Room,
    SeriesException,
)
from quartierstreff.messages import describe
from quartierstreff.services import bookings, trash
from quartierstreff.services.bookings import BookingDraft, OccurrenceKey, Scope, WarningKind
from quartierstreff.services.errors import (
    BookingConflict,
    ConcurrentEdit,
    FieldInvalid,
    PermissionDenied,
)
from quartierstreff.services.recurrence import Frequency, Recurrence
from quartierstreff.services.security import Actor
from tests.conftest import ADMIN

T = dt.time
D = dt.date
GUEST = Actor(user_id=None, username="kasse", role=Role.TREASURER)


def _room(session: Session, name: str, symbol: str, **fields: object) -> int:
    room = Room(name=name, symbol=symbol, **fields)
    session.add(room)
    session.flush()
    return room.id


@pytest.fixture
def rooms(session: Session) -> dict[str, int]:
    """A hall with two halves and a separate meeting room."""
    ids = {
        "saal": _room(session, "Großer Saal", "S", capacity=80),
        "links": _room(session, "Saal links", "SL", capacity=40),
        "rechts": _room(session, "Saal rechts", "SR", capacity=40),
        "bespr": _room(
            session, "Besprechungsraum", "B", capacity=12, opens_at=T(9), closes_at=T(21)
        ),
    }
    saal = session.get(Room, ids["saal"])
    assert saal is not None
    saal.parts = [session.get(Room, ids["links"]), session.get(Room, ids["rechts"])]  # type: ignore[list-item]
    session.flush()
    return ids


def draft(room_id: int, day: D, start: T, end: T, **fields: object) -> BookingDraft:
    values: dict[str, object] = {"title": "Chorprobe", "room_ids": (room_id,), "day": day}
    values |= {"start_time": start, "end_time": end}
    values |= fields
    return BookingDraft(**values)  # type: ignore[arg-type]


def weekly(**fields: object) -> Recurrence:
    return Recurrence(Frequency.WEEKLY, **fields)  # type: ignore[arg-type]


def week_of(session: Session, monday: D, **filters: object) -> list[tuple[str, str, str]]:
    found = bookings.occurrences(session, ADMIN, monday, monday + dt.timedelta(days=7), **filters)  # type: ignore[arg-type]
    return [(f"{o.starts_at:%d.%m. %H:%M}", f"{o.ends_at:%H:%M}", o.title) for o in found]


def titles_on(session: Session, day: D) -> list[str]:
    return [o.title for o in bookings.occurrences(session, ADMIN, day, day + dt.timedelta(days=1))]


def dates_of(session: Session, series_id: int, start: D, end: D) -> list[D]:
    found = bookings.occurrences(session, ADMIN, start, end)
    return [o.day for o in found if o.key.series_id == series_id]


# --- one-off bookings and conflicts ------------------------------------------------------


def test_one_off_booking_is_listed_with_its_room(session: Session, rooms: dict[str, int]) -> None:
    key = bookings.create_booking(
        session,
        ADMIN,
        draft(
            rooms["bespr"],
            D(2026, 11, 26),
            T(18),
            T(20),
            title="Vorstand",
            expected_people=7,
            is_public=False,
        ),
    )
    assert key.booking_id is not None and key.series_id is None
    [found] = bookings.occurrences(session, ADMIN, D(2026, 11, 23), D(2026, 11, 30))
    assert (found.title, found.room_names, found.room_symbols) == (
        "Vorstand",
        "Besprechungsraum",
        "B",
    )
    assert (found.starts_at, found.ends_at) == (
        dt.datetime(2026, 11, 26, 18),
        dt.datetime(2026, 11, 26, 20),
    )
    assert not found.is_public and found.expected_people == 7


def test_overlap_in_the_same_room_is_refused_naming_the_other_booking(
    session: Session, rooms: dict[str, int]
) -> None:
    bookings.create_booking(session, ADMIN, draft(rooms["bespr"], D(2026, 11, 26), T(18), T(20)))
    with pytest.raises(BookingConflict) as caught:
        bookings.create_booking(
            session,
            ADMIN,
            draft(rooms["bespr"], D(2026, 11, 26), T(19, 30), T(21), title="Yoga"),
        )
    error = caught.value
    assert (error.title, error.room, error.day) == (
        "Chorprobe",
        "Besprechungsraum",
        D(2026, 11, 26),
    )
    assert error.starts_at == dt.datetime(2026, 11, 26, 18)
    assert titles_on(session, D(2026, 11, 26)) == ["Chorprobe"]


def test_back_to_back_bookings_do_not_collide(session: Session, rooms: dict[str, int]) -> None:
    bookings.create_booking(session, ADMIN, draft(rooms["bespr"], D(2026, 11, 26), T(18), T(20)))
    bookings.create_booking(
        session, ADMIN, draft(rooms["bespr"], D(2026, 11, 26), T(20), T(21), title="Yoga")
    )
    assert titles_on(session, D(2026, 11, 26)) == ["Chorprobe", "Yoga"]


def test_whole_hall_blocks_its_parts_and_the_parts_block_the_hall(
    session: Session, rooms: dict[str, int]
) -> None:
    day = D(2026, 11, 27)
    bookings.create_booking(session, ADMIN, draft(rooms["links"], day, T(15), T(17), title="Tanz"))
    # The other half is free …
    bookings.create_booking(
        session, ADMIN, draft(rooms["rechts"], day, T(15), T(17), title="Malen")
    )
    # … the whole hall is not.
    with pytest.raises(BookingConflict) as caught:
        bookings.create_booking(
            session, ADMIN, draft(rooms["saal"], day, T(16), T(18), title="Fest")
        )
    assert caught.value.room in {"Saal links", "Saal rechts"}
    bookings.create_booking(session, ADMIN, draft(rooms["saal"], day, T(18), T(23), title="Fest"))
    with pytest.raises(BookingConflict) as caught:
        bookings.create_booking(session, ADMIN, draft(rooms["rechts"], day, T(20), T(21)))
    assert (caught.value.title, caught.value.room) == ("Fest", "Saal rechts")


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"end_time": T(17)}, "end_time", "before_start"),
        ({"end_time": T(18)}, "end_time", "zero_length"),
        ({"title": "  "}, "title", "required"),
        ({"title": "x" * 201}, "title", "too_long"),
        ({"room_ids": ()}, "rooms", "required"),
        ({"expected_people": -1}, "expected_people", "out_of_range"),
        ({"fee": Decimal("-5")}, "fee", "negative"),
        ({"deposit": Decimal("0.001")}, "deposit", "out_of_range"),
        (
            {"key_handed_out_on": D(2026, 11, 26), "key_returned_on": D(2026, 11, 25)},
            "key_returned_on",
            "before_start",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    session: Session, rooms: dict[str, int], changes: dict[str, object], field: str, reason: str
) -> None:
    bad = draft(rooms["bespr"], D(2026, 11, 26), T(18), T(20), **changes)
    assert (field, reason) in {(p.field, p.reason) for p in bookings.booking_problems(bad)}
    with pytest.raises(FieldInvalid) as caught:
        bookings.create_booking(session, ADMIN, bad)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert bookings.occurrences(session, ADMIN, D(2026, 11, 1), D(2026, 12, 31)) == []


def test_capacity_opening_hours_and_holidays_are_warnings_not_refusals(
    session: Session, rooms: dict[str, int]
) -> None:
    tag_der_einheit = D(2027, 10, 3)  # a Sunday; a public holiday in Baden-Württemberg
    late = draft(rooms["bespr"], tag_der_einheit, T(20), T(22), expected_people=15)
    check = bookings.check_booking(session, ADMIN, late)
    kinds = {(w.kind, w.room_name, w.value) for w in check.warnings}
    assert (WarningKind.CAPACITY, "Besprechungsraum", "12") in kinds
    assert (WarningKind.OPENING_HOURS, "Besprechungsraum", "09:00-21:00") in kinds
    assert (WarningKind.CLOSED_DAY, "", "Tag der Deutschen Einheit") in kinds
    assert (WarningKind.CLOSED_WEEKDAY, "Besprechungsraum", "6") in kinds  # open Mo–Fr
    bookings.create_booking(session, ADMIN, late)
    assert titles_on(session, tag_der_einheit) == ["Chorprobe"]


def test_reading_is_for_everyone_writing_is_not(session: Session, rooms: dict[str, int]) -> None:
    assert bookings.occurrences(session, GUEST, D(2026, 11, 23), D(2026, 11, 30)) == []
    with pytest.raises(PermissionDenied):
        bookings.create_booking(session, GUEST, draft(rooms["bespr"], D(2026, 11, 26), T(9), T(10)))


# --- series -------------------------------------------------------------------------------


def test_weekly_series_is_one_row_and_skips_public_holidays(
    session: Session, rooms: dict[str, int]
) -> None:
    # Thursdays in May 2026: 7., 14. (Christi Himmelfahrt), 21., 28.
    key = bookings.create_booking(
        session,
        ADMIN,
        draft(rooms["bespr"], D(2026, 5, 7), T(15), T(17), recurrence=weekly(until=D(2026, 5, 31))),
    )
    assert key.series_id is not None
    assert session.scalar(select(func.count()).select_from(BookingSeries)) == 1
    assert dates_of(session, key.series_id, D(2026, 5, 1), D(2026, 6, 1)) == [
        D(2026, 5, 7),
        D(2026, 5, 21),
        D(2026, 5, 28),
    ]
    check = bookings.check_booking(
        session,
        ADMIN,
        draft(rooms["links"], D(2026, 5, 7), T(15), T(17), recurrence=weekly(until=D(2026, 5, 31))),
    )
    assert [(s.day, s.reason) for s in check.skipped] == [(D(2026, 5, 14), "Christi Himmelfahrt")]


def test_every_second_week_and_the_nth_weekday_of_the_month(
    session: Session, rooms: dict[str, int]
) -> None:
    fortnightly = bookings.create_booking(
        session,
        ADMIN,
        draft(
            rooms["links"],
            D(2026, 11, 24),
            T(10),
            T(11),
            recurrence=weekly(interval=2, count=4),
        ),
    )
    assert dates_of(session, fortnightly.series_id or 0, D(2026, 11, 1), D(2027, 3, 1)) == [
        D(2026, 11, 24),
        D(2026, 12, 8),
        D(2026, 12, 22),
        D(2027, 1, 5),
    ]
    second_and_fourth_monday = Recurrence(
        Frequency.MONTHLY, weekdays=(0,), positions=(2, 4), until=D(2027, 1, 31)
    )
    monthly = bookings.create_booking(
        session,
        ADMIN,
        draft(rooms["rechts"], D(2026, 12, 1), T(19), T(21), recurrence=second_and_fourth_monday),
    )
    assert dates_of(session, monthly.series_id or 0, D(2026, 12, 1), D(2027, 2, 1)) == [
        D(2026, 12, 14),
        D(2026, 12, 28),
        D(2027, 1, 11),
        D(2027, 1, 25),
    ]
    stored = session.get(BookingSeries, monthly.series_id)
    assert stored is not None and stored.rrule == "FREQ=MONTHLY;BYDAY=+2MO,+4MO"


def test_school_holidays_and_closures_are_skipped(session: Session, rooms: dict[str, int]) -> None:
    session.add_all(
        [
            HolidayPeriod(
                kind=PeriodKind.SCHOOL_HOLIDAY,
                name="Weihnachtsferien 2026/27",
                start_date=D(2026, 12, 23),
                end_date=D(2027, 1, 9),
            ),
            HolidayPeriod(
                kind=PeriodKind.CLOSURE,
                name="Betriebsferien",
                start_date=D(2026, 12, 14),
                end_date=D(2026, 12, 18),
            ),
        ]
    )
    session.flush()
    key = bookings.create_booking(
        session,
        ADMIN,
        draft(
            rooms["links"],
            D(2026, 12, 2),
            T(15),
            T(16),
            title="Hausaufgabenhilfe",
            recurrence=weekly(until=D(2027, 1, 20)),
            skip_school_holidays=True,
        ),
    )
    assert dates_of(session, key.series_id or 0, D(2026, 12, 1), D(2027, 2, 1)) == [
        D(2026, 12, 2),
        D(2026, 12, 9),
        D(2027, 1, 13),
        D(2027, 1, 20),
    ]


@pytest.mark.parametrize(
    ("recurrence", "field", "reason"),
    [
        (weekly(until=D(2076, 11, 24)), "until", "too_long"),
        (weekly(until=D(2026, 11, 1)), "until", "before_start"),
        (weekly(weekdays=(1,), until=D(2026, 11, 23)), "recurrence", "no_dates"),
        (weekly(count=0), "count", "out_of_range"),
        (weekly(interval=0, count=3), "interval", "out_of_range"),
        (Recurrence(Frequency.MONTHLY, positions=(5,), count=3), "positions", "invalid"),
        (weekly(until=D(2027, 1, 1), count=3), "until", "until_and_count"),
    ],
)
def test_series_that_cannot_be_is_refused(
    session: Session,
    rooms: dict[str, int],
    recurrence: Recurrence,
    field: str,
    reason: str,
) -> None:
    bad = draft(rooms["links"], D(2026, 11, 23), T(15), T(16), recurrence=recurrence)
    with pytest.raises(FieldInvalid) as caught:
        bookings.create_booking(session, ADMIN, bad)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert session.scalar(select(func.count()).select_from(BookingSeries)) == 0


def test_series_conflicts_are_listed_and_may_be_skipped(
    session: Session, rooms: dict[str, int]
) -> None:
    bookings.create_booking(
        session, ADMIN, draft(rooms["saal"], D(2026, 12, 9), T(18), T(22), title="Weihnachtsfeier")
    )
    bookings.create_booking(
        session, ADMIN, draft(rooms["links"], D(2026, 12, 16), T(19), T(20), title="Elternabend")
    )
    series = draft(rooms["links"], D(2026, 12, 2), T(18), T(20), recurrence=weekly(count=4))
    check = bookings.check_booking(session, ADMIN, series)
    assert [(c.day, c.other.title) for c in check.conflicts] == [
        (D(2026, 12, 9), "Weihnachtsfeier"),
        (D(2026, 12, 16), "Elternabend"),
    ]
    assert check.bookable_dates == (D(2026, 12, 2), D(2026, 12, 23))
    with pytest.raises(BookingConflict) as caught:
        bookings.create_booking(session, ADMIN, series)
    assert caught.value.count == 2
    assert session.scalar(select(func.count()).select_from(BookingSeries)) == 0

    key = bookings.create_booking(session, ADMIN, series, skip_conflicts=True)
    assert dates_of(session, key.series_id or 0, D(2026, 12, 1), D(2027, 1, 1)) == [
        D(2026, 12, 2),
        D(2026, 12, 23),
    ]
    reasons = session.scalars(select(SeriesException.reason).order_by(SeriesException.id)).all()
    assert reasons == ["Raum belegt: Weihnachtsfeier", "Raum belegt: Elternabend"]


def test_a_series_and_a_one_off_booking_collide_only_where_the_series_takes_place(
    session: Session, rooms: dict[str, int]
) -> None:
    bookings.create_booking(
        session,
        ADMIN,
        draft(rooms["links"], D(2026, 11, 2), T(18), T(20), recurrence=weekly(until=D(2027, 6, 1))),
    )
    with pytest.raises(BookingConflict):
        bookings.create_booking(session, ADMIN, draft(rooms["saal"], D(2027, 3, 1), T(19), T(23)))
    # Ostermontag 2027 (29.03.) the series skips: the hall is free.
    bookings.create_booking(session, ADMIN, draft(rooms["saal"], D(2027, 3, 29), T(19), T(23)))


def test_times_are_local_wall_clock_across_the_dst_switch(
    session: Session, rooms: dict[str, int]
) -> None:
    key = bookings.create_booking(
        session,
        ADMIN,
        draft(rooms["links"], D(2027, 3, 22), T(19), T(21), recurrence=weekly(count=3)),
    )
    found = [
        (o.starts_at, o.ends_at, o.hours)
        for o in bookings.occurrences(session, ADMIN, D(2027, 3, 1), D(2027, 4, 30))
        if o.key.series_id == key.series_id
    ]
    # Summer time starts on 28.03.2027; the group still meets at 19:00 for two hours.
    assert found == [
        (dt.datetime(2027, 3, 22, 19), dt.datetime(2027, 3, 22, 21), 2.0),
        (dt.datetime(2027, 4, 5, 19), dt.datetime(2027, 4, 5, 21), 2.0),
    ]  # 29.03. is Ostermontag


# --- editing and cancelling ----------------------------------------------------------------


@pytest.fixture
def choir(session: Session, rooms: dict[str, int]) -> int:
    """Weekly on Tuesdays 18–20 from 03.11.2026 to 26.01.2027, with one date cancelled
    (10.11.) and one moved (17.11. → Wednesday 18.11.)."""
    key = bookings.create_booking(
        session,
        ADMIN,
        draft(
            rooms["links"], D(2026, 11, 3), T(18), T(20), recurrence=weekly(until=D(2027, 1, 26))
        ),
    )
    series_id = key.series_id
    assert series_id is not None
    bookings.cancel_booking(
        session, ADMIN, OccurrenceKey(series_id, None, D(2026, 11, 10)), reason="Krank"
    )
    bookings.update_booking(
        session,
        ADMIN,
        OccurrenceKey(series_id, None, D(2026, 11, 17)),
        draft(rooms["rechts"], D(2026, 11, 18), T(18), T(20), title="Chorprobe (verlegt)"),
        scope=Scope.ONE,
    )
    return series_id


def _choir_dates(session: Session) -> list[tuple[D, str]]:
    found = bookings.occurrences(session, ADMIN, D(2026, 11, 1), D(2027, 2, 1))
    return [(o.day, o.title) for o in found]


def test_one_date_cancelled_and_one_moved(session: Session, choir: int) -> None:
    found = _choir_dates(session)
    assert found[:3] == [
        (D(2026, 11, 3), "Chorprobe"),
        (D(2026, 11, 18), "Chorprobe (verlegt)"),
        (D(2026, 11, 24), "Chorprobe"),
    ]
    detail = bookings.get_booking(session, ADMIN, OccurrenceKey(choir, None, D(2026, 11, 3)))
    assert [(e.occurrence_date, e.reason, e.moved_to) for e in detail.exceptions] == [
        (D(2026, 11, 10), "Krank", None),
        (D(2026, 11, 17), "", dt.datetime(2026, 11, 18, 18)),
    ]


def test_editing_the_whole_series_keeps_every_exception(
    session: Session, rooms: dict[str, int], choir: int
) -> None:
    detail = bookings.get_booking(session, ADMIN, OccurrenceKey(choir, None, D(2026, 11, 24)))
    assert detail.series_draft is not None
    changed = replace(detail.series_draft, start_time=T(19), end_time=T(21), title="Chor")
    bookings.update_booking(
        session,
        ADMIN,
        detail.key,
        changed,
        scope=Scope.SERIES,
        series_version=detail.series_version,
    )
    found = _choir_dates(session)
    assert D(2026, 11, 10) not in [day for day, _ in found]
    assert (D(2026, 11, 18), "Chorprobe (verlegt)") in found
    assert (D(2026, 11, 24), "Chor") in found
    times = {
        (o.starts_at.time(), o.title)
        for o in bookings.occurrences(session, ADMIN, D(2026, 11, 1), D(2027, 2, 1))
    }
    assert times == {(T(19), "Chor"), (T(18), "Chorprobe (verlegt)")}


def test_this_and_following_splits_the_series_and_moves_later_exceptions(
    session: Session, rooms: dict[str, int], choir: int
) -> None:
    # A cancelled date after the split point, which must survive the split.
    bookings.cancel_booking(
        session, ADMIN, OccurrenceKey(choir, None, D(2026, 12, 29)), reason="Ferien"
    )
    detail = bookings.get_booking(session, ADMIN, OccurrenceKey(choir, None, D(2026, 12, 1)))
    following = draft(
        rooms["rechts"],
        D(2026, 12, 1),
        T(18),
        T(20),
        title="Chor (neuer Raum)",
        recurrence=weekly(until=D(2027, 1, 26)),
    )
    key = bookings.update_booking(
        session,
        ADMIN,
        detail.key,
        following,
        scope=Scope.FOLLOWING,
        series_version=detail.series_version,
    )
    assert key.series_id != choir
    found = _choir_dates(session)
    assert found[:4] == [
        (D(2026, 11, 3), "Chorprobe"),
        (D(2026, 11, 18), "Chorprobe (verlegt)"),
        (D(2026, 11, 24), "Chorprobe"),
        (D(2026, 12, 1), "Chor (neuer Raum)"),
    ]
    assert D(2026, 12, 29) not in [day for day, _ in found]
    assert (D(2027, 1, 26), "Chor (neuer Raum)") in found
    old = session.get(BookingSeries, choir)
    assert old is not None and old.until_date == D(2026, 11, 30)
    new_exceptions = bookings.get_booking(session, ADMIN, key).exceptions
    assert [(e.occurrence_date, e.reason) for e in new_exceptions] == [(D(2026, 12, 29), "Ferien")]


def test_cancel_following_and_the_whole_series(session: Session, choir: int) -> None:
    bookings.cancel_booking(
        session, ADMIN, OccurrenceKey(choir, None, D(2026, 12, 8)), scope=Scope.FOLLOWING
    )
    assert [day for day, _ in _choir_dates(session)] == [
        D(2026, 11, 3),
        D(2026, 11, 18),
        D(2026, 11, 24),
        D(2026, 12, 1),
    ]
    entry = bookings.cancel_booking(
        session, ADMIN, OccurrenceKey(choir, None, D(2026, 11, 3)), scope=Scope.SERIES
    )
    assert entry is not None
    assert _choir_dates(session) == []


def test_a_cancelled_date_can_be_taken_back(session: Session, choir: int) -> None:
    bookings.reinstate_date(session, ADMIN, choir, D(2026, 11, 10))
    bookings.reinstate_date(session, ADMIN, choir, D(2026, 11, 17))
    found = _choir_dates(session)
    assert found[:3] == [
        (D(2026, 11, 3), "Chorprobe"),
        (D(2026, 11, 10), "Chorprobe"),
        (D(2026, 11, 17), "Chorprobe"),
    ]


def test_moving_a_date_onto_a_taken_slot_is_refused(
    session: Session, rooms: dict[str, int], choir: int
) -> None:
    bookings.create_booking(
        session, ADMIN, draft(rooms["saal"], D(2026, 12, 2), T(17), T(19), title="Basar")
    )
    with pytest.raises(BookingConflict) as caught:
        bookings.update_booking(
            session,
            ADMIN,
            OccurrenceKey(choir, None, D(2026, 12, 1)),
            draft(rooms["links"], D(2026, 12, 2), T(18), T(20)),
            scope=Scope.ONE,
        )
    assert caught.value.title == "Basar"
    # Moving the date within its own time is no conflict with itself.
    bookings.update_booking(
        session,
        ADMIN,
        OccurrenceKey(choir, None, D(2026, 12, 1)),
        draft(rooms["links"], D(2026, 12, 1), T(18, 30), T(20, 30)),
        scope=Scope.ONE,
    )


def test_a_stale_form_cannot_overwrite_the_series(
    session: Session, rooms: dict[str, int], choir: int
) -> None:
    detail = bookings.get_booking(session, ADMIN, OccurrenceKey(choir, None, D(2026, 11, 24)))
    assert detail.series_draft is not None
    bookings.update_booking(
        session,
        ADMIN,
        detail.key,
        replace(detail.series_draft, notes="Noten mitbringen"),
        scope=Scope.SERIES,
        series_version=detail.series_version,
    )
    with pytest.raises(ConcurrentEdit):
        bookings.update_booking(
            session,
            ADMIN,
            detail.key,
            detail.series_draft,
            scope=Scope.SERIES,
            series_version=detail.series_version,
        )


def test_one_off_booking_edit_private_hire_and_cancel_to_the_bin(
    session: Session, rooms: dict[str, int]
) -> None:
    key = bookings.create_booking(
        session,
        ADMIN,
        draft(
            rooms["saal"],
            D(2026, 12, 12),
            T(14),
            T(23),
            title="Geburtstag",
            is_public=False,
            fee=Decimal("150.00"),
            deposit=Decimal("100.00"),
            key_handed_out_on=D(2026, 12, 11),
        ),
    )
    detail = bookings.get_booking(session, ADMIN, key)
    assert detail.draft.fee == Decimal("150.00")
    returned = replace(detail.draft, key_returned_on=D(2026, 12, 13))
    bookings.update_booking(session, ADMIN, key, returned, booking_version=detail.booking_version)
    [found] = bookings.occurrences(session, ADMIN, D(2026, 12, 12), D(2026, 12, 13))
    assert found.is_private_hire
    entry = bookings.cancel_booking(session, ADMIN, key)
    assert entry is not None
    assert bookings.occurrences(session, ADMIN, D(2026, 12, 12), D(2026, 12, 13)) == []


def test_iso_week() -> None:
    assert bookings.iso_week("2026-W48") == (D(2026, 11, 23), D(2026, 11, 30))
    with pytest.raises(FieldInvalid):
        bookings.iso_week("2026-48")
    with pytest.raises(FieldInvalid):
        bookings.iso_week("2026-W54")


def test_a_cancelled_series_comes_back_from_the_bin_with_its_exceptions(
    session: Session, rooms: dict[str, int], choir: int
) -> None:
    before = _choir_dates(session)
    entry = bookings.cancel_booking(
        session, ADMIN, OccurrenceKey(choir, None, D(2026, 11, 24)), scope=Scope.SERIES
    )
    assert entry is not None and _choir_dates(session) == []
    trash.restore_from_trash(session, ADMIN, entry.id, dt.datetime(2026, 11, 25, 12))
    assert _choir_dates(session) == before


def test_a_series_does_not_come_back_from_the_bin_onto_a_room_booked_meanwhile(
    session: Session, rooms: dict[str, int], choir: int
) -> None:
    entry = bookings.cancel_booking(
        session, ADMIN, OccurrenceKey(choir, None, D(2026, 11, 24)), scope=Scope.SERIES
    )
    assert entry is not None
    # While the series is in the bin, a reading takes its room on 08.12. ...
    bookings.create_booking(
        session, ADMIN, draft(rooms["links"], D(2026, 12, 8), T(19), T(21), title="Lesung")
    )
    # ... and one in the past (03.11., before "today" 25.11.) is history, no conflict.
    before = _choir_dates(session)
    with pytest.raises(BookingConflict) as caught:
        trash.restore_from_trash(session, ADMIN, entry.id, dt.datetime(2026, 11, 25, 12))
    assert caught.value.title == "Lesung" and caught.value.day == D(2026, 12, 8)
    assert _choir_dates(session) == before  # nothing came back
    assert "Lesung" in describe(caught.value)
    # Once the reading has moved, the series comes back whole.
    [reading] = bookings.occurrences(session, ADMIN, D(2026, 12, 8), D(2026, 12, 9))
    bookings.cancel_booking(session, ADMIN, reading.key)
    trash.restore_from_trash(session, ADMIN, entry.id, dt.datetime(2026, 11, 25, 12))
    assert (D(2026, 12, 8), "Chorprobe") in _choir_dates(session)


def test_a_one_off_booking_does_not_come_back_onto_a_room_booked_meanwhile(
    session: Session, rooms: dict[str, int]
) -> None:
    key = bookings.create_booking(
        session, ADMIN, draft(rooms["links"], D(2026, 12, 12), T(14), T(18), title="Geburtstag")
    )
    entry = bookings.cancel_booking(session, ADMIN, key)
    assert entry is not None
    bookings.create_booking(
        session, ADMIN, draft(rooms["links"], D(2026, 12, 12), T(17), T(19), title="Kinoabend")
    )
    with pytest.raises(BookingConflict) as caught:
        trash.restore_from_trash(session, ADMIN, entry.id, dt.datetime(2026, 11, 25, 12))
    assert caught.value.title == "Kinoabend"
    titles = [
        o.title for o in bookings.occurrences(session, ADMIN, D(2026, 12, 12), D(2026, 12, 13))
    ]
    assert titles == ["Kinoabend"]


def test_a_date_the_series_cancelled_is_no_conflict_when_the_series_changes(
    session: Session, rooms: dict[str, int], choir: int
) -> None:
    # 10.11. is cancelled; someone else uses the room that evening now.
    bookings.create_booking(
        session, ADMIN, draft(rooms["links"], D(2026, 11, 10), T(18), T(22), title="Lesung")
    )
    detail = bookings.get_booking(session, ADMIN, OccurrenceKey(choir, None, D(2026, 11, 24)))
    assert detail.series_draft is not None
    later = replace(detail.series_draft, end_time=T(20, 30))
    check = bookings.check_booking(session, ADMIN, later, editing=detail.key, scope=Scope.SERIES)
    assert check.conflicts == ()
    assert D(2026, 11, 10) not in check.dates
    bookings.update_booking(
        session, ADMIN, detail.key, later, scope=Scope.SERIES, series_version=detail.series_version
    )
    assert (D(2026, 11, 10), "Lesung") in _choir_dates(session)


def test_past_dates_are_history_when_the_whole_series_changes(
    session: Session, rooms: dict[str, int], choir: int
) -> None:
    # The room was used by someone else on a past evening of the series (a data error
    # long ago, or a booking the series now overlaps after getting longer).
    bookings.create_booking(
        session, ADMIN, draft(rooms["links"], D(2026, 11, 3), T(20), T(22), title="Altes Treffen")
    )
    detail = bookings.get_booking(session, ADMIN, OccurrenceKey(choir, None, D(2026, 11, 24)))
    assert detail.series_draft is not None
    longer = replace(detail.series_draft, end_time=T(21))
    with pytest.raises(BookingConflict):
        bookings.update_booking(session, ADMIN, detail.key, longer, scope=Scope.SERIES)
    today = D(2026, 11, 24)
    check = bookings.check_booking(
        session, ADMIN, longer, editing=detail.key, scope=Scope.SERIES, not_before=today
    )
    assert check.conflicts == ()
    bookings.update_booking(
        session, ADMIN, detail.key, longer, scope=Scope.SERIES, not_before=today
    )
    ends = {o.ends_at.time() for o in bookings.occurrences(session, ADMIN, today, D(2027, 2, 1))}
    assert T(21) in ends
