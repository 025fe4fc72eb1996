"""The conflict check at 10 years of bookings against the same check at 1 month.

Two databases with the same 20 rooms (one hall with two parts) and the same school
holidays: one holds 10 years of bookings (every room has four weekly series, renewed each
year, with a few cancelled dates, and a few thousand one-off bookings), the other the
same kind of bookings for one month around the day of the check. On each,
``bookings.check_booking`` runs for what the booking dialog checks: a one-off booking in
a busy room, and a weekly series for one year in the same room. The ratio 10 years /
1 month says whether the check grows with the history (target: close to 1).

The series check looks a year ahead; both databases hold bookings only up to the end of
the check's year (10 years) or month (1 month), so it finds a few more conflicts in the
large one. The calendar's read of one week (``bookings.occurrences``) is reported too.

The rows are written with core inserts in one transaction, not through the service.
Report only: nothing here asserts on timing. Run with ``make bench``.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from quartierstreff.db.engine import make_engine
from quartierstreff.db.models import (
    Base,
    Booking,
    BookingSeries,
    HolidayPeriod,
    Room,
    SeriesException,
    booking_rooms,
    room_parts,
    series_rooms,
)
from quartierstreff.services import bookings
from quartierstreff.services.bookings import BookingDraft
from quartierstreff.services.recurrence import Frequency, Recurrence
from quartierstreff.services.rooms import known_school_holidays
from tests.conftest import ADMIN, BACKENDS

ROOMS = 20
ROUNDS = 7
CHECK_DAY = dt.date(2026, 11, 24)  # a Tuesday
BUSY_ROOM = 5
TEN_YEARS = (dt.date(2017, 1, 1), dt.date(2026, 12, 31))
ONE_MONTH = (dt.date(2026, 11, 9), dt.date(2026, 12, 9))
ONE_OFFS_PER_YEAR = 300
WEEKLY = (  # weekday, start, end: four groups per room and week
    ("MO", 0, dt.time(10), dt.time(12)),
    ("TU", 1, dt.time(15), dt.time(17)),
    ("WE", 2, dt.time(18), dt.time(20)),
    ("TH", 3, dt.time(9), dt.time(11)),
)


@dataclass
class _Rows:
    series: list[dict[str, Any]]
    series_rooms: list[dict[str, Any]]
    exceptions: list[dict[str, Any]]
    bookings: list[dict[str, Any]]
    booking_rooms: list[dict[str, Any]]


def _first_on(weekday: int, day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _stretches(first: dt.date, last: dt.date) -> Iterator[tuple[dt.date, dt.date]]:
    """The stretches a weekly series runs before it is renewed: calendar years."""
    year = first.year
    while year <= last.year:
        yield max(first, dt.date(year, 1, 1)), min(last, dt.date(year, 12, 31))
        year += 1


def _rows(first: dt.date, last: dt.date) -> _Rows:
    rng = random.Random(7)
    rows = _Rows([], [], [], [], [])
    series_id = 0
    for room_id in range(1, ROOMS + 1):
        for start, end in _stretches(first, last):
            for code, weekday, begins, ends in WEEKLY:
                first_date = _first_on(weekday, start)
                if first_date > end:
                    continue
                series_id += 1
                rows.series.append(
                    {
                        "id": series_id,
                        "title": f"Gruppe {room_id}-{code}",
                        "notes": "",
                        "first_date": first_date,
                        "start_time": begins,
                        "end_time": ends,
                        "rrule": f"FREQ=WEEKLY;BYDAY={code}",
                        "until_date": end,
                        "expected_people": 12,
                    }
                )
                rows.series_rooms.append({"series_id": series_id, "room_id": room_id})
                for weeks in (9, 29):  # two cancelled dates a year
                    day = first_date + dt.timedelta(weeks=weeks)
                    if day <= end:
                        rows.exceptions.append(
                            {"series_id": series_id, "occurrence_date": day, "reason": "Ausfall"}
                        )
    days = (last - first).days + 1
    count = max(1, round(ONE_OFFS_PER_YEAR * days / 365))
    for booking_id in range(1, count + 1):
        day = first + dt.timedelta(days=rng.randrange(days))
        hour = rng.choice((12, 13, 19, 20))
        rows.bookings.append(
            {
                "id": booking_id,
                "title": f"Feier {booking_id}",
                "notes": "",
                "starts_at": dt.datetime.combine(day, dt.time(hour)),
                "ends_at": dt.datetime.combine(day, dt.time(hour + 2)),
                "expected_people": rng.randint(5, 60),
            }
        )
        rows.booking_rooms.append({"booking_id": booking_id, "room_id": rng.randint(1, ROOMS)})
    return rows


def _fill(engine: Engine, first: dt.date, last: dt.date) -> _Rows:
    """20 rooms, the BW school holidays and the bookings, in one transaction."""
    Base.metadata.create_all(engine)
    rows = _rows(first, last)
    rooms = [
        {
            "id": number,
            "name": f"Raum {number}",
            "symbol": f"R{number}",
            "equipment": "",
            "notes": "",
            "position": number,
            "opens_at": dt.time(8),
            "closes_at": dt.time(22),
        }
        for number in range(1, ROOMS + 1)
    ]
    periods = [
        {"kind": p.kind, "name": p.name, "start_date": p.start, "end_date": p.end}
        for p in known_school_holidays()
    ]
    with engine.begin() as connection:
        connection.execute(insert(Room), rooms)
        connection.execute(
            insert(room_parts), [{"whole_id": 1, "part_id": 2}, {"whole_id": 1, "part_id": 3}]
        )
        connection.execute(insert(HolidayPeriod), periods)
        for table, values in (
            (BookingSeries, rows.series),
            (series_rooms, rows.series_rooms),
            (SeriesException, rows.exceptions),
            (Booking, rows.bookings),
            (booking_rooms, rows.booking_rooms),
        ):
            if values:
                connection.execute(insert(table), values)
        connection.execute(text("ANALYZE"))  # as a database in use would have statistics
    if engine.dialect.name == "postgresql":  # ids were given: move the sequences on
        with engine.begin() as connection:
            for table in ("rooms", "booking_series", "bookings"):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
    return rows


def _one_off() -> BookingDraft:
    # Overlaps the room's Tuesday group (15–17).
    return BookingDraft("Elterncafé", (BUSY_ROOM,), CHECK_DAY, dt.time(15, 30), dt.time(16, 30))


def _series() -> BookingDraft:
    return BookingDraft(
        "Nachhilfe",
        (BUSY_ROOM,),
        CHECK_DAY,
        dt.time(16),
        dt.time(18),
        recurrence=Recurrence(Frequency.WEEKLY, until=CHECK_DAY + dt.timedelta(days=364)),
    )


def _best(engine: Engine, action: Callable[[Session], object]) -> tuple[float, object]:
    times = []
    with Session(engine) as session:
        result = action(session)  # warm the caches once, as the open dialog has
        for _ in range(ROUNDS):
            start = time.perf_counter()
            action(session)
            times.append(time.perf_counter() - start)
            session.rollback()
    return min(times), result


CHECKS: dict[str, Callable[[Session], object]] = {
    "one-off in a busy room": lambda s: bookings.check_booking(s, ADMIN, _one_off()),
    "weekly series, 1 year": lambda s: bookings.check_booking(s, ADMIN, _series()),
    "calendar week read": lambda s: bookings.occurrences(
        s, ADMIN, CHECK_DAY - dt.timedelta(days=1), CHECK_DAY + dt.timedelta(days=6)
    ),
}


@pytest.fixture(params=BACKENDS)
def filled(
    request: pytest.FixtureRequest, new_database_url: Callable[[str], str]
) -> Iterator[dict[str, tuple[Engine, _Rows]]]:
    databases = {}
    for label, (first, last) in (("10 years", TEN_YEARS), ("1 month", ONE_MONTH)):
        engine = make_engine(new_database_url(request.param))
        databases[label] = (engine, _fill(engine, first, last))
    yield databases
    for engine, _rows_written in databases.values():
        engine.dispose()


def _found(result: object) -> str:
    if isinstance(result, bookings.BookingCheck):
        return f"{len(result.dates):3} dates, {len(result.conflicts):3} conflicts"
    if isinstance(result, list):
        return f"{len(result):3} dates in the week"
    return ""


def test_conflict_check_at_10_years_against_1_month(
    filled: dict[str, tuple[Engine, _Rows]], capsys: pytest.CaptureFixture[str]
) -> None:
    big, big_rows = filled["10 years"]
    small, small_rows = filled["1 month"]
    lines = []
    for name, action in CHECKS.items():
        big_time, big_result = _best(big, action)
        small_time, small_result = _best(small, action)
        lines.append(
            f"  {name:24} 10 years {big_time * 1000:7.1f} ms ({_found(big_result)})   "
            f"1 month {small_time * 1000:7.1f} ms ({_found(small_result)})   "
            f"ratio {big_time / small_time:5.2f}x"
        )
    sizes = {
        label: f"{len(rows.series)} series, {len(rows.exceptions)} cancelled dates, "
        f"{len(rows.bookings)} one-off bookings"
        for label, rows in (("10 years", big_rows), ("1 month", small_rows))
    }
    with capsys.disabled():
        print(f"\n[bench] booking check, {ROOMS} rooms on {big.dialect.name}, best of {ROUNDS}:")
        for label, size in sizes.items():
            print(f"  {label}: {size}")
        print("\n".join(lines))
        print("  ratio = 10 years / 1 month (close to 1: the check does not grow with history)")
