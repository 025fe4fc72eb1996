"""The person form: creating and editing end to end, inline validation that saves
nothing, the duplicate question, a concurrent edit, the read-only form and Esc."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import (
    Consent,
    ConsentPurpose,
    CustomFieldDefinition,
    CustomFieldType,
    CustomFieldValue,
    Group,
    Membership,
    MembershipType,
    Person,
    Role,
)
from quartierstreff.services.people import PersonDraft, create_person, get_person, update_person
from quartierstreff.services.security import Actor, acting_as
from quartierstreff.ui.dialogs.person import DateField, PersonDialog
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

TREASURER = Actor(user_id=8, username="kasse", role=Role.TREASURER)


class Answers:
    """An injected yes/no question: records the questions, answers from a list."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.questions: list[str] = []

    def __call__(self, text: str) -> bool:
        self.questions.append(text)
        return self.answers.pop(0) if self.answers else True  # closing at the end: discard


@pytest.fixture
def choices(centre_database: Database) -> dict[str, int]:
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        kind = MembershipType(name="Ordentlich")
        group = Group(name="Strickcafé")
        size = CustomFieldDefinition(
            key="shirt", label="T-Shirt-Größe", field_type=CustomFieldType.CHOICE, choices="S\nM\nL"
        )
        helper = CustomFieldDefinition(
            key="helper", label="Hilft beim Fest", field_type=CustomFieldType.YES_NO
        )
        count = CustomFieldDefinition(key="kids", label="Kinder", field_type=CustomFieldType.NUMBER)
        session.add_all([kind, group, size, helper, count])
        session.flush()
        return {
            "type": kind.id,
            "group": group.id,
            "shirt": size.id,
            "helper": helper.id,
            "kids": count.id,
        }


def _dialog(
    qtbot: QtBot,
    database: Database,
    person_id: int | None = None,
    actor: Actor = ADMIN,
    confirm: Answers | None = None,
) -> PersonDialog:
    dialog = PersonDialog(database, actor, TODAY, person_id, confirm=confirm or Answers())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _people(database: Database) -> int:
    with database.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def test_a_new_person_with_everything(
    qtbot: QtBot, centre_database: Database, choices: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, centre_database)
    dialog.first_name.setText(" Jörg ")
    dialog.last_name.setText("Weiß")
    dialog.birth_date.setText("03.07.1958")
    dialog.street.setText("Lindenweg 3")
    dialog.postal_code.setText("70469")
    dialog.city.setText("Stuttgart")
    dialog.email.setText("joerg@example.de")
    dialog.phone.setText("0711 555 0101")
    dialog.notes.setPlainText("Hilft beim Sommerfest.\nHat einen Schlüssel.")
    period = dialog.add_membership(None)
    period.start.setText("01.03.2024")
    period.kind.setCurrentIndex(period.kind.findData(choices["type"]))
    consent = dialog.add_consent(None)
    consent.purpose.setCurrentIndex(consent.purpose.findData(ConsentPurpose.PHOTOS_WEB))
    consent.text_version.setText("2024-01")
    consent.source.setText("Aufnahmeantrag")
    dialog.groups.item(0).setCheckState(dialog.groups.item(0).checkState().Checked)
    _, shirt = dialog.custom_inputs[choices["shirt"]]
    shirt.setCurrentIndex(shirt.findData("M"))  # type: ignore[attr-defined]
    _, helper = dialog.custom_inputs[choices["helper"]]
    helper.setChecked(True)  # type: ignore[attr-defined]
    _, kids = dialog.custom_inputs[choices["kids"]]
    kids.setText("2")  # type: ignore[attr-defined]

    with qtbot.waitSignal(dialog.saved) as saved:
        assert dialog.save()
    person_id = saved.args[0].id
    with centre_database.unit_of_work() as session:
        person = session.get_one(Person, person_id)
        assert (person.first_name, person.last_name, person.birth_date) == (
            "Jörg",
            "Weiß",
            dt.date(1958, 7, 3),
        )
        assert person.notes == "Hilft beim Sommerfest.\nHat einen Schlüssel."
        membership = session.scalars(
            select(Membership).where(Membership.person_id == person_id)
        ).one()
        assert (membership.start_date, membership.end_date) == (dt.date(2024, 3, 1), None)
        assert membership.membership_type_id == choices["type"]
        given = session.scalars(select(Consent).where(Consent.person_id == person_id)).one()
        assert (given.purpose, given.granted_on, given.text_version) == (
            ConsentPurpose.PHOTOS_WEB,
            TODAY,
            "2024-01",
        )
        rows = session.execute(
            select(CustomFieldValue.field_id, CustomFieldValue.value).where(
                CustomFieldValue.person_id == person_id
            )
        )
        values = {field_id: value for field_id, value in rows}  # noqa: C416 - rows, not pairs
        assert values == {choices["shirt"]: "M", choices["helper"]: "true", choices["kids"]: "2"}
        assert get_person(session, ADMIN, person_id).group_ids == (choices["group"],)


def test_editing_keeps_the_rest_and_ending_a_membership(
    qtbot: QtBot, centre_database: Database, choices: dict[str, int]
) -> None:
    with centre_database.unit_of_work() as session:
        from quartierstreff.services.people import MembershipDraft

        person_id = create_person(
            session,
            ADMIN,
            PersonDraft(
                first_name="Anna",
                last_name="Zimmermann",
                memberships=(MembershipDraft(dt.date(2020, 1, 1)),),
            ),
            today=TODAY,
        ).id
    dialog = _dialog(qtbot, centre_database, person_id)
    assert dialog.first_name.text() == "Anna"
    assert dialog.membership_rows[0].start.text() == "01.01.2020"
    assert not dialog.has_changes()
    dialog.membership_rows[0].end.setText("31.12.2026")
    assert dialog.has_changes()
    assert dialog.save()
    with centre_database.unit_of_work() as session:
        detail = get_person(session, ADMIN, person_id)
    assert detail.first_name == "Anna"
    assert [(m.start_date, m.end_date) for m in detail.memberships] == [
        (dt.date(2020, 1, 1), dt.date(2026, 12, 31))
    ]


def test_invalid_input_is_marked_and_nothing_is_saved(
    qtbot: QtBot, centre_database: Database
) -> None:
    dialog = _dialog(qtbot, centre_database)
    dialog.first_name.setText("Jörg")
    dialog.postal_code.setText("7017")
    dialog.email.setText("joerg.example.de")
    assert not dialog.save()
    assert dialog.isVisible()  # input kept
    assert dialog.banner.tone is Tone.ERROR
    text = dialog.banner.text()
    assert "7017" in text and "joerg.example.de" in text
    marked = dialog.marked_fields()
    assert dialog.last_name in marked  # required
    assert dialog.postal_code in marked and dialog.email in marked
    assert dialog.tabs.currentIndex() == 0
    assert dialog.postal_code.text() == "7017"
    assert _people(centre_database) == 0

    dialog.last_name.setText("Weiß")
    dialog.postal_code.setText("70173")
    dialog.email.setText("joerg@example.de")
    assert dialog.save()
    assert _people(centre_database) == 1


def test_an_impossible_date_is_a_clear_message(qtbot: QtBot, centre_database: Database) -> None:
    dialog = _dialog(qtbot, centre_database)
    dialog.last_name.setText("Weiß")
    dialog.birth_date.setText("31.02.1960")
    period = dialog.add_membership(None)
    period.start.setText("")
    assert not dialog.save()
    assert "31.02.1960" in dialog.banner.text()
    assert dialog.birth_date in dialog.marked_fields()
    assert dialog.last_name not in dialog.marked_fields()
    assert period.start in dialog.marked_fields()
    assert _people(centre_database) == 0


def test_a_membership_ending_before_it_starts(qtbot: QtBot, centre_database: Database) -> None:
    dialog = _dialog(qtbot, centre_database)
    dialog.last_name.setText("Weiß")
    period = dialog.add_membership(None)
    period.start.setText("01.05.2024")
    period.end.setText("01.04.2024")
    dialog.tabs.setCurrentIndex(0)
    assert not dialog.save()
    assert period.end in dialog.marked_fields()
    assert dialog.tabs.currentWidget().isAncestorOf(period)
    assert _people(centre_database) == 0


def test_the_date_field() -> None:
    field = DateField()
    field.set_date(dt.date(2026, 11, 24))
    assert field.text() == "24.11.2026"
    assert field.date_value() == dt.date(2026, 11, 24)
    field.setText("3.7.1958")
    assert field.date_value() == dt.date(1958, 7, 3)
    field.setText("1958-07-03")
    assert field.date_value() == dt.date(1958, 7, 3)
    field.setText("  ")
    assert field.date_value() is None
    for bad in ("31.02.2020", "gestern", "12.13.2020"):
        field.setText(bad)
        with pytest.raises(ValueError):
            field.date_value()


def test_a_duplicate_asks_before_it_is_added(qtbot: QtBot, centre_database: Database) -> None:
    with centre_database.unit_of_work() as session:
        create_person(session, ADMIN, PersonDraft("Jörg", "Weiß"), today=TODAY)
    no = Answers(False)
    dialog = _dialog(qtbot, centre_database, confirm=no)
    dialog.first_name.setText("Jörg")
    dialog.last_name.setText("Weiß")
    assert not dialog.save()
    assert len(no.questions) == 1 and "Jörg Weiß" in no.questions[0]
    assert _people(centre_database) == 1
    assert dialog.banner.tone is Tone.ERROR

    yes = Answers(True)
    dialog.confirm = yes
    assert dialog.save()
    assert _people(centre_database) == 2


def test_someone_else_saved_meanwhile(qtbot: QtBot, centre_database: Database) -> None:
    with centre_database.unit_of_work() as session:
        person_id = create_person(session, ADMIN, PersonDraft("Anna", "Berg"), today=TODAY).id
    dialog = _dialog(qtbot, centre_database, person_id)
    with centre_database.unit_of_work() as session:
        update_person(
            session, ADMIN, person_id, PersonDraft("Anna", "Berg", city="Ulm"), today=TODAY
        )
    dialog.city.setText("Esslingen")
    assert not dialog.save()
    assert dialog.banner.tone is Tone.ERROR
    assert dialog.reload_button.isVisible()
    assert dialog.city.text() == "Esslingen"  # input kept
    dialog.reload_button.click()
    assert dialog.city.text() == "Ulm"
    assert not dialog.reload_button.isVisible()
    dialog.city.setText("Esslingen")
    assert dialog.save()


def test_read_only_for_the_treasurer(qtbot: QtBot, centre_database: Database) -> None:
    with centre_database.unit_of_work() as session:
        person_id = create_person(session, ADMIN, PersonDraft("Anna", "Berg"), today=TODAY).id
    dialog = _dialog(qtbot, centre_database, person_id, TREASURER)
    assert dialog.last_name.isReadOnly() and dialog.notes.isReadOnly()
    assert not hasattr(dialog, "save_button")
    assert not dialog.save()
    dialog.reject()  # closes without a question
    assert not dialog.isVisible()


def test_escape_asks_only_with_unsaved_changes(qtbot: QtBot, centre_database: Database) -> None:
    answers = Answers(False, True)
    dialog = _dialog(qtbot, centre_database, confirm=answers)
    dialog.last_name.setText("Weiß")
    dialog.reject()  # "discard?" — no
    assert dialog.isVisible()
    dialog.reject()  # yes
    assert not dialog.isVisible()
    assert len(answers.questions) == 2
    assert _people(centre_database) == 0

    untouched = _dialog(qtbot, centre_database, confirm=Answers())
    untouched.reject()
    assert not untouched.isVisible()


def test_enter_in_a_field_saves(qtbot: QtBot, centre_database: Database) -> None:
    dialog = _dialog(qtbot, centre_database)
    dialog.last_name.setText("Weiß")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    assert _people(centre_database) == 1
