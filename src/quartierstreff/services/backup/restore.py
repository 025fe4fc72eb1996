"""Restoring a backup into a SQLite file or a PostgreSQL database.

The order is what makes it safe: verify the whole archive; build the restored database
(SQLite: a new file next to the target, checked, brought to the current schema); keep a
backup of the database that is about to be replaced; only then swap (SQLite: one atomic
rename; PostgreSQL: one transaction). Whatever fails before the swap leaves the target as
it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, MetaData, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from quartierstreff.db.engine import Database, make_engine, make_session_factory
from quartierstreff.db.models import AuditAction
from quartierstreff.services import audit
from quartierstreff.services.backup import portable, schema
from quartierstreff.services.backup.archive import OpenedBackup, open_backup
from quartierstreff.services.backup.create import (
    create_backup,
    default_attachments_dir,
    fsync_file,
)
from quartierstreff.services.backup.names import BEFORE_RESTORE, backup_file_name, backup_key
from quartierstreff.services.errors import (
    BackupFailed,
    BackupInvalid,
    DatabaseUnavailable,
    RestoreFailed,
    SchemaTooNew,
)
from quartierstreff.services.security import SYSTEM_ACTOR, Actor, Permission, require
from quartierstreff.services.views import RestoreResult

log = logging.getLogger(__name__)

_SIDE_FILES = ("-wal", "-shm", "-journal")
_LOCK_TIMEOUT_S = 2.0


def restore_backup(
    target: URL,
    backup: Path,
    safety_dir: Path,
    *,
    actor: Actor,
    now: dt.datetime,
    attachments_dir: Path | None = None,
) -> RestoreResult:
    """Replace the database at ``target`` by the backup ``backup``.

    The backup is verified first (:class:`BackupInvalid`, nothing changed). The database
    being replaced is kept as a backup labelled ``vor-wiederherstellung`` in
    ``safety_dir`` (a damaged SQLite file that cannot be read is copied as it is). The
    attachments of the backup are added to the attachments folder (none is deleted). An
    older schema is upgraded to the current one.

    SQLite: every engine on the target must be disposed before; another program that
    still has the file open makes this raise :class:`RestoreFailed` (``in_use``).

    ``actor`` needs :attr:`Permission.BACKUP_RESTORE`; the restore is recorded in the
    audit trail of the restored database.
    """
    require(actor, Permission.BACKUP_RESTORE)
    attachments = default_attachments_dir() if attachments_dir is None else attachments_dir
    if target.get_backend_name() == "sqlite":
        result = _restore_sqlite(target, backup, safety_dir, now, attachments)
    else:
        result = _restore_server(target, backup, safety_dir, now, attachments)
    _record(target, actor, result)
    return result


def _record(target: URL, actor: Actor, result: RestoreResult) -> None:
    """Note the restore in the restored database's audit trail (best effort: the
    restore itself has succeeded)."""
    created = result.backup.created_at.astimezone()
    engine = make_engine(target, poolclass=NullPool)
    try:
        with make_session_factory(engine).begin() as session:
            audit.record(
                session,
                actor,
                AuditAction.RESTORE,
                "backup",
                backup_key(result.backup.path),
                summary=f"Sicherung vom {created:%d.%m.%Y %H:%M} wiederhergestellt",
                link_user=False,
            )
    except SQLAlchemyError:
        log.warning("could not record the restore in the audit trail", exc_info=True)
    finally:
        engine.dispose()


def _load(connection: Connection, backup: OpenedBackup) -> None:
    """Bring the (empty) database of ``connection`` to the backup's revision and insert
    the backup's portable export into it."""
    schema.migrate_connection(connection, backup.info.schema_revision)
    target = MetaData()
    target.reflect(connection)
    for table in backup.shape.tables:
        portable.insert_rows(connection, target.tables[table.name], backup.rows(table))
    if connection.dialect.name == "postgresql":
        portable.reset_sequences(connection, target.sorted_tables)


def _restore_attachments(backup: OpenedBackup, attachments_dir: Path) -> int:
    count = 0
    root = attachments_dir.resolve()
    for relative, member in backup.attachments():
        destination = root.joinpath(*relative.split("/"))
        if not destination.resolve().is_relative_to(root):  # names were checked; be sure
            raise BackupInvalid(str(backup.info.path), "unsafe_path", relative)
        destination.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=destination.parent, prefix=".quartierstreff-", delete=False
        ) as partial:
            try:
                shutil.copyfileobj(member, partial)
            except BaseException:
                Path(partial.name).unlink()
                raise
        Path(partial.name).replace(destination)
        count += 1
    return count


def _describe(target: URL) -> str:
    if target.get_backend_name() == "sqlite":
        return str(target.database)
    return target.render_as_string(hide_password=True)


# --- SQLite ------------------------------------------------------------------


def _side_file(file: Path, suffix: str) -> Path:
    return file.with_name(file.name + suffix)


def _check_candidate(candidate: Path) -> str | None:
    """What is wrong with the restored file before it replaces the target, if anything."""
    connection = sqlite3.connect(candidate, isolation_level=None)
    try:
        problems = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            return problems[0]
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            return "foreign_key_check"
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != schema.history()[-1]:
            return "alembic_version"
    finally:
        connection.close()
    return None


def _lock(connection: sqlite3.Connection, file: Path) -> bool:
    """Take the file's lock for ``connection`` alone; false when it is not a database."""
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) in {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}:
            raise RestoreFailed(str(file), "in_use") from exc
        return False
    return True


@contextlib.contextmanager
def _exclusively(file: Path) -> Iterator[sqlite3.Connection | None]:
    """The target file locked against every other connection, or :class:`RestoreFailed`
    (``in_use``) when another program has it open. ``None`` when the file is missing or
    is not a readable database (then there is nobody to lock out)."""
    if not file.exists():
        yield None
        return
    connection = sqlite3.connect(file, timeout=_LOCK_TIMEOUT_S, isolation_level=None)
    try:
        yield connection if _lock(connection, file) else None
    finally:
        connection.close()


def _raw_copy(file: Path, safety_dir: Path, now: dt.datetime) -> Path:
    """A damaged database file (and its journal files), copied byte for byte: it cannot
    be read, so the online backup API cannot copy it, and no program can be using it."""
    safety_dir.mkdir(parents=True, exist_ok=True)
    seq = 0
    while True:
        name = backup_file_name(now, f"{BEFORE_RESTORE}-beschaedigt", seq)
        copy = safety_dir / name.replace(".qtbackup", ".sqlite3")
        if not copy.exists():
            break
        seq += 1
    shutil.copy2(file, copy)
    for suffix in _SIDE_FILES:
        if (side := _side_file(file, suffix)).exists():
            shutil.copy2(side, _side_file(copy, suffix))
    return copy


def _sqlite_safety_copy(
    target: URL, file: Path, safety_dir: Path, now: dt.datetime, attachments: Path
) -> Path | None:
    if not file.exists():
        return None
    engine = make_engine(target, poolclass=NullPool)
    try:
        database = Database(url=target, engine=engine, sessions=make_session_factory(engine))
        return create_backup(
            database,
            safety_dir,
            actor=SYSTEM_ACTOR,
            now=now,
            label=BEFORE_RESTORE,
            attachments_dir=attachments,
        ).path
    except BackupFailed as exc:
        if exc.reason not in {"unreadable", "no_schema"}:
            raise RestoreFailed(str(file), "safety_copy", exc.reason) from exc
    finally:
        engine.dispose()
    try:
        return _raw_copy(file, safety_dir, now)
    except OSError as exc:
        raise RestoreFailed(str(file), "safety_copy", exc.strerror or str(exc)) from exc


def _restore_sqlite(
    target: URL, backup: Path, safety_dir: Path, now: dt.datetime, attachments: Path
) -> RestoreResult:
    if target.database in (None, "", ":memory:"):
        raise RestoreFailed(_describe(target), "load", ":memory:")
    file = Path(str(target.database)).expanduser()
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        scratch_dir = tempfile.TemporaryDirectory(dir=file.parent, prefix=".quartierstreff-")
    except OSError as exc:
        raise RestoreFailed(str(file), "load", exc.strerror or str(exc)) from exc
    with scratch_dir as scratch, open_backup(backup, Path(scratch)) as opened:
        candidate = Path(scratch) / "restored.sqlite3"
        revision = opened.info.schema_revision
        try:
            if opened.sqlite_copy is not None:
                opened.sqlite_copy.replace(candidate)
            engine = make_engine(
                URL.create("sqlite+pysqlite", database=str(candidate)), poolclass=NullPool
            )
            try:
                with engine.begin() as connection:
                    if opened.sqlite_copy is None:
                        _load(connection, opened)
                    schema.migrate_connection(connection, "head")
            finally:
                engine.dispose()
            problem = _check_candidate(candidate)
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            raise RestoreFailed(str(file), "load", _first_line(exc)) from exc
        if problem is not None:
            raise RestoreFailed(str(file), "load", problem)

        with _exclusively(file):
            pass  # fail early, before writing anything, when another program has it open
        safety = _sqlite_safety_copy(target, file, safety_dir, now, attachments)
        try:
            restored_attachments = _restore_attachments(opened, attachments)
            with _exclusively(file) as lock:
                if lock is not None:
                    lock.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            fsync_file(candidate)
            # Journal files of the old database must not meet the new one.
            for suffix in _SIDE_FILES:
                _side_file(file, suffix).unlink(missing_ok=True)
            candidate.replace(file)
        except OSError as exc:
            raise RestoreFailed(str(file), "load", exc.strerror or str(exc)) from exc
    return RestoreResult(
        backup=opened.info,
        target=str(file),
        safety_copy=safety,
        revision=schema.history()[-1],
        upgraded_from=revision if revision != schema.history()[-1] else None,
        attachments=restored_attachments,
    )


def _first_line(exc: BaseException) -> str:
    cause = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__


# --- PostgreSQL --------------------------------------------------------------


def _restore_server(
    target: URL, backup: Path, safety_dir: Path, now: dt.datetime, attachments: Path
) -> RestoreResult:
    described = _describe(target)
    engine = make_engine(target)
    try:
        with open_backup(backup) as opened:
            try:
                with engine.connect() as connection:
                    current = MigrationContext.configure(connection).get_current_revision()
                    tables = inspect(connection).get_table_names()
            except DBAPIError as exc:
                raise DatabaseUnavailable(described, _first_line(exc)) from exc
            if current is not None and not schema.is_known(current):
                raise SchemaTooNew(current)
            safety: Path | None = None
            if current is None and tables:
                raise RestoreFailed(described, "foreign_target", sorted(tables)[0])
            if current is not None:
                database = Database(
                    url=target, engine=engine, sessions=make_session_factory(engine)
                )
                try:
                    safety = create_backup(
                        database,
                        safety_dir,
                        actor=SYSTEM_ACTOR,
                        now=now,
                        label=BEFORE_RESTORE,
                        attachments_dir=attachments,
                    ).path
                except BackupFailed as exc:
                    raise RestoreFailed(described, "safety_copy", exc.reason) from exc
            try:
                restored_attachments = _restore_attachments(opened, attachments)
                with engine.begin() as connection:
                    if current is not None:  # empty our tables, and only ours
                        ours = set(schema.shape_at(current).metadata.tables)
                        existing = MetaData()
                        existing.reflect(connection, only=sorted(ours))
                        for table in reversed(existing.sorted_tables):
                            connection.execute(table.delete())
                    _load(connection, opened)
                    schema.migrate_connection(connection, "head")
            except (OSError, DBAPIError) as exc:
                raise RestoreFailed(described, "load", _first_line(exc)) from exc
    finally:
        engine.dispose()
    revision = opened.info.schema_revision
    head = schema.history()[-1]
    return RestoreResult(
        backup=opened.info,
        target=described,
        safety_copy=safety,
        revision=head,
        upgraded_from=revision if revision != head else None,
        attachments=restored_attachments,
    )
