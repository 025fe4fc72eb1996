"""The member list for the board or for the members (the data; the PDF is
``reports.members``).

Who is on it: everyone whose membership covers the day of printing, not blocked, not
anonymised, sorted by last and first name. Consents are honoured (Art. 6/7 DSGVO):

- a list *for the members* (``for_members``) holds only people whose consent to share the
  member list holds, and shows only public groups;
- the birthday column shows a birthday only where the birthday-list consent holds.
"""

from __future__ import annotations

import datetime as dt
import enum
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from quartierstreff.db.models import (
    AuditAction,
    ConsentPurpose,
    GroupPerson,
    Membership,
    Person,
)
from quartierstreff.services import audit
from quartierstreff.services.centre import centre_name
from quartierstreff.services.people import consent_holds
from quartierstreff.services.security import Actor, Permission, service


class MemberListColumn(enum.StrEnum):
    """The columns one may choose; the name is always there. In printing order."""

    ADDRESS = "address"
    EMAIL = "email"
    PHONE = "phone"
    MEMBER_SINCE = "member_since"
    MEMBERSHIP_TYPE = "membership_type"
    BIRTHDAY = "birthday"
    GROUPS = "groups"


DEFAULT_COLUMNS = frozenset(
    {
        MemberListColumn.ADDRESS,
        MemberListColumn.EMAIL,
        MemberListColumn.PHONE,
        MemberListColumn.MEMBER_SINCE,
    }
)


@dataclass(frozen=True, slots=True)
class MemberListOptions:
    columns: frozenset[MemberListColumn] = field(default=DEFAULT_COLUMNS)
    for_members: bool = False
    """A list to be shared with the members: only people who agreed to appear on it."""


@dataclass(frozen=True, slots=True)
class MemberListEntry:
    """One member. Fields of columns not chosen are empty."""

    person_id: int
    first_name: str
    last_name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    member_since: dt.date | None = None
    membership_type: str = ""
    birthday: dt.date | None = None
    """The birth date, only where the birthday-list consent holds (print day and month)."""
    groups: tuple[str, ...] = ()

    @property
    def sort_name(self) -> str:
        return ", ".join(part for part in (self.last_name, self.first_name) if part)


@dataclass(frozen=True, slots=True)
class MemberListView:
    centre_name: str
    as_of: dt.date
    columns: tuple[MemberListColumn, ...]
    """The chosen columns in printing order."""
    for_members: bool
    entries: tuple[MemberListEntry, ...]
    left_out: int = 0
    """Members not on a list for the members because their consent does not hold."""


@service(Permission.PEOPLE_READ)
def member_list(
    session: Session, actor: Actor, options: MemberListOptions, today: dt.date
) -> MemberListView:
    """The current members as ``options`` asks; recorded in the audit trail as an export
    (a list of personal data leaves the program)."""
    current = exists().where(
        Membership.person_id == Person.id,
        Membership.start_date <= today,
        or_(Membership.end_date.is_(None), Membership.end_date >= today),
    )
    members = select(Person.id).where(
        Person.anonymised_on.is_(None), Person.blocked_on.is_(None), current
    )
    left_out = 0
    if options.for_members:
        shared = consent_holds(ConsentPurpose.MEMBER_LIST, today)
        left_out = (
            session.scalar(select(func.count()).select_from(members.where(~shared).subquery())) or 0
        )
        members = members.where(shared)
    chosen = options.columns
    birthday_ok = consent_holds(ConsentPurpose.BIRTHDAY_LIST, today).label("birthday_ok")
    query = (
        select(Person, birthday_ok)
        .where(Person.id.in_(members))
        .options(selectinload(Person.memberships).selectinload(Membership.membership_type))
    )
    if MemberListColumn.GROUPS in chosen:
        query = query.options(selectinload(Person.group_links).selectinload(GroupPerson.group))
    entries = sorted(
        (
            _entry(person, bool(may_show_birthday), chosen, today, public_only=options.for_members)
            for person, may_show_birthday in session.execute(query)
        ),
        key=lambda entry: (_fold(entry.last_name), _fold(entry.first_name), entry.person_id),
    )
    columns = tuple(column for column in MemberListColumn if column in chosen)
    audit.record(
        session,
        actor,
        AuditAction.EXPORT,
        "person",
        "",
        summary=(
            f"Mitgliederliste{' für Mitglieder' if options.for_members else ''} "
            f"mit {len(entries)} Personen"
        ),
    )
    return MemberListView(
        centre_name=centre_name(session),
        as_of=today,
        columns=columns,
        for_members=options.for_members,
        entries=tuple(entries),
        left_out=left_out,
    )


def _fold(name: str) -> str:
    """The sort key of a name as in a German phone book: Ä with A, ß as ss, no case."""
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def _entry(
    person: Person,
    may_show_birthday: bool,
    chosen: frozenset[MemberListColumn],
    today: dt.date,
    *,
    public_only: bool,
) -> MemberListEntry:
    current = [
        m
        for m in person.memberships
        if m.start_date <= today and (m.end_date is None or m.end_date >= today)
    ]
    period = current[0] if current else None
    address = MemberListColumn.ADDRESS in chosen
    phone = MemberListColumn.PHONE in chosen
    groups: tuple[str, ...] = ()
    if MemberListColumn.GROUPS in chosen:
        shown = [
            link.group.name
            for link in person.group_links
            if link.group.is_public or not public_only
        ]
        groups = tuple(sorted(shown, key=str.casefold))
    return MemberListEntry(
        person_id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        street=person.street if address else "",
        postal_code=person.postal_code if address else "",
        city=person.city if address else "",
        email=person.email if MemberListColumn.EMAIL in chosen else "",
        phone=person.phone if phone else "",
        mobile=person.mobile if phone else "",
        member_since=(
            period.start_date if period and MemberListColumn.MEMBER_SINCE in chosen else None
        ),
        membership_type=(
            period.membership_type.name
            if period and period.membership_type and MemberListColumn.MEMBERSHIP_TYPE in chosen
            else ""
        ),
        birthday=(
            person.birth_date if may_show_birthday and MemberListColumn.BIRTHDAY in chosen else None
        ),
        groups=groups,
    )
