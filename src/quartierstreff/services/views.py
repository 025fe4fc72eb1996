"""Frozen views: what crosses from the services into the UI, the CLI and the reports.

Never live ORM objects: no lazy loads in a table model, no DetachedInstanceError.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
