"""Backups in the GUI: the automatic backup on the timer and on close, the second
folder, the overview's warning, backing up by hand, restoring, and who may restore."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quartierstreff import paths
from quartierstreff.app import create_main_window
from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.services.backup import AUTO, BEFORE_RESTORE, MANUAL, create_backup
from quartierstreff.services.backup.names import backup_names
from quartierstreff.services.centre import get_profile, save_profile
from quartierstreff.services.errors import BackupFailed, BackupInvalid, RestoreFailed
from quartierstreff.services.security import Actor
from quartierstreff.services.settings import AppSettings, read_settings, save_settings
from quartierstreff.services.views import CentreProfileView
from quartierstreff.ui.backup import BackupController, format_moment
from quartierstreff.ui.dialogs.backup_now import BackupNowDialog
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import Translations
from quartierstreff.ui.main_window import MainWindow
from quartierstreff.ui.pages.dashboard import DashboardPage
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.conftest import CENTRE_NAME

VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
START = dt.datetime(2026, 11, 24, 18, 30)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, moment: dt.datetime = START) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


def _names(folder: Path, label: str | None = None) -> list[str]:
    return [name.path.name for name in backup_names(folder) if label is None or name.label == label]


def _set(database: Database, **changes: object) -> None:
    with database.unit_of_work() as session:
        current = read_settings(session)
        save_settings(session, ADMIN, AppSettings(**{**_fields(current), **changes}))


def _fields(settings: AppSettings) -> dict[str, object]:
    return {
        "idle_lock_minutes": settings.idle_lock_minutes,
        "backup_interval_hours": settings.backup_interval_hours,
        "second_backup_folder": settings.second_backup_folder,
    }


def _rename_centre(database: Database, name: str) -> None:
    with database.unit_of_work() as session:
        profile = get_profile(session, ADMIN)
        assert profile is not None
        save_profile(session, ADMIN, CentreProfileView(name=name, version=profile.version))


def _centre_name(database: Database) -> str | None:
    with database.unit_of_work() as session:
        profile = get_profile(session, ADMIN)
    return profile.name if profile else None


@pytest.fixture
def backups() -> Path:
    return paths.backups_dir()


@pytest.fixture
def controller(
    qtbot: QtBot, centre_database: Database, backups: Path
) -> Iterator[BackupController]:
    made = BackupController(centre_database, ADMIN, backups, now=Clock())
    yield made
    made.stop()


def _start(qtbot: QtBot, controller: BackupController) -> None:
    """Start as the program does and wait for the check and the first backup."""
    controller.start()
    qtbot.waitUntil(lambda: not controller.busy)
    controller.wait_for_running()


# -- automatic backups --------------------------------------------------------------


def test_after_the_check_the_first_automatic_backup_is_written_and_shown(
    qtbot: QtBot, controller: BackupController, backups: Path
) -> None:
    with qtbot.waitSignal(controller.changed, timeout=20_000):
        controller.start()
    assert controller.timer.isActive()
    assert len(_names(backups, AUTO)) == 1
    assert controller.status_label.text().endswith("24.11.2026, 18:30")


def test_the_timer_backs_up_at_most_every_interval(
    qtbot: QtBot, centre_database: Database, backups: Path
) -> None:
    now = Clock()
    controller = BackupController(centre_database, ADMIN, backups, now=now)
    _start(qtbot, controller)
    assert len(_names(backups, AUTO)) == 1

    now.moment += dt.timedelta(hours=3)  # the interval is 4 hours
    controller.timer.timeout.emit()
    controller.wait_for_running()
    assert len(_names(backups, AUTO)) == 1

    now.moment += dt.timedelta(hours=2)
    with qtbot.waitSignal(controller.changed, timeout=20_000):
        controller.timer.timeout.emit()
    # Rotation keeps the newest automatic backup of each day.
    assert _names(backups, AUTO) == ["quartierstreff-2026-11-24_2330-auto.qtbackup"]
    assert "24.11.2026, 23:30" in controller.status_label.text()

    _set(centre_database, backup_interval_hours=1)
    now.moment += dt.timedelta(hours=1, minutes=5)
    with qtbot.waitSignal(controller.changed, timeout=20_000):
        controller.timer.timeout.emit()
    assert _names(backups, AUTO) == [
        "quartierstreff-2026-11-24_2330-auto.qtbackup",
        "quartierstreff-2026-11-25_0035-auto.qtbackup",
    ]
    controller.stop()


def test_closing_the_window_writes_a_backup(
    qtbot: QtBot, centre_database: Database, backups: Path
) -> None:
    window = create_main_window(centre_database, ADMIN)
    qtbot.addWidget(window)
    window.show()
    _start(qtbot, window.backups)
    before = _names(backups, AUTO)

    assert window.close()
    after = _names(backups, AUTO)
    written = set(after) - set(before)  # (rotation keeps the newest of the day)
    assert len(written) == 1
    assert window.close()  # closing again (as the test run does at its end) writes none
    assert _names(backups, AUTO) == after


def test_the_second_folder_receives_a_copy(
    qtbot: QtBot, controller: BackupController, centre_database: Database, tmp_path: Path
) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    _set(centre_database, second_backup_folder=str(stick))
    _start(qtbot, controller)
    assert _names(stick) == _names(controller.backups_dir, AUTO)
    assert len(_names(stick)) == 1


def test_a_missing_second_folder_is_reported_not_created(
    qtbot: QtBot, controller: BackupController, centre_database: Database, tmp_path: Path
) -> None:
    pulled = tmp_path / "pulled-stick" / "Sicherungen"
    _set(centre_database, second_backup_folder=str(pulled))
    messages: list[tuple[str, bool]] = []
    controller.message.connect(lambda text, stays: messages.append((text, stays)))
    _start(qtbot, controller)

    assert len(_names(controller.backups_dir, AUTO)) == 1  # the backup itself is there
    assert not pulled.exists()
    assert any(str(pulled) in text and stays for text, stays in messages)


def test_a_failing_copy_to_the_second_folder_is_a_message_not_a_crash(
    qtbot: QtBot,
    controller: BackupController,
    centre_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _set(centre_database, second_backup_folder=str(stick))

    def full(_backup: Path, mirror: Path) -> Path:
        raise BackupFailed(str(mirror), "disk_full")

    monkeypatch.setattr("quartierstreff.services.backup.create.copy_backup", full)
    with qtbot.waitSignal(controller.message, timeout=20_000) as signal:
        _start(qtbot, controller)
    shown, stays = signal.args
    assert stays
    assert str(stick) in shown
    assert len(_names(controller.backups_dir, AUTO)) == 1
    assert "24.11.2026" in controller.status_label.text()


# -- the overview ---------------------------------------------------------------------


@pytest.fixture
def dashboard(qtbot: QtBot, centre_database: Database, backups: Path) -> DashboardPage:
    page = DashboardPage(centre_database, ADMIN, backups_dir=backups, now=Clock())
    qtbot.addWidget(page)
    return page


def test_the_overview_warns_when_there_is_no_backup(dashboard: DashboardPage) -> None:
    dashboard.refresh()
    assert dashboard.backup_warning.tone is Tone.ERROR
    assert not dashboard.backup_warning.isHidden()


def test_the_overview_warns_about_an_old_backup_and_not_about_a_new_one(
    dashboard: DashboardPage, centre_database: Database, backups: Path
) -> None:
    create_backup(centre_database, backups, actor=ADMIN, now=START - dt.timedelta(days=8))
    dashboard.refresh()
    assert dashboard.backup_warning.tone is Tone.ERROR
    assert "16.11.2026, 18:30" in dashboard.backup_label.text()

    create_backup(centre_database, backups, actor=ADMIN, now=START - dt.timedelta(days=6))
    dashboard.refresh_backups()
    assert dashboard.backup_warning.isHidden()
    assert "18.11.2026, 18:30" in dashboard.backup_label.text()


@pytest.fixture
def window(qtbot: QtBot, centre_database: Database) -> MainWindow:
    window = create_main_window(centre_database, ADMIN)
    qtbot.addWidget(window)
    window.settings.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    window.show()
    return window


def test_backing_up_from_the_overview_ends_the_warning(
    qtbot: QtBot, window: MainWindow, backups: Path
) -> None:
    page = window.dashboard
    assert not page.backup_warning.isHidden()

    page.backup_button.click()
    dialog = window.findChild(BackupNowDialog)
    assert dialog is not None and dialog.default_radio.isChecked()
    with qtbot.waitSignal(window.backups.manual_finished, timeout=20_000):
        dialog.back_up_button.click()
    assert dialog.written is not None
    assert dialog.written.path.parent == backups
    assert str(dialog.written.path) in dialog.banner.text()
    assert page.backup_warning.isHidden()
    assert _names(backups, MANUAL) == [dialog.written.path.name]
    dialog.reject()


def test_backing_up_into_another_folder(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = window.back_up_now()
    dialog._ask_folder = lambda _parent, _start: str(stick)
    dialog.choose()
    assert dialog.other_radio.isChecked()
    with qtbot.waitSignal(window.backups.manual_finished, timeout=20_000):
        dialog.back_up()
    assert dialog.written is not None and dialog.written.path.parent == stick


def test_a_backup_into_an_unwritable_place_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = window.back_up_now()
    dialog.other_radio.setChecked(True)
    dialog.folder_edit.setText(str(blocker / "backups"))
    with qtbot.waitSignal(window.backups.manual_finished, timeout=20_000):
        dialog.back_up()
    assert dialog.written is None
    assert dialog.banner.tone is Tone.ERROR
    assert str(blocker / "backups") in dialog.banner.text()


# -- restore -----------------------------------------------------------------------


def test_the_restore_dialog_lists_verifies_and_restores(
    qtbot: QtBot, window: MainWindow, centre_database: Database, backups: Path
) -> None:
    made = create_backup(centre_database, backups, actor=ADMIN, now=START)
    _rename_centre(centre_database, "Nach der Sicherung")

    dialog = window.show_restore()
    assert dialog is not None
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "24.11.2026, 18:30"
    qtbot.waitUntil(lambda: dialog.verified is not None, timeout=20_000)
    assert dialog.verified is not None and dialog.verified.path == made.path
    assert "24.11.2026, 18:30" in dialog.details.text()
    assert str(backups) in dialog.confirm_note.text()
    assert not dialog.restore_button.isEnabled()  # not before the explicit confirmation
    dialog.confirm_check.setChecked(True)
    assert dialog.restore_button.isEnabled()

    with qtbot.waitSignal(window.database_replaced, timeout=30_000):
        dialog.restore_button.click()
    successor = window.successor
    assert successor is not None
    qtbot.addWidget(successor)
    assert not window.isVisible()
    assert successor.isVisible()
    assert "24.11.2026, 18:30" in successor.backups.last_restore
    assert _centre_name(centre_database) == CENTRE_NAME
    assert len(_names(backups, BEFORE_RESTORE)) == 1  # the replaced data are kept
    qtbot.waitUntil(lambda: not successor.backups.busy, timeout=20_000)


def test_restoring_another_file_that_is_no_backup_is_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bogus = tmp_path / "urlaub.qtbackup"
    bogus.write_bytes(b"holiday photos")
    dialog = window.show_restore()
    assert dialog is not None
    dialog._ask_file = lambda _parent, _start: str(bogus)
    dialog.choose_other()
    assert dialog.banner.tone is Tone.ERROR
    assert dialog.verified is None
    assert not dialog.restore_button.isEnabled()


def test_a_damaged_backup_is_refused_after_verifying(
    qtbot: QtBot, window: MainWindow, centre_database: Database, backups: Path
) -> None:
    made = create_backup(centre_database, backups, actor=ADMIN, now=START)
    data = bytearray(made.path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    made.path.write_bytes(bytes(data))
    dialog = window.show_restore()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.banner.tone is Tone.ERROR, timeout=20_000)
    assert dialog.verified is None
    assert not dialog.confirm_check.isEnabled()


def test_a_failed_restore_leaves_the_window_working(
    qtbot: QtBot,
    window: MainWindow,
    centre_database: Database,
    backups: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create_backup(centre_database, backups, actor=ADMIN, now=START)

    def in_use(*_args: object, **_kwargs: object) -> None:
        raise RestoreFailed("treff.sqlite3", "in_use")

    monkeypatch.setattr("quartierstreff.ui.dialogs.restore.restore_backup", in_use)
    dialog = window.show_restore()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.verified is not None, timeout=20_000)
    dialog.confirm_check.setChecked(True)
    dialog.restore()
    qtbot.waitUntil(lambda: dialog.banner.tone is Tone.ERROR, timeout=20_000)
    assert dialog.isVisible()
    assert window.successor is None
    assert _centre_name(centre_database) == CENTRE_NAME  # the database still answers
    dialog.reject()


def test_a_volunteer_may_back_up_but_is_not_offered_restore(
    qtbot: QtBot, centre_database: Database
) -> None:
    window = create_main_window(centre_database, VOLUNTEER)
    qtbot.addWidget(window)
    assert window.backup_action.isVisible() or window.backup_action.isEnabled()
    assert not window.restore_action.isVisible()
    assert window.show_restore() is None
    window.dashboard.show_problems(("kaputt",))
    assert window.dashboard.restore_button.isHidden()


# -- the start-up check -------------------------------------------------------------


def test_problems_found_at_start_are_shown_and_pause_the_automatic_backups(
    qtbot: QtBot, window: MainWindow, centre_database: Database, backups: Path
) -> None:
    with centre_database.engine.begin() as connection:
        connection.execute(text("DELETE FROM alembic_version"))
    with qtbot.waitSignal(window.backups.problems_found, timeout=20_000) as found:
        window.backups.start()
    (problems,) = found.args
    assert len(problems) == 1
    banner = window.dashboard.problems_banner
    assert banner.tone is Tone.ERROR
    assert problems[0] in banner.text()
    assert not window.dashboard.restore_button.isHidden()
    assert window.backups.suspended
    assert not window.backups.run_due()
    window.close()
    assert _names(backups, AUTO) == []  # nor on close: good backups are not rotated away


# -- sentences -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            BackupInvalid("/media/stick/x.qtbackup", "not_ours"),
            "“x.qtbackup” is not a Quartierstreff backup. Nothing was changed.",
        ),
        (
            BackupFailed("/media/stick", "disk_full"),
            "The backup to /media/stick failed: the disk is full.",
        ),
        (
            RestoreFailed("/data/treff.sqlite3", "safety_copy", "permission"),
            "Before the restore, no copy of the current database could be saved "
            "(no permission to write there); nothing was changed.",
        ),
    ],
)
def test_backup_errors_read_as_sentences(
    english: Translations, error: Exception, expected: str
) -> None:
    assert isinstance(error, BackupInvalid | BackupFailed | RestoreFailed)
    assert message_for(error) == expected


def test_moments_are_shown_in_the_german_way() -> None:
    assert format_moment(dt.datetime(2026, 11, 24, 18, 30)) == "24.11.2026, 18:30"
