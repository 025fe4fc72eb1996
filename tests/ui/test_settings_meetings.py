"""Einstellungen ▸ Treffen: the notice period per kind of meeting and the quorum; each
settings section writes only its own fields."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import MeetingKind, Role
from quartierstreff.services.security import Actor
from quartierstreff.services.settings import AppSettings, read_settings, save_settings
from quartierstreff.ui.pages.settings import SettingsPage
from quartierstreff.ui.pages.settings_general import GeneralSettingsSection
from quartierstreff.ui.pages.settings_meetings import MeetingSettings, MeetingsSettingsSection
from tests.conftest import ADMIN

VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)


def _stored(database: Database) -> AppSettings:
    with database.unit_of_work() as session:
        return read_settings(session)


@pytest.fixture
def section(qtbot: QtBot, database: Database) -> MeetingsSettingsSection:
    shown = MeetingsSettingsSection(database, ADMIN)
    qtbot.addWidget(shown)
    shown.load()
    return shown


def test_shows_the_defaults_and_saves_changes(
    section: MeetingsSettingsSection, database: Database
) -> None:
    assert section.view() == MeetingSettings.of(AppSettings())
    assert section.notice_spins[MeetingKind.GENERAL_ASSEMBLY].value() == 14
    assert section.notice_spins[MeetingKind.BOARD].value() == 7
    assert section.notice_spins[MeetingKind.GROUP].value() == 0
    assert section.quorum_spin.value() == 10
    assert not section.has_changes()

    section.notice_spins[MeetingKind.GENERAL_ASSEMBLY].setValue(21)
    section.notice_spins[MeetingKind.PUBLIC_EVENT].setValue(3)
    section.quorum_spin.setValue(25)
    assert section.has_changes()
    assert section.apply()
    stored = _stored(database)
    assert stored.notice_days_general_assembly == 21
    assert stored.notice_days_public_event == 3
    assert stored.quorum_percent == 25
    assert stored.idle_lock_minutes == AppSettings().idle_lock_minutes
    assert not section.has_changes()


def test_zero_reads_none_and_always(section: MeetingsSettingsSection) -> None:
    group = section.notice_spins[MeetingKind.GROUP]
    assert group.text() == group.specialValueText()
    section.quorum_spin.setValue(0)
    assert section.quorum_spin.text() == section.quorum_spin.specialValueText()


def test_each_section_keeps_the_others_fields(qtbot: QtBot, database: Database) -> None:
    general = GeneralSettingsSection(database, ADMIN)
    meetings = MeetingsSettingsSection(database, ADMIN)
    qtbot.addWidget(general)
    qtbot.addWidget(meetings)
    general.load()
    meetings.load()
    meetings.quorum_spin.setValue(50)
    general.interval_spin.setValue(12)
    assert general.apply()  # the page saves the program section first
    assert meetings.apply()
    stored = _stored(database)
    assert stored.quorum_percent == 50
    assert stored.backup_interval_hours == 12

    general.idle_lock_spin.setValue(30)
    assert general.apply()
    assert _stored(database).quorum_percent == 50  # not back to the default


def test_settings_page_saves_and_asks_before_leaving(qtbot: QtBot, database: Database) -> None:
    asked: list[bool] = []

    def ask() -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    page = SettingsPage(database, ADMIN, ask_unsaved=ask)
    qtbot.addWidget(page)
    page.refresh()
    page.profile.form.nameEdit.setText("Bürgertreff")
    page.meetings.notice_spins[MeetingKind.BOARD].setValue(10)
    assert not page.can_leave()
    assert asked
    assert page.save()
    assert _stored(database).notice_days_board == 10
    assert page.can_leave()


def test_refused_value_is_marked(
    section: MeetingsSettingsSection, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spin boxes keep values in range; should the service refuse one anyway, it
    is marked and explained, and nothing is stored."""
    import quartierstreff.ui.pages.settings_meetings as module

    def refuse(session: object, actor: object, settings: AppSettings) -> AppSettings:
        return save_settings(session, actor, dataclasses.replace(settings, quorum_percent=101))  # type: ignore[arg-type]

    monkeypatch.setattr(module, "save_settings", refuse)
    section.quorum_spin.setValue(40)
    assert not section.apply()
    assert "border" in section.quorum_spin.styleSheet()
    assert section.banner.isVisible() or section.banner.text()
    assert _stored(database).quorum_percent == 10


def test_read_only_for_volunteers(qtbot: QtBot, database: Database) -> None:
    shown = MeetingsSettingsSection(database, VOLUNTEER)
    qtbot.addWidget(shown)
    shown.load()
    assert not shown.quorum_spin.isEnabled()
    assert not any(spin.isEnabled() for spin in shown.notice_spins.values())
