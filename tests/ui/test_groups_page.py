"""The Gruppen & Partner page: lists, details, the dialogs with the person picker, bad
input shown in the dialog, deleting to the bin after a question, and read-only roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import PartnerKind, Role
from quartierstreff.services import groups, people
from quartierstreff.services.groups import GroupDraft, PartnerDraft
from quartierstreff.services.people import PersonDraft
from quartierstreff.services.security import Actor
from quartierstreff.ui.dialogs.group import GroupDialog
from quartierstreff.ui.dialogs.partner import PartnerDialog
from quartierstreff.ui.pages.groups import GroupsPage
from quartierstreff.ui.widgets.banner import Tone
from quartierstreff.ui.widgets.person_picker import PersonPicker
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)


def _fill(database: Database) -> dict[str, int]:
    with database.unit_of_work() as session:
        eva = people.create_person(
            session,
            ADMIN,
            PersonDraft(first_name="Eva", last_name="Roth", phone="0711 1", email="e@x.de"),
            today=TODAY,
        ).id
        max_ = people.create_person(
            session, ADMIN, PersonDraft(first_name="Max", last_name="Acker"), today=TODAY
        ).id
        chor = groups.create_group(
            session, ADMIN, GroupDraft("Chor", description="Montags", contact_ids=(eva,))
        ).id
        groups.create_group(session, ADMIN, GroupDraft("Strickcafé", is_public=False))
        stadt = groups.create_partner(
            session,
            ADMIN,
            PartnerDraft("Stadt", PartnerKind.MUNICIPALITY, contacts=((eva, "QM"),)),
        ).id
        groups.create_partner(session, ADMIN, PartnerDraft("Kirche", PartnerKind.CHURCH))
    return {"eva": eva, "max": max_, "chor": chor, "stadt": stadt}


def _page(qtbot: QtBot, database: Database, actor: Actor = ADMIN, **kwargs: object) -> GroupsPage:
    page = GroupsPage(database, actor, TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_lists_and_details(qtbot: QtBot, qtmodeltester: object, centre_database: Database) -> None:
    _fill(centre_database)
    page = _page(qtbot, centre_database)
    qtmodeltester.check(page.groups_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.partners_model)  # type: ignore[attr-defined]
    assert [r.name for r in page.groups_model.rows] == ["Chor", "Strickcafé"]
    assert page.groups_model.index(0, 1).data() == "Eva Roth"
    assert "Montags" in page.groups_tab.detail.text()
    assert "Eva Roth" in page.groups_tab.detail.text()

    page.groups_tab.search_edit.setText("strick")
    page.reload_groups()
    assert [r.name for r in page.groups_model.rows] == ["Strickcafé"]

    assert [r.name for r in page.partners_model.rows] == ["Kirche", "Stadt"]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(PartnerKind.MUNICIPALITY))
    assert [r.name for r in page.partners_model.rows] == ["Stadt"]
    assert "QM" in page.partners_tab.detail.text()


def test_new_group_with_people_from_the_picker(qtbot: QtBot, centre_database: Database) -> None:
    ids = _fill(centre_database)
    page = _page(qtbot, centre_database)
    dialog = page.new_group()
    assert isinstance(dialog, GroupDialog) and page.dialog is dialog
    dialog.name_edit.setText("Boule")
    picker = dialog.picker
    picker.search_edit.setText("ack")
    picker.search_now()
    assert [r.last_name for r in picker.model.rows] == ["Acker"]
    picker.take_selected()
    picker.search_edit.setText("roth")
    picker.search_now()
    picker.take_selected()
    assert dialog.person_ids() == [ids["max"], ids["eva"]]
    dialog.set_contact(ids["eva"], True)
    dialog.accept()
    assert dialog.saved is not None
    assert page.dialog is None
    assert page.groups_tab.banner.tone is Tone.SUCCESS
    assert [r.name for r in page.groups_model.rows] == ["Boule", "Chor", "Strickcafé"]
    assert page.current_group_id() == dialog.saved.id
    assert [(p.name, p.is_contact) for p in dialog.saved.people] == [
        ("Eva Roth", True),
        ("Max Acker", False),
    ]


def test_bad_group_input_stays_in_the_dialog(qtbot: QtBot, centre_database: Database) -> None:
    _fill(centre_database)
    page = _page(qtbot, centre_database)
    dialog = page.new_group()
    assert isinstance(dialog, GroupDialog)
    dialog.name_edit.setText("chor")
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.banner.tone is Tone.ERROR and "chor" in dialog.banner.text()
    assert "border" in dialog.name_edit.styleSheet()
    dialog.name_edit.setText("Neu")
    dialog.email_edit.setText("neu.example.org")
    dialog.accept()
    assert dialog.saved is None and "neu.example.org" in dialog.banner.text()
    dialog.reject()
    assert len(page.groups_model.rows) == 2


def test_changing_a_group_keeps_its_people_and_rooms(
    qtbot: QtBot, centre_database: Database
) -> None:
    ids = _fill(centre_database)
    page = _page(qtbot, centre_database)
    dialog = page.edit_group()
    assert isinstance(dialog, GroupDialog)
    assert dialog.person_ids() == [ids["eva"]]
    dialog.remove_selected()  # nothing selected: nothing removed
    dialog.people_view.selectRow(0)
    dialog.remove_selected()
    dialog.public_check.setChecked(False)
    dialog.until_check.setChecked(True)
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.people == () and not dialog.saved.is_public
    assert dialog.saved.active_until == TODAY


def test_a_concurrent_change_is_reported(qtbot: QtBot, centre_database: Database) -> None:
    ids = _fill(centre_database)
    page = _page(qtbot, centre_database)
    dialog = page.edit_group()
    assert isinstance(dialog, GroupDialog)
    with centre_database.unit_of_work() as session:
        groups.update_group(session, ADMIN, ids["chor"], GroupDraft("Kirchenchor"))
    dialog.name_edit.setText("Chor Süd")
    dialog.accept()
    assert dialog.saved is None and dialog.banner.tone is Tone.ERROR
    assert dialog.name_edit.text() == "Chor Süd"
    assert not dialog.reload_button.isHidden()
    dialog.reload_button.click()
    assert dialog.name_edit.text() == "Kirchenchor" and dialog.reload_button.isHidden()
    dialog.name_edit.setText("Chor Süd")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.name == "Chor Süd"


def test_a_concurrent_partner_change_is_reported(qtbot: QtBot, centre_database: Database) -> None:
    ids = _fill(centre_database)
    page = _page(qtbot, centre_database)
    page.partners_tab.table.selectRow(1)
    dialog = page.edit_partner()
    assert isinstance(dialog, PartnerDialog) and dialog.name_edit.text() == "Stadt"
    with centre_database.unit_of_work() as session:
        groups.update_partner(session, ADMIN, ids["stadt"], PartnerDraft("Stadt Stuttgart"))
    dialog.notes_edit.setPlainText("Neu")
    dialog.accept()
    assert dialog.saved is None and not dialog.reload_button.isHidden()
    dialog.reload()
    assert dialog.name_edit.text() == "Stadt Stuttgart" and dialog.notes_edit.toPlainText() == ""


def test_new_partner_with_a_contact_and_function(qtbot: QtBot, centre_database: Database) -> None:
    ids = _fill(centre_database)
    page = _page(qtbot, centre_database)
    dialog = page.new_partner()
    assert isinstance(dialog, PartnerDialog)
    dialog.name_edit.setText("Grundschule")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PartnerKind.SCHOOL))
    dialog.postal_code_edit.setText("7017")
    dialog.accept()
    assert dialog.saved is None and "7017" in dialog.banner.text()
    assert "border" in dialog.postal_code_edit.styleSheet()
    dialog.postal_code_edit.setText("70173")
    dialog.website_edit.setText("schule")
    dialog.accept()
    assert dialog.saved is None and "border" in dialog.website_edit.styleSheet()
    dialog.website_edit.setText("www.schule.de")
    dialog.picker.search_edit.setText("max")
    dialog.picker.take_selected()  # searches first when typing has not paused yet
    dialog.set_function(ids["max"], "Hausmeister")
    dialog.accept()
    assert dialog.saved is not None
    assert [(c.name, c.function) for c in dialog.saved.contacts] == [("Max Acker", "Hausmeister")]
    assert page.current_partner_id() == dialog.saved.id


def test_deleting_asks_first(qtbot: QtBot, centre_database: Database) -> None:
    _fill(centre_database)
    answers: list[bool] = [False, True]
    questions: list[str] = []

    def confirm(_parent: object, _title: str, question: str) -> bool:
        questions.append(question)
        return answers.pop(0)

    page = _page(qtbot, centre_database, confirm=confirm)
    page.delete_group()
    assert len(page.groups_model.rows) == 2
    page.delete_group()
    assert [r.name for r in page.groups_model.rows] == ["Strickcafé"]
    assert "Chor" in questions[0]
    assert page.groups_tab.banner.tone is Tone.SUCCESS

    answers.append(True)
    page.delete_partner()
    assert [r.name for r in page.partners_model.rows] == ["Stadt"]


def test_volunteers_only_read(qtbot: QtBot, centre_database: Database) -> None:
    _fill(centre_database)
    page = _page(qtbot, centre_database, VOLUNTEER)
    assert page.groups_tab.new_button.isHidden()
    assert page.partners_tab.delete_button.isHidden()
    assert page.edit_group() is None
    text = page.groups_tab.detail.text()
    assert "0711 1" in text and "e@x.de" not in text


def test_an_empty_register(qtbot: QtBot, centre_database: Database) -> None:
    page = _page(qtbot, centre_database)
    assert page.groups_model.rows == [] and not page.groups_tab.edit_button.isEnabled()
    assert page.edit_group() is None
    page.delete_group()  # nothing selected: nothing happens


def test_picker_excludes_and_limits(qtbot: QtBot, centre_database: Database) -> None:
    ids = _fill(centre_database)
    picker = PersonPicker(centre_database, ADMIN, TODAY)
    qtbot.addWidget(picker)
    chosen: list[tuple[int, str, str]] = []
    picker.chosen.connect(lambda *args: chosen.append(args))
    picker.search_edit.setText("r")
    picker.search_now()
    assert {r.id for r in picker.model.rows} == {ids["eva"]}
    picker.list.setCurrentIndex(picker.model.index(0, 0))
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert chosen == [(ids["eva"], "Eva Roth", "0711 1")]
    picker.search_edit.setText("roth")
    picker.search_now()
    assert picker.model.rows == []  # already chosen
    assert "roth" in picker.hint.text()
    picker.search_edit.clear()
    picker.search_now()
    assert not picker.add_button.isEnabled()
