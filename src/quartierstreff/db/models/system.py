"""Users and roles, the audit trail, the centre's profile and stored settings."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from quartierstreff.db.base import (
    Base,
    Email,
    IntPk,
    LongText,
    Name,
    OptionalStr,
    Phone,
    ShortStr,
    Timestamp,
    TimestampMixin,
    str_enum,
)


class Role(enum.StrEnum):
    VOLUNTEER = "volunteer"  # Ehrenamt
    TREASURER = "treasurer"  # Kasse
    COORDINATOR = "coordinator"  # Koordination
    ADMIN = "admin"


class User(TimestampMixin, Base):
    __tablename__ = "users"

    id: Mapped[IntPk]
    username: Mapped[ShortStr] = mapped_column(unique=True)
    display_name: Mapped[Name]
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"))
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2, never clear text
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    is_active: Mapped[bool] = mapped_column(default=True, server_default="1")
    failed_logins: Mapped[int] = mapped_column(default=0, server_default="0")
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # After repeated failures, log-in is refused until then (no password is checked).
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (CheckConstraint("username <> ''", name="username_not_empty"),)


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    LOGIN = "login"
    EXPORT = "export"


class AuditEntry(Base):
    """Who changed what, when. ``changes`` is JSON: {field: [old, new]}."""

    __tablename__ = "audit_log"

    id: Mapped[IntPk]
    at: Mapped[Timestamp] = mapped_column(index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    username: Mapped[ShortStr]  # kept when the user is deleted
    action: Mapped[AuditAction] = mapped_column(str_enum(AuditAction, "audit_action"))
    entity: Mapped[ShortStr]
    entity_id: Mapped[ShortStr]
    summary: Mapped[OptionalStr]
    changes: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class TrashEntry(Base):
    """A deleted record with everything deleted along with it, restorable for 30 days.

    ``payload`` is JSON: ``{"rows": [[table, {column: value}], ...], "links": [[table,
    key, column, value], ...]}`` — the rows in insertion order (parents first), and the
    references from other rows that the delete set to NULL."""

    __tablename__ = "trash"

    id: Mapped[IntPk]
    deleted_at: Mapped[Timestamp] = mapped_column(index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    username: Mapped[ShortStr]
    entity: Mapped[ShortStr]
    entity_id: Mapped[ShortStr]
    summary: Mapped[OptionalStr]
    payload: Mapped[str] = mapped_column(Text)
    restored_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class CentreProfile(TimestampMixin, Base):
    """The centre itself: one row (id = 1), printed on every letterhead."""

    __tablename__ = "centre_profile"

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[Name]
    street: Mapped[OptionalStr]
    postal_code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    city: Mapped[OptionalStr]
    email: Mapped[Email]
    phone: Mapped[Phone]
    website: Mapped[OptionalStr]
    legal_form: Mapped[OptionalStr]  # e.g. "eingetragener Verein"
    register_court: Mapped[OptionalStr]
    register_number: Mapped[OptionalStr]
    tax_exemption_notice_on: Mapped[dt.date | None]  # Freistellungsbescheid
    tax_office: Mapped[OptionalStr]
    bank_account_holder: Mapped[OptionalStr]
    iban: Mapped[str] = mapped_column(String(34), default="", server_default="")
    bic: Mapped[str] = mapped_column(String(11), default="", server_default="")
    bank_name: Mapped[OptionalStr]
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_mime_type: Mapped[str] = mapped_column(String(50), default="", server_default="")
    house_rules: Mapped[LongText]  # one line for the weekly plan's footer
    key_contact: Mapped[OptionalStr]  # who has the keys, for printouts
    signatories: Mapped[LongText]  # authorised signatories, one per line

    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("name <> ''", name="name_not_empty"),
    )


class Setting(Base):
    """A setting that belongs to the database (shared by all PCs), as text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[LongText]
