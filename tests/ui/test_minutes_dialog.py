"""The minutes window on SQLite: ticking attendance, members added, guests and counts
saved; the quorum of an assembly; minutes saved by the timer, on switching the item and
on closing; a text too long kept with the reason; decisions with a vote warning; action
items added, changed, done and deleted. Every question is injected (a modal box fails)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    DecisionResult,
    Meeting,
    MeetingKind,
    Membership,
    Person,
)
from quartierstreff.services import meetings
from quartierstreff.services.security import acting_as
from quartierstreff.ui.dialogs.minutes import MinutesDialog, MinutesTab
from quartierstreff.ui.widgets.autosave import AUTOSAVE_DELAY_MS
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY


@dataclass(frozen=True)
class Ids:
    meeting: int
    items: tuple[int, int]
    anna: int
    bert: int
    dora: int


def _meeting(database: Database, kind: MeetingKind = MeetingKind.BOARD) -> Ids:
    """A meeting last Friday with two agenda items; Anna and Bert invited, Dora a member
    who was not invited; all three members since 2020."""
    with database.unit_of_work() as session, acting_as(session, ADMIN):
        anna = Person(first_name="Anna", last_name="Ahrens")
        bert = Person(first_name="Bert", last_name="Blau")
        dora = Person(first_name="Dora", last_name="Dietz")
        session.add_all([anna, bert, dora])
        for person in (anna, bert, dora):
            session.add(Membership(person=person, start_date=dt.date(2020, 1, 1)))
        meeting = Meeting(
            kind=kind,
            title="Vorstandssitzung" if kind is MeetingKind.BOARD else "Mitgliederversammlung",
            starts_at=dt.datetime(2026, 11, 20, 19, 0),
            ends_at=dt.datetime(2026, 11, 20, 21, 0),
            invitees=[anna, bert],
            agenda=[
                AgendaItem(position=1, title="Kassenbericht"),
                AgendaItem(position=2, title="Sommerfest"),
            ],
        )
        session.add(meeting)
        session.flush()
        return Ids(
            meeting.id,
            (meeting.agenda[0].id, meeting.agenda[1].id),
            anna.id,
            bert.id,
            dora.id,
        )


@pytest.fixture
def ids(centre_database: Database) -> Ids:
    return _meeting(centre_database)


@pytest.fixture
def dialog(qtbot: QtBot, centre_database: Database, ids: Ids) -> MinutesDialog:
    shown = MinutesDialog(centre_database, ADMIN, ids.meeting, TODAY)
    qtbot.addWidget(shown)
    shown.confirm = lambda parent, text: True
    shown.show()
    return shown


def _stored(database: Database, item_id: int | None, meeting_id: int) -> str:
    with database.unit_of_work() as session:
        if item_id is None:
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            return meeting.minutes_text
        item = session.get(AgendaItem, item_id)
        assert item is not None
        return item.minutes_text


def _check(dialog: MinutesDialog, person_id: int, checked: bool = True) -> None:
    people = dialog.attendance.people_list
    for row in range(people.count()):
        item = people.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == person_id:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
    raise AssertionError(f"person {person_id} not in the list")


# --- attendance ------------------------------------------------------------------------


def test_attendance_ticks_added_members_guests_and_counts_are_saved(
    dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    tab = dialog.attendance
    names = [tab.people_list.item(row).text() for row in range(tab.people_list.count())]
    assert names[:2] == ["Anna Ahrens", "Bert Blau"]  # the invitees first
    _check(dialog, ids.anna)
    # Dora was not invited: found in the register and added ticked.
    tab.person_picker.picker.search_edit.setText("Dietz")
    tab.person_picker.picker.take_selected()
    assert ids.dora in tab.checked_ids()
    tab.add_guest()
    for column, text in enumerate(("Gül", "Yıldız", "Stadtteilbüro")):
        tab.guest_model.item(0, column).setText(text)
    tab.add_guest()  # an empty row is left out
    tab.anonymous_spin.setValue(3)
    tab.children_spin.setValue(2)
    assert tab.dirty
    assert "8" in tab.count_label.text()  # 2 + 1 guest + 3 + 2

    tab.save_button.click()

    assert not tab.dirty
    with centre_database.unit_of_work() as session:
        rows = session.scalars(select(Attendance).where(Attendance.meeting_id == ids.meeting))
        people = {(a.person_id, a.guest_first_name, a.guest_name, a.organisation) for a in rows}
        meeting = session.get(Meeting, ids.meeting)
        assert meeting is not None
        counts = (meeting.anonymous_visitors, meeting.children)
    assert {person_id for person_id, *_ in people} == {ids.anna, ids.dora, None}
    assert (None, "Gül", "Yıldız", "Stadtteilbüro") in people
    assert counts == (3, 2)
    assert dialog.meeting.total_count == 8
    # What is shown after saving is what is stored.
    assert sorted(tab.checked_ids()) == sorted([ids.anna, ids.dora])
    assert tab.guest_model.rowCount() == 1


def test_a_guest_without_a_name_is_refused_and_nothing_is_saved(
    dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    tab = dialog.attendance
    _check(dialog, ids.bert)
    tab.add_guest()
    tab.guest_model.item(0, 2).setText("Nur eine Organisation")
    assert not tab.save()
    assert tab.banner.isVisible()
    assert tab.dirty
    with centre_database.unit_of_work() as session:
        assert session.scalars(select(Attendance)).all() == []


def test_the_quorum_of_an_assembly_is_shown_and_recomputed_after_saving(
    qtbot: QtBot, centre_database: Database
) -> None:
    ids = _meeting(centre_database, MeetingKind.GENERAL_ASSEMBLY)
    dialog = MinutesDialog(centre_database, ADMIN, ids.meeting, TODAY)
    qtbot.addWidget(dialog)
    tab = dialog.attendance
    assert not tab.quorum_label.isHidden()
    quorum = dialog.meeting.quorum
    assert quorum is not None and not quorum.reached
    assert tab.quorum_label.text() == tab.tr(
        "Quorate: no — {present} of at least {required}"
    ).format(present=0, required=quorum.required)
    for person_id in (ids.anna, ids.bert, ids.dora):
        _check(dialog, person_id)
    tab.save()
    quorum = dialog.meeting.quorum
    assert quorum is not None and quorum.reached
    assert tab.quorum_label.text() == tab.tr(
        "Quorate: yes — {present} of at least {required}"
    ).format(present=3, required=quorum.required)
    assert tab.quorum_rule.text() == quorum.rule_text


def test_no_quorum_line_for_a_board_meeting(dialog: MinutesDialog) -> None:
    assert dialog.attendance.quorum_label.isHidden()


# --- minutes ---------------------------------------------------------------------------


def _minutes(dialog: MinutesDialog) -> MinutesTab:
    dialog.tabs.setCurrentWidget(dialog.minutes)
    return dialog.minutes


def test_typing_is_saved_by_the_timer(
    qtbot: QtBot, dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    tab = _minutes(dialog)
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, "Begruessung durch Anna")
    assert tab.dirty
    assert _stored(centre_database, None, ids.meeting) == ""  # not at once …
    qtbot.waitUntil(
        lambda: _stored(centre_database, None, ids.meeting) == "Begruessung durch Anna",
        timeout=AUTOSAVE_DELAY_MS + 3000,
    )  # … but once typing pauses
    assert not tab.dirty
    assert tab.status_label.text().startswith(tab.tr("Saved {time}").split("{")[0])


def test_switching_the_item_saves_at_once_and_shows_each_items_text(
    dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    tab = _minutes(dialog)
    tab.select_item(ids.items[0])
    assert tab.current_item == ids.items[0]
    tab.editor.setPlainText("Die Kasse wurde geprüft.")
    tab.select_item(ids.items[1])
    assert _stored(centre_database, ids.items[0], ids.meeting) == "Die Kasse wurde geprüft."
    assert tab.editor.toPlainText() == ""
    tab.editor.setPlainText("Termin: 4. Juli")
    tab.select_item(ids.items[0])
    assert tab.editor.toPlainText() == "Die Kasse wurde geprüft."
    assert _stored(centre_database, ids.items[1], ids.meeting) == "Termin: 4. Juli"
    assert tab.items_list.count() == 3  # general + two items


def test_closing_saves_the_text_not_yet_saved(
    dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    tab = _minutes(dialog)
    tab.select_item(ids.items[1])
    tab.editor.setPlainText("Zum Schluss")
    dialog.close()
    assert _stored(centre_database, ids.items[1], ids.meeting) == "Zum Schluss"
    assert not dialog.isVisible()


def test_the_program_ending_saves(
    qapp: QApplication, dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    _minutes(dialog).editor.setPlainText("Bis zum Ende")
    qapp.aboutToQuit.emit()
    assert _stored(centre_database, None, ids.meeting) == "Bis zum Ende"


def test_leaving_the_editor_saves(
    qtbot: QtBot, dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    tab = _minutes(dialog)
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, "Kurz")
    tab.items_list.setFocus()
    qtbot.waitUntil(lambda: _stored(centre_database, None, ids.meeting) == "Kurz", timeout=1000)


def test_a_text_too_long_stays_in_the_editor_with_the_reason(
    dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    tab = _minutes(dialog)
    tab.select_item(ids.items[0])
    tab.editor.setPlainText("gespeichert")
    assert tab.save_now()
    too_long = "x" * (meetings.MAX_MINUTES_CHARS + 1)
    tab.editor.setPlainText(too_long)
    assert "#b3261e" in tab.counter_label.styleSheet()

    assert not tab.save_now()

    assert tab.failed
    assert tab.editor.toPlainText() == too_long  # nothing thrown away
    assert "200" in tab.status_label.text()  # the limit, in the locale's digits
    assert _stored(centre_database, ids.items[0], ids.meeting) == "gespeichert"
    # Switching to another item is refused: the text stays in front of the user.
    tab.select_item(ids.items[1])
    assert tab.current_item == ids.items[0]
    assert tab.editor.toPlainText() == too_long
    # Closing is refused once, with the reason; shortened, it saves and closes.
    dialog.close()
    assert dialog.isVisible()
    assert dialog.banner.isVisible()
    tab.editor.setPlainText("kürzer")
    dialog.close()
    assert not dialog.isVisible()
    assert _stored(centre_database, ids.items[0], ids.meeting) == "kürzer"


# --- decisions -------------------------------------------------------------------------


def test_a_decision_with_votes_that_do_not_fit_warns_but_saves(
    dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    _check(dialog, ids.anna)
    _check(dialog, ids.bert)
    assert dialog.attendance.save()
    tab = dialog.decisions
    editor = tab.open_editor(None)
    editor.agenda_combo.setCurrentIndex(editor.agenda_combo.findData(ids.items[1]))
    editor.text_edit.setPlainText("Das Sommerfest findet am 4. Juli statt.")
    editor.yes_spin.setValue(2)
    assert editor.warning_label.isHidden()  # 2 votes, 2 present
    editor.yes_spin.setValue(5)
    assert not editor.warning_label.isHidden()
    assert "5 Stimmen" in editor.warning_label.text()
    editor.accept()

    assert not editor.isVisible()
    assert [d.text for d in tab.model.rows] == ["Das Sommerfest findet am 4. Juli statt."]
    assert tab.model.rows[0].agenda_number == 2
    assert dialog.tabs.tabText(2).endswith("(1)")
    with centre_database.unit_of_work() as session:
        stored = session.scalars(select(Decision)).one()
        assert (stored.votes_yes, stored.result) == (5, DecisionResult.ADOPTED)

    # Changed: the result is "vertagt".
    tab.table.selectRow(0)
    editor = tab.open_editor(tab.model.rows[0])
    assert editor.text_edit.toPlainText().startswith("Das Sommerfest")
    editor.result_combo.setCurrentIndex(editor.result_combo.findData(DecisionResult.DEFERRED))
    editor.yes_spin.setValue(0)
    editor.accept()
    assert tab.model.rows[0].result is DecisionResult.DEFERRED
    assert tab.model.index(0, 5).data() == "vertagt"

    # Deleted after the question.
    asked: list[str] = []
    dialog.confirm = lambda parent, text: asked.append(text) is None
    tab.table.selectRow(0)
    tab.delete_button.click()
    assert len(asked) == 1
    assert tab.model.rows == []
    with centre_database.unit_of_work() as session:
        assert session.scalars(select(Decision)).all() == []


def test_a_decision_without_text_is_refused_in_the_editor(
    dialog: MinutesDialog, centre_database: Database
) -> None:
    editor = dialog.decisions.open_editor(None)
    editor.accept()
    assert editor.isVisible()
    assert editor.banner.isVisible()
    with centre_database.unit_of_work() as session:
        assert session.scalars(select(Decision)).all() == []


def test_deleting_a_decision_can_be_declined(
    dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    editor = dialog.decisions.open_editor(None)
    editor.text_edit.setPlainText("Bleibt")
    editor.accept()
    dialog.confirm = lambda parent, text: False
    dialog.decisions.table.selectRow(0)
    dialog.decisions.delete_selected()
    assert len(dialog.decisions.model.rows) == 1


# --- action items ----------------------------------------------------------------------


def test_action_items_are_added_changed_done_and_deleted(
    dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    tab = dialog.action_items
    editor = tab.open_editor(None)
    editor.description_edit.setPlainText("Stadt wegen Straßenfest anfragen")
    editor.owner_field.picker.search_edit.setText("Blau")
    editor.owner_field.picker.take_selected()
    assert editor.owner_field.person_id == ids.bert
    editor.due_check.setChecked(True)
    due = editor.draft().due_date
    editor.accept()

    assert not editor.isVisible()
    [item] = tab.model.rows
    assert (item.description, item.owner_id, item.due_date) == (
        "Stadt wegen Straßenfest anfragen",
        ids.bert,
        due,
    )
    assert tab.model.index(0, 1).data() == "Bert Blau"

    # Changed: no date any more.
    tab.table.selectRow(0)
    editor = tab.open_editor(tab.model.rows[0])
    assert editor.owner_field.person_id == ids.bert
    editor.due_check.setChecked(False)
    editor.accept()
    assert tab.model.rows[0].due_date is None

    # Done and open again.
    tab.table.selectRow(0)
    tab.done_button.click()
    assert tab.model.rows[0].done_on == TODAY
    assert tab.done_button.text() == tab.tr("Mark as &open")
    tab.done_button.click()
    assert tab.model.rows[0].done_on is None

    tab.table.selectRow(0)
    tab.delete_button.click()
    assert tab.model.rows == []
    with centre_database.unit_of_work() as session:
        assert session.scalars(select(ActionItem)).all() == []


def test_an_overdue_action_item_is_red(
    dialog: MinutesDialog, centre_database: Database, ids: Ids
) -> None:
    editor = dialog.action_items.open_editor(None)
    editor.description_edit.setPlainText("Protokoll verschicken")
    editor.due_check.setChecked(True)
    editor.due_edit.setDate(editor.due_edit.date().addDays(-30))  # before TODAY
    editor.accept()
    colour = dialog.action_items.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.name() == "#b3261e"


def test_an_action_item_without_description_is_refused(dialog: MinutesDialog) -> None:
    editor = dialog.action_items.open_editor(None)
    editor.accept()
    assert editor.isVisible()
    assert editor.banner.isVisible()
    assert dialog.action_items.model.rows == []


def test_a_volunteer_may_write_the_minutes(
    qtbot: QtBot, centre_database: Database, ids: Ids
) -> None:
    from quartierstreff.db.models import Role
    from quartierstreff.services.security import Actor

    volunteer = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
    dialog = MinutesDialog(centre_database, volunteer, ids.meeting, TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.minutes.editor.isReadOnly()
    dialog.minutes.editor.setPlainText("Notiz")
    assert dialog.minutes.save_now()


def test_a_meeting_gone_raises_not_found(qtbot: QtBot, centre_database: Database) -> None:
    from quartierstreff.services.errors import NotFound

    with pytest.raises(NotFound):
        MinutesDialog(centre_database, ADMIN, 999, TODAY)
