"""The meeting form: creating a meeting (room booked), the agenda reordered by drag and
drop and by the arrow buttons, the notice-period warning from the settings, a room
already taken, refused input marked with nothing lost, inviting a group and the
members, and changing a stored meeting."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDrag, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Booking, Meeting, MeetingKind, Room
from quartierstreff.services import bookings, groups, meetings, people
from quartierstreff.services.bookings import BookingDraft
from quartierstreff.services.groups import GroupDraft
from quartierstreff.services.meetings import AgendaItemDraft, MeetingDraft, NoticeCheck
from quartierstreff.services.people import MembershipDraft, PersonDraft
from quartierstreff.services.security import acting_as
from quartierstreff.services.settings import AppSettings, save_settings
from quartierstreff.ui.dialogs.meeting import (
    AgendaModel,
    AgendaRow,
    MeetingDialog,
    notice_warning,
)
from quartierstreff.ui.i18n import from_qdate, to_qdate
from quartierstreff.ui.widgets.banner import Tone
from quartierstreff.ui.widgets.marks import INVALID_STYLE
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

T = dt.time


@pytest.fixture
def world(centre_database: Database) -> dict[str, int]:
    """Two rooms, a group of two people, one member who is not in the group."""
    with centre_database.unit_of_work() as session:
        with acting_as(session, ADMIN):
            saal = Room(name="Großer Saal", symbol="S", capacity=80, position=0)
            klein = Room(name="Gruppenraum", symbol="G", capacity=12, position=1)
            session.add_all([saal, klein])
            session.flush()
            room_ids = {"saal": saal.id, "klein": klein.id}
        eva = people.create_person(
            session,
            ADMIN,
            PersonDraft(
                first_name="Eva",
                last_name="Roth",
                memberships=(MembershipDraft(start_date=dt.date(2020, 1, 1)),),
            ),
            today=TODAY,
        ).id
        max_ = people.create_person(
            session, ADMIN, PersonDraft(first_name="Max", last_name="Acker"), today=TODAY
        ).id
        ida = people.create_person(
            session,
            ADMIN,
            PersonDraft(
                first_name="Ida",
                last_name="Zeller",
                memberships=(MembershipDraft(start_date=dt.date(2021, 5, 1)),),
            ),
            today=TODAY,
        ).id
        chor = groups.create_group(
            session, ADMIN, GroupDraft("Chor", member_ids=(eva, max_), contact_ids=(eva,))
        ).id
    return {**room_ids, "eva": eva, "max": max_, "ida": ida, "chor": chor}


def _dialog(qtbot: QtBot, database: Database, **kwargs: object) -> MeetingDialog:
    dialog = MeetingDialog(database, ADMIN, TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: MeetingDialog, room_id: int, day: dt.date) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(MeetingKind.BOARD))
    dialog.title_edit.setText("Vorstandssitzung Dezember")
    dialog.date_edit.setDate(to_qdate(day))
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(room_id))


def _titles(dialog: MeetingDialog) -> list[str]:
    return [row.title for row in dialog.agenda_model.rows]


def _meeting_count(database: Database) -> int:
    with database.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(Meeting)) or 0


def test_create_a_meeting_with_agenda_and_invitees(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    day = TODAY + dt.timedelta(days=21)
    dialog = _dialog(qtbot, centre_database)
    _fill(dialog, world["saal"], day)
    dialog.start_edit.setTime(dialog.start_edit.time().fromString("18:30", "HH:mm"))
    for title in ("Begrüßung", "Kassenbericht", "Verschiedenes"):
        dialog.add_agenda_item(title)
    dialog.agenda_model.setData(dialog.agenda_model.index(1, AgendaModel.MINUTES), 20)
    dialog.agenda_model.setData(dialog.agenda_model.index(1, AgendaModel.PRESENTER), "Eva Roth")
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(world["chor"]))
    assert dialog.invite_group() == 2
    assert dialog.invite_group() == 0  # nobody twice
    dialog.chair_field.set_person(world["eva"], "Eva Roth")
    dialog.invitation_edit.setPlainText("Bitte den Jahresbericht mitbringen.")
    dialog.funded_box.setChecked(True)
    dialog.funder_edit.setText("Gefördert durch die Stadt")

    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()

    saved = dialog.saved
    assert saved is not None
    assert saved.title == "Vorstandssitzung Dezember"
    assert saved.kind is MeetingKind.BOARD
    assert saved.starts_at == dt.datetime.combine(day, T(18, 30))
    assert saved.ends_at == dt.datetime.combine(day, T(21, 0))
    assert saved.room_id == world["saal"]
    assert saved.booking_id is not None  # the room is booked
    assert [item.title for item in saved.agenda] == ["Begrüßung", "Kassenbericht", "Verschiedenes"]
    assert saved.agenda[1].planned_minutes == 20
    assert saved.agenda[1].presenter == "Eva Roth"
    assert {person.id for person in saved.invitees} == {world["eva"], world["max"]}
    assert saved.chair_id == world["eva"]
    assert saved.group_id == world["chor"]
    assert saved.invitation_text == "Bitte den Jahresbericht mitbringen."
    assert saved.is_funded_event and saved.funder_line == "Gefördert durch die Stadt"
    with centre_database.unit_of_work() as session:
        booking = session.get(Booking, saved.booking_id)
        assert booking is not None and booking.title == "Vorstandssitzung Dezember"


def test_members_are_invited_for_an_assembly_only(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, centre_database)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(MeetingKind.BOARD))
    assert dialog.invite_members_button.isHidden()
    assert not dialog.invite_group_button.isEnabled()  # no group chosen
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(MeetingKind.GENERAL_ASSEMBLY))
    assert not dialog.invite_members_button.isHidden()
    assert dialog.invite_members() == 2  # Eva and Ida are members, Max is not
    assert set(dialog.invitee_ids()) == {world["eva"], world["ida"]}
    assert dialog.invitees_list.item(0).text() == "Roth, Eva"  # sorted by last name
    dialog.invitees_list.item(0).setSelected(True)
    dialog.remove_selected_invitees()
    assert dialog.invitee_ids() == [world["ida"]]
    assert world["eva"] not in dialog.invitee_picker.exclude  # may be found again


def test_agenda_rows_are_reordered_by_drag_and_drop(
    qtbot: QtBot, qtmodeltester: object, centre_database: Database, world: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, centre_database)
    dialog.resize(1100, 760)
    for title in ("A", "B", "C", "D"):
        dialog.add_agenda_item(title)
    qtmodeltester.check(dialog.agenda_model)  # type: ignore[attr-defined]
    view = dialog.agenda_view
    QApplication.processEvents()

    def drop(source_row: int, y: int) -> None:
        view.selectRow(source_row)
        indexes = view.selectionModel().selectedIndexes()
        data = dialog.agenda_model.mimeData(indexes)
        event = QDropEvent(
            QPointF(40, y),
            Qt.DropAction.MoveAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        view.dropEvent(event)  # what the view receives when the mouse lets go
        assert event.isAccepted()

    # A onto the lower half of C: after C
    lower_c = view.rowViewportPosition(2) + view.rowHeight(2) - 2
    drop(0, lower_c)
    assert _titles(dialog) == ["B", "C", "A", "D"]
    assert dialog.selected_agenda_row() == 2
    # D onto the upper half of B: before B, i.e. first
    drop(3, view.rowViewportPosition(0) + 2)
    assert _titles(dialog) == ["D", "B", "C", "A"]
    # below the last row: to the end
    drop(0, view.rowViewportPosition(3) + view.rowHeight(3) + 30)
    assert _titles(dialog) == ["B", "C", "A", "D"]
    # the numbers follow the order
    assert [dialog.agenda_model.index(row, 0).data() for row in range(4)] == ["1", "2", "3", "4"]
    assert len(dialog.draft().agenda) == 4


def test_agenda_move_buttons_and_keys(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, centre_database)
    for title in ("A", "B", "C"):
        dialog.add_agenda_item(title)
    dialog.agenda_view.selectRow(0)
    assert not dialog.up_button.isEnabled() and dialog.down_button.isEnabled()
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert _titles(dialog) == ["B", "A", "C"]
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert _titles(dialog) == ["B", "C", "A"]
    assert not dialog.down_button.isEnabled()
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert _titles(dialog) == ["B", "A", "C"]
    dialog.move_selected(-1)
    dialog.move_selected(-1)  # already first: nothing
    assert _titles(dialog) == ["A", "B", "C"]
    dialog.agenda_view.selectRow(1)
    qtbot.mouseClick(dialog.remove_item_button, Qt.MouseButton.LeftButton)
    assert _titles(dialog) == ["A", "C"]
    assert dialog.selected_agenda_row() == 1


def test_planned_total_and_a_warning_when_longer_than_the_meeting(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, centre_database)
    dialog.agenda_model.set_rows([AgendaRow("A", planned_minutes=50), AgendaRow("B", "", 45)])
    assert dialog.total_label.text() == dialog.tr("Planned: {duration}").format(
        duration=dialog.tr("{hours} h {minutes} min").format(hours=1, minutes=35)
    )
    dialog.agenda_model.setData(dialog.agenda_model.index(1, AgendaModel.MINUTES), 90)
    assert "(" in dialog.total_label.text()  # longer than the two hours of the meeting
    assert not dialog.agenda_model.setData(dialog.agenda_model.index(1, AgendaModel.MINUTES), -5)
    assert dialog.agenda_model.rows[1].planned_minutes == 90


def test_notice_period_warning_follows_kind_date_and_settings(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, centre_database, day=TODAY + dt.timedelta(days=5))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(MeetingKind.GENERAL_ASSEMBLY))
    assert not dialog.notice_label.isHidden()
    expected = notice_warning(
        MeetingKind.GENERAL_ASSEMBLY, NoticeCheck(14, 5, too_short=True, sent_on=None)
    )
    assert dialog.notice_label.text() == expected
    dialog.date_edit.setDate(to_qdate(TODAY + dt.timedelta(days=14)))
    assert dialog.notice_label.isHidden()
    dialog.date_edit.setDate(to_qdate(TODAY + dt.timedelta(days=3)))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(MeetingKind.GROUP))
    assert dialog.notice_label.isHidden()  # group meetings need no notice by default

    with centre_database.unit_of_work() as session:
        save_settings(session, ADMIN, AppSettings(notice_days_group=7))
    other = _dialog(qtbot, centre_database, day=TODAY + dt.timedelta(days=3))
    other.kind_combo.setCurrentIndex(other.kind_combo.findData(MeetingKind.GROUP))
    assert not other.notice_label.isHidden()


def test_a_room_already_booked_is_named_and_nothing_is_lost(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    day = TODAY + dt.timedelta(days=10)
    with centre_database.unit_of_work() as session:
        bookings.create_booking(
            session, ADMIN, BookingDraft("Chorprobe", (world["saal"],), day, T(18), T(20))
        )
    dialog = _dialog(qtbot, centre_database)
    _fill(dialog, world["saal"], day)
    dialog.add_agenda_item("Begrüßung")
    dialog.accept()

    assert dialog.isVisible()
    assert dialog.banner.tone is Tone.ERROR
    assert "Chorprobe" in dialog.banner.text()
    assert INVALID_STYLE in dialog.room_combo.styleSheet()
    assert _meeting_count(centre_database) == 0
    assert dialog.title_edit.text() == "Vorstandssitzung Dezember"  # kept
    assert _titles(dialog) == ["Begrüßung"]

    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(world["klein"]))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.saved is not None and dialog.saved.room_id == world["klein"]


def test_bad_input_is_marked_and_explained(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, centre_database)
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(world["saal"]))
    dialog.title_edit.setText("   ")
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(-3600))
    dialog.add_agenda_item("Begrüßung")
    dialog.agenda_model.append(AgendaRow(""))  # an item without a topic
    dialog.tabs.setCurrentIndex(2)
    dialog.accept()

    assert dialog.isVisible()
    assert dialog.banner.tone is Tone.ERROR
    assert INVALID_STYLE in dialog.title_edit.styleSheet()
    assert INVALID_STYLE in dialog.end_edit.styleSheet()
    assert INVALID_STYLE in dialog.agenda_view.styleSheet()
    lines = dialog.banner.text().splitlines()
    assert len(lines) == 3  # every problem at once
    assert dialog.tr("Please give the meeting a title.") in lines
    assert _meeting_count(centre_database) == 0

    # a meeting elsewhere needs its place
    dialog.title_edit.setText("Klausur")
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(7200))
    dialog.agenda_model.setData(dialog.agenda_model.index(1, AgendaModel.TITLE), "Ziele")
    dialog.room_combo.setCurrentIndex(dialog.room_combo.count() - 1)  # no room
    dialog.accept()
    assert INVALID_STYLE in dialog.location_edit.styleSheet()
    assert INVALID_STYLE not in dialog.title_edit.styleSheet()
    dialog.location_edit.setText("Rathaus, Sitzungssaal 2")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.place == "Rathaus, Sitzungssaal 2"
    assert dialog.saved.booking_id is None


def test_too_many_agenda_items(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, centre_database)
    _fill(dialog, world["saal"], TODAY + dt.timedelta(days=30))
    dialog.agenda_model.set_rows([AgendaRow(f"Punkt {n}") for n in range(200)])
    dialog.accept()
    assert dialog.isVisible()
    assert "100" in dialog.banner.text()
    assert dialog.agenda_model.rowCount() == 200  # nothing thrown away
    assert _meeting_count(centre_database) == 0


def test_change_a_stored_meeting(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    day = TODAY + dt.timedelta(days=20)
    draft = MeetingDraft(
        kind=MeetingKind.PLENARY,
        title="Plenum",
        day=day,
        start_time=T(18),
        end_time=T(20),
        room_id=world["saal"],
        agenda=(AgendaItemDraft("Eins"), AgendaItemDraft("Zwei"), AgendaItemDraft("Drei")),
        invitee_ids=(world["ida"],),
    )
    with centre_database.unit_of_work() as session:
        meeting_id = meetings.create_meeting(session, ADMIN, draft, today=TODAY)
        view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    dialog = _dialog(qtbot, centre_database, meeting=view)
    assert dialog.title_edit.text() == "Plenum"
    assert _titles(dialog) == ["Eins", "Zwei", "Drei"]
    assert dialog.invitee_ids() == [world["ida"]]
    assert dialog.draft() == view.to_draft()  # unchanged form, unchanged draft

    dialog.agenda_view.selectRow(2)
    dialog.move_selected(-1)
    dialog.title_edit.setText("Plenum im Advent")
    dialog.start_edit.setTime(dialog.start_edit.time().addSecs(3600))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    saved = dialog.saved
    assert saved is not None
    assert [item.title for item in saved.agenda] == ["Eins", "Drei", "Zwei"]
    assert [item.id for item in saved.agenda] == [
        view.agenda[0].id,
        view.agenda[2].id,
        view.agenda[1].id,
    ]
    with centre_database.unit_of_work() as session:
        booking = session.get(Booking, saved.booking_id)
        assert booking is not None
        assert booking.title == "Plenum im Advent"
        assert booking.starts_at == dt.datetime.combine(day, T(19))


def test_someone_else_saved_meanwhile(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    draft = MeetingDraft(
        kind=MeetingKind.BOARD,
        title="Vorstand",
        day=TODAY + dt.timedelta(days=9),
        start_time=T(19),
        end_time=T(21),
        location_note="bei Eva",
    )
    with centre_database.unit_of_work() as session:
        meeting_id = meetings.create_meeting(session, ADMIN, draft, today=TODAY)
        view = meetings.get_meeting(session, ADMIN, meeting_id, today=TODAY)
    dialog = _dialog(qtbot, centre_database, meeting=view)
    with centre_database.unit_of_work() as session:
        meetings.update_meeting(
            session,
            ADMIN,
            meeting_id,
            dataclasses.replace(draft, title="Vorstand (neu)"),
            expected_version=view.version,
            today=TODAY,
        )
    dialog.title_edit.setText("Meine Änderung")
    dialog.accept()
    assert dialog.isVisible()
    assert not dialog.reload_button.isHidden()
    assert dialog.title_edit.text() == "Meine Änderung"
    dialog.reload()
    assert dialog.title_edit.text() == "Vorstand (neu)"
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()


def test_a_real_drag_moves_and_removes_nothing(
    qtbot: QtBot, centre_database: Database, world: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drag started by the mouse: the drop moves the row, and the end of the drag
    (Qt's default would remove the dragged row after a move) removes nothing."""
    dialog = _dialog(qtbot, centre_database)
    for title in ("A", "B", "C"):
        dialog.add_agenda_item(title)
    view = dialog.agenda_view
    QApplication.processEvents()

    def exec_(drag: QDrag, *actions: object) -> Qt.DropAction:
        y = view.rowViewportPosition(2) + view.rowHeight(2) - 2
        event = QDropEvent(
            QPointF(40, y),
            Qt.DropAction.MoveAction,
            drag.mimeData(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        view.dropEvent(event)
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", exec_)
    view.selectRow(0)
    view.startDrag(Qt.DropAction.MoveAction)
    assert _titles(dialog) == ["B", "C", "A"]


def test_an_event_over_several_days(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    day = TODAY + dt.timedelta(days=30)
    dialog = _dialog(qtbot, centre_database)
    _fill(dialog, world["saal"], day)
    assert not dialog.end_date_edit.isEnabled()
    dialog.several_days_box.setChecked(True)
    assert dialog.end_date_edit.isEnabled()
    assert from_qdate(dialog.end_date_edit.date()) == day + dt.timedelta(days=1)
    dialog.end_date_edit.setDate(to_qdate(day + dt.timedelta(days=2)))
    # Moving the first day past the last one takes the last one along.
    dialog.date_edit.setDate(to_qdate(day + dt.timedelta(days=3)))
    assert from_qdate(dialog.end_date_edit.date()) == day + dt.timedelta(days=4)
    dialog.date_edit.setDate(to_qdate(day))
    dialog.end_date_edit.setDate(to_qdate(day + dt.timedelta(days=20)))
    dialog.accept()  # three weeks: refused, marked, nothing stored
    assert dialog.saved is None and _meeting_count(centre_database) == 0
    assert dialog.banner.tone is Tone.ERROR and "14" in dialog.banner.text()
    assert "QDateEdit" in dialog.end_date_edit.styleSheet()  # marked
    dialog.end_date_edit.setDate(to_qdate(day + dt.timedelta(days=2)))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    saved = dialog.saved
    assert saved is not None and saved.end_day == day + dt.timedelta(days=2)
    with centre_database.unit_of_work() as session:
        found = bookings.occurrences(session, ADMIN, day, day + dt.timedelta(days=5))
    assert [o.day for o in found] == [day + dt.timedelta(days=n) for n in range(3)]
    # Opened again, the dialog shows the last day.
    again = _dialog(qtbot, centre_database, meeting=saved)
    assert again.several_days_box.isChecked()
    assert from_qdate(again.end_date_edit.date()) == day + dt.timedelta(days=2)
