"""Writing a backup: a consistent snapshot, exported and packed into one archive.

SQLite is copied with its online backup API (never a file copy of a live database) and
the portable export is read from that copy, so both describe the same moment. PostgreSQL
is exported inside one read-only REPEATABLE READ transaction, which is one snapshot too.

The archive is written under a temporary name in the target folder, flushed to disk and
only then renamed: a crash or a full disk leaves no half-written ``*.qtbackup``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import logging
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, MetaData, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from quartierstreff import __version__, paths
from quartierstreff.db.engine import Database
from quartierstreff.db.models import AuditAction
from quartierstreff.services import audit
from quartierstreff.services.backup import portable, schema
from quartierstreff.services.backup.archive import (
    ATTACHMENTS_PREFIX,
    MANIFEST,
    SQLITE_MEMBER,
    data_member,
    manifest_json,
    read_info,
)
from quartierstreff.services.backup.names import (
    AUTO,
    MANUAL,
    backup_key,
    backup_names,
    clean_label,
    free_backup_path,
    rotate_backups,
)
from quartierstreff.services.errors import BackupFailed, DiskFull, SchemaTooNew
from quartierstreff.services.security import SYSTEM_ACTOR, Actor, Permission, require
from quartierstreff.services.views import BackupInfo

log = logging.getLogger(__name__)

_CHUNK = 1 << 20
_ALREADY_COMPRESSED = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".zip", ".gz"})


def default_attachments_dir() -> Path:
    """Where receipt scans and other stored files live: ``attachments/`` in the data
    directory."""
    return paths.data_dir() / "attachments"


class _Writer:
    """Adds members to a zip archive and remembers their size and SHA-256."""

    def __init__(self, archive: zipfile.ZipFile, when: dt.datetime) -> None:
        self.archive = archive
        self.members: dict[str, tuple[int, str]] = {}
        self._date_time = when.timetuple()[:6]

    def _info(self, name: str, compress: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self._date_time)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        return info

    def add_chunks(self, name: str, chunks: Iterable[bytes], *, compress: bool = True) -> int:
        info = self._info(name, compress)
        size = 0
        digest = hashlib.sha256()
        with self.archive.open(info, "w", force_zip64=True) as member:
            for chunk in chunks:
                member.write(chunk)
                digest.update(chunk)
                size += len(chunk)
        self.members[name] = (size, digest.hexdigest())
        return size

    def add_file(self, name: str, source: Path, *, compress: bool = True) -> None:
        with source.open("rb") as file:
            self.add_chunks(name, iter(lambda: file.read(_CHUNK), b""), compress=compress)

    def add_lines(self, name: str, lines: Iterable[str]) -> int:
        count = 0

        def encoded() -> Iterator[bytes]:
            nonlocal count
            for line in lines:
                count += 1
                yield line.encode("utf-8")

        self.add_chunks(name, encoded())
        return count

    def add_manifest(self, document: bytes) -> None:
        self.archive.writestr(self._info(MANIFEST, True), document)


def _sqlite_snapshot(database: Database, target: Path) -> None:
    """A consistent copy of the live SQLite database through the online backup API,
    switched to rollback-journal mode so that it is a single file."""
    raw = database.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        raw.close()


class _NotOurs(Exception):
    """The database has no Quartierstreff schema (or not all of it)."""


def _has_exactly_our_schema(snapshot: Path, revision: str) -> bool:
    """Whether the SQLite copy can go into the archive: a copy with a table, column,
    trigger or view that is not ours would be refused on restore, so such a database is
    saved by its portable export alone."""
    connection = sqlite3.connect(snapshot)
    try:
        return schema.sqlite_mismatch(connection, schema.shape_at(revision)) is None
    finally:
        connection.close()


def _export(connection: Connection, writer: _Writer) -> tuple[str, list[tuple[str, int]]]:
    """The portable export of the tables and columns of our schema (a table or column
    someone added to a server database is left out); returns the revision and the row
    counts in dependency order."""
    revision = MigrationContext.configure(connection).get_current_revision()
    if revision is None:
        raise _NotOurs(schema.VERSION_TABLE)
    if not schema.is_known(revision):
        raise SchemaTooNew(revision)
    shape = schema.shape_at(revision)
    metadata = MetaData()
    metadata.reflect(connection)
    counts: list[tuple[str, int]] = []
    for expected in shape.tables:
        table = metadata.tables.get(expected.name)
        if table is None or not shape.columns(table.name) <= set(table.columns.keys()):
            raise _NotOurs(expected.name)
        columns = [table.columns[column.name] for column in expected.columns]
        lines = portable.export_lines(connection, table, columns)
        counts.append((table.name, writer.add_lines(data_member(table.name), lines)))
    return revision, counts


def _add_attachments(writer: _Writer, attachments_dir: Path) -> None:
    if not attachments_dir.is_dir():
        return
    for file in sorted(attachments_dir.rglob("*")):
        if file.is_symlink() or not file.is_file():
            continue
        relative = file.relative_to(attachments_dir).as_posix()
        compress = file.suffix.lower() not in _ALREADY_COMPRESSED
        writer.add_file(ATTACHMENTS_PREFIX + relative, file, compress=compress)


def fsync_file(path: Path) -> None:
    """Flush ``path`` and its folder's entry to the disk before it is relied on."""
    with path.open("r+b") as file:
        os.fsync(file.fileno())
    if os.name == "posix":
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def _failure(target: Path, exc: OSError) -> BackupFailed:
    if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
        return BackupFailed(str(target), "disk_full")
    if exc.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return BackupFailed(str(target), "permission", exc.strerror or "")
    return BackupFailed(str(target), "os_error", exc.strerror or str(exc))


def _write(
    database: Database,
    scratch: Path,
    *,
    now: dt.datetime,
    label: str,
    attachments_dir: Path,
) -> Path:
    """The archive, written into ``scratch``."""
    backend = database.url.get_backend_name()
    archive_path = scratch / "backup.zip"
    with zipfile.ZipFile(archive_path, "w", allowZip64=True) as archive:
        writer = _Writer(archive, now)
        if backend == "sqlite":
            snapshot = scratch / SQLITE_MEMBER
            _sqlite_snapshot(database, snapshot)
            engine = create_engine(
                URL.create("sqlite+pysqlite", database=str(snapshot)), poolclass=NullPool
            )
            try:
                with engine.connect() as connection:
                    revision, counts = _export(connection, writer)
            finally:
                engine.dispose()
            if _has_exactly_our_schema(snapshot, revision):
                writer.add_file(SQLITE_MEMBER, snapshot)
        else:
            with database.engine.connect() as plain:
                connection = plain.execution_options(isolation_level="REPEATABLE READ")
                with connection.begin():
                    connection.exec_driver_sql("SET TRANSACTION READ ONLY")
                    revision, counts = _export(connection, writer)
        _add_attachments(writer, attachments_dir)
        writer.add_manifest(
            manifest_json(
                created_at=now,
                label=label,
                app_version=__version__,
                schema_revision=revision,
                source_backend=backend,
                tables=counts,
                members=writer.members,
            )
        )
    return archive_path


def create_backup(
    database: Database,
    target_dir: Path,
    *,
    actor: Actor,
    now: dt.datetime,
    label: str = MANUAL,
    attachments_dir: Path | None = None,
) -> BackupInfo:
    """Write a backup of ``database`` (and of the attachments folder) into
    ``target_dir`` and return what was written.

    Raises :class:`BackupFailed` when the folder cannot be written (disk full, no
    permission) or the database cannot be read; nothing is left behind then. A backup
    holds everyone's data, so ``actor`` needs :attr:`Permission.BACKUP_CREATE`; backups a
    user asked for are recorded in the audit trail.
    """
    require(actor, Permission.BACKUP_CREATE)
    label = clean_label(label)
    attachments = default_attachments_dir() if attachments_dir is None else attachments_dir
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target_dir, prefix=".quartierstreff-") as scratch:
            written = _write(
                database, Path(scratch), now=now, label=label, attachments_dir=attachments
            )
            fsync_file(written)
            final = free_backup_path(target_dir, now, label)
            written.replace(final)
    except OSError as exc:
        raise _failure(target_dir, exc) from exc
    except _NotOurs as exc:
        raise BackupFailed(str(target_dir), "no_schema", str(exc)) from exc
    except (DBAPIError, sqlite3.Error) as exc:
        cause = exc.orig if isinstance(exc, DBAPIError) else exc
        if getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            raise BackupFailed(str(target_dir), "disk_full") from exc
        lines = str(cause).strip().splitlines()
        raise BackupFailed(str(target_dir), "unreadable", lines[0] if lines else "") from exc
    info = read_info(final)
    if actor != SYSTEM_ACTOR:
        _record(database, actor, info)
    return info


def _record(database: Database, actor: Actor, info: BackupInfo) -> None:
    """Note the backup in the audit trail; a database that cannot be written to (read
    only, full) still has its backup, so a failure here is logged, not raised."""
    try:
        with database.unit_of_work() as session:
            audit.record(
                session,
                actor,
                AuditAction.EXPORT,
                "backup",
                backup_key(info.path),
                summary=str(info.path),
            )
    except (SQLAlchemyError, DiskFull):
        log.warning("could not record the backup %s in the audit trail", info.path, exc_info=True)


def copy_backup(backup: Path, mirror_dir: Path) -> Path:
    """Copy an archive into a second folder (USB stick, network drive), under the same
    name, written under a temporary name first. Raises :class:`BackupFailed`."""
    try:
        mirror_dir.mkdir(parents=True, exist_ok=True)
        target = mirror_dir / backup.name
        with tempfile.NamedTemporaryFile(
            dir=mirror_dir, prefix=".quartierstreff-", delete=False
        ) as temporary:
            partial = Path(temporary.name)
        try:
            shutil.copyfile(backup, partial)
            fsync_file(partial)
            partial.replace(target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
    except OSError as exc:
        raise _failure(mirror_dir, exc) from exc
    return target


def automatic_backup(
    database: Database,
    target_dir: Path,
    *,
    now: dt.datetime,
    every: dt.timedelta,
    actor: Actor,
    mirror_dir: Path | None = None,
    attachments_dir: Path | None = None,
) -> BackupInfo | None:
    """The GUI's automatic backup (on close with ``every=timedelta(0)``, and on a timer):
    write an ``auto`` backup unless the newest one is younger than ``every``, copy it
    to ``mirror_dir`` if one is set, and rotate both folders. Returns the new backup, or
    ``None`` when none was due. A failing mirror raises :class:`BackupFailed` after the
    backup in ``target_dir`` was written."""
    automatic = [name for name in backup_names(target_dir) if name.label == AUTO]
    if automatic and every > dt.timedelta(0) and now - automatic[-1].created < every:
        return None
    info = create_backup(
        database, target_dir, actor=actor, now=now, label=AUTO, attachments_dir=attachments_dir
    )
    rotate_backups(target_dir, now)
    if mirror_dir is not None:
        copy_backup(info.path, mirror_dir)
        try:
            rotate_backups(mirror_dir, now)
        except OSError as exc:
            raise _failure(mirror_dir, exc) from exc
    return info
