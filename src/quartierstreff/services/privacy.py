"""Privacy (DSGVO): the right of access (Art. 15), erasure (Art. 17) against the legal
retention periods, and the requests with their one-month deadline (Art. 12 (3)).

Right of access
    :func:`privacy_export` collects everything the database holds about a person into one
    :class:`AccessData` view and writes it twice: a PDF for the person
    (``reports.access_report``) and a JSON copy with stable keys and ISO dates. It records
    the request (received today unless one is open) and marks it answered.

Erasure and retention
    Nothing of a person is deleted outright. A person is offered for anonymisation
    (:func:`erasure_candidates`) when they have no membership running today or later, no
    ongoing role (group of an active group, contact of a partner organisation, user account,
    open-ended booking series, open funding application) and their last activity lies more
    than ``AppSettings.member_retention_years`` years back. Last activity is the latest of:
    the end of their last membership, the day they were entered, bookings and booking
    series they are named in, meetings they were invited to, attended, chaired or minuted,
    action items they own, funding applications they were the contact of.

    Some data must still be kept by law after that (:data:`LEGAL_RETENTION_YEARS`):

    * receipts that name them as payee or payer: 10 years from the end of the receipt's
      year (§147 (1) no. 4, (3), (4) AO; the shorter 8 years for Buchungsbelege since 2025
      are not relied on, funders commonly ask for 10). The ledger has no link to the
      register, so a receipt names a person when its counterparty is their name ("Erika
      Muster", "Muster, Erika" or "Muster Erika", case ignored).
    * attendance of funded events (``Meeting.is_funded_event``): the same 10 years from
      the end of the event's year, because the attendance lists are evidence for the
      funder's Verwendungsnachweis, which is kept like the receipts.

    While such data must be kept, :func:`anonymise_person` blocks the person
    (``blocked_on``: hidden from normal use) and says until when; after that date it
    anonymises: names become "Anonymisiert" / "#<id>", address, e-mail, phone numbers,
    notes, custom field values and consents are removed, the birth date is reduced to
    1 January of its decade (1958-07-03 → 1950-01-01) so that age bands by decade
    survive, memberships, group links and attendance stay (counts survive). The search
    index loses every word of the person, and the audit trail's recorded values of the
    person's names, address and contact data are replaced by "***".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr
from sqlalchemy import Select, and_, func, or_, select, update
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    ActionItem,
    ApplicationStatus,
    Attendance,
    AuditAction,
    AuditEntry,
    Booking,
    BookingSeries,
    CentreProfile,
    ConsentPurpose,
    CustomFieldDefinition,
    CustomFieldValue,
    FundingApplication,
    Group,
    GroupPerson,
    Meeting,
    Membership,
    PartnerContact,
    PartnerOrganisation,
    Person,
    PrivacyRequest,
    PrivacyRequestKind,
    Receipt,
    Room,
    User,
)
from quartierstreff.db.models.meetings import meeting_invitees
from quartierstreff.db.models.people import write_search_words
from quartierstreff.db.models.rooms import booking_rooms
from quartierstreff.services import audit
from quartierstreff.services.errors import ErasureRefused, FieldInvalid, NotFound, ReportFailed
from quartierstreff.services.people import custom_value_text
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.settings import read_settings

ACCESS_DEADLINE = relativedelta(months=1)
"""Art. 12 (3) DSGVO: a request is answered within one month of its receipt (a request
of 31 January is due on 28 or 29 February)."""

LEGAL_RETENTION_YEARS = 10
"""Receipts and attendance of funded events: years after the end of their calendar year."""

ANONYMOUS_FIRST_NAME = "Anonymisiert"
MASK = "***"

JSON_FORMAT = "quartierstreff.auskunft"
JSON_VERSION = 1


class KeepReason(enum.StrEnum):
    """Why a person past the retention period must still be kept (blocked)."""

    RECEIPTS = "receipts"
    FUNDED_ATTENDANCE = "funded_attendance"


class ErasureStatus(enum.StrEnum):
    FORMER = "former"  # had memberships, all ended
    NON_MEMBER = "non_member"  # never a member


# --- views ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PrivacyRequestView:
    id: int
    person_id: int | None
    person_name: str
    kind: PrivacyRequestKind
    received_on: dt.date
    due_on: dt.date
    answered_on: dt.date | None

    def overdue(self, today: dt.date) -> bool:
        return self.answered_on is None and today > self.due_on


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """One unanswered request, for the overview page."""

    id: int
    person_id: int | None
    person_name: str
    kind: PrivacyRequestKind
    received_on: dt.date
    due_on: dt.date
    overdue: bool


@dataclass(frozen=True, slots=True)
class PersonPrivacy:
    """What the access dialog shows about a person."""

    person_id: int
    name: str
    blocked_on: dt.date | None
    open_access_request: PrivacyRequestView | None
    requests: tuple[PrivacyRequestView, ...]


@dataclass(frozen=True, slots=True)
class ErasureCandidate:
    """A person past the retention period. When ``kept_until`` is set, data that must be
    kept by law (``keep_reasons``) holds them blocked until that day (inclusive)."""

    person_id: int
    name: str
    status: ErasureStatus
    last_activity: dt.date
    erasable_from: dt.date
    kept_until: dt.date | None
    keep_reasons: tuple[KeepReason, ...]
    blocked_on: dt.date | None

    @property
    def must_keep(self) -> bool:
        return self.kept_until is not None


@dataclass(frozen=True, slots=True)
class ErasureOutcome:
    """What :func:`anonymise_person` did: anonymised, or blocked until ``blocked_until``."""

    person_id: int
    name: str
    """The name before anonymisation (for the message; it is stored nowhere any more)."""
    anonymised: bool
    blocked_until: dt.date | None
    keep_reasons: tuple[KeepReason, ...]


# The access data: one dataclass per section; the field names are the JSON keys.


@dataclass(frozen=True, slots=True)
class AccessController:
    name: str
    street: str
    postal_code: str
    city: str
    email: str
    phone: str


@dataclass(frozen=True, slots=True)
class AccessPerson:
    id: int
    first_name: str
    last_name: str
    street: str
    postal_code: str
    city: str
    email: str
    phone: str
    mobile: str
    birth_date: dt.date | None
    notes: str
    registered_on: dt.date
    blocked_on: dt.date | None


@dataclass(frozen=True, slots=True)
class AccessMembership:
    start_date: dt.date
    end_date: dt.date | None
    membership_type: str


@dataclass(frozen=True, slots=True)
class AccessConsent:
    purpose: ConsentPurpose
    granted_on: dt.date
    text_version: str
    source: str
    withdrawn_on: dt.date | None


@dataclass(frozen=True, slots=True)
class AccessGroup:
    group: str
    is_contact: bool
    group_is_public: bool


@dataclass(frozen=True, slots=True)
class AccessPartnerRole:
    organisation: str
    kind: str
    function: str


@dataclass(frozen=True, slots=True)
class AccessCustomValue:
    key: str
    label: str
    value: str
    """As stored: ISO dates, "true"/"false", numbers with a point."""
    text: str = ""
    """As a reader writes it: "13.10.2028", "ja", "1234,5"."""


@dataclass(frozen=True, slots=True)
class AccessBooking:
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    rooms: tuple[str, ...]
    roles: tuple[str, ...]
    """``contact`` and/or ``responsible``."""


@dataclass(frozen=True, slots=True)
class AccessBookingSeries:
    title: str
    first_date: dt.date
    until_date: dt.date | None
    start_time: dt.time
    end_time: dt.time
    rooms: tuple[str, ...]
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AccessMeeting:
    title: str
    kind: str
    starts_at: dt.datetime
    is_funded_event: bool
    roles: tuple[str, ...]
    """Any of ``invited``, ``attended``, ``chair``, ``minute_taker``."""


@dataclass(frozen=True, slots=True)
class AccessActionItem:
    meeting: str
    description: str
    due_date: dt.date | None
    done_on: dt.date | None


@dataclass(frozen=True, slots=True)
class AccessApplication:
    title: str
    status: str
    role: str


@dataclass(frozen=True, slots=True)
class AccessReceipt:
    year: int
    number: int
    receipt_date: dt.date
    kind: str
    counterparty: str
    purpose: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class AccessUserAccount:
    username: str
    display_name: str
    role: str
    is_active: bool
    last_login_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class AccessAuditEntry:
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str
    changes: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class AccessRequest:
    kind: PrivacyRequestKind
    received_on: dt.date
    due_on: dt.date
    answered_on: dt.date | None


@dataclass(frozen=True, slots=True)
class ProcessingPurpose:
    """One row of the fixed table of purposes, recipients and retention (Art. 15 (1))."""

    category: str
    data: str
    purposes: str
    legal_basis: str
    recipients: str
    retention: str


@dataclass(frozen=True, slots=True)
class AccessData:
    """Everything held about one person, as of ``created_on``."""

    created_on: dt.date
    controller: AccessController
    person: AccessPerson
    memberships: tuple[AccessMembership, ...] = ()
    consents: tuple[AccessConsent, ...] = ()
    groups: tuple[AccessGroup, ...] = ()
    partner_roles: tuple[AccessPartnerRole, ...] = ()
    custom_fields: tuple[AccessCustomValue, ...] = ()
    bookings: tuple[AccessBooking, ...] = ()
    booking_series: tuple[AccessBookingSeries, ...] = ()
    meetings: tuple[AccessMeeting, ...] = ()
    action_items: tuple[AccessActionItem, ...] = ()
    funding_applications: tuple[AccessApplication, ...] = ()
    receipts: tuple[AccessReceipt, ...] = ()
    user_account: AccessUserAccount | None = None
    privacy_requests: tuple[AccessRequest, ...] = ()
    audit_trail: tuple[AccessAuditEntry, ...] = ()
    processing: tuple[ProcessingPurpose, ...] = field(default=())
    source: str = ""
    retention_years: int = 3


# --- requests ------------------------------------------------------------------


def due_date(received_on: dt.date) -> dt.date:
    """The deadline of a request received on ``received_on`` (one month later)."""
    due: dt.date = received_on + ACCESS_DEADLINE
    return due


def _request_view(request: PrivacyRequest) -> PrivacyRequestView:
    return PrivacyRequestView(
        id=request.id,
        person_id=request.person_id,
        person_name=request.person_name,
        kind=request.kind,
        received_on=request.received_on,
        due_on=request.due_on,
        answered_on=request.answered_on,
    )


def _load_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.anonymised_on is not None:
        raise NotFound("person", str(person_id))
    return person


def _new_request(
    session: Session, person: Person, kind: PrivacyRequestKind, received_on: dt.date
) -> PrivacyRequest:
    request = PrivacyRequest(
        person_id=person.id,
        person_name=person.full_name,
        kind=kind,
        received_on=received_on,
        due_on=due_date(received_on),
    )
    session.add(request)
    session.flush()
    return request


def _check_received(received_on: dt.date, today: dt.date | None) -> None:
    if today is not None and received_on > today:
        raise FieldInvalid("received_on", "future", received_on.isoformat())


@service(Permission.PEOPLE_WRITE)
def record_access_request(
    session: Session,
    actor: Actor,
    person_id: int,
    received_on: dt.date,
    *,
    today: dt.date | None = None,
) -> PrivacyRequestView:
    """Record a request for access (Art. 15) received on ``received_on``; it is due one
    month later. ``today`` (optional) refuses a date in the future."""
    _check_received(received_on, today)
    person = _load_person(session, person_id)
    return _request_view(_new_request(session, person, PrivacyRequestKind.ACCESS, received_on))


@service(Permission.PEOPLE_WRITE)
def answer_request(
    session: Session, actor: Actor, request_id: int, answered_on: dt.date
) -> PrivacyRequestView:
    """Mark a request answered on ``answered_on`` (not before it was received)."""
    request = session.get(PrivacyRequest, request_id)
    if request is None:
        raise NotFound("privacy_request", str(request_id))
    if answered_on < request.received_on:
        raise FieldInvalid("answered_on", "before_received", answered_on.isoformat())
    request.answered_on = answered_on
    session.flush()
    return _request_view(request)


@service(Permission.PEOPLE_READ)
def open_requests(session: Session, actor: Actor, today: dt.date) -> list[OpenRequest]:
    """Unanswered requests, the earliest deadline first (for the overview page)."""
    rows = session.scalars(
        select(PrivacyRequest)
        .where(PrivacyRequest.answered_on.is_(None))
        .order_by(PrivacyRequest.due_on, PrivacyRequest.id)
    )
    return [
        OpenRequest(
            id=r.id,
            person_id=r.person_id,
            person_name=r.person_name,
            kind=r.kind,
            received_on=r.received_on,
            due_on=r.due_on,
            overdue=today > r.due_on,
        )
        for r in rows
    ]


@service(Permission.PEOPLE_READ)
def person_privacy(session: Session, actor: Actor, person_id: int) -> PersonPrivacy:
    """A person's name and privacy requests, the open access request first."""
    person = _load_person(session, person_id)
    requests = [_request_view(r) for r in _requests_of(session, person_id)]
    open_access = next(
        (r for r in requests if r.kind is PrivacyRequestKind.ACCESS and r.answered_on is None),
        None,
    )
    return PersonPrivacy(
        person_id=person.id,
        name=person.full_name,
        blocked_on=person.blocked_on,
        open_access_request=open_access,
        requests=tuple(requests),
    )


def _requests_of(session: Session, person_id: int) -> list[PrivacyRequest]:
    return list(
        session.scalars(
            select(PrivacyRequest)
            .where(PrivacyRequest.person_id == person_id)
            .order_by(PrivacyRequest.received_on, PrivacyRequest.id)
        )
    )


# --- right of access -------------------------------------------------------------


def export_names(person_id: int, today: dt.date) -> tuple[str, str]:
    """The file names of an access export: ``auskunft_<id>_<YYYY-MM-DD>.pdf`` / ``.json``."""
    stem = f"auskunft_{person_id}_{today.isoformat()}"
    return f"{stem}.pdf", f"{stem}.json"


@service(Permission.PEOPLE_WRITE)
def privacy_export(
    session: Session,
    actor: Actor,
    person_id: int,
    output_dir: Path,
    today: dt.date,
    *,
    received_on: dt.date | None = None,
) -> tuple[Path, Path]:
    """Answer a request for access: write ``auskunft_<id>_<date>.pdf`` (for the person)
    and ``.json`` (the machine-readable copy) into ``output_dir``; returns (pdf, json).

    The open access request of the person is answered today; without one, a request
    received on ``received_on`` (default today) is recorded first. Raises
    :class:`ReportFailed` when a file cannot be written (then none is left behind).
    """
    from quartierstreff.reports.access_report import write_access_report

    person = _load_person(session, person_id)
    start = received_on or today
    _check_received(start, today)
    request = next(
        (
            r
            for r in _requests_of(session, person_id)
            if r.kind is PrivacyRequestKind.ACCESS and r.answered_on is None
        ),
        None,
    )
    if request is None:
        request = _new_request(session, person, PrivacyRequestKind.ACCESS, start)
    request.answered_on = max(today, request.received_on)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.EXPORT,
        "persons",
        str(person.id),
        summary="Auskunft nach Art. 15 DSGVO",
    )
    data = access_data(session, person, today)
    pdf_name, json_name = export_names(person.id, today)
    output_dir = Path(output_dir)
    json_path = _write_text_atomically(output_dir / json_name, access_json(data))
    try:
        pdf_path = write_access_report(output_dir / pdf_name, data)
    except BaseException:
        json_path.unlink(missing_ok=True)
        raise
    return pdf_path, json_path


def _write_text_atomically(path: Path, text: str) -> Path:
    folder = path.parent
    if not folder.is_dir():
        raise ReportFailed(str(path), "folder_missing")
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=".quartierstreff-", suffix=".json", dir=folder)
        temporary = Path(name)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        temporary.replace(path)
        temporary = None
    except OSError as error:
        reason = "permission" if isinstance(error, PermissionError) else "os_error"
        if error.errno in (28, 122):  # ENOSPC, EDQUOT
            reason = "disk_full"
        raise ReportFailed(str(path), reason, error.strerror or str(error)) from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return path


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def access_document(data: AccessData) -> dict[str, Any]:
    """The JSON copy as a dict: stable keys, ISO dates, amounts as decimal strings."""
    body = {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}
    for name, value in list(body.items()):
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            body[name] = dataclasses.asdict(value)
        elif isinstance(value, tuple):
            body[name] = [
                dataclasses.asdict(item)
                if dataclasses.is_dataclass(item) and not isinstance(item, type)
                else item
                for item in value
            ]
    document: dict[str, Any] = {"format": JSON_FORMAT, "format_version": JSON_VERSION}
    document.update(_jsonable(body))
    return document


def access_json(data: AccessData) -> str:
    return json.dumps(access_document(data), ensure_ascii=False, indent=2) + "\n"


def _names_of(person: Person) -> set[str]:
    """The ways a receipt's counterparty may name ``person`` (case-folded)."""
    first, last = person.first_name.strip(), person.last_name.strip()
    forms = {f"{first} {last}", f"{last}, {first}", f"{last} {first}"}
    return {" ".join(form.split()).casefold() for form in forms if form.strip(" ,")}


def _receipts_naming(session: Session, person: Person) -> list[Receipt]:
    """Receipts whose counterparty is ``person``'s name. Compared in Python: the
    databases fold case differently (SQLite's lower() knows ASCII only)."""
    names = _names_of(person)
    if not names:
        return []
    ids = [
        receipt_id
        for receipt_id, counterparty in session.execute(select(Receipt.id, Receipt.counterparty))
        if " ".join(counterparty.split()).casefold() in names
    ]
    if not ids:
        return []
    return list(
        session.scalars(
            select(Receipt).where(Receipt.id.in_(ids)).order_by(Receipt.receipt_date, Receipt.id)
        )
    )


def _controller(session: Session) -> AccessController:
    profile = session.get(CentreProfile, 1)
    if profile is None:
        return AccessController("", "", "", "", "", "")
    return AccessController(
        name=profile.name,
        street=profile.street,
        postal_code=profile.postal_code,
        city=profile.city,
        email=profile.email,
        phone=profile.phone,
    )


def access_data(session: Session, person: Person, today: dt.date) -> AccessData:
    """Everything held about ``person`` (no permission check: services call it)."""
    pid = person.id
    years = read_settings(session).member_retention_years

    memberships = tuple(
        AccessMembership(
            m.start_date, m.end_date, m.membership_type.name if m.membership_type else ""
        )
        for m in sorted(person.memberships, key=lambda m: m.start_date)
    )
    consents = tuple(
        AccessConsent(c.purpose, c.granted_on, c.text_version, c.source, c.withdrawn_on)
        for c in sorted(person.consents, key=lambda c: (c.purpose.value, c.granted_on, c.id))
    )
    groups = tuple(
        AccessGroup(group.name, link.is_contact, group.is_public)
        for link, group in session.execute(
            select(GroupPerson, Group)
            .join(Group, GroupPerson.group_id == Group.id)
            .where(GroupPerson.person_id == pid)
            .order_by(Group.name)
        )
    )
    partner_roles = tuple(
        AccessPartnerRole(org.name, org.kind.value, contact.function)
        for contact, org in session.execute(
            select(PartnerContact, PartnerOrganisation)
            .join(PartnerOrganisation, PartnerContact.organisation_id == PartnerOrganisation.id)
            .where(PartnerContact.person_id == pid)
            .order_by(PartnerOrganisation.name)
        )
    )
    custom_fields = tuple(
        AccessCustomValue(
            definition.key,
            definition.label,
            value.value,
            custom_value_text(definition.field_type, value.value),
        )
        for value, definition in session.execute(
            select(CustomFieldValue, CustomFieldDefinition)
            .join(CustomFieldDefinition, CustomFieldValue.field_id == CustomFieldDefinition.id)
            .where(CustomFieldValue.person_id == pid)
            .order_by(CustomFieldDefinition.position, CustomFieldDefinition.id)
        )
    )
    bookings = []
    for booking in session.scalars(
        select(Booking)
        .where(or_(Booking.contact_person_id == pid, Booking.responsible_person_id == pid))
        .order_by(Booking.starts_at, Booking.id)
    ):
        rooms = session.scalars(
            select(Room.name)
            .join(booking_rooms, booking_rooms.c.room_id == Room.id)
            .where(booking_rooms.c.booking_id == booking.id)
            .order_by(Room.name)
        )
        bookings.append(
            AccessBooking(
                booking.title,
                booking.starts_at,
                booking.ends_at,
                tuple(rooms),
                _roles(
                    ("contact", booking.contact_person_id == pid),
                    ("responsible", booking.responsible_person_id == pid),
                ),
            )
        )
    series = tuple(
        AccessBookingSeries(
            s.title,
            s.first_date,
            s.until_date,
            s.start_time,
            s.end_time,
            tuple(sorted(room.name for room in s.rooms)),
            _roles(
                ("contact", s.contact_person_id == pid),
                ("responsible", s.responsible_person_id == pid),
            ),
        )
        for s in session.scalars(
            select(BookingSeries)
            .where(
                or_(
                    BookingSeries.contact_person_id == pid,
                    BookingSeries.responsible_person_id == pid,
                )
            )
            .order_by(BookingSeries.first_date, BookingSeries.id)
        )
    )
    invited = set(
        session.scalars(
            select(meeting_invitees.c.meeting_id).where(meeting_invitees.c.person_id == pid)
        )
    )
    attended = set(
        session.scalars(select(Attendance.meeting_id).where(Attendance.person_id == pid))
    )
    meetings = tuple(
        AccessMeeting(
            m.title,
            m.kind.value,
            m.starts_at,
            m.is_funded_event,
            _roles(
                ("invited", m.id in invited),
                ("attended", m.id in attended),
                ("chair", m.chair_id == pid),
                ("minute_taker", m.minute_taker_id == pid),
            ),
        )
        for m in session.scalars(
            select(Meeting)
            .where(
                or_(
                    Meeting.id.in_(invited | attended),
                    Meeting.chair_id == pid,
                    Meeting.minute_taker_id == pid,
                )
            )
            .order_by(Meeting.starts_at, Meeting.id)
        )
    )
    action_items = tuple(
        AccessActionItem(title, item.description, item.due_date, item.done_on)
        for item, title in session.execute(
            select(ActionItem, Meeting.title)
            .join(Meeting, ActionItem.meeting_id == Meeting.id)
            .where(ActionItem.owner_id == pid)
            .order_by(Meeting.starts_at, ActionItem.id)
        )
    )
    applications = tuple(
        AccessApplication(a.title, a.status.value, "contact")
        for a in session.scalars(
            select(FundingApplication)
            .where(FundingApplication.contact_person_id == pid)
            .order_by(FundingApplication.id)
        )
    )
    receipts = tuple(
        AccessReceipt(
            r.year, r.number, r.receipt_date, r.kind.value, r.counterparty, r.purpose, r.amount
        )
        for r in _receipts_naming(session, person)
    )
    user = session.scalars(select(User).where(User.person_id == pid).limit(1)).first()
    account = (
        AccessUserAccount(
            user.username, user.display_name, user.role.value, user.is_active, user.last_login_at
        )
        if user is not None
        else None
    )
    requests = tuple(
        AccessRequest(r.kind, r.received_on, r.due_on, r.answered_on)
        for r in _requests_of(session, pid)
    )
    trail = tuple(
        AccessAuditEntry(
            e.at, e.username, e.action.value, e.entity, e.entity_id, json.loads(e.changes or "{}")
        )
        for e in session.scalars(
            select(AuditEntry)
            .where(_audit_about(session, person))
            .order_by(AuditEntry.at, AuditEntry.id)
        )
    )
    created = person.created_at
    return AccessData(
        created_on=today,
        controller=_controller(session),
        person=AccessPerson(
            id=pid,
            first_name=person.first_name,
            last_name=person.last_name,
            street=person.street,
            postal_code=person.postal_code,
            city=person.city,
            email=person.email,
            phone=person.phone,
            mobile=person.mobile,
            birth_date=person.birth_date,
            notes=person.notes,
            registered_on=created.date() if created else today,
            blocked_on=person.blocked_on,
        ),
        memberships=memberships,
        consents=consents,
        groups=groups,
        partner_roles=partner_roles,
        custom_fields=custom_fields,
        bookings=tuple(bookings),
        booking_series=series,
        meetings=meetings,
        action_items=action_items,
        funding_applications=applications,
        receipts=receipts,
        user_account=account,
        privacy_requests=requests,
        audit_trail=trail,
        processing=processing_purposes(years),
        source=(
            "Die Angaben stammen von Ihnen selbst (Aufnahmeantrag, Anmeldung, Gespräch, "
            "E-Mail) oder wurden von Ehrenamtlichen des Treffs bei Buchungen, Treffen und "
            "in der Kasse eingetragen. Einwilligungen nennen ihre Quelle einzeln."
        ),
        retention_years=years,
    )


def _roles(*pairs: tuple[str, bool]) -> tuple[str, ...]:
    return tuple(name for name, holds in pairs if holds)


def _audit_about(session: Session, person: Person) -> Any:
    """SQL: the audit entries about ``person`` and the rows that belong to them."""
    pid = str(person.id)
    consent_ids = [str(c.id) for c in person.consents]
    membership_ids = [str(m.id) for m in person.memberships]
    request_ids = [
        str(i)
        for i in session.scalars(
            select(PrivacyRequest.id).where(PrivacyRequest.person_id == person.id)
        )
    ]
    return or_(
        and_(AuditEntry.entity == "persons", AuditEntry.entity_id == pid),
        and_(AuditEntry.entity == "consents", AuditEntry.entity_id.in_(consent_ids)),
        and_(AuditEntry.entity == "memberships", AuditEntry.entity_id.in_(membership_ids)),
        and_(AuditEntry.entity == "privacy_requests", AuditEntry.entity_id.in_(request_ids)),
        and_(
            AuditEntry.entity == "custom_field_values",
            AuditEntry.entity_id.startswith(f"{pid}/", autoescape=True),
        ),
        and_(
            AuditEntry.entity == "group_persons",
            AuditEntry.entity_id.endswith(f"/{pid}", autoescape=True),
        ),
    )


def processing_purposes(retention_years: int) -> tuple[ProcessingPurpose, ...]:
    """The fixed table of categories, purposes, legal bases, recipients and retention."""
    years = f"{retention_years} Jahr" if retention_years == 1 else f"{retention_years} Jahre"
    after = (
        f"bis {years} nach dem Ende Ihrer Mitgliedschaft bzw. nach dem letzten Kontakt; "
        "danach werden die Angaben anonymisiert"
    )
    return (
        ProcessingPurpose(
            "Stammdaten",
            "Name, Anschrift, E-Mail, Telefon, Geburtsdatum, Notizen, eigene Felder",
            "Mitgliederverwaltung, Kontakt und Einladungen, Organisation des Treffs",
            "Art. 6 Abs. 1 lit. b DSGVO (Mitgliedschaft, Nutzung des Treffs); "
            "Art. 6 Abs. 1 lit. f DSGVO (Kontakt zu Ansprechpersonen)",
            "Vorstand und Koordination; Ehrenamtliche im Treff sehen nur Namen und "
            "Telefonnummern. Keine Weitergabe an Dritte.",
            after,
        ),
        ProcessingPurpose(
            "Mitgliedschaft",
            "Beginn, Ende und Art der Mitgliedschaft",
            "Mitgliederverwaltung, Beiträge, Einladung zur Mitgliederversammlung",
            "Art. 6 Abs. 1 lit. b DSGVO (Satzung)",
            "Vorstand, Koordination und Kasse",
            after + "; Zählungen (ohne Namen) bleiben für die Statistik erhalten",
        ),
        ProcessingPurpose(
            "Einwilligungen",
            "Zweck, Datum, Textfassung, Quelle und Widerruf Ihrer Einwilligungen",
            "Fotos, Newsletter, Geburtstagsliste, Weitergabe der Mitgliederliste – nur "
            "soweit Sie eingewilligt haben; Nachweis der Einwilligung",
            "Art. 6 Abs. 1 lit. a und Art. 7 Abs. 1 DSGVO",
            "Vorstand und Koordination; Fotos im Internet sind öffentlich, die "
            "Mitgliederliste erhalten bei Einwilligung die Mitglieder",
            "bis zu Ihrem Widerruf; der Nachweis danach " + after,
        ),
        ProcessingPurpose(
            "Gruppen und Partner",
            "Gruppen, in denen Sie mitmachen oder Ansprechperson sind; Ihre Funktion bei "
            "einer Partnerorganisation",
            "Organisation der Gruppen, Raumnutzung, Zusammenarbeit mit Partnern",
            "Art. 6 Abs. 1 lit. b und f DSGVO",
            "Koordination; bei öffentlichen Gruppen wird die Ansprechperson im Treff genannt",
            "solange Sie die Aufgabe haben, danach " + after,
        ),
        ProcessingPurpose(
            "Raumbelegungen",
            "Belegungen und Serien, bei denen Sie Ansprech- oder verantwortliche Person sind",
            "Belegungsplanung, Schlüsselübergabe, Rückfragen",
            "Art. 6 Abs. 1 lit. b DSGVO (Nutzungsvereinbarung)",
            "Ehrenamtliche im Treff; der Wochenplan-Aushang nennt Titel und Gruppe, keine "
            "privaten Kontaktdaten",
            after,
        ),
        ProcessingPurpose(
            "Treffen und Teilnahme",
            "Einladungen, Anwesenheit, Sitzungsleitung, Protokoll, Aufgaben aus Treffen",
            "Vorbereitung und Protokoll von Sitzungen und Veranstaltungen; Nachweis "
            "geförderter Veranstaltungen",
            "Art. 6 Abs. 1 lit. b DSGVO; bei geförderten Veranstaltungen Art. 6 Abs. 1 "
            "lit. c und f DSGVO (Verwendungsnachweis)",
            "Vorstand und Koordination; Teilnehmendenlisten geförderter Veranstaltungen "
            "gehen an den Fördermittelgeber",
            f"{years} nach dem Treffen; Teilnahme an geförderten Veranstaltungen "
            f"{LEGAL_RETENTION_YEARS} Jahre ab Ende des Jahres der Veranstaltung "
            "(gesperrt, danach anonymisiert)",
        ),
        ProcessingPurpose(
            "Kasse und Förderung",
            "Belege, auf denen Sie als Zahlungsempfänger oder Zahlende genannt sind; "
            "Förderanträge, bei denen Sie Ansprechperson sind",
            "Buchführung, Kassenprüfung, Verwendungsnachweise",
            "Art. 6 Abs. 1 lit. c DSGVO i. V. m. § 147 AO",
            "Kasse, Kassenprüfung, Finanzamt; bei geförderten Projekten der Fördermittelgeber",
            f"{LEGAL_RETENTION_YEARS} Jahre ab Ende des Jahres des Belegs (§ 147 AO); "
            "so lange bleiben Sie gesperrt gespeichert",
        ),
        ProcessingPurpose(
            "Änderungsprotokoll und Anfragen",
            "Wer wann welche Angaben zu Ihnen angelegt, geändert oder exportiert hat; "
            "Ihre Datenschutz-Anfragen",
            "Nachvollziehbarkeit, Datensicherheit, Nachweis der Erfüllung Ihrer Rechte",
            "Art. 5 Abs. 2, Art. 6 Abs. 1 lit. c und Art. 32 DSGVO",
            "nur die Administration des Programms",
            "so lange wie die Angaben, auf die sie sich beziehen; bei der Anonymisierung "
            "werden die protokollierten Namen und Kontaktdaten unkenntlich gemacht",
        ),
    )


# --- erasure ---------------------------------------------------------------------


@dataclass
class _Facts:
    """What decides about one person's erasure."""

    created: dt.date
    has_memberships: bool = False
    current_member: bool = False
    ongoing: str = ""
    """Why the person is still active (a key), or empty."""
    activity: list[dt.date] = field(default_factory=list)
    kept_until: dict[KeepReason, dt.date] = field(default_factory=dict)

    def last_activity(self) -> dt.date:
        return max([self.created, *self.activity])


def _as_date(value: dt.date | dt.datetime | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _series_end(series: BookingSeries) -> dt.date | None:
    """The last day of a series, or ``None`` while it runs open-ended."""
    if series.until_date is not None:
        return series.until_date
    if series.occurrence_count is None:
        return None
    try:
        start = dt.datetime.combine(series.first_date, series.start_time)
        rule: Any = rrulestr(series.rrule, dtstart=start, ignoretz=True)
        occurrences = list(rule.replace(count=series.occurrence_count, until=None))
    except (ValueError, TypeError, AttributeError):
        return None
    return occurrences[-1].date() if occurrences else series.first_date


def _facts(session: Session, people: Sequence[Person], today: dt.date) -> dict[int, _Facts]:
    """The erasure facts of ``people``, in a fixed number of queries."""
    ids = [p.id for p in people]
    facts = {p.id: _Facts(created=_as_date(p.created_at) or today) for p in people}
    if not ids:
        return facts

    def where_in(column: Any) -> Any:
        return column.in_(ids)

    def add(pairs: Iterable[tuple[int | None, dt.date | dt.datetime | None]]) -> None:
        for person_id, day in pairs:
            value = _as_date(day)
            if person_id in facts and value is not None:
                facts[person_id].activity.append(value)

    for person_id, start, end in session.execute(
        select(Membership.person_id, Membership.start_date, Membership.end_date).where(
            where_in(Membership.person_id)
        )
    ):
        fact = facts[person_id]
        fact.has_memberships = True
        if end is None or end >= today or start > today:
            fact.current_member = True
        else:
            fact.activity.append(end)

    def ongoing(query: Select[Any], reason: str) -> None:
        for holder in session.scalars(query):
            if holder in facts and not facts[holder].ongoing:
                facts[holder].ongoing = reason

    ongoing(
        select(GroupPerson.person_id)
        .join(Group, GroupPerson.group_id == Group.id)
        .where(
            where_in(GroupPerson.person_id),
            or_(Group.active_until.is_(None), Group.active_until >= today),
        ),
        "group",
    )
    add(
        session.execute(
            select(GroupPerson.person_id, Group.active_until)
            .join(Group, GroupPerson.group_id == Group.id)
            .where(where_in(GroupPerson.person_id), Group.active_until < today)
        )
    )
    ongoing(select(PartnerContact.person_id).where(where_in(PartnerContact.person_id)), "partner")
    ongoing(
        select(User.person_id).where(where_in(User.person_id), User.is_active.is_(True)), "user"
    )
    ongoing(
        select(FundingApplication.contact_person_id).where(
            where_in(FundingApplication.contact_person_id),
            FundingApplication.status.not_in(
                [ApplicationStatus.CLOSED, ApplicationStatus.REJECTED]
            ),
        ),
        "funding",
    )
    add(
        session.execute(
            select(
                FundingApplication.contact_person_id,
                func.coalesce(FundingApplication.project_end, FundingApplication.project_start),
            ).where(where_in(FundingApplication.contact_person_id))
        )
    )
    for column in (Booking.contact_person_id, Booking.responsible_person_id):
        add(
            session.execute(
                select(column, func.max(Booking.starts_at)).where(where_in(column)).group_by(column)
            )
        )
    for series in session.scalars(
        select(BookingSeries).where(
            or_(
                where_in(BookingSeries.contact_person_id),
                where_in(BookingSeries.responsible_person_id),
            )
        )
    ):
        end = _series_end(series)
        for named in (series.contact_person_id, series.responsible_person_id):
            if named is None or named not in facts:
                continue
            if end is None or end >= today:
                facts[named].ongoing = facts[named].ongoing or "booking_series"
            else:
                facts[named].activity.append(end)
    for column in (Meeting.chair_id, Meeting.minute_taker_id):
        add(
            session.execute(
                select(column, func.max(Meeting.starts_at)).where(where_in(column)).group_by(column)
            )
        )
    add(
        session.execute(
            select(meeting_invitees.c.person_id, func.max(Meeting.starts_at))
            .join(Meeting, Meeting.id == meeting_invitees.c.meeting_id)
            .where(where_in(meeting_invitees.c.person_id))
            .group_by(meeting_invitees.c.person_id)
        )
    )
    add(
        session.execute(
            select(Attendance.person_id, func.max(Meeting.starts_at))
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(where_in(Attendance.person_id))
            .group_by(Attendance.person_id)
        )
    )
    add(
        session.execute(
            select(
                ActionItem.owner_id,
                func.max(func.coalesce(ActionItem.done_on, ActionItem.due_date)),
            )
            .where(where_in(ActionItem.owner_id))
            .group_by(ActionItem.owner_id)
        )
    )
    # Legal retention: funded attendance and receipts.
    for attendee, starts_at in session.execute(
        select(Attendance.person_id, func.max(Meeting.starts_at))
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(where_in(Attendance.person_id), Meeting.is_funded_event.is_(True))
        .group_by(Attendance.person_id)
    ):
        if attendee is not None and attendee in facts and starts_at is not None:
            until = _legal_end(starts_at.year)
            facts[attendee].kept_until[KeepReason.FUNDED_ATTENDANCE] = until
    by_name: dict[str, int] = {}
    for counterparty, year in session.execute(
        select(Receipt.counterparty, func.max(Receipt.year)).group_by(Receipt.counterparty)
    ):
        key = " ".join(counterparty.split()).casefold()
        by_name[key] = max(by_name.get(key, 0), year)
    if by_name:
        for person in people:
            years = [by_name[name] for name in _names_of(person) if name in by_name]
            if years:
                facts[person.id].kept_until[KeepReason.RECEIPTS] = _legal_end(max(years))
    return facts


def _legal_end(year: int) -> dt.date:
    """The last day data of ``year`` must be kept (end of the 10th following year)."""
    return dt.date(year + LEGAL_RETENTION_YEARS, 12, 31)


def _assess(
    person: Person, fact: _Facts, today: dt.date, years: int
) -> tuple[str, ErasureCandidate]:
    """(refusal reason or "", the candidate view)."""
    last = fact.last_activity()
    erasable_from = last + relativedelta(years=years) + dt.timedelta(days=1)
    still_kept = {reason: until for reason, until in fact.kept_until.items() if until >= today}
    candidate = ErasureCandidate(
        person_id=person.id,
        name=person.full_name,
        status=ErasureStatus.FORMER if fact.has_memberships else ErasureStatus.NON_MEMBER,
        last_activity=last,
        erasable_from=erasable_from,
        kept_until=max(still_kept.values()) if still_kept else None,
        keep_reasons=tuple(sorted(still_kept, key=lambda reason: reason.value)),
        blocked_on=person.blocked_on,
    )
    if fact.current_member:
        return "current_member", candidate
    if fact.ongoing:
        return "active_role", candidate
    if today < erasable_from:
        return "retention", candidate
    return "", candidate


@service(Permission.PEOPLE_WRITE)
def erasure_candidates(session: Session, actor: Actor, today: dt.date) -> list[ErasureCandidate]:
    """Former members and non-members whose last activity lies more than the retention
    period (Einstellungen) back, by name; ``kept_until`` says who must stay blocked."""
    years = read_settings(session).member_retention_years
    people = list(
        session.scalars(
            select(Person)
            .where(Person.anonymised_on.is_(None))
            .order_by(func.lower(Person.last_name), func.lower(Person.first_name), Person.id)
        )
    )
    facts = _facts(session, people, today)
    result = []
    for person in people:
        refusal, candidate = _assess(person, facts[person.id], today, years)
        if not refusal:
            result.append(candidate)
    return result


@service(Permission.PEOPLE_WRITE)
def anonymise_person(
    session: Session, actor: Actor, person_id: int, today: dt.date
) -> ErasureOutcome:
    """Anonymise a person past the retention period, or block them while receipts or
    funded attendance must still be kept. Raises :class:`ErasureRefused` for a current
    member, a person with an ongoing role and a person within the retention period."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person", str(person_id))
    name = person.full_name
    if person.anonymised_on is not None:
        raise ErasureRefused(person_id, name, "already_anonymised")
    years = read_settings(session).member_retention_years
    fact = _facts(session, [person], today)[person.id]
    refusal, candidate = _assess(person, fact, today, years)
    if refusal == "active_role":
        raise ErasureRefused(person_id, name, refusal, detail=fact.ongoing)
    if refusal == "retention":
        raise ErasureRefused(person_id, name, refusal, until=candidate.erasable_from)
    if refusal:
        raise ErasureRefused(person_id, name, refusal)
    if candidate.kept_until is not None:
        if person.blocked_on is None:
            person.blocked_on = today
            session.flush()
        return ErasureOutcome(person_id, name, False, candidate.kept_until, candidate.keep_reasons)
    _anonymise(session, person, today)
    return ErasureOutcome(person_id, name, True, None, ())


_PERSONAL_COLUMNS = frozenset(
    {
        "first_name",
        "last_name",
        "street",
        "postal_code",
        "city",
        "email",
        "phone",
        "mobile",
        "birth_date",
        "notes",
        "value",
        "text_version",
        "source",
        "person_name",
    }
)


def _anonymise(session: Session, person: Person, today: dt.date) -> None:
    consent_ids = [str(c.id) for c in person.consents]
    person.first_name = ANONYMOUS_FIRST_NAME
    person.last_name = f"#{person.id}"
    person.street = ""
    person.postal_code = ""
    person.city = ""
    person.email = ""
    person.phone = ""
    person.mobile = ""
    person.notes = ""
    if person.birth_date is not None:
        person.birth_date = dt.date(person.birth_date.year // 10 * 10, 1, 1)
    person.consents.clear()
    person.custom_values.clear()
    person.anonymised_on = today
    anonymous_name = person.full_name
    for request in _requests_of(session, person.id):
        request.person_name = anonymous_name
        if request.kind is PrivacyRequestKind.ERASURE and request.answered_on is None:
            request.answered_on = max(today, request.received_on)
    session.flush()
    connection = session.connection()
    write_search_words(connection, person.id, (set(), set()))
    _scrub_audit(session, person, consent_ids, anonymous_name)


def _scrub_audit(
    session: Session, person: Person, consent_ids: Sequence[str], anonymous_name: str
) -> None:
    """Replace the recorded personal values about ``person`` in the audit trail."""
    condition = or_(
        _audit_about(session, person),
        and_(AuditEntry.entity == "consents", AuditEntry.entity_id.in_(list(consent_ids))),
    )
    current = {"first_name": ANONYMOUS_FIRST_NAME, "last_name": person.last_name}
    for entry_id, entity, changes in session.execute(
        select(AuditEntry.id, AuditEntry.entity, AuditEntry.changes).where(condition)
    ):
        recorded: dict[str, list[Any]] = json.loads(changes or "{}")
        masked = {
            name: [
                value
                if value is None
                or name not in _PERSONAL_COLUMNS
                or (entity == "persons" and current.get(name) == value)
                else MASK
                for value in values
            ]
            if isinstance(values, list)
            else values
            for name, values in recorded.items()
        }
        values: dict[str, Any] = {"changes": json.dumps(masked, ensure_ascii=False, sort_keys=True)}
        if entity in {"persons", "privacy_requests"}:
            values["summary"] = anonymous_name
        session.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(**values))


__all__ = [
    "ACCESS_DEADLINE",
    "LEGAL_RETENTION_YEARS",
    "AccessData",
    "ErasureCandidate",
    "ErasureOutcome",
    "KeepReason",
    "OpenRequest",
    "PersonPrivacy",
    "PrivacyRequestView",
    "access_data",
    "access_json",
    "anonymise_person",
    "answer_request",
    "due_date",
    "erasure_candidates",
    "open_requests",
    "person_privacy",
    "privacy_export",
    "processing_purposes",
    "record_access_request",
]
