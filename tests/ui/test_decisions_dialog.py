"""The decisions register: every decision across meetings, newest first, searched as
you type (after a pause) and by year; a double-click shows the whole text, changing
nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qt_compat import qt_api
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import AgendaItem, Decision, DecisionResult, Meeting, MeetingKind
from quartierstreff.services.security import acting_as
from quartierstreff.ui.dialogs.decisions import SEARCH_DELAY_MS, DecisionsDialog
from tests.conftest import ADMIN


@pytest.fixture
def decisions(centre_database: Database) -> Database:
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        old = Meeting(
            kind=MeetingKind.GENERAL_ASSEMBLY,
            title="Mitgliederversammlung 2025",
            starts_at=dt.datetime(2025, 3, 14, 18, 0),
        )
        board = Meeting(
            kind=MeetingKind.BOARD,
            title="Vorstandssitzung November",
            starts_at=dt.datetime(2026, 11, 20, 19, 0),
            agenda=[AgendaItem(position=1, title="Sommerfest")],
        )
        session.add_all([old, board])
        session.flush()
        session.add_all(
            [
                Decision(
                    meeting=old,
                    text="Der Mitgliedsbeitrag bleibt bei 24 € im Jahr.",
                    votes_yes=30,
                    votes_no=2,
                    votes_abstain=1,
                    result=DecisionResult.ADOPTED,
                ),
                Decision(
                    meeting=board,
                    agenda_item=board.agenda[0],
                    text="Das Sommerfest findet am 4. Juli statt.\nBis zu 300 € für Essen.",
                    votes_yes=4,
                    result=DecisionResult.ADOPTED,
                ),
                Decision(
                    meeting=board,
                    text="Neue Stühle: vertagt bis zum Angebot.",
                    result=DecisionResult.DEFERRED,
                ),
            ]
        )
    return centre_database


@pytest.fixture
def dialog(qtbot: QtBot, decisions: Database) -> DecisionsDialog:
    shown = DecisionsDialog(decisions, ADMIN)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _texts(dialog: DecisionsDialog) -> list[str]:
    return [row.text.split("\n")[0] for row in dialog.model.rows]


def test_all_decisions_newest_first_with_meeting_and_votes(
    dialog: DecisionsDialog, qtmodeltester: object
) -> None:
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert len(dialog.model.rows) == 3
    assert dialog.model.rows[-1].meeting_title == "Mitgliederversammlung 2025"
    old = dialog.model.rowCount() - 1
    assert dialog.model.index(old, 0).data() == "14.03.2025"
    assert dialog.model.index(old, 4).data() == "30 / 2 / 1"
    assert dialog.model.index(old, 5).data() == "angenommen"
    cells = [dialog.model.index(row, 3).data() for row in range(3)]
    assert "Das Sommerfest findet am 4. Juli statt. Bis zu 300 € für Essen." in cells
    items = [dialog.model.index(row, 2).data() for row in range(3)]
    assert "1" in items
    years = [dialog.year_combo.itemData(i) for i in range(dialog.year_combo.count())]
    assert years == [None, 2026, 2025]


def test_searching_as_you_type_waits_for_a_pause(qtbot: QtBot, dialog: DecisionsDialog) -> None:
    qtbot.keyClicks(dialog.search_edit, "sommerfest")
    assert len(dialog.model.rows) == 3  # not yet
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 1, timeout=SEARCH_DELAY_MS + 2000)
    assert _texts(dialog) == ["Das Sommerfest findet am 4. Juli statt."]
    dialog.search_edit.setText("gibt es nicht")
    dialog.refresh()
    assert dialog.model.rows == []
    assert dialog.count_label.text() == dialog.tr("No decision matches the search.")


def test_the_year_filter(dialog: DecisionsDialog) -> None:
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(2025))
    assert _texts(dialog) == ["Der Mitgliedsbeitrag bleibt bei 24 € im Jahr."]
    dialog.year_combo.setCurrentIndex(0)
    assert len(dialog.model.rows) == 3


def test_double_click_shows_the_whole_text(qtbot: QtBot, dialog: DecisionsDialog) -> None:
    row = next(i for i, d in enumerate(dialog.model.rows) if "Sommerfest" in d.text)
    rect = dialog.table.visualRect(dialog.model.index(row, 3))
    viewport = dialog.table.viewport()
    qtbot.mouseClick(viewport, qt_api.QtCore.Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, qt_api.QtCore.Qt.MouseButton.LeftButton, pos=rect.center())
    shown = dialog.text_dialog
    assert shown is not None and shown.isVisible()
    assert shown.text_view.isReadOnly()
    assert shown.text_view.toPlainText().endswith("Bis zu 300 € für Essen.")
    assert "4 ja" in shown.result_label.text()
    shown.reject()
    assert len(dialog.model.rows) == 3


def test_an_empty_register(qtbot: QtBot, centre_database: Database) -> None:
    dialog = DecisionsDialog(centre_database, ADMIN)
    qtbot.addWidget(dialog)
    assert dialog.model.rows == []
    assert dialog.count_label.text() == dialog.tr("No decisions have been entered yet.")
