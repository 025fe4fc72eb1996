"""The Förderanträge page: the empty state, the list with the deadlines above it, the
status filter (with "running and open") and the search, a new application through the
dialog (the editor opens), a status change with the funder's file number and the
history, delete after the question, and a role that may only read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import ApplicationStatus, FundingApplication, Role
from quartierstreff.services import funding
from quartierstreff.services.security import Actor
from quartierstreff.ui.pages.funding import (
    OPEN,
    ApplicationsModel,
    FundingPage,
    NewApplicationDialog,
    StatusDialog,
)
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY
from tests.ui.funding_world import DEADLINE, REPORT_DUE, funding_world

TREASURER = Actor(user_id=None, username="kasse", role=Role.TREASURER)
VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)


class Answers:
    def __init__(self, yes: bool = True) -> None:
        self.yes = yes
        self.asked: list[str] = []

    def confirm(self, parent: QWidget, title: str, question: str) -> bool:
        self.asked.append(question)
        return self.yes


class FakeEditor(QWidget):
    """Stands in for the application window (its own tests are the editor's)."""

    changed = Signal()
    opened: ClassVar[list[int]] = []

    def __init__(
        self,
        database: Database,
        actor: Actor,
        application_id: int,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(None)
        self.application_id = application_id
        FakeEditor.opened.append(application_id)


@pytest.fixture
def fake_editor(monkeypatch: pytest.MonkeyPatch) -> type[FakeEditor]:
    import quartierstreff.ui.pages.funding as page_module

    FakeEditor.opened = []
    real_load = page_module._load

    def load(module: str, name: str) -> object:
        if name == "ApplicationEditor":
            return FakeEditor
        return real_load(module, name)

    monkeypatch.setattr(page_module, "_load", load)
    return FakeEditor


def _page(
    qtbot: QtBot, database: Database, answers: Answers | None = None, actor: Actor = ADMIN
) -> FundingPage:
    page = FundingPage(database, actor, TODAY, confirm=(answers or Answers()).confirm)
    qtbot.addWidget(page)
    page.resize(1180, 720)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def _titles(page: FundingPage) -> list[str]:
    return [row.title for row in page.rows]


def _select(page: FundingPage, application_id: int) -> None:
    for number, row in enumerate(page.rows):
        if row.id == application_id:
            page.table.selectRow(number)
            return
    raise AssertionError(f"application {application_id} not listed")


def test_empty_state_explains_the_first_step(qtbot: QtBot, centre_database: Database) -> None:
    page = _page(qtbot, centre_database)
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == page._empty_text()
    assert "New application" in page.empty_label.text() or "Neuer Antrag" in (
        page.empty_label.text()
    )
    assert not page.open_button.isEnabled()
    assert page.deadlines_label.isHidden()


def test_list_with_money_period_status_and_the_deadlines_above(
    qtbot: QtBot, centre_database: Database
) -> None:
    ids = funding_world(centre_database)
    page = _page(qtbot, centre_database)
    assert set(_titles(page)) == {
        "Lesecafé für alle",
        "Nachbarschaftsfest Lindenplatz",
        "Kletterwand im Hof",
    }
    model = page.model
    running = next(n for n, r in enumerate(page.rows) if r.id == ids["running"])
    texts = [model.data(model.index(running, column)) for column in range(model.columnCount())]
    assert texts == [
        "Nachbarschaftsfest Lindenplatz",
        "Stadtteilfonds Süd",
        "laufend",
        "1.234,56 €",
        "01.05.2026 – 30.09.2026",
        "11.11.2026",
    ]
    # The overdue report is red; the amount right-aligned.
    due = model.index(running, ApplicationsModel.DUE_COLUMN)
    assert model.data(due, Qt.ItemDataRole.ForegroundRole) is not None
    amount = model.index(running, ApplicationsModel.MONEY_COLUMN)
    assert model.data(amount, Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)

    assert not page.deadlines_label.isHidden()
    deadlines = page.deadlines_label.text()
    assert "Einreichfrist Stadtteilfonds Süd" in deadlines
    assert DEADLINE.strftime("%d.%m.%Y") in deadlines
    assert "Verwendungsnachweis: Nachbarschaftsfest Lindenplatz" in deadlines
    assert REPORT_DUE.strftime("%d.%m.%Y") in deadlines
    assert "#b3261e" in deadlines  # the overdue report

    _select(page, ids["running"])
    detail = page.detail.text()
    assert "SF-2026-17" in detail
    assert "1.200,00 €" in detail


def test_status_filter_and_search(qtbot: QtBot, centre_database: Database) -> None:
    funding_world(centre_database)
    page = _page(qtbot, centre_database)

    page.set_status_filter(OPEN)
    assert set(_titles(page)) == {"Lesecafé für alle", "Nachbarschaftsfest Lindenplatz"}
    page.set_status_filter(ApplicationStatus.REJECTED)
    assert _titles(page) == ["Kletterwand im Hof"]
    page.set_status_filter(ApplicationStatus.CLOSED)
    assert page.rows == []
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == page.tr("No application matches the search or the status.")

    page.set_status_filter(None)
    qtbot.keyClicks(page.search_edit, "linden")
    qtbot.waitUntil(lambda: _titles(page) == ["Nachbarschaftsfest Lindenplatz"])
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "SF-2026")  # the funder's file number
    qtbot.waitUntil(lambda: _titles(page) == ["Nachbarschaftsfest Lindenplatz"])


def test_new_application_through_the_dialog_opens_the_editor(
    qtbot: QtBot, centre_database: Database, fake_editor: type[FakeEditor]
) -> None:
    ids = funding_world(centre_database)
    page = _page(qtbot, centre_database)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, NewApplicationDialog)
    # Only the active programme, with its key facts.
    assert [entry.id for entry in dialog.entries] == [ids["fonds"]]
    facts = dialog.facts_label.text()
    assert "500,00 €" in facts and "5.000,00 €" in facts
    assert DEADLINE.strftime("%d.%m.%Y") in facts
    assert "01.03.2026" in facts  # the call the rules follow
    # The end follows the programme's duration from the start.
    assert dialog.start_edit.date() == QDate(2026, 12, 1)
    assert dialog.end_edit.date() == QDate(2027, 5, 31)

    dialog.accept()  # no title: refused, nothing created
    assert dialog.isVisible()
    assert dialog.banner.tone is Tone.ERROR
    assert "border" in dialog.title_edit.styleSheet()

    dialog.title_edit.setText("Repair-Café im Advent")
    dialog.end_edit.setDate(QDate(2026, 11, 1))  # before the start
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.banner.tone is Tone.ERROR
    assert "border" in dialog.end_edit.styleSheet()

    dialog.end_edit.setDate(QDate(2027, 1, 31))
    dialog.accept()
    assert not dialog.isVisible()
    new_id = dialog.created_id
    assert new_id is not None
    with centre_database.unit_of_work() as session:
        view = funding.get_application(session, ADMIN, new_id)
    assert view.title == "Repair-Café im Advent"
    assert view.status == ApplicationStatus.IDEA
    assert (view.project_start, view.project_end) == (dt.date(2026, 12, 1), dt.date(2027, 1, 31))
    assert page.current_id() == new_id
    assert fake_editor.opened == [new_id]
    assert page.banner.tone is Tone.SUCCESS

    # Enter on the list opens the same window again, not a second one.
    page.table.setFocus()
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    page.eventFilter(page.table, event)
    assert fake_editor.opened == [new_id]
    assert page.editors[new_id].isVisible()
    page.editors[new_id].close()


def test_status_change_with_file_number_and_history(
    qtbot: QtBot, centre_database: Database
) -> None:
    ids = funding_world(centre_database)
    page = _page(qtbot, centre_database)
    with centre_database.unit_of_work() as session:
        funding.change_status(
            session, ADMIN, ids["idea"], ApplicationStatus.DRAFT, on=TODAY, note="Jetzt geht es los"
        )
    page.reload()
    _select(page, ids["idea"])

    dialog = page.change_status()
    assert isinstance(dialog, StatusDialog)
    # Only the allowed next step (and nothing back).
    assert [dialog.status_combo.itemData(i) for i in range(dialog.status_combo.count())] == [
        "submitted"
    ]
    assert not dialog.reference_edit.isHidden()
    assert dialog.amount_edit.isHidden()
    history = dialog.history_label.text()
    assert "Jetzt geht es los" in history and "Entwurf" in history and "Idee" in history

    dialog.date_edit.setDate(QDate(2026, 1, 1))  # before the last change
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.banner.tone is Tone.ERROR

    dialog.date_edit.setDate(QDate(2026, 11, 24))
    qtbot.keyClicks(dialog.note_edit, "per E-Mail an Frau Berger")
    qtbot.keyClicks(dialog.reference_edit, "SF-2026-42")
    dialog.accept()
    assert not dialog.isVisible()
    with centre_database.unit_of_work() as session:
        view = funding.get_application(session, ADMIN, ids["idea"])
        versions = funding.list_versions(session, ADMIN, ids["idea"])
    assert view.status == ApplicationStatus.SUBMITTED
    assert view.funder_reference == "SF-2026-42"
    assert view.history[-1].note == "per E-Mail an Frau Berger"
    assert view.history[-1].changed_on == TODAY
    assert len(versions) == 1  # submitting keeps the submitted state
    assert "SF-2026-42" in page.detail.text()

    # Approving asks for the amount; a bad amount is refused with the field marked.
    dialog = page.change_status()
    assert isinstance(dialog, StatusDialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("approved"))
    assert not dialog.amount_edit.isHidden()
    assert "SF-2026-42" in dialog.history_label.text()
    dialog.amount_edit.setText("1,234")
    dialog.accept()
    assert dialog.isVisible()
    assert "border" in dialog.amount_edit.styleSheet()
    dialog.amount_edit.setText("1.100,50")
    dialog.accept()
    assert not dialog.isVisible()
    with centre_database.unit_of_work() as session:
        view = funding.get_application(session, ADMIN, ids["idea"])
    assert view.status == ApplicationStatus.APPROVED
    assert view.approved_amount == Decimal("1100.50")


def test_a_finished_application_shows_its_history_only(
    qtbot: QtBot, centre_database: Database
) -> None:
    ids = funding_world(centre_database)
    page = _page(qtbot, centre_database)
    _select(page, ids["rejected"])
    dialog = page.change_status()
    assert isinstance(dialog, StatusDialog)
    assert dialog.status_combo.count() == 0
    assert not dialog.final_label.isHidden()
    assert "abgelehnt" in dialog.history_label.text()
    dialog.reject()


def test_withdraw_a_submitted_application(qtbot: QtBot, centre_database: Database) -> None:
    ids = funding_world(centre_database)
    with centre_database.unit_of_work() as session:
        for status in (ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED):
            funding.change_status(session, ADMIN, ids["idea"], status, on=TODAY)
    page = _page(qtbot, centre_database)
    _select(page, ids["idea"])
    dialog = page.change_status()
    assert isinstance(dialog, StatusDialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("withdraw"))
    dialog.accept()
    with centre_database.unit_of_work() as session:
        assert funding.get_application(session, ADMIN, ids["idea"]).status == (
            ApplicationStatus.DRAFT
        )


def test_delete_after_the_question(qtbot: QtBot, centre_database: Database) -> None:
    ids = funding_world(centre_database)
    answers = Answers(yes=False)
    page = _page(qtbot, centre_database, answers)
    _select(page, ids["rejected"])
    assert not page.delete_application()
    assert "Kletterwand im Hof" in answers.asked[0]
    assert "Kletterwand im Hof" in _titles(page)

    answers.yes = True
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    page.eventFilter(page.table, event)
    assert "Kletterwand im Hof" not in _titles(page)
    assert page.banner.tone is Tone.SUCCESS
    with centre_database.unit_of_work() as session:
        assert session.get(FundingApplication, ids["rejected"]) is None


def test_the_treasurer_writes_a_volunteer_sees_no_applications(
    qtbot: QtBot, centre_database: Database
) -> None:
    funding_world(centre_database)
    treasurer_page = _page(qtbot, centre_database, actor=TREASURER)
    assert treasurer_page.new_button.isVisibleTo(treasurer_page)
    assert len(treasurer_page.rows) == 3

    page = _page(qtbot, centre_database, actor=VOLUNTEER)
    assert page.rows == []
    assert not page.no_access_label.isHidden()
    assert page.new_application() is None


def test_open_shows_the_application_window_once(qtbot: QtBot, centre_database: Database) -> None:
    editor_module = pytest.importorskip("quartierstreff.ui.dialogs.application_editor")
    ids = funding_world(centre_database)
    page = _page(qtbot, centre_database)
    _select(page, ids["idea"])
    editor = page.open_application()
    assert isinstance(editor, editor_module.ApplicationEditor)
    assert editor.isWindow() and editor.isVisible()
    assert page.open_application() is editor  # not a second window
    editor.close()
    qtbot.waitUntil(lambda: ids["idea"] not in page.editors)
