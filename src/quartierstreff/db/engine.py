"""Engine and session factory; one unit of work per user action.

SQLite is tuned for a desktop program that several windows (or a CLI beside the GUI)
may open at once: WAL journal, foreign keys enforced, a busy timeout instead of
"database is locked" errors. PostgreSQL runs with the same code for centres whose
PCs share one server.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 10_000


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


def _on_sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


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
    """One user action: commit when the block succeeds, roll back when it raises."""
    with factory() as session, session.begin():
        yield session


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
