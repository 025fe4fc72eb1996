"""The ledger: receipts and income, with attached scans."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, UniqueConstraint
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
    from quartierstreff.db.models.funding import FundingApplication


class EntryKind(enum.StrEnum):
    EXPENSE = "expense"
    INCOME = "income"


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    BANK = "bank"
    CARD = "card"
    OTHER = "other"


class Receipt(TimestampMixin, Base):
    """A Beleg: one entry of the cash book, numbered per year.

    A booked entry is never edited silently: a correction is a new entry that
    points at the one it corrects.
    """

    __tablename__ = "receipts"

    id: Mapped[IntPk]
    year: Mapped[int]
    number: Mapped[int]
    kind: Mapped[EntryKind] = mapped_column(str_enum(EntryKind, "entry_kind"))
    receipt_date: Mapped[dt.date] = mapped_column(index=True)
    counterparty: Mapped[Name]  # payee or payer
    purpose: Mapped[Name]
    amount: Mapped[Decimal]
    payment_date: Mapped[dt.date | None]
    payment_method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, "payment_method"))
    category: Mapped[ShortStr]
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="RESTRICT"), index=True
    )
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id", ondelete="RESTRICT"))
    notes: Mapped[LongText]

    application: Mapped[FundingApplication | None] = relationship()
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="receipt", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("year", "number"),
        # A correction may carry a negative amount; an original entry may not.
        CheckConstraint("amount > 0 OR corrects_id IS NOT NULL", name="amount_positive"),
        CheckConstraint("number > 0", name="number_positive"),
    )


class Attachment(Base):
    """A stored file (receipt scan, PDF). The bytes live in the data directory's
    ``attachments/`` folder under their SHA-256, so a backup contains them."""

    __tablename__ = "attachments"

    id: Mapped[IntPk]
    receipt_id: Mapped[int | None] = mapped_column(
        ForeignKey("receipts.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[Name]
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    description: Mapped[OptionalStr]
    created_at: Mapped[Timestamp]

    receipt: Mapped[Receipt | None] = relationship(back_populates="attachments")

    __table_args__ = (
        CheckConstraint("size >= 0", name="size_not_negative"),
        Index("ix_attachments_sha256", "sha256"),
    )
