"""The week's layout (ui/models/week.py) without a database: days, lanes, columns side by
side, the time axis and the day information."""

from __future__ import annotations

import datetime as dt

from quartierstreff.services.bookings import Occurrence, OccurrenceKey, RoomRef
from quartierstreff.services.calendar_days import DayCalendar, Period
from quartierstreff.ui.models.week import (
    FIRST_HOUR,
    LAST_HOUR,
    LaneRoom,
    lay_out_week,
    monday_of,
)

MONDAY = dt.date(2026, 11, 23)
TODAY = dt.date(2026, 11, 24)
HALL = LaneRoom(1, "Großer Saal", "S", "#4e79a7", 0, frozenset({2, 3}))
HALL_A = LaneRoom(2, "Saal A", "SA", "#76b7b2", 1, frozenset({1}))
HALL_B = LaneRoom(3, "Saal B", "SB", "#f28e2b", 2, frozenset({1}))
GROUP_ROOM = LaneRoom(4, "Gruppenraum", "G", "#59a14f", 3)
ROOMS = (HALL, HALL_A, HALL_B, GROUP_ROOM)
_ids = iter(range(1, 1000))


def _ref(room: LaneRoom) -> RoomRef:
    return RoomRef(room.id, room.name, room.symbol, room.colour, room.position)


def booking(
    day: dt.date, start: str, end: str, *rooms: LaneRoom, title: str = "Termin"
) -> Occurrence:
    return Occurrence(
        key=OccurrenceKey(booking_id=next(_ids)),
        starts_at=dt.datetime.combine(day, dt.time.fromisoformat(start)),
        ends_at=dt.datetime.combine(day, dt.time.fromisoformat(end)),
        title=title,
        rooms=tuple(_ref(room) for room in rooms),
    )


def test_monday_of() -> None:
    assert monday_of(dt.date(2026, 11, 29)) == MONDAY
    assert monday_of(MONDAY) == MONDAY


def test_days_today_and_order() -> None:
    week = [
        booking(MONDAY + dt.timedelta(days=1), "14:00", "17:00", HALL_A, title="Nähtreff"),
        booking(MONDAY, "09:30", "11:30", HALL_A, title="Krabbelgruppe"),
        booking(MONDAY + dt.timedelta(days=7), "10:00", "11:00", HALL_A, title="next week"),
    ]
    layout = lay_out_week(MONDAY, ROOMS, week, DayCalendar(), TODAY)
    assert [day.day for day in layout.days] == [MONDAY + dt.timedelta(days=i) for i in range(7)]
    assert [day.is_today for day in layout.days] == [False, True, False, False, False, False, False]
    assert [e.occurrence.title for e in layout.entries] == ["Krabbelgruppe", "Nähtreff"]
    assert layout.days[1].entries[0].day_index == 1
    assert layout.entry(week[0].key) is layout.days[1].entries[0]
    assert layout.entry(week[2].key) is None
    assert (layout.first_hour, layout.last_hour) == (FIRST_HOUR, LAST_HOUR) == (7, 23)


def test_rooms_are_lanes_in_room_order() -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    # overlapping in time, in two rooms: side by side (two lanes, two columns)
    knitting = booking(tuesday, "14:30", "16:30", GROUP_ROOM, title="Strickkreis")
    sewing = booking(tuesday, "14:00", "17:00", HALL_A, title="Nähtreff")
    # one booking in two rooms covers both lanes
    both = booking(tuesday, "19:00", "21:00", HALL_A, HALL_B, title="Fest")
    layout = lay_out_week(MONDAY, ROOMS, [knitting, sewing, both], DayCalendar(), TODAY)
    entries = {e.occurrence.title: e for e in layout.entries}
    assert entries["Nähtreff"].lanes == (1,)
    assert entries["Strickkreis"].lanes == (3,)
    assert entries["Fest"].lanes == (1, 2)
    assert layout.lane_of(GROUP_ROOM.id) == 3
    # as colours: the two overlapping ones share the day in two columns, the evening
    # booking has the day to itself
    assert (entries["Nähtreff"].column, entries["Nähtreff"].columns) == (0, 2)
    assert (entries["Strickkreis"].column, entries["Strickkreis"].columns) == (1, 2)
    assert (entries["Fest"].column, entries["Fest"].columns) == (0, 1)


def test_one_after_the_other_in_one_room_shares_no_column() -> None:
    """Within one room bookings cannot overlap (the booking check refuses it): back to
    back they stay in one lane and one full-width column."""
    day = MONDAY
    first = booking(day, "09:00", "10:00", GROUP_ROOM)
    second = booking(day, "10:00", "11:00", GROUP_ROOM)
    layout = lay_out_week(MONDAY, ROOMS, [second, first], DayCalendar(), TODAY)
    entries = layout.days[0].entries
    assert [e.key for e in entries] == [first.key, second.key]
    assert all(e.lanes == (3,) and (e.column, e.columns) == (0, 1) for e in entries)


def test_three_overlapping_take_three_columns_and_reuse_a_free_one() -> None:
    a = booking(MONDAY, "14:00", "18:00", HALL_A, title="a")
    b = booking(MONDAY, "14:30", "15:30", HALL_B, title="b")
    c = booking(MONDAY, "15:00", "16:00", GROUP_ROOM, title="c")
    d = booking(MONDAY, "16:00", "17:00", HALL_B, title="d")  # b's column is free again
    layout = lay_out_week(MONDAY, ROOMS, [a, b, c, d], DayCalendar(), TODAY)
    placed = {e.occurrence.title: (e.column, e.columns) for e in layout.entries}
    assert placed == {"a": (0, 3), "b": (1, 3), "c": (2, 3), "d": (1, 3)}


def test_early_and_late_bookings_extend_the_axis() -> None:
    early = booking(MONDAY, "05:45", "07:30", GROUP_ROOM)
    late = booking(MONDAY + dt.timedelta(days=4), "22:00", "23:30", HALL)
    layout = lay_out_week(MONDAY, ROOMS, [early, late], DayCalendar(), TODAY)
    assert (layout.first_hour, layout.last_hour) == (5, 24)


def test_a_booking_past_midnight_is_cut_at_midnight() -> None:
    party = Occurrence(
        key=OccurrenceKey(booking_id=999),
        starts_at=dt.datetime(2026, 11, 28, 20, 0),
        ends_at=dt.datetime(2026, 11, 29, 1, 0),
        title="Feier",
        rooms=(_ref(HALL),),
    )
    layout = lay_out_week(MONDAY, ROOMS, [party], DayCalendar(), TODAY)
    (entry,) = layout.entries
    assert (entry.day_index, entry.start_minute, entry.end_minute) == (5, 20 * 60, 24 * 60)
    assert layout.last_hour == 24


def test_one_room_shown_takes_the_bookings_of_linked_rooms() -> None:
    """Filtered to Saal A, a booking of the whole hall shows in Saal A's lane: it
    blocks it."""
    whole = booking(MONDAY, "18:00", "20:00", HALL, title="Konzert")
    layout = lay_out_week(MONDAY, (HALL_A,), [whole], DayCalendar(), TODAY)
    assert layout.entries[0].lanes == (0,)


def test_day_information_and_shade() -> None:
    monday = dt.date(2026, 12, 21)
    calendar = DayCalendar(
        school_holidays=(Period("Weihnachtsferien", dt.date(2026, 12, 23), dt.date(2027, 1, 9)),),
        closures=(Period("Betriebsferien", dt.date(2026, 12, 27), dt.date(2027, 1, 1)),),
    )
    layout = lay_out_week(monday, ROOMS, [], calendar, TODAY)
    shades = [day.shade for day in layout.days]
    assert shades == [
        "",
        "",
        "school_holiday",
        "school_holiday",
        "public_holiday",  # 1. Weihnachtstag, also in the school holidays: the holiday counts
        "public_holiday",
        "closure",
    ]
    assert layout.days[4].names == ("Erster Weihnachtstag", "Weihnachtsferien")
    assert layout.days[6].names == ("Betriebsferien", "Weihnachtsferien")
    assert not any(day.is_today for day in layout.days)
