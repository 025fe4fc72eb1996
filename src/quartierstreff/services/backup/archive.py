"""The backup archive: its layout, reading its manifest, and verifying it completely.

A ``*.qtbackup`` file is a zip archive::

    manifest.json        format, app version, schema revision, time, source backend,
                         row count per table, size and SHA-256 of every other member
    database.sqlite3     (from SQLite only) a consistent copy made with the online
                         backup API, in rollback-journal mode so it is one file
    data/<table>.jsonl   the portable export of every table (see ``portable``)
    attachments/...      the receipt scans and other stored files

Nothing in an archive is trusted before :func:`open_backup` has checked all of it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
import sqlite3
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Table, create_engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from quartierstreff.services.backup import portable, schema
from quartierstreff.services.backup.names import backup_names
from quartierstreff.services.errors import BackupInvalid
from quartierstreff.services.views import BackupInfo

FORMAT = "quartierstreff-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite3"
DATA_PREFIX = "data/"
DATA_SUFFIX = ".jsonl"
ATTACHMENTS_PREFIX = "attachments/"

_CHUNK = 1 << 20
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_TABLE_MEMBER = re.compile(r"^data/([a-z_][a-z0-9_]*)\.jsonl$")
_SAFE_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_MAX_MANIFEST = 16 << 20


def data_member(table: str) -> str:
    return f"{DATA_PREFIX}{table}{DATA_SUFFIX}"


def _refuse(path: Path, reason: str, detail: str = "") -> BackupInvalid:
    return BackupInvalid(str(path), reason, detail)


def _is_unsafe(name: str, info: zipfile.ZipInfo) -> bool:
    """An absolute path, a drive, ``..``, a backslash, an empty part or a link."""
    if not name or name.startswith("/") or "\\" in name or ":" in name or "\x00" in name:
        return True
    if any(part in {"", ".", ".."} for part in name.split("/")):
        return True
    return stat.S_ISLNK(info.external_attr >> 16)


def _is_attachment(name: str) -> bool:
    parts = name.split("/")
    return (
        len(parts) >= 2
        and parts[0] + "/" == ATTACHMENTS_PREFIX
        and all(_SAFE_PART.match(part) for part in parts[1:])
    )


def _check_names(path: Path, archive: zipfile.ZipFile) -> None:
    names = [info.filename for info in archive.infolist()]
    for info in archive.infolist():
        if _is_unsafe(info.filename, info):
            raise _refuse(path, "unsafe_path", info.filename)
        if info.flag_bits & 0x1:  # encrypted: not written by us
            raise _refuse(path, "not_ours", info.filename)
    if len(set(names)) != len(names):
        raise _refuse(path, "members", "doppelt")
    if MANIFEST not in names:
        raise _refuse(path, "not_ours")
    for name in names:
        if not (
            name in {MANIFEST, SQLITE_MEMBER} or _TABLE_MEMBER.match(name) or _is_attachment(name)
        ):
            raise _refuse(path, "members", name)


@dataclass(frozen=True)
class Manifest:
    created_at: dt.datetime
    label: str
    app_version: str
    schema_revision: str
    source_backend: str
    tables: tuple[tuple[str, int], ...]
    members: dict[str, tuple[int, str]]  # name -> (size, sha256)


def _parse_manifest(path: Path, raw: bytes) -> Manifest:
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise _refuse(path, "manifest") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _refuse(path, "not_ours")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _refuse(path, "manifest", "format_version")
    if version > FORMAT_VERSION:
        raise _refuse(path, "format_too_new", str(version))
    try:
        tables = tuple((str(name), _count(count)) for name, count in data["tables"].items())
        members = {
            str(name): (_count(entry["size"]), _sha(entry["sha256"]))
            for name, entry in data["members"].items()
        }
        return Manifest(
            created_at=dt.datetime.fromisoformat(_text(data["created_at"])),
            label=_text(data["label"]),
            app_version=_text(data["app_version"]),
            schema_revision=_text(data["schema_revision"]),
            source_backend=_text(data["source_backend"]),
            tables=tables,
            members=members,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _refuse(path, "manifest", str(exc)) from exc


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("not a count")
    return value


def _sha(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise TypeError("not a SHA-256")
    return value


def manifest_json(
    *,
    created_at: dt.datetime,
    label: str,
    app_version: str,
    schema_revision: str,
    source_backend: str,
    tables: list[tuple[str, int]],
    members: dict[str, tuple[int, str]],
) -> bytes:
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "schema_revision": schema_revision,
        "created_at": created_at.isoformat(timespec="seconds"),
        "label": label,
        "source_backend": source_backend,
        "tables": dict(tables),
        "members": {
            name: {"size": size, "sha256": sha} for name, (size, sha) in sorted(members.items())
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def _info(path: Path, manifest: Manifest) -> BackupInfo:
    return BackupInfo(
        path=path,
        created_at=manifest.created_at,
        label=manifest.label,
        app_version=manifest.app_version,
        schema_revision=manifest.schema_revision,
        source_backend=manifest.source_backend,
        tables=manifest.tables,
        attachments=sum(1 for name in manifest.members if name.startswith(ATTACHMENTS_PREFIX)),
        size=path.stat().st_size,
        has_sqlite=SQLITE_MEMBER in manifest.members,
    )


@contextlib.contextmanager
def _zip(path: Path) -> Iterator[zipfile.ZipFile]:
    """``path`` opened as a zip archive, or a refusal saying why it cannot be one."""
    if not path.is_file():
        raise _refuse(path, "missing")
    magic = b""
    try:
        with path.open("rb") as file:
            magic = file.read(4)
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _refuse(path, "damaged" if magic in _ZIP_MAGIC else "not_zip") from exc
    with archive:
        yield archive


def _read_manifest(path: Path, archive: zipfile.ZipFile) -> Manifest:
    _check_names(path, archive)
    try:
        if archive.getinfo(MANIFEST).file_size > _MAX_MANIFEST:
            raise _refuse(path, "manifest", "zu groß")
        raw = archive.read(MANIFEST)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _refuse(path, "damaged") from exc
    return _parse_manifest(path, raw)


def read_info(path: Path) -> BackupInfo:
    """What the manifest of the backup ``path`` says; its contents are not checked."""
    with _zip(path) as archive:
        return _info(path, _read_manifest(path, archive))


def list_backups(target_dir: Path) -> list[BackupInfo]:
    """The readable backups in ``target_dir``, newest first (for choosing one to restore)."""
    found: list[BackupInfo] = []
    for name in reversed(backup_names(target_dir)):
        with contextlib.suppress(BackupInvalid, OSError):
            found.append(read_info(name.path))
    return found


def last_backup(target_dir: Path) -> BackupInfo | None:
    """The newest readable backup in ``target_dir`` (for the dashboard), or ``None``."""
    for name in reversed(backup_names(target_dir)):
        with contextlib.suppress(BackupInvalid, OSError):
            return read_info(name.path)
    return None


class OpenedBackup:
    """A backup that :func:`open_backup` has verified, still open for reading."""

    def __init__(
        self,
        info: BackupInfo,
        archive: zipfile.ZipFile,
        shape: schema.SchemaShape,
        sqlite_copy: Path | None,
    ) -> None:
        self.info = info
        self.shape = shape
        self.sqlite_copy = sqlite_copy
        """The archive's SQLite database, extracted and checked (``None`` if it has none)."""
        self._archive = archive

    def rows(self, table: Table) -> Iterator[portable.Row]:
        """The decoded rows of ``table`` (a table of :attr:`shape`)."""
        with self._archive.open(data_member(table.name)) as member:
            for line in member:
                yield portable.decode_line(line, table)

    def attachments(self) -> Iterator[tuple[str, IO[bytes]]]:
        """(path below the attachments folder, open member) for each stored file."""
        for info in self._archive.infolist():
            if info.filename.startswith(ATTACHMENTS_PREFIX):
                with self._archive.open(info) as member:
                    yield info.filename.removeprefix(ATTACHMENTS_PREFIX), member


def _check_member(
    path: Path,
    archive: zipfile.ZipFile,
    name: str,
    *,
    size: int,
    sha: str,
    copy_to: Path | None,
) -> None:
    """Size and SHA-256 of one member as the manifest states them (read in chunks; a
    member larger than stated is refused as soon as it is)."""
    digest = hashlib.sha256()
    read = 0
    try:
        with contextlib.ExitStack() as stack:
            member = stack.enter_context(archive.open(name))
            out = stack.enter_context(copy_to.open("wb")) if copy_to else None
            while chunk := member.read(_CHUNK):
                read += len(chunk)
                if read > size:
                    raise _refuse(path, "checksum", name)
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
    except (zipfile.BadZipFile, EOFError, ValueError, RuntimeError) as exc:
        raise _refuse(path, "damaged", name) from exc
    if read != size or digest.hexdigest() != sha:
        raise _refuse(path, "checksum", name)


def _check_data(path: Path, archive: zipfile.ZipFile, manifest: Manifest) -> None:
    """Every table of the schema has its export, every line decodes, the counts agree."""
    shape = schema.shape_at(manifest.schema_revision)
    expected = {data_member(table.name): table for table in shape.tables}
    present = {name for name in manifest.members if name.startswith(DATA_PREFIX)}
    if unknown := sorted(present - set(expected)):
        raise _refuse(path, "foreign_database", unknown[0])
    if missing := sorted(set(expected) - present):
        raise _refuse(path, "members", missing[0])
    counts = dict(manifest.tables)
    if set(counts) != {table.name for table in shape.tables}:
        raise _refuse(path, "manifest", "tables")
    for name, table in expected.items():
        lines = 0
        try:
            with archive.open(name) as member:
                for line in member:
                    portable.decode_line(line, table)
                    lines += 1
        except portable.DataError as exc:
            raise _refuse(path, "data", f"{table.name}: {exc}") from exc
        if lines != counts[table.name]:
            raise _refuse(path, "counts", table.name)


def check_sqlite_file(path: Path, database: Path, manifest: Manifest) -> None:
    """The SQLite copy in a backup: a sound database of our schema at the manifest's
    revision, holding as many rows as the manifest says."""
    with database.open("rb") as file:
        if file.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            raise _refuse(path, "corrupt_database", "kein SQLite-Kopf")
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        problems = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise _refuse(path, "corrupt_database", problems[0])
        tables = {
            str(row[0])
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if schema.VERSION_TABLE not in tables:
            raise _refuse(path, "foreign_database", schema.VERSION_TABLE)
        revisions = [
            str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version")
        ]
        if revisions != [manifest.schema_revision]:
            raise _refuse(path, "foreign_database", schema.VERSION_TABLE)
        mismatch = schema.sqlite_mismatch(connection, schema.shape_at(manifest.schema_revision))
        if mismatch is not None:
            raise _refuse(path, "foreign_database", mismatch)
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise _refuse(path, "corrupt_database", "foreign_key_check")
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, "corrupt_database", str(exc)) from exc
    finally:
        connection.close()
    counts = dict(manifest.tables)
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(database)), poolclass=NullPool
    )
    try:
        with engine.connect() as reader:
            for table in schema.shape_at(manifest.schema_revision).tables:
                found = reader.scalar(select(func.count()).select_from(table))
                if found != counts[table.name]:
                    raise _refuse(path, "counts", table.name)
    finally:
        engine.dispose()


@contextlib.contextmanager
def open_backup(path: Path, workdir: Path | None = None) -> Iterator[OpenedBackup]:
    """Verify the backup ``path`` completely and keep it open for reading.

    Checked: it is a zip archive and complete; no member name could escape a folder; it
    has our manifest, every member is listed there with the right size and SHA-256; the
    schema revision is in this version's history (a newer one is refused); the portable
    export has exactly the tables and columns of that revision and every value decodes;
    the SQLite copy (extracted into ``workdir``, or a temporary folder) passes
    ``PRAGMA integrity_check`` and has exactly our schema. Raises :class:`BackupInvalid`.
    """
    with _zip(path) as archive, tempfile.TemporaryDirectory(dir=workdir) as scratch:
        manifest = _read_manifest(path, archive)
        listed = set(manifest.members)
        present = set(archive.namelist()) - {MANIFEST}
        if listed != present:
            raise _refuse(path, "members", sorted(listed ^ present)[0])
        if not schema.is_known(manifest.schema_revision):
            raise _refuse(path, "schema_too_new", manifest.schema_revision)
        sqlite_copy = Path(scratch) / SQLITE_MEMBER if SQLITE_MEMBER in listed else None
        for name, (size, sha) in sorted(manifest.members.items()):
            copy_to = sqlite_copy if name == SQLITE_MEMBER else None
            _check_member(path, archive, name, size=size, sha=sha, copy_to=copy_to)
        _check_data(path, archive, manifest)
        if sqlite_copy is not None:
            check_sqlite_file(path, sqlite_copy, manifest)
        yield OpenedBackup(
            _info(path, manifest), archive, schema.shape_at(manifest.schema_revision), sqlite_copy
        )


def verify_backup(path: Path) -> BackupInfo:
    """Check the backup ``path`` completely (see :func:`open_backup`) and describe it."""
    with open_backup(path) as backup:
        return backup.info
