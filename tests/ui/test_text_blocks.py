"""The text block library: new, edit, a refused title keeps the text, switching and
closing save what was typed, delete after the question, insert hands the block over,
a reader sees the texts without changing them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.services import funding
from quartierstreff.services.funding import TextBlockDraft, TextBlockView
from quartierstreff.services.security import Actor
from quartierstreff.ui.dialogs.text_blocks import TextBlocksDialog
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN


class Answers:
    def __init__(self, yes: bool = True) -> None:
        self.yes = yes
        self.asked: list[str] = []

    def confirm(self, parent: QWidget, title: str, question: str) -> bool:
        self.asked.append(question)
        return self.yes


def _stored(database: Database) -> dict[str, str]:
    with database.unit_of_work() as session:
        return {b.title: b.body for b in funding.list_text_blocks(session, ADMIN)}


def _dialog(
    qtbot: QtBot, database: Database, answers: Answers | None = None, **kwargs: object
) -> TextBlocksDialog:
    dialog = TextBlocksDialog(
        database,
        ADMIN,
        confirm=(answers or Answers()).confirm,
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_new_edit_and_switch_saves(qtbot: QtBot, centre_database: Database) -> None:
    dialog = _dialog(qtbot, centre_database)
    assert dialog.blocks == []
    assert not dialog.empty_label.isHidden()

    # An empty library: typing starts the first block.
    dialog.title_edit.setText("Über uns")
    dialog.title_edit.textEdited.emit("Über uns")
    dialog.body_edit.setPlainText("Der Bürgertreff ist ein Ort für alle.")
    assert dialog.is_dirty
    assert "37" in dialog.count_label.text()
    assert dialog.save()
    assert _stored(centre_database) == {"Über uns": "Der Bürgertreff ist ein Ort für alle."}
    assert dialog.banner.tone is Tone.SUCCESS
    assert dialog.current is not None and dialog.current.title == "Über uns"

    dialog.new_block()
    assert dialog.current is None and dialog.title_edit.text() == ""
    dialog.title_edit.setText("Unsere Räume")
    dialog.title_edit.textEdited.emit("Unsere Räume")
    dialog.body_edit.setPlainText("Ein Saal für 80 Personen.")
    dialog.save()
    assert [b.title for b in dialog.blocks] == ["Über uns", "Unsere Räume"] or [
        b.title for b in dialog.blocks
    ] == ["Unsere Räume", "Über uns"]

    # Edit one, then switch to the other: the edit is saved on the way.
    dialog.body_edit.setPlainText("Ein Saal für 80 Personen und ein Gruppenraum.")
    other = next(n for n, b in enumerate(dialog.blocks) if b.title == "Über uns")
    dialog.list.setCurrentRow(other)
    assert _stored(centre_database)["Unsere Räume"] == (
        "Ein Saal für 80 Personen und ein Gruppenraum."
    )
    assert dialog.current is not None and dialog.current.title == "Über uns"


def test_a_refused_title_keeps_the_text(qtbot: QtBot, centre_database: Database) -> None:
    with centre_database.unit_of_work() as session:
        funding.save_text_block(session, ADMIN, TextBlockDraft("Über uns", "Alt"))
        funding.save_text_block(session, ADMIN, TextBlockDraft("Unsere Gruppen", "Chor"))
    dialog = _dialog(qtbot, centre_database)
    dialog.new_block()
    dialog.title_edit.setText("über UNS")  # taken (case does not count)
    dialog.title_edit.textEdited.emit("über UNS")
    dialog.body_edit.setPlainText("Neuer Text, der nicht verloren gehen darf.")
    assert not dialog.save()
    assert dialog.banner.tone is Tone.ERROR
    assert "border" in dialog.title_edit.styleSheet()
    # Switching away or closing is refused while the text cannot be saved.
    dialog.list.setCurrentRow(0)
    assert dialog.body_edit.toPlainText() == "Neuer Text, der nicht verloren gehen darf."
    assert dialog.list.currentRow() == -1 and dialog.current is None
    dialog.reject()
    assert dialog.isVisible()

    dialog.title_edit.setText("Über uns (lang)")
    dialog.reject()  # closing saves it
    assert not dialog.isVisible()
    assert _stored(centre_database)["Über uns (lang)"] == (
        "Neuer Text, der nicht verloren gehen darf."
    )


def test_delete_after_the_question(qtbot: QtBot, centre_database: Database) -> None:
    with centre_database.unit_of_work() as session:
        funding.save_text_block(session, ADMIN, TextBlockDraft("Über uns", "Text"))
    answers = Answers(yes=False)
    dialog = _dialog(qtbot, centre_database, answers)
    assert not dialog.delete_block()
    assert "Über uns" in answers.asked[0]
    assert "Über uns" in _stored(centre_database)
    answers.yes = True
    dialog.delete_button.click()
    assert _stored(centre_database) == {}
    assert dialog.blocks == [] and not dialog.empty_label.isHidden()
    assert dialog.banner.tone is Tone.SUCCESS


def test_insert_hands_the_block_over(qtbot: QtBot, centre_database: Database) -> None:
    with centre_database.unit_of_work() as session:
        funding.save_text_block(session, ADMIN, TextBlockDraft("Über uns", "Wir sind da."))
    dialog = _dialog(qtbot, centre_database, can_insert=True)
    chosen: list[TextBlockView] = []
    dialog.chosen.connect(chosen.append)
    assert dialog.insert_button.isVisibleTo(dialog)
    dialog.insert_button.click()
    assert [block.body for block in chosen] == ["Wir sind da."]
    assert not dialog.isVisible()


def test_a_volunteer_may_not_read_them(qtbot: QtBot, centre_database: Database) -> None:
    volunteer = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
    dialog = TextBlocksDialog(centre_database, volunteer)
    qtbot.addWidget(dialog)
    assert dialog.banner.tone is Tone.ERROR
    assert not dialog.new_button.isVisibleTo(dialog)
    assert dialog.title_edit.isReadOnly()
