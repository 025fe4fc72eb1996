"""Declarative base, naming convention and reusable column types.

Naming convention: every constraint gets a stable name, so Alembic can drop and
recreate it on SQLite (batch mode) and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import DateTime, Enum, MetaData, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MONEY = Numeric(12, 2, asdecimal=True)
"""Money is exact: two decimal places, never a float."""


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        str: String(200),
        Decimal: MONEY,
        dt.datetime: DateTime(timezone=False),
    }


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def str_enum(enum_class: type[enum.StrEnum], name: str) -> Enum:
    """A portable enum column: VARCHAR plus a named CHECK constraint, on both databases."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_class),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


# Reusable column types (pypi/warehouse style).
IntPk = Annotated[int, mapped_column(primary_key=True)]
ShortStr = Annotated[str, mapped_column(String(40))]
Name = Annotated[str, mapped_column(String(200))]
LongText = Annotated[str, mapped_column(Text, default="", server_default="")]
Email = Annotated[str, mapped_column(String(254), default="", server_default="")]
Phone = Annotated[str, mapped_column(String(60), default="", server_default="")]
OptionalStr = Annotated[str, mapped_column(String(200), default="", server_default="")]
Money = Annotated[Decimal, mapped_column(MONEY)]
Timestamp = Annotated[
    dt.datetime,
    mapped_column(DateTime(timezone=True), default=utcnow, server_default=func.now()),
]


class TimestampMixin:
    """An entity people edit in forms: ``created_at``/``updated_at`` in UTC (local
    wall-clock times are separate columns) and a ``version`` for optimistic locking.

    SQLAlchemy raises ``StaleDataError`` when an UPDATE finds the row at another version
    than it read; services also compare the version a form was opened with, so of two
    people editing the same record, the second to save is told instead of overwriting.
    """

    created_at: Mapped[Timestamp]
    updated_at: Mapped[Timestamp] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, server_default=func.now()
    )
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
