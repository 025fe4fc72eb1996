"""The Mitgliederliste dialog: columns, the for-members option, saving, errors inline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import ConsentPurpose
from quartierstreff.services.member_list import MemberListColumn
from quartierstreff.services.people import (
    ConsentDraft,
    MembershipDraft,
    PersonDraft,
    create_person,
)
from quartierstreff.ui.dialogs.member_list import MemberListDialog
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY


def add_members(database: Database) -> None:
    with database.unit_of_work() as session:
        for first, last, shared in (("Jürgen", "Äßlinger", True), ("Zoë", "Bauer", False)):
            consents = (
                (ConsentDraft(ConsentPurpose.MEMBER_LIST, dt.date(2024, 1, 1), "1"),)
                if shared
                else ()
            )
            draft = PersonDraft(
                first_name=first,
                last_name=last,
                street="Hauptstraße 1",
                memberships=(MembershipDraft(dt.date(2020, 1, 1)),),
                consents=consents,
            )
            create_person(session, ADMIN, draft, today=TODAY)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_saves_the_chosen_list_and_offers_to_open_it(
    qtbot: QtBot, centre_database: Database, tmp_path: Path
) -> None:
    add_members(centre_database)
    target = tmp_path / "liste.pdf"
    opened: list[Path] = []
    suggested: list[str] = []

    def choose(_parent: object, name: str) -> Path:
        suggested.append(name)
        return target

    dialog = MemberListDialog(
        centre_database, ADMIN, TODAY, choose_path=choose, open_file=opened.append
    )
    qtbot.addWidget(dialog)
    assert dialog.column_boxes[MemberListColumn.ADDRESS].isChecked()
    dialog.column_boxes[MemberListColumn.EMAIL].setChecked(False)
    dialog.for_members.setChecked(True)
    assert not dialog.open_button.isVisibleTo(dialog)
    dialog.save_button.click()
    assert suggested == ["Mitgliederliste-2026-11-24.pdf"]
    assert dialog.saved_path == target
    text = text_of(target)
    assert "Äßlinger, Jürgen" in text and "Hauptstraße 1" in text
    assert "Bauer" not in text  # no consent to share the list
    assert "E-Mail" not in text
    assert dialog.open_button.isVisibleTo(dialog)
    assert dialog.banner.tone is Tone.SUCCESS
    assert "liste.pdf" in dialog.banner.text()
    dialog.open_button.click()
    assert opened == [target]


def test_cancelled_file_dialog_writes_nothing(
    qtbot: QtBot, centre_database: Database, tmp_path: Path
) -> None:
    dialog = MemberListDialog(centre_database, ADMIN, TODAY, choose_path=lambda *_: None)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.saved_path is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_unwritable_target_is_reported_in_the_dialog(
    qtbot: QtBot, centre_database: Database, tmp_path: Path
) -> None:
    target = tmp_path / "fehlt" / "liste.pdf"
    dialog = MemberListDialog(centre_database, ADMIN, TODAY, choose_path=lambda *_: target)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.saved_path is None
    assert dialog.banner.tone is Tone.ERROR
    assert str(target) in dialog.banner.text()
    assert not dialog.open_button.isVisibleTo(dialog)
