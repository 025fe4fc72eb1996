"""Meetings on both databases: validation, the room booked through the booking service
(conflicts refused, the group's own slot, moved and cancelled with the meeting), notice
period and quorum, attendance, autosaved minutes, decisions and action items."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff import messages
from quartierstreff.db.models import (
    AgendaItem,
    AuditEntry,
    Booking,
    DecisionResult,
    Group,
    GroupPerson,
    Meeting,
    MeetingKind,
    Membership,
    Person,
    Role,
    Room,
)
from quartierstreff.services import bookings, meetings, settings, trash
from quartierstreff.services.bookings import BookingDraft
from quartierstreff.services.errors import (
    BookingConflict,
    ConcurrentEdit,
    FieldInvalid,
    MinutesTooLong,
    NotFound,
    PermissionDenied,
)
from quartierstreff.services.meetings import (
    ActionItemDraft,
    AgendaItemDraft,
    DecisionDraft,
    GuestDraft,
    MeetingDraft,
)
from quartierstreff.services.recurrence import Frequency, Recurrence
from quartierstreff.services.security import Actor
from tests.conftest import ADMIN

D = dt.date
T = dt.time
TODAY = D(2026, 11, 10)
VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
TREASURER = Actor(user_id=None, username="kasse", role=Role.TREASURER)


@pytest.fixture
def room(session: Session) -> int:
    saal = Room(name="Großer Saal", symbol="S", capacity=80)
    session.add(saal)
    session.flush()
    return saal.id


def _person(session: Session, first: str, last: str, member_since: D | None = None) -> int:
    person = Person(first_name=first, last_name=last)
    if member_since is not None:
        person.memberships = [Membership(start_date=member_since)]
    session.add(person)
    session.flush()
    return person.id


def meeting_draft(**fields: object) -> MeetingDraft:
    values: dict[str, object] = {
        "kind": MeetingKind.BOARD,
        "title": "Vorstandssitzung November",
        "day": D(2026, 11, 24),
        "start_time": T(19),
        "end_time": T(21),
    }
    values |= fields
    return MeetingDraft(**values)  # type: ignore[arg-type]


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


# --- validation ------------------------------------------------------------------------


def test_a_meeting_without_a_date_is_refused_with_a_clear_message(session: Session) -> None:
    draft = meeting_draft(day=None)
    problems = meetings.meeting_problems(draft)
    assert [(p.field, p.reason) for p in problems] == [("day", "required")]
    with pytest.raises(FieldInvalid) as raised:
        meetings.create_meeting(session, ADMIN, draft)
    assert messages.describe(raised.value) == "Das Treffen hat kein Datum: Bitte ein Datum angeben."
    assert _count(session, Meeting) == 0


def test_every_problem_is_named_at_once() -> None:
    draft = meeting_draft(
        title=" ",
        start_time=T(20),
        end_time=T(19),
        agenda=(
            AgendaItemDraft("Begrüßung"),
            AgendaItemDraft(""),
            AgendaItemDraft("Kasse", planned_minutes=-5),
        ),
        funder_line="x" * 301,
    )
    found = {(p.field, p.reason, p.value) for p in meetings.meeting_problems(draft)}
    assert found == {
        ("title", "required", ""),
        ("end_time", "before_start", ""),
        ("agenda_title", "required", "2"),
        ("planned_minutes", "negative", "3"),
        ("funder_line", "too_long", "300"),
    }


def test_a_room_needs_an_end_time() -> None:
    problems = meetings.meeting_problems(meeting_draft(end_time=None, room_id=1))
    assert [(p.field, p.reason) for p in problems] == [("end_time", "required_for_room")]
    assert meetings.meeting_problems(meeting_draft(end_time=None)) == []


def test_an_agenda_of_200_items_is_refused(session: Session) -> None:
    agenda = tuple(AgendaItemDraft(f"Punkt {n}") for n in range(1, 201))
    with pytest.raises(FieldInvalid) as raised:
        meetings.create_meeting(session, ADMIN, meeting_draft(agenda=agenda))
    assert (raised.value.field, raised.value.reason) == ("agenda", "too_many")
    assert "höchstens 100 Punkte" in messages.describe(raised.value)
    assert _count(session, Meeting) == 0
    # 100 items are fine
    meeting_id = meetings.create_meeting(session, ADMIN, meeting_draft(agenda=agenda[:100]))
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert [item.number for item in view.agenda][-1] == 100


# --- create, read, update, delete --------------------------------------------------------


def test_create_and_read_a_meeting_with_everything(session: Session, room: int) -> None:
    anna = _person(session, "Anna", "Beispiel")
    ben = _person(session, "Ben", "Adler")
    group = Group(name="Nachbarschaftshilfe")
    session.add(group)
    session.flush()
    draft = meeting_draft(
        kind=MeetingKind.PLENARY,
        title="Offenes Plenum",
        room_id=room,
        location_note="Eingang Hof",
        group_id=group.id,
        chair_id=anna,
        minute_taker_id=ben,
        invitee_ids=(anna, ben, anna),
        agenda=(
            AgendaItemDraft("Begrüßung", "Anna Beispiel", 10),
            AgendaItemDraft("Sommerfest", planned_minutes=30),
        ),
        invitation_text="Bitte bringt Ideen mit.",
        is_funded_event=True,
        funder_line="Gefördert durch die Stadt",
    )
    meeting_id = meetings.create_meeting(session, VOLUNTEER, draft)
    view = meetings.get_meeting(session, VOLUNTEER, meeting_id, today=TODAY)
    assert view.title == "Offenes Plenum"
    assert view.kind_label == "Plenum"
    assert view.starts_at == dt.datetime(2026, 11, 24, 19)
    assert view.place == "Großer Saal (Eingang Hof)"
    assert (view.group_name, view.chair_name, view.minute_taker_name) == (
        "Nachbarschaftshilfe",
        "Anna Beispiel",
        "Ben Adler",
    )
    assert [p.full_name for p in view.invitees] == ["Ben Adler", "Anna Beispiel"]
    assert [(i.number, i.title, i.presenter, i.planned_minutes) for i in view.agenda] == [
        (1, "Begrüßung", "Anna Beispiel", 10),
        (2, "Sommerfest", "", 30),
    ]
    assert view.funder_line == "Gefördert durch die Stadt" and view.is_funded_event
    assert view.when_text == "Dienstag, 24.11.2026, 19:00–21:00 Uhr"
    assert view.to_draft() == replace(draft, invitee_ids=(ben, anna), agenda=view.to_draft().agenda)
    # the room is booked, public for a plenary
    booking = session.get(Booking, view.booking_id)
    assert booking is not None
    assert (booking.title, booking.starts_at, booking.ends_at, booking.is_public) == (
        "Offenes Plenum",
        dt.datetime(2026, 11, 24, 19),
        dt.datetime(2026, 11, 24, 21),
        True,
    )
    assert [r.id for r in booking.rooms] == [room] and booking.group_id == group.id
    rows = meetings.list_meetings(session, TREASURER)
    assert [(r.id, r.title, r.place, r.group_name) for r in rows] == [
        (meeting_id, "Offenes Plenum", "Großer Saal (Eingang Hof)", "Nachbarschaftshilfe")
    ]


def test_a_board_meeting_books_the_room_not_public(session: Session, room: int) -> None:
    meeting_id = meetings.create_meeting(session, ADMIN, meeting_draft(room_id=room))
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    booking = session.get(Booking, view.booking_id)
    assert booking is not None and booking.is_public is False


def test_a_room_already_booked_is_refused_and_nothing_is_written(
    session: Session, room: int
) -> None:
    bookings.create_booking(
        session,
        ADMIN,
        BookingDraft("Yoga", (room,), D(2026, 11, 24), T(18), T(20)),
    )
    audit_rows = _count(session, AuditEntry)
    agenda = (AgendaItemDraft("Begrüßung"),)
    with pytest.raises(BookingConflict) as raised:
        meetings.create_meeting(session, ADMIN, meeting_draft(room_id=room, agenda=agenda))
    assert raised.value.title == "Yoga"
    assert messages.describe(raised.value) == (
        "Der Raum „Großer Saal“ ist am 24.11.2026 von 18:00 bis 20:00 Uhr schon belegt: „Yoga“."
    )
    assert _count(session, Meeting) == 0
    assert _count(session, AgendaItem) == 0
    assert _count(session, Booking) == 1
    assert _count(session, AuditEntry) == audit_rows
    # without the room (somewhere else) the meeting is fine
    meetings.create_meeting(session, ADMIN, meeting_draft(location_note="Café Eck"))
    assert _count(session, Meeting) == 1


def test_a_group_meeting_in_its_own_slot_books_nothing_new(session: Session, room: int) -> None:
    group = Group(name="Chor")
    other = Group(name="Theater")
    session.add_all([group, other])
    session.flush()
    bookings.create_booking(
        session,
        ADMIN,
        BookingDraft(
            "Chorprobe",
            (room,),
            D(2026, 11, 3),
            T(18),
            T(21),
            group_id=group.id,
            recurrence=Recurrence(Frequency.WEEKLY, count=10),
        ),
    )
    draft = meeting_draft(
        kind=MeetingKind.GROUP, title="Chor: Jahresplanung", room_id=room, group_id=group.id
    )
    meeting_id = meetings.create_meeting(session, VOLUNTEER, draft)
    view = meetings.get_meeting(session, VOLUNTEER, meeting_id, today=TODAY)
    assert view.room_id == room and view.booking_id is None
    assert view.room_shared_with_group
    assert _count(session, Booking) == 0  # the series only
    # another group may not meet there then
    with pytest.raises(BookingConflict):
        meetings.create_meeting(session, VOLUNTEER, replace(draft, group_id=other.id))


def test_moving_the_meeting_moves_its_booking_and_removing_the_room_cancels_it(
    session: Session, room: int
) -> None:
    other_room = Room(name="Besprechungsraum", symbol="B")
    session.add(other_room)
    session.flush()
    draft = meeting_draft(room_id=room)
    meeting_id = meetings.create_meeting(session, ADMIN, draft)
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    booking_id = view.booking_id
    moved = replace(draft, day=D(2026, 11, 26), start_time=T(18), room_id=other_room.id)
    meetings.update_meeting(session, ADMIN, meeting_id, moved, expected_version=view.version)
    booking = session.get(Booking, booking_id)
    assert booking is not None
    assert (booking.starts_at, [r.name for r in booking.rooms]) == (
        dt.datetime(2026, 11, 26, 18),
        ["Besprechungsraum"],
    )
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert view.booking_id == booking_id
    # a conflict on the move changes nothing
    bookings.create_booking(
        session, ADMIN, BookingDraft("Kurs", (room,), D(2026, 12, 1), T(19), T(20))
    )
    with pytest.raises(BookingConflict):
        meetings.update_meeting(
            session,
            ADMIN,
            meeting_id,
            replace(moved, day=D(2026, 12, 1), room_id=room, title="Neu"),
            expected_version=view.version,
        )
    session.expire_all()
    unchanged = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert (unchanged.title, unchanged.starts_at) == (view.title, view.starts_at)
    # removing the room cancels the booking (to the bin)
    meetings.update_meeting(
        session, ADMIN, meeting_id, replace(moved, room_id=None), expected_version=view.version
    )
    assert session.get(Booking, booking_id) is None
    assert meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).booking_id is None


def test_a_stale_version_is_refused(session: Session) -> None:
    meeting_id = meetings.create_meeting(session, ADMIN, meeting_draft())
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    meetings.update_meeting(
        session,
        ADMIN,
        meeting_id,
        replace(view.to_draft(), title="A"),
        expected_version=view.version,
    )
    with pytest.raises(ConcurrentEdit):
        meetings.update_meeting(
            session,
            ADMIN,
            meeting_id,
            replace(view.to_draft(), title="B"),
            expected_version=view.version,
        )


def test_agenda_items_keep_their_minutes_when_reordered(session: Session) -> None:
    draft = meeting_draft(agenda=(AgendaItemDraft("Eins"), AgendaItemDraft("Zwei")))
    meeting_id = meetings.create_meeting(session, ADMIN, draft)
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    one, two = view.agenda
    meetings.save_minutes(session, ADMIN, meeting_id, agenda_item_id=two.id, text="Zu zwei.")
    decision_id = meetings.save_decision(
        session, ADMIN, meeting_id, DecisionDraft("Ja", agenda_item_id=two.id)
    )
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    reordered = replace(
        view.to_draft(),
        agenda=(
            AgendaItemDraft("Zwei (neu)", item_id=two.id),
            AgendaItemDraft("Neu"),
        ),
    )
    meetings.update_meeting(session, ADMIN, meeting_id, reordered, expected_version=view.version)
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert [(i.number, i.title, i.minutes_text) for i in view.agenda] == [
        (1, "Zwei (neu)", "Zu zwei."),
        (2, "Neu", ""),
    ]
    assert view.agenda[0].id == two.id
    assert [(d.id, d.agenda_number) for d in view.decisions] == [(decision_id, 1)]
    assert session.get(AgendaItem, one.id) is None
    # an item of another meeting cannot be smuggled in
    with pytest.raises(FieldInvalid):
        meetings.update_meeting(
            session,
            ADMIN,
            meeting_id,
            replace(reordered, agenda=(AgendaItemDraft("X", item_id=999_999),)),
            expected_version=0,
        )


def test_delete_moves_the_meeting_to_the_bin_and_cancels_its_booking(
    session: Session, room: int
) -> None:
    meeting_id = meetings.create_meeting(
        session, ADMIN, meeting_draft(room_id=room, agenda=(AgendaItemDraft("Eins"),))
    )
    entry = meetings.delete_meeting(session, VOLUNTEER, meeting_id)
    assert entry is not None
    assert _count(session, Meeting) == 0 and _count(session, Booking) == 0
    assert _count(session, AgendaItem) == 0
    trash.restore_from_trash(session, ADMIN, entry.id, now=dt.datetime.now(dt.UTC))
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert [i.title for i in view.agenda] == ["Eins"]
    assert view.booking_id is None  # the booking stays in the bin until restored itself
    with pytest.raises(NotFound):
        meetings.get_meeting(session, ADMIN, 999_999, today=TODAY)


def test_list_filters_by_kind_group_year_and_title(session: Session) -> None:
    group = Group(name="Chor")
    session.add(group)
    session.flush()
    a = meetings.create_meeting(
        session, ADMIN, meeting_draft(title="Vorstand März", day=D(2025, 3, 1))
    )
    b = meetings.create_meeting(
        session,
        ADMIN,
        meeting_draft(kind=MeetingKind.GROUP, title="Chorversammlung", group_id=group.id),
    )
    c = meetings.create_meeting(
        session, ADMIN, meeting_draft(kind=MeetingKind.GENERAL_ASSEMBLY, title="MV Übung")
    )

    def ids(**filters: object) -> list[int]:
        return [row.id for row in meetings.list_meetings(session, ADMIN, **filters)]  # type: ignore[arg-type]

    assert ids() == [c, b, a]  # newest first (same day: later id first)
    assert ids(kind=MeetingKind.GROUP) == [b]
    assert ids(group_id=group.id) == [b]
    assert ids(year=2025) == [a]
    assert ids(search="übung") == [c]
    assert ids(search="vorstand MÄRZ") == [a]


# --- notice period and quorum ---------------------------------------------------------------


def test_notice_period_from_the_settings(session: Session) -> None:
    draft = meeting_draft(kind=MeetingKind.GENERAL_ASSEMBLY, day=D(2026, 11, 20))
    meeting_id = meetings.create_meeting(session, ADMIN, draft)
    notice = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).notice
    assert notice is not None
    assert (notice.required_days, notice.days_before, notice.too_short) == (14, 10, True)
    assert notice.warning == (
        "Die Einladungsfrist beträgt 14 Tage: bis zum Treffen sind es nur noch 10 Tage."
    )
    meetings.mark_invitation_sent(session, ADMIN, meeting_id, D(2026, 11, 1))
    notice = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).notice
    assert notice is not None and (notice.days_before, notice.too_short) == (19, False)
    assert notice.warning == ""
    settings.save_settings(session, ADMIN, settings.AppSettings(notice_days_general_assembly=21))
    notice = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).notice
    assert notice is not None and notice.too_short
    assert "ging nur 19 Tage vorher hinaus" in notice.warning
    # a kind without a notice period has no check
    group_meeting = meetings.create_meeting(session, ADMIN, meeting_draft(kind=MeetingKind.GROUP))
    assert meetings.get_meeting(session, ADMIN, group_meeting, today=TODAY).notice is None


def test_quorum_of_a_members_assembly(session: Session) -> None:
    day = D(2026, 11, 24)
    members = [_person(session, f"M{n}", "Mitglied", D(2020, 1, 1)) for n in range(21)]
    _person(session, "Kein", "Mitglied")
    later = _person(session, "Später", "Mitglied", D(2026, 12, 1))
    former = Person(
        first_name="Ehemals",
        last_name="Mitglied",
        memberships=[Membership(start_date=D(2019, 1, 1), end_date=D(2026, 6, 30))],
    )
    session.add(former)
    session.flush()
    meeting_id = meetings.create_meeting(
        session, ADMIN, meeting_draft(kind=MeetingKind.GENERAL_ASSEMBLY, day=day)
    )
    quorum = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).quorum
    assert quorum is not None
    assert (quorum.eligible, quorum.present, quorum.required, quorum.reached) == (21, 0, 3, False)
    assert quorum.rule_text == "beschlussfähig ab 10 % der Mitglieder (3 von 21)"
    meetings.set_attendance(
        session,
        ADMIN,
        meeting_id,
        person_ids=[*members[:3], later, former.id],
        guests=(GuestDraft("Gabi", "Gast"),),
    )
    quorum = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).quorum
    assert quorum is not None and (quorum.present, quorum.reached) == (3, True)
    assert quorum.status_text == "Beschlussfähig: 3 von 21 Mitgliedern anwesend (nötig: 3)."
    # no quorum for other kinds
    board = meetings.create_meeting(session, ADMIN, meeting_draft())
    assert meetings.get_meeting(session, ADMIN, board, today=TODAY).quorum is None


def test_quorum_rounds_up_and_zero_percent_is_always_quorate() -> None:
    assert meetings.quorum_of(118, 11, 10).required == 12
    assert not meetings.quorum_of(118, 11, 10).reached
    zero = meetings.quorum_of(118, 0, 0)
    assert zero.reached and zero.required == 0


# --- attendance ------------------------------------------------------------------------------


def test_attendance_with_guests_and_head_counts(session: Session) -> None:
    anna = _person(session, "Anna", "Beispiel")
    ben = _person(session, "Ben", "Adler")
    meeting_id = meetings.create_meeting(session, ADMIN, meeting_draft(invitee_ids=(anna,)))
    meetings.set_attendance(
        session,
        VOLUNTEER,
        meeting_id,
        person_ids=[anna, ben, anna],
        guests=(GuestDraft("Carla", "Zeta", "Stadtteilschule"), GuestDraft("Mehmet")),
        anonymous_visitors=4,
        children=3,
    )
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert [(a.first_name, a.last_name, a.organisation, a.is_guest) for a in view.attendance] == [
        ("Ben", "Adler", "", False),
        ("Anna", "Beispiel", "", False),
        ("", "Mehmet", "", True),
        ("Carla", "Zeta", "Stadtteilschule", True),
    ]
    assert (view.attendee_count, view.total_count) == (4, 11)
    # the same list again writes nothing
    audit_rows = _count(session, AuditEntry)
    meetings.set_attendance(
        session,
        VOLUNTEER,
        meeting_id,
        person_ids=[ben, anna],
        guests=(GuestDraft("Carla", "Zeta", "Stadtteilschule"), GuestDraft("Mehmet")),
        anonymous_visitors=4,
        children=3,
    )
    assert _count(session, AuditEntry) == audit_rows
    meetings.set_attendance(session, VOLUNTEER, meeting_id, person_ids=[ben])
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert [a.full_name for a in view.attendance] == ["Ben Adler"]
    assert view.total_count == 1


@pytest.mark.parametrize(
    ("guests", "visitors", "children", "problem"),
    [
        ((GuestDraft(" ", ""),), 0, 0, ("guest_name", "required", "1")),
        ((GuestDraft("A", "x" * 201),), 0, 0, ("guest_name", "too_long", "1")),
        ((), -1, 0, ("anonymous_visitors", "negative", "-1")),
        ((), 0, -2, ("children", "negative", "-2")),
    ],
)
def test_bad_attendance_is_refused(
    session: Session,
    guests: tuple[GuestDraft, ...],
    visitors: int,
    children: int,
    problem: tuple[str, str, str],
) -> None:
    meeting_id = meetings.create_meeting(session, ADMIN, meeting_draft())
    with pytest.raises(FieldInvalid) as raised:
        meetings.set_attendance(
            session,
            ADMIN,
            meeting_id,
            person_ids=[],
            guests=guests,
            anonymous_visitors=visitors,
            children=children,
        )
    assert (raised.value.field, raised.value.reason, raised.value.value) == problem
    assert messages.describe(raised.value)  # a sentence, not a key
    assert "{" not in messages.describe(raised.value)


def test_attendance_choices(session: Session) -> None:
    invited = _person(session, "Ina", "Eingeladen")
    member = _person(session, "Max", "Mitglied", D(2020, 1, 1))
    _person(session, "Nora", "Niemand")
    group = Group(name="Chor")
    session.add(group)
    session.flush()
    singer = _person(session, "Sina", "Sängerin")
    session.add(GroupPerson(group_id=group.id, person_id=singer))
    session.flush()
    assembly = meetings.create_meeting(
        session,
        ADMIN,
        meeting_draft(kind=MeetingKind.GENERAL_ASSEMBLY, invitee_ids=(invited,)),
    )
    choices = meetings.attendance_choices(session, VOLUNTEER, assembly, today=TODAY)
    assert [p.id for p in choices.people] == [invited, member]
    group_meeting = meetings.create_meeting(
        session, ADMIN, meeting_draft(kind=MeetingKind.GROUP, group_id=group.id)
    )
    choices = meetings.attendance_choices(session, VOLUNTEER, group_meeting, today=TODAY)
    assert [p.full_name for p in choices.people] == ["Sina Sängerin"]


# --- minutes ---------------------------------------------------------------------------------


def test_minutes_are_saved_per_item_and_in_general(session: Session) -> None:
    meeting_id = meetings.create_meeting(
        session, ADMIN, meeting_draft(agenda=(AgendaItemDraft("Eins"),))
    )
    item = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).agenda[0]
    meetings.save_minutes(session, VOLUNTEER, meeting_id, agenda_item_id=None, text="Allgemein")
    meetings.save_minutes(session, VOLUNTEER, meeting_id, agenda_item_id=item.id, text="Zu TOP 1")
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert (view.minutes_text, view.agenda[0].minutes_text) == ("Allgemein", "Zu TOP 1")
    # the autosave of unchanged text writes nothing
    audit_rows = _count(session, AuditEntry)
    meetings.save_minutes(session, VOLUNTEER, meeting_id, agenda_item_id=item.id, text="Zu TOP 1")
    assert _count(session, AuditEntry) == audit_rows


def test_a_megabyte_of_minutes_is_refused_and_the_stored_text_kept(session: Session) -> None:
    meeting_id = meetings.create_meeting(
        session, ADMIN, meeting_draft(agenda=(AgendaItemDraft("Eins"),))
    )
    item = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).agenda[0]
    meetings.save_minutes(session, ADMIN, meeting_id, agenda_item_id=item.id, text="Stand")
    huge = "x" * 1_000_000
    with pytest.raises(MinutesTooLong) as raised:
        meetings.save_minutes(session, ADMIN, meeting_id, agenda_item_id=item.id, text=huge)
    assert (raised.value.limit, raised.value.length, raised.value.agenda_number) == (
        200_000,
        1_000_000,
        1,
    )
    assert messages.describe(raised.value) == (
        "Das Protokoll zu TOP 1 ist zu lang: 1.000.000 Zeichen, möglich sind höchstens "
        "200.000. Es wurde nicht gespeichert."
    )
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert view.agenda[0].minutes_text == "Stand"
    # the limit itself is fine, and the audit trail keeps it short
    exact = "y" * meetings.MAX_MINUTES_CHARS
    meetings.save_minutes(session, ADMIN, meeting_id, agenda_item_id=None, text=exact)
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "meetings").order_by(AuditEntry.id.desc())
    ).first()
    assert entry is not None
    assert json.loads(entry.changes)["minutes_text"][1].endswith("… (200.000 Zeichen)")
    assert len(entry.changes) < 1000


def test_minutes_of_an_item_of_another_meeting_are_refused(session: Session) -> None:
    first = meetings.create_meeting(session, ADMIN, meeting_draft(agenda=(AgendaItemDraft("A"),)))
    second = meetings.create_meeting(session, ADMIN, meeting_draft())
    item = meetings.get_meeting(session, ADMIN, first, today=TODAY).agenda[0]
    with pytest.raises(FieldInvalid) as raised:
        meetings.save_minutes(session, ADMIN, second, agenda_item_id=item.id, text="x")
    assert raised.value.reason == "not_in_meeting"


# --- decisions and action items -----------------------------------------------------------------


def test_decisions_with_votes_and_the_register(session: Session) -> None:
    meeting_id = meetings.create_meeting(
        session,
        ADMIN,
        meeting_draft(title="Vorstand Juni", agenda=(AgendaItemDraft("Fest"),)),
    )
    item = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).agenda[0]
    decision_id = meetings.save_decision(
        session,
        VOLUNTEER,
        meeting_id,
        DecisionDraft("Das Sommerfest findet am 4. Juli statt.", 5, 1, 1, agenda_item_id=item.id),
    )
    meetings.save_decision(
        session,
        VOLUNTEER,
        meeting_id,
        DecisionDraft("Anschaffung Grill", result=DecisionResult.DEFERRED),
    )
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert [(d.text, d.agenda_number, d.votes_text, d.result_label) for d in view.decisions] == [
        ("Das Sommerfest findet am 4. Juli statt.", 1, "5 ja, 1 nein, 1 Enthaltung", "angenommen"),
        ("Anschaffung Grill", None, "", "vertagt"),
    ]
    meetings.save_decision(
        session,
        ADMIN,
        meeting_id,
        replace(view.decisions[0].to_draft(), votes_no=0, result=DecisionResult.ADOPTED),
        decision_id=decision_id,
    )
    register = meetings.list_decisions(session, TREASURER, search="sommerfest")
    assert [(d.id, d.votes_no, d.meeting_title) for d in register] == [
        (decision_id, 0, "Vorstand Juni")
    ]
    assert len(meetings.list_decisions(session, ADMIN, search="vorstand")) == 2
    assert meetings.list_decisions(session, ADMIN, year=2025) == []
    meetings.delete_decision(session, ADMIN, decision_id)
    assert [d.text for d in meetings.list_decisions(session, ADMIN)] == ["Anschaffung Grill"]
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert [d.text for d in view.decisions] == ["Anschaffung Grill"]


def test_negative_votes_are_refused(session: Session) -> None:
    meeting_id = meetings.create_meeting(session, ADMIN, meeting_draft())
    with pytest.raises(FieldInvalid) as raised:
        meetings.save_decision(session, ADMIN, meeting_id, DecisionDraft("X", votes_no=-1))
    assert (raised.value.field, raised.value.reason) == ("votes_no", "negative")
    assert messages.describe(raised.value) == "Die Nein-Stimmen dürfen nicht negativ sein."
    with pytest.raises(FieldInvalid) as raised:
        meetings.save_decision(session, ADMIN, meeting_id, DecisionDraft(" "))
    assert raised.value.field == "decision_text"
    assert meetings.list_decisions(session, ADMIN) == []


def test_votes_that_do_not_add_up_are_warned_about() -> None:
    ok = DecisionDraft("X", 8, 2, 2)
    assert meetings.vote_warning(ok, 12) is None
    assert meetings.vote_warning(DecisionDraft("X", 10, 2, 3), 12) == (
        "Es wurden 15 Stimmen gezählt, aber nur 12 Personen sind als anwesend eingetragen. "
        "Bitte die Stimmen oder die Anwesenheit prüfen."
    )
    fewer = meetings.vote_warning(DecisionDraft("X", 5), 12)
    assert fewer is not None and fewer.startswith("Es wurden 5 Stimmen gezählt, anwesend sind 12")
    assert meetings.vote_warning(DecisionDraft("X"), 12) is None  # no vote taken
    assert meetings.vote_warning(DecisionDraft("X", 3), 0) is None  # no attendance taken


def test_action_items_done_with_a_click_and_the_open_list(session: Session) -> None:
    owner = _person(session, "Olga", "Owner")
    meeting_id = meetings.create_meeting(
        session, ADMIN, meeting_draft(agenda=(AgendaItemDraft("Fest"),))
    )
    item = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).agenda[0]
    late = meetings.save_action_item(
        session,
        VOLUNTEER,
        meeting_id,
        ActionItemDraft("Grill leihen", owner, D(2026, 11, 1), item.id),
    )
    soon = meetings.save_action_item(
        session, VOLUNTEER, meeting_id, ActionItemDraft("Plakate", due_date=D(2026, 11, 30))
    )
    someday = meetings.save_action_item(session, VOLUNTEER, meeting_id, ActionItemDraft("Später"))
    open_items = meetings.open_action_items(session, TREASURER)
    assert [a.id for a in open_items] == [late, soon, someday]
    first = open_items[0]
    assert (first.owner_name, first.agenda_number, first.is_overdue(TODAY)) == (
        "Olga Owner",
        1,
        True,
    )
    assert not open_items[1].is_overdue(TODAY)
    assert meetings.list_meetings(session, ADMIN)[0].open_action_count == 3
    meetings.set_action_done(session, VOLUNTEER, late, TODAY)
    assert [a.id for a in meetings.open_action_items(session, ADMIN)] == [soon, someday]
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    done = next(a for a in view.action_items if a.id == late)
    assert done.done_on == TODAY and not done.is_overdue(TODAY)
    meetings.set_action_done(session, VOLUNTEER, late, None)
    meetings.save_action_item(
        session, ADMIN, meeting_id, ActionItemDraft("Plakate drucken"), item_id=soon
    )
    meetings.delete_action_item(session, ADMIN, someday)
    assert [a.description for a in meetings.open_action_items(session, ADMIN)] == [
        "Grill leihen",
        "Plakate drucken",
    ]
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert [a.description for a in view.action_items] == ["Grill leihen", "Plakate drucken"]
    with pytest.raises(NotFound):
        meetings.save_action_item(
            session, ADMIN, meeting_id, ActionItemDraft("X", owner_id=999_999)
        )
    with pytest.raises(FieldInvalid):
        meetings.save_action_item(session, ADMIN, meeting_id, ActionItemDraft(""))


# --- permissions and the invitation ------------------------------------------------------------


def test_the_treasurer_reads_but_does_not_write_meetings(session: Session) -> None:
    with pytest.raises(PermissionDenied):
        meetings.create_meeting(session, TREASURER, meeting_draft())
    meeting_id = meetings.create_meeting(session, VOLUNTEER, meeting_draft())
    assert meetings.get_meeting(session, TREASURER, meeting_id, today=TODAY).id == meeting_id
    with pytest.raises(PermissionDenied):
        meetings.save_minutes(session, TREASURER, meeting_id, agenda_item_id=None, text="x")


def test_invitation_email(session: Session, room: int) -> None:
    meeting_id = meetings.create_meeting(
        session,
        ADMIN,
        meeting_draft(
            kind=MeetingKind.GENERAL_ASSEMBLY,
            title="Mitgliederversammlung 2026",
            room_id=room,
            agenda=(
                AgendaItemDraft("Begrüßung", "Anna Beispiel", 10),
                AgendaItemDraft("Bericht des Vorstands"),
            ),
            invitation_text="Anträge bitte bis zum 17.11. an den Vorstand.",
        ),
    )
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    text = meetings.invitation_email(view, "Bürgertreff Süd")
    assert text == (
        "Einladung: Mitgliederversammlung – Mitgliederversammlung 2026\n"
        "\n"
        "Liebe Mitglieder,\n"
        "\n"
        "hiermit laden wir herzlich zur Mitgliederversammlung „Mitgliederversammlung 2026“ ein.\n"
        "\n"
        "Wann: Dienstag, 24.11.2026, 19:00–21:00 Uhr\n"
        "Wo:   Großer Saal\n"
        "\n"
        "Tagesordnung:\n"
        "TOP 1  Begrüßung (Anna Beispiel, 10 Min.)\n"
        "TOP 2  Bericht des Vorstands\n"
        "\n"
        "Anträge bitte bis zum 17.11. an den Vorstand.\n"
        "\n"
        "Viele Grüße\n"
        "Bürgertreff Süd\n"
    )
    plenary = replace(view, kind=MeetingKind.PLENARY, agenda=(), invitation_text="")
    assert "herzlich zum Plenum" in meetings.invitation_email(plenary, "Treff")


def test_a_room_booking_conflict_before_today_is_history(session: Session, room: int) -> None:
    bookings.create_booking(
        session, ADMIN, BookingDraft("Yoga", (room,), D(2026, 10, 6), T(18), T(20))
    )
    past = meeting_draft(day=D(2026, 10, 6), room_id=room)
    with pytest.raises(BookingConflict):
        meetings.create_meeting(session, ADMIN, past)
    meeting_id = meetings.create_meeting(session, ADMIN, past, today=TODAY)
    assert meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY).booking_id is not None


def _titles_per_day(session: Session, start: D, end: D) -> list[tuple[D, str]]:
    found = bookings.occurrences(session, ADMIN, start, end)
    return [(o.day, o.title) for o in found]


def test_an_event_over_several_days_books_its_room_each_day(session: Session, room: int) -> None:
    draft = meeting_draft(
        kind=MeetingKind.PUBLIC_EVENT,
        title="Aktionstage",
        day=D(2026, 12, 4),  # Friday to Sunday
        end_day=D(2026, 12, 6),
        start_time=T(10),
        end_time=T(16),
        room_id=room,
    )
    meeting_id = meetings.create_meeting(session, ADMIN, draft)
    view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    assert (view.starts_at, view.ends_at) == (
        dt.datetime(2026, 12, 4, 10),
        dt.datetime(2026, 12, 6, 16),
    )
    assert view.end_day == D(2026, 12, 6) and view.to_draft().end_day == D(2026, 12, 6)
    days = [(D(2026, 12, day), "Aktionstage") for day in (4, 5, 6)]
    assert _titles_per_day(session, D(2026, 12, 1), D(2026, 12, 10)) == days
    # Saved again unchanged: the same booking, nothing new in the bin.
    series_id = session.get(Meeting, meeting_id).booking_series_id  # type: ignore[union-attr]
    assert series_id is not None
    meetings.update_meeting(session, ADMIN, meeting_id, view.to_draft(), expected_version=0)
    assert session.get(Meeting, meeting_id).booking_series_id == series_id  # type: ignore[union-attr]
    # A day taken meanwhile refuses a longer event, and nothing changes.
    bookings.create_booking(
        session, ADMIN, BookingDraft("Basar", (room,), D(2026, 12, 7), T(9), T(12))
    )
    longer = replace(draft, end_day=D(2026, 12, 7))
    with pytest.raises(BookingConflict) as raised:
        meetings.update_meeting(session, ADMIN, meeting_id, longer, expected_version=0)
    assert raised.value.title == "Basar" and raised.value.day == D(2026, 12, 7)
    # Back to one day: one booking that day.
    meetings.update_meeting(
        session, ADMIN, meeting_id, replace(draft, end_day=None), expected_version=0
    )
    assert _titles_per_day(session, D(2026, 12, 1), D(2026, 12, 10)) == [
        (D(2026, 12, 4), "Aktionstage"),
        (D(2026, 12, 7), "Basar"),
    ]
    # Several days again, then deleted: nothing of it stays booked.
    meetings.update_meeting(session, ADMIN, meeting_id, draft, expected_version=0)
    assert len(_titles_per_day(session, D(2026, 12, 1), D(2026, 12, 10))) == 4
    meetings.delete_meeting(session, ADMIN, meeting_id)
    assert _titles_per_day(session, D(2026, 12, 1), D(2026, 12, 10)) == [(D(2026, 12, 7), "Basar")]


def test_an_event_over_several_days_must_end_after_it_begins_and_within_two_weeks() -> None:
    start = meeting_draft(day=D(2026, 12, 4), start_time=T(10), end_time=T(16))
    earlier = meetings.meeting_problems(replace(start, end_day=D(2026, 12, 3)))
    assert [(p.field, p.reason) for p in earlier] == [("end_day", "before_start")]
    long = meetings.meeting_problems(replace(start, end_day=D(2026, 12, 18)))
    assert [(p.field, p.reason) for p in long] == [("end_day", "too_long")]
    assert messages.describe(long[0]) == "Ein Treffen kann höchstens 14 Tage dauern."
    no_end = meetings.meeting_problems(replace(start, end_day=D(2026, 12, 5), end_time=None))
    assert [(p.field, p.reason) for p in no_end] == [("end_time", "required")]
    assert meetings.meeting_problems(replace(start, end_day=D(2026, 12, 4))) == []
