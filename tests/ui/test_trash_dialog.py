"""The Papierkorb dialog: lists what was deleted, restores it by button, Enter or
double-click, and says what went wrong in place (no message box)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.db.models import Booking, Group, Person, Role
from quartierstreff.services.security import Actor, acting_as
from quartierstreff.services.trash import move_to_trash
from quartierstreff.ui.dialogs.trash import TrashDialog, TrashTableModel
from quartierstreff.ui.main_window import MainWindow
from quartierstreff.ui.record_names import record_name
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN

VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
GERMAN_DATE_TIME = re.compile(r"^\d\d\.\d\d\.\d{4} \d\d:\d\d$")


def _trash_person(database: Database, first: str = "Jörg", last: str = "Weiß") -> int:
    with database.unit_of_work() as session, acting_as(session, ADMIN):
        person = Person(first_name=first, last_name=last)
        session.add(person)
        session.flush()
        person_id = person.id
        move_to_trash(session, ADMIN, person)
    return person_id


def _trash_booking(database: Database) -> None:
    with database.unit_of_work() as session, acting_as(session, ADMIN):
        booking = Booking(
            title="Spieleabend",
            starts_at=dt.datetime(2026, 12, 3, 18),
            ends_at=dt.datetime(2026, 12, 3, 21),
        )
        session.add(booking)
        session.flush()
        move_to_trash(session, ADMIN, booking)


def _person_exists(database: Database, person_id: int) -> bool:
    with database.unit_of_work() as session:
        return session.get(Person, person_id) is not None


def _names(database: Database) -> list[str]:
    with database.unit_of_work() as session:
        return sorted(session.scalars(select(Person.first_name)))


def _open(qtbot: QtBot, database: Database, actor: Actor = ADMIN) -> TrashDialog:
    dialog = TrashDialog(database, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _cell(dialog: TrashDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_a_person_in_the_bin_is_restored(qtbot: QtBot, centre_database: Database) -> None:
    person_id = _trash_person(centre_database)
    dialog = _open(qtbot, centre_database)

    assert dialog.stack.currentWidget() is dialog.table
    assert dialog.model.rowCount() == 1
    assert _cell(dialog, 0, TrashTableModel.KIND) == record_name("persons")
    assert _cell(dialog, 0, TrashTableModel.SUMMARY) == "Jörg Weiß"
    assert _cell(dialog, 0, TrashTableModel.DELETED_BY) == ADMIN.username
    assert GERMAN_DATE_TIME.match(_cell(dialog, 0, TrashTableModel.DELETED_AT))
    assert GERMAN_DATE_TIME.match(_cell(dialog, 0, TrashTableModel.EXPIRES))
    assert dialog.restore_button.isEnabled()  # the first entry is selected

    with qtbot.waitSignal(dialog.restored) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert restored.args[0].summary == "Jörg Weiß"
    assert _person_exists(centre_database, person_id)
    assert dialog.is_empty
    assert dialog.stack.currentWidget() is dialog.empty_label
    assert not dialog.restore_button.isEnabled()
    assert dialog.banner.tone is Tone.SUCCESS and "Jörg Weiß" in dialog.banner.text()


def test_enter_and_double_click_restore(qtbot: QtBot, centre_database: Database) -> None:
    # On SQLite Bernd gets Anna's id again; restored second, he gets a new one.
    _trash_person(centre_database, "Anna", "Erst")
    _trash_person(centre_database, "Bernd", "Zweit")
    dialog = _open(qtbot, centre_database)
    assert dialog.model.rowCount() == 2
    dialog.table.setFocus()

    dialog.table.selectRow(1)
    assert dialog.selected_entry().summary == "Anna Erst"  # type: ignore[union-attr]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert _names(centre_database) == ["Anna"]
    assert dialog.model.rowCount() == 1
    assert dialog.isVisible()  # Enter restored; it did not close the dialog

    rect = dialog.table.visualRect(dialog.model.index(0, TrashTableModel.SUMMARY))
    # A real double-click: press and release, then the double-click event.
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _names(centre_database) == ["Anna", "Bernd"]
    assert "Bernd Zweit" in dialog.banner.text()
    assert dialog.is_empty


def test_an_empty_bin_says_so(qtbot: QtBot, centre_database: Database) -> None:
    dialog = _open(qtbot, centre_database)
    assert dialog.is_empty
    assert dialog.stack.currentWidget() is dialog.empty_label
    assert dialog.empty_label.isVisible() and dialog.empty_label.text()
    assert not dialog.restore_button.isEnabled()
    dialog.restore_selected()  # nothing selected: nothing happens
    assert dialog.banner.tone is None


def test_a_volunteer_sees_no_people(qtbot: QtBot, centre_database: Database) -> None:
    _trash_person(centre_database)
    _trash_booking(centre_database)
    dialog = _open(qtbot, centre_database, VOLUNTEER)
    assert dialog.model.rowCount() == 1
    assert _cell(dialog, 0, TrashTableModel.KIND) == record_name("bookings")
    assert _cell(dialog, 0, TrashTableModel.SUMMARY) == "Spieleabend"


def test_a_conflict_is_shown_in_place(qtbot: QtBot, centre_database: Database) -> None:
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        session.add_all([Group(name="Lauftreff"), Group(name="Walking")])
        session.flush()
        group = session.scalars(select(Group).where(Group.name == "Lauftreff")).one()
        move_to_trash(session, ADMIN, group)
        session.add(Group(name="Lauftreff"))
    dialog = _open(qtbot, centre_database)

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.banner.tone is Tone.ERROR
    assert "Lauftreff" in dialog.banner.text()
    assert dialog.banner.isVisible()
    assert dialog.model.rowCount() == 1  # still in the bin, still selected
    assert dialog.restore_button.isEnabled()


def test_entries_older_than_30_days_are_not_listed(qtbot: QtBot, centre_database: Database) -> None:
    _trash_person(centre_database)
    dialog = TrashDialog(centre_database, ADMIN, now=lambda: clock.now() + dt.timedelta(days=31))
    qtbot.addWidget(dialog)
    assert dialog.is_empty


def test_the_table_model_is_sound(qtmodeltester: object, centre_database: Database) -> None:
    _trash_person(centre_database)
    _trash_booking(centre_database)
    model = TrashTableModel()
    dialog_entries = TrashDialog(centre_database, ADMIN).model
    model.set_entries([dialog_entries.entry(row) for row in range(dialog_entries.rowCount())])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_file_menu_opens_the_bin(qtbot: QtBot, centre_database: Database) -> None:
    _trash_person(centre_database)
    window = MainWindow(centre_database, ADMIN)
    qtbot.addWidget(window)
    window.show()
    window.trash_action.trigger()
    dialog = window.findChild(TrashDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    dialog.close()
