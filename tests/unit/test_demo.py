"""The demo Bürgertreff: complete, coherent, deterministic, conflict-free, on both databases."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import time
from collections import defaultdict
from decimal import Decimal

import pytest
from dateutil.rrule import rrule, rrulestr
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    ActionItem,
    AgendaItem,
    ApplicationStatus,
    Attendance,
    Base,
    Booking,
    BookingSeries,
    CentreProfile,
    Consent,
    CustomFieldValue,
    Decision,
    DecisionResult,
    EntryKind,
    FundingApplication,
    FundingProgramme,
    Group,
    GroupPerson,
    HolidayPeriod,
    Meeting,
    MeetingKind,
    Membership,
    MembershipType,
    PeriodKind,
    Person,
    PlanLineKind,
    Receipt,
    Room,
    SeriesException,
    TextBlock,
)
from quartierstreff.services import funding
from quartierstreff.services.demo import DemoSummary, load_demo
from quartierstreff.services.demo.data import school_holidays_bw
from quartierstreff.services.errors import DatabaseNotEmpty
from quartierstreff.services.programmes import parse_programme, shipped_programmes
from quartierstreff.services.settings import AppSettings, notice_days
from tests.conftest import ADMIN

TODAY = dt.date(2026, 11, 24)
OTHER_DAYS = [dt.date(2026, 3, 2), dt.date(2027, 6, 30), dt.date(2027, 12, 20)]


def _counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }


# --- an independent check for room conflicts ----------------------------------------------


def _atoms(session: Session) -> dict[int, frozenset[int]]:
    """A room as the smallest spaces it occupies: a whole hall is its parts."""
    rooms = session.scalars(select(Room)).all()
    return {
        room.id: frozenset(part.id for part in room.parts) or frozenset({room.id}) for room in rooms
    }


def _series_occurrences(series: BookingSeries, horizon: dt.date) -> list[dt.datetime]:
    assert not series.rrule.upper().startswith("RRULE:")
    assert "DTSTART" not in series.rrule.upper()
    first = dt.datetime.combine(series.first_date, series.start_time)
    rule = rrulestr(series.rrule, dtstart=first)
    assert isinstance(rule, rrule)
    if series.occurrence_count is not None:
        moments = list(rule.replace(count=series.occurrence_count))
    else:
        end = min(series.until_date or horizon, horizon)
        moments = list(rule.replace(until=dt.datetime.combine(end, dt.time.max)))
    assert moments and moments[0] == first, "first_date must be an occurrence"
    if series.until_date is not None:
        assert all(moment.date() <= series.until_date for moment in moments)
    excluded = {exception.occurrence_date for exception in series.exceptions}
    return [moment for moment in moments if moment.date() not in excluded]


def _room_conflicts(session: Session, horizon: dt.date) -> list[str]:
    """Every pair of entries (series occurrences, bookings) sharing a space at the same time.

    Holiday skipping is ignored on purpose: the plan must be free of conflicts either way.
    """
    atoms = _atoms(session)
    entries: dict[dt.date, list[tuple[dt.datetime, dt.datetime, frozenset[int], str]]]
    entries = defaultdict(list)
    for series in session.scalars(select(BookingSeries)):
        spaces = frozenset().union(*(atoms[room.id] for room in series.rooms))
        for start in _series_occurrences(series, horizon):
            end = dt.datetime.combine(start.date(), series.end_time)
            entries[start.date()].append((start, end, spaces, f"series {series.title}"))
    for booking in session.scalars(select(Booking)):
        spaces = frozenset().union(*(atoms[room.id] for room in booking.rooms))
        entries[booking.starts_at.date()].append(
            (booking.starts_at, booking.ends_at, spaces, f"booking {booking.title}")
        )
    found = []
    for day, items in entries.items():
        items.sort(key=lambda item: item[0])
        for index, (start, end, spaces, label) in enumerate(items):
            for other_start, other_end, other_spaces, other_label in items[index + 1 :]:
                if spaces & other_spaces and other_start < end and start < other_end:
                    found.append(
                        f"{day}: {label} {start:%H:%M} / {other_label} {other_start:%H:%M}"
                    )
    return found


# --- tests --------------------------------------------------------------------------------


def test_fills_an_empty_database(session: Session) -> None:
    started = time.perf_counter()
    summary = load_demo(session, ADMIN, TODAY)
    elapsed = time.perf_counter() - started
    assert elapsed < 5, f"the demo took {elapsed:.1f} s"

    assert isinstance(summary, DemoSummary)
    assert summary.persons >= 150
    assert summary.rooms == 4
    assert summary.groups >= 25
    assert summary.meetings >= 20
    assert summary.funding_applications == 3
    counts = {
        "persons": Person,
        "groups": Group,
        "rooms": Room,
        "booking_series": BookingSeries,
        "series_exceptions": SeriesException,
        "bookings": Booking,
        "holiday_periods": HolidayPeriod,
        "meetings": Meeting,
        "agenda_items": AgendaItem,
        "decisions": Decision,
        "action_items": ActionItem,
        "receipts": Receipt,
        "text_blocks": TextBlock,
    }
    for field, model in counts.items():
        assert getattr(summary, field) == session.scalar(select(func.count()).select_from(model))
    assert "Personen" in str(summary)


def test_people_and_members(session: Session) -> None:
    load_demo(session, ADMIN, TODAY)
    persons = session.scalars(select(Person)).all()
    names = [p.full_name for p in persons]
    assert len(set(names)) == len(names)
    assert any(re.search("[äöüÄÖÜß]", name) for name in names)
    assert any(re.search("[ğışçŞÇćčžš]", name) for name in names)  # not only German names
    assert {p.city for p in persons} >= {"Stuttgart"}
    emails = [p.email for p in persons if p.email]
    assert len(emails) >= 50
    assert all(e.rsplit("@", 1)[1].split(".")[-2] == "example" for e in emails), emails
    assert len(set(emails)) == len(emails)
    phones = [p.phone for p in persons if p.phone]
    assert phones and all(p.startswith("0711 555") for p in phones)
    assert sum(p.birth_date is not None for p in persons) > len(persons) / 2

    types = {t.name: t.annual_fee for t in session.scalars(select(MembershipType))}
    assert types == {
        "Ordentliches Mitglied": Decimal("36.00"),
        "Ermäßigt": Decimal("18.00"),
        "Fördermitglied": Decimal("60.00"),
    }
    with_membership = session.scalar(select(func.count(func.distinct(Membership.person_id))))
    assert with_membership is not None
    assert 0.5 <= with_membership / len(persons) <= 0.7
    memberships = session.scalars(select(Membership)).all()
    assert any(m.end_date is not None and m.end_date < TODAY for m in memberships)  # former
    assert all(m.end_date is None or m.end_date >= m.start_date for m in memberships)
    consents = session.scalars(select(Consent)).all()
    assert len({c.purpose for c in consents}) == 5
    assert any(c.withdrawn_on is not None for c in consents)
    assert session.scalar(select(func.count()).select_from(CustomFieldValue)) >= 20


def test_centre_profile(session: Session) -> None:
    load_demo(session, ADMIN, TODAY)
    profile = session.get(CentreProfile, 1)
    assert profile is not None
    assert profile.name == "Bürgertreff Lindenviertel e.V."
    assert profile.register_court == "Amtsgericht Stuttgart"
    assert profile.register_number.startswith("VR ")
    assert profile.house_rules == "Bitte Räume besenrein verlassen, Fenster schließen, Licht aus."
    assert profile.key_contact and profile.signatories
    iban = profile.iban
    assert re.fullmatch(r"DE\d{20}", iban)
    rearranged = iban[4:] + iban[:4]
    assert int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def test_rooms_groups_and_series(session: Session) -> None:
    load_demo(session, ADMIN, TODAY)
    rooms = {room.symbol: room for room in session.scalars(select(Room))}
    assert len(rooms) == 4
    hall = rooms["S"]
    assert hall.name == "Großer Saal"
    assert hall.capacity == 80
    assert hall.accessible
    assert {"Beamer", "Leinwand", "Klavier"} <= set(hall.equipment.splitlines())
    assert len(hall.parts) == 2
    assert all(room.opens_at and room.closes_at for room in rooms.values())
    assert hall.open_days == "0123456"  # parties at weekends
    assert rooms["G"].open_days == "012345"

    groups = session.scalars(select(Group)).all()
    series = session.scalars(select(BookingSeries)).all()
    with_series = {s.group_id for s in series}
    assert len(groups) >= 25
    assert all(group.id in with_series for group in groups)
    for group in groups:
        assert group.description
        assert group.usual_rooms
        assert any(link.is_contact for link in group.person_links)
    assert session.scalar(select(func.count()).select_from(GroupPerson)) > 200

    rules = {s.rrule for s in series}
    assert "FREQ=MONTHLY;BYDAY=+1TU" in rules
    assert "FREQ=MONTHLY;BYDAY=+2MO,+4MO" in rules
    assert any("INTERVAL=2" in rule for rule in rules)
    assert any(s.until_date is not None for s in series)
    assert any(s.occurrence_count is not None for s in series)
    assert sum(s.skip_public_holidays for s in series) > len(series) / 2
    skipping_school = {s.group.name for s in series if s.skip_school_holidays and s.group}
    assert {"Hausaufgabenhilfe", "Krabbelgruppe"} <= skipping_school
    assert min(s.first_date for s in series) <= TODAY - dt.timedelta(days=150)
    assert max(s.first_date for s in series) > TODAY  # a course that starts later

    exceptions = session.scalars(select(SeriesException)).all()
    reasons = " ".join(e.reason for e in exceptions)
    assert "Heiligabend" in reasons and "Silvester" in reasons
    assert "krank" in reasons
    moved = [e for e in exceptions if e.replacement is not None]
    assert moved
    for exception in moved:
        assert exception.replacement is not None
        assert exception.replacement.series_id == exception.series_id

    private = [b for b in session.scalars(select(Booking)) if b.fee is not None]
    assert len(private) >= 8
    assert all(not b.is_public and b.deposit and b.starts_at.weekday() >= 5 for b in private)
    assert any(b.key_handed_out_on and b.key_returned_on for b in private)


def test_no_room_conflicts_across_the_year(session: Session) -> None:
    load_demo(session, ADMIN, TODAY)
    assert _room_conflicts(session, TODAY + dt.timedelta(days=400)) == []


@pytest.mark.parametrize("today", OTHER_DAYS, ids=str)
def test_no_room_conflicts_whatever_the_day(session: Session, today: dt.date) -> None:
    summary = load_demo(session, ADMIN, today)
    assert summary.meetings >= 20
    assert _room_conflicts(session, today + dt.timedelta(days=400)) == []


def test_conflict_check_is_not_vacuous(session: Session) -> None:
    load_demo(session, ADMIN, TODAY)
    choir = session.scalars(
        select(BookingSeries).where(BookingSeries.title.like("Chorprobe%"))
    ).one()
    rooms = {room.symbol: room for room in session.scalars(select(Room))}
    day = next(
        moment.date()
        for moment in _series_occurrences(choir, TODAY + dt.timedelta(days=60))
        if moment.date() > TODAY
    )
    session.add(
        Booking(
            title="Doppelt gebucht",
            starts_at=dt.datetime.combine(day, dt.time(20, 0)),
            ends_at=dt.datetime.combine(day, dt.time(22, 0)),
            rooms=[rooms["SA"]],  # a part of the hall the choir has
        )
    )
    session.flush()
    assert len(_room_conflicts(session, TODAY + dt.timedelta(days=400))) == 1


def test_holiday_periods(session: Session) -> None:
    load_demo(session, ADMIN, TODAY)
    periods = session.scalars(select(HolidayPeriod)).all()
    school = [p for p in periods if p.kind == PeriodKind.SCHOOL_HOLIDAY]
    closures = [p for p in periods if p.kind == PeriodKind.CLOSURE]
    assert len(closures) == 1
    assert closures[0].start_date.month == 12
    window = (TODAY - dt.timedelta(days=183), TODAY + dt.timedelta(days=183))
    assert all(p.start_date <= window[1] and p.end_date >= window[0] for p in school)
    summer = next(p for p in school if p.name == "Sommerferien 2026")
    assert (summer.start_date, summer.end_date) == (dt.date(2026, 7, 30), dt.date(2026, 9, 12))
    assert any(p.name.startswith("Weihnachtsferien 2026") for p in school)


def test_shipped_school_holidays() -> None:
    periods = school_holidays_bw()["period"]
    years = {p["school_year"] for p in periods}
    assert {"2025/26", "2026/27"} <= years
    for period in periods:
        assert period["start"] <= period["end"]
    for earlier, later in itertools.pairwise(periods):
        assert earlier["end"] < later["start"]


def test_meetings(session: Session) -> None:
    load_demo(session, ADMIN, TODAY)
    meetings = session.scalars(select(Meeting)).all()
    past = [m for m in meetings if m.starts_at.date() < TODAY]
    future = [m for m in meetings if m.starts_at.date() >= TODAY]
    assert len(past) >= 8 and len(future) >= 8
    kinds = {m.kind for m in meetings}
    assert kinds == set(MeetingKind)
    assert sum(m.kind == MeetingKind.BOARD for m in meetings) >= 10
    for meeting in meetings:
        assert meeting.agenda
        assert [item.position for item in meeting.agenda] == list(range(1, len(meeting.agenda) + 1))
        assert meeting.booking is not None
        assert meeting.room is not None and meeting.room in meeting.booking.rooms
    for meeting in past:
        assert meeting.attendance
        assert all(item.minutes_text for item in meeting.agenda)
        voters = sum(a.person_id is not None for a in meeting.attendance)
        for decision in meeting.decisions:
            assert decision.votes_yes + decision.votes_no + decision.votes_abstain <= voters
    for meeting in future:
        assert not meeting.attendance and not meeting.decisions and not meeting.action_items
        assert not any(item.minutes_text for item in meeting.agenda)
    assert any(a.guest_name for m in past for a in m.attendance)
    assert any(m.is_funded_event and m.children for m in past)
    assembly = next(m for m in meetings if m.kind == MeetingKind.GENERAL_ASSEMBLY)
    assert len(assembly.invitees) >= 50
    # invitations went out in time; guests have first and last names; the funder's line
    assert all(m.invitation_sent_on is not None for m in past)
    assert any(m.invitation_sent_on is None for m in future)
    for meeting in meetings:
        sent = meeting.invitation_sent_on
        assert sent is None or sent <= TODAY
        if sent is not None:
            required = notice_days(AppSettings(), meeting.kind)
            assert (meeting.starts_at.date() - sent).days >= required
    guests = [a for m in past for a in m.attendance if a.person_id is None]
    assert guests and all(a.guest_first_name and a.guest_name for a in guests)
    assert all(m.funder_line.startswith("Gefördert") for m in meetings if m.is_funded_event)

    decisions = session.scalars(select(Decision)).all()
    assert {d.result for d in decisions} >= {DecisionResult.ADOPTED, DecisionResult.DEFERRED}
    actions = session.scalars(select(ActionItem)).all()
    assert all(a.owner_id and a.due_date for a in actions)
    assert all(a.agenda_item_id is not None for a in actions)
    assert any(a.done_on is not None for a in actions)
    assert any(a.done_on is None and a.due_date and a.due_date >= TODAY for a in actions)
    assert any(a.done_on is None and a.due_date and a.due_date < TODAY for a in actions)
    assert all(a.done_on is None or a.done_on <= TODAY for a in actions)
    assert session.scalar(select(func.count()).select_from(Attendance)) >= 100


def test_funding_applications_and_receipts(session: Session) -> None:
    load_demo(session, ADMIN, TODAY)
    applications = session.scalars(select(FundingApplication)).all()
    assert len({a.status for a in applications}) == 3
    statuses = {a.status for a in applications}
    assert ApplicationStatus.IN_PROGRESS in statuses
    assert ApplicationStatus.SUBMITTED in statuses
    for application in applications:
        assert application.sections
        costs = sum(
            (
                line.quantity * line.unit_price
                for line in application.plan_lines
                if line.kind == PlanLineKind.COST
            ),
            Decimal(0),
        )
        income = sum(
            (
                line.quantity * line.unit_price
                for line in application.plan_lines
                if line.kind == PlanLineKind.INCOME
            ),
            Decimal(0),
        )
        # The plan balances: costs = financing + the requested grant (no grant line).
        assert costs == income + (application.requested_amount or 0), application.title
        assert all(line.category != "grant" for line in application.plan_lines)
        history = [change.status for change in application.status_history]
        assert history[-1] == application.status
        programme = parse_programme(application.programme.definition, source="demo")
        assert programme.key == application.programme.key
        allowed = {category.key for category in programme.categories}
        assert {
            line.category for line in application.plan_lines if line.kind == PlanLineKind.COST
        } <= allowed
        if application.programme.max_grant is not None:
            assert application.requested_amount is not None
            assert application.requested_amount <= application.programme.max_grant

    running = next(a for a in applications if a.status == ApplicationStatus.IN_PROGRESS)
    receipts = session.scalars(select(Receipt)).all()
    funded = [r for r in receipts if r.application_id == running.id]
    assert len(funded) >= 5
    assert {r.category for r in funded if r.kind == EntryKind.EXPENSE} <= {
        line.category for line in running.plan_lines
    }
    # Submitted and running applications pass every check of their programme.
    for application in applications:
        if application.status != ApplicationStatus.DRAFT:
            view = funding.get_application(session, ADMIN, application.id)
            assert funding.check_application(view, today=dt.date(2026, 1, 1)) == []
    assert all(
        running.project_start and r.receipt_date >= running.project_start - dt.timedelta(days=10)
        for r in funded
    )
    assert any(r.application_id is None for r in receipts)
    assert all(isinstance(r.amount, Decimal) and r.amount > 0 for r in receipts)
    assert all(r.receipt_date <= TODAY for r in receipts)
    by_year: dict[int, list[Receipt]] = defaultdict(list)
    for receipt in receipts:
        by_year[receipt.year].append(receipt)
    for year, entries in by_year.items():
        entries.sort(key=lambda r: r.number)
        assert [r.number for r in entries] == list(range(1, len(entries) + 1))
        assert all(r.receipt_date.year == year for r in entries)
        assert [r.receipt_date for r in entries] == sorted(r.receipt_date for r in entries)
    shipped = {programme.key for programme in shipped_programmes()}
    assert set(session.scalars(select(FundingProgramme.key))) == shipped
    titles = set(session.scalars(select(TextBlock.title)))
    assert {"Über uns", "Unsere Räume"} <= titles


def test_refuses_a_database_with_data(session: Session) -> None:
    load_demo(session, ADMIN, TODAY)
    before = _counts(session)
    with pytest.raises(DatabaseNotEmpty):
        load_demo(session, ADMIN, TODAY)
    assert _counts(session) == before


def test_refuses_a_database_with_one_person_and_writes_nothing(session: Session) -> None:
    session.add(Person(first_name="Erika", last_name="Mustermann"))
    session.flush()
    with pytest.raises(DatabaseNotEmpty) as raised:
        load_demo(session, ADMIN, TODAY)
    assert raised.value.table == "persons"
    counts = _counts(session)
    assert counts.pop("audit_log") == 1  # the person's creation
    assert counts["persons"] == 1
    assert counts.pop("person_search_words") == 2  # the index of her name
    assert sum(counts.values()) == 1


def _fingerprint(session: Session, today: dt.date) -> tuple[DemoSummary, list[str], list[str]]:
    summary = load_demo(session, ADMIN, today)
    names = list(
        session.scalars(
            select(Person.last_name + ", " + Person.first_name).order_by(Person.id).limit(10)
        )
    )
    rules = list(session.scalars(select(BookingSeries.rrule).order_by(BookingSeries.id)))
    return summary, names, rules


def test_deterministic(session: Session) -> None:
    first = _fingerprint(session, TODAY)
    session.rollback()  # the fixture's savepoint: the database is empty again
    assert _counts(session)["persons"] == 0
    second = _fingerprint(session, TODAY)
    assert first == second
    session.rollback()
    other_day = _fingerprint(session, OTHER_DAYS[0])
    assert other_day[1] == first[1]  # the same people, whatever the day
    assert dataclasses.asdict(other_day[0])["persons"] == first[0].persons
