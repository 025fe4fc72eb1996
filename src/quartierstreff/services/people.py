"""The register of people: members, contact persons, participants.

A person is written from a :class:`PersonDraft` (what a form or an import row holds) and
read back as a :class:`PersonDetail`; lists are searched for ids first
(:func:`find_people`) and their rows fetched in pages (:func:`people_rows`), so a table of
100,000 people never loads more than the rows on screen.

Leaving the association ends the membership period (:func:`end_membership`); nothing is
deleted by a normal edit.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, or_, select, text
from sqlalchemy.orm import Session, selectinload

from quartierstreff.dates import UnreadableDate, format_date, parse_date
from quartierstreff.db import search
from quartierstreff.db.base import utcnow
from quartierstreff.db.engine import GERMAN
from quartierstreff.db.models import (
    Consent,
    ConsentPurpose,
    CustomFieldDefinition,
    CustomFieldType,
    CustomFieldValue,
    Group,
    GroupPerson,
    Membership,
    MembershipType,
    Person,
    PersonSearchWord,
)
from quartierstreff.services.concurrency import check_version
from quartierstreff.services.errors import DuplicatePerson, FieldInvalid, NotFound
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.trash import TrashEntryView, move_to_trash

# --- limits ------------------------------------------------------------------

NAME_LENGTH = 200
EMAIL_LENGTH = 254
PHONE_LENGTH = 60
NOTES_LENGTH = 20_000
"""About ten typed pages; a 10 MB note is a mistake (a pasted file), not a note."""
CUSTOM_TEXT_LENGTH = 2_000
EARLIEST_BIRTH = dt.date(1900, 1, 1)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_POSTAL_CODE = re.compile(r"^[0-9]{5}$")
_PHONE = re.compile(r"^\+?[0-9 ()/\-.]+$")
_DECIMAL = re.compile(r"^-?[0-9]{1,3}(\.?[0-9]{3})*(,[0-9]+)?$|^-?[0-9]+([.,][0-9]+)?$")


class PersonStatus(enum.StrEnum):
    MEMBER = "member"  # a membership period covers today
    FORMER = "former"  # had memberships, none covers today
    NON_MEMBER = "non_member"  # never a member: contact persons, participants


class PeopleSort(enum.StrEnum):
    NAME = "name"
    ADDRESS = "address"
    EMAIL = "email"
    PHONE = "phone"
    MEMBER_SINCE = "member_since"
    MEMBERSHIP_TYPE = "membership_type"


# --- views and drafts --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MembershipDraft:
    start_date: dt.date
    end_date: dt.date | None = None
    membership_type_id: int | None = None
    id: int | None = None
    """The stored period this draft edits; ``None`` for a new one."""


@dataclass(frozen=True, slots=True)
class ConsentDraft:
    purpose: ConsentPurpose
    granted_on: dt.date
    text_version: str
    source: str = ""
    withdrawn_on: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """What a form or an import row holds for a person. Text is stripped on save."""

    first_name: str = ""
    last_name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    birth_date: dt.date | None = None
    notes: str = ""
    memberships: tuple[MembershipDraft, ...] = ()
    group_ids: tuple[int, ...] = ()
    custom_values: tuple[tuple[int, str], ...] = ()
    """(custom field id, value as text) pairs; an empty value removes the value."""
    consents: tuple[ConsentDraft, ...] = ()


@dataclass(frozen=True, slots=True)
class MembershipView:
    id: int
    start_date: dt.date
    end_date: dt.date | None
    membership_type_id: int | None
    membership_type: str


@dataclass(frozen=True, slots=True)
class ConsentView:
    id: int
    purpose: ConsentPurpose
    granted_on: dt.date
    text_version: str
    source: str
    withdrawn_on: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return self.granted_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


@dataclass(frozen=True, slots=True)
class PersonDetail:
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
    memberships: tuple[MembershipView, ...]
    group_ids: tuple[int, ...]
    custom_values: tuple[tuple[int, str], ...]
    consents: tuple[ConsentView, ...]
    blocked_on: dt.date | None
    anonymised_on: dt.date | None
    version: int

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def status_on(self, day: dt.date) -> PersonStatus:
        return _status(
            [(m.start_date, m.end_date) for m in self.memberships],
            day,
        )

    def to_draft(self) -> PersonDraft:
        return PersonDraft(
            first_name=self.first_name,
            last_name=self.last_name,
            street=self.street,
            postal_code=self.postal_code,
            city=self.city,
            email=self.email,
            phone=self.phone,
            mobile=self.mobile,
            birth_date=self.birth_date,
            notes=self.notes,
            memberships=tuple(
                MembershipDraft(m.start_date, m.end_date, m.membership_type_id, m.id)
                for m in self.memberships
            ),
            group_ids=self.group_ids,
            custom_values=self.custom_values,
            consents=tuple(
                ConsentDraft(
                    c.purpose, c.granted_on, c.text_version, c.source, c.withdrawn_on, c.id
                )
                for c in self.consents
            ),
        )


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the people table. For roles without ``PEOPLE_READ`` (Ehrenamt) the
    address and e-mail are empty."""

    id: int
    first_name: str
    last_name: str
    street: str
    postal_code: str
    city: str
    email: str
    phone: str
    mobile: str
    status: PersonStatus
    member_since: dt.date | None
    member_until: dt.date | None
    membership_type: str
    blocked: bool

    @property
    def sort_name(self) -> str:
        return ", ".join(part for part in (self.last_name, self.first_name) if part)


@dataclass(frozen=True, slots=True)
class PeopleFilter:
    """What the people table shows. ``text`` is matched word by word, each word against
    the start of a word of the name, address, e-mail or phone numbers."""

    text: str = ""
    status: PersonStatus | None = None
    group_id: int | None = None
    membership_type_id: int | None = None
    consent: ConsentPurpose | None = None
    """Only people whose consent for this purpose holds today."""
    include_blocked: bool = False


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class CustomFieldView:
    id: int
    key: str
    label: str
    field_type: CustomFieldType
    choices: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PeopleChoices:
    """What the filters and the person form offer to choose from."""

    groups: tuple[Choice, ...]
    membership_types: tuple[Choice, ...]
    custom_fields: tuple[CustomFieldView, ...] = field(default=())


# --- validation --------------------------------------------------------------


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _has_control(text: str, *, multiline: bool = False) -> bool:
    allowed = "\n\t\r" if multiline else ""
    return any(unicodedata.category(char) == "Cc" and char not in allowed for char in text)


def clean_draft(draft: PersonDraft) -> PersonDraft:
    """The draft as it is stored: text stripped and in one Unicode form."""
    return PersonDraft(
        first_name=_clean(draft.first_name),
        last_name=_clean(draft.last_name),
        street=_clean(draft.street),
        postal_code=_clean(draft.postal_code),
        city=_clean(draft.city),
        email=_clean(draft.email),
        phone=_clean(draft.phone),
        mobile=_clean(draft.mobile),
        birth_date=draft.birth_date,
        notes=unicodedata.normalize("NFC", draft.notes).strip(),
        memberships=draft.memberships,
        group_ids=tuple(dict.fromkeys(draft.group_ids)),
        custom_values=tuple((key, _clean(value)) for key, value in draft.custom_values),
        consents=tuple(
            ConsentDraft(
                c.purpose,
                c.granted_on,
                _clean(c.text_version),
                _clean(c.source),
                c.withdrawn_on,
                c.id,
            )
            for c in draft.consents
        ),
    )


def person_problems(
    draft: PersonDraft,
    today: dt.date,
    custom_fields: Sequence[CustomFieldView] = (),
) -> list[FieldInvalid]:
    """Everything wrong with a (cleaned) draft, in form order; empty when it may be saved.

    Pure: the form, the importer and the services all use it.
    """
    problems: list[FieldInvalid] = []

    def text(name: str, value: str, limit: int) -> None:
        if _has_control(value):
            problems.append(FieldInvalid(name, "control_characters"))
        elif len(value) > limit:
            problems.append(FieldInvalid(name, "too_long", str(limit)))

    if not draft.last_name:
        problems.append(FieldInvalid("last_name", "required"))
    text("last_name", draft.last_name, NAME_LENGTH)
    text("first_name", draft.first_name, NAME_LENGTH)
    text("street", draft.street, NAME_LENGTH)
    text("city", draft.city, NAME_LENGTH)
    if draft.postal_code and not _POSTAL_CODE.match(draft.postal_code):
        problems.append(FieldInvalid("postal_code", "five_digits", draft.postal_code[:40]))
    if draft.email:
        if len(draft.email) > EMAIL_LENGTH:
            problems.append(FieldInvalid("email", "too_long", str(EMAIL_LENGTH)))
        elif not _EMAIL.match(draft.email):
            problems.append(FieldInvalid("email", "email_format", draft.email[:80]))
    for name, value in (("phone", draft.phone), ("mobile", draft.mobile)):
        if not value:
            continue
        if len(value) > PHONE_LENGTH:
            problems.append(FieldInvalid(name, "too_long", str(PHONE_LENGTH)))
        elif not _PHONE.match(value):
            problems.append(FieldInvalid(name, "phone_format", value[:40]))
    if draft.birth_date is not None:
        if draft.birth_date > today:
            problems.append(FieldInvalid("birth_date", "future", draft.birth_date.isoformat()))
        elif draft.birth_date < EARLIEST_BIRTH:
            problems.append(FieldInvalid("birth_date", "too_early", draft.birth_date.isoformat()))
    if _has_control(draft.notes, multiline=True):
        problems.append(FieldInvalid("notes", "control_characters"))
    elif len(draft.notes) > NOTES_LENGTH:
        problems.append(FieldInvalid("notes", "too_long", str(NOTES_LENGTH)))
    problems += _membership_problems(draft.memberships)
    problems += _consent_problems(draft.consents)
    problems += _custom_problems(draft.custom_values, custom_fields)
    return problems


def _membership_problems(memberships: Sequence[MembershipDraft]) -> list[FieldInvalid]:
    problems: list[FieldInvalid] = []
    periods = sorted(memberships, key=lambda m: m.start_date)
    for period in periods:
        if period.end_date is not None and period.end_date < period.start_date:
            problems.append(
                FieldInvalid("membership_end", "before_start", period.end_date.isoformat())
            )
    for earlier, later in itertools.pairwise(periods):
        if earlier.end_date is None or earlier.end_date >= later.start_date:
            problems.append(
                FieldInvalid("membership_start", "overlap", later.start_date.isoformat())
            )
    return problems


def _consent_problems(consents: Sequence[ConsentDraft]) -> list[FieldInvalid]:
    problems: list[FieldInvalid] = []
    for consent in consents:
        if not consent.text_version:
            problems.append(FieldInvalid("consent_text_version", "required", consent.purpose))
        elif len(consent.text_version) > 40:
            problems.append(FieldInvalid("consent_text_version", "too_long", "40"))
        if len(consent.source) > NAME_LENGTH:
            problems.append(FieldInvalid("consent_source", "too_long", str(NAME_LENGTH)))
        if consent.withdrawn_on is not None and consent.withdrawn_on < consent.granted_on:
            problems.append(
                FieldInvalid("consent_withdrawn", "before_start", consent.withdrawn_on.isoformat())
            )
    return problems


def parse_custom_value(definition: CustomFieldView, value: str) -> str | None:
    """The stored text of ``value`` for ``definition``, or ``None`` when it does not fit.

    Numbers are stored with a point ("1234.5"), dates as ISO dates, yes/no as "true"/"false"."""
    match definition.field_type:
        case CustomFieldType.TEXT:
            return value if len(value) <= CUSTOM_TEXT_LENGTH else None
        case CustomFieldType.NUMBER:
            if not _DECIMAL.match(value):
                return None
            normal = value.replace(".", "").replace(",", ".") if "," in value else value
            try:
                return str(Decimal(normal))
            except InvalidOperation:
                return None
        case CustomFieldType.DATE:
            return _parse_date(value)
        case CustomFieldType.YES_NO:
            lowered = value.casefold()
            if lowered in {"1", "ja", "j", "yes", "x", "true", "wahr"}:
                return "true"
            if lowered in {"0", "nein", "n", "no", "false", "falsch"}:
                return "false"
            return None
        case CustomFieldType.CHOICE:
            return value if value in definition.choices else None


def custom_value_text(field_type: CustomFieldType, stored: str) -> str:
    """A stored custom value as a German reader writes it: "ja", "13.10.2028", "1234,5"
    (what an import reads back, too)."""
    if not stored:
        return ""
    match field_type:
        case CustomFieldType.DATE:
            try:
                return format_date(dt.date.fromisoformat(stored))
            except ValueError:
                return stored
        case CustomFieldType.YES_NO:
            return "ja" if stored == "true" else "nein"
        case CustomFieldType.NUMBER:
            return stored.replace(".", ",")
        case _:
            return stored


def _parse_date(value: str) -> str | None:
    try:
        day = parse_date(value)
    except UnreadableDate:
        return None
    return day.isoformat() if day else None


def _custom_problems(
    values: Sequence[tuple[int, str]], definitions: Sequence[CustomFieldView]
) -> list[FieldInvalid]:
    by_id = {definition.id: definition for definition in definitions}
    problems: list[FieldInvalid] = []
    for field_id, value in values:
        definition = by_id.get(field_id)
        if definition is None or not value:
            continue
        if parse_custom_value(definition, value) is None:
            problems.append(
                FieldInvalid(f"custom:{definition.label}", f"custom_{definition.field_type}")
            )
    return problems


# --- reading -----------------------------------------------------------------


def _status(periods: Iterable[tuple[dt.date, dt.date | None]], day: dt.date) -> PersonStatus:
    periods = list(periods)
    if not periods:
        return PersonStatus.NON_MEMBER
    if any(start <= day and (end is None or end >= day) for start, end in periods):
        return PersonStatus.MEMBER
    if all(start > day for start, _end in periods):
        return PersonStatus.NON_MEMBER  # joins later
    return PersonStatus.FORMER


def _current_membership(today: dt.date) -> ColumnElement[bool]:
    return and_(
        Membership.person_id == Person.id,
        Membership.start_date <= today,
        or_(Membership.end_date.is_(None), Membership.end_date >= today),
    )


def _status_condition(status: PersonStatus, today: dt.date) -> ColumnElement[bool]:
    current = exists().where(_current_membership(today))
    past = exists().where(
        Membership.person_id == Person.id,
        Membership.start_date <= today,
    )
    if status is PersonStatus.MEMBER:
        return current
    if status is PersonStatus.FORMER:
        return and_(past, ~current)
    return ~past


SELECTIVE = 2_000
"""A search word with fewer matches than this drives the search (see below)."""


def _search_words(text: str) -> list[str]:
    """The words of a search. Digits typed with spaces ("0711 555 12") are a phone number:
    their run ("071155512") is searched for as well, which only phone numbers match."""
    words = search.query_words(text)
    if len(words) > 1 and all(word.isdigit() for word in words):
        words.append("".join(words)[: search.WORD_LENGTH])
    return words


def _word_match(word: str, *, include_restricted: bool) -> list[ColumnElement[bool]]:
    low, high = search.prefix_bounds(word)
    conditions = [PersonSearchWord.word >= low, PersonSearchWord.word < high]
    if not include_restricted:
        conditions.append(PersonSearchWord.restricted.is_(False))
    return conditions


def _search_conditions(
    session: Session, words: list[str], *, include_restricted: bool
) -> list[ColumnElement[bool]]:
    """Every word must start a word of the person.

    When one word is rare (fewer than :data:`SELECTIVE` matches, counted with a bounded
    index scan), it picks the candidates and the others are checked per candidate. When
    every word is common ("0711", "example"), each becomes an id set the database
    intersects: checking a common word per candidate would cost more than the set.
    """
    if not words:
        return []
    matches = {word: _word_match(word, include_restricted=include_restricted) for word in words}
    if len(words) > 1:
        counts = {
            word: session.scalar(
                select(func.count()).select_from(
                    select(PersonSearchWord.person_id).where(*match).limit(SELECTIVE).subquery()
                )
            )
            or 0
            for word, match in matches.items()
        }
        driver = min(words, key=lambda word: counts[word])
        if counts[driver] < SELECTIVE:
            return [
                Person.id.in_(select(PersonSearchWord.person_id).where(*matches[driver])),
                *(
                    exists().where(PersonSearchWord.person_id == Person.id, *matches[word])
                    for word in words
                    if word != driver
                ),
            ]
    return [
        Person.id.in_(select(PersonSearchWord.person_id).where(*match))
        for match in matches.values()
    ]


def _people_query(
    session: Session, actor: Actor, people_filter: PeopleFilter, today: dt.date
) -> Select[Any]:
    query = select(Person.id).where(Person.anonymised_on.is_(None))
    if not people_filter.include_blocked:
        query = query.where(Person.blocked_on.is_(None))
    words = _search_words(people_filter.text)
    full = actor.may(Permission.PEOPLE_READ)
    query = query.where(*_search_conditions(session, words, include_restricted=full))
    if people_filter.status is not None:
        query = query.where(_status_condition(people_filter.status, today))
    if people_filter.group_id is not None:
        query = query.where(
            exists().where(
                GroupPerson.person_id == Person.id, GroupPerson.group_id == people_filter.group_id
            )
        )
    if people_filter.membership_type_id is not None:
        query = query.where(
            exists().where(
                _current_membership(today),
                Membership.membership_type_id == people_filter.membership_type_id,
            )
        )
    if people_filter.consent is not None:
        query = query.where(consent_holds(people_filter.consent, today))
    return query


def consent_holds(purpose: ConsentPurpose, today: dt.date) -> ColumnElement[bool]:
    """SQL: the person's consent for ``purpose`` holds on ``today``."""
    return exists().where(
        Consent.person_id == Person.id,
        Consent.purpose == purpose,
        Consent.granted_on <= today,
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > today),
    )


def _member_since(today: dt.date) -> ColumnElement[dt.date]:
    """SQL: the start of the membership period that covers ``today``."""
    return (
        select(func.min(Membership.start_date)).where(_current_membership(today)).scalar_subquery()
    )


_ICU_ROOT = "und-x-icu"
"""PostgreSQL's Unicode root collation (Ä with A): there whenever the server has ICU."""


def _text_order(session: Session, column: ColumnElement[str]) -> ColumnElement[Any]:
    """``column`` in German dictionary order: SQLite gets the program's collation
    (db.engine.GERMAN), PostgreSQL its ICU root collation, or else the database's own."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return column.collate(GERMAN)
    has_icu = connection.info.get(_ICU_ROOT)
    if has_icu is None:
        found = connection.execute(
            select(literal(1)).where(
                text("EXISTS (SELECT 1 FROM pg_collation WHERE collname = :n)")
            ),
            {"n": _ICU_ROOT},
        ).first()
        has_icu = connection.info[_ICU_ROOT] = found is not None
    return column.collate(_ICU_ROOT) if has_icu else func.lower(column)


def _sort_columns(session: Session, sort: PeopleSort, today: dt.date) -> list[ColumnElement[Any]]:
    def words(column: Any) -> ColumnElement[Any]:
        return _text_order(session, column)

    match sort:
        case PeopleSort.NAME:
            return [words(Person.last_name), words(Person.first_name)]
        case PeopleSort.ADDRESS:
            return [Person.postal_code.expression, words(Person.city), words(Person.street)]
        case PeopleSort.EMAIL:
            return [func.lower(Person.email)]
        case PeopleSort.PHONE:
            return [Person.phone.expression]
        case PeopleSort.MEMBER_SINCE:
            return [_member_since(today)]
        case PeopleSort.MEMBERSHIP_TYPE:
            type_name = (
                select(func.min(MembershipType.name))
                .join(Membership, Membership.membership_type_id == MembershipType.id)
                .where(_current_membership(today))
                .scalar_subquery()
            )
            return [type_name]


@service(Permission.PEOPLE_BASIC_READ)
def find_people(
    session: Session,
    actor: Actor,
    people_filter: PeopleFilter,
    *,
    today: dt.date,
    sort: PeopleSort = PeopleSort.NAME,
    descending: bool = False,
) -> list[int]:
    """The ids of the people ``people_filter`` selects, in table order.

    Roles without ``PEOPLE_READ`` search names and phone numbers only.
    """
    query = _people_query(session, actor, people_filter, today)
    columns = [*_sort_columns(session, sort, today), Person.id]
    if descending:
        query = query.order_by(*(column.desc() for column in columns))
    else:
        query = query.order_by(*columns)
    return list(session.scalars(query))


@service(Permission.PEOPLE_BASIC_READ)
def count_people(
    session: Session, actor: Actor, people_filter: PeopleFilter, *, today: dt.date
) -> int:
    query = _people_query(session, actor, people_filter, today)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


@service(Permission.PEOPLE_BASIC_READ)
def people_rows(
    session: Session, actor: Actor, ids: Sequence[int], *, today: dt.date
) -> list[PersonRow]:
    """The table rows of ``ids``, in that order (people deleted meanwhile are left out)."""
    if not ids:
        return []
    people = session.scalars(
        select(Person)
        .where(Person.id.in_(ids))
        .options(selectinload(Person.memberships).selectinload(Membership.membership_type))
    ).all()
    full = actor.may(Permission.PEOPLE_READ)
    rows: dict[int, PersonRow] = {}
    for person in people:
        periods = [(m.start_date, m.end_date) for m in person.memberships]
        current = [
            m
            for m in person.memberships
            if m.start_date <= today and (m.end_date is None or m.end_date >= today)
        ]
        latest = person.memberships[-1] if person.memberships else None
        shown = current[0] if current else latest
        rows[person.id] = PersonRow(
            id=person.id,
            first_name=person.first_name,
            last_name=person.last_name,
            street=person.street if full else "",
            postal_code=person.postal_code if full else "",
            city=person.city if full else "",
            email=person.email if full else "",
            phone=person.phone,
            mobile=person.mobile,
            status=_status(periods, today),
            member_since=shown.start_date if shown else None,
            member_until=shown.end_date if shown else None,
            membership_type=(shown.membership_type.name if shown and shown.membership_type else ""),
            blocked=person.blocked_on is not None,
        )
    return [rows[person_id] for person_id in ids if person_id in rows]


def _custom_field_views(session: Session) -> list[CustomFieldView]:
    definitions = session.scalars(
        select(CustomFieldDefinition).order_by(
            CustomFieldDefinition.position, CustomFieldDefinition.id
        )
    )
    return [
        CustomFieldView(
            id=d.id,
            key=d.key,
            label=d.label,
            field_type=d.field_type,
            choices=tuple(line.strip() for line in d.choices.splitlines() if line.strip()),
        )
        for d in definitions
    ]


@service(Permission.PEOPLE_BASIC_READ)
def people_choices(session: Session, actor: Actor) -> PeopleChoices:
    groups = session.execute(select(Group.id, Group.name).order_by(func.lower(Group.name)))
    types = session.execute(
        select(MembershipType.id, MembershipType.name).order_by(MembershipType.name)
    )
    return PeopleChoices(
        groups=tuple(Choice(id, name) for id, name in groups),
        membership_types=tuple(Choice(id, name) for id, name in types),
        custom_fields=tuple(_custom_field_views(session)),
    )


def _load(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.anonymised_on is not None:
        raise NotFound("person", str(person_id))
    return person


def detail_of(person: Person) -> PersonDetail:
    """The view of a loaded person (for services of other areas, too)."""
    return PersonDetail(
        id=person.id,
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
        memberships=tuple(
            MembershipView(
                id=m.id,
                start_date=m.start_date,
                end_date=m.end_date,
                membership_type_id=m.membership_type_id,
                membership_type=m.membership_type.name if m.membership_type else "",
            )
            for m in sorted(person.memberships, key=lambda m: m.start_date)
        ),
        group_ids=tuple(sorted(link.group_id for link in person.group_links)),
        custom_values=tuple(
            sorted((value.field_id, value.value) for value in person.custom_values)
        ),
        consents=tuple(
            ConsentView(
                id=c.id,
                purpose=c.purpose,
                granted_on=c.granted_on,
                text_version=c.text_version,
                source=c.source,
                withdrawn_on=c.withdrawn_on,
            )
            for c in sorted(person.consents, key=lambda c: (c.purpose, c.granted_on, c.id))
        ),
        blocked_on=person.blocked_on,
        anonymised_on=person.anonymised_on,
        version=person.version,
    )


@service(Permission.PEOPLE_READ)
def get_person(session: Session, actor: Actor, person_id: int) -> PersonDetail:
    return detail_of(_load(session, person_id))


# --- writing -----------------------------------------------------------------


def _check(session: Session, draft: PersonDraft, today: dt.date) -> PersonDraft:
    cleaned = clean_draft(draft)
    problems = person_problems(cleaned, today, _custom_field_views(session))
    if problems:
        raise problems[0]
    known_groups = set(session.scalars(select(Group.id).where(Group.id.in_(cleaned.group_ids))))
    for group_id in cleaned.group_ids:
        if group_id not in known_groups:
            raise NotFound("group", str(group_id))
    type_ids = {m.membership_type_id for m in cleaned.memberships} - {None}
    known_types = set(
        session.scalars(select(MembershipType.id).where(MembershipType.id.in_(type_ids)))
    )
    for type_id in type_ids:
        if type_id not in known_types:
            raise NotFound("membership_type", str(type_id))
    return cleaned


def likely_duplicates(
    session: Session, draft: PersonDraft, *, exclude_id: int | None = None
) -> list[int]:
    """Ids of people who are probably ``draft`` already: the same name and birth date, or
    the same e-mail address (case does not matter)."""
    # lower() on both sides: the database's idea of case (SQLite folds ASCII only).
    same_name = and_(
        func.lower(Person.first_name) == func.lower(literal(draft.first_name)),
        func.lower(Person.last_name) == func.lower(literal(draft.last_name)),
    )
    conditions: list[ColumnElement[bool]] = []
    if draft.birth_date is not None:
        conditions.append(and_(same_name, Person.birth_date == draft.birth_date))
    else:
        conditions.append(and_(same_name, Person.birth_date.is_(None)))
    if draft.email:
        conditions.append(func.lower(Person.email) == func.lower(literal(draft.email)))
    query = select(Person.id).where(or_(*conditions), Person.anonymised_on.is_(None))
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    return list(session.scalars(query.order_by(Person.id)))


def _apply(session: Session, person: Person, draft: PersonDraft) -> None:
    person.first_name = draft.first_name
    person.last_name = draft.last_name
    person.street = draft.street
    person.postal_code = draft.postal_code
    person.city = draft.city
    person.email = draft.email
    person.phone = draft.phone
    person.mobile = draft.mobile
    person.birth_date = draft.birth_date
    person.notes = draft.notes
    _sync_memberships(person, draft.memberships)
    _sync_consents(person, draft.consents)
    existing_links = {link.group_id: link for link in person.group_links}
    for group_id, link in existing_links.items():
        if group_id not in draft.group_ids:
            person.group_links.remove(link)
    for group_id in draft.group_ids:
        if group_id not in existing_links:
            person.group_links.append(GroupPerson(group_id=group_id))
    _sync_custom_values(session, person, draft.custom_values)


def _sync_memberships(person: Person, drafts: Sequence[MembershipDraft]) -> None:
    by_id = {m.id: m for m in person.memberships}
    kept: set[int] = set()
    for draft in drafts:
        row = by_id.get(draft.id) if draft.id is not None else None
        if row is None:
            row = Membership()
            person.memberships.append(row)
        else:
            kept.add(row.id)
        row.start_date = draft.start_date
        row.end_date = draft.end_date
        row.membership_type_id = draft.membership_type_id
    for membership_id, row in by_id.items():
        if membership_id not in kept:
            person.memberships.remove(row)


def _sync_consents(person: Person, drafts: Sequence[ConsentDraft]) -> None:
    by_id = {c.id: c for c in person.consents}
    kept: set[int] = set()
    for draft in drafts:
        row = by_id.get(draft.id) if draft.id is not None else None
        if row is None:
            row = Consent()
            person.consents.append(row)
        else:
            kept.add(row.id)
        row.purpose = draft.purpose
        row.granted_on = draft.granted_on
        row.text_version = draft.text_version
        row.source = draft.source
        row.withdrawn_on = draft.withdrawn_on
    for consent_id, row in by_id.items():
        if consent_id not in kept:
            person.consents.remove(row)


def _sync_custom_values(
    session: Session, person: Person, values: Sequence[tuple[int, str]]
) -> None:
    definitions = {d.id: d for d in _custom_field_views(session)}
    stored = {value.field_id: value for value in person.custom_values}
    wanted: dict[int, str] = {}
    for field_id, raw in values:
        definition = definitions.get(field_id)
        if definition is None:
            raise NotFound("custom_field", str(field_id))
        parsed = parse_custom_value(definition, raw) if raw else ""
        if parsed:
            wanted[field_id] = parsed
    for field_id, row in stored.items():
        if field_id not in wanted:
            person.custom_values.remove(row)
    for field_id, value in wanted.items():
        if field_id in stored:
            stored[field_id].value = value
        else:
            person.custom_values.append(CustomFieldValue(field_id=field_id, value=value))


@service(Permission.PEOPLE_WRITE)
def create_person(
    session: Session,
    actor: Actor,
    draft: PersonDraft,
    *,
    today: dt.date,
    allow_duplicate: bool = False,
) -> PersonDetail:
    """Add a person. Raises :class:`FieldInvalid` for bad input and
    :class:`DuplicatePerson` when someone likely the same exists (unless allowed)."""
    cleaned = _check(session, draft, today)
    if not allow_duplicate and (twins := likely_duplicates(session, cleaned)):
        twin = session.get_one(Person, twins[0])
        raise DuplicatePerson(twin.id, twin.full_name)
    person = Person()
    _apply(session, person, cleaned)
    session.add(person)
    session.flush()
    return detail_of(person)


@service(Permission.PEOPLE_WRITE)
def update_person(
    session: Session,
    actor: Actor,
    person_id: int,
    draft: PersonDraft,
    *,
    today: dt.date,
    expected_version: int = 0,
) -> PersonDetail:
    """Save the form of a person loaded at ``expected_version`` (0: unchecked)."""
    person = _load(session, person_id)
    if expected_version:
        check_version(person, expected_version, entity="person")
    cleaned = _check(session, draft, today)
    _apply(session, person, cleaned)
    # Memberships, consents and groups are rows of their own; touching the person makes
    # every save raise its version, so a concurrent edit of any of them is noticed.
    person.updated_at = utcnow()
    session.flush()
    return detail_of(person)


@service(Permission.PEOPLE_WRITE)
def end_membership(
    session: Session, actor: Actor, person_id: int, end_date: dt.date
) -> PersonDetail:
    """The person leaves the association on ``end_date``: the open membership period
    ends; nothing is deleted."""
    person = _load(session, person_id)
    open_periods = [m for m in person.memberships if m.end_date is None]
    if not open_periods:
        raise FieldInvalid("membership_end", "no_open_membership")
    period = open_periods[-1]
    if end_date < period.start_date:
        raise FieldInvalid("membership_end", "before_start", end_date.isoformat())
    period.end_date = end_date
    person.updated_at = utcnow()
    session.flush()
    return detail_of(person)


@service(Permission.PEOPLE_WRITE)
def delete_person(
    session: Session, actor: Actor, person_id: int, *, now: dt.datetime | None = None
) -> TrashEntryView:
    """Move a person entered by mistake to the bin (restorable for 30 days)."""
    person = _load(session, person_id)
    return move_to_trash(session, actor, person, summary=person.full_name, now=now)
