"""iCalendar export and import on both databases: an exported file, read back with
icalendar and expanded with dateutil, gives exactly the calendar's occurrences (holidays
skipped, a cancelled and a moved date, a series across the switch to summer time); a
file exported and imported again gives the same occurrences; hostile files are refused
with the reason and write nothing."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    AuditAction,
    AuditEntry,
    Booking,
    BookingSeries,
    Room,
    SeriesException,
    booking_rooms,
    series_rooms,
)
from quartierstreff.services import bookings, ical
from quartierstreff.services.bookings import BookingDraft, OccurrenceKey, Scope
from quartierstreff.services.errors import BookingConflict, CalendarFileInvalid
from quartierstreff.services.ical import ImportStatus, LeftOut
from quartierstreff.services.recurrence import Frequency, Recurrence
from tests.conftest import ADMIN

D = dt.date
T = dt.time
BERLIN = ZoneInfo("Europe/Berlin")
RANGE = (D(2026, 3, 1), D(2026, 7, 1))
WHOLE = (D(2026, 1, 1), D(2027, 1, 1))

Row = tuple[dt.datetime, dt.datetime, str, str]


def _room(session: Session, name: str, symbol: str) -> int:
    room = Room(name=name, symbol=symbol, capacity=40)
    session.add(room)
    session.flush()
    return room.id


@pytest.fixture
def rooms(session: Session) -> dict[str, int]:
    return {"saal": _room(session, "Saal", "S"), "gruppe": _room(session, "Gruppenraum", "G")}


@pytest.fixture
def centre(session: Session, rooms: dict[str, int]) -> dict[str, OccurrenceKey]:
    """A weekly evening group across the switch to summer time with two holidays skipped,
    a cancelled and a moved date; a private monthly series with Easter Monday skipped that
    runs past the range; a one-off party."""
    choir = bookings.create_booking(
        session,
        ADMIN,
        BookingDraft(
            title="Chor",
            room_ids=(rooms["saal"],),
            day=D(2026, 3, 5),
            start_time=T(19),
            end_time=T(21),
            notes="Neue Stimmen willkommen",
            recurrence=Recurrence(Frequency.WEEKLY, until=D(2026, 6, 30)),
        ),
    )
    series_id = choir.series_id
    bookings.cancel_booking(
        session, ADMIN, OccurrenceKey(series_id, None, D(2026, 4, 16)), reason="Chorleiterin krank"
    )
    moved = BookingDraft(
        title="Chor (Generalprobe)",
        room_ids=(rooms["gruppe"],),
        day=D(2026, 4, 24),
        start_time=T(18),
        end_time=T(20, 30),
    )
    bookings.update_booking(
        session, ADMIN, OccurrenceKey(series_id, None, D(2026, 4, 23)), moved, scope=Scope.ONE
    )
    board = bookings.create_booking(
        session,
        ADMIN,
        BookingDraft(
            title="Vorstand",
            room_ids=(rooms["gruppe"],),
            day=D(2026, 3, 2),
            start_time=T(10),
            end_time=T(12),
            is_public=False,
            notes="vertraulich",
            recurrence=Recurrence(Frequency.MONTHLY, count=8),
        ),
    )
    party = bookings.create_booking(
        session,
        ADMIN,
        BookingDraft(
            title="Geburtstagsfeier",
            room_ids=(rooms["saal"],),
            day=D(2026, 3, 28),
            start_time=T(14),
            end_time=T(18),
            is_public=False,
        ),
    )
    return {"choir": choir, "board": board, "party": party}


def occurrence_rows(session: Session, start: D, end: D) -> list[Row]:
    return sorted(
        (o.starts_at, o.ends_at, o.title, o.room_names)
        for o in bookings.occurrences(session, ADMIN, start, end)
    )


def _values(event: icalendar.Event, name: str) -> list[dt.datetime]:
    found = event.get(name)
    if found is None:
        return []
    groups = found if isinstance(found, list) else [found]
    return [item.dt for group in groups for item in group.dts]


def expand(path: Path, start: D, end: D) -> list[Row]:
    """The dates a calendar program shows, from the file alone: RRULE expanded with
    dateutil in the event's time zone, EXDATE taken out, RECURRENCE-ID put in."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    by_uid: defaultdict[str, list[icalendar.Event]] = defaultdict(list)
    for event in calendar.walk("VEVENT"):
        by_uid[str(event["UID"])].append(event)
    rows: list[Row] = []

    def row(begin: dt.datetime, finish: dt.datetime, event: icalendar.Event) -> None:
        local_start = begin.astimezone(BERLIN).replace(tzinfo=None)
        if start <= local_start.date() < end:
            rows.append(
                (
                    local_start,
                    finish.astimezone(BERLIN).replace(tzinfo=None),
                    str(event["SUMMARY"]),
                    str(event.get("LOCATION", "")),
                )
            )

    for events in by_uid.values():
        overrides = {e["RECURRENCE-ID"].dt: e for e in events if "RECURRENCE-ID" in e}
        for master in [e for e in events if "RECURRENCE-ID" not in e]:
            begin, finish = master["DTSTART"].dt, master["DTEND"].dt
            starts = [begin]
            if "RRULE" in master:
                rule = rrulestr(master["RRULE"].to_ical().decode(), dtstart=begin)
                excluded = set(_values(master, "EXDATE"))
                starts = [moment for moment in rule if moment not in excluded]
            for moment in starts:
                override = overrides.pop(moment, None)
                if override is not None:
                    row(override["DTSTART"].dt, override["DTEND"].dt, override)
                else:
                    row(moment, moment + (finish - begin), master)
        assert not overrides, f"RECURRENCE-ID without an instance: {list(overrides)}"
    return sorted(rows)


def test_exported_file_gives_the_occurrences(
    session: Session, centre: dict[str, OccurrenceKey], tmp_path: Path
) -> None:
    path = tmp_path / "belegung.ics"
    count = ical.export_calendar(session, ADMIN, path, start=RANGE[0], end=RANGE[1])
    # Three masters and one changed date.
    assert count == 4
    assert expand(path, *RANGE) == occurrence_rows(session, *RANGE)
    # Series are exported whole: the private series runs on after the range.
    assert expand(path, *WHOLE) == occurrence_rows(session, *WHOLE)
    rows = occurrence_rows(session, *WHOLE)
    choir = [r for r in rows if r[2] == "Chor"]
    assert {r[0].time() for r in choir} == {T(19)}  # 19:00 before and after 29 March
    assert D(2026, 3, 26) in {r[0].date() for r in choir}
    assert D(2026, 4, 2) in {r[0].date() for r in choir}
    days = {r[0].date() for r in choir}
    assert not days & {D(2026, 5, 14), D(2026, 6, 4), D(2026, 4, 16), D(2026, 4, 23)}
    assert (dt.datetime(2026, 4, 24, 18), dt.datetime(2026, 4, 24, 20, 30)) in {
        r[:2] for r in rows if r[2] == "Chor (Generalprobe)"
    }
    assert D(2026, 4, 6) not in {r[0].date() for r in rows if r[2] == "Vorstand"}


def test_exported_file_follows_rfc_5545(
    session: Session, centre: dict[str, OccurrenceKey], tmp_path: Path
) -> None:
    path = tmp_path / "belegung.ics"
    ical.export_calendar(session, ADMIN, path, start=RANGE[0], end=RANGE[1])
    text = path.read_text(encoding="utf-8").replace("\r\n ", "")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["PRODID"]) == ical.PRODID
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Berlin"]
    assert calendar.get_missing_tzids() == set()
    series_id = centre["choir"].series_id
    uid = f"series-{series_id}@quartierstreff"
    choir = [e for e in calendar.walk("VEVENT") if str(e["UID"]) == uid]
    master = next(e for e in choir if "RECURRENCE-ID" not in e)
    changed = next(e for e in choir if "RECURRENCE-ID" in e)
    assert master["DTSTART"].params["TZID"] == "Europe/Berlin"
    # UNTIL with a DTSTART in a time zone is UTC: the last Thursday, 19:00 CEST = 17:00Z.
    assert "UNTIL=20260625T170000Z" in text
    assert "COUNT=8" in text
    exdates = {d.date() for d in _values(master, "EXDATE")}
    assert exdates == {D(2026, 5, 14), D(2026, 6, 4), D(2026, 4, 16)}
    assert changed["RECURRENCE-ID"].dt == dt.datetime(2026, 4, 23, 19, tzinfo=BERLIN)
    assert str(changed["LOCATION"]) == "Gruppenraum"
    assert "Neue Stimmen willkommen" in str(master["DESCRIPTION"])
    board = next(e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == "Vorstand")
    assert str(board["CLASS"]) == "PRIVATE"
    assert "vertraulich" not in str(board.get("DESCRIPTION", ""))
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)).one()
    assert "4 Termine" in entry.summary


def test_export_of_one_room(
    session: Session, centre: dict[str, OccurrenceKey], rooms: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "gruppenraum.ics"
    gruppe = rooms["gruppe"]
    ical.export_calendar(session, ADMIN, path, start=RANGE[0], end=RANGE[1], room_id=gruppe)
    titles = {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).events}
    # The choir's date moved into the group room goes out on its own.
    assert titles == {"Vorstand", "Chor (Generalprobe)"}
    shown = sorted(
        (o.starts_at, o.ends_at, o.title, o.room_names)
        for o in bookings.occurrences(session, ADMIN, *RANGE, room_ids=[gruppe])
    )
    assert expand(path, *RANGE) == shown
    # And the hall's calendar has the choir without that date.
    path = tmp_path / "saal.ics"
    ical.export_calendar(session, ADMIN, path, start=RANGE[0], end=RANGE[1], room_id=rooms["saal"])
    shown = sorted(
        (o.starts_at, o.ends_at, o.title, o.room_names)
        for o in bookings.occurrences(session, ADMIN, *RANGE, room_ids=[rooms["saal"]])
    )
    assert expand(path, *RANGE) == shown


def test_export_into_a_missing_folder_is_refused(
    session: Session, centre: dict[str, OccurrenceKey], tmp_path: Path
) -> None:
    with pytest.raises(CalendarFileInvalid) as caught:
        ical.export_calendar(
            session, ADMIN, tmp_path / "nein" / "x.ics", start=RANGE[0], end=RANGE[1]
        )
    assert caught.value.reason == "unwritable"


def _empty_bookings(session: Session) -> None:
    for statement in (
        delete(SeriesException),
        delete(booking_rooms),
        delete(series_rooms),
        delete(Booking),
        delete(BookingSeries),
    ):
        session.execute(statement)
    session.expire_all()


def test_round_trip(
    session: Session, centre: dict[str, OccurrenceKey], rooms: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "belegung.ics"
    ical.export_calendar(session, ADMIN, path, start=RANGE[0], end=RANGE[1])
    before = occurrence_rows(session, *WHOLE)
    public = {o.title: o.is_public for o in bookings.occurrences(session, ADMIN, *WHOLE)}
    _empty_bookings(session)
    assert occurrence_rows(session, *WHOLE) == []

    parsed = ical.read_calendar(path)
    preview = ical.preview_import(session, ADMIN, parsed, rooms["saal"])
    statuses = {item.event.title: item.status for item in preview.items}
    assert statuses == {
        "Chor": ImportStatus.SERIES,
        "Vorstand": ImportStatus.SERIES,
        "Geburtstagsfeier": ImportStatus.NEW,
    }
    assert ical.run_import(session, ADMIN, preview, skip_conflicts=False) == 3
    assert occurrence_rows(session, *WHOLE) == before
    after = bookings.occurrences(session, ADMIN, *WHOLE)
    assert {o.title: o.is_public for o in after} == public
    moved = next(o for o in after if o.title == "Chor (Generalprobe)")
    assert moved.is_changed  # a changed date of the series, not a booking of its own


def test_import_shows_conflicts_and_skips_them(
    session: Session, centre: dict[str, OccurrenceKey], rooms: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "gruppe.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DE\r\n"
        "BEGIN:VEVENT\r\nUID:free@test\r\nSUMMARY:Lesekreis\r\n"
        "DTSTART;TZID=Europe/Berlin:20260306T100000\r\n"
        "DTEND;TZID=Europe/Berlin:20260306T113000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:a@test\r\nSUMMARY:Yoga\r\n"
        "DTSTART;TZID=Europe/Berlin:20260305T200000\r\n"
        "DTEND;TZID=Europe/Berlin:20260305T213000\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b@test\r\nSUMMARY:Flohmarkt\r\n"
        "DTSTART:20260328T120000Z\r\nDTEND:20260328T150000Z\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:c@test\r\nSUMMARY:Sommerpause\r\n"
        "DTSTART;VALUE=DATE:20260801\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    parsed = ical.read_calendar(path)
    preview = ical.preview_import(session, ADMIN, parsed, rooms["saal"])
    by_title = {item.event.title: item for item in preview.items}
    assert by_title["Yoga"].status is ImportStatus.CONFLICT
    assert {c.day for c in by_title["Yoga"].conflicts} == {
        D(2026, 3, 5),
        D(2026, 3, 12),
        D(2026, 3, 19),
    }
    assert by_title["Yoga"].conflicts[0].other.title == "Chor"
    assert by_title["Flohmarkt"].status is ImportStatus.CONFLICT  # 13:00 local, the party
    assert by_title["Sommerpause"].event.left_out is LeftOut.ALL_DAY
    assert by_title["Lesekreis"].status is ImportStatus.NEW
    count = session.scalar(select(func.count()).select_from(Booking))

    with pytest.raises(BookingConflict) as caught, session.begin_nested():  # a unit of work
        ical.run_import(session, ADMIN, preview, skip_conflicts=False)
    assert (caught.value.title, caught.value.count) == ("Chor", 3)
    assert session.scalar(select(func.count()).select_from(Booking)) == count  # nothing written

    assert preview.to_import(skip_conflicts=True) == 1
    assert ical.run_import(session, ADMIN, preview, skip_conflicts=True) == 1
    assert session.scalar(select(func.count()).select_from(Booking)) == count + 1


def test_import_finds_collisions_inside_the_file(
    session: Session, rooms: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "doppelt.ics"
    event = (
        "BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{title}\r\n"
        "DTSTART:20261110T180000\r\nDTEND:20261110T200000\r\nEND:VEVENT\r\n"
    )
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        + event.format(uid="1", title="Erstes")
        + event.format(uid="2", title="Zweites")
        + "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    preview = ical.preview_import(session, ADMIN, ical.read_calendar(path), rooms["saal"])
    assert [item.status for item in preview.items] == [ImportStatus.NEW, ImportStatus.CONFLICT]
    assert preview.items[1].conflicts[0].other.title == "Erstes"
    assert ical.run_import(session, ADMIN, preview, skip_conflicts=True) == 1


def test_location_naming_a_room_is_used(
    session: Session, rooms: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "ort.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Kaffee\r\nLOCATION:gruppenraum\r\n"
        "DTSTART:20261110T150000\r\nDURATION:PT2H\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Lesung\r\nLOCATION:Stadtbücherei\r\n"
        "DTSTART:20261111T190000\r\nDTEND:20261112T000000\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    preview = ical.preview_import(session, ADMIN, ical.read_calendar(path), rooms["saal"])
    assert [item.room_names for item in preview.items] == ["Gruppenraum", "Saal"]
    ical.run_import(session, ADMIN, preview)
    rows = occurrence_rows(session, D(2026, 11, 1), D(2026, 12, 1))
    assert rows == [
        (dt.datetime(2026, 11, 10, 15), dt.datetime(2026, 11, 10, 17), "Kaffee", "Gruppenraum"),
        (dt.datetime(2026, 11, 11, 19), dt.datetime(2026, 11, 11, 23, 59), "Lesung", "Saal"),
    ]


def test_daily_rule_becomes_single_dates_and_overrides_apply(
    session: Session, rooms: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "woche.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nUID:ferien@x\r\nSUMMARY:Ferienprogramm\r\n"
        "DTSTART;TZID=Europe/Berlin:20260803T090000\r\n"
        "DTEND;TZID=Europe/Berlin:20260803T120000\r\n"
        "RRULE:FREQ=DAILY;COUNT=5\r\n"
        "EXDATE;TZID=Europe/Berlin:20260805T090000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:ferien@x\r\nSUMMARY:Ferienprogramm Ausflug\r\n"
        "RECURRENCE-ID;TZID=Europe/Berlin:20260806T090000\r\n"
        "DTSTART;TZID=Europe/Berlin:20260806T080000\r\n"
        "DTEND;TZID=Europe/Berlin:20260806T160000\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    preview = ical.preview_import(session, ADMIN, ical.read_calendar(path), rooms["saal"])
    assert len(preview.items) == 4
    assert all(item.status is ImportStatus.NEW for item in preview.items)
    ical.run_import(session, ADMIN, preview)
    rows = occurrence_rows(session, D(2026, 8, 1), D(2026, 9, 1))
    assert [(r[0], r[1].time(), r[2]) for r in rows] == [
        (dt.datetime(2026, 8, 3, 9), T(12), "Ferienprogramm"),
        (dt.datetime(2026, 8, 4, 9), T(12), "Ferienprogramm"),
        (dt.datetime(2026, 8, 6, 8), T(16), "Ferienprogramm Ausflug"),
        (dt.datetime(2026, 8, 7, 9), T(12), "Ferienprogramm"),
    ]


# --- hostile and broken files ----------------------------------------------------------

HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
TAIL = "END:VCALENDAR\r\n"


def _event(body: str, summary: str = "Treffen") -> str:
    return f"BEGIN:VEVENT\r\nUID:u1\r\nSUMMARY:{summary}\r\n{body}END:VEVENT\r\n"


CASES = {
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    "empty": (b"", "empty"),
    "blank": (b"  \r\n\r\n", "empty"),
    "csv": (b"Name;Datum\r\nChor;12.03.2026\r\n", "not_calendar"),
    "no_events": ((HEAD + TAIL).encode(), "no_events"),
    "missing_start": (
        (HEAD + _event("DTEND:20260310T200000\r\n") + TAIL).encode(),
        "missing_start",
    ),
    "unknown_tzid": (
        (
            HEAD
            + _event(
                "DTSTART;TZID=Mars/Olympus_Mons:20260310T180000\r\n"
                "DTEND;TZID=Mars/Olympus_Mons:20260310T200000\r\n"
            )
            + TAIL
        ).encode(),
        "unknown_timezone",
    ),
    "end_before_start": (
        (HEAD + _event("DTSTART:20260310T200000\r\nDTEND:20260310T180000\r\n") + TAIL).encode(),
        "end_before_start",
    ),
    "zero_length": (
        (HEAD + _event("DTSTART:20260310T200000\r\n") + TAIL).encode(),
        "zero_length",
    ),
    "bad_date": (
        (HEAD + _event("DTSTART:20260231T200000\r\nDTEND:20260231T210000\r\n") + TAIL).encode(),
        "bad_value",
    ),
    "two_days": (
        (HEAD + _event("DTSTART:20260310T200000\r\nDTEND:20260311T020000\r\n") + TAIL).encode(),
        "multi_day",
    ),
    "hourly": (
        (
            HEAD
            + _event("DTSTART:20260310T180000\r\nDTEND:20260310T190000\r\nRRULE:FREQ=HOURLY\r\n")
            + TAIL
        ).encode(),
        "unsupported_rule",
    ),
    "daily_forever": (
        (
            HEAD
            + _event("DTSTART:20260310T180000\r\nDTEND:20260310T190000\r\nRRULE:FREQ=DAILY\r\n")
            + TAIL
        ).encode(),
        "unsupported_rule",
    ),
    "fifty_years": (
        (
            HEAD
            + _event(
                "DTSTART:20260310T180000\r\nDTEND:20260310T190000\r\n"
                "RRULE:FREQ=WEEKLY;UNTIL=20760310T180000\r\n"
            )
            + TAIL
        ).encode(),
        "invalid",
    ),
    "ten_thousand": (
        (
            HEAD
            + "".join(
                f"BEGIN:VEVENT\r\nUID:{n}\r\nDTSTART:20260310T180000\r\n"
                "DTEND:20260310T190000\r\nEND:VEVENT\r\n"
                for n in range(10_000)
            )
            + TAIL
        ).encode(),
        "too_many_events",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_files_are_refused(case: str, tmp_path: Path) -> None:
    data, reason = CASES[case]
    path = tmp_path / f"{case}.ics"
    path.write_bytes(data)
    with pytest.raises(CalendarFileInvalid) as caught:
        ical.read_calendar(path)
    assert caught.value.reason == reason
    assert caught.value.name == path.name
    if reason in {"missing_start", "unknown_timezone", "end_before_start", "multi_day"}:
        assert caught.value.event == "Treffen"
        assert caught.value.line == 4
    if reason == "unknown_timezone":
        assert caught.value.detail == "Mars/Olympus_Mons"


def test_too_large_and_missing_files(tmp_path: Path) -> None:
    big = tmp_path / "gross.ics"
    big.write_bytes(b"BEGIN:VCALENDAR\r\n" + b"X" * (ical.MAX_FILE_BYTES + 1))
    with pytest.raises(CalendarFileInvalid) as caught:
        ical.read_calendar(big)
    assert (caught.value.reason, caught.value.detail) == ("too_large", "5")
    with pytest.raises(CalendarFileInvalid) as caught:
        ical.read_calendar(tmp_path / "fehlt.ics")
    assert caught.value.reason == "missing"


def test_refused_file_writes_nothing(
    session: Session, rooms: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "halb.ics"
    path.write_text(
        HEAD
        + _event("DTSTART:20260310T180000\r\nDTEND:20260310T190000\r\n", "Gut")
        + _event("DTEND:20260311T190000\r\n", "Ohne Beginn")
        + TAIL,
        encoding="utf-8",
    )
    with pytest.raises(CalendarFileInvalid) as caught:
        ical.read_calendar(path)
    assert (caught.value.reason, caught.value.event, caught.value.line) == (
        "missing_start",
        "Ohne Beginn",
        10,
    )
    assert session.scalar(select(func.count()).select_from(Booking)) == 0
