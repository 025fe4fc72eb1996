"""``quartierstreff applications list|check`` end to end on the demo centre."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from quartierstreff.db.models import PlanLineKind
from quartierstreff.db.open import open_database
from quartierstreff.services import funding, programmes
from quartierstreff.services.funding import PlanLineDraft
from tests.conftest import ADMIN
from tests.e2e.test_cli_users import Cli


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One demo database for the module (loading it takes a while)."""
    return f"sqlite:///{tmp_path_factory.mktemp('applications') / 'demo.sqlite3'}"


@pytest.fixture
def cli(
    demo_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Cli]:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    runner = Cli(demo_url, capsys, monkeypatch)
    if runner("applications", "list") != 0 or not runner.out:
        assert runner("demo") == 0
    yield runner


def _rows(out: str) -> list[tuple[int, str, str]]:
    rows = []
    for line in out.splitlines():
        number, status, title = line.split("\t")
        rows.append((int(number), status, title))
    return rows


def test_list_prints_id_status_and_title(cli: Cli) -> None:
    assert cli("applications", "list") == 0
    rows = _rows(cli.out)
    assert len(rows) >= 3
    assert [number for number, _, _ in rows] == sorted(number for number, _, _ in rows)
    statuses = {status for _, status, _ in rows}
    assert {"laufend", "eingereicht", "Entwurf"} <= statuses
    assert any("Lindenplatz" in title for _, _, title in rows)
    assert cli("applications", "list", "--status", "entwurf") == 0
    assert {status for _, status, _ in _rows(cli.out)} == {"Entwurf"}


def _id_with_status(cli: Cli, status: str) -> int:
    assert cli("applications", "list") == 0
    return next(number for number, label, _ in _rows(cli.out) if label == status)


def test_a_clean_application_passes(cli: Cli) -> None:
    running = _id_with_status(cli, "laufend")
    assert cli("applications", "check", str(running)) == 0
    assert cli.out == "Keine Beanstandungen.\n"


def test_a_draft_with_gaps_fails_with_one_line_per_finding(cli: Cli) -> None:
    draft = _id_with_status(cli, "Entwurf")
    assert cli("applications", "check", str(draft)) == 1
    lines = cli.out.splitlines()
    assert lines
    assert all(line.startswith(("Fehler: ", "Hinweis: ")) for line in lines)
    assert any("ist noch leer" in line for line in lines)
    assert any("Anlage" in line for line in lines)


def test_warnings_alone_exit_0(cli: Cli, tmp_path: Path) -> None:
    """A complete application of a programme whose last deadline has passed: a hint."""
    database = open_database(make_url(cli.url), tmp_path, migrate=False, create=False)
    try:
        with database.unit_of_work() as session:
            base = programmes.get_programme_by_key(session, ADMIN, "gut_beraten").programme
            past = dataclasses.replace(
                base,
                key="abgelaufen",
                name="Abgelaufenes Programm",
                any_time=False,
                deadlines=(dt.date(2020, 3, 31),),
            )
            entry = programmes.save_programme(session, ADMIN, past)
            application_id = funding.create_application(
                session,
                ADMIN,
                funding.ApplicationDraft(
                    programme_id=entry.id,
                    title="Beratung\tmit Tab",
                    project_start=dt.date(2030, 1, 1),
                    project_end=dt.date(2030, 3, 31),
                    requested_amount=Decimal("3000.00"),
                ),
            )
            for rule in past.sections:
                funding.save_section(session, ADMIN, application_id, rule.key, "Text 😊")
            funding.save_plan(
                session,
                ADMIN,
                application_id,
                [
                    PlanLineDraft(
                        PlanLineKind.COST,
                        "advice",
                        "Beratung",
                        Decimal(4),
                        "Tage",
                        Decimal("800.00"),
                    ),
                    PlanLineDraft(
                        PlanLineKind.INCOME,
                        "own_funds",
                        "Eigenmittel",
                        Decimal(1),
                        "",
                        Decimal("200.00"),
                    ),
                ],
            )
            for attachment in past.attachments:
                funding.set_attachment(session, ADMIN, application_id, attachment.key, True)
    finally:
        database.close()
    assert cli("applications", "check", str(application_id)) == 0
    assert cli.out.startswith("Hinweis: Die letzte Einreichfrist")
    assert "31.03.2020" in cli.out
    assert cli("applications", "list") == 0
    assert f"{application_id}\tIdee\tBeratung mit Tab\n" in cli.out


def test_an_unknown_or_malformed_number(cli: Cli) -> None:
    assert cli("applications", "check", "99999") == 1
    assert "Förderantrag „99999“ wurde nicht gefunden." in cli.err
    with pytest.raises(SystemExit) as usage:
        cli("applications", "check", "abc")
    assert usage.value.code == 2
