"""The Datenschutz dialogs: information for a person (Art. 15) and anonymising after the
retention period (Art. 17). Folder choice and confirmation are injected."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import (
    EntryKind,
    Membership,
    PaymentMethod,
    Person,
    PrivacyRequest,
    Receipt,
)
from quartierstreff.services import privacy
from quartierstreff.services.security import acting_as
from quartierstreff.ui.dialogs.privacy import AccessRequestDialog, ErasureDialog
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY


def _add_person(
    database: Database,
    first: str,
    last: str,
    *,
    left: dt.date | None = None,
    receipt_year: int | None = None,
) -> int:
    with database.unit_of_work() as session, acting_as(session, ADMIN):
        person = Person(
            first_name=first,
            last_name=last,
            email=f"{first.lower()}@example.org",
            created_at=dt.datetime(2012, 1, 1, tzinfo=dt.UTC),
        )
        session.add(person)
        session.flush()
        if left is not None:
            session.add(
                Membership(person_id=person.id, start_date=dt.date(2012, 1, 1), end_date=left)
            )
        if receipt_year is not None:
            session.add(
                Receipt(
                    year=receipt_year,
                    number=1,
                    kind=EntryKind.EXPENSE,
                    receipt_date=dt.date(receipt_year, 5, 1),
                    counterparty=f"{first} {last}",
                    purpose="Auslagen",
                    amount=Decimal("9.90"),
                    payment_method=PaymentMethod.CASH,
                    category="Material",
                )
            )
        session.flush()
        return person.id


def test_access_dialog_creates_the_information_in_the_chosen_folder(
    qtbot: QtBot, centre_database: Database, tmp_path: Path
) -> None:
    person_id = _add_person(centre_database, "Erika", "Muster")
    chosen: list[Path | None] = [None, tmp_path]
    dialog = AccessRequestDialog(
        centre_database, ADMIN, person_id, TODAY, choose=lambda _parent: chosen.pop(0)
    )
    qtbot.addWidget(dialog)
    assert "Erika Muster" in dialog.person_label.text()
    assert dialog.due_label.text() == "24.12.2026"
    dialog.received_edit.setDate(dialog.received_edit.date().addDays(-30))  # 25.10.2026
    assert dialog.due_label.text().startswith("25.11.2026")
    dialog.create_button.click()  # cancelled folder choice: nothing happens
    assert dialog.files is None and list(tmp_path.iterdir()) == []
    dialog.create_button.click()
    assert dialog.files is not None
    pdf, copy = dialog.files
    assert pdf.parent == tmp_path and copy.parent == tmp_path
    assert dialog.banner.tone is Tone.SUCCESS
    assert str(pdf) in dialog.banner.text()
    assert json.loads(copy.read_text(encoding="utf-8"))["privacy_requests"] == [
        {
            "kind": "access",
            "received_on": "2026-10-25",
            "due_on": "2026-11-25",
            "answered_on": "2026-11-24",
        }
    ]
    assert "Erika Muster" in (PdfReader(pdf).pages[0].extract_text() or "")


def test_access_dialog_records_a_request_and_shows_an_overdue_deadline(
    qtbot: QtBot, centre_database: Database
) -> None:
    person_id = _add_person(centre_database, "Erika", "Muster")
    dialog = AccessRequestDialog(
        centre_database, ADMIN, person_id, TODAY, choose=lambda _parent: None
    )
    qtbot.addWidget(dialog)
    dialog.received_edit.setDate(dialog.received_edit.date().addMonths(-2))
    assert "color" in dialog.due_label.styleSheet()  # overdue in red
    dialog.record_button.click()
    assert dialog.banner.tone is Tone.SUCCESS
    assert not dialog.record_button.isEnabled()  # the open request is shown now
    assert not dialog.received_edit.isEnabled()
    with centre_database.unit_of_work() as session:
        open_now = privacy.open_requests(session, ADMIN, TODAY)
    assert [(r.person_name, r.received_on, r.overdue) for r in open_now] == [
        ("Erika Muster", dt.date(2026, 9, 24), True)
    ]


def test_access_dialog_for_a_missing_person_says_so(
    qtbot: QtBot, centre_database: Database
) -> None:
    dialog = AccessRequestDialog(centre_database, ADMIN, 4711, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.banner.tone is Tone.ERROR
    assert "4711" in dialog.banner.text()
    assert not dialog.create_button.isEnabled()


def test_access_dialog_reports_an_unwritable_folder(
    qtbot: QtBot, centre_database: Database, tmp_path: Path
) -> None:
    person_id = _add_person(centre_database, "Erika", "Muster")
    dialog = AccessRequestDialog(
        centre_database, ADMIN, person_id, TODAY, choose=lambda _parent: tmp_path / "fehlt"
    )
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    assert dialog.banner.tone is Tone.ERROR
    assert "fehlt" in dialog.banner.text()
    with centre_database.unit_of_work() as session:
        assert session.scalars(select(PrivacyRequest)).all() == []  # rolled back


def test_erasure_dialog_lists_candidates_and_anonymises_after_confirmation(
    qtbot: QtBot, centre_database: Database, qtmodeltester: object
) -> None:
    gone = _add_person(centre_database, "Otto", "Fortgezogen", left=dt.date(2016, 3, 31))
    paid = _add_person(
        centre_database, "Paula", "Beleg", left=dt.date(2019, 12, 31), receipt_year=2019
    )
    _add_person(centre_database, "Rita", "Kürzlich", left=dt.date(2025, 12, 31))
    answers = [False, True]
    questions: list[str] = []

    def ask(_parent: object, text: str) -> bool:
        questions.append(text)
        return answers.pop(0)

    dialog = ErasureDialog(centre_database, ADMIN, TODAY, ask=ask)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    names = [c.name for c in dialog.model.candidates]
    assert names == ["Paula Beleg", "Otto Fortgezogen"]
    paula = dialog.model.candidates[0]
    assert paula.kept_until == dt.date(2029, 12, 31)
    kept_until = dialog.model.index(0, dialog.model.KEPT_UNTIL).data()
    assert kept_until == "31.12.2029"
    assert not dialog.anonymise_button.isEnabled()

    dialog.table.selectAll()
    dialog.anonymise_button.click()  # "no": nothing changes
    assert "Otto Fortgezogen" in questions[0]
    assert len(dialog.model.candidates) == 2
    dialog.anonymise_button.click()
    assert dialog.banner.tone is Tone.SUCCESS
    assert "Otto Fortgezogen" in dialog.banner.text()
    assert "31.12.2029" in dialog.banner.text()
    with centre_database.unit_of_work() as session:
        otto = session.get_one(Person, gone)
        paula_row = session.get_one(Person, paid)
        assert (otto.first_name, otto.anonymised_on) == ("Anonymisiert", TODAY)
        assert (paula_row.first_name, paula_row.blocked_on) == ("Paula", TODAY)
    assert [c.name for c in dialog.model.candidates] == ["Paula Beleg"]


def test_erasure_dialog_without_candidates(qtbot: QtBot, centre_database: Database) -> None:
    dialog = ErasureDialog(centre_database, ADMIN, TODAY, ask=lambda *_: True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible()
    assert not dialog.table.isVisible()
    assert not dialog.anonymise_button.isEnabled()


def test_refusals_read_as_sentences() -> None:
    from quartierstreff.services.errors import ErasureRefused
    from quartierstreff.ui.errors import message_for

    retention = message_for(ErasureRefused(7, "Otto Muster", "retention", dt.date(2028, 7, 1)))
    assert "Otto Muster" in retention and "01.07.2028" in retention and "{" not in retention
    role = message_for(ErasureRefused(7, "Otto Muster", "active_role", detail="partner"))
    assert "Otto Muster" in role and "{" not in role
    for reason in ("current_member", "already_anonymised", "other"):
        text = message_for(ErasureRefused(7, "Otto Muster", reason))
        assert "Otto Muster" in text and "{" not in text


def test_the_overview_shows_open_requests_until_answered(
    qtbot: QtBot, centre_database: Database
) -> None:
    from PySide6.QtWidgets import QLabel

    from quartierstreff.db.models import Role
    from quartierstreff.services.security import Actor
    from quartierstreff.ui.pages.dashboard import DashboardPage

    late = _add_person(centre_database, "Erika", "Muster")
    fresh = _add_person(centre_database, "Hans", "Neu")
    with centre_database.unit_of_work() as session:
        overdue = privacy.record_access_request(session, ADMIN, late, dt.date(2026, 10, 1))
        privacy.record_access_request(session, ADMIN, fresh, dt.date(2026, 11, 20))
    page = DashboardPage(centre_database, ADMIN, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "Erika Muster" in texts and "Hans Neu" in texts
    assert not page.privacy_box.isHidden()
    red = page.findChildren(QLabel, "overdueDeadline")
    assert len(red) == 1 and "01.11.2026" in red[0].text()
    assert "#b3261e" in red[0].styleSheet()
    assert any("20.12.2026" in text for text in texts)

    volunteer = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
    hidden = DashboardPage(centre_database, volunteer, today=lambda: TODAY)
    qtbot.addWidget(hidden)
    hidden.refresh()
    assert hidden.privacy_box.isHidden()

    with centre_database.unit_of_work() as session:
        privacy.answer_request(session, ADMIN, overdue.id, TODAY)
    page.refresh()
    assert page.privacy_grid.count() == 4  # one row left: Hans Neu
    qtbot.waitUntil(lambda: not page.findChildren(QLabel, "overdueDeadline"))


def test_the_retention_period_is_set_in_the_program_settings(
    qtbot: QtBot, database: Database
) -> None:
    from quartierstreff.services.settings import AppSettings, read_settings
    from quartierstreff.ui.pages.settings_general import GeneralSettingsSection

    section = GeneralSettingsSection(database, ADMIN)
    qtbot.addWidget(section)
    section.load()
    assert section.retention_spin.value() == 3
    assert section.retention_spin.suffix() != section.tr(" year")
    section.retention_spin.setValue(1)
    assert section.retention_spin.suffix() == section.tr(" year")
    section.retention_spin.setValue(5)
    assert section.has_changes()
    assert section.apply()
    with database.unit_of_work() as session:
        assert read_settings(session) == AppSettings(member_retention_years=5)
    # Saving other settings keeps the retention period.
    section.interval_spin.setValue(8)
    assert section.apply()
    with database.unit_of_work() as session:
        stored = read_settings(session)
    assert (stored.backup_interval_hours, stored.member_retention_years) == (8, 5)
