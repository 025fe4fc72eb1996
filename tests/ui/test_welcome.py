from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.services.centre import get_profile
from quartierstreff.services.maintenance import is_empty
from quartierstreff.ui.dialogs.welcome import WelcomeDialog
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.conftest import CENTRE_NAME, TODAY


def _dialog(qtbot: QtBot, database: Database) -> WelcomeDialog:
    dialog = WelcomeDialog(database, ADMIN, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _is_empty(database: Database) -> bool:
    with database.unit_of_work() as session:
        return is_empty(session)


def test_speaks_german(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, database)
    form = dialog.form
    assert form.titleLabel.text() == "Willkommen bei Quartierstreff"
    assert form.startEmptyButton.text() == "&Leer beginnen"
    assert form.loadDemoButton.text() == "&Beispiel-Treff laden"
    # Qt's own translation: the standard button of the button box.
    close = form.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Schließen"


def test_start_empty_saves_the_name(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, database)
    dialog.form.nameEdit.setText(f"  {CENTRE_NAME} ")  # QTest types ASCII only
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.form.startEmptyButton, Qt.MouseButton.LeftButton)
    with database.unit_of_work() as session:
        profile = get_profile(session, ADMIN)
    assert profile is not None
    assert profile.name == CENTRE_NAME
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_in_the_name_field_starts_empty(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, database)
    qtbot.keyClicks(dialog.form.nameEdit, "Stadtteiltreff Ost")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.form.nameEdit, Qt.Key.Key_Return)
    with database.unit_of_work() as session:
        profile = get_profile(session, ADMIN)
    assert profile is not None
    assert profile.name == "Stadtteiltreff Ost"


@pytest.mark.parametrize("name", ["", "   "], ids=["nothing", "blanks"])
def test_an_empty_name_is_refused_with_a_message(
    qtbot: QtBot, database: Database, name: str
) -> None:
    dialog = _dialog(qtbot, database)
    qtbot.keyClicks(dialog.form.nameEdit, name)
    qtbot.mouseClick(dialog.form.startEmptyButton, Qt.MouseButton.LeftButton)

    banner = dialog.form.errorLabel
    assert banner.isVisible()
    assert banner.tone is Tone.ERROR
    assert banner.text() == "Bitte füllen Sie „Name“ aus."
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert _is_empty(database)

    qtbot.keyClicks(dialog.form.nameEdit, "T")  # typing again clears the message
    assert not banner.isVisible()


def test_close_leaves_the_database_empty(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, database)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Close).click()
    assert _is_empty(database)


@pytest.mark.slow
def test_load_example_centre(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, database)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.form.loadDemoButton, Qt.MouseButton.LeftButton)
        assert dialog.busy
        assert dialog.form.progressBar.isVisible()
        assert not dialog.form.emptyBox.isEnabled()
    assert not dialog.busy
    with database.unit_of_work() as session:
        profile = get_profile(session, ADMIN)
    assert profile is not None
    assert profile.name
    assert not _is_empty(database)


def test_example_is_refused_on_a_database_with_data(
    qtbot: QtBot, centre_database: Database
) -> None:
    dialog = _dialog(qtbot, centre_database)
    with qtbot.waitSignal(dialog.form.loadDemoButton.clicked):
        qtbot.mouseClick(dialog.form.loadDemoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    banner = dialog.form.errorLabel
    assert banner.tone is Tone.ERROR
    assert banner.text().startswith("Die Datenbank enthält bereits Daten.")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.emptyBox.isEnabled()
    with centre_database.unit_of_work() as session:
        profile = get_profile(session, ADMIN)
    assert profile is not None
    assert profile.name == CENTRE_NAME
