"""Open a database for the app or the CLI: connect, migrate to head (with a backup)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from quartierstreff.db.engine import Database, make_engine, make_session_factory
from quartierstreff.db.migrate import upgrade_to_head
from quartierstreff.services import audit
from quartierstreff.services.backup import last_backup
from quartierstreff.services.errors import DatabaseCorrupt, DatabaseForeign, DatabaseUnavailable

_DAMAGED = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def open_database(
    url: URL, backup_dir: Path, *, migrate: bool = True, create: bool = True
) -> Database:
    """Connect to ``url`` and, unless ``migrate`` is false, upgrade it to the current schema.

    A SQLite file (and its folder) is created on first start unless ``create`` is false,
    in which case a missing file is reported as :class:`DatabaseUnavailable`. A SQLite
    file that is damaged or not a database is left untouched and reported as
    :class:`DatabaseCorrupt`, naming the newest backup in ``backup_dir`` to restore.
    """
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        file = Path(url.database).expanduser()
        if not create and not file.exists():
            raise DatabaseUnavailable(str(file), "file_missing")
        file.parent.mkdir(parents=True, exist_ok=True)
        if file.exists():
            _refuse_a_damaged_or_foreign_file(file, backup_dir)
    engine = make_engine(url)
    try:
        if migrate:
            upgrade_to_head(engine, backup_dir)
        else:
            with engine.connect():
                pass
    except DBAPIError as exc:
        engine.dispose()
        reason = _first_line(exc)
        if _is_damaged(exc):
            raise _damaged(Path(str(url.database)).expanduser(), reason, backup_dir) from exc
        raise DatabaseUnavailable(url.render_as_string(hide_password=True), reason) from exc
    except BaseException:
        engine.dispose()
        raise
    sessions = make_session_factory(engine)
    audit.install(sessions)
    return Database(url=url, engine=engine, sessions=sessions)


def _refuse_a_damaged_or_foreign_file(file: Path, backup_dir: Path) -> None:
    """Look at an existing SQLite file before the app's engine touches it (its pragmas
    write to the file): ``PRAGMA quick_check``, and whether it is another program's."""
    try:
        connection = sqlite3.connect(file, isolation_level=None)
        try:
            problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
            tables = {
                str(row[0])
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                )
            }
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if getattr(exc, "sqlite_errorcode", None) in _DAMAGED:
            raise _damaged(file, reason, backup_dir) from exc
        raise DatabaseUnavailable(str(file), reason) from exc
    if problems != ["ok"]:
        raise _damaged(file, problems[0], backup_dir)
    if tables and "alembic_version" not in tables:
        raise DatabaseForeign(str(file), ", ".join(sorted(tables)))


def _is_damaged(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlite_errorcode", None) in _DAMAGED


def _damaged(file: Path, reason: str, backup_dir: Path) -> DatabaseCorrupt:
    newest = last_backup(backup_dir)
    return DatabaseCorrupt(
        target=str(file),
        reason=reason,
        newest_backup=str(newest.path) if newest else "",
        newest_backup_at=newest.created_at if newest else None,
    )


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
