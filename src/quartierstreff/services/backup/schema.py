"""The schema a backup must have at its revision, and moving a connection to a revision.

The reference is built, not hand-written: the Alembic history is run on a scratch
in-memory SQLite database up to the revision, and its tables, columns, triggers and views
are read back. A backup whose database differs from that is not ours.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass

from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, MetaData, Table
from sqlalchemy.pool import StaticPool

from quartierstreff.db import migrate
from quartierstreff.db.engine import make_engine

VERSION_TABLE = "alembic_version"


def history() -> tuple[str, ...]:
    """Every revision of the (linear) Alembic history, oldest first."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return tuple(rev.revision for rev in reversed(list(script.walk_revisions())))


def is_known(revision: str) -> bool:
    return revision in history()


def migrate_connection(connection: Connection, revision: str) -> None:
    """Upgrade or downgrade the database of ``connection`` to ``revision`` ("head" is
    allowed), inside the connection's transaction."""
    revisions = history()
    target = revisions[-1] if revision == "head" else revision
    current = MigrationContext.configure(connection).get_current_revision()
    if current == target:
        return
    config = migrate.alembic_config()
    config.attributes["connection"] = connection
    if current is None or revisions.index(target) > revisions.index(current):
        command.upgrade(config, target)
    else:
        command.downgrade(config, target)


@dataclass(frozen=True)
class SchemaShape:
    """The tables (reflected, with their column types) and the triggers and views of the
    schema at one revision; the ``alembic_version`` table is left out."""

    revision: str
    metadata: MetaData
    extras: frozenset[tuple[str, str]]

    @property
    def tables(self) -> list[Table]:
        """In dependency order (parents before children)."""
        return list(self.metadata.sorted_tables)

    def columns(self, table: str) -> frozenset[str]:
        return frozenset(column.name for column in self.metadata.tables[table].columns)


@functools.cache
def shape_at(revision: str) -> SchemaShape:
    """The schema the Alembic history builds at ``revision`` (a known revision)."""
    engine = make_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.begin() as connection:
            migrate_connection(connection, revision)
        with engine.connect() as connection:
            metadata = MetaData()
            metadata.reflect(connection)
            extras = frozenset(
                (str(kind), str(name))
                for kind, name in connection.exec_driver_sql(
                    "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
                )
            )
    finally:
        engine.dispose()
    metadata.remove(metadata.tables[VERSION_TABLE])
    return SchemaShape(revision=revision, metadata=metadata, extras=extras)


def sqlite_mismatch(connection: sqlite3.Connection, shape: SchemaShape) -> str | None:
    """The name of the first table, trigger or view of the SQLite database behind
    ``connection`` that is unknown, missing or has other columns than in ``shape``;
    ``None`` when the database has exactly the schema of ``shape``."""
    objects = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    tables = {str(name) for kind, name in objects if kind == "table"} - {VERSION_TABLE}
    expected = set(shape.metadata.tables)
    if different := sorted(tables ^ expected):
        return different[0]
    for table in sorted(tables):
        columns = {
            str(row[0])
            for row in connection.execute("SELECT name FROM pragma_table_info(?)", (table,))
        }
        if columns != shape.columns(table):
            return table
    for kind, name in objects:
        if kind in {"trigger", "view"} and (kind, name) not in shape.extras:
            return str(name)
    return None
