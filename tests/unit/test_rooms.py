"""Einstellungen ▸ Räume: rooms with linked parts, school holidays and closures, on both
databases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff import clock
from quartierstreff.db.models import Booking, BookingSeries, HolidayPeriod, PeriodKind, Role, Room
from quartierstreff.messages import describe
from quartierstreff.services import rooms, trash
from quartierstreff.services.errors import (
    ConcurrentEdit,
    FieldInvalid,
    HolidayFileInvalid,
    NotFound,
    PermissionDenied,
    RoomInUse,
)
from quartierstreff.services.rooms import PeriodDraft, RoomDraft, RoomView
from quartierstreff.services.security import Actor
from tests.conftest import ADMIN

VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
COORDINATOR = Actor(user_id=None, username="koordination", role=Role.COORDINATOR)
EIGHT = dt.time(8)
TEN_PM = dt.time(22)


def _hall(session: Session) -> tuple[RoomView, RoomView, RoomView]:
    """A hall with two parts, as the demo centre has it."""
    part_a = rooms.save_room(session, ADMIN, RoomDraft("Saal A", "SA", capacity=40))
    part_b = rooms.save_room(session, ADMIN, RoomDraft("Saal B", "SB", capacity=40))
    hall = rooms.save_room(
        session,
        ADMIN,
        RoomDraft("Großer Saal", "S", capacity=80, part_ids=(part_a.id, part_b.id)),
    )
    return hall, part_a, part_b


def test_create_and_read_a_room(session: Session) -> None:
    saved = rooms.save_room(
        session,
        COORDINATOR,
        RoomDraft(
            name="  Gruppenraum ",
            symbol=" G ",
            capacity=15,
            equipment=("Flipchart", " ", "Whiteboard", "flipchart"),
            accessible=False,
            opens_at=EIGHT,
            closes_at=TEN_PM,
            open_days=(5, 0, 1, 2, 3, 4, 4),
            notes="Im 1. OG, kein Aufzug.",
        ),
    )
    assert (saved.name, saved.symbol, saved.capacity) == ("Gruppenraum", "G", 15)
    assert saved.equipment == ("Flipchart", "Whiteboard")
    assert saved.open_days == (0, 1, 2, 3, 4, 5)
    assert saved.colour == rooms.PALETTE[0]  # a pleasant colour of its own
    assert saved.is_active and saved.version == 1
    row = session.get(Room, saved.id)
    assert row is not None and row.open_days == "012345"
    assert row.equipment == "Flipchart\nWhiteboard"
    assert rooms.get_room(session, VOLUNTEER, saved.id) == saved
    assert rooms.list_rooms(session, VOLUNTEER) == [saved]
    # Opening hours are a warning for bookings: the view answers the question.
    assert saved.is_open_during(dt.datetime(2026, 11, 28, 10), dt.datetime(2026, 11, 28, 12))
    assert not saved.is_open_during(dt.datetime(2026, 11, 29, 10), dt.datetime(2026, 11, 29, 12))
    assert not saved.is_open_during(dt.datetime(2026, 11, 27, 21), dt.datetime(2026, 11, 27, 23))


def test_new_rooms_get_distinct_colours_and_go_last(session: Session) -> None:
    first = rooms.save_room(session, ADMIN, RoomDraft("Küche", "K", colour="#4E79A7"))
    second = rooms.save_room(session, ADMIN, RoomDraft("Werkstatt", "W"))
    assert first.colour == "#4e79a7"
    assert second.colour == rooms.PALETTE[1]
    assert second.position > first.position


def test_update_with_optimistic_locking(session: Session) -> None:
    room = rooms.save_room(session, ADMIN, RoomDraft("Gruppenraum", "G", capacity=15))
    changed = rooms.save_room(
        session,
        ADMIN,
        replace(room.to_draft(), capacity=12, notes="neu"),
        room_id=room.id,
        expected_version=room.version,
    )
    assert changed.capacity == 12 and changed.notes == "neu"
    assert changed.version == room.version + 1
    with pytest.raises(ConcurrentEdit) as stale:
        rooms.save_room(
            session,
            ADMIN,
            replace(room.to_draft(), capacity=10),
            room_id=room.id,
            expected_version=room.version,
        )
    assert stale.value.entity == "room"
    assert rooms.get_room(session, ADMIN, room.id).capacity == 12
    with pytest.raises(NotFound):
        rooms.save_room(session, ADMIN, RoomDraft("X", "X"), room_id=99999)


def test_every_problem_is_reported_at_once() -> None:
    other = RoomView(
        id=1,
        name="Großer Saal",
        symbol="S",
        capacity=80,
        equipment=(),
        accessible=True,
        opens_at=None,
        closes_at=None,
        open_days=(),
        colour="",
        position=0,
        is_active=True,
        notes="",
        part_ids=(),
        whole_ids=(),
        version=1,
    )
    draft = rooms.clean_room_draft(
        RoomDraft(
            name="großer saal",
            symbol="s",
            capacity=0,
            opens_at=TEN_PM,
            closes_at=EIGHT,
            open_days=(),
            colour="blau",
        )
    )
    problems = rooms.room_problems(draft, [other])
    assert [(p.field, p.reason) for p in problems] == [
        ("name", "taken"),
        ("symbol", "taken"),
        ("capacity", "range"),
        ("closes_at", "not_after_opening"),
        ("open_days", "required"),
        ("colour", "format"),
    ]
    assert rooms.room_problems(rooms.clean_room_draft(RoomDraft("Saal", "S2")), [other]) == []


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (RoomDraft(" ", "G"), "name", "required"),
        (RoomDraft("Raum", ""), "symbol", "required"),
        (RoomDraft("Raum", "ABCDEFGHI"), "symbol", "too_long"),
        (RoomDraft("Raum\x07", "R"), "name", "control_characters"),
        (RoomDraft("Raum", "R", capacity=10_001), "capacity", "range"),
        (RoomDraft("Raum", "R", capacity=-3), "capacity", "range"),
        (RoomDraft("Raum", "R", opens_at=EIGHT), "closes_at", "required"),
        (RoomDraft("Raum", "R", closes_at=EIGHT), "opens_at", "required"),
        (RoomDraft("Raum", "R", opens_at=EIGHT, closes_at=EIGHT), "closes_at", "not_after_opening"),
        (RoomDraft("Raum", "R", open_days=(7,)), "open_days", "format"),
        (RoomDraft("Raum", "R", colour="#12345"), "colour", "format"),
        (RoomDraft("Raum", "R", equipment=("x" * 201,)), "equipment", "item_too_long"),
        (
            RoomDraft("Raum", "R", equipment=tuple(str(n) for n in range(51))),
            "equipment",
            "too_many",
        ),
        (RoomDraft("Raum", "R", notes="x" * 20_001), "notes", "too_long"),
        (RoomDraft("Raum", "R", part_ids=(99999,)), "part_ids", "unknown"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(
    session: Session, draft: RoomDraft, field: str, reason: str
) -> None:
    with pytest.raises(FieldInvalid) as refused:
        rooms.save_room(session, ADMIN, draft)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert session.scalar(select(func.count()).select_from(Room)) == 0
    assert describe(refused.value)  # a German sentence for the command line
    assert "FieldInvalid" not in describe(refused.value)


def test_names_and_symbols_are_unique_ignoring_case(session: Session) -> None:
    rooms.save_room(session, ADMIN, RoomDraft("Gruppenraum", "G"))
    with pytest.raises(FieldInvalid) as name:
        rooms.save_room(session, ADMIN, RoomDraft("GRUPPENRAUM", "G2"))
    assert (name.value.field, name.value.reason) == ("name", "taken")
    with pytest.raises(FieldInvalid) as symbol:
        rooms.save_room(session, ADMIN, RoomDraft("Werkstatt", "g"))
    assert (symbol.value.field, symbol.value.reason) == ("symbol", "taken")
    assert describe(symbol.value) == "Das Kürzel „g“ hat schon ein anderer Raum."


def test_linked_rooms_one_level(session: Session) -> None:
    hall, part_a, part_b = _hall(session)
    assert hall.part_ids == (part_a.id, part_b.id)
    assert set(hall.linked_ids) == {part_a.id, part_b.id}
    listed = {room.symbol: room for room in rooms.list_rooms(session, VOLUNTEER)}
    assert listed["SA"].whole_ids == (hall.id,)
    assert listed["SA"].linked_ids == (hall.id,)

    def refused(draft: RoomDraft, room_id: int | None = None) -> tuple[str, str, str]:
        with pytest.raises(FieldInvalid) as caught:
            rooms.save_room(session, ADMIN, draft, room_id=room_id)
        return caught.value.field, caught.value.reason, caught.value.value

    # A room is no part of itself.
    assert refused(replace(hall.to_draft(), part_ids=(hall.id,)), hall.id)[:2] == (
        "part_ids",
        "self",
    )
    # A part has no parts of its own (and so there are no cycles: A in B in A).
    assert refused(replace(part_a.to_draft(), part_ids=(part_b.id,)), part_a.id) == (
        "part_ids",
        "is_part",
        "Großer Saal",
    )
    assert refused(RoomDraft("Haus", "H", part_ids=(hall.id,))) == (
        "part_ids",
        "part_has_parts",
        "Großer Saal",
    )
    # Taking a part out of the hall raises the hall's version: the links changed.
    smaller = rooms.save_room(
        session,
        ADMIN,
        replace(hall.to_draft(), part_ids=(part_a.id,)),
        room_id=hall.id,
        expected_version=hall.version,
    )
    assert smaller.part_ids == (part_a.id,) and smaller.version == hall.version + 1
    assert rooms.get_room(session, ADMIN, part_b.id).whole_ids == ()


def test_move_and_deactivate(session: Session) -> None:
    hall, part_a, part_b = _hall(session)
    assert [r.symbol for r in rooms.list_rooms(session, ADMIN)] == ["SA", "SB", "S"]
    moved = rooms.move_room(session, ADMIN, hall.id, -5)
    assert [r.symbol for r in moved] == ["S", "SA", "SB"]
    assert [r.position for r in moved] == [0, 1, 2]
    moved = rooms.move_room(session, ADMIN, part_a.id, 1)
    assert [r.symbol for r in moved] == ["S", "SB", "SA"]

    current = rooms.get_room(session, ADMIN, part_b.id)  # moving raised its version
    off = rooms.set_room_active(session, ADMIN, part_b.id, False, expected_version=current.version)
    assert not off.is_active
    assert [r.symbol for r in rooms.list_rooms(session, VOLUNTEER)] == ["S", "SA"]
    everything = rooms.list_rooms(session, VOLUNTEER, include_inactive=True)
    assert [r.symbol for r in everything] == ["S", "SB", "SA"]
    on = rooms.set_room_active(session, ADMIN, part_b.id, True)
    assert on.is_active
    with pytest.raises(NotFound):
        rooms.move_room(session, ADMIN, 99999, 1)


def test_volunteers_read_but_do_not_change_rooms(session: Session) -> None:
    room = rooms.save_room(session, ADMIN, RoomDraft("Gruppenraum", "G"))
    assert rooms.list_rooms(session, VOLUNTEER) == [room]
    with pytest.raises(PermissionDenied):
        rooms.save_room(session, VOLUNTEER, RoomDraft("Küche", "K"))
    with pytest.raises(PermissionDenied):
        rooms.delete_room(session, VOLUNTEER, room.id)
    with pytest.raises(PermissionDenied):
        rooms.add_known_school_holidays(session, VOLUNTEER)


def test_delete_a_room_into_the_bin_and_back(session: Session) -> None:
    hall, part_a, _part_b = _hall(session)
    entry = rooms.delete_room(session, ADMIN, part_a.id)
    assert entry.summary == "Saal A"
    assert rooms.get_room(session, ADMIN, hall.id).part_ids != (part_a.id,)
    assert part_a.id not in rooms.get_room(session, ADMIN, hall.id).part_ids
    trash.restore_from_trash(session, ADMIN, entry.id, clock.now())
    session.expire_all()
    assert part_a.id in rooms.get_room(session, ADMIN, hall.id).part_ids


def test_a_room_in_use_is_not_deleted(session: Session) -> None:
    hall, part_a, _part_b = _hall(session)
    hall_row = session.get(Room, hall.id)
    part_row = session.get(Room, part_a.id)
    assert hall_row is not None and part_row is not None
    session.add(
        Booking(
            title="Sommerfest",
            starts_at=dt.datetime(2026, 7, 4, 14),
            ends_at=dt.datetime(2026, 7, 4, 22),
            rooms=[hall_row],
        )
    )
    for title in ("Yoga", "Sitzgymnastik"):
        session.add(
            BookingSeries(
                title=title,
                first_date=dt.date(2026, 1, 8),
                start_time=dt.time(10),
                end_time=dt.time(11),
                rrule="FREQ=WEEKLY",
                rooms=[part_row],
            )
        )
    session.flush()
    with pytest.raises(RoomInUse) as hall_used:
        rooms.delete_room(session, ADMIN, hall.id)
    assert (hall_used.value.bookings, hall_used.value.series) == (1, 0)
    with pytest.raises(RoomInUse) as part_used:
        rooms.delete_room(session, ADMIN, part_a.id)
    assert (part_used.value.name, part_used.value.bookings, part_used.value.series) == (
        "Saal A",
        0,
        2,
    )
    sentence = describe(part_used.value)
    assert "2 Serienbuchungen" in sentence and "deaktivieren" in sentence
    assert "1 Buchung " in describe(hall_used.value)
    assert session.get(Room, part_a.id) is not None
    # Deactivating is the way out: the series keep their room.
    rooms.set_room_active(session, ADMIN, part_a.id, False)
    assert session.scalar(select(func.count()).select_from(BookingSeries)) == 2


# --- school holidays and closures ------------------------------------------------------


def test_periods_create_list_change_delete(session: Session) -> None:
    summer = rooms.save_period(
        session,
        COORDINATOR,
        PeriodDraft(
            PeriodKind.SCHOOL_HOLIDAY,
            " Sommerferien 2026 ",
            dt.date(2026, 7, 30),
            dt.date(2026, 9, 12),
        ),
    )
    assert summer.name == "Sommerferien 2026" and summer.days == 45
    closure = rooms.save_period(
        session,
        COORDINATOR,
        PeriodDraft(
            PeriodKind.CLOSURE, "Betriebsferien", dt.date(2026, 12, 27), dt.date(2026, 12, 30)
        ),
    )
    assert rooms.list_periods(session, VOLUNTEER) == [summer, closure]
    assert rooms.list_periods(session, VOLUNTEER, kind=PeriodKind.CLOSURE) == [closure]
    # Periods that touch the window, the first and last day included.
    assert rooms.list_periods(
        session, VOLUNTEER, start=dt.date(2026, 9, 12), end=dt.date(2026, 12, 27)
    ) == [summer, closure]
    assert (
        rooms.list_periods(
            session, VOLUNTEER, start=dt.date(2026, 9, 13), end=dt.date(2026, 12, 26)
        )
        == []
    )
    longer = rooms.save_period(
        session,
        COORDINATOR,
        PeriodDraft(
            PeriodKind.CLOSURE, "Betriebsferien", dt.date(2026, 12, 27), dt.date(2027, 1, 2)
        ),
        period_id=closure.id,
    )
    assert longer.id == closure.id and longer.covers(dt.date(2027, 1, 1))
    rooms.delete_period(session, COORDINATOR, closure.id)
    assert rooms.list_periods(session, VOLUNTEER) == [summer]
    with pytest.raises(NotFound):
        rooms.delete_period(session, COORDINATOR, closure.id)


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (
            PeriodDraft(PeriodKind.CLOSURE, "", dt.date(2026, 1, 1), dt.date(2026, 1, 2)),
            "name",
            "required",
        ),
        (
            PeriodDraft(PeriodKind.CLOSURE, "Umbau", dt.date(2026, 3, 2), dt.date(2026, 3, 1)),
            "end_date",
            "before_start",
        ),
        (
            PeriodDraft(PeriodKind.CLOSURE, "Umbau", dt.date(2026, 1, 1), dt.date(2027, 1, 2)),
            "end_date",
            "period_too_long",
        ),
        (
            PeriodDraft(
                PeriodKind.SCHOOL_HOLIDAY,
                "herbstferien 2026",
                dt.date(2026, 10, 26),
                dt.date(2026, 10, 30),
            ),
            "name",
            "period_taken",
        ),
    ],
)
def test_bad_periods_are_refused(
    session: Session, draft: PeriodDraft, field: str, reason: str
) -> None:
    rooms.save_period(
        session,
        ADMIN,
        PeriodDraft(
            PeriodKind.SCHOOL_HOLIDAY,
            "Herbstferien 2026",
            dt.date(2026, 10, 26),
            dt.date(2026, 10, 31),
        ),
    )
    with pytest.raises(FieldInvalid) as refused:
        rooms.save_period(session, ADMIN, draft)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert session.scalar(select(func.count()).select_from(HolidayPeriod)) == 1
    assert "FieldInvalid" not in describe(refused.value)
    # A whole leap year is allowed, one day more is not.
    leap = PeriodDraft(PeriodKind.CLOSURE, "Umbau", dt.date(2028, 1, 1), dt.date(2028, 12, 31))
    assert rooms.period_problems(leap, []) == []


def test_known_school_holidays_are_added_once(session: Session) -> None:
    known = rooms.known_school_holidays()
    assert len(known) >= 10
    assert all(p.kind is PeriodKind.SCHOOL_HOLIDAY and p.start <= p.end for p in known)
    summer = next(p for p in known if p.name == "Sommerferien 2026")
    assert (summer.start, summer.end) == (dt.date(2026, 7, 30), dt.date(2026, 9, 12))
    # One of them is already there, entered by hand.
    rooms.save_period(session, ADMIN, summer)
    added = rooms.add_known_school_holidays(session, COORDINATOR)
    assert added == len(known) - 1
    assert rooms.add_known_school_holidays(session, COORDINATOR) == 0  # idempotent
    stored = rooms.list_periods(session, ADMIN, kind=PeriodKind.SCHOOL_HOLIDAY)
    assert len(stored) == len(known)


@pytest.mark.parametrize(
    ("content", "reason", "entry"),
    [
        ("[[period]\nname = ", "syntax", 0),
        ("title = 'nichts'\n", "no_periods", 0),
        (
            '[[period]]\nname = "Herbst"\nstart = 2026-10-26\nend = 2026-10-31\n'
            '[[period]]\nname = ""\nstart = 2026-12-23\nend = 2027-01-09\n',
            "name",
            2,
        ),
        ('[[period]]\nname = "Herbst"\nstart = "26.10.2026"\nend = 2026-10-31\n', "start", 1),
        ('[[period]]\nname = "Herbst"\nstart = 2026-10-26\nend = 2026-10-31T12:00:00\n', "end", 1),
        ('[[period]]\nname = "Herbst"\nstart = 2026-10-31\nend = 2026-10-26\n', "order", 1),
        ('[[period]]\nname = "Herbst"\nstart = 2026-01-01\nend = 2027-10-26\n', "too_long", 1),
        (
            '[[period]]\nname = "Herbst"\nstart = 2026-10-26\nend = 2026-10-31\n'
            '[[period]]\nname = "herbst"\nstart = 2026-10-26\nend = 2026-10-30\n',
            "duplicate",
            2,
        ),
    ],
)
def test_a_broken_holiday_file_adds_nothing(
    session: Session, tmp_path: Path, content: str, reason: str, entry: int
) -> None:
    path = tmp_path / "ferien.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HolidayFileInvalid) as broken:
        rooms.add_known_school_holidays(session, ADMIN, path=path)
    assert (broken.value.reason, broken.value.entry) == (reason, entry)
    assert session.scalar(select(func.count()).select_from(HolidayPeriod)) == 0
    sentence = describe(broken.value)
    assert "ferien.toml" in sentence and "nichts" in sentence
    if entry:
        assert f"Eintrag {entry}" in sentence


def test_a_missing_or_binary_holiday_file(session: Session, tmp_path: Path) -> None:
    with pytest.raises(HolidayFileInvalid) as missing:
        rooms.known_school_holidays(tmp_path / "fehlt.toml")
    assert missing.value.reason == "missing"
    binary = tmp_path / "kaputt.toml"
    binary.write_bytes(b"\x00\xff\xfe\x00 binary")
    with pytest.raises(HolidayFileInvalid) as unreadable:
        rooms.known_school_holidays(binary)
    assert unreadable.value.reason == "syntax"


def test_open_days_as_text() -> None:
    assert rooms.parse_open_days("01234") == (0, 1, 2, 3, 4)
    assert rooms.parse_open_days("") == ()
    assert rooms.format_open_days((6, 0, 0)) == "06"
    assert rooms.day_runs((0, 1, 2, 3, 4, 6)) == [(0, 4), (6, 6)]
    assert rooms.day_runs(()) == []
