"""Database-wide questions: is it empty, is it sound."""

from __future__ import annotations

from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from quartierstreff.db import migrate
from quartierstreff.db.models import Base
from quartierstreff.services.errors import DatabaseNotEmpty
from quartierstreff.services.views import IntegrityProblem, IntegrityReport

# Tables that a fresh database may already hold rows in without counting as "used"
# (the program installs the shipped funding programmes into every new database).
_BOOKKEEPING_TABLES = frozenset({"settings", "audit_log", "trash", "funding_programmes"})


def first_filled_table(session: Session) -> tuple[str, int] | None:
    """The first domain table holding rows, with its row count; ``None`` when empty."""
    for table in Base.metadata.sorted_tables:
        if table.name in _BOOKKEEPING_TABLES:
            continue
        rows = session.scalar(select(func.count()).select_from(table)) or 0
        if rows:
            return table.name, rows
    return None


def is_empty(session: Session) -> bool:
    return first_filled_table(session) is None


def require_empty(session: Session) -> None:
    """Raise :class:`DatabaseNotEmpty` unless the database holds no domain data."""
    filled = first_filled_table(session)
    if filled is not None:
        raise DatabaseNotEmpty(*filled)


def check_integrity(session: Session) -> IntegrityReport:
    """The database engine's own check, foreign keys, and the schema revision."""
    connection = session.connection()
    backend = connection.dialect.name
    problems: list[IntegrityProblem] = []
    if backend == "sqlite":
        for (row,) in connection.execute(text("PRAGMA integrity_check")):
            if row != "ok":
                problems.append(IntegrityProblem("integrity", str(row)))
        for row in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(IntegrityProblem("foreign_key", f"{row[0]} rowid {row[1]} → {row[2]}"))
    existing = set(inspect(connection).get_table_names())
    missing = sorted(set(Base.metadata.tables) - existing)
    if missing:
        problems.append(IntegrityProblem("missing_tables", ", ".join(missing)))
    revision = None
    if "alembic_version" in existing:
        revision = connection.execute(
            text("SELECT version_num FROM alembic_version")
        ).scalar_one_or_none()
    head = migrate.head_revision()
    if revision != head:
        problems.append(IntegrityProblem("revision", revision or "", expected=head))
    return IntegrityReport(backend=backend, revision=revision, head=head, problems=tuple(problems))
