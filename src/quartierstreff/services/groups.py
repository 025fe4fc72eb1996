"""Groups and initiatives that meet at the centre, and partner organisations.

A group has contact persons and members, both people from the register (``GroupPerson``
with ``is_contact``), and the rooms it usually uses. A partner organisation (the
Kommune, a school, a funder, …) has contacts: people from the register with their
function there, e.g. "Quartiersmanagement".

Everyone may read both lists (contact persons with their names and phone numbers only,
as the people table shows them to the Ehrenamt role); writing needs ``PEOPLE_WRITE``.
Deleting moves the record to the bin.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from quartierstreff.db.base import utcnow
from quartierstreff.db.models import (
    Group,
    GroupPerson,
    PartnerContact,
    PartnerKind,
    PartnerOrganisation,
    Person,
    Room,
)
from quartierstreff.services.concurrency import check_version
from quartierstreff.services.errors import FieldInvalid, NotFound
from quartierstreff.services.people import Choice
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.trash import TrashEntryView, move_to_trash

NAME_LENGTH = 200
TEXT_LENGTH = 20_000
EMAIL_LENGTH = 254
PHONE_LENGTH = 60

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_POSTAL_CODE = re.compile(r"^[0-9]{5}$")
_PHONE = re.compile(r"^\+?[0-9 ()/\-.]+$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/.]+(\.[^\s/.]+)+(/\S*)?$", re.IGNORECASE)


# --- views and drafts --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupPersonView:
    """A person in a group. ``email`` is empty for roles that do not see e-mails."""

    person_id: int
    name: str
    phone: str
    email: str
    is_contact: bool


@dataclass(frozen=True, slots=True)
class GroupRow:
    id: int
    name: str
    is_public: bool
    active_until: dt.date | None
    member_count: int
    contact_count: int
    contacts: str
    """The contact persons' names, comma-separated."""


@dataclass(frozen=True, slots=True)
class GroupDetail:
    id: int
    name: str
    description: str
    is_public: bool
    email: str
    active_until: dt.date | None
    people: tuple[GroupPersonView, ...]
    """Contact persons first, then the other members, each by name."""
    room_ids: tuple[int, ...]
    version: int

    @property
    def contacts(self) -> tuple[GroupPersonView, ...]:
        return tuple(person for person in self.people if person.is_contact)

    def to_draft(self) -> GroupDraft:
        return GroupDraft(
            name=self.name,
            description=self.description,
            is_public=self.is_public,
            email=self.email,
            active_until=self.active_until,
            member_ids=tuple(p.person_id for p in self.people),
            contact_ids=tuple(p.person_id for p in self.people if p.is_contact),
            room_ids=self.room_ids,
        )


@dataclass(frozen=True, slots=True)
class GroupDraft:
    """What the group form holds. Contact persons are members, too: ``contact_ids``
    need not be repeated in ``member_ids``."""

    name: str
    description: str = ""
    is_public: bool = True
    email: str = ""
    active_until: dt.date | None = None
    member_ids: tuple[int, ...] = ()
    contact_ids: tuple[int, ...] = ()
    room_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class PartnerContactView:
    person_id: int
    name: str
    phone: str
    email: str
    function: str


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: int
    name: str
    kind: PartnerKind
    city: str
    phone: str
    email: str
    contacts: str
    """The contacts' names with their function, e.g. "Eva Roth (Quartiersmanagement)"."""


@dataclass(frozen=True, slots=True)
class PartnerDetail:
    id: int
    name: str
    kind: PartnerKind
    street: str
    postal_code: str
    city: str
    email: str
    phone: str
    website: str
    notes: str
    contacts: tuple[PartnerContactView, ...]
    version: int

    def to_draft(self) -> PartnerDraft:
        return PartnerDraft(
            name=self.name,
            kind=self.kind,
            street=self.street,
            postal_code=self.postal_code,
            city=self.city,
            email=self.email,
            phone=self.phone,
            website=self.website,
            notes=self.notes,
            contacts=tuple((c.person_id, c.function) for c in self.contacts),
        )


@dataclass(frozen=True, slots=True)
class PartnerDraft:
    name: str
    kind: PartnerKind = PartnerKind.OTHER
    street: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    notes: str = ""
    contacts: tuple[tuple[int, str], ...] = ()
    """(person id, function) pairs."""


# --- validation --------------------------------------------------------------


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _has_control(text: str, *, multiline: bool = False) -> bool:
    allowed = "\n\t\r" if multiline else ""
    return any(unicodedata.category(char) == "Cc" and char not in allowed for char in text)


def _check_text(
    field: str, value: str, limit: int, *, required: bool = False, multiline: bool = False
) -> None:
    if required and not value:
        raise FieldInvalid(field, "required")
    if _has_control(value, multiline=multiline):
        raise FieldInvalid(field, "control_characters")
    if len(value) > limit:
        raise FieldInvalid(field, "too_long", str(limit))


def _check_email(value: str) -> None:
    if not value:
        return
    if len(value) > EMAIL_LENGTH:
        raise FieldInvalid("email", "too_long", str(EMAIL_LENGTH))
    if not _EMAIL.match(value):
        raise FieldInvalid("email", "email_format", value[:80])


def clean_group_draft(draft: GroupDraft) -> GroupDraft:
    contact_ids = tuple(dict.fromkeys(draft.contact_ids))
    return GroupDraft(
        name=_clean(draft.name),
        description=unicodedata.normalize("NFC", draft.description).strip(),
        is_public=draft.is_public,
        email=_clean(draft.email),
        active_until=draft.active_until,
        member_ids=tuple(dict.fromkeys((*contact_ids, *draft.member_ids))),
        contact_ids=contact_ids,
        room_ids=tuple(dict.fromkeys(draft.room_ids)),
    )


def group_problem(draft: GroupDraft) -> FieldInvalid | None:
    """The first thing wrong with a cleaned draft (in form order), or ``None``."""
    try:
        _check_text("name", draft.name, NAME_LENGTH, required=True)
        _check_text("description", draft.description, TEXT_LENGTH, multiline=True)
        _check_email(draft.email)
    except FieldInvalid as problem:
        return problem
    return None


def clean_partner_draft(draft: PartnerDraft) -> PartnerDraft:
    contacts = {person_id: _clean(function) for person_id, function in draft.contacts}
    return PartnerDraft(
        name=_clean(draft.name),
        kind=PartnerKind(draft.kind),
        street=_clean(draft.street),
        postal_code=_clean(draft.postal_code),
        city=_clean(draft.city),
        email=_clean(draft.email),
        phone=_clean(draft.phone),
        website=_clean(draft.website),
        notes=unicodedata.normalize("NFC", draft.notes).strip(),
        contacts=tuple(contacts.items()),
    )


def partner_problem(draft: PartnerDraft) -> FieldInvalid | None:
    """The first thing wrong with a cleaned draft (in form order), or ``None``."""
    try:
        _check_text("name", draft.name, NAME_LENGTH, required=True)
        _check_text("street", draft.street, NAME_LENGTH)
        if draft.postal_code and not _POSTAL_CODE.match(draft.postal_code):
            raise FieldInvalid("postal_code", "five_digits", draft.postal_code[:40])
        _check_text("city", draft.city, NAME_LENGTH)
        _check_email(draft.email)
        if draft.phone:
            if len(draft.phone) > PHONE_LENGTH:
                raise FieldInvalid("phone", "too_long", str(PHONE_LENGTH))
            if not _PHONE.match(draft.phone):
                raise FieldInvalid("phone", "phone_format", draft.phone[:40])
        if draft.website:
            if len(draft.website) > NAME_LENGTH:
                raise FieldInvalid("website", "too_long", str(NAME_LENGTH))
            if not _WEBSITE.match(draft.website):
                raise FieldInvalid("website", "website_format", draft.website[:80])
        _check_text("notes", draft.notes, TEXT_LENGTH, multiline=True)
        for _person_id, function in draft.contacts:
            _check_text("contact_function", function, NAME_LENGTH)
    except FieldInvalid as problem:
        return problem
    return None


def _check_people(session: Session, person_ids: Iterable[int]) -> dict[int, Person]:
    wanted = list(person_ids)
    found = {
        person.id: person
        for person in session.scalars(
            select(Person).where(Person.id.in_(wanted), Person.anonymised_on.is_(None))
        )
    }
    for person_id in wanted:
        if person_id not in found:
            raise NotFound("person", str(person_id))
    return found


def _check_unique_name(
    session: Session, model: type[Group] | type[PartnerOrganisation], name: str, own_id: int | None
) -> None:
    query = select(model.id).where(func.lower(model.name) == name.lower())
    if own_id is not None:
        query = query.where(model.id != own_id)
    if session.scalar(query.limit(1)) is not None:
        raise FieldInvalid("name", "taken", name)


# --- groups ------------------------------------------------------------------


def _person_name(person: Person) -> str:
    return person.full_name


@service(Permission.PEOPLE_BASIC_READ)
def list_groups(session: Session, actor: Actor, text: str = "") -> list[GroupRow]:
    """All groups by name; ``text`` keeps those whose name or a contact's name contains it."""
    groups = session.scalars(
        select(Group)
        .options(selectinload(Group.person_links).selectinload(GroupPerson.person))
        .order_by(func.lower(Group.name), Group.id)
    ).all()
    needle = _clean(text).casefold()
    rows: list[GroupRow] = []
    for group in groups:
        contacts = sorted(
            (link.person for link in group.person_links if link.is_contact),
            key=lambda p: (p.last_name.casefold(), p.first_name.casefold()),
        )
        contact_names = ", ".join(_person_name(p) for p in contacts)
        if needle and needle not in f"{group.name}\n{contact_names}".casefold():
            continue
        rows.append(
            GroupRow(
                id=group.id,
                name=group.name,
                is_public=group.is_public,
                active_until=group.active_until,
                member_count=len(group.person_links),
                contact_count=len(contacts),
                contacts=contact_names,
            )
        )
    return rows


def _load_group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound("group", str(group_id))
    return group


def _group_detail(group: Group, actor: Actor) -> GroupDetail:
    full = actor.may(Permission.PEOPLE_READ)
    people = sorted(
        (
            GroupPersonView(
                person_id=link.person_id,
                name=_person_name(link.person),
                phone=link.person.phone or link.person.mobile,
                email=link.person.email if full else "",
                is_contact=link.is_contact,
            )
            for link in group.person_links
            if link.person.anonymised_on is None
        ),
        key=lambda p: (not p.is_contact, p.name.casefold(), p.person_id),
    )
    return GroupDetail(
        id=group.id,
        name=group.name,
        description=group.description,
        is_public=group.is_public,
        email=group.email,
        active_until=group.active_until,
        people=tuple(people),
        room_ids=tuple(sorted(room.id for room in group.usual_rooms)),
        version=group.version,
    )


@service(Permission.PEOPLE_BASIC_READ)
def get_group(session: Session, actor: Actor, group_id: int) -> GroupDetail:
    return _group_detail(_load_group(session, group_id), actor)


@service(Permission.PEOPLE_BASIC_READ)
def room_choices(session: Session, actor: Actor) -> list[Choice]:
    """The rooms a group may usually use, in the order of the settings."""
    rows = session.execute(select(Room.id, Room.name).order_by(Room.position, Room.name))
    return [Choice(room_id, name) for room_id, name in rows]


def _apply_group(session: Session, group: Group, draft: GroupDraft) -> None:
    people = _check_people(session, draft.member_ids)
    rooms = {
        room.id: room for room in session.scalars(select(Room).where(Room.id.in_(draft.room_ids)))
    }
    for room_id in draft.room_ids:
        if room_id not in rooms:
            raise NotFound("room", str(room_id))
    group.name = draft.name
    group.description = draft.description
    group.is_public = draft.is_public
    group.email = draft.email
    group.active_until = draft.active_until
    links = {link.person_id: link for link in group.person_links}
    for person_id, link in links.items():
        if person_id not in people:
            group.person_links.remove(link)
    for person_id in draft.member_ids:
        link = links.get(person_id) or GroupPerson(person=people[person_id])
        if person_id not in links:
            group.person_links.append(link)
        link.is_contact = person_id in draft.contact_ids
    group.usual_rooms = [rooms[room_id] for room_id in draft.room_ids]


def _checked_group_draft(session: Session, draft: GroupDraft, own_id: int | None) -> GroupDraft:
    cleaned = clean_group_draft(draft)
    problem = group_problem(cleaned)
    if problem is not None:
        raise problem
    _check_unique_name(session, Group, cleaned.name, own_id)
    return cleaned


@service(Permission.PEOPLE_WRITE)
def create_group(session: Session, actor: Actor, draft: GroupDraft) -> GroupDetail:
    """Add a group. Raises :class:`FieldInvalid` for bad input, nothing saved."""
    cleaned = _checked_group_draft(session, draft, None)
    group = Group()
    _apply_group(session, group, cleaned)
    session.add(group)
    session.flush()
    return _group_detail(group, actor)


@service(Permission.PEOPLE_WRITE)
def update_group(
    session: Session, actor: Actor, group_id: int, draft: GroupDraft, *, expected_version: int = 0
) -> GroupDetail:
    """Save the form of a group loaded at ``expected_version`` (0: unchecked)."""
    group = _load_group(session, group_id)
    if expected_version:
        check_version(group, expected_version, entity="group")
    cleaned = _checked_group_draft(session, draft, group_id)
    _apply_group(session, group, cleaned)
    group.updated_at = utcnow()  # members and rooms are rows of their own: raise the version
    session.flush()
    return _group_detail(group, actor)


@service(Permission.PEOPLE_WRITE)
def delete_group(
    session: Session, actor: Actor, group_id: int, *, now: dt.datetime | None = None
) -> TrashEntryView:
    """Move a group to the bin (restorable for 30 days); its bookings stay, without it."""
    group = _load_group(session, group_id)
    return move_to_trash(session, actor, group, summary=group.name, now=now)


# --- partner organisations ---------------------------------------------------


def _contact_views(
    contacts: Sequence[PartnerContact], actor: Actor
) -> tuple[PartnerContactView, ...]:
    full = actor.may(Permission.PEOPLE_READ)
    views = [
        PartnerContactView(
            person_id=contact.person_id,
            name=_person_name(contact.person),
            phone=contact.person.phone or contact.person.mobile,
            email=contact.person.email if full else "",
            function=contact.function,
        )
        for contact in contacts
        if contact.person.anonymised_on is None
    ]
    return tuple(sorted(views, key=lambda c: (c.name.casefold(), c.person_id)))


@service(Permission.PEOPLE_BASIC_READ)
def list_partners(
    session: Session, actor: Actor, kind: PartnerKind | None = None, text: str = ""
) -> list[PartnerRow]:
    """Partner organisations by name, of one ``kind`` if given; ``text`` keeps those whose
    name, town or a contact's name or function contains it."""
    query = (
        select(PartnerOrganisation)
        .options(selectinload(PartnerOrganisation.contacts).selectinload(PartnerContact.person))
        .order_by(func.lower(PartnerOrganisation.name), PartnerOrganisation.id)
    )
    if kind is not None:
        query = query.where(PartnerOrganisation.kind == kind)
    needle = _clean(text).casefold()
    rows: list[PartnerRow] = []
    for partner in session.scalars(query):
        contacts = ", ".join(
            f"{c.name} ({c.function})" if c.function else c.name
            for c in _contact_views(partner.contacts, actor)
        )
        if needle and needle not in f"{partner.name}\n{partner.city}\n{contacts}".casefold():
            continue
        rows.append(
            PartnerRow(
                id=partner.id,
                name=partner.name,
                kind=partner.kind,
                city=partner.city,
                phone=partner.phone,
                email=partner.email,
                contacts=contacts,
            )
        )
    return rows


def _load_partner(session: Session, partner_id: int) -> PartnerOrganisation:
    partner = session.get(PartnerOrganisation, partner_id)
    if partner is None:
        raise NotFound("partner", str(partner_id))
    return partner


def _partner_detail(partner: PartnerOrganisation, actor: Actor) -> PartnerDetail:
    return PartnerDetail(
        id=partner.id,
        name=partner.name,
        kind=partner.kind,
        street=partner.street,
        postal_code=partner.postal_code,
        city=partner.city,
        email=partner.email,
        phone=partner.phone,
        website=partner.website,
        notes=partner.notes,
        contacts=_contact_views(partner.contacts, actor),
        version=partner.version,
    )


@service(Permission.PEOPLE_BASIC_READ)
def get_partner(session: Session, actor: Actor, partner_id: int) -> PartnerDetail:
    return _partner_detail(_load_partner(session, partner_id), actor)


def _checked_partner_draft(
    session: Session, draft: PartnerDraft, own_id: int | None
) -> PartnerDraft:
    cleaned = clean_partner_draft(draft)
    problem = partner_problem(cleaned)
    if problem is not None:
        raise problem
    _check_unique_name(session, PartnerOrganisation, cleaned.name, own_id)
    return cleaned


def _apply_partner(session: Session, partner: PartnerOrganisation, draft: PartnerDraft) -> None:
    people = _check_people(session, (person_id for person_id, _ in draft.contacts))
    partner.name = draft.name
    partner.kind = draft.kind
    partner.street = draft.street
    partner.postal_code = draft.postal_code
    partner.city = draft.city
    partner.email = draft.email
    partner.phone = draft.phone
    partner.website = draft.website
    partner.notes = draft.notes
    functions = dict(draft.contacts)
    existing = {contact.person_id: contact for contact in partner.contacts}
    for person_id, contact in existing.items():
        if person_id not in functions:
            partner.contacts.remove(contact)
    for person_id, function in draft.contacts:
        contact = existing.get(person_id) or PartnerContact(person=people[person_id])
        if person_id not in existing:
            partner.contacts.append(contact)
        contact.function = function


@service(Permission.PEOPLE_WRITE)
def create_partner(session: Session, actor: Actor, draft: PartnerDraft) -> PartnerDetail:
    """Add a partner organisation. Raises :class:`FieldInvalid` for bad input."""
    cleaned = _checked_partner_draft(session, draft, None)
    partner = PartnerOrganisation()
    _apply_partner(session, partner, cleaned)
    session.add(partner)
    session.flush()
    return _partner_detail(partner, actor)


@service(Permission.PEOPLE_WRITE)
def update_partner(
    session: Session,
    actor: Actor,
    partner_id: int,
    draft: PartnerDraft,
    *,
    expected_version: int = 0,
) -> PartnerDetail:
    """Save the form of a partner loaded at ``expected_version`` (0: unchecked)."""
    partner = _load_partner(session, partner_id)
    if expected_version:
        check_version(partner, expected_version, entity="partner")
    cleaned = _checked_partner_draft(session, draft, partner_id)
    _apply_partner(session, partner, cleaned)
    partner.updated_at = utcnow()
    session.flush()
    return _partner_detail(partner, actor)


@service(Permission.PEOPLE_WRITE)
def delete_partner(
    session: Session, actor: Actor, partner_id: int, *, now: dt.datetime | None = None
) -> TrashEntryView:
    """Move a partner organisation and its contact links to the bin (not the people)."""
    partner = _load_partner(session, partner_id)
    return move_to_trash(session, actor, partner, summary=partner.name, now=now)
