"""Meetings: board meetings, members' assemblies, plenaries, group meetings and public
events — with invitation and agenda, attendance, minutes, decisions and action items.

A meeting in one of the centre's rooms books that room through ``services.bookings``
(a one-off booking with the meeting's title, so the conflict check of the rooms holds
for meetings too). Exception: a group meeting in the group's own regular slot (the room
is already booked at that time for the same group) books nothing new.

Reads need ``MEETINGS_READ``, writes ``MEETINGS_WRITE`` (the Ehrenamt role may write
meetings). Views crossing to the window, the CLI and the reports are frozen dataclasses.

Field names of :class:`FieldInvalid` raised here (the GUI maps them to its widgets):
``kind``, ``title``, ``day``, ``start_time``, ``end_time``, ``room``, ``location_note``,
``group``, ``chair``, ``minute_taker``, ``invitees``, ``agenda`` (too many items; value
the limit), ``agenda_title`` / ``presenter`` / ``planned_minutes`` (value: the item's
number, 1-based), ``invitation_text``, ``funder_line``, ``guest_name`` (value: the
guest's number), ``organisation``, ``anonymous_visitors``, ``children``,
``decision_text``, ``votes_yes``, ``votes_no``, ``votes_abstain``, ``agenda_item``,
``description``, ``owner``, ``due_date``, ``done_on``, ``invitation_sent_on``.
Reasons: ``required``, ``too_long`` (value: the limit, or the item number for agenda
fields), ``before_start``, ``zero_length``, ``required_for_room`` (end time),
``too_many`` (value: the limit), ``negative``, ``out_of_range``, ``control_characters``,
``not_in_meeting``.

Other errors: :class:`NotFound` with entity ``meeting``, ``agenda_item``, ``decision``,
``action_item``, ``person``, ``group``, ``room``; :class:`MinutesTooLong` from
:func:`save_minutes`; :class:`BookingConflict` when the room is taken (nothing stored);
:class:`ConcurrentEdit` from :func:`update_meeting`.

Services (signatures; reads ``MEETINGS_READ``, writes ``MEETINGS_WRITE``)::

    list_meetings(session, actor, *, kind=None, group_id=None, year=None, search="")
        -> list[MeetingRow]                       # newest first
    get_meeting(session, actor, meeting_id, *, today) -> MeetingView
    create_meeting(session, actor, draft) -> int
    update_meeting(session, actor, meeting_id, draft, *, expected_version) -> None
    delete_meeting(session, actor, meeting_id) -> TrashEntryView
    mark_invitation_sent(session, actor, meeting_id, day: date | None) -> None
    attendance_choices(session, actor, meeting_id, *, today) -> AttendanceChoices
    set_attendance(session, actor, meeting_id, *, person_ids, guests, anonymous_visitors,
        children) -> None
    save_minutes(session, actor, meeting_id, *, agenda_item_id: int | None, text) -> None
    save_decision(session, actor, meeting_id, draft, *, decision_id=None) -> int
    delete_decision(session, actor, decision_id) -> None
    save_action_item(session, actor, meeting_id, draft, *, item_id=None) -> int
    set_action_done(session, actor, item_id, done_on: date | None) -> None
    delete_action_item(session, actor, item_id) -> None
    list_decisions(session, actor, *, search="", year=None) -> list[DecisionView]
    open_action_items(session, actor) -> list[ActionItemView]   # undone, by due date
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.sql.elements import ColumnElement

from quartierstreff.dates import format_date
from quartierstreff.db.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    AuditAction,
    Decision,
    DecisionResult,
    Group,
    GroupPerson,
    Meeting,
    MeetingKind,
    Membership,
    Person,
    Room,
)
from quartierstreff.services import audit, bookings
from quartierstreff.services.bookings import BookingCheck, BookingDraft, OccurrenceKey, Scope
from quartierstreff.services.concurrency import check_version
from quartierstreff.services.errors import FieldInvalid, MinutesTooLong, NotFound
from quartierstreff.services.recurrence import Frequency, Recurrence
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.settings import AppSettings, notice_days, read_settings
from quartierstreff.services.trash import TrashEntryView, move_to_trash

# --- limits and labels -----------------------------------------------------------

MAX_AGENDA_ITEMS = 100
MAX_MINUTES_CHARS = 200_000
"""Per text field: the general minutes and each agenda item's minutes."""
TITLE_LENGTH = 200
PRESENTER_LENGTH = 200
LOCATION_LENGTH = 200
FUNDER_LINE_LENGTH = 300
INVITATION_LENGTH = 20_000
DECISION_LENGTH = 20_000
DESCRIPTION_LENGTH = 5_000
GUEST_NAME_LENGTH = 200
MAX_PLANNED_MINUTES = 24 * 60
MAX_COUNT = 100_000
MAX_MEETING_DAYS = 14
"""An event may run over at most this many days (each day the same hours)."""

DOCUMENT_INVITATION = "Einladung als PDF"
DOCUMENT_ATTENDANCE = "Anwesenheitsliste als PDF"
DOCUMENT_MINUTES = "Protokoll als PDF"
"""What :func:`record_document` writes into the audit trail."""
"""Upper bound for head counts and votes (anything larger is a typing error)."""
MAX_INVITEES = 10_000

KIND_LABELS: dict[MeetingKind, str] = {
    MeetingKind.BOARD: "Vorstandssitzung",
    MeetingKind.GENERAL_ASSEMBLY: "Mitgliederversammlung",
    MeetingKind.PLENARY: "Plenum",
    MeetingKind.GROUP: "Gruppentreffen",
    MeetingKind.PUBLIC_EVENT: "Öffentliche Veranstaltung",
}

RESULT_LABELS: dict[DecisionResult, str] = {
    DecisionResult.ADOPTED: "angenommen",
    DecisionResult.REJECTED: "abgelehnt",
    DecisionResult.DEFERRED: "vertagt",
}

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


# --- drafts ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgendaItemDraft:
    """One item (TOP) of the agenda, in the order of the tuple. ``item_id`` names an
    existing item (its minutes, decisions and action items stay with it); ``None`` for
    a new one. Items of the meeting missing from the draft are deleted."""

    title: str
    presenter: str = ""
    planned_minutes: int | None = None
    item_id: int | None = None


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    """What the meeting dialog sends. ``day`` and ``start_time`` are required (a
    meeting without a date is refused); ``end_time`` is required when a room is
    chosen (the room is booked until then).

    An event over several days (a weekend workshop, Aktionstage) has an ``end_day``:
    it takes place every day from ``day`` to ``end_day``, each day from
    ``start_time`` to ``end_time``; its room is booked for each of those days, and
    its attendance list has a page for each. ``None`` (or ``day``) is one day."""

    kind: MeetingKind
    title: str
    day: dt.date | None
    start_time: dt.time | None
    end_time: dt.time | None = None
    room_id: int | None = None
    location_note: str = ""
    group_id: int | None = None
    chair_id: int | None = None
    minute_taker_id: int | None = None
    invitee_ids: tuple[int, ...] = ()
    agenda: tuple[AgendaItemDraft, ...] = ()
    invitation_text: str = ""
    is_funded_event: bool = False
    funder_line: str = ""
    """A line for the attendance list, e.g. "Gefördert durch das Programm …"."""
    supervising_adult: str = ""
    end_day: dt.date | None = None

    @property
    def last_day(self) -> dt.date | None:
        return self.end_day or self.day

    @property
    def is_several_days(self) -> bool:
        return self.day is not None and self.end_day is not None and self.end_day > self.day

    @property
    def starts_at(self) -> dt.datetime | None:
        if self.day is None or self.start_time is None:
            return None
        return dt.datetime.combine(self.day, self.start_time)

    @property
    def ends_at(self) -> dt.datetime | None:
        if self.last_day is None or self.end_time is None:
            return None
        return dt.datetime.combine(self.last_day, self.end_time)


@dataclass(frozen=True, slots=True)
class GuestDraft:
    """A guest on the attendance list, by name (not in the register)."""

    first_name: str
    last_name: str = ""
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class DecisionDraft:
    text: str
    votes_yes: int = 0
    votes_no: int = 0
    votes_abstain: int = 0
    result: DecisionResult = DecisionResult.ADOPTED
    agenda_item_id: int | None = None

    @property
    def votes_total(self) -> int:
        return self.votes_yes + self.votes_no + self.votes_abstain


@dataclass(frozen=True, slots=True)
class ActionItemDraft:
    description: str
    owner_id: int | None = None
    due_date: dt.date | None = None
    agenda_item_id: int | None = None
    done_on: dt.date | None = None


# --- views -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: int
    first_name: str
    last_name: str
    organisation: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.last_name.casefold(), self.first_name.casefold())


@dataclass(frozen=True, slots=True)
class AgendaItemView:
    id: int
    number: int
    """1-based position: "TOP 3"."""
    title: str
    presenter: str
    planned_minutes: int | None
    minutes_text: str


@dataclass(frozen=True, slots=True)
class AttendeeView:
    id: int
    person_id: int | None
    """None for a guest."""
    first_name: str
    last_name: str
    organisation: str
    is_guest: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class DecisionView:
    id: int
    meeting_id: int
    agenda_item_id: int | None
    agenda_number: int | None
    text: str
    votes_yes: int
    votes_no: int
    votes_abstain: int
    result: DecisionResult
    meeting_title: str = ""
    meeting_starts_at: dt.datetime | None = None
    meeting_kind: MeetingKind | None = None

    @property
    def votes_total(self) -> int:
        return self.votes_yes + self.votes_no + self.votes_abstain

    @property
    def votes_text(self) -> str:
        """ "7 ja, 1 nein, 2 Enthaltungen"; empty when no votes were counted."""
        return votes_text(self.votes_yes, self.votes_no, self.votes_abstain)

    @property
    def result_label(self) -> str:
        return RESULT_LABELS[self.result]

    def to_draft(self) -> DecisionDraft:
        return DecisionDraft(
            text=self.text,
            votes_yes=self.votes_yes,
            votes_no=self.votes_no,
            votes_abstain=self.votes_abstain,
            result=self.result,
            agenda_item_id=self.agenda_item_id,
        )


@dataclass(frozen=True, slots=True)
class ActionItemView:
    id: int
    meeting_id: int
    meeting_title: str
    meeting_starts_at: dt.datetime
    agenda_item_id: int | None
    description: str
    owner_id: int | None
    owner_name: str
    due_date: dt.date | None
    done_on: dt.date | None
    agenda_number: int | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.done_on is None and self.due_date is not None and self.due_date < today

    @property
    def is_done(self) -> bool:
        return self.done_on is not None

    def to_draft(self) -> ActionItemDraft:
        return ActionItemDraft(
            description=self.description,
            owner_id=self.owner_id,
            due_date=self.due_date,
            agenda_item_id=self.agenda_item_id,
            done_on=self.done_on,
        )


@dataclass(frozen=True, slots=True)
class NoticeCheck:
    """The invitation period against the period the settings require for the kind.

    ``days_before`` counts from the day the invitation was sent (or from today while
    it has not been sent) to the meeting's day; ``too_short`` when fewer than
    ``required_days``."""

    required_days: int
    days_before: int
    too_short: bool
    sent_on: dt.date | None = None

    @property
    def warning(self) -> str:
        """A German sentence for the window and the CLI; empty when the period holds."""
        if not self.too_short:
            return ""
        if self.sent_on is None and self.days_before == 0:
            return (
                f"Die Einladungsfrist beträgt {_days(self.required_days)}: "
                "das Treffen ist schon heute."
            )
        if self.sent_on is None:
            return (
                f"Die Einladungsfrist beträgt {_days(self.required_days)}: bis zum Treffen "
                f"sind es nur noch {_days(self.days_before)}."
            )
        return (
            f"Die Einladungsfrist beträgt {_days(self.required_days)}: die Einladung "
            f"ging nur {_days(self.days_before)} vorher hinaus."
        )


@dataclass(frozen=True, slots=True)
class QuorumView:
    """Whether a members' assembly has a quorum: ``present`` of the ``eligible``
    (members with an active membership on the meeting's day) attended; ``required``
    is the least number the settings' rule asks for."""

    eligible: int
    present: int
    required: int
    reached: bool
    rule_text: str
    """e.g. "beschlussfähig ab 10 % der Mitglieder (12 von 118)"."""

    @property
    def status_text(self) -> str:
        """ "Beschlussfähig: 14 von 118 Mitgliedern anwesend (nötig: 12)." """
        head = "Beschlussfähig" if self.reached else "Nicht beschlussfähig"
        return (
            f"{head}: {self.present} von {self.eligible} Mitgliedern anwesend "
            f"(nötig: {self.required})."
        )


@dataclass(frozen=True, slots=True)
class MeetingView:
    id: int
    version: int
    kind: MeetingKind
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    room_id: int | None
    room_name: str
    location_note: str
    group_id: int | None
    group_name: str
    chair_id: int | None
    chair_name: str
    minute_taker_id: int | None
    minute_taker_name: str
    invitees: tuple[PersonRef, ...]
    agenda: tuple[AgendaItemView, ...]
    attendance: tuple[AttendeeView, ...]
    anonymous_visitors: int
    children: int
    decisions: tuple[DecisionView, ...]
    action_items: tuple[ActionItemView, ...]
    invitation_text: str
    minutes_text: str
    invitation_sent_on: dt.date | None
    is_funded_event: bool
    funder_line: str
    notice: NoticeCheck | None
    """None when the kind needs no notice period (0 days in the settings)."""
    quorum: QuorumView | None
    """Members' assemblies only."""
    booking_id: int | None = None
    supervising_adult: str = ""
    room_shared_with_group: bool = False
    """The room is the group's own regular booking: the meeting booked nothing."""

    @property
    def day(self) -> dt.date:
        return self.starts_at.date()

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def place(self) -> str:
        """The room's name, or where else it takes place; both when both are given."""
        if self.room_name and self.location_note:
            return f"{self.room_name} ({self.location_note})"
        return self.room_name or self.location_note

    @property
    def attendee_count(self) -> int:
        """People on the attendance list (register and guests by name)."""
        return len(self.attendance)

    @property
    def total_count(self) -> int:
        """Everyone who was there: named attendees, anonymous visitors and children."""
        return len(self.attendance) + self.anonymous_visitors + self.children

    @property
    def when_text(self) -> str:
        """ "Dienstag, 24.11.2026, 19:00–21:00 Uhr" """
        return when_text(self.starts_at, self.ends_at)

    def agenda_number(self, agenda_item_id: int | None) -> int | None:
        for item in self.agenda:
            if item.id == agenda_item_id:
                return item.number
        return None

    def to_draft(self) -> MeetingDraft:
        return MeetingDraft(
            kind=self.kind,
            title=self.title,
            day=self.starts_at.date(),
            start_time=self.starts_at.time(),
            end_time=self.ends_at.time() if self.ends_at is not None else None,
            room_id=self.room_id,
            location_note=self.location_note,
            group_id=self.group_id,
            chair_id=self.chair_id,
            minute_taker_id=self.minute_taker_id,
            invitee_ids=tuple(person.id for person in self.invitees),
            agenda=tuple(
                AgendaItemDraft(item.title, item.presenter, item.planned_minutes, item.id)
                for item in self.agenda
            ),
            invitation_text=self.invitation_text,
            is_funded_event=self.is_funded_event,
            funder_line=self.funder_line,
            supervising_adult=self.supervising_adult,
            end_day=self.end_day,
        )

    @property
    def end_day(self) -> dt.date | None:
        """The last day of an event over several days; None for one day."""
        if self.ends_at is None or self.ends_at.date() <= self.starts_at.date():
            return None
        return self.ends_at.date()


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: int
    kind: MeetingKind
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    place: str
    group_name: str
    attendee_count: int
    open_action_count: int
    group_id: int | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True, slots=True)
class AttendanceChoices:
    """Whom the attendance tab offers to tick: the invitees, then (for an assembly)
    the members on the day, (for a group meeting) the group's people, and whoever is
    already on the list. Each person once, sorted by name within each part."""

    people: tuple[PersonRef, ...] = field(default_factory=tuple)


# --- pure functions ----------------------------------------------------------------


def _days(count: int) -> str:
    return "1 Tag" if count == 1 else f"{count} Tage"


def votes_text(yes: int, no: int, abstain: int) -> str:
    """ "7 ja, 1 nein, 2 Enthaltungen"; empty when no votes were counted."""
    if yes + no + abstain == 0:
        return ""
    abstentions = "1 Enthaltung" if abstain == 1 else f"{abstain} Enthaltungen"
    return f"{yes} ja, {no} nein, {abstentions}"


def when_text(starts_at: dt.datetime, ends_at: dt.datetime | None) -> str:
    """ "Dienstag, 24.11.2026, 19:00–21:00 Uhr" (or "…, 19:00 Uhr" without an end)."""
    day = f"{WEEKDAYS[starts_at.weekday()]}, {format_date(starts_at.date())}"
    if ends_at is None:
        return f"{day}, {starts_at:%H:%M} Uhr"
    return f"{day}, {starts_at:%H:%M}–{ends_at:%H:%M} Uhr"


def _text_problems(
    problems: list[FieldInvalid], name: str, text: str, limit: int, *, required: bool = False
) -> None:
    stripped = text.strip()
    if required and not stripped:
        problems.append(FieldInvalid(name, "required"))
    elif len(stripped) > limit:
        problems.append(FieldInvalid(name, "too_long", str(limit)))


def _line_problems(
    problems: list[FieldInvalid], name: str, text: str, limit: int, *, required: bool = False
) -> None:
    """A one-line field: also no control characters (tabs, line breaks)."""
    before = len(problems)
    _text_problems(problems, name, text, limit, required=required)
    if len(problems) == before and any(ord(char) < 32 for char in text.strip()):
        problems.append(FieldInvalid(name, "control_characters"))


def meeting_problems(draft: MeetingDraft) -> list[FieldInvalid]:
    """Every problem of a meeting draft that needs no database; empty when it is fine.

    A meeting needs a title, a day and a start time; an end after the start (and an
    end at all when a room is to be booked); at most :data:`MAX_AGENDA_ITEMS` agenda
    items, each with a title and a planned duration that is not negative.
    """
    problems: list[FieldInvalid] = []
    _line_problems(problems, "title", draft.title, TITLE_LENGTH, required=True)
    if draft.day is None:
        problems.append(FieldInvalid("day", "required"))
    if draft.start_time is None:
        problems.append(FieldInvalid("start_time", "required"))
    if draft.end_time is not None and draft.start_time is not None:
        if draft.end_time == draft.start_time:
            problems.append(FieldInvalid("end_time", "zero_length"))
        elif draft.end_time < draft.start_time:
            problems.append(FieldInvalid("end_time", "before_start"))
    elif draft.end_time is None and draft.room_id is not None:
        problems.append(FieldInvalid("end_time", "required_for_room"))
    if draft.end_day is not None and draft.day is not None:
        if draft.end_day < draft.day:
            problems.append(FieldInvalid("end_day", "before_start"))
        elif (draft.end_day - draft.day).days >= MAX_MEETING_DAYS:
            problems.append(FieldInvalid("end_day", "too_long", str(MAX_MEETING_DAYS)))
        elif draft.is_several_days and draft.end_time is None:
            problems.append(FieldInvalid("end_time", "required"))
    _line_problems(problems, "location_note", draft.location_note, LOCATION_LENGTH)
    _line_problems(problems, "funder_line", draft.funder_line, FUNDER_LINE_LENGTH)
    _line_problems(problems, "supervising_adult", draft.supervising_adult, GUEST_NAME_LENGTH)
    _text_problems(problems, "invitation_text", draft.invitation_text, INVITATION_LENGTH)
    if len(draft.invitee_ids) > MAX_INVITEES:
        problems.append(FieldInvalid("invitees", "too_many", str(MAX_INVITEES)))
    if len(draft.agenda) > MAX_AGENDA_ITEMS:
        problems.append(FieldInvalid("agenda", "too_many", str(MAX_AGENDA_ITEMS)))
        return problems  # one message for the list, not one per item
    for number, item in enumerate(draft.agenda, start=1):
        title = item.title.strip()
        if not title:
            problems.append(FieldInvalid("agenda_title", "required", str(number)))
        elif len(title) > TITLE_LENGTH:
            problems.append(FieldInvalid("agenda_title", "too_long", str(number)))
        elif any(ord(char) < 32 for char in title):
            problems.append(FieldInvalid("agenda_title", "control_characters", str(number)))
        if len(item.presenter.strip()) > PRESENTER_LENGTH:
            problems.append(FieldInvalid("presenter", "too_long", str(number)))
        if item.planned_minutes is not None:
            if item.planned_minutes < 0:
                problems.append(FieldInvalid("planned_minutes", "negative", str(number)))
            elif item.planned_minutes > MAX_PLANNED_MINUTES:
                problems.append(FieldInvalid("planned_minutes", "out_of_range", str(number)))
    return problems


def decision_problems(draft: DecisionDraft) -> list[FieldInvalid]:
    """Every problem of a decision draft: a text, and no negative (or absurd) votes.
    Votes that do not match the attendance are no problem but a warning
    (:func:`vote_warning`)."""
    problems: list[FieldInvalid] = []
    _text_problems(problems, "decision_text", draft.text, DECISION_LENGTH, required=True)
    for name, votes in (
        ("votes_yes", draft.votes_yes),
        ("votes_no", draft.votes_no),
        ("votes_abstain", draft.votes_abstain),
    ):
        if votes < 0:
            problems.append(FieldInvalid(name, "negative", str(votes)))
        elif votes > MAX_COUNT:
            problems.append(FieldInvalid(name, "out_of_range", str(MAX_COUNT)))
    return problems


def action_item_problems(draft: ActionItemDraft) -> list[FieldInvalid]:
    problems: list[FieldInvalid] = []
    _text_problems(problems, "description", draft.description, DESCRIPTION_LENGTH, required=True)
    return problems


def vote_warning(draft: DecisionDraft, voters: int) -> str | None:
    """A German warning when the counted votes do not fit the people present, else None.

    ``voters`` is the number of people entitled to vote who are present — pass
    ``MeetingView.attendee_count`` (people on the attendance list, without anonymous
    visitors and children). The rule: more votes than people present is always
    wrong (warned); fewer votes than people present is warned too, because with
    abstentions counted every person present has one vote — unless nothing was counted
    (no vote, e.g. a deferred item) or no attendance was taken (``voters`` 0).
    Saving is never refused for this: the minute taker may know better (a person left
    the room before the vote).
    """
    total = draft.votes_total
    if total == 0 or voters <= 0:
        return None
    people = "1 Person" if voters == 1 else f"{voters} Personen"
    votes = "1 Stimme" if total == 1 else f"{total} Stimmen"
    if total > voters:
        return (
            f"Es wurden {votes} gezählt, aber nur {people} sind als anwesend eingetragen. "
            "Bitte die Stimmen oder die Anwesenheit prüfen."
        )
    if total < voters:
        return (
            f"Es wurden {votes} gezählt, anwesend sind {people}. Wenn niemand den Raum "
            "verlassen hat, bitte die Stimmen prüfen (Enthaltungen mitzählen)."
        )
    return None


def notice_check(
    day: dt.date, required_days: int, *, sent_on: dt.date | None, today: dt.date
) -> NoticeCheck | None:
    """The notice period of a meeting on ``day``: counted from ``sent_on``, or from
    ``today`` while the invitation has not been sent. None when no period is required,
    and for a past meeting whose invitation was never marked as sent (nothing to warn
    about any more)."""
    if required_days <= 0:
        return None
    if sent_on is None and day < today:
        return None
    since = sent_on if sent_on is not None else today
    days_before = (day - since).days
    return NoticeCheck(required_days, days_before, days_before < required_days, sent_on)


def quorum_of(eligible: int, present: int, quorum_percent: int) -> QuorumView:
    """The quorum of an assembly: at least ``quorum_percent`` % of the ``eligible``
    members, rounded up (0 % = always quorate)."""
    required = math.ceil(eligible * quorum_percent / 100) if quorum_percent > 0 else 0
    rule = (
        f"beschlussfähig ab {quorum_percent} % der Mitglieder ({required} von {eligible})"
        if quorum_percent > 0
        else "beschlussfähig unabhängig von der Zahl der Anwesenden"
    )
    return QuorumView(eligible, present, required, present >= required, rule)


def invitation_email(meeting: MeetingView, centre_name: str) -> str:
    """The invitation as plain text, ready to paste into an e-mail."""
    kind = KIND_LABELS[meeting.kind]
    greeting = {
        MeetingKind.BOARD: "Liebe Vorstandsmitglieder,",
        MeetingKind.GENERAL_ASSEMBLY: "Liebe Mitglieder,",
        MeetingKind.GROUP: "Hallo zusammen,",
    }.get(meeting.kind, "Liebe Interessierte,")
    lines = [
        f"Einladung: {kind} – {meeting.title}",
        "",
        greeting,
        "",
        f"hiermit laden wir herzlich {_INVITED_TO[meeting.kind]} „{meeting.title}“ ein.",
        "",
        f"Wann: {meeting.when_text}",
    ]
    if meeting.place:
        lines.append(f"Wo:   {meeting.place}")
    if meeting.agenda:
        lines += ["", "Tagesordnung:"]
        for item in meeting.agenda:
            lines.append(f"TOP {item.number}  {item.title}{_agenda_detail(item)}")
    text = meeting.invitation_text.strip()
    if text:
        lines += ["", text]
    lines += ["", "Viele Grüße", centre_name.strip() or "Ihr Quartierstreff"]
    return "\n".join(lines) + "\n"


_INVITED_TO = {
    MeetingKind.BOARD: "zur Vorstandssitzung",
    MeetingKind.GENERAL_ASSEMBLY: "zur Mitgliederversammlung",
    MeetingKind.PLENARY: "zum Plenum",
    MeetingKind.GROUP: "zum Gruppentreffen",
    MeetingKind.PUBLIC_EVENT: "zur öffentlichen Veranstaltung",
}


def _agenda_detail(item: AgendaItemView) -> str:
    parts = []
    if item.presenter:
        parts.append(item.presenter)
    if item.planned_minutes:
        parts.append(f"{item.planned_minutes} Min.")
    return f" ({', '.join(parts)})" if parts else ""


# --- reading ---------------------------------------------------------------------


def _person_name(person: Person | None) -> str:
    return f"{person.first_name} {person.last_name}".strip() if person is not None else ""


def _person_ref(person: Person) -> PersonRef:
    return PersonRef(person.id, person.first_name, person.last_name)


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound("meeting", str(meeting_id))
    return meeting


def _numbers(meeting: Meeting) -> dict[int, int]:
    return {item.id: number for number, item in enumerate(meeting.agenda, start=1)}


def _place(room: Room | None, location_note: str) -> str:
    name = room.name if room is not None else ""
    if name and location_note:
        return f"{name} ({location_note})"
    return name or location_note


def _decision_view(decision: Decision, meeting: Meeting, numbers: dict[int, int]) -> DecisionView:
    return DecisionView(
        id=decision.id,
        meeting_id=meeting.id,
        agenda_item_id=decision.agenda_item_id,
        agenda_number=numbers.get(decision.agenda_item_id or 0),
        text=decision.text,
        votes_yes=decision.votes_yes,
        votes_no=decision.votes_no,
        votes_abstain=decision.votes_abstain,
        result=decision.result,
        meeting_title=meeting.title,
        meeting_starts_at=meeting.starts_at,
        meeting_kind=meeting.kind,
    )


def _action_view(item: ActionItem, meeting: Meeting, numbers: dict[int, int]) -> ActionItemView:
    return ActionItemView(
        id=item.id,
        meeting_id=meeting.id,
        meeting_title=meeting.title,
        meeting_starts_at=meeting.starts_at,
        agenda_item_id=item.agenda_item_id,
        description=item.description,
        owner_id=item.owner_id,
        owner_name=_person_name(item.owner),
        due_date=item.due_date,
        done_on=item.done_on,
        agenda_number=numbers.get(item.agenda_item_id or 0),
    )


def _attendee_view(row: Attendance) -> AttendeeView:
    if row.person is not None:
        return AttendeeView(
            row.id, row.person_id, row.person.first_name, row.person.last_name,
            row.organisation, is_guest=False,
        )  # fmt: skip
    return AttendeeView(
        row.id, None, row.guest_first_name, row.guest_name, row.organisation, is_guest=True
    )


def _attendee_sort_key(view: AttendeeView) -> tuple[bool, str, str]:
    return (view.is_guest, view.last_name.casefold(), view.first_name.casefold())


def _active_members_on(day: dt.date) -> ColumnElement[bool]:
    """People with an active membership on ``day`` (as the people register decides:
    started on or before the day, not ended before it), not anonymised."""
    return and_(
        Person.anonymised_on.is_(None),
        exists().where(
            Membership.person_id == Person.id,
            Membership.start_date <= day,
            or_(Membership.end_date.is_(None), Membership.end_date >= day),
        ),
    )


def _quorum(session: Session, meeting: Meeting, settings: AppSettings) -> QuorumView | None:
    if meeting.kind is not MeetingKind.GENERAL_ASSEMBLY:
        return None
    day = meeting.starts_at.date()
    members = _active_members_on(day)
    eligible = session.scalar(select(func.count(Person.id)).where(members)) or 0
    present = (
        session.scalar(
            select(func.count(Attendance.id))
            .join(Person, Person.id == Attendance.person_id)
            .where(Attendance.meeting_id == meeting.id, members)
        )
        or 0
    )
    return quorum_of(eligible, present, settings.quorum_percent)


def _in_year(year: int) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """Meetings starting in ``year`` (local wall-clock times, as stored)."""
    start = dt.datetime.combine(dt.date(year, 1, 1), dt.time())
    end = dt.datetime.combine(dt.date(year + 1, 1, 1), dt.time())
    return Meeting.starts_at >= start, Meeting.starts_at < end


def _view(session: Session, meeting: Meeting, today: dt.date) -> MeetingView:
    settings = read_settings(session)
    numbers = _numbers(meeting)
    agenda = tuple(
        AgendaItemView(
            item.id, number, item.title, item.presenter, item.planned_minutes, item.minutes_text
        )
        for number, item in enumerate(meeting.agenda, start=1)
    )
    attendance = tuple(sorted(map(_attendee_view, meeting.attendance), key=_attendee_sort_key))
    decisions = tuple(
        _decision_view(decision, meeting, numbers)
        for decision in sorted(
            meeting.decisions,
            key=lambda d: (numbers.get(d.agenda_item_id or 0, MAX_AGENDA_ITEMS + 1), d.id),
        )
    )
    actions = tuple(
        _action_view(item, meeting, numbers)
        for item in sorted(
            meeting.action_items,
            key=lambda a: (numbers.get(a.agenda_item_id or 0, MAX_AGENDA_ITEMS + 1), a.id),
        )
    )
    invitees = tuple(sorted(map(_person_ref, meeting.invitees), key=lambda p: p.sort_key))
    return MeetingView(
        id=meeting.id,
        version=meeting.version,
        kind=meeting.kind,
        title=meeting.title,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        room_id=meeting.room_id,
        room_name=meeting.room.name if meeting.room is not None else "",
        location_note=meeting.location_note,
        group_id=meeting.group_id,
        group_name=meeting.group.name if meeting.group is not None else "",
        chair_id=meeting.chair_id,
        chair_name=_person_name(meeting.chair),
        minute_taker_id=meeting.minute_taker_id,
        minute_taker_name=_person_name(meeting.minute_taker),
        invitees=invitees,
        agenda=agenda,
        attendance=attendance,
        anonymous_visitors=meeting.anonymous_visitors,
        children=meeting.children,
        decisions=decisions,
        action_items=actions,
        invitation_text=meeting.invitation_text,
        minutes_text=meeting.minutes_text,
        invitation_sent_on=meeting.invitation_sent_on,
        is_funded_event=meeting.is_funded_event,
        funder_line=meeting.funder_line,
        notice=notice_check(
            meeting.starts_at.date(),
            notice_days(settings, meeting.kind),
            sent_on=meeting.invitation_sent_on,
            today=today,
        ),
        quorum=_quorum(session, meeting, settings),
        booking_id=meeting.booking_id,
        supervising_adult=meeting.supervising_adult,
        room_shared_with_group=meeting.room_id is not None and meeting.booking_id is None,
    )


@service(Permission.MEETINGS_READ)
def get_meeting(session: Session, actor: Actor, meeting_id: int, *, today: dt.date) -> MeetingView:
    """The meeting with everything in it; ``today`` for the notice period of a meeting
    whose invitation has not been sent yet."""
    return _view(session, _meeting(session, meeting_id), today)


@service(Permission.MEETINGS_READ)
def list_meetings(
    session: Session,
    actor: Actor,
    *,
    kind: MeetingKind | None = None,
    group_id: int | None = None,
    year: int | None = None,
    search: str = "",
) -> list[MeetingRow]:
    """The meetings, newest first, filtered by kind, group, year and a word of the
    title (case-insensitive)."""
    attendees = (
        select(func.count(Attendance.id))
        .where(Attendance.meeting_id == Meeting.id)
        .correlate(Meeting)
        .scalar_subquery()
    )
    open_actions = (
        select(func.count(ActionItem.id))
        .where(ActionItem.meeting_id == Meeting.id, ActionItem.done_on.is_(None))
        .correlate(Meeting)
        .scalar_subquery()
    )
    query = (
        select(Meeting, attendees, open_actions)
        .options(joinedload(Meeting.room), joinedload(Meeting.group))
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
    )
    if kind is not None:
        query = query.where(Meeting.kind == kind)
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    if year is not None:
        query = query.where(*_in_year(year))
    words = search.casefold().split()
    rows = []
    for meeting, attendee_count, open_count in session.execute(query).unique():
        if words and not all(word in meeting.title.casefold() for word in words):
            continue
        rows.append(
            MeetingRow(
                id=meeting.id,
                kind=meeting.kind,
                title=meeting.title,
                starts_at=meeting.starts_at,
                ends_at=meeting.ends_at,
                place=_place(meeting.room, meeting.location_note),
                group_name=meeting.group.name if meeting.group is not None else "",
                attendee_count=attendee_count or 0,
                open_action_count=open_count or 0,
                group_id=meeting.group_id,
            )
        )
    return rows


@service(Permission.MEETINGS_READ)
def attendance_choices(
    session: Session, actor: Actor, meeting_id: int, *, today: dt.date
) -> AttendanceChoices:
    """Whom the attendance list offers to tick: the invitees; for a members' assembly
    the members on the meeting's day; for a meeting of a group the group's people; and
    whoever is on the list already. Each once, each part sorted by name."""
    meeting = _meeting(session, meeting_id)
    seen: set[int] = set()
    people: list[PersonRef] = []

    def add(persons: Iterable[Person]) -> None:
        part = [p for p in persons if p.id not in seen and p.anonymised_on is None]
        for person in sorted(part, key=lambda p: (p.last_name.casefold(), p.first_name.casefold())):
            seen.add(person.id)
            people.append(_person_ref(person))

    add(meeting.invitees)
    if meeting.kind is MeetingKind.GENERAL_ASSEMBLY:
        add(session.scalars(select(Person).where(_active_members_on(meeting.starts_at.date()))))
    if meeting.group_id is not None:
        add(
            session.scalars(
                select(Person)
                .join(GroupPerson, GroupPerson.person_id == Person.id)
                .where(GroupPerson.group_id == meeting.group_id)
            )
        )
    add(row.person for row in meeting.attendance if row.person is not None)
    return AttendanceChoices(tuple(people))


# --- writing the meeting ------------------------------------------------------------


def _raise_first(problems: list[FieldInvalid]) -> None:
    if problems:
        raise problems[0]


def _check_references(session: Session, draft: MeetingDraft) -> list[Person]:
    for entity, model, key in (
        ("room", Room, draft.room_id),
        ("group", Group, draft.group_id),
        ("person", Person, draft.chair_id),
        ("person", Person, draft.minute_taker_id),
    ):
        if key is not None and session.get(model, key) is None:
            raise NotFound(entity, str(key))
    wanted = list(dict.fromkeys(draft.invitee_ids))
    invitees = list(session.scalars(select(Person).where(Person.id.in_(wanted))))
    found = {person.id for person in invitees}
    missing = [person_id for person_id in wanted if person_id not in found]
    if missing:
        raise NotFound("person", str(missing[0]))
    return invitees


def _booking_draft(draft: MeetingDraft) -> BookingDraft:
    """A one-off booking for a meeting, a booking on every day for an event over
    several days (holidays included: the event takes place as planned)."""
    assert draft.day is not None and draft.start_time is not None
    assert draft.end_time is not None and draft.room_id is not None
    recurrence = None
    if draft.is_several_days:
        recurrence = Recurrence(Frequency.WEEKLY, weekdays=tuple(range(7)), until=draft.end_day)
    return BookingDraft(
        title=draft.title.strip(),
        room_ids=(draft.room_id,),
        day=draft.day,
        start_time=draft.start_time,
        end_time=draft.end_time,
        group_id=draft.group_id,
        is_public=draft.kind in (MeetingKind.PLENARY, MeetingKind.PUBLIC_EVENT),
        notes=KIND_LABELS[draft.kind],
        recurrence=recurrence,
        skip_public_holidays=False,
    )


def _in_own_slot(check: BookingCheck, group_id: int | None) -> bool:
    """Every collision is with a booking of the meeting's own group (its regular slot)."""
    return (
        group_id is not None
        and bool(check.conflicts)
        and all(conflict.other.group_id == group_id for conflict in check.conflicts)
    )


def _book_room(
    session: Session,
    actor: Actor,
    meeting: Meeting,
    draft: MeetingDraft,
    today: dt.date | None,
) -> None:
    """Book, move or cancel the meeting's room booking to follow ``draft``. Raises
    :class:`BookingConflict` (before anything is written) when the room is taken by
    another than the meeting's own group."""
    if meeting.booking_series_id is not None or draft.is_several_days:
        _book_days(session, actor, meeting, draft, today)
        return
    own = OccurrenceKey(booking_id=meeting.booking_id) if meeting.booking_id else None
    if draft.room_id is None:
        if own is not None:
            bookings.cancel_booking(session, actor, own)
            meeting.booking_id = None
        return
    booking = _booking_draft(draft)
    check = bookings.check_booking(session, actor, booking, editing=own, not_before=today)
    if _in_own_slot(check, draft.group_id):
        if own is not None:
            bookings.cancel_booking(session, actor, own)
        meeting.booking_id = None
        return
    if own is None:
        key = bookings.create_booking(session, actor, booking, not_before=today)
    else:
        key = bookings.update_booking(session, actor, own, booking, not_before=today)
    meeting.booking_id = key.booking_id


def _book_days(
    session: Session,
    actor: Actor,
    meeting: Meeting,
    draft: MeetingDraft,
    today: dt.date | None,
) -> None:
    """:func:`_book_room` for an event over several days (or one that was): its days
    are one booking series. When what the booking shows changes, the old booking goes
    to the bin and a new one is made; a collision raises :class:`BookingConflict` and
    the caller's unit of work undoes the cancellation."""
    unchanged = (
        meeting.booking_series_id is not None
        and draft.is_several_days
        and (meeting.starts_at, meeting.ends_at) == (draft.starts_at, draft.ends_at)
        and (meeting.room_id, meeting.title, meeting.group_id, meeting.kind)
        == (draft.room_id, draft.title.strip(), draft.group_id, draft.kind)
    )
    if unchanged:
        return
    _cancel_room_booking(session, actor, meeting)
    if draft.room_id is None:
        return
    booking = _booking_draft(draft)
    check = bookings.check_booking(session, actor, booking, not_before=today)
    if _in_own_slot(check, draft.group_id):
        return
    key = bookings.create_booking(session, actor, booking, not_before=today)
    meeting.booking_id, meeting.booking_series_id = key.booking_id, key.series_id


def _cancel_room_booking(session: Session, actor: Actor, meeting: Meeting) -> None:
    """Cancel the meeting's booking (one-off or the series of its days), if any."""
    if meeting.booking_series_id is not None:
        bookings.cancel_booking(
            session, actor, OccurrenceKey(series_id=meeting.booking_series_id), scope=Scope.SERIES
        )
    elif meeting.booking_id is not None:
        bookings.cancel_booking(session, actor, OccurrenceKey(booking_id=meeting.booking_id))
    meeting.booking_id = meeting.booking_series_id = None


def _apply(meeting: Meeting, draft: MeetingDraft, invitees: list[Person]) -> None:
    starts_at, ends_at = draft.starts_at, draft.ends_at
    assert starts_at is not None
    meeting.kind = draft.kind
    meeting.title = draft.title.strip()
    meeting.starts_at = starts_at
    meeting.ends_at = ends_at
    meeting.room_id = draft.room_id
    meeting.location_note = draft.location_note.strip()
    meeting.group_id = draft.group_id
    meeting.chair_id = draft.chair_id
    meeting.minute_taker_id = draft.minute_taker_id
    meeting.invitation_text = draft.invitation_text.strip()
    meeting.is_funded_event = draft.is_funded_event
    meeting.funder_line = draft.funder_line.strip()
    meeting.supervising_adult = draft.supervising_adult.strip()
    if {p.id for p in meeting.invitees} != {p.id for p in invitees}:
        meeting.invitees = invitees


def _apply_agenda(meeting: Meeting, agenda: tuple[AgendaItemDraft, ...]) -> None:
    """Items keep their id (and so their minutes, decisions and action items) when the
    draft names them; items no longer in the draft are deleted."""
    existing = {item.id: item for item in meeting.agenda}
    kept: list[AgendaItem] = []
    for position, item_draft in enumerate(agenda, start=1):
        item = existing.pop(item_draft.item_id, None) if item_draft.item_id else None
        if item_draft.item_id is not None and item is None:
            raise FieldInvalid("agenda_item", "not_in_meeting", str(position))
        if item is None:
            item = AgendaItem(minutes_text="")
        values = (
            position,
            item_draft.title.strip(),
            item_draft.presenter.strip(),
            item_draft.planned_minutes,
        )
        if (item.position, item.title, item.presenter, item.planned_minutes) != values:
            item.position, item.title, item.presenter, item.planned_minutes = values
        kept.append(item)
    if [item.id for item in meeting.agenda] != [item.id for item in kept] or existing:
        meeting.agenda = kept


@service(Permission.MEETINGS_WRITE)
def create_meeting(
    session: Session, actor: Actor, draft: MeetingDraft, *, today: dt.date | None = None
) -> int:
    """Store a new meeting and return its id. With a room, the room is booked (a
    one-off booking with the meeting's title); a room taken by someone else raises
    :class:`BookingConflict` and nothing is stored. A room already booked at that time
    for the meeting's own group (its regular slot) books nothing new. ``today``: a
    collision before today is history and does not refuse (a past meeting entered
    afterwards)."""
    _raise_first(meeting_problems(draft))
    invitees = _check_references(session, draft)
    meeting = Meeting(minutes_text="", anonymous_visitors=0, children=0)
    _book_room(session, actor, meeting, draft, today)
    _apply(meeting, draft, invitees)
    _apply_agenda(meeting, draft.agenda)
    session.add(meeting)
    session.flush()
    return meeting.id


@service(Permission.MEETINGS_WRITE)
def update_meeting(
    session: Session,
    actor: Actor,
    meeting_id: int,
    draft: MeetingDraft,
    *,
    expected_version: int,
    today: dt.date | None = None,
) -> None:
    """Change a meeting as the dialog sends it; its room booking follows (moved, other
    room, or cancelled when the room is removed). ``expected_version`` is the version
    the dialog loaded (0: no check); someone else's save in between raises
    :class:`ConcurrentEdit`. Note that saving the general minutes, the head counts and
    the invitation date also raise the meeting's version."""
    _raise_first(meeting_problems(draft))
    meeting = _meeting(session, meeting_id)
    if expected_version:
        check_version(meeting, expected_version, entity="meeting")
    invitees = _check_references(session, draft)
    _book_room(session, actor, meeting, draft, today)
    _apply(meeting, draft, invitees)
    _apply_agenda(meeting, draft.agenda)
    session.flush()


@service(Permission.MEETINGS_WRITE)
def delete_meeting(session: Session, actor: Actor, meeting_id: int) -> TrashEntryView:
    """Move the meeting (with agenda, attendance, minutes, decisions and action items)
    to the bin and cancel its room booking (which goes to the bin as well)."""
    meeting = _meeting(session, meeting_id)
    if meeting.booking_id is not None or meeting.booking_series_id is not None:
        _cancel_room_booking(session, actor, meeting)
        session.flush()
        session.expire(meeting, ["booking_id", "booking", "booking_series_id"])
    return move_to_trash(session, actor, meeting)


@service(Permission.MEETINGS_WRITE)
def mark_invitation_sent(
    session: Session, actor: Actor, meeting_id: int, day: dt.date | None
) -> None:
    """Note the day the invitation went out (None: not sent); the notice period counts
    from it."""
    meeting = _meeting(session, meeting_id)
    if meeting.invitation_sent_on != day:
        meeting.invitation_sent_on = day
    session.flush()


# --- attendance and minutes -----------------------------------------------------------


def attendance_problems(
    guests: tuple[GuestDraft, ...], anonymous_visitors: int, children: int
) -> list[FieldInvalid]:
    """Every problem of the attendance input (value of a guest field: the guest's number)."""
    problems: list[FieldInvalid] = []
    for number, guest in enumerate(guests, start=1):
        name = f"{guest.first_name.strip()} {guest.last_name.strip()}".strip()
        if not name:
            problems.append(FieldInvalid("guest_name", "required", str(number)))
        elif max(len(guest.first_name.strip()), len(guest.last_name.strip())) > GUEST_NAME_LENGTH:
            problems.append(FieldInvalid("guest_name", "too_long", str(number)))
        elif any(ord(char) < 32 for char in name):
            problems.append(FieldInvalid("guest_name", "control_characters", str(number)))
        if len(guest.organisation.strip()) > GUEST_NAME_LENGTH:
            problems.append(FieldInvalid("organisation", "too_long", str(number)))
    for name, count in (("anonymous_visitors", anonymous_visitors), ("children", children)):
        if count < 0:
            problems.append(FieldInvalid(name, "negative", str(count)))
        elif count > MAX_COUNT:
            problems.append(FieldInvalid(name, "out_of_range", str(MAX_COUNT)))
    return problems


@service(Permission.MEETINGS_WRITE)
def set_attendance(
    session: Session,
    actor: Actor,
    meeting_id: int,
    *,
    person_ids: Iterable[int],
    guests: tuple[GuestDraft, ...] = (),
    anonymous_visitors: int = 0,
    children: int = 0,
) -> None:
    """Store who attended: people from the register, guests by name, and head counts of
    anonymous visitors and children. Replaces the list; rows that stay are kept as they
    are (their organisation too)."""
    _raise_first(attendance_problems(guests, anonymous_visitors, children))
    meeting = _meeting(session, meeting_id)
    wanted = list(dict.fromkeys(person_ids))
    found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
    missing = [person_id for person_id in wanted if person_id not in found]
    if missing:
        raise NotFound("person", str(missing[0]))
    guest_values = [
        (
            (g.last_name.strip() or g.first_name.strip()),
            g.first_name.strip() if g.last_name.strip() else "",
            g.organisation.strip(),
        )
        for g in guests
    ]
    rows = list(meeting.attendance)
    present = {row.person_id: row for row in rows if row.person_id is not None}
    old_guests = [row for row in rows if row.person_id is None]
    keep = [present[pid] for pid in wanted if pid in present]
    new_people = [Attendance(person_id=pid) for pid in wanted if pid not in present]
    if [(r.guest_name, r.guest_first_name, r.organisation) for r in old_guests] == guest_values:
        guest_rows = old_guests
    else:
        guest_rows = [
            Attendance(guest_name=last, guest_first_name=first, organisation=organisation)
            for last, first, organisation in guest_values
        ]
    if len(keep) != len(present) or new_people or guest_rows is not old_guests:
        meeting.attendance = [*keep, *new_people, *guest_rows]
    if meeting.anonymous_visitors != anonymous_visitors:
        meeting.anonymous_visitors = anonymous_visitors
    if meeting.children != children:
        meeting.children = children
    session.flush()


def _agenda_item(meeting: Meeting, agenda_item_id: int | None) -> AgendaItem | None:
    if agenda_item_id is None:
        return None
    for item in meeting.agenda:
        if item.id == agenda_item_id:
            return item
    raise FieldInvalid("agenda_item", "not_in_meeting", str(agenda_item_id))


@service(Permission.MEETINGS_WRITE)
def save_minutes(
    session: Session, actor: Actor, meeting_id: int, *, agenda_item_id: int | None, text: str
) -> None:
    """Store the minutes of one agenda item (or, with ``agenda_item_id`` None, the
    general minutes) — the autosave. Text over :data:`MAX_MINUTES_CHARS` raises
    :class:`MinutesTooLong` and leaves the stored text as it was. Unchanged text writes
    nothing (no audit entry, no new version)."""
    meeting = _meeting(session, meeting_id)
    item = _agenda_item(meeting, agenda_item_id)
    if len(text) > MAX_MINUTES_CHARS:
        number = _numbers(meeting).get(item.id) if item is not None else None
        raise MinutesTooLong(MAX_MINUTES_CHARS, len(text), number)
    target: Meeting | AgendaItem = item if item is not None else meeting
    if target.minutes_text != text:
        target.minutes_text = text
    session.flush()


# --- decisions and action items --------------------------------------------------------


@service(Permission.MEETINGS_WRITE)
def save_decision(
    session: Session,
    actor: Actor,
    meeting_id: int,
    draft: DecisionDraft,
    *,
    decision_id: int | None = None,
) -> int:
    """Store a new decision (``decision_id`` None) or change one; returns its id.
    Negative votes are refused; votes that do not fit the attendance are only warned
    about (:func:`vote_warning`)."""
    _raise_first(decision_problems(draft))
    meeting = _meeting(session, meeting_id)
    _agenda_item(meeting, draft.agenda_item_id)
    if decision_id is None:
        decision = Decision()
        meeting.decisions.append(decision)
    else:
        found = session.get(Decision, decision_id)
        if found is None or found.meeting_id != meeting.id:
            raise NotFound("decision", str(decision_id))
        decision = found
    values = {
        "text": draft.text.strip(),
        "votes_yes": draft.votes_yes,
        "votes_no": draft.votes_no,
        "votes_abstain": draft.votes_abstain,
        "result": draft.result,
        "agenda_item_id": draft.agenda_item_id,
    }
    for name, value in values.items():
        if getattr(decision, name, None) != value:
            setattr(decision, name, value)
    session.flush()
    return decision.id


@service(Permission.MEETINGS_WRITE)
def delete_decision(session: Session, actor: Actor, decision_id: int) -> None:
    """Move a decision to the bin."""
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFound("decision", str(decision_id))
    move_to_trash(session, actor, decision)


@service(Permission.MEETINGS_WRITE)
def save_action_item(
    session: Session,
    actor: Actor,
    meeting_id: int,
    draft: ActionItemDraft,
    *,
    item_id: int | None = None,
) -> int:
    """Store a new action item (``item_id`` None) or change one; returns its id."""
    _raise_first(action_item_problems(draft))
    meeting = _meeting(session, meeting_id)
    _agenda_item(meeting, draft.agenda_item_id)
    if draft.owner_id is not None and session.get(Person, draft.owner_id) is None:
        raise NotFound("person", str(draft.owner_id))
    if item_id is None:
        item = ActionItem()
        meeting.action_items.append(item)
    else:
        found = session.get(ActionItem, item_id)
        if found is None or found.meeting_id != meeting.id:
            raise NotFound("action_item", str(item_id))
        item = found
    values = {
        "description": draft.description.strip(),
        "owner_id": draft.owner_id,
        "due_date": draft.due_date,
        "agenda_item_id": draft.agenda_item_id,
        "done_on": draft.done_on,
    }
    for name, value in values.items():
        if getattr(item, name, None) != value:
            setattr(item, name, value)
    session.flush()
    return item.id


@service(Permission.MEETINGS_WRITE)
def set_action_done(session: Session, actor: Actor, item_id: int, done_on: dt.date | None) -> None:
    """Tick an action item done on ``done_on`` (None: open again)."""
    item = session.get(ActionItem, item_id)
    if item is None:
        raise NotFound("action_item", str(item_id))
    if item.done_on != done_on:
        item.done_on = done_on
    session.flush()


@service(Permission.MEETINGS_WRITE)
def delete_action_item(session: Session, actor: Actor, item_id: int) -> None:
    """Move an action item to the bin."""
    item = session.get(ActionItem, item_id)
    if item is None:
        raise NotFound("action_item", str(item_id))
    move_to_trash(session, actor, item)


@service(Permission.MEETINGS_READ)
def list_decisions(
    session: Session, actor: Actor, *, search: str = "", year: int | None = None
) -> list[DecisionView]:
    """All decisions across meetings, newest meeting first (within a meeting in agenda
    order); ``search``: every word in the decision's text or the meeting's title
    (case-insensitive, umlauts too)."""
    query = (
        select(Decision)
        .join(Meeting, Meeting.id == Decision.meeting_id)
        .options(selectinload(Decision.meeting).selectinload(Meeting.agenda))
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc(), Decision.id)
    )
    if year is not None:
        query = query.where(*_in_year(year))
    words = search.casefold().split()
    views = []
    for decision in session.scalars(query):
        meeting = decision.meeting
        haystack = f"{decision.text} {meeting.title}".casefold()
        if words and not all(word in haystack for word in words):
            continue
        views.append(_decision_view(decision, meeting, _numbers(meeting)))
    return views


@service(Permission.MEETINGS_READ)
def open_action_items(session: Session, actor: Actor) -> list[ActionItemView]:
    """The action items not yet done, across meetings: by due date (those without one
    last), then by the meeting's date."""
    query = (
        select(ActionItem)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(ActionItem.done_on.is_(None))
        .options(
            selectinload(ActionItem.meeting).selectinload(Meeting.agenda),
            selectinload(ActionItem.owner),
        )
        .order_by(
            ActionItem.due_date.is_(None),
            ActionItem.due_date,
            Meeting.starts_at,
            ActionItem.id,
        )
    )
    return [
        _action_view(item, item.meeting, _numbers(item.meeting)) for item in session.scalars(query)
    ]


@service(Permission.MEETINGS_READ)
def record_document(session: Session, actor: Actor, meeting_id: int, document: str) -> None:
    """Record in the audit trail that a document of the meeting was written (an
    attendance list or minutes name people: they leave the program on paper).
    ``document`` is one of the ``DOCUMENT_*`` texts."""
    audit.record(session, actor, AuditAction.EXPORT, "meeting", str(meeting_id), summary=document)
