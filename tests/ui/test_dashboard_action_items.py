"""The overview lists the open action items of all meetings: the earliest due first,
overdue ones in red, done with one click (and gone from the list)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import ActionItem, Meeting, MeetingKind, Person, Role
from quartierstreff.services.security import Actor, acting_as
from quartierstreff.ui.pages.dashboard import ACTION_ITEMS_SHOWN, DashboardPage
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY


def _action_items(database: Database, count: int = 0) -> dict[str, int]:
    with database.unit_of_work() as session, acting_as(session, ADMIN):
        eva = Person(first_name="Eva", last_name="Roth")
        meeting = Meeting(
            kind=MeetingKind.BOARD,
            title="Vorstandssitzung",
            starts_at=dt.datetime(2026, 11, 2, 19, 0),
        )
        overdue = ActionItem(
            meeting=meeting,
            description="Angebot für Stühle einholen",
            owner=eva,
            due_date=TODAY - dt.timedelta(days=3),
        )
        later = ActionItem(
            meeting=meeting,
            description="Protokoll verschicken",
            due_date=TODAY + dt.timedelta(days=7),
        )
        done = ActionItem(meeting=meeting, description="Schon erledigt", done_on=TODAY)
        extra = [
            ActionItem(meeting=meeting, description=f"Aufgabe {number}") for number in range(count)
        ]
        session.add_all([eva, meeting, overdue, later, done, *extra])
        session.flush()
        return {"overdue": overdue.id, "later": later.id, "done": done.id}


def _texts(page: DashboardPage) -> list[str]:
    return [label.text() for label in page.actions_box.findChildren(QLabel)]


def test_open_action_items_with_the_overdue_marked_and_done_with_a_click(
    qtbot: QtBot, centre_database: Database
) -> None:
    ids = _action_items(centre_database)
    page = DashboardPage(centre_database, ADMIN, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()

    assert not page.actions_box.isHidden()
    texts = _texts(page)
    assert "Angebot für Stühle einholen" in texts
    assert "Protokoll verschicken" in texts
    assert "Schon erledigt" not in texts
    assert "Eva Roth" in texts
    marked = page.actions_box.findChildren(QLabel, "overdueAction")
    assert len(marked) == 1
    assert "21.11.2026" in marked[0].text()
    assert "#b3261e" in marked[0].styleSheet()
    assert set(page.action_buttons) == {ids["overdue"], ids["later"]}

    page.action_buttons[ids["overdue"]].click()

    with centre_database.unit_of_work() as session:
        item = session.get(ActionItem, ids["overdue"])
        assert item is not None and item.done_on == TODAY
    assert set(page.action_buttons) == {ids["later"]}
    qtbot.waitUntil(lambda: "Angebot für Stühle einholen" not in _texts(page))


def test_no_box_without_open_action_items(qtbot: QtBot, centre_database: Database) -> None:
    page = DashboardPage(centre_database, ADMIN, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.actions_box.isHidden()


def test_many_items_are_counted_not_all_listed(qtbot: QtBot, centre_database: Database) -> None:
    _action_items(centre_database, count=ACTION_ITEMS_SHOWN)
    page = DashboardPage(centre_database, ADMIN, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert len(page.action_buttons) == ACTION_ITEMS_SHOWN
    assert not page.more_actions_label.isHidden()
    assert "2" in page.more_actions_label.text()


def test_a_treasurer_sees_the_items_and_may_not_tick_them_off(
    qtbot: QtBot, centre_database: Database
) -> None:
    _action_items(centre_database)
    treasurer = Actor(user_id=None, username="kasse", role=Role.TREASURER)
    page = DashboardPage(centre_database, treasurer, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    with centre_database.unit_of_work() as session:
        open_items = session.scalars(select(ActionItem).where(ActionItem.done_on.is_(None))).all()
    assert len(open_items) == 2
    assert not page.actions_box.isHidden()
    assert page.action_buttons == {}
