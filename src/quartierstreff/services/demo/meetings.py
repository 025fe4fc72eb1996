"""Meetings of the demo: board, general assembly, plenum, group meetings, public events.

Past meetings come with attendance, minutes per agenda item, decisions and action items;
future ones with invitation, invitees and agenda.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quartierstreff.db.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Booking,
    Decision,
    DecisionResult,
    Meeting,
    MeetingKind,
    PartnerKind,
    Person,
)
from quartierstreff.services.demo import data
from quartierstreff.services.demo.context import DemoContext, Resident
from quartierstreff.services.demo.people import current_members
from quartierstreff.services.demo.rooms import add_booking, find_day
from quartierstreff.services.programmes import shipped_programmes
from quartierstreff.services.settings import AppSettings, notice_days

POSTPONED = "Aus Zeitgründen auf die nächste Sitzung vertagt."
INVITATION_MARGIN_DAYS = 3
"""Invitations go out a few days before the notice period ends."""
UNNOTICED_KINDS_DAYS = 10
"""Kinds without a notice period are announced about this many days ahead."""
DEFAULT_DUE_DAYS = 21
DEFAULT_PLANNED_MINUTES = 15


@dataclass(frozen=True)
class Slot:
    day: dt.date
    start: dt.time
    end: dt.time
    rooms: Sequence[str]


class _Text(dict[str, str]):
    """Placeholders for ``str.format_map``; an unknown one stays as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def link_action_items(ctx: DemoContext) -> None:
    """Point action items at their agenda items (needs the ids, so after a flush)."""
    for action, item in ctx.action_agenda_items:
        action.agenda_item_id = item.id


def build_meetings(ctx: DemoContext) -> list[Meeting]:
    meetings: list[Meeting] = []
    meetings += _board_meetings(ctx)
    assembly = _assembly(ctx)
    if assembly is not None:
        meetings.append(assembly)
    meetings += _plenums(ctx)
    meetings += _group_meetings(ctx)
    meetings += _public_events(ctx)
    _ensure_overdue(ctx, meetings)
    ctx.session.add_all(meetings)
    return meetings


# --- helpers -----------------------------------------------------------------------------


def _place(ctx: DemoContext, spec: Mapping[str, Any], first: dt.date) -> Slot | None:
    """The first free slot on or after ``first`` for the weekday, times and rooms of
    ``spec``, if it falls inside the demo's window."""
    start: dt.time = spec["start"]
    end: dt.time = spec["end"]
    rooms: Sequence[str] = spec["rooms"]
    day = find_day(ctx, first, weekday=spec["weekday"], start=start, end=end, rooms=rooms)
    window = ctx.window
    if day is None or not window.start <= day <= window.end:
        return None
    return Slot(day, start, end, rooms)


def _first_day(ctx: DemoContext, entry: Mapping[str, object]) -> dt.date:
    anchor = entry.get("anchor")
    if isinstance(anchor, str):
        return ctx.anchor(anchor)
    days = entry.get("days", 0)
    return ctx.days(days if isinstance(days, int) else 0)


def _meeting(
    ctx: DemoContext,
    slot: Slot,
    *,
    kind: MeetingKind,
    title: str,
    chair: Person,
    minute_taker: Person | None,
    is_public: bool,
    invitation: str = "",
    group_name: str | None = None,
) -> Meeting:
    group = ctx.groups[group_name] if group_name else None
    booking = add_booking(
        ctx,
        Booking(
            title=title,
            starts_at=dt.datetime.combine(slot.day, slot.start),
            ends_at=dt.datetime.combine(slot.day, slot.end),
            group=group,
            contact_person=chair,
            responsible_person=chair,
            is_public=is_public,
        ),
        slot.rooms,
    )
    return Meeting(
        kind=kind,
        title=title,
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        room=ctx.rooms[slot.rooms[0]],
        booking=booking,
        group=group,
        chair=chair,
        minute_taker=minute_taker,
        invitation_text=invitation.strip(),
        invitation_sent_on=_invitation_day(ctx, kind, slot.day),
    )


def _invitation_day(ctx: DemoContext, kind: MeetingKind, day: dt.date) -> dt.date | None:
    """When the invitation went out: in time for the notice period of the default
    settings; None when that day is still to come. The next meeting with a notice period
    inside the next days is left unsent, so the page shows its warning."""
    required = notice_days(AppSettings(), kind) or UNNOTICED_KINDS_DAYS
    sent = day - dt.timedelta(days=required + INVITATION_MARGIN_DAYS)
    if sent > ctx.today:
        return None
    if kind is MeetingKind.PLENARY and ctx.today <= day < ctx.today + dt.timedelta(required):
        return None  # forgotten: the notice warning of the demo
    return sent


def _guest(name: str, organisation: str) -> Attendance:
    """A guest by name: "Katrin Lehmann" is first name Katrin, last name Lehmann."""
    first, _, last = name.strip().rpartition(" ")
    return Attendance(guest_first_name=first, guest_name=last, organisation=organisation)


def _funder_line(key: str) -> str:
    for programme in shipped_programmes():
        if programme.key == key:
            return f"Gefördert durch: {programme.funder}, Programm „{programme.name}“"
    return ""


def _text(ctx: DemoContext, template: str, present: int | None = None) -> str:
    values = _Text(ctx.require_board().placeholders())
    if present is not None:
        values["present"] = str(present)
    return template.strip().format_map(values)


def _presenter(ctx: DemoContext, name: str) -> str:
    member = ctx.require_board().by_role(name)
    return member.name if member is not None else name


def _owner(ctx: DemoContext, role: str, fallback: Person) -> Person:
    member = ctx.require_board().by_role(role)
    return member.person if member is not None else fallback


def _attend(meeting: Meeting, people: Iterable[Person], organisation: str = "") -> None:
    seen = {id(entry.person) for entry in meeting.attendance if entry.person is not None}
    for person in people:
        if id(person) not in seen:
            meeting.attendance.append(Attendance(person=person, organisation=organisation))
            seen.add(id(person))


def _guest_partner(ctx: DemoContext, meeting: Meeting, kind: str) -> None:
    person, organisation = ctx.partners[PartnerKind(kind)]
    _attend(meeting, [person], organisation)


def _action(
    ctx: DemoContext,
    rng: random.Random,
    meeting: Meeting,
    item: AgendaItem,
    *,
    text: str,
    owner: Person,
    due_days: int,
) -> None:
    held = meeting.starts_at.date()
    due = held + dt.timedelta(days=due_days)
    done_on: dt.date | None = None
    if due < ctx.today and rng.random() < 0.65:
        done_on = due - dt.timedelta(days=rng.randint(0, min(7, (due - held).days)))
    elif due >= ctx.today and rng.random() < 0.25:
        done_on = held + dt.timedelta(days=rng.randint(1, max(1, (ctx.today - held).days)))
        done_on = min(done_on, ctx.today)
    action = ActionItem(description=text, owner=owner, due_date=due, done_on=done_on)
    meeting.action_items.append(action)
    # ActionItem has agenda_item_id but no relationship: the id is set after the flush.
    ctx.action_agenda_items.append((action, item))


def _agenda(
    ctx: DemoContext,
    rng: random.Random,
    meeting: Meeting,
    items: Sequence[data.ItemData],
    *,
    past: bool,
    voters: int,
    board_present: int,
    default_owner: Person,
) -> None:
    for position, entry in enumerate(items, start=1):
        presenter = entry.get("presenter")
        item = AgendaItem(
            position=position,
            title=_text(ctx, entry["title"]),
            presenter=_presenter(ctx, presenter) if presenter else default_owner.full_name,
            planned_minutes=entry.get("planned", DEFAULT_PLANNED_MINUTES),
            minutes_text=_text(ctx, entry.get("minutes", POSTPONED), voters) if past else "",
        )
        meeting.agenda.append(item)
        if not past:
            continue
        if "decision" in entry:
            result = DecisionResult(entry.get("result", DecisionResult.ADOPTED))
            no = entry.get("no", 0)
            abstain = entry.get("abstain", 0) + (
                board_present if entry.get("board_abstains") else 0
            )
            yes = max(voters - no - abstain, 0)
            if result == DecisionResult.DEFERRED:
                yes = no = abstain = 0
            meeting.decisions.append(
                Decision(
                    agenda_item=item,
                    text=_text(ctx, entry["decision"]),
                    votes_yes=yes,
                    votes_no=no,
                    votes_abstain=abstain,
                    result=result,
                )
            )
        for action in entry.get("actions", []):
            owner = _owner(ctx, action["owner"], default_owner)
            _action(
                ctx,
                rng,
                meeting,
                item,
                text=action["text"],
                owner=owner,
                due_days=action["due_days"],
            )
        if "action" in entry:
            _action(
                ctx,
                rng,
                meeting,
                item,
                text=entry["action"],
                owner=default_owner,
                due_days=DEFAULT_DUE_DAYS,
            )


# --- board -------------------------------------------------------------------------------


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    months = []
    month = start.replace(day=1)
    while month <= end:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def _board_meetings(ctx: DemoContext) -> list[Meeting]:
    rng = ctx.rng("board-meetings")
    spec = data.meetings()["board"]
    board = ctx.require_board()
    slots = [
        slot
        for month in _months(ctx.window.start, ctx.window.end)
        if month.month not in spec["skip_months"] and (slot := _place(ctx, spec, month)) is not None
    ]
    if not slots:  # pragma: no cover - the window always holds a dozen months
        return []
    topics: dict[int, list[data.TopicData]] = {index: [] for index in range(len(slots))}
    for topic in sorted(spec["topic"], key=lambda topic: topic["days"]):
        wanted = ctx.days(topic["days"])
        nearest = min(range(len(slots)), key=lambda index: abs((slots[index].day - wanted).days))
        topics[nearest].append(topic)

    meetings = []
    for index, slot in enumerate(slots):
        past = slot.day < ctx.today
        meeting = _meeting(
            ctx,
            slot,
            kind=MeetingKind.BOARD,
            title=spec["title"],
            chair=board.chair.person,
            minute_taker=board.minute_taker.person,
            is_public=False,
            invitation=_text(ctx, spec["invitation"]),
        )
        meeting.invitees = [member.person for member in board.members]
        present = 0
        if past:
            others = [member.person for member in board.members[1:]]
            attending = [board.chair.person, *rng.sample(others, rng.randint(2, 4))]
            _attend(meeting, attending)
            present = len(attending)
            if index % spec["guest_every"] == 1:
                _guest_partner(ctx, meeting, spec["guest_partner"])
            meeting.minutes_text = _text(ctx, spec["opening_minutes"], present)
        items: list[data.ItemData] = [*spec["standard"], *topics[index], *spec["closing"]]
        _agenda(
            ctx,
            rng,
            meeting,
            items,
            past=past,
            voters=present,
            board_present=present,
            default_owner=board.chair.person,
        )
        meetings.append(meeting)
    return meetings


# --- general assembly --------------------------------------------------------------------


def _assembly(ctx: DemoContext) -> Meeting | None:
    rng = ctx.rng("assembly")
    spec = data.meetings()["assembly"]
    board = ctx.require_board()
    slot = _place(ctx, spec, ctx.days(spec["days"]))
    if slot is None:  # pragma: no cover - Friday evenings are free at least every other week
        return None
    past = slot.day < ctx.today
    meeting = _meeting(
        ctx,
        slot,
        kind=MeetingKind.GENERAL_ASSEMBLY,
        title=spec["title"],
        chair=board.chair.person,
        minute_taker=board.minute_taker.person,
        is_public=False,
        invitation=_text(ctx, spec["invitation"]),
    )
    members = current_members(ctx, slot.day)
    meeting.invitees = [resident.person for resident in members]
    voters = 0
    board_present = 0
    if past:
        board_people = [member.person for member in board.members]
        others = [r.person for r in members if r.person not in board_people]
        attending = board_people + rng.sample(others, min(len(others), rng.randint(16, 26)))
        _attend(meeting, attending)
        voters = len(attending)
        board_present = len(board_people)
        _guest_partner(ctx, meeting, spec["guest_partner"])
        meeting.minutes_text = _text(ctx, spec["opening_minutes"], voters)
    _agenda(
        ctx,
        rng,
        meeting,
        spec["item"],
        past=past,
        voters=voters,
        board_present=board_present,
        default_owner=board.chair.person,
    )
    return meeting


# --- plenum ------------------------------------------------------------------------------


def _plenums(ctx: DemoContext) -> list[Meeting]:
    rng = ctx.rng("plenum")
    spec = data.meetings()["plenum"]
    board = ctx.require_board()
    contacts: list[Person] = []
    for group_contacts in ctx.group_contacts.values():
        contacts += [r.person for r in group_contacts if r.person not in contacts]
    meetings = []
    for offset in spec["days"]:
        slot = _place(ctx, spec, ctx.days(offset))
        if slot is None:
            continue
        past = slot.day < ctx.today
        meeting = _meeting(
            ctx,
            slot,
            kind=MeetingKind.PLENARY,
            title=spec["title"],
            chair=board.deputy.person,
            minute_taker=board.minute_taker.person,
            is_public=True,
            invitation=_text(ctx, spec["invitation"]),
        )
        meeting.invitees = [
            *contacts,
            *(m.person for m in board.members if m.person not in contacts),
        ]
        present = 0
        if past:
            attending = [board.deputy.person, board.keys.person, board.minute_taker.person]
            attending += rng.sample(contacts, rng.randint(8, 13))
            _attend(meeting, attending)
            present = len(meeting.attendance)
            meeting.minutes_text = _text(ctx, spec["opening_minutes"], present)
        _agenda(
            ctx,
            rng,
            meeting,
            spec["item"],
            past=past,
            voters=present,
            board_present=0,
            default_owner=board.deputy.person,
        )
        meetings.append(meeting)
    return meetings


# --- group meetings ----------------------------------------------------------------------


def _group_meetings(ctx: DemoContext) -> list[Meeting]:
    rng = ctx.rng("group-meetings")
    meetings = []
    for spec in data.meetings()["group_meeting"]:
        slot = _place(ctx, spec, _first_day(ctx, spec))
        if slot is None:
            continue
        contacts: list[Resident] = ctx.group_contacts[spec["group"]]
        members = ctx.group_members[spec["group"]]
        non_contacts = [r for r in members if r not in contacts]
        taker = rng.choice(non_contacts or contacts)
        past = slot.day < ctx.today
        meeting = _meeting(
            ctx,
            slot,
            kind=MeetingKind.GROUP,
            title=spec["title"],
            chair=contacts[0].person,
            minute_taker=taker.person,
            is_public=False,
            group_name=spec["group"],
        )
        meeting.invitees = [r.person for r in members]
        present = 0
        if past:
            share = rng.uniform(0.6, 0.9)
            attending = contacts + [r for r in non_contacts if rng.random() < share]
            if taker not in attending:
                attending.append(taker)
            _attend(meeting, [r.person for r in attending])
            present = len(attending)
            meeting.minutes_text = f"{present} Gruppenmitglieder anwesend, Protokoll: {taker.name}."
            if "guest_partner" in spec:
                _guest_partner(ctx, meeting, spec["guest_partner"])
        _agenda(
            ctx,
            rng,
            meeting,
            spec["items"],
            past=past,
            voters=present,
            board_present=0,
            default_owner=contacts[0].person,
        )
        meetings.append(meeting)
    return meetings


# --- public events -----------------------------------------------------------------------


def _public_events(ctx: DemoContext) -> list[Meeting]:
    rng = ctx.rng("public-events")
    board = ctx.require_board()
    adults = [r for r in ctx.residents if r.age >= 18]
    meetings = []
    for spec in data.meetings()["public_event"]:
        slot = _place(ctx, spec, _first_day(ctx, spec))
        if slot is None:
            continue
        application = spec.get("application")
        if application is not None:
            ctx.funded_event_days.setdefault(application, []).append(slot.day)
        past = slot.day < ctx.today
        meeting = _meeting(
            ctx,
            slot,
            kind=MeetingKind.PUBLIC_EVENT,
            title=spec["title"],
            chair=board.chair.person,
            minute_taker=board.minute_taker.person,
            is_public=True,
        )
        meeting.is_funded_event = application is not None
        if application is not None:
            meeting.funder_line = _funder_line(application)
        present = 0
        if past:
            count = rng.randint(14, 22) if application is not None else rng.randint(3, 6)
            attending = [board.chair.person, *(r.person for r in rng.sample(adults, count))]
            _attend(meeting, attending)
            present = len(meeting.attendance)
            for guest in spec.get("guests", []):
                meeting.attendance.append(_guest(guest["name"], guest["organisation"]))
            meeting.children = spec.get("children", 0)
            meeting.supervising_adult = spec.get("supervising_adult", "")
            meeting.anonymous_visitors = spec.get("visitors", 0)
            meeting.minutes_text = _text(ctx, spec.get("minutes", ""), present)
        _agenda(
            ctx,
            rng,
            meeting,
            spec["items"],
            past=past,
            voters=present,
            board_present=0,
            default_owner=board.chair.person,
        )
        meetings.append(meeting)
    for days in ctx.funded_event_days.values():
        days.sort()
    return meetings


def _ensure_overdue(ctx: DemoContext, meetings: Sequence[Meeting]) -> None:
    """A realistic to-do list has something overdue: keep at least one past-due item open."""
    items = [item for meeting in meetings for item in meeting.action_items if item.due_date]
    past_due = [item for item in items if item.due_date is not None and item.due_date < ctx.today]
    if past_due and all(item.done_on is not None for item in past_due):
        max(past_due, key=lambda item: item.due_date or ctx.today).done_on = None
