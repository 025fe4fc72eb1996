"""Two programs book the same room at the same moment: exactly one wins.

Each "program" is its own ``Database`` (own engine, own connection pool) on one SQLite
file or one PostgreSQL database, run in its own thread. The first booking is held open
after its check (the window in which a naive check-then-insert lets a second booking
through); the second starts inside that window. It must wait, see the first booking
once it is committed, and be refused with the name of the booking in the way.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role, Room
from quartierstreff.db.open import open_database
from quartierstreff.services import bookings
from quartierstreff.services.bookings import BookingDraft
from quartierstreff.services.errors import BookingConflict
from quartierstreff.services.recurrence import Recurrence
from quartierstreff.services.security import Actor, acting_as
from tests.conftest import BACKENDS

ANNA = Actor(user_id=None, username="anna", role=Role.VOLUNTEER)
BERT = Actor(user_id=None, username="bert", role=Role.COORDINATOR)
HOLD = 0.6
"""Seconds the first booking stays uncommitted after its check."""


@pytest.fixture(params=BACKENDS)
def two_programs(
    request: pytest.FixtureRequest, new_database_url: Callable[[str], str], tmp_path: Path
) -> Iterator[tuple[Database, Database, dict[str, int]]]:
    url = make_url(new_database_url(request.param))
    first = open_database(url, tmp_path / "backups")
    second = open_database(url, tmp_path / "backups")
    with first.unit_of_work() as session, acting_as(session, BERT):
        hall = Room(name="Großer Saal", symbol="S")
        left = Room(name="Saal links", symbol="SL")
        right = Room(name="Saal rechts", symbol="SR")
        hall.parts = [left, right]
        session.add_all([hall, left, right])
        session.flush()
        rooms = {"hall": hall.id, "left": left.id, "right": right.id}
    yield first, second, rooms
    first.close()
    second.close()


def _draft(room_id: int, title: str, **fields: object) -> BookingDraft:
    return BookingDraft(
        title=title,
        room_ids=(room_id,),
        day=dt.date(2026, 12, 3),
        start_time=dt.time(18),
        end_time=dt.time(21),
        **fields,  # type: ignore[arg-type]
    )


def _race(
    first: Database, first_draft: BookingDraft, second: Database, second_draft: BookingDraft
) -> dict[str, object]:
    """Book ``first_draft`` and hold the unit of work open; book ``second_draft`` from the
    other program meanwhile. Returns what each thread ended with."""
    checked = threading.Event()
    results: dict[str, object] = {}

    def book_and_hold() -> None:
        try:
            with first.unit_of_work() as session:
                results["first"] = bookings.create_booking(session, ANNA, first_draft)
                checked.set()
                threading.Event().wait(HOLD)
        except Exception as exc:  # the test reports it
            results["first"] = exc
        finally:
            checked.set()

    def book_meanwhile() -> None:
        checked.wait(10)
        try:
            with second.unit_of_work() as session:
                results["second"] = bookings.create_booking(session, BERT, second_draft)
        except Exception as exc:  # the test reports it
            results["second"] = exc

    threads = [threading.Thread(target=book_and_hold), threading.Thread(target=book_meanwhile)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [("left", "left"), ("hall", "right"), ("right", "hall")],
    ids=["same room", "hall after part", "part after hall"],
)
def test_two_programs_book_at_once_and_exactly_one_wins(
    two_programs: tuple[Database, Database, dict[str, int]], mine: str, theirs: str
) -> None:
    first, second, rooms = two_programs
    results = _race(first, _draft(rooms[mine], "Chorprobe"), second, _draft(rooms[theirs], "Yoga"))
    assert isinstance(results["first"], bookings.OccurrenceKey), results
    refused = results["second"]
    assert isinstance(refused, BookingConflict), results
    assert refused.title == "Chorprobe"
    with first.unit_of_work() as session:
        found = bookings.occurrences(session, ANNA, dt.date(2026, 12, 1), dt.date(2026, 12, 8))
    assert [occurrence.title for occurrence in found] == ["Chorprobe"]


def test_a_series_and_a_one_off_booking_race(
    two_programs: tuple[Database, Database, dict[str, int]],
) -> None:
    first, second, rooms = two_programs
    series = _draft(rooms["hall"], "Tanzkurs", recurrence=Recurrence(count=8))
    results = _race(first, series, second, _draft(rooms["left"], "Elternabend"))
    assert isinstance(results["first"], bookings.OccurrenceKey), results
    assert isinstance(results["second"], BookingConflict), results


def test_two_halves_do_not_block_each_other(
    two_programs: tuple[Database, Database, dict[str, int]],
) -> None:
    first, second, rooms = two_programs
    results = _race(first, _draft(rooms["left"], "Malen"), second, _draft(rooms["right"], "Tanz"))
    assert isinstance(results["first"], bookings.OccurrenceKey), results
    assert isinstance(results["second"], bookings.OccurrenceKey), results
