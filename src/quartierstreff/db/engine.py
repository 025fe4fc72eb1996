"""Engine and session factory; one unit of work per user action.

SQLite is tuned for a desktop program that several windows (or a CLI beside the GUI)
may open at once: WAL journal, foreign keys enforced, a busy timeout instead of
"database is locked" errors. PostgreSQL runs with the same code for centres whose
PCs share one server.

A unit of work on SQLite starts with ``BEGIN IMMEDIATE``: it takes the write lock at
its start (waiting up to the busy timeout for another program's write to finish), so a
unit of work that reads and then writes never fails half-way with "database is locked"
because another program wrote in between (SQLite cannot upgrade a WAL read snapshot that
has become stale). Readers are never blocked (WAL); plain ``engine.connect()`` (backups,
checks) keeps the deferred ``BEGIN``.

Two failures are turned into typed errors at the end of a unit of work: a full disk
(:class:`DiskFull`) and a record that someone else saved in the meantime
(:class:`ConcurrentEdit`, see ``services.concurrency``). Either way the unit of work
was rolled back and everything committed before is intact.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from quartierstreff.db import search
from quartierstreff.services.concurrency import concurrent_edit_from
from quartierstreff.services.errors import DiskFull

SQLITE_BUSY_TIMEOUT_MS = 10_000
_PG_DISK_FULL = "53100"
_WRITE_LOCK = "quartierstreff_write_lock"


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # The pysqlite driver's own transaction handling is switched off and SQLAlchemy
    # emits BEGIN itself, so that SAVEPOINTs and IMMEDIATE transactions work.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    dbapi_connection.create_collation(GERMAN, _german_order)


GERMAN = "german"
"""A SQLite collation in German dictionary order (Ä with A, ß as ss, case ignored);
SQLite's own order puts Öztürk after Zimmermann. ``ORDER BY name COLLATE german``."""


def _german_key(text: str) -> tuple[str, str]:
    return search.sort_key(text), text


def _german_order(left: str, right: str) -> int:
    a, b = _german_key(left), _german_key(right)
    return (a > b) - (a < b)


def _on_sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(_WRITE_LOCK, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` with the pragmas and settings Quartierstreff relies on."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One user action: commit when the block succeeds, roll back when it raises.

    Raises :class:`DiskFull` when the disk is full and :class:`ConcurrentEdit` when an
    UPDATE found its row changed by someone else; nothing of the block is stored then.
    """
    target = ""
    try:
        with factory() as session, session.begin():
            bind = session.get_bind()
            target = _target(bind.engine.url)
            if bind.dialect.name == "sqlite":
                session.connection(execution_options={_WRITE_LOCK: True})
            yield session
    except StaleDataError as exc:
        raise concurrent_edit_from(exc) from exc
    except DBAPIError as exc:
        if _is_disk_full(exc):
            raise DiskFull(target) from exc
        raise
    except OSError as exc:  # e.g. an attachment written inside the unit of work
        if exc.errno == errno.ENOSPC:
            raise DiskFull(target) from exc
        raise


def _target(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return str(url.database or ":memory:")
    return url.render_as_string(hide_password=True)


def _is_disk_full(exc: DBAPIError) -> bool:
    """SQLite's SQLITE_FULL ("database or disk is full"), PostgreSQL's disk_full."""
    sqlite_code = getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF
    return sqlite_code == sqlite3.SQLITE_FULL or getattr(exc.orig, "sqlstate", "") == _PG_DISK_FULL


@dataclass(frozen=True)
class Database:
    """An open database: its URL, engine and session factory."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]

    def unit_of_work(self) -> AbstractContextManager[Session]:
        return unit_of_work(self.sessions)

    def close(self) -> None:
        self.engine.dispose()
