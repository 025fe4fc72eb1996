"""The weekly plan and the door sign: the views on both databases, the PDFs read back."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from quartierstreff.db.models import Group, HolidayPeriod, PeriodKind, Role, Room
from quartierstreff.reports.weekly_plan import write_door_sign, write_weekly_plan
from quartierstreff.services import bookings
from quartierstreff.services.bookings import BookingDraft
from quartierstreff.services.centre import save_profile
from quartierstreff.services.errors import NotFound
from quartierstreff.services.recurrence import Frequency, Recurrence
from quartierstreff.services.security import Actor
from quartierstreff.services.views import CentreProfileView
from quartierstreff.services.weekly_plan import (
    CLOSED_GROUP,
    PRIVATE_EVENT,
    PlanDay,
    PlanEntry,
    PlanRoom,
    PlanRow,
    WeekPlan,
    door_sign,
    door_sign_file_name,
    plan_file_name,
    week_label,
    week_span,
    weekly_plan,
)
from tests.conftest import ADMIN

T = dt.time
D = dt.date
VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
PRINTED = D(2026, 10, 24)
MONDAY = D(2026, 10, 26)
"""Week 44 of 2026: autumn school holidays, a closure on Wednesday, All Saints' Day on
Sunday (1 November, a public holiday in Baden-Württemberg)."""
CENTRE = "Bürgertreff Lindenviertel"
HOUSE_RULES = "Bitte Räume besenrein verlassen, Fenster schließen, Licht aus."
KEY_CONTACT = "Schlüssel: Dima Darwish, Tel. 0711 555 3085"


def _room(session: Session, name: str, symbol: str, position: int, **fields: object) -> int:
    room = Room(name=name, symbol=symbol, position=position, **fields)
    session.add(room)
    session.flush()
    return room.id


def _book(
    session: Session, rooms: tuple[int, ...], day: D, start: T, end: T, title: str, **fields: object
) -> None:
    values: dict[str, object] = {"title": title, "room_ids": rooms, "day": day}
    values |= {"start_time": start, "end_time": end} | fields
    bookings.create_booking(session, ADMIN, BookingDraft(**values))  # type: ignore[arg-type]


@pytest.fixture
def centre(session: Session) -> dict[str, int]:
    """A hall with two halves, a group room, an old office no longer used; a week with a
    weekly series, one-off events, a private party, a closed group and a closure."""
    save_profile(
        session,
        ADMIN,
        CentreProfileView(name=CENTRE, house_rules=HOUSE_RULES, key_contact=KEY_CONTACT),
    )
    ids = {
        "saal": _room(session, "Großer Saal", "S", 0),
        "a": _room(session, "Saal A (Fensterseite)", "SA", 1),
        "b": _room(session, "Saal B (mit Küchenzeile)", "SB", 2),
        "g": _room(session, "Gruppenraum", "G", 3),
        "old": _room(session, "Altes Büro", "AB", 4),
        "store": _room(session, "Lager", "L", 5),
    }
    hall = session.get(Room, ids["saal"])
    assert hall is not None
    hall.parts = [session.get(Room, ids["a"]), session.get(Room, ids["b"])]  # type: ignore[list-item]
    session.add_all(
        [
            HolidayPeriod(
                kind=PeriodKind.SCHOOL_HOLIDAY,
                name="Herbstferien",
                start_date=D(2026, 10, 26),
                end_date=D(2026, 10, 30),
            ),
            HolidayPeriod(
                kind=PeriodKind.CLOSURE,
                name="Betriebsausflug",
                start_date=D(2026, 10, 28),
                end_date=D(2026, 10, 28),
            ),
        ]
    )
    selfhelp = Group(name="Selbsthilfegruppe Sucht", is_public=False)
    session.add(selfhelp)
    session.flush()
    # Every Monday to Friday at 14:30, through the closure (that date is skipped).
    _book(
        session,
        (ids["g"],),
        MONDAY,
        T(14, 30),
        T(16, 30),
        "Strickkreis",
        recurrence=Recurrence(Frequency.WEEKLY, weekdays=(0, 1, 2, 3, 4), until=D(2026, 12, 31)),
    )
    _book(session, (ids["saal"],), D(2026, 10, 27), T(19), T(21, 30), "Chorprobe Lindenklang")
    _book(session, (ids["a"],), D(2026, 10, 29), T(10), T(11), "Sitzgymnastik")
    _book(session, (ids["a"], ids["b"]), D(2026, 10, 30), T(18), T(20), "Tanzabend für alle")
    _book(
        session,
        (ids["b"],),
        D(2026, 10, 31),
        T(15),
        T(22),
        "Geburtstag Familie Yılmaz",
        is_public=False,
    )
    _book(
        session,
        (ids["g"],),
        D(2026, 10, 29),
        T(19),
        T(21),
        "Treffen Selbsthilfegruppe Sucht",
        is_public=False,
        group_id=selfhelp.id,
    )
    _book(session, (ids["store"],), D(2026, 10, 27), T(9), T(10), "Inventur")
    # Both given up since: the store room still has a booking this week, the old office not.
    for name in ("store", "old"):
        room = session.get(Room, ids[name])
        assert room is not None
        room.is_active = False
    session.flush()
    return ids


def _titles(plan: WeekPlan) -> dict[str, list[list[str]]]:
    return {
        row.room.symbol: [[f"{e.time_text} {e.title}" for e in cell] for cell in row.days]
        for row in plan.rows
    }


# --- the views ---------------------------------------------------------------------------


def test_the_plan_has_every_room_and_every_booking_of_the_week(
    session: Session, centre: dict[str, int]
) -> None:
    plan = weekly_plan(session, VOLUNTEER, D(2026, 10, 29))  # any day of the week will do
    assert plan.monday == MONDAY
    assert (plan.centre_name, plan.house_rules, plan.key_contact) == (
        CENTRE,
        HOUSE_RULES,
        KEY_CONTACT,
    )
    assert plan.title == "Wochenplan KW 44/2026"
    # Active rooms in their order; the inactive store room because it has a booking,
    # the inactive old office not.
    assert [row.room.symbol for row in plan.rows] == ["S", "SA", "SB", "G", "L"]
    assert plan.rows[0].room.part_symbols == ("SA", "SB")
    cells = _titles(plan)
    assert cells["S"][1] == ["19:00–21:30 Chorprobe Lindenklang"]
    assert cells["SA"][3] == ["10:00–11:00 Sitzgymnastik"]
    # A booking of two rooms is in both rows.
    assert cells["SA"][4] == cells["SB"][4] == ["18:00–20:00 Tanzabend für alle"]
    # The series: Monday to Friday, but not on the day the house is closed.
    assert [day[:1] for day in cells["G"][:5]] == [
        ["14:30–16:30 Strickkreis"],
        ["14:30–16:30 Strickkreis"],
        [],
        ["14:30–16:30 Strickkreis"],
        ["14:30–16:30 Strickkreis"],
    ]
    assert cells["L"][1] == ["09:00–10:00 Inventur"]
    assert plan.entry_count == 11


def test_private_bookings_show_no_title(session: Session, centre: dict[str, int]) -> None:
    plan = weekly_plan(session, ADMIN, MONDAY)
    cells = _titles(plan)
    assert cells["SB"][5] == [f"15:00–22:00 {PRIVATE_EVENT}"]
    assert cells["G"][3][-1] == f"19:00–21:00 {CLOSED_GROUP}"
    shown = repr(plan)
    assert "Yılmaz" not in shown and "Sucht" not in shown


def test_days_name_holidays_and_closures(session: Session, centre: dict[str, int]) -> None:
    days = weekly_plan(session, ADMIN, MONDAY).days
    assert [day.head for day in days] == [
        "Mo 26.10.",
        "Di 27.10.",
        "Mi 28.10.",
        "Do 29.10.",
        "Fr 30.10.",
        "Sa 31.10.",
        "So 01.11.",
    ]
    assert days[0].notes == ("Herbstferien",)
    assert days[2].notes == ("geschlossen: Betriebsausflug",)  # closed: no holiday note
    assert days[5].notes == ()
    assert days[6].public_holiday == "Allerheiligen" and days[6].notes == ("Allerheiligen",)


def test_door_sign_by_name_or_symbol_with_the_linked_rooms(
    session: Session, centre: dict[str, int]
) -> None:
    by_symbol = door_sign(session, VOLUNTEER, "sa", MONDAY)
    assert door_sign(session, ADMIN, " saal a (fensterseite) ", MONDAY) == by_symbol
    assert door_sign(session, ADMIN, centre["a"], MONDAY) == by_symbol
    assert by_symbol.room.name == "Saal A (Fensterseite)"
    assert by_symbol.title == "Türschild Saal A (Fensterseite) KW 44/2026"
    entries = [[(e.time_text, e.title, e.elsewhere) for e in cell] for cell in by_symbol.entries]
    # The whole hall booked: the half is taken too, and the sign says where.
    assert entries[1] == [("19:00–21:30", "Chorprobe Lindenklang", "Großer Saal")]
    assert entries[3] == [("10:00–11:00", "Sitzgymnastik", "")]
    assert entries[4] == [("18:00–20:00", "Tanzabend für alle", "")]
    assert entries[0] == entries[2] == entries[5] == entries[6] == []
    # The hall's sign shows what is booked in its halves.
    hall = door_sign(session, ADMIN, "S", MONDAY)
    assert [e.title for e in hall.entries[5]] == [PRIVATE_EVENT]
    assert hall.entries[5][0].elsewhere == "Saal B (mit Küchenzeile)"
    with pytest.raises(NotFound) as error:
        door_sign(session, ADMIN, "Keller", MONDAY)
    assert (error.value.entity, error.value.key) == ("room", "Keller")


def test_week_texts_and_file_names() -> None:
    assert week_label(D(2026, 11, 23)) == "KW 48 · 23.11.–29.11.2026"
    assert week_span(D(2026, 12, 28)) == "28.12.2026–03.01.2027"
    assert plan_file_name(D(2026, 11, 23)) == "Wochenplan_2026-KW48.pdf"
    assert plan_file_name(D(2027, 1, 4)) == "Wochenplan_2027-KW01.pdf"
    assert door_sign_file_name("Saal A / Fenster", D(2026, 11, 23)) == (
        "Türschild_Saal-A-Fenster_2026-KW48.pdf"
    )


# --- the PDFs -----------------------------------------------------------------------------


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    """The text with every run of white space as one space (cells wrap their lines)."""
    return re.sub(r"\s+", " ", text)


def _fonts(reader: PdfReader) -> set[str]:
    found: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]  # type: ignore[index]
        for font in fonts.values():  # type: ignore[union-attr]
            found.add(str(font.get_object()["/BaseFont"]))
    return found


def test_weekly_plan_pdf(session: Session, centre: dict[str, int], tmp_path: Path) -> None:
    plan = weekly_plan(session, ADMIN, MONDAY)
    path = write_weekly_plan(tmp_path / "plan.pdf", plan, printed_on=PRINTED)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    assert reader.metadata is not None and reader.metadata.title == "Wochenplan KW 44/2026"
    assert any("DejaVuSans" in font for font in _fonts(reader))
    flat = _flat(_text(path))
    for row in plan.rows:
        assert row.room.symbol in flat and row.room.name in flat
        for cell in row.days:
            for entry in cell:
                assert f"{entry.time_text} {entry.title}" in flat, entry
    assert "Yılmaz" not in flat and "Sucht" not in flat
    assert f"{PRIVATE_EVENT}" in flat and f"{CLOSED_GROUP}" in flat
    for head in ("Mo 26.10.", "Mi 28.10.", "So 01.11."):
        assert head in flat
    assert "geschlossen: Betriebsausflug" in flat
    assert "Herbstferien" in flat and "Allerheiligen" in flat
    # The footer: centre, week, house rules, key contact, print date, pages.
    assert f"{CENTRE} · Wochenplan KW 44 · 26.10.–01.11.2026" in flat
    assert HOUSE_RULES in flat and KEY_CONTACT in flat
    assert "Gedruckt am 24.10.2026" in flat and "Seite 1 von 1" in flat


def test_door_sign_pdf(session: Session, centre: dict[str, int], tmp_path: Path) -> None:
    sign = door_sign(session, ADMIN, "G", MONDAY)
    path = write_door_sign(tmp_path / "tuer.pdf", sign, printed_on=PRINTED)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    assert reader.metadata is not None
    assert reader.metadata.title == "Türschild Gruppenraum KW 44/2026"
    flat = _flat(_text(path))
    assert "Gruppenraum" in flat and "Belegung KW 44/2026 · 26.10.–01.11.2026" in flat
    assert flat.count("14:30–16:30 Strickkreis") == 4
    assert f"19:00–21:00 {CLOSED_GROUP}" in flat and "Sucht" not in flat
    assert "geschlossen" in flat  # Wednesday
    assert flat.count("frei") == 2  # Saturday and Sunday
    assert "Allerheiligen" in flat and "Herbstferien" in flat
    assert HOUSE_RULES in flat and KEY_CONTACT in flat


BUSY_TITLES = (
    "Seniorencafé",
    "Hausaufgabenhilfe",
    "Sprachcafé Deutsch",
    "Yoga am Abend",
    "Computer- und Handysprechstunde",
    "Chorprobe",
    "Krabbelgruppe",
    "Schachabend",
    "Nähtreff",
    "Repair-Café",
)


@pytest.fixture
def busy_week(session: Session) -> Iterator[WeekPlan]:
    """50 bookings a day: ten rooms, five series each, every day of the week."""
    monday = D(2026, 11, 23)
    save_profile(session, ADMIN, CentreProfileView(name=CENTRE))
    every_day = Recurrence(
        Frequency.WEEKLY, weekdays=tuple(range(7)), until=monday + dt.timedelta(6)
    )
    for number in range(10):
        room = _room(session, f"Raum {number + 1}", f"R{number + 1}", number)
        for slot in range(5):
            start = T(8 + 3 * slot)
            _book(
                session,
                (room,),
                monday,
                start,
                T(start.hour + 2, 30),
                BUSY_TITLES[(number + slot) % len(BUSY_TITLES)],
                recurrence=every_day,
            )
    plan = weekly_plan(session, ADMIN, monday)
    assert plan.entry_count == 350
    yield plan


def test_a_busy_week_flows_on_cleanly(busy_week: WeekPlan, tmp_path: Path) -> None:
    path = write_weekly_plan(tmp_path / "voll.pdf", busy_week, printed_on=PRINTED)
    reader = PdfReader(path)
    pages = [_flat(page.extract_text()) for page in reader.pages]
    assert len(pages) == 2, len(pages)  # one page would be unreadable, a third untidy
    for number, page in enumerate(pages, start=1):
        # The day heads are repeated on every page.
        assert "Mo 23.11." in page and "So 29.11." in page
        assert f"Seite {number} von {len(pages)}" in page
    # Split between rooms: each room's row is whole, on one page.
    flat = " ".join(pages)
    for row in busy_week.rows:
        on = [n for n, page in enumerate(pages) if re.search(rf"\b{row.room.symbol}\b", page)]
        assert len(on) == 1, (row.room.symbol, on)
        assert flat.count(f"{row.room.name} ") == 1
        for cell in row.days:
            for entry in cell:
                assert f"{entry.time_text} {entry.title}" in pages[on[0]], entry
    assert "Forts." not in flat


def test_a_room_fuller_than_a_page_continues_in_a_second_row(
    session: Session, tmp_path: Path
) -> None:
    monday = D(2026, 11, 23)
    room = _room(session, "Saal", "S", 0)
    for quarter in range(60):  # 08:00 to 23:00 in quarters of an hour, on Monday
        start = dt.datetime.combine(monday, T(8)) + dt.timedelta(minutes=15 * quarter)
        end = start + dt.timedelta(minutes=15)
        _book(session, (room,), monday, start.time(), end.time(), f"Termin {quarter + 1}")
    plan = weekly_plan(session, ADMIN, monday)
    path = write_weekly_plan(tmp_path / "voll.pdf", plan, printed_on=PRINTED)
    flat = _flat(_text(path))
    assert "(Forts.)" in flat
    for quarter in range(60):
        assert f"Termin {quarter + 1} " in flat + " "


def test_a_centre_without_rooms_gets_a_plan_that_says_so(session: Session, tmp_path: Path) -> None:
    plan = weekly_plan(session, ADMIN, MONDAY)
    assert plan.rows == () and plan.centre_name == ""
    path = write_weekly_plan(tmp_path / "leer.pdf", plan, printed_on=PRINTED)
    assert "Es sind keine Räume angelegt" in _text(path)


def test_long_titles_and_long_room_names_never_break_the_layout(tmp_path: Path) -> None:
    """Titles of the longest allowed length, 30 of them on one day: cut into rows that
    fit, every title printed whole."""
    day = D(2026, 11, 23)
    long_title = ("Sehr lange Veranstaltungsbezeichnung mit Überlänge " * 4)[
        : bookings.TITLE_LENGTH
    ]
    entries = tuple(
        PlanEntry(
            dt.datetime.combine(day, T(8)) + dt.timedelta(minutes=20 * n),
            dt.datetime.combine(day, T(8)) + dt.timedelta(minutes=20 * n + 20),
            f"{n + 1}. {long_title}",
            True,
            ("X",),
        )
        for n in range(30)
    )
    room = PlanRoom(1, "Mehrzweckraum im Untergeschoss hinter der Küche links " * 2, "X")
    plan = WeekPlan(
        centre_name=CENTRE,
        monday=day,
        days=tuple(PlanDay(day + dt.timedelta(days=n)) for n in range(7)),
        rows=(PlanRow(room, (entries, (), (), (), (), (), ())),),
    )
    path = write_weekly_plan(tmp_path / "lang.pdf", plan, printed_on=PRINTED)
    flat = _flat(_text(path))
    assert "(Forts.)" in flat
    for n in range(30):
        assert f"{n + 1}. Sehr lange" in flat
