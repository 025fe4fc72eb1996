"""``quartierstreff members privacy-export ID --output DIR`` and ``members erase ID``, run
in this process on the demo centre."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import insert, select

from quartierstreff.db.engine import make_engine
from quartierstreff.db.models import Membership, Person, PrivacyRequest, Receipt
from tests.e2e.test_cli_users import Cli

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def cli(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Cli]:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setattr("quartierstreff.clock.today", lambda: TODAY)
    runner = Cli(sqlite_url, capsys, monkeypatch)
    assert runner("demo") == 0
    yield runner


def _add_person(
    url: str, last_name: str, *, left: dt.date | None, receipt_year: int | None = None
) -> int:
    """A former member (or a non-member) entered long ago, straight into the database."""
    engine = make_engine(url)
    with engine.begin() as connection:
        person_id = connection.execute(
            insert(Person)
            .values(
                first_name="Otto",
                last_name=last_name,
                email="otto@example.org",
                created_at=dt.datetime(2009, 1, 1, tzinfo=dt.UTC),
            )
            .returning(Person.id)
        ).scalar_one()
        if left is not None:
            connection.execute(
                insert(Membership).values(
                    person_id=person_id, start_date=dt.date(2009, 1, 1), end_date=left
                )
            )
        if receipt_year is not None:
            connection.execute(
                insert(Receipt).values(
                    year=receipt_year,
                    number=9999,
                    kind="expense",
                    receipt_date=dt.date(receipt_year, 3, 1),
                    counterparty=f"Otto {last_name}",
                    purpose="Auslagen",
                    amount=Decimal("12.00"),
                    payment_method="cash",
                    category="Material",
                )
            )
    engine.dispose()
    return person_id


def _member_id(url: str) -> int:
    engine = make_engine(url)
    with engine.connect() as connection:
        member = connection.execute(
            select(Membership.person_id).where(Membership.end_date.is_(None)).limit(1)
        ).scalar_one()
    engine.dispose()
    return member


def test_privacy_export_prints_the_pdf_and_the_json(cli: Cli, tmp_path: Path) -> None:
    person_id = _member_id(cli.url)
    out = tmp_path / "auskunft"
    assert cli("members", "privacy-export", str(person_id), "--output", str(out)) == 0
    pdf, copy = (Path(line) for line in cli.out.splitlines())
    assert pdf == out / f"auskunft_{person_id}_2026-11-24.pdf"
    assert copy == out / f"auskunft_{person_id}_2026-11-24.json"
    data = json.loads(copy.read_text(encoding="utf-8"))
    assert data["person"]["id"] == person_id
    assert data["privacy_requests"][-1]["answered_on"] == "2026-11-24"
    text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert data["person"]["last_name"] in text
    engine = make_engine(cli.url)
    with engine.connect() as connection:
        answered = connection.execute(select(PrivacyRequest.answered_on)).scalars().all()
    engine.dispose()
    assert answered == [TODAY]


def test_privacy_export_of_an_unknown_person(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "auskunft"
    assert cli("members", "privacy-export", "999999", "--output", str(out)) == 1
    assert cli.err.strip() == "Fehler: Person „999999“ wurde nicht gefunden."
    assert not out.exists()


def test_erase_refuses_members_and_people_within_the_retention_period(cli: Cli) -> None:
    member = _member_id(cli.url)
    assert cli("members", "erase", str(member)) == 1
    assert "ist Mitglied; anonymisiert werden nur ehemalige Mitglieder." in cli.err
    recent = _add_person(cli.url, "Kürzlich", left=dt.date(2025, 6, 30))
    assert cli("members", "erase", str(recent)) == 1
    assert cli.err.strip() == (
        f"Fehler: „Otto Kürzlich“ (Nr. {recent}) kann erst ab dem 01.07.2028 anonymisiert "
        "werden: Bis dahin läuft die Aufbewahrungsfrist (Einstellungen). Es wurde nichts "
        "verändert."
    )


def test_erase_anonymises_or_blocks_while_receipts_must_be_kept(cli: Cli) -> None:
    gone = _add_person(cli.url, "Fortgezogen", left=dt.date(2015, 12, 31))
    assert cli("members", "erase", str(gone)) == 0
    assert cli.out.strip() == (
        f"„Otto Fortgezogen“ (Nr. {gone}) ist anonymisiert: Namen und Kontaktdaten sind entfernt."
    )
    assert cli("members", "erase", str(gone)) == 1
    assert "ist bereits anonymisiert" in cli.err
    paid = _add_person(cli.url, "Kassenbeleg", left=dt.date(2019, 12, 31), receipt_year=2019)
    assert cli("members", "erase", str(paid)) == 0
    assert cli.out.strip() == (
        f"„Otto Kassenbeleg“ (Nr. {paid}) ist gesperrt und wird bis 31.12.2029 aufbewahrt "
        "(Belege der Kasse (§ 147 AO)); danach kann die Person anonymisiert werden."
    )
    engine = make_engine(cli.url)
    with engine.connect() as connection:
        rows = dict(
            connection.execute(
                select(Person.id, Person.last_name).where(Person.id.in_([gone, paid]))
            ).all()
        )
    engine.dispose()
    assert rows == {gone: f"#{gone}", paid: "Kassenbeleg"}
