"""Backups: write, verify, rotate and restore, on SQLite and PostgreSQL and across them;
every crafted, damaged or foreign archive is refused before anything changes."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import ColumnElement, Engine, Table, insert, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from quartierstreff.db import migrate
from quartierstreff.db.engine import Database, make_engine, make_session_factory
from quartierstreff.db.models import (
    AuditAction,
    AuditEntry,
    Base,
    CentreProfile,
    Person,
    Receipt,
    Role,
    User,
)
from quartierstreff.db.open import open_database
from quartierstreff.messages import describe
from quartierstreff.services import backup
from quartierstreff.services.backup import names, schema
from quartierstreff.services.demo import load_demo
from quartierstreff.services.errors import (
    BackupFailed,
    BackupInvalid,
    DatabaseCorrupt,
    DatabaseForeign,
    PermissionDenied,
    RestoreFailed,
)
from quartierstreff.services.security import Actor
from quartierstreff.services.views import BackupInfo
from tests.conftest import ADMIN, BACKENDS

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 18, 30)
LATER = dt.datetime(2026, 11, 24, 19, 45)

Dump = dict[str, list[tuple[Any, ...]]]


# --- helpers -----------------------------------------------------------------


def _normal(value: object) -> object:
    """Timestamps compared in UTC without a zone (SQLite keeps none, PostgreSQL one)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def dump(url: str) -> Dump:
    """Every row of every table, in primary key order; of the audit trail only what
    is not about backups (each backup and restore adds its own entry)."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(_normal(value) for value in row)
                    for row in connection.execute(
                        select(table)
                        .where(*_not_about_backups(table))
                        .order_by(*table.primary_key.columns)
                    )
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def _not_about_backups(table: Table) -> list[ColumnElement[bool]]:
    return [table.c.entity != "backup"] if table.name == "audit_log" else []


def opened(url: str, tmp_path: Path) -> Database:
    return open_database(make_url(url), tmp_path / "vor-update")


def demo_database(url: str, tmp_path: Path) -> str:
    """``url`` migrated and filled with the demo Bürgertreff."""
    database = opened(url, tmp_path)
    with database.unit_of_work() as session:
        load_demo(session, ADMIN, TODAY)
    database.close()
    return url


def backup_of(url: str, target_dir: Path, *, now: dt.datetime = NOW, **kwargs: Any) -> BackupInfo:
    engine = make_engine(url)
    database = Database(make_url(url), engine, make_session_factory(engine))
    try:
        return backup.create_backup(database, target_dir, actor=ADMIN, now=now, **kwargs)
    finally:
        engine.dispose()


def _insert_small_sample(engine: Engine) -> None:
    """A few rows of every kind of value: bytes, money, dates, time stamps, booleans, and
    a correction that refers to a receipt with a *higher* id (parents must come first)."""
    with Session(engine) as session, session.begin():
        session.add(CentreProfile(id=1, name="Bürgertreff Süd", logo=b"\x89PNG\x00\xff"))
        session.add(Person(id=1, first_name="Jürgen", last_name="Weiß", birth_date=TODAY))
        session.add(
            User(
                username="kasse",
                display_name="Kasse",
                role="treasurer",
                password_hash="x",
                is_active=False,
                last_login_at=dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC),
            )
        )
    common = {
        "kind": "expense",
        "receipt_date": TODAY,
        "counterparty": "Baumarkt",
        "purpose": "Farbe",
        "payment_method": "cash",
        "category": "Material",
    }
    with engine.begin() as connection:
        receipts = Receipt.__table__
        connection.execute(
            insert(receipts).values(id=2, year=2026, number=1, amount=Decimal("18.10"), **common)
        )
        connection.execute(
            insert(receipts).values(
                id=1, year=2026, number=2, amount=Decimal("-3.05"), corrects_id=2, **common
            )
        )


@pytest.fixture(scope="module")
def sample_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One valid backup of a small SQLite database, the raw material for crafted ones."""
    root = tmp_path_factory.mktemp("sample")
    url = f"sqlite:///{root / 'sample.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    _insert_small_sample(engine)
    engine.dispose()
    (root / "attachments" / "ab").mkdir(parents=True)
    (root / "attachments" / "ab" / "abcdef.pdf").write_bytes(b"%PDF-1.4 scan")
    return backup_of(url, root / "backups", attachments_dir=root / "attachments").path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def craft(
    source: Path,
    target: Path,
    change: Callable[[dict[str, bytes]], None],
    *,
    fix_manifest: bool = True,
) -> Path:
    """A copy of the archive ``source`` with its members changed by ``change``; with
    ``fix_manifest`` the manifest's sizes and checksums are made to match again (as an
    attacker would)."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    if fix_manifest and "manifest.json" in members:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {
            name: {"size": len(data), "sha256": _sha(data)}
            for name, data in members.items()
            if name != "manifest.json"
        }
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data)
    return target


def _edit_manifest(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, bytes]], None]:
    def edit(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        change(manifest)
        members["manifest.json"] = json.dumps(manifest).encode()

    return edit


def _edit_sqlite(tmp: Path, statements: list[str]) -> Callable[[dict[str, bytes]], None]:
    def edit(members: dict[str, bytes]) -> None:
        file = tmp / "edit.sqlite3"
        file.write_bytes(members["database.sqlite3"])
        connection = sqlite3.connect(file, isolation_level=None)
        for statement in statements:
            connection.execute(statement)
        connection.close()
        members["database.sqlite3"] = file.read_bytes()

    return edit


def _foreign_sqlite(tmp: Path) -> Callable[[dict[str, bytes]], None]:
    def edit(members: dict[str, bytes]) -> None:
        file = tmp / "fremd.sqlite3"
        connection = sqlite3.connect(file, isolation_level=None)
        connection.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
        connection.close()
        members["database.sqlite3"] = file.read_bytes()

    return edit


def _corrupt_pages(members: dict[str, bytes]) -> None:
    data = bytearray(members["database.sqlite3"])
    page = 4096
    for start in range(2 * page, len(data) - page, 7 * page):
        data[start + 8 : start + 400] = b"\xa5" * 392
    members["database.sqlite3"] = bytes(data)


def _bad_value(members: dict[str, bytes]) -> None:
    lines = members["data/persons.jsonl"].decode().splitlines()
    row = json.loads(lines[0])
    row["birth_date"] = 19580703
    members["data/persons.jsonl"] = (json.dumps(row) + "\n").encode()


# --- writing -----------------------------------------------------------------


def test_archive_layout_and_manifest(sample_backup: Path) -> None:
    assert sample_backup.name == "quartierstreff-2026-11-24_1830-manuell.qtbackup"
    with zipfile.ZipFile(sample_backup) as archive:
        names_in_archive = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        for name, entry in manifest["members"].items():
            assert _sha(archive.read(name)) == entry["sha256"]
    assert {"manifest.json", "database.sqlite3", "attachments/ab/abcdef.pdf"} <= names_in_archive
    assert {f"data/{table.name}.jsonl" for table in Base.metadata.sorted_tables} < names_in_archive
    assert manifest["format"] == "quartierstreff-backup"
    assert manifest["schema_revision"] == migrate.head_revision()
    assert manifest["source_backend"] == "sqlite"
    assert manifest["created_at"] == "2026-11-24T18:30:00"
    assert manifest["tables"]["receipts"] == 2
    assert list(manifest["tables"]) == [table.name for table in Base.metadata.sorted_tables]

    info = backup.verify_backup(sample_backup)
    assert info.label == "manuell"
    assert info.has_sqlite
    assert info.attachments == 1
    assert dict(info.tables)["persons"] == 1


def test_portable_values(sample_backup: Path) -> None:
    with zipfile.ZipFile(sample_backup) as archive:
        profile = json.loads(archive.read("data/centre_profile.jsonl"))
        receipts = [json.loads(line) for line in archive.read("data/receipts.jsonl").splitlines()]
        users = [json.loads(line) for line in archive.read("data/users.jsonl").splitlines()]
    assert profile["logo"] == "iVBORwD/"  # base64
    assert [row["amount"] for row in receipts] == ["-3.05", "18.10"]  # exact, as text
    assert receipts[0]["receipt_date"] == "2026-11-24"
    assert users[0]["is_active"] is False
    assert users[0]["last_login_at"].startswith("2026-11-01T09:00:00")


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_migration_is_preceded_by_a_backup(
    backend: str, new_database_url: Callable[[str], str], tmp_path: Path
) -> None:
    url = new_database_url(backend)
    engine = make_engine(url)
    first = schema.history()[0]
    migrate.upgrade(engine, first)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO rooms (name, symbol, capacity) VALUES ('Saal', 'S', 80)")
        )
    engine.dispose()

    database = open_database(make_url(url), tmp_path / "backups")
    database.close()

    (written,) = (tmp_path / "backups").glob("*.qtbackup")
    assert written.name.endswith(f"-vor-update-{first}.qtbackup")
    info = backup.verify_backup(written)
    assert info.schema_revision == first
    assert info.source_backend == backend
    assert dict(info.tables)["rooms"] == 1


def test_backup_failures_leave_nothing_behind(
    sample_backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'klein.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    target = tmp_path / "stick"

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("quartierstreff.services.backup.create.fsync_file", disk_full)
    with pytest.raises(BackupFailed) as caught:
        backup_of(url, target)
    assert caught.value.reason == "disk_full"
    assert list(target.iterdir()) == []  # no half-written archive, no scratch folder
    assert "Datenträger ist voll" in describe(caught.value)

    monkeypatch.undo()
    blocked = tmp_path / "eine-datei"
    blocked.write_text("kein Ordner")
    with pytest.raises(BackupFailed):
        backup_of(url, blocked)


def test_a_database_without_our_schema_is_not_backed_up(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'leer.sqlite3'}"
    with pytest.raises(BackupFailed) as caught:
        backup_of(url, tmp_path / "backups")
    assert caught.value.reason == "no_schema"


# --- restoring -----------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_restore_brings_back_the_old_data(
    backend: str, new_database_url: Callable[[str], str], tmp_path: Path
) -> None:
    url = demo_database(new_database_url(backend), tmp_path)
    before = dump(url)
    written = backup_of(url, tmp_path / "backups")

    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(update(Person.__table__).values(last_name="Geändert"))
        connection.execute(Receipt.__table__.delete().where(Receipt.corrects_id.is_not(None)))
    engine.dispose()
    changed = dump(url)
    assert changed != before

    result = backup.restore_backup(
        make_url(url), written.path, tmp_path / "safety", actor=ADMIN, now=LATER
    )

    assert dump(url) == before
    engine = make_engine(url)
    with engine.connect() as connection:
        recorded = connection.execute(
            select(AuditEntry.action, AuditEntry.username, AuditEntry.entity_id)
            .where(AuditEntry.entity == "backup")
            .order_by(AuditEntry.id)
        ).all()
    engine.dispose()
    # The backup was written after `before`; the restored trail ends with the restore.
    assert [tuple(row) for row in recorded] == [
        (AuditAction.RESTORE, ADMIN.username, backup.backup_key(written.path))
    ]
    assert result.upgraded_from is None
    assert result.revision == migrate.head_revision()
    assert result.safety_copy is not None
    assert (
        result.safety_copy.name == "quartierstreff-2026-11-24_1945-vor-wiederherstellung.qtbackup"
    )
    # The safety copy holds the data as it was just before the restore.
    other = new_database_url("sqlite")
    backup.restore_backup(
        make_url(other), result.safety_copy, tmp_path / "safety2", actor=ADMIN, now=LATER
    )
    assert dump(other) == changed

    database = opened(url, tmp_path)  # opens at head, no migration needed
    with database.engine.begin() as connection:  # the id sequences continue after the restore
        connection.execute(insert(Person.__table__).values(first_name="Neu", last_name="Person"))
    database.close()
    if backend == "sqlite":
        file = Path(make_url(url).database or "")
        assert not file.with_name(file.name + "-journal").exists()


@pytest.mark.parametrize(
    ("source", "target"),
    [
        pytest.param("sqlite", "postgresql", marks=pytest.mark.postgresql),
        pytest.param("postgresql", "sqlite", marks=pytest.mark.postgresql),
    ],
)
def test_moving_between_sqlite_and_postgresql(
    source: str, target: str, new_database_url: Callable[[str], str], tmp_path: Path
) -> None:
    url = demo_database(new_database_url(source), tmp_path)
    written = backup_of(url, tmp_path / "backups")
    assert written.has_sqlite == (source == "sqlite")
    assert written.source_backend == source

    # Into a new, empty database (a server set up for the move) ...
    fresh = new_database_url(target)
    result = backup.restore_backup(
        make_url(fresh), written.path, tmp_path / "safety", actor=ADMIN, now=LATER
    )
    assert result.safety_copy is None
    assert dump(fresh) == dump(url)

    # ... and over a database that holds other data.
    other = new_database_url(target)
    opened(other, tmp_path).close()
    engine = make_engine(other)
    with engine.begin() as connection:
        connection.execute(insert(Person.__table__).values(first_name="Ganz", last_name="Anders"))
    engine.dispose()
    result = backup.restore_backup(
        make_url(other), written.path, tmp_path / "safety", actor=ADMIN, now=LATER
    )
    assert result.safety_copy is not None
    assert dump(other) == dump(fresh)


def test_small_sample_round_trip_through_postgresql_and_back(
    sample_backup: Path, new_database_url: Callable[[str], str], tmp_path: Path
) -> None:
    """Bytes, money, booleans, zones and a correction pointing at a later id survive."""
    server = new_database_url("postgresql")
    backup.restore_backup(make_url(server), sample_backup, tmp_path / "s1", actor=ADMIN, now=LATER)
    again = backup_of(server, tmp_path / "from-server")
    local = new_database_url("sqlite")
    backup.restore_backup(make_url(local), again.path, tmp_path / "s2", actor=ADMIN, now=LATER)

    original = new_database_url("sqlite")
    backup.restore_backup(
        make_url(original), sample_backup, tmp_path / "s3", actor=ADMIN, now=LATER
    )
    assert dump(local) == dump(original) == dump(server)
    assert b"\x89PNG\x00\xff" in dump(local)["centre_profile"][0]


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_older_backup_is_upgraded_on_restore(
    backend: str, new_database_url: Callable[[str], str], tmp_path: Path
) -> None:
    first = schema.history()[0]
    url = f"sqlite:///{tmp_path / 'alt.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, first)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO rooms (name, symbol, capacity) VALUES ('Saal', 'S', 80)")
        )
    engine.dispose()
    old = backup_of(url, tmp_path / "backups")
    assert old.schema_revision == first
    # The same backup without its SQLite copy: restored from the portable export alone.
    portable_only = craft(
        old.path, tmp_path / "portable.qtbackup", lambda members: members.pop("database.sqlite3")
    )

    for archive in (old.path, portable_only):
        target = new_database_url(backend)
        if archive == portable_only:  # over a database at head: emptied, stepped down, up
            opened(target, tmp_path).close()
        result = backup.restore_backup(
            make_url(target), archive, tmp_path / "safety", actor=ADMIN, now=LATER
        )
        assert result.upgraded_from == first
        assert result.revision == migrate.head_revision()
        engine = make_engine(target)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM rooms")).scalar_one() == "Saal"
        engine.dispose()


def test_attachments_travel_with_the_backup(tmp_path: Path, sqlite_url: str) -> None:
    attachments = tmp_path / "data" / "attachments"  # the data directory of this test
    (attachments / "3f").mkdir(parents=True)
    scan = bytes(range(256)) * 40
    (attachments / "3f" / "3fa2c1.jpg").write_bytes(scan)
    (attachments / "liste.pdf").write_bytes(b"%PDF")
    url = demo_database(sqlite_url, tmp_path)
    written = backup_of(url, tmp_path / "backups")
    assert written.attachments == 2

    (attachments / "3f" / "3fa2c1.jpg").unlink()
    (attachments / "liste.pdf").write_bytes(b"overwritten")
    (attachments / "neu.pdf").write_bytes(b"added later")
    result = backup.restore_backup(
        make_url(url), written.path, tmp_path / "safety", actor=ADMIN, now=LATER
    )

    assert result.attachments == 2
    assert (attachments / "3f" / "3fa2c1.jpg").read_bytes() == scan
    assert (attachments / "liste.pdf").read_bytes() == b"%PDF"
    assert (attachments / "neu.pdf").read_bytes() == b"added later"  # nothing is deleted
    assert result.safety_copy is not None  # holds the attachments as they were before
    with zipfile.ZipFile(result.safety_copy) as archive:
        assert archive.read("attachments/liste.pdf") == b"overwritten"
        assert archive.read("attachments/neu.pdf") == b"added later"


def test_restore_refuses_while_another_program_has_the_file_open(
    tmp_path: Path, sample_backup: Path, sqlite_url: str
) -> None:
    database = opened(sqlite_url, tmp_path)
    before = dump(sqlite_url)
    with database.engine.connect() as connection:
        connection.execute(text("SELECT 1 FROM persons")).all()
        with pytest.raises(RestoreFailed) as caught:
            backup.restore_backup(
                make_url(sqlite_url), sample_backup, tmp_path / "safety", actor=ADMIN, now=LATER
            )
    database.close()
    assert caught.value.reason == "in_use"
    assert "anderen Quartierstreff-Fenster" in describe(caught.value)
    assert dump(sqlite_url) == before
    assert not (tmp_path / "safety").exists()


def test_restore_over_a_damaged_file_keeps_its_bytes(tmp_path: Path, sample_backup: Path) -> None:
    file = tmp_path / "kaputt.sqlite3"
    garbage = b"this is not a database" * 500
    file.write_bytes(garbage)
    result = backup.restore_backup(
        make_url(f"sqlite:///{file}"), sample_backup, tmp_path / "safety", actor=ADMIN, now=LATER
    )
    assert result.safety_copy is not None
    assert result.safety_copy.name.endswith("-vor-wiederherstellung-beschaedigt.sqlite3")
    assert result.safety_copy.read_bytes() == garbage
    assert dump(f"sqlite:///{file}")["persons"][0][1] == "Jürgen"


# --- refusing ------------------------------------------------------------------


CRAFTED: list[tuple[str, Callable[[Path], Callable[[dict[str, bytes]], None]], bool, str]] = [
    ("zip_slip", lambda _t: lambda m: m.update({"../../evil.txt": b"x"}), True, "unsafe_path"),
    ("absolute", lambda _t: lambda m: m.update({"/etc/cron.d/evil": b"x"}), True, "unsafe_path"),
    ("backslash", lambda _t: lambda m: m.update({"..\\evil.txt": b"x"}), True, "unsafe_path"),
    (
        "attachment_slip",
        lambda _t: lambda m: m.update({"attachments/../../evil": b"x"}),
        True,
        "unsafe_path",
    ),
    ("unlisted", lambda _t: lambda m: m.update({"attachments/extra.pdf": b"x"}), False, "members"),
    ("stranger", lambda _t: lambda m: m.update({"readme.txt": b"x"}), True, "members"),
    ("tampered", lambda _t: lambda m: m.update({"data/persons.jsonl": b""}), False, "checksum"),
    ("no_manifest", lambda _t: lambda m: m.pop("manifest.json"), False, "not_ours"),
    (
        "other_format",
        lambda _t: _edit_manifest(lambda d: d.update(format="something-else")),
        True,
        "not_ours",
    ),
    ("broken_manifest", lambda _t: lambda m: m.update({"manifest.json": b"{"}), False, "manifest"),
    (
        "future_format",
        lambda _t: _edit_manifest(lambda d: d.update(format_version=99)),
        True,
        "format_too_new",
    ),
    (
        "future_schema",
        lambda _t: _edit_manifest(lambda d: d.update(schema_revision="ffffffffffff")),
        True,
        "schema_too_new",
    ),
    (
        "wrong_count",
        lambda _t: _edit_manifest(lambda d: d["tables"].update(persons=5)),
        True,
        "counts",
    ),
    ("foreign_sqlite", _foreign_sqlite, True, "foreign_database"),
    (
        "no_revision",
        lambda t: _edit_sqlite(t, ["DROP TABLE alembic_version"]),
        True,
        "foreign_database",
    ),
    (
        "extra_trigger",
        lambda t: _edit_sqlite(
            t,
            ["CREATE TRIGGER spy AFTER INSERT ON persons BEGIN DELETE FROM receipts; END"],
        ),
        True,
        "foreign_database",
    ),
    (
        "extra_table",
        lambda t: _edit_sqlite(t, ["CREATE TABLE extra (x)"]),
        True,
        "foreign_database",
    ),
    ("corrupt_pages", lambda _t: _corrupt_pages, True, "corrupt_database"),
    (
        "not_sqlite",
        lambda _t: lambda m: m.update({"database.sqlite3": b"x" * 5000}),
        True,
        "corrupt_database",
    ),
    ("bad_value", lambda _t: _bad_value, True, "data"),
    (
        "unknown_table",
        lambda _t: lambda m: m.update({"data/kunden.jsonl": b""}),
        True,
        "foreign_database",
    ),
    ("missing_table", lambda _t: lambda m: m.pop("data/rooms.jsonl"), True, "members"),
]


@pytest.mark.parametrize(
    ("change", "fix_manifest", "reason"),
    [pytest.param(change, fix, reason, id=name) for name, change, fix, reason in CRAFTED],
)
def test_verify_refuses_a_crafted_archive(
    change: Callable[[Path], Callable[[dict[str, bytes]], None]],
    fix_manifest: bool,
    reason: str,
    sample_backup: Path,
    tmp_path: Path,
) -> None:
    crafted = craft(
        sample_backup, tmp_path / "crafted.qtbackup", change(tmp_path), fix_manifest=fix_manifest
    )
    with pytest.raises(BackupInvalid) as caught:
        backup.verify_backup(crafted)
    assert caught.value.reason == reason, caught.value
    message = describe(caught.value)
    assert "crafted.qtbackup" in message
    assert "{" not in message


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "missing"),
        (b"", "not_zip"),
        (b"Hallo, das ist ein Brief." * 10, "not_zip"),
        (b"SQLite format 3\x00" + b"\x00" * 4000, "not_zip"),
        ("truncated", "damaged"),
    ],
)
def test_verify_refuses_what_is_no_archive(
    content: bytes | str | None, reason: str, sample_backup: Path, tmp_path: Path
) -> None:
    file = tmp_path / "datei.qtbackup"
    if content == "truncated":
        data = sample_backup.read_bytes()
        file.write_bytes(data[: len(data) // 2])
    elif isinstance(content, bytes):
        file.write_bytes(content)
    with pytest.raises(BackupInvalid) as caught:
        backup.verify_backup(file)
    assert caught.value.reason == reason
    assert describe(caught.value).startswith(("Die Sicherung", "„datei"))


def test_restore_of_a_refused_archive_changes_nothing(
    sample_backup: Path, tmp_path: Path, sqlite_url: str
) -> None:
    url = demo_database(sqlite_url, tmp_path)
    before = dump(url)
    attachments = tmp_path / "data" / "attachments"
    crafted = craft(
        sample_backup,
        tmp_path / "crafted.qtbackup",
        lambda members: members.update({"attachments/../../../evil": b"x"}),
    )
    with pytest.raises(BackupInvalid):
        backup.restore_backup(make_url(url), crafted, tmp_path / "safety", actor=ADMIN, now=LATER)
    assert dump(url) == before
    assert not (tmp_path / "safety").exists()
    assert not attachments.exists()
    assert not (tmp_path / "evil").exists()
    leftovers = [path.name for path in Path(make_url(url).database or "").parent.iterdir()]
    assert not [name for name in leftovers if name.startswith(".quartierstreff-")]


# --- the database at start -------------------------------------------------------


def test_a_file_that_is_no_database_is_left_alone_and_a_backup_offered(
    sample_backup: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    newest = backups / sample_backup.name
    newest.write_bytes(sample_backup.read_bytes())
    file = tmp_path / "quartierstreff.sqlite3"
    garbage = b"\x00garbage" * 1000
    file.write_bytes(garbage)

    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(make_url(f"sqlite:///{file}"), backups)
    assert file.read_bytes() == garbage
    assert caught.value.newest_backup == str(newest)
    assert caught.value.newest_backup_at == NOW
    message = describe(caught.value)
    assert "nicht verändert" in message
    assert f'quartierstreff restore "{newest}"' in message


def test_a_damaged_page_is_found_before_anything_is_written(
    tmp_path: Path, sqlite_url: str
) -> None:
    url = demo_database(sqlite_url, tmp_path)
    file = Path(make_url(url).database or "")
    data = bytearray(file.read_bytes())
    for start in range(4096 * 3, len(data) - 4096, 4096 * 5):
        data[start + 8 : start + 600] = b"\xa5" * 592
    file.write_bytes(bytes(data))

    with pytest.raises(DatabaseCorrupt) as caught:
        opened(url, tmp_path)
    assert file.read_bytes() == bytes(data)
    assert caught.value.newest_backup == ""
    assert "keine Sicherung" in describe(caught.value)


def test_another_programs_database_is_not_migrated_into(tmp_path: Path) -> None:
    file = tmp_path / "fremd.sqlite3"
    connection = sqlite3.connect(file)
    connection.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY)")
    connection.close()
    before = file.read_bytes()
    with pytest.raises(DatabaseForeign) as caught:
        open_database(make_url(f"sqlite:///{file}"), tmp_path)
    assert caught.value.tables == "kunden"
    assert file.read_bytes() == before


# --- finding and rotating ---------------------------------------------------------


def _touch(folder: Path, when: dt.datetime, label: str, seq: int = 0) -> Path:
    path = folder / names.backup_file_name(when, label, seq)
    path.write_bytes(b"")
    return path


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 24, 20, 0)  # a Tuesday
    day = dt.date(2025, 10, 1)
    while day <= now.date():
        _touch(tmp_path, dt.datetime.combine(day, dt.time(18, 0)), "auto")
        day += dt.timedelta(days=1)
    _touch(tmp_path, dt.datetime(2026, 11, 24, 9, 0), "auto")  # earlier the same day
    _touch(tmp_path, dt.datetime(2026, 11, 24, 18, 0), "auto", seq=1)  # same minute, later
    future = _touch(tmp_path, dt.datetime(2026, 12, 1, 8, 0), "auto")  # a clock that was wrong
    manual = _touch(tmp_path, dt.datetime(2024, 1, 1, 12, 0), "manuell")
    before_update = _touch(tmp_path, dt.datetime(2025, 3, 1, 12, 0), "vor-update-4eef56921901")
    (tmp_path / "notizen.txt").write_text("bleibt")

    deleted = backup.rotate_backups(tmp_path, now)

    kept_autos = sorted(
        name.created.strftime("%Y-%m-%d") + (f".{name.seq}" if name.seq else "")
        for name in names.backup_names(tmp_path)
        if name.label == "auto" and name.created <= now
    )
    daily = [f"2026-11-{day}" for day in range(18, 24)] + ["2026-11-24.1"]
    weekly = ["2026-11-08", "2026-11-15"]  # with 11-22 and 11-24, already kept as daily
    monthly = [
        "2025-12-31",
        "2026-01-31",
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
        "2026-05-31",
        "2026-06-30",
        "2026-07-31",
        "2026-08-31",
        "2026-09-30",
        "2026-10-31",
    ]
    assert kept_autos == sorted(daily + weekly + monthly)
    assert future.exists() and manual.exists() and before_update.exists()
    assert (tmp_path / "notizen.txt").exists()
    assert len(deleted) == 420 + 2 - len(kept_autos)  # 420 days, two more on the last one
    assert backup.rotate_backups(tmp_path, now) == []  # idempotent


def test_rotation_after_a_long_pause_keeps_the_last_backups(tmp_path: Path) -> None:
    for day in range(1, 31):
        _touch(tmp_path, dt.datetime(2024, 6, day, 18, 0), "auto")
    backup.rotate_backups(tmp_path, dt.datetime(2026, 11, 24, 20, 0))
    kept = [name.created.day for name in names.backup_names(tmp_path)]
    # 7 days (24th-30th), 4 ISO weeks (newest on Sundays: 9th, 16th, 23rd, 30th), 1 month.
    assert kept == [9, 16, 23, 24, 25, 26, 27, 28, 29, 30]


def test_last_backup_and_automatic_backups(tmp_path: Path, sqlite_url: str) -> None:
    folder = tmp_path / "backups"
    assert backup.last_backup(folder) is None
    database = opened(sqlite_url, tmp_path)
    try:
        first = backup.automatic_backup(
            database,
            folder,
            actor=ADMIN,
            now=NOW,
            every=dt.timedelta(hours=4),
            mirror_dir=tmp_path / "usb",
        )
        assert first is not None and first.label == "auto"
        assert (tmp_path / "usb" / first.path.name).read_bytes() == first.path.read_bytes()
        not_due = backup.automatic_backup(
            database,
            folder,
            actor=ADMIN,
            now=NOW + dt.timedelta(hours=3),
            every=dt.timedelta(hours=4),
        )
        assert not_due is None
        on_close = backup.automatic_backup(
            database, folder, actor=ADMIN, now=NOW + dt.timedelta(hours=3), every=dt.timedelta(0)
        )
        assert on_close is not None
    finally:
        database.close()

    # A damaged newer file is skipped: the newest readable backup is reported.
    _touch(folder, NOW + dt.timedelta(days=1), "manuell").write_bytes(b"kaputt")
    last = backup.last_backup(folder)
    assert last is not None and last.path == on_close.path
    assert not last.is_overdue(NOW + dt.timedelta(days=6))
    assert last.is_overdue(NOW + dt.timedelta(days=8))
    assert [info.path for info in backup.list_backups(folder)] == [on_close.path]
    assert not first.path.exists()  # rotated: one automatic backup per day is kept


def test_labels_become_safe_file_names() -> None:
    assert names.clean_label("Vor dem Umzug (Büro)") == "vor-dem-umzug-buero"
    assert names.parse_name(Path("quartierstreff-2026-11-24_1830.2-auto.qtbackup")) == (
        names.BackupName(NOW, 2, "auto", Path("quartierstreff-2026-11-24_1830.2-auto.qtbackup"))
    )
    assert names.parse_name(Path("quartierstreff-2026-13-24_1830-auto.qtbackup")) is None
    assert names.parse_name(Path("quartierstreff.sqlite3")) is None


@pytest.mark.parametrize("backend", BACKENDS)
def test_tables_and_columns_someone_added_are_left_out(
    backend: str, new_database_url: Callable[[str], str], tmp_path: Path
) -> None:
    url = new_database_url(backend)
    opened(url, tmp_path).close()
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE notizen (id INTEGER PRIMARY KEY, text TEXT)"))
        connection.execute(text("ALTER TABLE rooms ADD COLUMN farbe VARCHAR(20)"))
        connection.execute(
            text(
                "INSERT INTO rooms (name, symbol, capacity, farbe) VALUES ('Saal', 'S', 80, 'rot')"
            )
        )
    engine.dispose()

    written = backup_of(url, tmp_path / "backups")
    assert not written.has_sqlite  # the copy would not be ours: the portable export alone
    assert "notizen" not in dict(written.tables)
    target = new_database_url("sqlite")
    backup.restore_backup(
        make_url(target), written.path, tmp_path / "safety", actor=ADMIN, now=LATER
    )
    assert [row[1] for row in dump(target)["rooms"]] == ["Saal"]

    if backend == "postgresql":  # restoring into a server leaves tables that are not ours
        engine = make_engine(url)
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO notizen (id, text) VALUES (1, 'bleibt')"))
        engine.dispose()
        backup.restore_backup(
            make_url(url), written.path, tmp_path / "safety", actor=ADMIN, now=LATER
        )
        engine = make_engine(url)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT text FROM notizen")).scalar_one() == "bleibt"
        engine.dispose()


def test_only_coordination_and_admin_restore_and_backups_are_recorded(
    sqlite_url: str, tmp_path: Path
) -> None:
    url = demo_database(sqlite_url, tmp_path)
    volunteer = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
    database = opened(url, tmp_path)
    written = backup.create_backup(database, tmp_path / "backups", actor=volunteer, now=NOW)
    database.close()
    before = dump(url)
    with pytest.raises(PermissionDenied):
        backup.restore_backup(
            make_url(url), written.path, tmp_path / "safety", actor=volunteer, now=LATER
        )
    assert dump(url) == before
    assert not (tmp_path / "safety").exists()
    engine = make_engine(url)
    with engine.connect() as connection:
        entry = connection.execute(
            select(AuditEntry.action, AuditEntry.username).where(AuditEntry.entity == "backup")
        ).one()
    engine.dispose()
    assert tuple(entry) == (AuditAction.EXPORT, "ehrenamt")
