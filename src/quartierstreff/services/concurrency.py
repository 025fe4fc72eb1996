"""Optimistic locking: of two people editing the same record, the second to save is told.

Every entity people edit has a ``version`` column (``db.base.TimestampMixin``) that
SQLAlchemy raises by one on each UPDATE. The pattern, for every form that edits a record:

1. The service that loads the record puts ``row.version`` into the view it returns
   (``version: int = 0`` on the view; 0 means "not loaded from the database").
2. The form keeps that view, version included, and sends it back when the user saves.
3. The saving service loads the row in its own unit of work and calls
   :func:`check_version` before it changes anything::

       row = session.get(Room, view.id)
       if row is None:
           raise NotFound("room", str(view.id))
       check_version(row, view.version)   # raises ConcurrentEdit, nothing changed
       ...                                 # set the fields
       session.flush()
       return replace(view, version=row.version)   # the form keeps the new version

   A view with version 0 was not loaded (a first entry, the demo, a script) and is saved
   without the check.
4. The form catches :class:`ConcurrentEdit`, keeps the user's input, shows the message
   and offers to reload. It never retries on its own: that would be the lost update.

Between the check and the UPDATE another program may still commit (PostgreSQL; on
SQLite a unit of work holds the write lock from its start). The UPDATE then matches no
row at the version it read, SQLAlchemy raises ``StaleDataError``, and
``db.engine.unit_of_work`` turns that into :class:`ConcurrentEdit` as well
(:func:`concurrent_edit_from`), without the key and name the check can give.
"""

from __future__ import annotations

import re

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from quartierstreff.db.base import TimestampMixin
from quartierstreff.db.models import AuditEntry
from quartierstreff.services.errors import ConcurrentEdit

_STALE_TABLE = re.compile(r"on table '([^']+)'")


def check_version(row: TimestampMixin, expected_version: int, *, entity: str = "") -> None:
    """Raise :class:`ConcurrentEdit` unless ``row`` (persistent, loaded in the current unit
    of work) is still at ``expected_version``, the version the form was loaded with.

    ``entity`` is the key the messages use for the kind of record; the table name by
    default. The error names who saved the row last if the audit trail knows.
    """
    if row.version == expected_version:
        return
    state = inspect(row)
    table = str(state.mapper.local_table.name)
    key = "/".join(str(part) for part in state.identity or ())
    session = object_session(row)
    changed_by = last_editor(session, table, key) if session is not None else ""
    raise ConcurrentEdit(entity or table, key, changed_by)


def last_editor(session: Session, table: str, key: str) -> str:
    """The user name of the newest audit entry for the row ``key`` of ``table``, or ``""``."""
    query = (
        select(AuditEntry.username)
        .where(AuditEntry.entity == table, AuditEntry.entity_id == key)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    return session.scalar(query) or ""


def concurrent_edit_from(error: StaleDataError) -> ConcurrentEdit:
    """The :class:`ConcurrentEdit` for an UPDATE or DELETE that found its row at another
    version than it had read. SQLAlchemy names only the table, so the key stays empty."""
    found = _STALE_TABLE.search(str(error))
    return ConcurrentEdit(found.group(1) if found else "", "")
