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
from dataclasses import dataclass, field

from quartierstreff.dates import format_date
from quartierstreff.db.models import DecisionResult, MeetingKind
from quartierstreff.services.errors import FieldInvalid

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
    chosen (the room is booked until then)."""

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

    @property
    def starts_at(self) -> dt.datetime | None:
        if self.day is None or self.start_time is None:
            return None
        return dt.datetime.combine(self.day, self.start_time)

    @property
    def ends_at(self) -> dt.datetime | None:
        if self.day is None or self.end_time is None:
            return None
        return dt.datetime.combine(self.day, self.end_time)


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
        )


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
