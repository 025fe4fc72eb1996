"""The bin (Papierkorb): deleting keeps a restorable copy for 30 days.

A feature's delete service checks its own permission and then calls
:func:`move_to_trash` instead of ``session.delete``::

    @service(Permission.PEOPLE_WRITE)
    def delete_person(session: Session, actor: Actor, person_id: int) -> TrashEntryView:
        person = session.get(Person, person_id)
        ...
        return move_to_trash(session, actor, person)

``move_to_trash`` works from ``Base.metadata`` alone, so it needs nothing from the
feature: it copies the record's row and every row the database deletes along with it
(``ON DELETE CASCADE``, association tables included), notes the references from other
rows that the database sets to NULL (``ON DELETE SET NULL``), and refuses while rows that
are not deleted along still need the record (``RESTRICT``). The delete itself goes
through the ORM, so the audit trail records it; rows that only the database deletes are
recorded explicitly.

:func:`restore_from_trash` inserts the rows again with their original ids, inside a
SAVEPOINT: a clash with the database as it is now (a fixed key or a unique value is
taken again, a record it needs is gone) is refused with :class:`RestoreConflict` and
changes nothing. A generated id taken again (SQLite reuses the highest id once its row
is deleted) is no clash: the row comes back under a new id, and references follow.

Times: ``deleted_at`` is stored in UTC. The ``now`` the services receive is the local
wall-clock time of ``quartierstreff.clock.now()`` (naive) or any aware datetime.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Column,
    Enum,
    ForeignKeyConstraint,
    Index,
    Table,
    UniqueConstraint,
    and_,
    delete,
    event,
    exists,
    insert,
    inspect,
    select,
    tuple_,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from quartierstreff.db.models import AuditAction, AuditEntry, Base, TrashEntry
from quartierstreff.services.errors import (
    DeleteBlocked,
    MissingActor,
    PermissionDenied,
    RestoreConflict,
    TrashEntryUnavailable,
)
from quartierstreff.services.security import Actor, Permission, current_actor, service

RETENTION = dt.timedelta(days=30)

RestoreCheck = Callable[[Session, Actor, Sequence[tuple[str, Mapping[str, Any]]], dt.date], None]
"""Called with the rows just put back (table name, row) and today's date, before the
restore is final: raising a :class:`QuartierstreffError` undoes it."""
_RESTORE_CHECKS: list[RestoreCheck] = []


def check_on_restore(check: RestoreCheck) -> RestoreCheck:
    """Register ``check`` for every restore (a decorator). The bin knows rows, not what
    they mean: a service whose records must satisfy more than the database's
    constraints (a booking may not collide with one made meanwhile) says so here."""
    _RESTORE_CHECKS.append(check)
    return check


"""How long a deleted record can be restored."""

WRITE_PERMISSIONS: dict[str, Permission] = {
    # people, groups and partners
    "persons": Permission.PEOPLE_WRITE,
    "memberships": Permission.PEOPLE_WRITE,
    "custom_field_values": Permission.PEOPLE_WRITE,
    "consents": Permission.PEOPLE_WRITE,
    "person_search_words": Permission.PEOPLE_WRITE,  # the index goes and comes with a person
    "privacy_requests": Permission.PEOPLE_WRITE,
    "groups": Permission.PEOPLE_WRITE,
    "group_persons": Permission.PEOPLE_WRITE,
    "partner_organisations": Permission.PEOPLE_WRITE,
    "partner_contacts": Permission.PEOPLE_WRITE,
    # what is set up in Einstellungen
    "rooms": Permission.SETTINGS_WRITE,
    "holiday_periods": Permission.SETTINGS_WRITE,
    "membership_types": Permission.SETTINGS_WRITE,
    "custom_field_definitions": Permission.SETTINGS_WRITE,
    "centre_profile": Permission.SETTINGS_WRITE,
    "settings": Permission.SETTINGS_WRITE,
    # bookings
    "bookings": Permission.BOOKINGS_WRITE,
    "booking_series": Permission.BOOKINGS_WRITE,
    "series_exceptions": Permission.BOOKINGS_WRITE,
    # meetings
    "meetings": Permission.MEETINGS_WRITE,
    "agenda_items": Permission.MEETINGS_WRITE,
    "attendance": Permission.MEETINGS_WRITE,
    "decisions": Permission.MEETINGS_WRITE,
    "action_items": Permission.MEETINGS_WRITE,
    # funding
    "funding_programmes": Permission.FUNDING_WRITE,
    "funding_applications": Permission.FUNDING_WRITE,
    "application_sections": Permission.FUNDING_WRITE,
    "plan_lines": Permission.FUNDING_WRITE,
    "application_status_changes": Permission.FUNDING_WRITE,
    "application_versions": Permission.FUNDING_WRITE,
    "application_attachments": Permission.FUNDING_WRITE,
    "text_blocks": Permission.FUNDING_WRITE,
    # finances
    "receipts": Permission.FINANCE_WRITE,
    "attachments": Permission.FINANCE_WRITE,
    # users
    "users": Permission.USERS_MANAGE,
}
"""Who may delete and restore a record of each table (the table of a bin entry)."""

NOT_TRASHABLE = frozenset({"audit_log", "trash"})
"""Bookkeeping tables: never deleted into the bin, and their references are not kept."""

_NOISE_COLUMNS = frozenset({"created_at", "updated_at", "version"})
_SECRET_COLUMNS = frozenset({"password_hash", "pin_hash"})
_SUMMARY_COLUMNS = ("name", "title", "username", "purpose", "key", "filename", "guest_name")


@dataclass(frozen=True, slots=True)
class TrashEntryView:
    """One entry of the bin. ``deleted_at`` and ``expires_at`` are in UTC."""

    id: int
    deleted_at: dt.datetime
    username: str
    entity: str
    entity_id: str
    summary: str
    expires_at: dt.datetime

    @property
    def expires_on(self) -> dt.date:
        """The last local day on which the entry can be restored."""
        return self.expires_at.astimezone().date()


# --- deleting into the bin ---------------------------------------------------------

Key = tuple[Any, ...]
Row = dict[str, Any]


def move_to_trash(
    session: Session,
    actor: Actor,
    obj: Base,
    *,
    summary: str | None = None,
    now: dt.datetime | None = None,
) -> TrashEntryView:
    """Delete ``obj`` and everything deleted along with it, keeping a restorable copy.

    Called by feature delete services (which check their own permission) with the actor
    bound; raises :class:`MissingActor` when no acting user or another one is bound,
    :class:`PermissionDenied` when the actor may not write this kind of record, and
    :class:`DeleteBlocked` (changing nothing) while other records still need it.
    ``summary`` names the record for the bin; by default its name or title.
    """
    state = inspect(obj)
    table = state.mapper.local_table
    if not isinstance(table, Table) or table.name in NOT_TRASHABLE:
        raise ValueError(f"{type(obj).__name__} records are not deleted into the bin")
    bound = current_actor(session)
    if bound is None or bound != actor:
        raise MissingActor(table.name)
    _require_write(actor, table.name)
    session.flush()  # the record and its relations as the database has them
    if not state.persistent:
        raise ValueError(f"{type(obj).__name__} is not stored yet")
    root_key = tuple(state.mapper.primary_key_from_instance(obj))
    entity_id = _key_text(root_key)
    summary = (summary if summary is not None else _object_summary(obj))[:200]

    rows = _rows_deleted_along(session, table, root_key)
    deleted = {(t.name, _key(t, row)) for t, row in rows}
    links = _links_set_null(session, rows, deleted)
    _refuse_if_still_needed(
        session, table.name, rows, deleted, entity_id=entity_id, summary=summary
    )

    deleted_by_orm = _delete_through_orm(session, obj)
    _record_deletes_the_orm_did_not_see(session, actor, rows, deleted_by_orm)
    # The database deleted rows and set references to NULL behind the ORM's back.
    for instance in list(session.identity_map.values()):
        instance_state = inspect(instance)
        instance_table = instance_state.mapper.local_table
        if (getattr(instance_table, "name", ""), instance_state.identity) in deleted:
            session.expunge(instance)
    session.expire_all()

    entry = TrashEntry(
        deleted_at=_utc(now) if now is not None else dt.datetime.now(dt.UTC),
        user_id=actor.user_id,
        username=actor.username,
        entity=table.name,
        entity_id=entity_id[:40],
        summary=summary,
        payload=json.dumps(
            {
                "rows": [[t.name, _encode_row(t, row)] for t, row in rows],
                "links": [
                    [t.name, _encode_row(t, key), column, _encode(t.c[column], value)]
                    for t, key, column, value in links
                ],
            },
            ensure_ascii=False,
        ),
    )
    session.add(entry)
    session.flush()
    return _view(entry)


def _rows_deleted_along(session: Session, root: Table, root_key: Key) -> list[tuple[Table, Row]]:
    """The root row and every row the database deletes with it, parents first."""
    found: dict[tuple[str, Key], tuple[Table, Row]] = {}
    (root_row,) = _select_rows(session, root, _primary_key(root), [root_key])
    found[(root.name, root_key)] = (root, root_row)
    pending: list[tuple[Table, list[Row]]] = [(root, [root_row])]
    while pending:
        parent, parent_rows = pending.pop(0)
        for child, fk in _references_to(parent):
            if (fk.ondelete or "").upper() != "CASCADE":
                continue
            values = [tuple(row[col.name] for col in _referred(fk)) for row in parent_rows]
            new_rows = []
            for row in _select_rows(session, child, list(fk.columns), values):
                key = (child.name, _key(child, row))
                if key not in found:
                    found[key] = (child, row)
                    new_rows.append(row)
            if new_rows:
                pending.append((child, new_rows))
    order = {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}
    return sorted(found.values(), key=lambda item: order[item[0].name])


def _links_set_null(
    session: Session, rows: list[tuple[Table, Row]], deleted: set[tuple[str, Key]]
) -> list[tuple[Table, Row, str, Any]]:
    """References from rows that stay to deleted rows, which the delete sets to NULL:
    (table, primary key of the referencing row, column, value)."""
    links: list[tuple[Table, Row, str, Any]] = []
    for parent, parent_rows in _by_table(rows):
        for child, fk in _references_to(parent):
            if (fk.ondelete or "").upper() != "SET NULL":
                continue
            values = [tuple(row[col.name] for col in _referred(fk)) for row in parent_rows]
            for row in _select_rows(session, child, list(fk.columns), values):
                key = _key(child, row)
                if (child.name, key) in deleted:
                    continue
                primary = {col.name: row[col.name] for col in _primary_key(child)}
                links.extend((child, primary, col.name, row[col.name]) for col in fk.columns)
    return links


def _refuse_if_still_needed(
    session: Session,
    entity: str,
    rows: list[tuple[Table, Row]],
    deleted: set[tuple[str, Key]],
    *,
    entity_id: str,
    summary: str,
) -> None:
    for parent, parent_rows in _by_table(rows):
        for child, fk in _references_to(parent):
            if (fk.ondelete or "").upper() in {"CASCADE", "SET NULL"}:
                continue
            values = [tuple(row[col.name] for col in _referred(fk)) for row in parent_rows]
            blocking = [
                row
                for row in _select_rows(session, child, list(fk.columns), values)
                if (child.name, _key(child, row)) not in deleted
            ]
            if blocking:
                raise DeleteBlocked(entity, entity_id, summary, child.name, len(blocking))


def _delete_through_orm(session: Session, obj: Base) -> set[tuple[str, Key]]:
    """Delete ``obj`` with the ORM; the (table, key) of every row the ORM deleted."""
    seen: set[tuple[str, Key]] = set()

    def note(flushed: Session, _context: object) -> None:
        for instance in flushed.deleted:
            state = inspect(instance)
            seen.add((getattr(state.mapper.local_table, "name", ""), tuple(state.identity or ())))

    event.listen(session, "after_flush", note)
    try:
        session.delete(obj)
        session.flush()
    finally:
        event.remove(session, "after_flush", note)
    return seen


def _record_deletes_the_orm_did_not_see(
    session: Session,
    actor: Actor,
    rows: list[tuple[Table, Row]],
    deleted_by_orm: set[tuple[str, Key]],
) -> None:
    mapped = _mapped_tables()
    entries = [
        _audit_row(
            actor,
            AuditAction.DELETE,
            table,
            row,
            {name: [_plain(name, value), None] for name, value in row.items()},
        )
        for table, row in rows
        if table.name in mapped and (table.name, _key(table, row)) not in deleted_by_orm
    ]
    if entries:
        session.connection().execute(insert(AuditEntry), entries)


# --- the services ------------------------------------------------------------------


@service(Permission.CENTRE_READ)
def list_trash(session: Session, actor: Actor, now: dt.datetime) -> list[TrashEntryView]:
    """Entries that can still be restored, newest first: only those of kinds of record
    the actor may write (everyone may call this; the list is filtered)."""
    query = (
        select(TrashEntry)
        .where(TrashEntry.restored_at.is_(None), TrashEntry.deleted_at > _utc(now) - RETENTION)
        .order_by(TrashEntry.deleted_at.desc(), TrashEntry.id.desc())
    )
    return [_view(entry) for entry in session.scalars(query) if _may_write(actor, entry.entity)]


@service(Permission.CENTRE_READ)
def restore_from_trash(
    session: Session, actor: Actor, entry_id: int, now: dt.datetime
) -> TrashEntryView:
    """Put a deleted record back, with its original ids and what was deleted with it.

    A row whose generated id was handed out again meanwhile (SQLite does so with the
    highest id) comes back under a new id; references to it follow.

    Raises :class:`TrashEntryUnavailable` (not found, expired, restored before),
    :class:`PermissionDenied` (the actor may not write this kind of record) or
    :class:`RestoreConflict`, or what a registered :func:`check_on_restore` raises (a
    booking that collides with one made meanwhile: :class:`BookingConflict`); in each
    case nothing is changed.
    """
    entry = session.get(TrashEntry, entry_id)
    if entry is None:
        raise TrashEntryUnavailable(entry_id, "not_found")
    if entry.restored_at is not None:
        raise TrashEntryUnavailable(entry_id, "restored", entry.summary)
    if _from_db(entry.deleted_at) <= _utc(now) - RETENTION:
        raise TrashEntryUnavailable(entry_id, "expired", entry.summary)
    _require_write(actor, entry.entity)
    payload = json.loads(entry.payload)
    try:
        with session.begin_nested():
            renumbered: dict[tuple[str, Any], Any] = {}
            restored = [
                _restore_row(session, entry, name, data, renumbered)
                for name, data in payload["rows"]
            ]
            relinked = [_restore_link(session, link, renumbered) for link in payload["links"]]
            today = now.astimezone().date()
            rows = [(table.name, row) for table, row in restored]
            for check in _RESTORE_CHECKS:
                check(session, actor, rows, today)
    except IntegrityError as error:
        detail = str(error.orig).strip().splitlines()[0][:200] if error.orig else ""
        raise RestoreConflict(entry.summary, "database", entry.entity, detail) from error
    mapped = _mapped_tables()
    audit_rows = [
        _audit_row(
            actor,
            AuditAction.RESTORE,
            table,
            row,
            {name: [None, _plain(name, value)] for name, value in row.items()}
            | _renumbering(table, row, renumbered),
        )
        for table, row in restored
        if table.name in mapped
    ]
    audit_rows += [
        _audit_row(actor, AuditAction.UPDATE, table, key, {column: [None, _plain(column, value)]})
        for table, key, column, value in (link for link in relinked if link is not None)
        if table.name in mapped
    ]
    if audit_rows:
        session.connection().execute(insert(AuditEntry), audit_rows)
    entry.restored_at = _utc(now)
    session.flush()
    view = _view(entry)
    session.expire_all()  # the identity map has not seen the inserted rows
    return view


@service(Permission.CENTRE_READ)
def purge_trash(session: Session, actor: Actor, now: dt.datetime) -> int:
    """Remove entries older than 30 days (restored or not); returns how many.

    Housekeeping that the app runs at start-up for whoever logs in, so every role may
    call it: it only removes copies that nobody can restore any more."""
    result = session.execute(
        delete(TrashEntry)
        .where(TrashEntry.deleted_at <= _utc(now) - RETENTION)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


# --- restoring ---------------------------------------------------------------------


def _restore_row(
    session: Session,
    entry: TrashEntry,
    name: str,
    data: Mapping[str, Any],
    renumbered: dict[tuple[str, Any], Any],
) -> tuple[Table, Row]:
    """Insert one row; ``renumbered`` maps (table, old id) to the new id of rows whose id
    was taken meanwhile (SQLite hands the highest id out again once it is deleted)."""
    table = Base.metadata.tables[name]
    # Columns a later version dropped are left out; new ones get their defaults.
    row = {
        column: _decode(table.c[column], value)
        for column, value in data.items()
        if column in table.c
    }
    _follow_renumbering(table, row, renumbered)
    generated = table.autoincrement_column
    old_id = None
    if _exists(session, table, _primary_key(table), _key(table, row)):
        if generated is None:
            raise RestoreConflict(entry.summary, "exists", name, _key_text(_key(table, row)))
        old_id = row.pop(generated.name)  # comes back under a new number
    for columns in _unique_column_sets(table):
        values = tuple(row.get(column.name) for column in columns)
        if None not in values and _exists(session, table, columns, values):
            detail = ", ".join(column.name for column in columns)
            raise RestoreConflict(entry.summary, "duplicate", name, detail)
    for fk in table.foreign_key_constraints:
        values = tuple(row.get(column.name) for column in fk.columns)
        if None in values or _exists(session, fk.referred_table, _referred(fk), values):
            continue
        if (fk.ondelete or "").upper() == "SET NULL":
            # As if the row had stayed: the database would have cleared the reference.
            row.update({column.name: None for column in fk.columns})
        else:
            raise RestoreConflict(entry.summary, "parent_missing", name, fk.referred_table.name)
    if generated is not None and old_id is not None:
        row[generated.name] = session.scalar(insert(table).values(row).returning(generated))
        renumbered[(name, old_id)] = row[generated.name]
    else:
        session.execute(insert(table).values(row))
    return table, row


def _follow_renumbering(
    table: Table, row: dict[str, Any], renumbered: Mapping[tuple[str, Any], Any]
) -> None:
    """Point references to renumbered rows at their new ids."""
    for fk in table.foreign_key_constraints:
        for column, referred in zip(fk.columns, _referred(fk), strict=True):
            if referred.table.autoincrement_column is referred:
                new_id = renumbered.get((fk.referred_table.name, row.get(column.name)))
                if new_id is not None:
                    row[column.name] = new_id


def _renumbering(
    table: Table, row: Mapping[str, Any], renumbered: Mapping[tuple[str, Any], Any]
) -> dict[str, list[Any]]:
    """For the audit trail: [old id, new id] of a row that came back under a new id."""
    generated = table.autoincrement_column
    if generated is None:
        return {}
    for (name, old_id), new_id in renumbered.items():
        if name == table.name and new_id == row.get(generated.name):
            return {generated.name: [old_id, new_id]}
    return {}


def _restore_link(
    session: Session, link: Sequence[Any], renumbered: Mapping[tuple[str, Any], Any]
) -> tuple[Table, Row, str, Any] | None:
    """Set the reference again where the row still exists and the column is still NULL;
    ``link`` is [table, primary key of the referencing row, column, value]."""
    name, key_data, column, value = link
    table = Base.metadata.tables.get(name)
    if table is None or column not in table.c:
        return None
    key = {col: _decode(table.c[col], raw) for col, raw in key_data.items() if col in table.c}
    decoded = _decode(table.c[column], value)
    for fk in table.foreign_key_constraints:
        if [col.name for col in fk.columns] == [column]:
            decoded = renumbered.get((fk.referred_table.name, decoded), decoded)
    values: dict[str, Any] = {column: decoded}
    if "version" in table.c:  # an open form on this row must not overwrite it unseen
        values["version"] = table.c.version + 1
    statement = (
        update(table)
        .where(*(table.c[col] == raw for col, raw in key.items()), table.c[column].is_(None))
        .values(values)
    )
    result = session.execute(statement)
    if not getattr(result, "rowcount", 0):
        return None
    return table, key, column, decoded


# --- rows, keys and references -----------------------------------------------------


def _primary_key(table: Table) -> list[Column[Any]]:
    return list(table.primary_key.columns)


def _key(table: Table, row: Mapping[str, Any]) -> Key:
    return tuple(row[column.name] for column in table.primary_key.columns)


def _key_text(key: Iterable[Any]) -> str:
    return "/".join(str(part) for part in key)


def _referred(fk: ForeignKeyConstraint) -> list[Column[Any]]:
    return [element.column for element in fk.elements]


def _references_to(parent: Table) -> list[tuple[Table, ForeignKeyConstraint]]:
    """Every foreign key in the schema that points at ``parent``."""
    return [
        (table, fk)
        for table in Base.metadata.sorted_tables
        if table.name not in NOT_TRASHABLE
        for fk in table.foreign_key_constraints
        if fk.referred_table is parent
    ]


def _by_table(rows: list[tuple[Table, Row]]) -> list[tuple[Table, list[Row]]]:
    grouped: dict[str, tuple[Table, list[Row]]] = {}
    for table, row in rows:
        grouped.setdefault(table.name, (table, []))[1].append(row)
    return list(grouped.values())


def _match(columns: Sequence[Column[Any]], values: Sequence[Key]) -> ColumnElement[bool]:
    if len(columns) == 1:
        return columns[0].in_([value[0] for value in values])
    return tuple_(*columns).in_(values)


def _select_rows(
    session: Session, table: Table, columns: Sequence[Column[Any]], values: Sequence[Key]
) -> list[Row]:
    """Rows of ``table`` whose ``columns`` hold one of ``values`` (in chunks)."""
    found: list[Row] = []
    wanted = [value for value in dict.fromkeys(values) if None not in value]
    for start in range(0, len(wanted), 500):
        query = select(table).where(_match(columns, wanted[start : start + 500]))
        query = query.order_by(*_primary_key(table))
        found.extend(dict(row) for row in session.execute(query).mappings())
    return found


def _exists(session: Session, table: Table, columns: Sequence[Column[Any]], values: Key) -> bool:
    condition = and_(*(column == value for column, value in zip(columns, values, strict=True)))
    return bool(session.scalar(select(exists().where(condition))))


def _unique_column_sets(table: Table) -> list[list[Column[Any]]]:
    sets = [
        list(constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    sets += [
        [column for column in index.columns if isinstance(column, Column)]
        for index in table.indexes
        if isinstance(index, Index) and index.unique
    ]
    return [columns for columns in sets if columns]


def _mapped_tables() -> set[str]:
    return {getattr(mapper.local_table, "name", "") for mapper in Base.registry.mappers}


# --- values in JSON ----------------------------------------------------------------


def _encode_row(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: _encode(table.c[name], value) for name, value in row.items()}


def _encode(column: Column[Any], value: Any) -> Any:
    """A JSON value from which :func:`_decode` gives ``value`` back exactly."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.time):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"cannot keep a {type(value).__name__} of {column} in the bin")


def _decode(column: Column[Any], value: Any) -> Any:
    """The column's Python value from its JSON form, by the column's type."""
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        return value
    if python_type is bool:
        return bool(value)
    if python_type is int:
        return int(value)
    if python_type is float:
        return float(value)
    if python_type is Decimal:
        return Decimal(str(value))
    if python_type is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if python_type is dt.date:
        return dt.date.fromisoformat(value)
    if python_type is dt.time:
        return dt.time.fromisoformat(value)
    if python_type is bytes:
        return base64.b64decode(value)
    return value


# --- audit trail, summaries, times -------------------------------------------------


def _plain(column: str, value: Any) -> Any:
    """A value as the audit trail records it (never a secret or raw bytes)."""
    if column in _SECRET_COLUMNS:
        return "***" if value is not None else None
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(bytes(value))} Bytes>"
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _audit_row(
    actor: Actor,
    action: AuditAction,
    table: Table,
    row: Mapping[str, Any],
    changes: Mapping[str, list[Any]],
) -> dict[str, Any]:
    shown = {
        name: values
        for name, values in changes.items()
        if name not in _NOISE_COLUMNS and any(value is not None for value in values)
    }
    primary = tuple(row[column.name] for column in table.primary_key.columns if column.name in row)
    return {
        "at": dt.datetime.now(dt.UTC),
        "user_id": actor.user_id,
        "username": actor.username,
        "action": action,
        "entity": table.name,
        "entity_id": _key_text(primary)[:40],
        "summary": _row_summary(row),
        "changes": json.dumps(shown, ensure_ascii=False, sort_keys=True),
    }


def _object_summary(obj: object) -> str:
    for name in ("full_name", *_SUMMARY_COLUMNS):
        value = getattr(obj, name, None)
        if isinstance(value, str) and value:
            return value
    return ""


def _row_summary(row: Mapping[str, Any]) -> str:
    if "first_name" in row or "last_name" in row:
        full_name = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
        if full_name:
            return full_name[:200]
    for name in _SUMMARY_COLUMNS:
        value = row.get(name)
        if isinstance(value, str) and value:
            return value[:200]
    return ""


def _utc(moment: dt.datetime) -> dt.datetime:
    """A time given to a service (naive = local wall-clock time) in UTC."""
    return moment.astimezone(dt.UTC)


def _from_db(moment: dt.datetime) -> dt.datetime:
    """A stored timestamp in UTC (SQLite gives it back without its zone)."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _view(entry: TrashEntry) -> TrashEntryView:
    deleted_at = _from_db(entry.deleted_at)
    return TrashEntryView(
        id=entry.id,
        deleted_at=deleted_at,
        username=entry.username,
        entity=entry.entity,
        entity_id=entry.entity_id,
        summary=entry.summary,
        expires_at=deleted_at + RETENTION,
    )


def _may_write(actor: Actor, table: str) -> bool:
    permission = WRITE_PERMISSIONS.get(table)
    return permission is not None and actor.may(permission)


def _require_write(actor: Actor, table: str) -> None:
    permission = WRITE_PERMISSIONS.get(table, Permission.USERS_MANAGE)
    if not actor.may(permission):
        raise PermissionDenied(actor.username, actor.role.value, permission.value)


__all__ = [
    "NOT_TRASHABLE",
    "RETENTION",
    "WRITE_PERMISSIONS",
    "RestoreCheck",
    "TrashEntryView",
    "check_on_restore",
    "list_trash",
    "move_to_trash",
    "purge_trash",
    "restore_from_trash",
]
