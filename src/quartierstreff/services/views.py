"""Frozen views: what crosses from the services into the UI, the CLI and the reports.

Never live ORM objects: no lazy loads in a table model, no DetachedInstanceError.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class CentreProfileView:
    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    legal_form: str = ""
    register_court: str = ""
    register_number: str = ""
    tax_exemption_notice_on: dt.date | None = None
    tax_office: str = ""
    bank_account_holder: str = ""
    iban: str = ""
    bic: str = ""
    bank_name: str = ""
    house_rules: str = ""
    key_contact: str = ""
    signatories: str = ""
    version: int = 0
    """The stored version this view was read at; 0 = not loaded (see services.concurrency)."""


@dataclass(frozen=True, slots=True)
class IntegrityProblem:
    """``kind`` is one of: integrity, foreign_key, missing_tables, revision."""

    kind: str
    detail: str
    expected: str = ""


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    """Result of ``quartierstreff check``."""

    backend: str
    revision: str | None
    head: str
    problems: tuple[IntegrityProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class AuditEntryView:
    """One entry of the audit trail; ``changes`` holds (field, (old, new)) pairs."""

    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str
    summary: str
    changes: tuple[tuple[str, tuple[object, ...]], ...]


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup archive (``*.qtbackup``), as its manifest describes it.

    ``tables`` holds (table, row count) pairs in dependency order; ``has_sqlite`` is true
    when the archive carries a SQLite copy besides the portable export.
    """

    path: Path
    created_at: dt.datetime
    label: str
    app_version: str
    schema_revision: str
    source_backend: str
    tables: tuple[tuple[str, int], ...]
    attachments: int
    size: int
    has_sqlite: bool

    @property
    def rows(self) -> int:
        return sum(count for _table, count in self.tables)

    def is_overdue(self, now: dt.datetime, max_age: dt.timedelta = dt.timedelta(days=7)) -> bool:
        """True when this backup is older than ``max_age`` (the dashboard warns)."""
        return now - self.created_at > max_age


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What ``restore_backup`` did: which backup went where, and where the copy of the
    database that was replaced is kept (``None`` when there was nothing to keep)."""

    backup: BackupInfo
    target: str
    safety_copy: Path | None
    revision: str
    upgraded_from: str | None
    attachments: int
