"""The overview lists the programmes' deadlines and the reports due: the soonest first,
an overdue report in red; nothing for a role that does not read applications."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.services.security import Actor
from quartierstreff.ui.pages.dashboard import DashboardPage
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY
from tests.ui.funding_world import DEADLINE, REPORT_DUE, funding_world


def _texts(page: DashboardPage) -> list[str]:
    return [label.text() for label in page.funding_box.findChildren(QLabel)]


def test_deadlines_and_reports_due(qtbot: QtBot, centre_database: Database) -> None:
    funding_world(centre_database)
    page = DashboardPage(centre_database, ADMIN, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.funding_box.isHidden()
    texts = _texts(page)
    assert "Einreichfrist Stadtteilfonds Süd" in texts
    assert "Verwendungsnachweis: Nachbarschaftsfest Lindenplatz" in texts
    assert any(DEADLINE.strftime("%d.%m.%Y") in text and "12" in text for text in texts)
    overdue = page.funding_box.findChildren(QLabel, "overdueFunding")
    assert len(overdue) == 1
    assert REPORT_DUE.strftime("%d.%m.%Y") in overdue[0].text()
    assert "#b3261e" in overdue[0].styleSheet()
    # The overdue report comes first.
    row_of = {
        text: page.funding_grid.getItemPosition(page.funding_grid.indexOf(label))[0]
        for label in page.funding_box.findChildren(QLabel)
        if (text := label.text()) and page.funding_grid.indexOf(label) >= 0
    }
    assert (
        row_of["Verwendungsnachweis: Nachbarschaftsfest Lindenplatz"]
        < row_of["Einreichfrist Stadtteilfonds Süd"]
    )


def test_no_box_without_dates_or_for_a_volunteer(qtbot: QtBot, centre_database: Database) -> None:
    page = DashboardPage(centre_database, ADMIN, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.funding_box.isHidden()

    funding_world(centre_database)
    volunteer = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
    page = DashboardPage(centre_database, volunteer, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.funding_box.isHidden()
