"""People, memberships, groups, partner organisations and consents."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    insert,
    inspect,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from quartierstreff.db import search
from quartierstreff.db.base import (
    Base,
    Email,
    IntPk,
    LongText,
    Name,
    OptionalStr,
    Phone,
    ShortStr,
    TimestampMixin,
    str_enum,
)

if TYPE_CHECKING:
    from quartierstreff.db.models.rooms import Room


class Person(TimestampMixin, Base):
    """Anyone the centre works with: members, contact persons, participants."""

    __tablename__ = "persons"

    id: Mapped[IntPk]
    first_name: Mapped[Name]
    last_name: Mapped[Name]
    street: Mapped[OptionalStr]
    postal_code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    city: Mapped[OptionalStr]
    email: Mapped[Email]
    phone: Mapped[Phone]
    mobile: Mapped[Phone]
    birth_date: Mapped[dt.date | None]
    notes: Mapped[LongText]
    # Privacy (Art. 17 DSGVO): blocked records are hidden from normal use but kept
    # for the retention period; anonymised records have lost their names for good.
    blocked_on: Mapped[dt.date | None]
    anonymised_on: Mapped[dt.date | None]

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Membership.start_date"
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    custom_values: Mapped[list[CustomFieldValue]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    group_links: Mapped[list[GroupPerson]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_persons_name", "last_name", "first_name"),
        CheckConstraint("first_name <> '' OR last_name <> ''", name="has_name"),
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def search_words(self) -> tuple[set[str], set[str]]:
        """(words everyone may search by: names and phone numbers, words only roles that
        see addresses may search by)."""
        return person_search_words({name: getattr(self, name) for name in SEARCHED_FIELDS})


SEARCHED_FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "mobile",
    "street",
    "postal_code",
    "city",
    "email",
)
"""The columns of ``persons`` a search looks at; the word index follows their changes."""


def person_search_words(fields: Mapping[str, str | None]) -> tuple[set[str], set[str]]:
    """The search words of a person given as {column: value}, split like
    :meth:`Person.search_words`."""

    def values(*names: str) -> list[str]:
        return [fields.get(name) or "" for name in names]

    phones = values("phone", "mobile")
    basic = search.index_words([*values("first_name", "last_name"), *phones], phones)
    full = search.index_words(values("street", "postal_code", "city", "email")) - basic
    return basic, full


class PersonSearchWord(Base):
    """One word a person is found by (see ``quartierstreff.db.search``).

    Derived data, written by the mapper events below (and by bulk imports through
    :func:`write_search_words`); never edited.
    """

    __tablename__ = "person_search_words"

    # Binary order on both databases, so that a prefix is a contiguous range of the index.
    word: Mapped[str] = mapped_column(
        String(search.WORD_LENGTH).with_variant(
            String(search.WORD_LENGTH, collation="C"), "postgresql"
        ),
        primary_key=True,
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    restricted: Mapped[bool] = mapped_column(default=False, server_default="0")
    """True for words from the address and e-mail, which the Ehrenamt role cannot see."""


def write_search_words(
    connection: Connection, person_id: int, words: tuple[set[str], set[str]]
) -> None:
    """Replace the index words of one person."""
    table = PersonSearchWord.__table__
    assert isinstance(table, Table)
    connection.execute(table.delete().where(table.c.person_id == person_id))
    basic, full = words
    rows = [{"word": w, "person_id": person_id, "restricted": False} for w in basic]
    rows += [{"word": w, "person_id": person_id, "restricted": True} for w in full]
    if rows:
        connection.execute(insert(table), rows)


@event.listens_for(Person, "after_insert")
def _index_new_person(_mapper: Mapper[Person], connection: Connection, person: Person) -> None:
    write_search_words(connection, person.id, person.search_words())


@event.listens_for(Person, "after_update")
def _reindex_person(_mapper: Mapper[Person], connection: Connection, person: Person) -> None:
    state = inspect(person)
    if any(state.attrs[name].history.has_changes() for name in SEARCHED_FIELDS):
        write_search_words(connection, person.id, person.search_words())


class MembershipType(Base):
    __tablename__ = "membership_types"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    annual_fee: Mapped[Decimal | None]

    __table_args__ = (CheckConstraint("annual_fee >= 0", name="fee_not_negative"),)


class Membership(Base):
    """One membership period; a person who leaves and rejoins has two."""

    __tablename__ = "memberships"

    id: Mapped[IntPk]
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    membership_type_id: Mapped[int | None] = mapped_column(
        ForeignKey("membership_types.id", ondelete="RESTRICT")
    )
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]

    person: Mapped[Person] = relationship(back_populates="memberships")
    membership_type: Mapped[MembershipType | None] = relationship()

    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period_ordered"),
    )


class CustomFieldType(enum.StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    YES_NO = "yes_no"
    CHOICE = "choice"


class CustomFieldDefinition(Base):
    """A field the centre defines for people in Einstellungen."""

    __tablename__ = "custom_field_definitions"

    id: Mapped[IntPk]
    key: Mapped[ShortStr] = mapped_column(unique=True)
    label: Mapped[Name]
    field_type: Mapped[CustomFieldType] = mapped_column(
        str_enum(CustomFieldType, "custom_field_type")
    )
    choices: Mapped[LongText]  # one choice per line, for CHOICE fields
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class CustomFieldValue(Base):
    __tablename__ = "custom_field_values"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field_definitions.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[str] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="custom_values")
    field: Mapped[CustomFieldDefinition] = relationship()


group_rooms = Table(
    "group_rooms",
    Base.metadata,
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("room_id", ForeignKey("rooms.id", ondelete="CASCADE"), primary_key=True),
)


class Group(TimestampMixin, Base):
    """A group or initiative that meets at the centre and books its rooms."""

    __tablename__ = "groups"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    description: Mapped[LongText]
    is_public: Mapped[bool] = mapped_column(default=True, server_default="1")
    email: Mapped[Email]
    active_until: Mapped[dt.date | None]

    person_links: Mapped[list[GroupPerson]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )
    usual_rooms: Mapped[list[Room]] = relationship(secondary=group_rooms)


class GroupPerson(Base):
    """A person in a group; ``is_contact`` marks the group's contact persons."""

    __tablename__ = "group_persons"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    is_contact: Mapped[bool] = mapped_column(default=False, server_default="0")

    group: Mapped[Group] = relationship(back_populates="person_links")
    person: Mapped[Person] = relationship(back_populates="group_links")


class PartnerKind(enum.StrEnum):
    MUNICIPALITY = "municipality"
    FUNDER = "funder"
    SCHOOL = "school"
    CHURCH = "church"
    ASSOCIATION = "association"
    BUSINESS = "business"
    OTHER = "other"


class PartnerOrganisation(TimestampMixin, Base):
    __tablename__ = "partner_organisations"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    kind: Mapped[PartnerKind] = mapped_column(str_enum(PartnerKind, "partner_kind"))
    street: Mapped[OptionalStr]
    postal_code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    city: Mapped[OptionalStr]
    email: Mapped[Email]
    phone: Mapped[Phone]
    website: Mapped[OptionalStr]
    notes: Mapped[LongText]

    contacts: Mapped[list[PartnerContact]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )


class PartnerContact(Base):
    __tablename__ = "partner_contacts"

    id: Mapped[IntPk]
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("partner_organisations.id", ondelete="CASCADE")
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    function: Mapped[OptionalStr]  # e.g. "Quartiersmanagement"

    organisation: Mapped[PartnerOrganisation] = relationship(back_populates="contacts")
    person: Mapped[Person] = relationship()

    __table_args__ = (UniqueConstraint("organisation_id", "person_id"),)


class ConsentPurpose(enum.StrEnum):
    PHOTOS_WEB = "photos_web"
    PHOTOS_PRINT = "photos_print"
    NEWSLETTER = "newsletter"
    BIRTHDAY_LIST = "birthday_list"
    MEMBER_LIST = "member_list"


class Consent(Base):
    """Consent for one purpose (Art. 7 DSGVO): when, which text, how, and its withdrawal."""

    __tablename__ = "consents"

    id: Mapped[IntPk]
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[ConsentPurpose] = mapped_column(str_enum(ConsentPurpose, "consent_purpose"))
    granted_on: Mapped[dt.date]
    text_version: Mapped[ShortStr]
    source: Mapped[OptionalStr]  # e.g. "Aufnahmeantrag (Papier)"
    withdrawn_on: Mapped[dt.date | None]

    person: Mapped[Person] = relationship(back_populates="consents")

    __table_args__ = (
        CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= granted_on", name="withdrawal_after_grant"
        ),
    )


class PrivacyRequestKind(enum.StrEnum):
    ACCESS = "access"  # Art. 15 DSGVO
    ERASURE = "erasure"  # Art. 17 DSGVO


class PrivacyRequest(TimestampMixin, Base):
    """A request under the DSGVO, to be answered within one month (Art. 12 (3))."""

    __tablename__ = "privacy_requests"

    id: Mapped[IntPk]
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    person_name: Mapped[Name]  # as it was when the request came in
    kind: Mapped[PrivacyRequestKind] = mapped_column(
        str_enum(PrivacyRequestKind, "privacy_request_kind")
    )
    received_on: Mapped[dt.date]
    due_on: Mapped[dt.date]
    answered_on: Mapped[dt.date | None]
    notes: Mapped[LongText]

    person: Mapped[Person | None] = relationship()

    __table_args__ = (
        CheckConstraint("due_on >= received_on", name="due_after_received"),
        CheckConstraint("answered_on IS NULL OR answered_on >= received_on", name="answer_after"),
    )
