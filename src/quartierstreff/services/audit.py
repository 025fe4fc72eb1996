"""The audit trail: every create, change and delete, with who, when, what and which fields.

Installed on every session the app makes (``install``); it runs after each flush, in the
same transaction as the change, so a change and its record are committed or rolled back
together. Values of secret columns (password and PIN hashes) are never recorded; personal
and financial values are recorded and masked when read by a role that may not see them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import History

from quartierstreff.db.models import AuditAction, AuditEntry, Base
from quartierstreff.services.errors import MissingActor
from quartierstreff.services.security import (
    Actor,
    Permission,
    current_actor,
    service,
)
from quartierstreff.services.views import AuditEntryView

SECRET = "***"
"""Stands for a value that is never written to the audit trail."""

_SECRET_COLUMNS = frozenset({("users", "password_hash"), ("users", "pin_hash")})
_UNAUDITED_TABLES = frozenset({"audit_log", "trash"})
_NOISE_COLUMNS = frozenset({"created_at", "updated_at", "version"})
LONG_TEXT_KEPT = 300
"""A longer text value (minutes autosaved every few seconds may be 200,000 characters)
is recorded by its beginning and its length, so the trail does not grow by the text's
size with every save."""

_FIELD_PERMISSIONS: dict[tuple[str, str], Permission] = {
    **{
        ("persons", column): Permission.PEOPLE_READ
        for column in ("street", "postal_code", "city", "email", "birth_date", "notes")
    },
    **{
        ("centre_profile", column): Permission.FINANCE_READ
        for column in ("iban", "bic", "bank_name", "bank_account_holder")
    },
    ("receipts", "amount"): Permission.FINANCE_READ,
    ("receipts", "counterparty"): Permission.FINANCE_READ,
}
"""Fields whose recorded values only roles with the permission may read back."""


def install(target: Session | sessionmaker[Session]) -> None:
    """Record every flush of ``target`` (a session or a session factory)."""
    if not event.contains(target, "after_flush", _after_flush):
        event.listen(target, "after_flush", _after_flush)


def _after_flush(session: Session, _context: object) -> None:
    changes = [
        *(_entry(obj, AuditAction.CREATE) for obj in session.new),
        *(_entry(obj, AuditAction.UPDATE) for obj in session.dirty),
        *(_entry(obj, AuditAction.DELETE) for obj in session.deleted),
    ]
    rows = [row for row in changes if row is not None]
    if not rows:
        return
    actor = current_actor(session)
    if actor is None:
        raise MissingActor(", ".join(sorted({str(row["entity"]) for row in rows})))
    now = dt.datetime.now(dt.UTC)
    for row in rows:
        row.update(at=now, user_id=actor.user_id, username=actor.username)
    session.connection().execute(insert(AuditEntry), rows)


def _entry(obj: object, action: AuditAction) -> dict[str, object] | None:
    if not isinstance(obj, Base):
        return None
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table.name  # type: ignore[attr-defined]
    if table in _UNAUDITED_TABLES:
        return None
    changes: dict[str, list[object]] = {}
    for attr in mapper.column_attrs:
        name = attr.key
        if name in _NOISE_COLUMNS:
            continue
        history: History = state.attrs[name].history
        if action is AuditAction.CREATE:
            old, new = None, _first(history.added)
        elif action is AuditAction.DELETE:
            old, new = _first(history.unchanged) or _first(history.deleted), None
        elif history.has_changes():
            old, new = _first(history.deleted), _first(history.added)
        else:
            continue
        if old is None and new is None:
            continue
        if (table, name) in _SECRET_COLUMNS:
            old, new = (SECRET if old is not None else None), (SECRET if new is not None else None)
        changes[name] = [_plain(old), _plain(new)]
    for rel in mapper.relationships:
        if not rel.uselist or rel.viewonly or action is not AuditAction.UPDATE:
            continue
        history = state.attrs[rel.key].history
        if history.added or history.deleted:
            changes[rel.key] = [
                [_identity(item) for item in history.deleted],
                [_identity(item) for item in history.added],
            ]
    if action is AuditAction.UPDATE and not changes:
        return None
    identity = state.identity or mapper.primary_key_from_instance(obj)
    return {
        "action": action,
        "entity": table,
        "entity_id": "/".join(str(part) for part in identity),
        "summary": _summary(obj),
        "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
    }


def _first(values: Iterable[Any] | None) -> Any:
    for value in values or ():
        return value
    return None


def _identity(obj: object) -> str:
    state = inspect(obj)
    identity = state.identity or state.mapper.primary_key_from_instance(obj)
    return "/".join(str(part) for part in identity)


def _summary(obj: object) -> str:
    for name in ("full_name", "name", "title", "username", "purpose", "key"):
        value = getattr(obj, name, None)
        if isinstance(value, str) and value:
            return value[:200]
    return ""


def _plain(value: object) -> object:
    """A JSON-friendly form of a column value."""
    if isinstance(value, str) and len(value) > LONG_TEXT_KEPT:
        length = f"{len(value):,}".replace(",", ".")
        return f"{value[:LONG_TEXT_KEPT]} … ({length} Zeichen)"
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} Bytes>"
    return str(value)


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: str,
    *,
    summary: str = "",
    link_user: bool = True,
) -> None:
    """Record an action that changes no mapped row (a backup, a restore, a log-in).

    ``link_user=False`` keeps only the user's name, not the link to the user (after a
    restore the user may not exist in the restored database)."""
    session.connection().execute(
        insert(AuditEntry),
        [
            {
                "at": dt.datetime.now(dt.UTC),
                "user_id": actor.user_id if link_user else None,
                "username": actor.username,
                "action": action,
                "entity": entity,
                "entity_id": entity_id[:40],
                "summary": summary[:200],
                "changes": "{}",
            }
        ],
    )


# --- reading the trail -------------------------------------------------------------


@service(Permission.AUDIT_READ)
def list_entries(
    session: Session,
    actor: Actor,
    *,
    entity: str | None = None,
    entity_id: str | None = None,
    username: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    limit: int = 500,
) -> list[AuditEntryView]:
    """The newest entries first, filtered; values the actor may not see are masked."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if entity_id:
        query = query.where(AuditEntry.entity_id == entity_id)
    if username:
        query = query.where(AuditEntry.username == username)
    if since:
        query = query.where(AuditEntry.at >= since)
    if until:
        query = query.where(AuditEntry.at < until)
    return [_view(entry, actor) for entry in session.scalars(query)]


@service(Permission.AUDIT_READ)
def filter_choices(session: Session, actor: Actor) -> tuple[list[str], list[str]]:
    """The user names and the entities that occur in the trail, for the view's filters."""
    names = session.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username))
    entities = session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))
    return list(names), list(entities)


def _view(entry: AuditEntry, actor: Actor) -> AuditEntryView:
    changes: dict[str, list[object]] = json.loads(entry.changes or "{}")
    masked = {
        field: [SECRET if value is not None else None for value in values]
        if not _may_see(actor, entry.entity, field)
        else values
        for field, values in changes.items()
    }
    return AuditEntryView(
        id=entry.id,
        at=entry.at,
        username=entry.username,
        action=entry.action.value,
        entity=entry.entity,
        entity_id=entry.entity_id,
        summary=entry.summary,
        changes=tuple((field, tuple(values)) for field, values in sorted(masked.items())),
    )


def _may_see(actor: Actor, entity: str, field: str) -> bool:
    permission = _FIELD_PERMISSIONS.get((entity, field))
    return permission is None or actor.may(permission)


__all__ = ["SECRET", "filter_choices", "install", "list_entries", "record"]
