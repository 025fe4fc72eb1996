"""The Mitglieder page: the lazy table model, search, filters, sorting, the actions on
the selected person and what each role sees."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Group, Membership, MembershipType, Person, Role
from quartierstreff.services.demo import load_demo
from quartierstreff.services.people import (
    MembershipDraft,
    PeopleFilter,
    PersonDraft,
    PersonStatus,
    create_person,
    find_people,
)
from quartierstreff.services.security import Actor, acting_as
from quartierstreff.services.trash import list_trash
from quartierstreff.ui.models import people as people_model
from quartierstreff.ui.models.people import PAGE_SIZE, PERSON_ID_ROLE, PeopleTableModel
from quartierstreff.ui.pages.members import MembersPage
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

VOLUNTEER = Actor(user_id=7, username="ehrenamt", role=Role.VOLUNTEER)
TREASURER = Actor(user_id=8, username="kasse", role=Role.TREASURER)


def _today() -> dt.date:
    return TODAY


def _add(database: Database, first: str, last: str, **fields: object) -> int:
    with database.unit_of_work() as session:
        return create_person(
            session, ADMIN, PersonDraft(first_name=first, last_name=last, **fields), today=TODAY
        ).id  # type: ignore[arg-type]


@pytest.fixture
def register(centre_database: Database) -> dict[str, int]:
    """A small register: two members, a former member, a contact person."""
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        session.add(MembershipType(name="Ordentlich"))
        session.add(Group(name="Strickcafé"))
    ids = {
        "anna": _add(
            centre_database,
            "Anna",
            "Zimmermann",
            email="anna@example.de",
            city="Stuttgart",
            memberships=(MembershipDraft(dt.date(2020, 1, 1)),),
        ),
        "bert": _add(
            centre_database,
            "Bert",
            "Albers",
            phone="0711 555 0101",
            memberships=(MembershipDraft(dt.date(2021, 5, 1)),),
        ),
        "carla": _add(
            centre_database,
            "Carla",
            "Müller",
            street="Lindenweg 3",
            memberships=(MembershipDraft(dt.date(2015, 1, 1), dt.date(2023, 12, 31)),),
        ),
        "dieter": _add(centre_database, "Dieter", "Özdemir", email="dieter@example.org"),
    }
    return ids


def _page(qtbot: QtBot, database: Database, actor: Actor = ADMIN, **kwargs: object) -> MembersPage:
    page = MembersPage(database, actor, _today, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1050, 740)
    page.show()
    page.refresh()
    return page


def _names(page: MembersPage) -> list[str]:
    model = page.model
    return [str(model.index(row, model.NAME).data()) for row in range(model.rowCount())]


def test_the_model_at_2000_people_fetches_only_the_pages_shown(
    centre_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        session.add_all(
            Person(first_name=f"Vorname{n:04d}", last_name=f"Nachname{n:04d}", city="Stuttgart")
            for n in range(2000)
        )
    fetched: list[int] = []
    real_rows = people_model.people_rows

    def counting_rows(session: object, actor: Actor, ids: list[int], *, today: dt.date) -> object:
        fetched.append(len(ids))
        return real_rows(session, actor, ids, today=today)  # type: ignore[arg-type]

    monkeypatch.setattr(people_model, "people_rows", counting_rows)
    model = PeopleTableModel(centre_database, ADMIN, _today)
    model.reload()
    assert model.rowCount() == 2000
    assert fetched == []  # ids only

    assert model.index(0, model.NAME).data() == "Nachname0000, Vorname0000"
    assert fetched == [PAGE_SIZE]
    assert model.index(PAGE_SIZE - 1, model.NAME).data() == "Nachname0199, Vorname0199"
    assert model.index(1999, model.NAME).data() == "Nachname1999, Vorname1999"
    assert fetched == [PAGE_SIZE, PAGE_SIZE]
    for row in (5, 10, 1990, 1999):  # cached
        model.index(row, model.ADDRESS).data()
    assert len(fetched) == 2
    assert model.fetches == 2

    model.sort(model.NAME, Qt.SortOrder.DescendingOrder)
    assert model.index(0, model.NAME).data() == "Nachname1999, Vorname1999"
    assert len(fetched) == 2  # the rows by id were kept; only the order was read again


def test_the_table_model_is_sound(
    qtmodeltester: object, centre_database: Database, register: dict[str, int]
) -> None:
    model = PeopleTableModel(centre_database, ADMIN, _today)
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(PeopleTableModel.ADDRESS, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_search_narrows_the_table(
    qtbot: QtBot, centre_database: Database, register: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    assert page.model.rowCount() == 4
    assert _names(page)[0] == "Albers, Bert"  # sorted by last name
    qtbot.keyClicks(page.search, "zimm")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _names(page) == ["Zimmermann, Anna"]
    assert "1" in page.count_label.text() and "4" in page.count_label.text()
    page.search.clear()
    qtbot.keyClicks(page.search, "0711")  # phone
    qtbot.waitUntil(lambda: _names(page) == ["Albers, Bert"])
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # Esc clears
    assert page.search.text() == ""
    assert page.model.rowCount() == 4


def test_filters(qtbot: QtBot, centre_database: Database, register: dict[str, int]) -> None:
    page = _page(qtbot, centre_database)
    page.status_filter.setCurrentIndex(page.status_filter.findData(PersonStatus.MEMBER))
    assert sorted(_names(page)) == ["Albers, Bert", "Zimmermann, Anna"]
    page.status_filter.setCurrentIndex(page.status_filter.findData(PersonStatus.FORMER))
    assert _names(page) == ["Müller, Carla"]
    page.status_filter.setCurrentIndex(page.status_filter.findData(PersonStatus.NON_MEMBER))
    assert _names(page) == ["Özdemir, Dieter"]
    page.status_filter.setCurrentIndex(0)
    assert page.group_filter.count() == 2  # all groups + Strickcafé
    page.group_filter.setCurrentIndex(1)
    assert _names(page) == []
    page.group_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 4


def test_sorting_by_clicking_headers(
    qtbot: QtBot, centre_database: Database, register: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    page.table.sortByColumn(PeopleTableModel.EMAIL, Qt.SortOrder.DescendingOrder)
    emails = [
        page.model.index(row, PeopleTableModel.EMAIL).data() for row in range(page.model.rowCount())
    ]
    assert emails[:2] == ["dieter@example.org", "anna@example.de"]
    page.table.sortByColumn(PeopleTableModel.MEMBER_SINCE, Qt.SortOrder.AscendingOrder)
    since = [
        page.model.index(row, PeopleTableModel.MEMBER_SINCE).data()
        for row in range(page.model.rowCount())
    ]
    assert "01.01.2020" in since and since.index("01.01.2020") < since.index("01.05.2021")


def test_dates_are_german_and_former_members_grey(
    qtbot: QtBot, centre_database: Database, register: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    rows = {page.model.person_id(row): row for row in range(page.model.rowCount())}
    anna = rows[register["anna"]]
    assert page.model.index(anna, PeopleTableModel.MEMBER_SINCE).data() == "01.01.2020"
    assert page.model.index(anna, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    carla = rows[register["carla"]]
    brush = page.model.index(carla, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert "31.12.2023" in str(page.model.index(carla, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert page.model.index(carla, 0).data(PERSON_ID_ROLE) == register["carla"]


def test_volunteers_see_names_and_phones_only(
    qtbot: QtBot, centre_database: Database, register: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database, VOLUNTEER)
    shown = [c for c in range(page.model.columnCount()) if not page.table.isColumnHidden(c)]
    assert shown == [PeopleTableModel.NAME, PeopleTableModel.PHONE]
    assert not page.new_button.isVisibleTo(page)
    assert not page.edit_button.isVisibleTo(page)
    assert not page.delete_button.isVisibleTo(page)
    assert not page.more_button.isVisibleTo(page)
    page.table.selectRow(0)
    assert page.edit_selected() is None
    assert page.new_person() is None
    assert not page.delete_selected()


def test_treasurers_open_read_only(
    qtbot: QtBot, centre_database: Database, register: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database, TREASURER)
    assert not page.new_button.isVisibleTo(page)
    assert page.edit_button.isVisibleTo(page)
    page.table.selectRow(0)
    dialog = page.edit_selected()
    assert dialog is not None
    assert dialog.read_only and dialog.first_name.isReadOnly()
    assert not dialog.save()
    dialog.reject()


def test_new_and_edit_through_the_page(
    qtbot: QtBot, centre_database: Database, register: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    assert page.new_shortcut.key() == QKeySequence(QKeySequence.StandardKey.New)
    page.new_shortcut.activated.emit()  # Ctrl+N
    dialog = page.dialog
    assert dialog is not None and dialog.person_id is None
    dialog.first_name.setText("Emil")
    dialog.last_name.setText("Becker")
    with qtbot.waitSignal(page.person_saved):
        assert dialog.save()
    assert "Becker, Emil" in _names(page)
    assert page.selected_id() is not None
    assert page.model.index(page.selected_row() or 0, 0).data() == "Becker, Emil"

    dialog = page.edit_selected()
    assert dialog is not None
    dialog.city.setText("Esslingen")
    assert dialog.save()
    with centre_database.unit_of_work() as session:
        assert session.scalar(select(Person.city).where(Person.last_name == "Becker")) == (
            "Esslingen"
        )


def test_leaving_sets_the_end_date(
    qtbot: QtBot, centre_database: Database, register: dict[str, int]
) -> None:
    asked: list[str] = []

    def ask(person: object) -> dt.date:
        asked.append(getattr(person, "last_name", ""))
        return dt.date(2026, 12, 31)

    page = _page(qtbot, centre_database, ask_leave_date=ask)
    page.select_person(register["carla"])
    assert not page.leave_button.isEnabled()  # already left
    page.select_person(register["anna"])
    assert page.leave_button.isEnabled()
    assert page.leave_selected()
    assert asked == ["Zimmermann"]
    with centre_database.unit_of_work() as session:
        end = session.scalar(
            select(Membership.end_date).where(Membership.person_id == register["anna"])
        )
    assert end == dt.date(2026, 12, 31)
    assert page.selected_id() == register["anna"]


def test_delete_moves_to_the_bin_after_asking(
    qtbot: QtBot, centre_database: Database, register: dict[str, int]
) -> None:
    answers = [False, True]
    questions: list[str] = []

    def confirm(text: str) -> bool:
        questions.append(text)
        return answers.pop(0)

    page = _page(qtbot, centre_database, confirm=confirm)
    page.select_person(register["dieter"])
    assert not page.delete_selected()  # said no
    assert page.model.rowCount() == 4
    assert page.delete_selected()
    assert "Dieter Özdemir" in questions[0]
    assert page.model.rowCount() == 3
    with centre_database.unit_of_work() as session:
        assert [entry.summary for entry in list_trash(session, ADMIN, dt.datetime.now(dt.UTC))] == [
            "Dieter Özdemir"
        ]
        assert register["dieter"] not in find_people(session, ADMIN, PeopleFilter(), today=TODAY)


def test_missing_dialogs_disable_their_action(
    qtbot: QtBot, centre_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quartierstreff.ui.pages import members

    monkeypatch.setattr(members, "_load", lambda module, name: None)
    page = _page(qtbot, centre_database)
    for action in (page.import_action, page.export_action, page.member_list_action):
        assert not action.isEnabled()
        assert action.toolTip()
    page.import_people()  # nothing happens, nothing breaks


def test_the_demo_centre(qtbot: QtBot, database: Database) -> None:
    with database.unit_of_work() as session:
        load_demo(session, ADMIN, TODAY)
        total = session.scalar(
            select(func.count()).select_from(Person).where(Person.anonymised_on.is_(None))
        )
    page = _page(qtbot, database)
    assert page.model.rowCount() > 150
    assert str(page.model.rowCount()) in page.count_label.text()
    assert total is not None and page.model.rowCount() <= total
    assert not page.grab().isNull()


def test_enter_and_double_click_open_the_person(
    qtbot: QtBot, centre_database: Database, register: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    page.select_person(register["bert"])
    rect = page.table.visualRect(page.model.index(page.selected_row() or 0, 0))
    # A real double-click: press and release, then the double-click event.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert dialog is not None and dialog.person_id == register["bert"]
    assert page.edit_selected() is dialog  # one form at a time
    dialog.reject()
    assert page.dialog is None

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.person_id == register["bert"]
    page.dialog.reject()


def test_the_other_dialogs_get_what_they_need(
    qtbot: QtBot,
    centre_database: Database,
    register: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from quartierstreff.ui.pages import members

    calls: list[tuple[str, tuple[object, ...]]] = []

    def fake(name: str) -> object:
        class Fake:
            def __init__(self, *args: object) -> None:
                calls.append((name, args))

            def exec(self) -> int:
                return 0

        return Fake

    def export(*args: object) -> None:
        calls.append(("export_register", args))

    monkeypatch.setattr(
        members, "_load", lambda module, name: export if name == "export_register" else fake(name)
    )
    page = _page(qtbot, centre_database)
    page.status_filter.setCurrentIndex(page.status_filter.findData(PersonStatus.MEMBER))
    page.select_person(register["anna"])
    for action in (
        page.import_action,
        page.export_action,
        page.member_list_action,
        page.access_action,
        page.erasure_action,
    ):
        assert action.isEnabled()
        action.trigger()
    assert [name for name, _ in calls] == [
        "ImportDialog",
        "export_register",
        "MemberListDialog",
        "AccessRequestDialog",
        "ErasureDialog",
    ]
    args = dict(calls)
    assert args["ImportDialog"] == (centre_database, ADMIN, TODAY, page)
    assert args["export_register"][:3] == (page, centre_database, ADMIN)
    assert args["export_register"][3] == PeopleFilter(status=PersonStatus.MEMBER)
    assert args["export_register"][4] == TODAY
    assert args["AccessRequestDialog"] == (centre_database, ADMIN, register["anna"], TODAY, page)
    assert args["ErasureDialog"] == (centre_database, ADMIN, TODAY, page)
