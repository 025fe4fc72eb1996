"""Meetings with agenda, attendance, minutes, decisions and action items."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quartierstreff.db.base import (
    Base,
    IntPk,
    LongText,
    Name,
    OptionalStr,
    TimestampMixin,
    str_enum,
)

if TYPE_CHECKING:
    from quartierstreff.db.models.people import Group, Person
    from quartierstreff.db.models.rooms import Booking, Room


class MeetingKind(enum.StrEnum):
    BOARD = "board"  # Vorstandssitzung
    GENERAL_ASSEMBLY = "general_assembly"  # Mitgliederversammlung
    PLENARY = "plenary"  # Plenum / offenes Treffen
    GROUP = "group"  # Gruppentreffen
    PUBLIC_EVENT = "public_event"  # öffentliche Veranstaltung


meeting_invitees = Table(
    "meeting_invitees",
    Base.metadata,
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
)


class Meeting(TimestampMixin, Base):
    __tablename__ = "meetings"

    id: Mapped[IntPk]
    kind: Mapped[MeetingKind] = mapped_column(str_enum(MeetingKind, "meeting_kind"))
    title: Mapped[Name]
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime | None]
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"))
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id", ondelete="SET NULL"))
    booking_series_id: Mapped[int | None]
    """The room booking of an event over several days (a series with a date a day).
    Deliberately no foreign key: SQLite cannot drop a column with one without copying
    the table, which would delete the meetings' agenda and minutes (ON DELETE CASCADE);
    a series in the bin keeps its id and comes back under it."""
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), index=True
    )
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    minute_taker_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    location_note: Mapped[OptionalStr]  # where the meeting is not in one of our rooms
    invitation_text: Mapped[LongText]
    minutes_text: Mapped[LongText]  # general remarks before the agenda items
    anonymous_visitors: Mapped[int] = mapped_column(default=0, server_default="0")
    children: Mapped[int] = mapped_column(default=0, server_default="0")
    supervising_adult: Mapped[OptionalStr]
    is_funded_event: Mapped[bool] = mapped_column(default=False, server_default="0")
    funder_line: Mapped[str] = mapped_column(String(300), default="", server_default="")
    """A line for the attendance list of a funded event ("Gefördert durch …")."""
    invitation_sent_on: Mapped[dt.date | None]
    """When the invitation went out: the notice period counts from this day."""

    room: Mapped[Room | None] = relationship()
    booking: Mapped[Booking | None] = relationship()
    group: Mapped[Group | None] = relationship()
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    minute_taker: Mapped[Person | None] = relationship(foreign_keys=[minute_taker_id])
    invitees: Mapped[list[Person]] = relationship(secondary=meeting_invitees)
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("ends_at IS NULL OR ends_at > starts_at", name="time_ordered"),
        CheckConstraint("anonymous_visitors >= 0 AND children >= 0", name="counts_not_negative"),
    )


class AgendaItem(Base):
    __tablename__ = "agenda_items"

    id: Mapped[IntPk]
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int]
    title: Mapped[Name]
    presenter: Mapped[OptionalStr]
    planned_minutes: Mapped[int | None]
    minutes_text: Mapped[LongText]  # the Protokoll of this item

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")

    __table_args__ = (
        Index("ix_agenda_items_meeting_position", "meeting_id", "position"),
        CheckConstraint(
            "planned_minutes IS NULL OR planned_minutes >= 0", name="minutes_not_negative"
        ),
    )


class Attendance(Base):
    """Who was there: a person from the register, or a guest by name."""

    __tablename__ = "attendance"

    id: Mapped[IntPk]
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    guest_name: Mapped[OptionalStr]
    """A guest's last name (or the only name given)."""
    guest_first_name: Mapped[OptionalStr]
    organisation: Mapped[OptionalStr]

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person | None] = relationship()

    __table_args__ = (
        CheckConstraint("person_id IS NOT NULL OR guest_name <> ''", name="person_or_guest"),
        Index(
            "uq_attendance_meeting_person",
            "meeting_id",
            "person_id",
            unique=True,
        ),
    )


class DecisionResult(enum.StrEnum):
    ADOPTED = "adopted"
    REJECTED = "rejected"
    DEFERRED = "deferred"


class Decision(Base):
    """A Beschluss, with the votes as counted."""

    __tablename__ = "decisions"

    id: Mapped[IntPk]
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    text: Mapped[LongText]
    votes_yes: Mapped[int] = mapped_column(default=0, server_default="0")
    votes_no: Mapped[int] = mapped_column(default=0, server_default="0")
    votes_abstain: Mapped[int] = mapped_column(default=0, server_default="0")
    result: Mapped[DecisionResult] = mapped_column(str_enum(DecisionResult, "decision_result"))

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")
    agenda_item: Mapped[AgendaItem | None] = relationship()

    __table_args__ = (
        CheckConstraint(
            "votes_yes >= 0 AND votes_no >= 0 AND votes_abstain >= 0", name="votes_not_negative"
        ),
    )


class ActionItem(Base):
    """A task agreed in a meeting, with owner and due date."""

    __tablename__ = "action_items"

    id: Mapped[IntPk]
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    description: Mapped[LongText]
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    due_date: Mapped[dt.date | None]
    done_on: Mapped[dt.date | None]

    meeting: Mapped[Meeting] = relationship(back_populates="action_items")
    agenda_item: Mapped[AgendaItem | None] = relationship()
    owner: Mapped[Person | None] = relationship()
