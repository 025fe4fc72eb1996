"""The versions of an application: save one with a label, compare it with the current
state (the changed words marked, word by word), restore it after the question (the state
before is kept as a version), and the word diff itself."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.services import funding
from quartierstreff.services.security import Actor
from quartierstreff.ui.dialogs.application_versions import (
    WORD_DIFF_LIMIT,
    ApplicationVersionsDialog,
    word_diff,
)
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.funding_world import funding_world

FIRST = "Wir laden jeden Dienstag zum Lesen ein."
CHANGED = "Wir laden jeden Donnerstag zum gemeinsamen Lesen ein."


class Answers:
    def __init__(self, yes: bool = True, label: str | None = "Vor der Vorstandssitzung") -> None:
        self.yes = yes
        self.label = label
        self.asked: list[str] = []

    def confirm(self, parent: QWidget, title: str, question: str) -> bool:
        self.asked.append(question)
        return self.yes

    def ask_label(self, parent: QWidget) -> str | None:
        return self.label


def _dialog(
    qtbot: QtBot, database: Database, application_id: int, answers: Answers, actor: Actor = ADMIN
) -> ApplicationVersionsDialog:
    dialog = ApplicationVersionsDialog(
        database, actor, application_id, confirm=answers.confirm, ask_label=answers.ask_label
    )
    qtbot.addWidget(dialog)
    return dialog


def _section(database: Database, application_id: int) -> str:
    with database.unit_of_work() as session:
        view = funding.get_application(session, ADMIN, application_id)
    return next(s.body for s in view.sections if s.rule.key == "idea")


def test_save_compare_and_restore(qtbot: QtBot, centre_database: Database) -> None:
    ids = funding_world(centre_database)
    answers = Answers()
    dialog = _dialog(qtbot, centre_database, ids["idea"], answers)
    assert dialog.versions == []
    assert not dialog.empty_label.isHidden()
    assert not dialog.restore_button.isEnabled()

    # A cancelled label keeps nothing.
    answers.label = None
    assert dialog.save_version() is None
    answers.label = "Vor der Vorstandssitzung"
    version_id = dialog.save_version()
    assert version_id is not None
    assert [v.label for v in dialog.versions] == ["Vor der Vorstandssitzung"]
    assert dialog.banner.tone is Tone.SUCCESS
    assert dialog.empty_label.isHidden()
    assert "Vor der Vorstandssitzung" in dialog.list.item(0).text()

    with centre_database.unit_of_work() as session:
        funding.save_section(session, ADMIN, ids["idea"], "idea", CHANGED)
    dialog.reload()
    comparison = dialog.browser.toHtml()
    # The removed word struck through on the left, the added ones on the right;
    # the unchanged words are not marked.
    assert "Dienstag" in comparison and "Donnerstag" in comparison
    assert "line-through" in comparison
    old_html, new_html = word_diff(FIRST, CHANGED)
    assert "<span" in old_html and "Dienstag</span>" in old_html
    assert "Donnerstag</span>" in new_html and "gemeinsamen" in new_html
    assert "Wir laden jeden " in old_html  # unchanged, unmarked

    dialog.restore_button.click()
    assert "Vor der Vorstandssitzung" in answers.asked[0]
    assert _section(centre_database, ids["idea"]) == FIRST
    # The state before the restore is kept: two versions now, the newest holds CHANGED.
    assert len(dialog.versions) == 2
    with centre_database.unit_of_work() as session:
        kept = funding.get_version(session, ADMIN, dialog.versions[0].id)
    assert next(s.body for s in kept.sections if s.rule.key == "idea") == CHANGED
    assert dialog.banner.tone is Tone.SUCCESS


def test_restore_asks_first(qtbot: QtBot, centre_database: Database) -> None:
    ids = funding_world(centre_database)
    answers = Answers(yes=False)
    dialog = _dialog(qtbot, centre_database, ids["idea"], answers)
    dialog.save_version()
    with centre_database.unit_of_work() as session:
        funding.save_section(session, ADMIN, ids["idea"], "idea", CHANGED)
    assert not dialog.restore_version()
    assert answers.asked
    assert _section(centre_database, ids["idea"]) == CHANGED


def test_compare_two_kept_versions(qtbot: QtBot, centre_database: Database) -> None:
    ids = funding_world(centre_database)
    answers = Answers(label="erste")
    dialog = _dialog(qtbot, centre_database, ids["idea"], answers)
    first = dialog.save_version()
    with centre_database.unit_of_work() as session:
        funding.save_section(session, ADMIN, ids["idea"], "idea", CHANGED)
    answers.label = "zweite"
    second = dialog.save_version()
    assert first is not None and second is not None
    dialog.select_version(first)
    dialog.compare_with(second)
    text = dialog.browser.toPlainText()
    assert "erste" in text and "zweite" in text
    assert "Donnerstag" in text
    dialog.compare_with(first)
    assert dialog.browser.toPlainText().startswith(dialog.tr("No differences."))


def test_a_reader_compares_but_does_not_restore(qtbot: QtBot, centre_database: Database) -> None:
    ids = funding_world(centre_database)
    with centre_database.unit_of_work() as session:
        funding.save_version(session, ADMIN, ids["idea"], "gespeichert")
    volunteer_with_read = Actor(user_id=None, username="kasse", role=Role.TREASURER)
    dialog = _dialog(qtbot, centre_database, ids["idea"], Answers(), actor=volunteer_with_read)
    assert dialog.save_button.isVisibleTo(dialog)  # the treasurer writes applications
    volunteer = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
    refused = _dialog(qtbot, centre_database, ids["idea"], Answers(), actor=volunteer)
    assert refused.banner.tone is Tone.ERROR
    assert not refused.save_button.isVisibleTo(refused)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", "Neu"),
        ("Alt", ""),
        ("Zeile eins\nZeile zwei\n", "Zeile eins\nZeile 2\nZeile drei\n"),
        ("<b>&</b>", "<i>&</i>"),
    ],
)
def test_word_diff_keeps_every_word(old: str, new: str) -> None:
    from PySide6.QtGui import QTextDocument

    left, right = word_diff(old, new)
    for source, marked in ((old, left), (new, right)):
        document = QTextDocument()
        document.setHtml(marked)
        assert document.toPlainText().replace("\u2029", "\n") == source.rstrip("\n") or (
            document.toPlainText().replace("\u2029", "\n").strip() == source.strip()
        )


def test_word_diff_of_long_texts_is_quick() -> None:
    import time

    # 200,000 characters in sentences, every seventh sentence changed by one word.
    old = " ".join(f"Im Satz {n} steht etwas." for n in range(8_000))
    new = " ".join(
        f"Im Satz {n} steht etwas." if n % 7 else f"Im Satz {n} steht mehr." for n in range(8_000)
    )
    started = time.perf_counter()
    left, right = word_diff(old, new)
    assert time.perf_counter() - started < 5
    assert "Im Satz 7 steht <span" in right  # only the changed word is marked
    assert "mehr</span>" in right and "etwas</span>" in left

    # One endless sentence: marked as a whole rather than waiting.
    old = " ".join(f"Wort{n}" for n in range(20_000))
    new = " ".join(f"Wort{n}" if n % 7 else f"Neu{n}" for n in range(20_000))
    started = time.perf_counter()
    left, right = word_diff(old, new)
    assert time.perf_counter() - started < 5
    assert "Neu7" in right and "Wort7" in left
    assert WORD_DIFF_LIMIT > 0
