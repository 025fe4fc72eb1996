"""Einstellungen ▸ Räume and ▸ Schulferien und Schließtage through their dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Booking, HolidayPeriod, PeriodKind, Role, Room
from quartierstreff.services import rooms
from quartierstreff.services.rooms import RoomDraft
from quartierstreff.services.security import Actor, acting_as
from quartierstreff.ui.pages.settings import SettingsPage
from quartierstreff.ui.pages.settings_rooms import (
    PeriodDialog,
    PeriodsSettingsSection,
    RoomDialog,
    RoomsSettingsSection,
    opening_text,
)
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)


class Questions:
    """An injected confirmation: records the questions and gives a fixed answer."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent: QWidget, title: str, question: str) -> bool:
        self.asked.append(question)
        return self.answer


def _rooms_section(
    qtbot: QtBot, database: Database, actor: Actor = ADMIN, **kwargs: object
) -> RoomsSettingsSection:
    section = RoomsSettingsSection(database, actor, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(section)
    section.load()
    return section


def _periods_section(
    qtbot: QtBot, database: Database, actor: Actor = ADMIN, **kwargs: object
) -> PeriodsSettingsSection:
    section = PeriodsSettingsSection(database, actor, today=TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(section)
    section.load()
    return section


def _stored_rooms(database: Database) -> list[rooms.RoomView]:
    with database.unit_of_work() as session:
        return rooms.list_rooms(session, ADMIN, include_inactive=True)


def _add(database: Database, draft: RoomDraft) -> rooms.RoomView:
    with database.unit_of_work() as session:
        return rooms.save_room(session, ADMIN, draft)


def test_add_a_room_through_the_dialog(
    qtbot: QtBot, qtmodeltester: object, database: Database
) -> None:
    section = _rooms_section(qtbot, database)
    dialog = section.new_room()
    assert isinstance(dialog, RoomDialog) and section.dialog is dialog
    assert dialog.hours_check.isChecked()  # Mo–Fr 08:00–22:00 to start with
    assert [box.isChecked() for box in dialog.day_checks.boxes] == [True] * 5 + [False] * 2
    dialog.name_edit.setText("Gruppenraum")
    dialog.symbol_edit.setText("G")
    dialog.capacity_spin.setValue(15)
    dialog.equipment_edit.setPlainText("Flipchart\n\nWhiteboard\n")
    dialog.day_checks.boxes[5].setChecked(True)  # Saturday too
    dialog.closes_edit.setTime(QTime(21, 30))
    dialog.notes_edit.setPlainText("Im 1. OG")
    dialog.accept()
    assert dialog.saved is not None, dialog.banner.text()
    assert section.banner.tone is Tone.SUCCESS
    qtmodeltester.check(section.model)  # type: ignore[attr-defined]

    (stored,) = _stored_rooms(database)
    assert (stored.name, stored.symbol, stored.capacity) == ("Gruppenraum", "G", 15)
    assert stored.equipment == ("Flipchart", "Whiteboard")
    assert stored.open_days == (0, 1, 2, 3, 4, 5)
    assert (stored.opens_at, stored.closes_at) == (dt.time(8), dt.time(21, 30))
    assert stored.colour == rooms.PALETTE[0]  # automatic
    assert section.selected_room() == stored
    assert opening_text(stored).endswith("08:00–21:30")
    index = section.model.index(0, 0)
    assert section.model.data(index, Qt.ItemDataRole.DecorationRole) == QColor(stored.colour)


def test_change_a_room_with_colour_and_no_fixed_hours(qtbot: QtBot, database: Database) -> None:
    room = _add(database, RoomDraft("Gruppenraum", "G", opens_at=dt.time(8), closes_at=dt.time(22)))
    chosen: list[QColor] = []

    def choose(parent: QWidget, initial: QColor) -> QColor | None:
        chosen.append(initial)
        return QColor("#E15759")

    section = _rooms_section(qtbot, database, choose=choose)
    section.select_room(room.id)
    dialog = section.edit_room()
    assert dialog is not None and dialog.name_edit.text() == "Gruppenraum"
    dialog.colour_button.click()
    assert chosen == [QColor(room.colour)]
    dialog.hours_check.setChecked(False)
    assert not dialog.times_box.isEnabled()
    dialog.accessible_check.setChecked(True)
    dialog.accept()
    assert dialog.saved is not None, dialog.banner.text()
    (stored,) = _stored_rooms(database)
    assert stored.colour == "#e15759" and stored.accessible
    assert stored.opens_at is None and stored.closes_at is None
    assert stored.version == room.version + 1


def test_linked_rooms_in_the_dialog(qtbot: QtBot, database: Database) -> None:
    part_a = _add(database, RoomDraft("Saal A", "SA"))
    part_b = _add(database, RoomDraft("Saal B", "SB"))
    section = _rooms_section(qtbot, database)
    dialog = section.new_room()
    assert dialog is not None
    assert dialog.parts_list.count() == 2 and dialog.parts_list.isEnabled()
    dialog.name_edit.setText("Großer Saal")
    dialog.symbol_edit.setText("S")
    dialog.set_part_checked(part_a.id)
    dialog.set_part_checked(part_b.id)
    dialog.accept()
    assert dialog.saved is not None, dialog.banner.text()
    assert set(dialog.saved.part_ids) == {part_a.id, part_b.id}
    hall_row = next(row for row, r in enumerate(section.model.rows) if r.symbol == "S")
    assert section.model.data(section.model.index(hall_row, 5)) == "SA, SB"

    # A part has no parts of its own: its list is off, with the reason.
    section.select_room(part_a.id)
    part_dialog = section.edit_room()
    assert part_dialog is not None
    assert not part_dialog.parts_list.isEnabled()
    assert "Großer Saal" in part_dialog.parts_hint.text()
    part_dialog.reject()
    # And the hall is not offered as a part of a new room.
    another = section.new_room()
    assert another is not None
    offered = {another.parts_list.item(row).text() for row in range(another.parts_list.count())}
    assert offered == {"Saal A (SA)", "Saal B (SB)"}


def test_bad_input_is_marked_and_nothing_saved(qtbot: QtBot, database: Database) -> None:
    _add(database, RoomDraft("Gruppenraum", "G"))
    section = _rooms_section(qtbot, database)
    dialog = section.new_room()
    assert dialog is not None
    dialog.name_edit.setText(" gruppenraum ")
    dialog.symbol_edit.setText("ZU-LANGES-K")
    dialog.opens_edit.setTime(QTime(18, 0))
    dialog.closes_edit.setTime(QTime(9, 0))
    for box in dialog.day_checks.boxes:
        box.setChecked(False)
    dialog.accept()
    assert dialog.saved is None
    assert dialog.banner.tone is Tone.ERROR
    assert len(dialog.banner.text().splitlines()) == 4  # every problem at once
    for widget in (dialog.name_edit, dialog.symbol_edit, dialog.closes_edit, dialog.days_box):
        assert widget.styleSheet(), widget
    assert not dialog.capacity_spin.styleSheet()
    assert len(_stored_rooms(database)) == 1

    dialog.name_edit.setText("Werkstatt")
    dialog.symbol_edit.setText("W")
    dialog.closes_edit.setTime(QTime(20, 0))
    dialog.day_checks.boxes[2].setChecked(True)
    dialog.accept()
    assert dialog.saved is not None, dialog.banner.text()
    assert not dialog.name_edit.styleSheet()
    assert len(_stored_rooms(database)) == 2


def test_someone_else_saved_the_room_meanwhile(qtbot: QtBot, database: Database) -> None:
    room = _add(database, RoomDraft("Gruppenraum", "G", capacity=15))
    section = _rooms_section(qtbot, database)
    section.select_room(room.id)
    dialog = section.edit_room()
    assert dialog is not None
    with database.unit_of_work() as session:
        rooms.save_room(session, ADMIN, RoomDraft("Gruppenraum", "G", capacity=12), room_id=room.id)
    dialog.capacity_spin.setValue(20)
    dialog.accept()
    assert dialog.saved is None and not dialog.reload_button.isHidden()
    assert dialog.capacity_spin.value() == 20  # the input is kept
    dialog.reload()
    assert dialog.capacity_spin.value() == 12
    dialog.accept()
    assert dialog.saved is not None


def test_order_deactivate_and_delete(qtbot: QtBot, database: Database) -> None:
    first = _add(database, RoomDraft("Saal", "S"))
    second = _add(database, RoomDraft("Küche", "K"))
    questions = Questions(False)
    section = _rooms_section(qtbot, database, confirm=questions)
    section.select_room(second.id)
    assert section.up_button.isEnabled() and not section.down_button.isEnabled()
    section.move_room(-1)
    assert [r.symbol for r in section.model.rows] == ["K", "S"]
    assert section.selected_room() is not None and section.selected_room().id == second.id  # type: ignore[union-attr]

    section.toggle_active()
    assert not _stored_rooms(database)[0].is_active
    assert section.banner.tone is Tone.SUCCESS
    assert section.active_button.text() != section.tr("Deactivate")
    section.toggle_active()
    assert _stored_rooms(database)[0].is_active

    # Del asks first; no means nothing happens.
    section.select_room(first.id)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert len(questions.asked) == 1 and "Saal" in questions.asked[0]
    assert len(_stored_rooms(database)) == 2
    questions.answer = True
    section.delete_room()
    assert [r.name for r in _stored_rooms(database)] == ["Küche"]
    assert section.banner.tone is Tone.SUCCESS


def test_a_room_that_bookings_use_is_not_deleted(qtbot: QtBot, database: Database) -> None:
    room = _add(database, RoomDraft("Saal", "S"))
    with database.unit_of_work() as session, acting_as(session, ADMIN):
        row = session.get(Room, room.id)
        assert row is not None
        session.add(
            Booking(
                title="Chor",
                starts_at=dt.datetime(2026, 11, 26, 19),
                ends_at=dt.datetime(2026, 11, 26, 21),
                rooms=[row],
            )
        )
    section = _rooms_section(qtbot, database, confirm=Questions(True))
    section.select_room(room.id)
    section.delete_room()
    assert section.banner.tone is Tone.ERROR
    assert "Saal" in section.banner.text()
    assert len(_stored_rooms(database)) == 1


def test_enter_opens_the_selected_room(qtbot: QtBot, database: Database) -> None:
    room = _add(database, RoomDraft("Saal", "S"))
    section = _rooms_section(qtbot, database)
    section.select_room(room.id)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert isinstance(section.dialog, RoomDialog)
    dialog = section.dialog
    assert dialog.name_edit.text() == "Saal"
    # Tab goes through the form in order.
    chain: list[QWidget] = [dialog.name_edit]
    while len(chain) < 200 and (following := chain[-1].nextInFocusChain()) is not chain[0]:
        chain.append(following)
    wanted: list[QWidget] = [
        dialog.name_edit,
        dialog.symbol_edit,
        dialog.capacity_spin,
        dialog.accessible_check,
        dialog.equipment_edit,
        dialog.hours_check,
        *dialog.day_checks.boxes,
        dialog.opens_edit,
        dialog.closes_edit,
        dialog.colour_button,
        dialog.parts_list,
        dialog.notes_edit,
    ]
    places = [chain.index(widget) for widget in wanted]
    assert places == sorted(places)
    dialog.reject()
    assert section.dialog is None


def test_volunteers_see_rooms_but_change_nothing(qtbot: QtBot, database: Database) -> None:
    _add(database, RoomDraft("Saal", "S"))
    section = _rooms_section(qtbot, database, VOLUNTEER)
    assert [r.name for r in section.model.rows] == ["Saal"]
    assert all(button.isHidden() for button in section.buttons)
    section.table.selectRow(0)
    assert section.edit_room() is None and section.new_room() is None
    periods = _periods_section(qtbot, database, VOLUNTEER)
    assert periods.known_button.isHidden()
    assert periods.add_known() is None


# --- school holidays and closures ------------------------------------------------------


def _periods(database: Database) -> list[rooms.PeriodView]:
    with database.unit_of_work() as session:
        return rooms.list_periods(session, ADMIN)


def test_add_change_and_delete_periods(
    qtbot: QtBot, qtmodeltester: object, database: Database
) -> None:
    questions = Questions(True)
    section = _periods_section(qtbot, database, confirm=questions)
    dialog = section.new_period()
    assert isinstance(dialog, PeriodDialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PeriodKind.CLOSURE))
    dialog.name_edit.setText("Betriebsferien")
    dialog.start_edit.setDate(QDate(2026, 12, 27))
    assert dialog.end_edit.date() == QDate(2026, 12, 27)  # follows a later first day
    dialog.end_edit.setDate(QDate(2026, 12, 30))
    dialog.accept()
    assert dialog.saved is not None, dialog.banner.text()
    qtmodeltester.check(section.model)  # type: ignore[attr-defined]
    (stored,) = _periods(database)
    assert (stored.kind, stored.name, stored.start, stored.end) == (
        PeriodKind.CLOSURE,
        "Betriebsferien",
        dt.date(2026, 12, 27),
        dt.date(2026, 12, 30),
    )
    assert section.model.data(section.model.index(0, 2)) == "27.12.2026"

    section.select_period(stored.id)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    change = section.dialog
    assert isinstance(change, PeriodDialog)
    change.end_edit.setDate(QDate(2026, 12, 20))  # before the first day
    change.accept()
    assert change.saved is None and change.end_edit.styleSheet()
    change.end_edit.setDate(QDate(2027, 1, 2))
    change.accept()
    assert change.saved is not None
    assert _periods(database)[0].end == dt.date(2027, 1, 2)

    section.select_period(stored.id)
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert len(questions.asked) == 1 and "27.12.2026" in questions.asked[0]
    assert _periods(database) == []


def test_a_bad_period_is_marked(qtbot: QtBot, database: Database) -> None:
    section = _periods_section(qtbot, database)
    dialog = section.new_period()
    assert dialog is not None
    dialog.start_edit.setDate(QDate(2026, 1, 1))
    dialog.end_edit.setDate(QDate(2027, 6, 1))
    dialog.accept()
    assert dialog.saved is None
    assert dialog.name_edit.styleSheet() and dialog.end_edit.styleSheet()
    assert len(dialog.banner.text().splitlines()) == 2
    with database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(HolidayPeriod)) == 0


def test_known_school_holidays_button(qtbot: QtBot, database: Database) -> None:
    section = _periods_section(qtbot, database)
    assert not section.known_button.isHidden() and not section.known_hint.isHidden()
    known = len(rooms.known_school_holidays())
    section.known_button.click()
    assert section.banner.tone is Tone.SUCCESS
    assert str(known) in section.banner.text()
    assert len(section.model.rows) == known
    assert section.add_known() == 0  # nothing twice
    assert section.banner.tone is Tone.SUCCESS
    assert len(_periods(database)) == known


def test_the_settings_page_holds_both_sections(qtbot: QtBot, centre_database: Database) -> None:
    _add(centre_database, RoomDraft("Saal", "S"))
    page = SettingsPage(centre_database, ADMIN)
    qtbot.addWidget(page)
    page.refresh()
    assert [r.name for r in page.rooms.model.rows] == ["Saal"]
    assert page.periods.model.rows == []
    assert page.can_leave()  # the sections never hold unsaved input
