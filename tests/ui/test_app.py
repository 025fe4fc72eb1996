from __future__ import annotations

import logging
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
import shiboken6
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from quartierstreff import app, paths
from quartierstreff.app import create_main_window, run
from quartierstreff.db.engine import Database
from quartierstreff.ui.dialogs.welcome import WelcomeDialog
from quartierstreff.ui.i18n import LANGUAGE_ENV, Translations, configured_language
from quartierstreff.ui.main_window import MainWindow
from tests.conftest import ADMIN
from tests.ui.conftest import CENTRE_NAME


@pytest.mark.parametrize(
    ("value", "language"),
    [(None, "de"), ("", "de"), ("fr", "de"), ("de", "de"), ("en", "en"), ("EN_gb", "en")],
)
def test_german_unless_english_is_asked_for(
    monkeypatch: pytest.MonkeyPatch, value: str | None, language: str
) -> None:
    if value is None:
        monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    else:
        monkeypatch.setenv(LANGUAGE_ENV, value)
    assert configured_language() == language


def test_english_interface(
    qtbot: QtBot,
    centre_database: Database,
    monkeypatch: pytest.MonkeyPatch,
    translations: Translations,
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    translations.install(configured_language())
    window = create_main_window(centre_database, ADMIN)
    qtbot.addWidget(window)
    labels = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert labels == [
        "Overview",
        "Members",
        "Groups & partners",
        "Rooms & bookings",
        "Meetings",
        "Funding applications",
        "Finances",
        "Settings",
    ]
    assert window.windowTitle() == f"Quartierstreff — {CENTRE_NAME}"
    assert window.database_label.text() == f"Database: SQLite: {centre_database.url.database}"
    assert [menu.text() for menu in window.menuBar().actions()] == [
        "&File",
        "&Go",
        "&Administration",
        "&Help",
    ]

    dialog = WelcomeDialog(centre_database, ADMIN)
    qtbot.addWidget(dialog)
    assert dialog.form.startEmptyButton.text() == "&Start empty"
    assert dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Close).text() == "Close"


def _later(action: object) -> None:
    """Run ``action`` once ``run()`` has entered its event loop (or the dialog's)."""
    QTimer.singleShot(0, action)  # type: ignore[call-overload]


def test_run_opens_the_main_window_and_returns_the_exit_code(
    qapp: QApplication, centre_database: Database
) -> None:
    seen: list[MainWindow] = []

    def look_and_quit() -> None:
        seen.extend(
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, MainWindow) and widget.isVisible()
        )
        logging.getLogger("quartierstreff.tests").warning("marker from the running app")
        qapp.exit(7)

    hook_before = sys.excepthook
    _later(look_and_quit)
    assert run(centre_database) == 7
    assert [window.windowTitle() for window in seen] == [f"Quartierstreff — {CENTRE_NAME}"]
    for window in seen:  # the test's QApplication lives on: remove the window
        window.hide()
        shiboken6.delete(window)
    assert qapp.applicationName() == "Quartierstreff"
    assert qapp.organizationName() == "Quartierstreff"
    assert not qapp.windowIcon().isNull()
    assert sys.excepthook is hook_before  # restored after the GUI ends
    log_file = paths.data_dir() / "logs" / paths.LOG_FILE_NAME
    assert "marker from the running app" in log_file.read_text(encoding="utf-8")


def test_run_on_an_empty_database_starts_with_the_welcome_dialog(
    qapp: QApplication, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []
    main_windows: list[object] = []
    monkeypatch.setattr(app, "create_main_window", main_windows.append)

    def close_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        assert isinstance(dialog, WelcomeDialog)
        dialog.reject()

    _later(close_the_dialog)
    assert run(database) == 0  # closed without choosing: nothing to show
    assert seen == [WelcomeDialog]
    assert main_windows == []


def test_icons_are_shipped() -> None:
    icons = paths.resources_dir() / "icons"
    names = {path.stem for path in icons.glob("*.svg")}
    assert {"quartierstreff", "nav-overview", "nav-settings"} <= names


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_compiled_translations_match_their_sources(language: str) -> None:
    i18n = paths.resources_dir() / "i18n"
    translator = QTranslator()
    assert translator.load(str(i18n / f"quartierstreff_{language}.qm"))
    messages = 0
    for context in ElementTree.parse(i18n / f"quartierstreff_{language}.ts").iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            source = message.findtext("source")
            assert translation.get("type") is None, f"unfinished: {source}"
            if message.get("numerus") == "yes":  # "%n Termine": the plural form for 2
                forms = [form.text or "" for form in translation.iter("numerusform")]
                assert forms and all(forms), f"plural forms missing: {source}"
                assert translator.translate(name, source, None, 2) == forms[-1]
            else:
                assert translator.translate(name, source) == translation.text
            messages += 1
    assert messages > 100


def test_data_dir_is_isolated(tmp_path: Path) -> None:
    assert paths.data_dir().is_relative_to(tmp_path)
