"""Einstellungen ▸ Program and backups: idle lock, backup interval, second folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quartierstreff.app import create_main_window
from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.services.settings import AppSettings, read_settings
from quartierstreff.services.users import UserDraft, create_user, set_pin
from quartierstreff.ui.main_window import MainWindow
from quartierstreff.ui.pages.settings_general import GeneralSettingsSection
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN


def _stored(database: Database) -> AppSettings:
    with database.unit_of_work() as session:
        return read_settings(session)


@pytest.fixture
def section(qtbot: QtBot, database: Database) -> GeneralSettingsSection:
    section = GeneralSettingsSection(database, ADMIN)
    qtbot.addWidget(section)
    section.load()
    return section


def test_shows_the_defaults_and_saves_changes(
    section: GeneralSettingsSection, database: Database, tmp_path: Path
) -> None:
    assert section.view() == AppSettings()
    assert not section.has_changes()
    section._ask_folder = lambda _parent, _start: str(tmp_path)
    section.choose()
    section.idle_lock_spin.setValue(20)
    section.interval_spin.setValue(12)
    assert section.has_changes()

    assert section.apply()
    assert _stored(database) == AppSettings(20, 12, str(tmp_path))
    assert not section.has_changes()
    assert section.banner.isHidden()


def test_zero_minutes_reads_never(section: GeneralSettingsSection) -> None:
    section.idle_lock_spin.setValue(0)
    assert section.idle_lock_spin.text() != "0 min"
    assert section.idle_lock_spin.specialValueText() == section.idle_lock_spin.text()


def test_never_locking_is_refused_while_someone_has_a_pin(
    section: GeneralSettingsSection, database: Database
) -> None:
    with database.unit_of_work() as session:
        create_user(session, ADMIN, UserDraft("anna", "Anna", Role.ADMIN, "ein langes Passwort"))
        set_pin(session, ADMIN, "anna", "482915")
    section.idle_lock_spin.setValue(0)

    assert not section.apply()
    assert section.banner.tone is Tone.ERROR
    assert "PIN" in section.banner.text()
    assert section.idle_lock_spin.styleSheet()  # marked
    assert _stored(database).idle_lock_minutes == 10  # nothing stored

    section.idle_lock_spin.setValue(5)  # typing clears the mark
    assert not section.idle_lock_spin.styleSheet()
    assert section.apply()
    assert _stored(database).idle_lock_minutes == 5


@pytest.fixture
def window(qtbot: QtBot, centre_database: Database) -> MainWindow:
    window = create_main_window(centre_database, ADMIN)
    qtbot.addWidget(window)
    window.settings.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    window.show()
    window.show_page(7)
    return window


def test_the_settings_page_saves_the_section(window: MainWindow, centre_database: Database) -> None:
    general = window.settings.general
    assert general.isVisibleTo(window.settings)
    general.interval_spin.setValue(2)
    assert window.settings.save()
    assert _stored(centre_database).backup_interval_hours == 2


def test_unsaved_section_input_is_asked_about(
    window: MainWindow, centre_database: Database
) -> None:
    asked: list[bool] = []

    def discard() -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Discard

    window.settings.ask_unsaved = discard
    window.settings.general.interval_spin.setValue(9)
    assert window.show_page(0)
    assert asked == [True]
    assert _stored(centre_database).backup_interval_hours == 4
    assert window.settings.general.interval_spin.value() == 4
