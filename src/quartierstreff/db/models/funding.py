"""Funding programmes, applications with sections, finance plan, status history."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quartierstreff.db.base import (
    Base,
    IntPk,
    LongText,
    Name,
    OptionalStr,
    ShortStr,
    Timestamp,
    TimestampMixin,
    str_enum,
)

if TYPE_CHECKING:
    from quartierstreff.db.models.people import Person


class FundingProgramme(TimestampMixin, Base):
    """A programme's rules. The definition file (resources/programmes) is the source;
    the database keeps the copy an application was written against."""

    __tablename__ = "funding_programmes"

    id: Mapped[IntPk]
    key: Mapped[ShortStr] = mapped_column(unique=True)
    name: Mapped[Name]
    funder: Mapped[Name]
    call_date: Mapped[dt.date | None]  # the call the definition follows
    min_grant: Mapped[Decimal | None]
    max_grant: Mapped[Decimal | None]
    max_funding_rate: Mapped[Decimal | None] = mapped_column(Numeric(5, 4))  # 0.8 = 80 %
    definition: Mapped[str] = mapped_column(Text)  # the validated definition, as TOML text
    is_active: Mapped[bool] = mapped_column(default=True, server_default="1")

    __table_args__ = (
        CheckConstraint(
            "min_grant IS NULL OR max_grant IS NULL OR max_grant >= min_grant",
            name="grant_range",
        ),
        CheckConstraint(
            "max_funding_rate IS NULL OR (max_funding_rate > 0 AND max_funding_rate <= 1)",
            name="rate_range",
        ),
    )


class ApplicationStatus(enum.StrEnum):
    IDEA = "idea"
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    IN_PROGRESS = "in_progress"
    REPORTED = "reported"
    CLOSED = "closed"


class FundingApplication(TimestampMixin, Base):
    __tablename__ = "funding_applications"

    id: Mapped[IntPk]
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("funding_programmes.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[Name]
    status: Mapped[ApplicationStatus] = mapped_column(
        str_enum(ApplicationStatus, "application_status"), default=ApplicationStatus.IDEA
    )
    project_start: Mapped[dt.date | None]
    project_end: Mapped[dt.date | None]
    requested_amount: Mapped[Decimal | None]
    approved_amount: Mapped[Decimal | None]
    funder_reference: Mapped[OptionalStr]  # Aktenzeichen of the funder
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    report_due_on: Mapped[dt.date | None]

    programme: Mapped[FundingProgramme] = relationship()
    contact_person: Mapped[Person | None] = relationship()
    sections: Mapped[list[ApplicationSection]] = relationship(
        back_populates="application", cascade="all, delete-orphan"
    )
    plan_lines: Mapped[list[PlanLine]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="PlanLine.position"
    )
    status_history: Mapped[list[StatusChange]] = relationship(
        back_populates="application",
        cascade="all, delete-orphan",
        order_by="StatusChange.changed_on",
    )
    versions: Mapped[list[ApplicationVersion]] = relationship(
        back_populates="application", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[ApplicationAttachment]] = relationship(
        back_populates="application", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint(
            "project_end IS NULL OR project_start IS NULL OR project_end >= project_start",
            name="period_ordered",
        ),
        CheckConstraint(
            "requested_amount IS NULL OR requested_amount >= 0", name="requested_not_negative"
        ),
        CheckConstraint(
            "approved_amount IS NULL OR approved_amount >= 0", name="approved_not_negative"
        ),
    )


class ApplicationSection(Base):
    """One text section of an application, keyed as in the programme definition."""

    __tablename__ = "application_sections"

    id: Mapped[IntPk]
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE")
    )
    key: Mapped[ShortStr]
    body: Mapped[LongText]

    application: Mapped[FundingApplication] = relationship(back_populates="sections")

    __table_args__ = (UniqueConstraint("application_id", "key"),)


class PlanLineKind(enum.StrEnum):
    COST = "cost"
    INCOME = "income"


class PlanLine(Base):
    """A line of the Kosten- und Finanzierungsplan: quantity × unit price."""

    __tablename__ = "plan_lines"

    id: Mapped[IntPk]
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[PlanLineKind] = mapped_column(str_enum(PlanLineKind, "plan_line_kind"))
    category: Mapped[ShortStr]  # a category key of the programme, e.g. "fees", "material"
    description: Mapped[Name]
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3), default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(20), default="", server_default="")
    unit_price: Mapped[Decimal]
    position: Mapped[int] = mapped_column(default=0, server_default="0")

    application: Mapped[FundingApplication] = relationship(back_populates="plan_lines")

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price >= 0", name="price_not_negative"),
    )


class StatusChange(Base):
    __tablename__ = "application_status_changes"

    id: Mapped[IntPk]
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[ApplicationStatus] = mapped_column(
        str_enum(ApplicationStatus, "application_status")
    )
    changed_on: Mapped[dt.date]
    note: Mapped[OptionalStr]

    application: Mapped[FundingApplication] = relationship(back_populates="status_history")


class ApplicationVersion(Base):
    """A kept state of an application: every submission and every explicit save."""

    __tablename__ = "application_versions"

    id: Mapped[IntPk]
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[Timestamp]
    label: Mapped[OptionalStr]
    snapshot: Mapped[str] = mapped_column(Text)  # JSON of sections and plan lines

    application: Mapped[FundingApplication] = relationship(back_populates="versions")


class ApplicationAttachment(Base):
    """Whether one attachment of the programme's checklist (keyed as in the programme
    definition) is provided, with a note ("liegt im Ordner", "kommt nach")."""

    __tablename__ = "application_attachments"

    id: Mapped[IntPk]
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE")
    )
    key: Mapped[ShortStr]
    provided: Mapped[bool] = mapped_column(default=False, server_default="0")
    note: Mapped[OptionalStr]

    application: Mapped[FundingApplication] = relationship(back_populates="attachments")

    __table_args__ = (UniqueConstraint("application_id", "key"),)


class TextBlock(TimestampMixin, Base):
    """Reusable text for applications: about us, our rooms, our groups."""

    __tablename__ = "text_blocks"

    id: Mapped[IntPk]
    title: Mapped[Name] = mapped_column(unique=True)
    body: Mapped[LongText]
