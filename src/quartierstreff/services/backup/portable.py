"""The portable export: every table as JSON lines, readable into SQLite or PostgreSQL.

One line per row, one JSON object per line, columns by name. Values are written as JSON
knows them, except: dates and times ISO 8601 (a time with a zone in UTC), Decimal as a
string (money stays exact), bytes as base64. Reading decodes each value by the column's
type in the schema at the backup's revision, and refuses a value of the wrong kind.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from itertools import islice
from typing import Any

from sqlalchemy import Column, Connection, Table, func, select
from sqlalchemy.types import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Time,
    TypeEngine,
)

JsonValue = None | bool | int | float | str
Row = dict[str, Any]
Decoder = Callable[[Any], Any]

_BATCH = 500


def encode(value: object) -> JsonValue:
    """A column value as it is written to the export."""
    if value is None or isinstance(value, bool | int | float | str):
        return value  # a StrEnum member is a str and is written as its value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"cannot export a value of type {type(value).__name__}")


def export_lines(
    connection: Connection, table: Table, columns: Sequence[Column[Any]] | None = None
) -> Iterator[str]:
    """The rows of ``table`` (only ``columns``, if given) as JSON lines, in primary key
    order."""
    order = list(table.primary_key.columns) or list(table.columns)
    selected = list(columns) if columns is not None else list(table.columns)
    statement = select(*selected).order_by(*order).execution_options(yield_per=1000)
    for row in connection.execute(statement).mappings():
        record = {name: encode(value) for name, value in row.items()}
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


class DataError(ValueError):
    """A value in the export does not fit its column."""


def _strict(kinds: tuple[type, ...], convert: Callable[[Any], Any]) -> Decoder:
    """A decoder that accepts ``None`` or a JSON value of one of ``kinds``."""
    accepts_bool = bool in kinds or object in kinds

    def decode(value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, kinds) or (isinstance(value, bool) and not accepts_bool):
            raise DataError(f"{value!r} does not fit the column")
        try:
            return convert(value)
        except (ValueError, InvalidOperation, binascii.Error) as exc:
            raise DataError(str(exc)) from exc

    return decode


def _decimal(value: str | int) -> Decimal:
    number = Decimal(value)
    if not number.is_finite():
        raise DataError(f"{value!r} is not a finite number")
    return number


def decoder_for(column_type: TypeEngine[Any]) -> Decoder:
    """How to turn an exported value back into a value of ``column_type``."""
    if isinstance(column_type, DateTime):
        return _strict((str,), dt.datetime.fromisoformat)
    if isinstance(column_type, Date):
        return _strict((str,), dt.date.fromisoformat)
    if isinstance(column_type, Time):
        return _strict((str,), dt.time.fromisoformat)
    if isinstance(column_type, Float):
        return _strict((int, float), float)
    if isinstance(column_type, Numeric):
        return _strict((str, int), _decimal)
    if isinstance(column_type, LargeBinary):
        return _strict((str,), lambda text: base64.b64decode(text, validate=True))
    if isinstance(column_type, Boolean):
        return _strict((bool,), bool)
    if isinstance(column_type, Integer):
        return _strict((int,), int)
    if isinstance(column_type, String):
        return _strict((str,), str)
    return _strict((object,), lambda value: value)


def decode_line(line: str | bytes, table: Table) -> Row:
    """One exported row of ``table`` (a table of the schema at the backup's revision)."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise DataError(f"not JSON: {exc}") from exc
    if not isinstance(record, dict):
        raise DataError("a row is not a JSON object")
    columns = {column.name: column for column in table.columns}
    if set(record) != set(columns):
        raise DataError("the row's columns are not the table's")
    return {name: decoder_for(columns[name].type)(value) for name, value in record.items()}


def _fit_to(column_type: TypeEngine[Any], value: Any) -> Any:
    """A timestamp with a zone for a column with one, and without for one without: a
    PostgreSQL ``timestamptz`` is exported in UTC, SQLite keeps UTC without a zone."""
    if isinstance(value, dt.datetime) and isinstance(column_type, DateTime):
        if column_type.timezone and value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        if not column_type.timezone and value.tzinfo is not None:
            return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _parents_first(table: Table, rows: list[Row]) -> list[Row]:
    """``rows`` ordered so that a row referring to another row of the same table (a
    correction pointing at the entry it corrects) comes after that row."""
    links = [
        (fk.parent.name, fk.column.name) for fk in table.foreign_keys if fk.column.table is table
    ]
    if not links:
        return rows
    by_key: dict[tuple[str, Any], int] = {}
    for index, row in enumerate(rows):
        for _child, parent in links:
            by_key[(parent, row[parent])] = index
    ordered: list[Row] = []
    state: dict[int, bool] = {}  # False: being placed, True: placed

    def place(index: int) -> None:
        stack = [(index, False)]
        while stack:
            current, ready = stack.pop()
            if ready:
                state[current] = True
                ordered.append(rows[current])
                continue
            if current in state:
                continue
            state[current] = False
            stack.append((current, True))
            for child, parent in links:
                value = rows[current][child]
                target = by_key.get((parent, value)) if value is not None else None
                if target is not None and target not in state:
                    stack.append((target, False))

    for index in range(len(rows)):
        place(index)
    return ordered


def insert_rows(connection: Connection, table: Table, rows: Iterable[Row]) -> int:
    """Insert ``rows`` (decoded) into ``table`` (reflected from the target database)."""
    types = {column.name: column.type for column in table.columns}
    fitted: Iterable[Row] = (
        {name: _fit_to(types[name], value) for name, value in row.items()} for row in rows
    )
    if any(fk.column.table is table for fk in table.foreign_keys):
        fitted = _parents_first(table, list(fitted))
    count = 0
    iterator = iter(fitted)
    while batch := list(islice(iterator, _BATCH)):
        connection.execute(table.insert(), batch)
        count += len(batch)
    return count


def reset_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """PostgreSQL: let each table's id sequence continue after the highest restored id."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        key = keys[0]
        sequence = func.pg_get_serial_sequence(table.name, key.name)
        next_value = select(func.coalesce(func.max(key), 0) + 1).scalar_subquery()
        connection.execute(select(func.setval(sequence, next_value, False)))
