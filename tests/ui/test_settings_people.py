"""Einstellungen ▸ Personen: own fields and membership types through their dialogs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import CustomFieldType, Role
from quartierstreff.services import people, people_settings
from quartierstreff.services.errors import FieldInvalid
from quartierstreff.services.people import MembershipDraft, PersonDraft
from quartierstreff.services.people_settings import CustomFieldDraft, MembershipTypeDraft
from quartierstreff.services.security import Actor
from quartierstreff.ui.pages.settings import SettingsPage
from quartierstreff.ui.pages.settings_people import (
    CustomFieldDialog,
    MembershipTypeDialog,
    PeopleSettingsSection,
    parse_amount,
)
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

TREASURER = Actor(user_id=None, username="kasse", role=Role.TREASURER)


def _section(
    qtbot: QtBot, database: Database, actor: Actor = ADMIN, **kwargs: object
) -> PeopleSettingsSection:
    section = PeopleSettingsSection(database, actor, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(section)
    section.load()
    return section


def test_parse_amount() -> None:
    assert parse_amount("") is None
    assert parse_amount("36") == Decimal("36")
    assert parse_amount("36,5") == Decimal("36.5")
    assert parse_amount("1.234,50 €") == Decimal("1234.50")
    assert parse_amount("36.50") == Decimal("36.50")
    for bad in ("abc", "-3", "3,456", "1,2,3"):
        with pytest.raises(FieldInvalid):
            parse_amount(bad)


def test_add_change_and_order_fields(
    qtbot: QtBot, qtmodeltester: object, database: Database
) -> None:
    section = _section(qtbot, database)
    dialog = section.new_field()
    assert isinstance(dialog, CustomFieldDialog)
    assert not dialog.choices_edit.isEnabled()
    dialog.label_edit.setText("T-Shirt-Größe")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(CustomFieldType.CHOICE))
    assert dialog.choices_edit.isEnabled()
    dialog.accept()
    assert dialog.saved is None and dialog.banner.tone is Tone.ERROR  # no choices
    dialog.choices_edit.setPlainText("S\nM\nL")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.key == "t_shirt_groesse"
    assert section.banner.tone is Tone.SUCCESS

    section.new_field()
    assert isinstance(section.dialog, CustomFieldDialog)
    section.dialog.label_edit.setText("Allergien")
    section.dialog.accept()
    qtmodeltester.check(section.fields_model)  # type: ignore[attr-defined]
    assert [f.label for f in section.fields_model.rows] == ["T-Shirt-Größe", "Allergien"]
    assert section.selected_field() is not None
    assert section.selected_field().label == "Allergien"  # type: ignore[union-attr]
    assert section.up_button.isEnabled() and not section.down_button.isEnabled()
    section.move_field(-1)
    assert [f.label for f in section.fields_model.rows] == ["Allergien", "T-Shirt-Größe"]

    dialog = section.edit_field()
    assert isinstance(dialog, CustomFieldDialog)
    dialog.label_edit.setText("t-shirt-größe")  # the other field's name
    dialog.accept()
    assert dialog.saved is None and "border" in dialog.label_edit.styleSheet()
    dialog.label_edit.setText("Allergien und Unverträglichkeiten")
    dialog.accept()
    assert section.fields_model.rows[0].label == "Allergien und Unverträglichkeiten"
    assert section.has_changes() is False and section.apply() is True


def test_deleting_a_field_says_how_many_values_go(qtbot: QtBot, database: Database) -> None:
    with database.unit_of_work() as session:
        field = people_settings.create_custom_field(session, ADMIN, CustomFieldDraft("Allergien"))
        people.create_person(
            session,
            ADMIN,
            PersonDraft(last_name="Roth", custom_values=((field.id, "Nüsse"),)),
            today=TODAY,
        )
    questions: list[str] = []
    answers = [False, True]

    def confirm(_parent: object, _title: str, question: str) -> bool:
        questions.append(question)
        return answers.pop(0)

    section = _section(qtbot, database, confirm=confirm)
    assert section.fields_model.index(0, 3).data() == "1"
    section.fields_table.selectRow(0)
    section.delete_field()
    assert len(section.fields_model.rows) == 1
    assert "Bei einer Person" in questions[0] and "Allergien" in questions[0]
    section.delete_field()
    assert section.fields_model.rows == []
    assert section.banner.tone is Tone.SUCCESS


def test_membership_types(qtbot: QtBot, database: Database) -> None:
    section = _section(qtbot, database, confirm=lambda *_: True)
    dialog = section.new_type()
    assert isinstance(dialog, MembershipTypeDialog)
    dialog.name_edit.setText("Vollmitglied")
    dialog.fee_edit.setText("zwölf")
    dialog.accept()
    assert dialog.saved is None and "border" in dialog.fee_edit.styleSheet()
    dialog.fee_edit.setText("36,00")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.annual_fee == Decimal("36.00")
    assert section.types_model.index(0, 1).data().endswith("€")

    with database.unit_of_work() as session:
        people.create_person(
            session,
            ADMIN,
            PersonDraft(
                last_name="Roth",
                memberships=(
                    MembershipDraft(dt.date(2020, 1, 1), membership_type_id=dialog.saved.id),
                ),
            ),
            today=TODAY,
        )
        people_settings.create_membership_type(session, ADMIN, MembershipTypeDraft("Familie"))
    section.load()
    names = [t.name for t in section.types_model.rows]
    assert names == ["Familie", "Vollmitglied"]
    section.types_table.selectRow(1)
    edit = section.edit_type()
    assert isinstance(edit, MembershipTypeDialog) and edit.fee_edit.text() == "36,00"
    edit.reject()
    section.delete_type()  # in use: refused with a message
    assert section.banner.tone is Tone.ERROR and len(section.types_model.rows) == 2
    section.types_table.selectRow(0)
    section.delete_type()
    assert [t.name for t in section.types_model.rows] == ["Vollmitglied"]


def test_others_read_only(qtbot: QtBot, database: Database) -> None:
    with database.unit_of_work() as session:
        people_settings.create_custom_field(session, ADMIN, CustomFieldDraft("Allergien"))
    section = _section(qtbot, database, TREASURER)
    assert len(section.fields_model.rows) == 1
    assert section.add_field_button.isHidden() and section.delete_type_button.isHidden()
    section.fields_table.selectRow(0)
    assert section.edit_field() is None


def test_the_settings_page_shows_the_section(qtbot: QtBot, centre_database: Database) -> None:
    with centre_database.unit_of_work() as session:
        people_settings.create_membership_type(session, ADMIN, MembershipTypeDraft("Familie"))
    page = SettingsPage(centre_database, ADMIN)
    qtbot.addWidget(page)
    page.refresh()
    assert [t.name for t in page.people.types_model.rows] == ["Familie"]
    assert page.can_leave()
