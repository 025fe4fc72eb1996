"""Rooms, bookings, recurring series with per-date exceptions, holiday periods.

Wall-clock times of bookings are stored as naive local times (the centre's own
time zone): a weekly group meets at 15:00 in summer and in winter.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    UniqueConstraint,
)
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


room_parts = Table(
    "room_parts",
    Base.metadata,
    Column("whole_id", ForeignKey("rooms.id", ondelete="CASCADE"), primary_key=True),
    Column("part_id", ForeignKey("rooms.id", ondelete="CASCADE"), primary_key=True),
    CheckConstraint("whole_id <> part_id", name="not_self"),
)
"""Linked spaces: booking the whole hall blocks its parts and the other way round."""


class Room(TimestampMixin, Base):
    __tablename__ = "rooms"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    symbol: Mapped[str] = mapped_column(String(8), unique=True)
    capacity: Mapped[int | None]
    equipment: Mapped[LongText]  # one item per line: Beamer, Küche, Klavier …
    accessible: Mapped[bool] = mapped_column(default=False, server_default="0")
    opens_at: Mapped[dt.time | None]
    closes_at: Mapped[dt.time | None]
    # The weekdays the room is open, as digits 0 (Monday) … 6 (Sunday): "01234" = Mo–Fr.
    open_days: Mapped[str] = mapped_column(String(7), default="01234", server_default="01234")
    colour: Mapped[str] = mapped_column(String(9), default="", server_default="")
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    is_active: Mapped[bool] = mapped_column(default=True, server_default="1")
    notes: Mapped[LongText]

    parts: Mapped[list[Room]] = relationship(
        secondary=room_parts,
        primaryjoin=lambda: Room.id == room_parts.c.whole_id,
        secondaryjoin=lambda: Room.id == room_parts.c.part_id,
        back_populates="wholes",
    )
    wholes: Mapped[list[Room]] = relationship(
        secondary=room_parts,
        primaryjoin=lambda: Room.id == room_parts.c.part_id,
        secondaryjoin=lambda: Room.id == room_parts.c.whole_id,
        back_populates="parts",
    )

    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        CheckConstraint("symbol <> ''", name="symbol_not_empty"),
    )


series_rooms = Table(
    "booking_series_rooms",
    Base.metadata,
    Column("series_id", ForeignKey("booking_series.id", ondelete="CASCADE"), primary_key=True),
    Column("room_id", ForeignKey("rooms.id", ondelete="RESTRICT"), primary_key=True, index=True),
)

booking_rooms = Table(
    "booking_rooms",
    Base.metadata,
    Column("booking_id", ForeignKey("bookings.id", ondelete="CASCADE"), primary_key=True),
    Column("room_id", ForeignKey("rooms.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class BookingSeries(TimestampMixin, Base):
    """A recurring booking, stored as an RFC 5545 rule plus per-date exceptions.

    Occurrences are computed with dateutil's rrule, never stored as copied rows.
    """

    __tablename__ = "booking_series"

    id: Mapped[IntPk]
    title: Mapped[Name]
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    responsible_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    is_public: Mapped[bool] = mapped_column(default=True, server_default="1")
    expected_people: Mapped[int | None]
    notes: Mapped[LongText]
    first_date: Mapped[dt.date]
    start_time: Mapped[dt.time]
    end_time: Mapped[dt.time]
    rrule: Mapped[str] = mapped_column(String(500))  # e.g. "FREQ=MONTHLY;BYDAY=+1TU"
    until_date: Mapped[dt.date | None]
    occurrence_count: Mapped[int | None]
    skip_public_holidays: Mapped[bool] = mapped_column(default=True, server_default="1")
    skip_school_holidays: Mapped[bool] = mapped_column(default=False, server_default="0")

    rooms: Mapped[list[Room]] = relationship(secondary=series_rooms)
    group: Mapped[Group | None] = relationship()
    contact_person: Mapped[Person | None] = relationship(foreign_keys=[contact_person_id])
    responsible_person: Mapped[Person | None] = relationship(foreign_keys=[responsible_person_id])
    exceptions: Mapped[list[SeriesException]] = relationship(
        back_populates="series",
        cascade="all, delete-orphan",
        order_by="SeriesException.occurrence_date",
        foreign_keys="SeriesException.series_id",
    )

    __table_args__ = (
        CheckConstraint("end_time > start_time", name="time_ordered"),
        CheckConstraint("until_date IS NULL OR until_date >= first_date", name="until_ordered"),
        CheckConstraint("occurrence_count IS NULL OR occurrence_count > 0", name="count_positive"),
        CheckConstraint(
            "expected_people IS NULL OR expected_people >= 0", name="people_not_negative"
        ),
    )


class Booking(TimestampMixin, Base):
    """A one-off booking, or the moved/changed replacement of one series occurrence."""

    __tablename__ = "bookings"

    id: Mapped[IntPk]
    title: Mapped[Name]
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(index=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    responsible_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    is_public: Mapped[bool] = mapped_column(default=True, server_default="1")
    expected_people: Mapped[int | None]
    notes: Mapped[LongText]
    # Private hire
    fee: Mapped[Decimal | None]
    deposit: Mapped[Decimal | None]
    key_handed_out_on: Mapped[dt.date | None]
    key_returned_on: Mapped[dt.date | None]
    # Set when this booking replaces one occurrence of a series.
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("booking_series.id", ondelete="CASCADE"), index=True
    )

    rooms: Mapped[list[Room]] = relationship(secondary=booking_rooms)
    group: Mapped[Group | None] = relationship()
    contact_person: Mapped[Person | None] = relationship(foreign_keys=[contact_person_id])
    responsible_person: Mapped[Person | None] = relationship(foreign_keys=[responsible_person_id])
    series: Mapped[BookingSeries | None] = relationship()

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="time_ordered"),
        CheckConstraint("fee IS NULL OR fee >= 0", name="fee_not_negative"),
        CheckConstraint("deposit IS NULL OR deposit >= 0", name="deposit_not_negative"),
        CheckConstraint(
            "expected_people IS NULL OR expected_people >= 0", name="people_not_negative"
        ),
        Index("ix_bookings_period", "starts_at", "ends_at"),
    )


class SeriesException(Base):
    """One date taken out of a series: cancelled, or replaced by ``replacement``."""

    __tablename__ = "series_exceptions"

    id: Mapped[IntPk]
    series_id: Mapped[int] = mapped_column(ForeignKey("booking_series.id", ondelete="CASCADE"))
    occurrence_date: Mapped[dt.date]
    reason: Mapped[OptionalStr]
    replacement_id: Mapped[int | None] = mapped_column(
        ForeignKey("bookings.id", ondelete="SET NULL")
    )

    series: Mapped[BookingSeries] = relationship(
        back_populates="exceptions", foreign_keys=[series_id]
    )
    replacement: Mapped[Booking | None] = relationship(foreign_keys=[replacement_id])

    __table_args__ = (UniqueConstraint("series_id", "occurrence_date"),)


class PeriodKind(enum.StrEnum):
    SCHOOL_HOLIDAY = "school_holiday"
    CLOSURE = "closure"


class HolidayPeriod(Base):
    """School holidays (editable, the known BW periods shipped as data) and closures."""

    __tablename__ = "holiday_periods"

    id: Mapped[IntPk]
    kind: Mapped[PeriodKind] = mapped_column(str_enum(PeriodKind, "period_kind"))
    name: Mapped[Name]
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date]

    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="period_ordered"),
        UniqueConstraint("kind", "name", "start_date"),
    )
