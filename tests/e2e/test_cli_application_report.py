"""``quartierstreff report application`` on the demo centre: an application made through
the services, the PDF written by the command line and read back, its totals compared
with the plan summary to the cent."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.engine import make_url

from quartierstreff import clock
from quartierstreff.db.models import AuditAction, AuditEntry, PlanLineKind
from quartierstreff.db.open import open_database
from quartierstreff.money import format_money
from quartierstreff.services import funding, programmes
from quartierstreff.services.funding import ApplicationView, PlanLineDraft
from tests.conftest import ADMIN
from tests.e2e.test_cli_users import Cli

COST, INCOME = PlanLineKind.COST, PlanLineKind.INCOME
LINES = (
    PlanLineDraft(COST, "fees", "Moderation „Auftakt“", Decimal(20), "Std.", Decimal("62.50")),
    PlanLineDraft(COST, "fees", "Prozessbegleitung", Decimal("3.5"), "Tag", Decimal(480)),
    PlanLineDraft(COST, "printing", "Flyer & Plakate", Decimal(1000), "Stück", Decimal("0.19")),
    PlanLineDraft(COST, "catering", "Getränke und Imbiss", Decimal(3), "Abend", Decimal("95.33")),
    PlanLineDraft(COST, "travel", "Fahrten", Decimal(4), "Fahrt", Decimal("12.80")),
    PlanLineDraft(INCOME, "own_funds", "Vereinsmittel", Decimal(1), "", Decimal("150.00")),
    PlanLineDraft(INCOME, "donations", "Spende Bäckerei Müller", Decimal(1), "", Decimal(80)),
)
TITLE = "Reden wir über den Platz – Nachbarschaft & Kommune"


@pytest.fixture
def cli(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    """The command line on a database with the demo centre (no users: no log-in)."""
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    runner = Cli(sqlite_url, capsys, monkeypatch)
    assert runner("demo") == 0
    return runner


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def _make_application(cli: Cli, tmp_path: Path, *, complete: bool) -> ApplicationView:
    """A Nachbarschaftsgespräche application with every section, a balanced plan and
    the attachments ticked (``complete``), or with the goals and an attachment missing."""
    database = open_database(make_url(cli.url), tmp_path, migrate=False, create=False)
    try:
        with database.unit_of_work() as session:
            programmes.install_shipped_programmes(session, ADMIN)
            entry = programmes.get_programme_by_key(session, ADMIN, "nachbarschaftsgespraeche")
            start = dt.date(clock.today().year + 1, 3, 1)
            draft = funding.ApplicationDraft(
                programme_id=entry.id,
                title=TITLE,
                project_start=start,
                project_end=dt.date(start.year, 8, 31),
            )
            application_id = funding.create_application(session, ADMIN, draft)
            for number, rule in enumerate(entry.programme.sections, start=1):
                if complete or rule.key != "goals":
                    text = f"Text {number} zu „{rule.title}“.\nZweite Zeile {number} mit 5 €."
                    funding.save_section(session, ADMIN, application_id, rule.key, text)
            summary = funding.plan_summary(LINES, None, entry.programme)
            requested = summary.cost_total - summary.income_total
            funding.save_plan(session, ADMIN, application_id, LINES, requested_amount=requested)
            for index, attachment in enumerate(entry.programme.attachments):
                funding.set_attachment(
                    session, ADMIN, application_id, attachment.key, complete or index > 0
                )
            return funding.get_application(session, ADMIN, application_id)
    finally:
        database.close()


def _exports(cli: Cli, tmp_path: Path, application_id: int) -> list[str]:
    database = open_database(make_url(cli.url), tmp_path, migrate=False, create=False)
    try:
        with database.unit_of_work() as session:
            return list(
                session.scalars(
                    select(AuditEntry.summary).where(
                        AuditEntry.action == AuditAction.EXPORT,
                        AuditEntry.entity == "funding_application",
                        AuditEntry.entity_id == str(application_id),
                    )
                )
            )
    finally:
        database.close()


def test_complete_application_pdf(cli: Cli, tmp_path: Path) -> None:
    view = _make_application(cli, tmp_path, complete=True)
    findings = funding.check_application(view, today=clock.today())
    assert not [f for f in findings if f.is_error], findings
    output = tmp_path / "antrag.pdf"
    assert cli("report", "application", "--application", str(view.id), "-o", str(output)) == 0
    sections = len(view.sections)
    assert cli.out.strip() == (
        f"Förderantrag „{TITLE}“ mit {sections} Abschnitten und {len(LINES)} Planzeilen "
        f"gespeichert: {output}"
    )
    assert "Entwurf" not in cli.err
    reader = PdfReader(output)
    assert reader.metadata is not None
    assert reader.metadata.title == f"Förderantrag „{TITLE}“"
    text = _text(output)
    assert "ENTWURF" not in text
    for expected in (
        "Nachbarschaftsgespräche",
        "Allianz für Beteiligung e.V.",
        view.applicant.name,
        f"01.03.{view.project_start.year} – 31.08.{view.project_start.year}, 6 Monate"
        if view.project_start
        else "",
        TITLE,
    ):
        assert expected in text, expected
    for number, section in enumerate(view.sections, start=1):
        assert f"{number}. {section.rule.title}" in text
        assert f"Text {number} zu „{section.rule.title}“. Zweite Zeile {number} mit 5 €." in text
    # Every total of the PDF is the plan summary's, to the cent.
    summary = view.summary
    for line in view.plan:
        assert f"{line.description} " in text and format_money(line.amount) in text
    for _key, label, total in summary.by_category:
        assert f"Summe {label} {format_money(total)}" in text, label
    for _key, label, total in summary.income_by_kind:
        assert f"Summe {label} {format_money(total)}" in text, label
    assert f"Gesamtkosten {format_money(summary.cost_total)}" in text
    assert f"Beantragter Zuschuss {format_money(summary.requested)}" in text
    financing = summary.income_total + summary.requested
    assert f"Gesamtfinanzierung {format_money(financing)}" in text
    assert "Differenz (Kosten − Finanzierung): ausgeglichen 0,00 €" in text
    assert summary.cost_total == sum(line.amount for line in view.cost_lines)
    assert summary.cost_total == Decimal("3457.19")  # 1250 + 1680 + 190 + 285,99 + 51,20
    for attachment in view.attachments:
        assert f"☑ {attachment.title}" in text
    assert _exports(cli, tmp_path, view.id) == ["Förderantrag als PDF"]


def test_draft_application_pdf(cli: Cli, tmp_path: Path) -> None:
    view = _make_application(cli, tmp_path, complete=False)
    errors = [f for f in funding.check_application(view, today=clock.today()) if f.is_error]
    assert errors
    output = tmp_path / "entwurf.pdf"
    assert cli("report", "application", "--application", str(view.id), "-o", str(output)) == 0
    assert cli.out.strip().startswith(f"Entwurf des Förderantrags „{TITLE}“ mit ")
    assert cli.err.startswith("Hinweis: ")
    assert "Entwurf" in cli.err
    assert f"quartierstreff applications check {view.id}" in cli.err
    text = _text(output)
    assert "ENTWURF – nicht einreichungsfähig" in text
    assert "Offene Punkte (Entwurf)" in text
    for finding in errors:
        assert re.sub(r"\s+", " ", finding.message) in text
    reader = PdfReader(output)
    assert reader.metadata is not None and reader.metadata.title.startswith("Entwurf ")
    assert _exports(cli, tmp_path, view.id) == ["Förderantrag als PDF (Entwurf)"]


def test_unknown_application(cli: Cli, tmp_path: Path) -> None:
    output = tmp_path / "x.pdf"
    assert cli("report", "application", "--application", "9999", "-o", str(output)) == 1
    assert cli.err.strip() == (
        "Fehler: Einen Förderantrag mit der Nummer 9999 gibt es nicht. Die Anträge und "
        "ihre Nummern zeigt „quartierstreff applications list“."
    )
    assert not output.exists()


def test_bad_number_and_unwritable_file(
    cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for bad in ("abc", "0", "-3"):
        with pytest.raises(SystemExit) as exit_:
            cli("report", "application", "--application", bad, "-o", str(tmp_path / "x.pdf"))
        assert exit_.value.code == 2
        assert f"„{bad}“ ist keine Nummer eines Förderantrags" in capsys.readouterr().err
    view = _make_application(cli, tmp_path, complete=True)
    missing = tmp_path / "fehlt" / "antrag.pdf"
    assert cli("report", "application", "--application", str(view.id), "-o", str(missing)) == 1
    assert cli.err.startswith("Fehler")
    assert "Traceback" not in cli.err
    assert _exports(cli, tmp_path, view.id) == []
