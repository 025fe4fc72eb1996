"""A small funding world for the GUI tests: two programmes (one with a deadline in
twelve days, one inactive) and applications in several statuses."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from quartierstreff.db.engine import Database
from quartierstreff.db.models import ApplicationStatus
from quartierstreff.services import funding, programmes
from quartierstreff.services.funding import ApplicationDraft
from quartierstreff.services.programmes import CostCategory, Programme, ReportingRule, SectionRule
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

DEADLINE = TODAY + dt.timedelta(days=12)

FONDS = Programme(
    key="stadtteilfonds",
    name="Stadtteilfonds Süd",
    funder="Stadt Musterstadt",
    call_date=dt.date(2026, 3, 1),
    min_grant=Decimal(500),
    max_grant=Decimal(5000),
    deadlines=(DEADLINE,),
    duration_months=6,
    categories=(CostCategory("material", "Sachkosten und Material"),),
    sections=(
        SectionRule("idea", "Projektidee", max_chars=2000),
        SectionRule("goals", "Ziele", required=False),
    ),
    reporting=ReportingRule(due_weeks_after_end=6),
)
REPORT_DUE = dt.date(2026, 11, 11)
"""Six weeks after the running project's end: overdue on TODAY."""
OLD = Programme(key="altprogramm", name="Altes Programm", funder="Stiftung", any_time=True)


def funding_world(database: Database) -> dict[str, int]:
    """Programme and application ids by name."""
    with database.unit_of_work() as session:
        fonds = programmes.save_programme(session, ADMIN, FONDS).id
        old_entry = programmes.save_programme(session, ADMIN, OLD)
        old = old_entry.id
        programmes.set_programme_active(
            session, ADMIN, old, False, expected_version=old_entry.version
        )

    def create(title: str, start: dt.date, end: dt.date) -> int:
        with database.unit_of_work() as session:
            return funding.create_application(
                session,
                ADMIN,
                ApplicationDraft(
                    programme_id=fonds,
                    title=title,
                    project_start=start,
                    project_end=end,
                    requested_amount=Decimal("1234.56"),
                ),
                on=TODAY - dt.timedelta(days=60),
            )

    idea = create("Lesecafé für alle", dt.date(2027, 2, 1), dt.date(2027, 6, 30))
    running = create("Nachbarschaftsfest Lindenplatz", dt.date(2026, 5, 1), dt.date(2026, 9, 30))
    rejected = create("Kletterwand im Hof", dt.date(2026, 4, 1), dt.date(2026, 8, 31))
    with database.unit_of_work() as session:
        with_text = funding.get_application(session, ADMIN, idea)
        assert with_text.sections
        funding.save_section(
            session, ADMIN, idea, "idea", "Wir laden jeden Dienstag zum Lesen ein."
        )
        day = TODAY - dt.timedelta(days=50)
        for status in (ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED):
            funding.change_status(session, ADMIN, running, status, on=day)
            funding.change_status(session, ADMIN, rejected, status, on=day)
        funding.change_status(
            session,
            ADMIN,
            running,
            ApplicationStatus.APPROVED,
            on=day,
            funder_reference="SF-2026-17",
            approved_amount=Decimal("1200"),
        )
        funding.change_status(session, ADMIN, running, ApplicationStatus.IN_PROGRESS, on=day)
        funding.change_status(session, ADMIN, rejected, ApplicationStatus.REJECTED, on=day)
    return {"fonds": fonds, "old": old, "idea": idea, "running": running, "rejected": rejected}
