"""Log-in at start, the lock after idle time, and that unsaved input survives it."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quartierstreff.app import create_main_window, log_in
from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.services import users
from quartierstreff.services.security import Actor
from quartierstreff.services.settings import AppSettings, save_settings
from quartierstreff.services.users import UserDraft
from quartierstreff.ui.dialogs.login import IdleWatcher, LockScreen, LoginDialog
from quartierstreff.ui.main_window import MainWindow
from tests.conftest import ADMIN
from tests.ui.conftest import CENTRE_NAME

PASSWORD = "Lindenplatz-4"
NOW = dt.datetime(2026, 11, 24, 18, 0)


@pytest.fixture
def with_users(centre_database: Database) -> Database:
    with centre_database.unit_of_work() as session:
        users.create_user(session, ADMIN, UserDraft("andrea", "Andrea", Role.ADMIN, PASSWORD))
        users.create_user(session, ADMIN, UserDraft("erika", "Erika", Role.VOLUNTEER, PASSWORD))
    return centre_database


def _actor(database: Database, name: str) -> Actor:
    with database.unit_of_work() as session:
        actor = users.attempt_login(session, name, PASSWORD, NOW)
    assert isinstance(actor, Actor)
    return actor


def test_the_log_in_dialog_refuses_wrong_passwords_then_logs_in(
    qtbot: QtBot, with_users: Database
) -> None:
    dialog = LoginDialog(with_users, CENTRE_NAME, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Anmelden — Quartierstreff"
    dialog.accept()
    assert dialog.banner.text() == "Bitte geben Sie Ihren Benutzernamen ein."
    qtbot.keyClicks(dialog.username, "erika")
    qtbot.keyClicks(dialog.password, "falsch")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.banner.text() == "Benutzername oder Passwort stimmt nicht."
    assert dialog.password.text() == "" and dialog.actor is None
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.role is Role.VOLUNTEER
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_repeated_failures_slow_the_log_in_down(qtbot: QtBot, with_users: Database) -> None:
    dialog = LoginDialog(with_users, CENTRE_NAME, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.username.setText("andrea")
    for _ in range(3):
        dialog.password.setText("falsch")
        dialog.accept()
    dialog.password.setText(PASSWORD)  # right, but too soon
    dialog.accept()
    assert "Zu viele falsche Versuche" in dialog.banner.text()
    assert dialog.actor is None


def test_run_asks_for_the_log_in_once_users_exist(qtbot: QtBot, with_users: Database) -> None:
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        dialog.username.setText("andrea")
        dialog.password.setText(PASSWORD)
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    actor = log_in(with_users)
    assert actor is not None and actor.username == "andrea" and actor.role is Role.ADMIN

    def quit_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        dialog.reject()

    QTimer.singleShot(0, quit_dialog)
    assert log_in(with_users) is None


def test_without_users_nobody_logs_in(centre_database: Database) -> None:
    actor = log_in(centre_database)
    assert actor is not None and actor.user_id is None and actor.role is Role.ADMIN


@pytest.fixture
def window(qtbot: QtBot, with_users: Database) -> MainWindow:
    window = create_main_window(with_users, _actor(with_users, "erika"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _close_lock(window: MainWindow) -> None:
    if window.lock_screen is not None:
        window.lock_screen.hide()
        shiboken6.delete(window.lock_screen)


def test_the_window_locks_when_idle_and_unsaved_input_survives(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.user_label.text() == "Angemeldet: erika (Ehrenamt)"
    assert window.idle_watcher.minutes == 10  # the default
    window.show_page(7)  # Einstellungen
    window.settings.profile.form.cityEdit.setText("Ulm, noch nicht gespeichert")

    window.idle_watcher.idle.emit()  # ten quiet minutes
    lock = window.lock_screen
    assert isinstance(lock, LockScreen) and lock.isVisible() and window.is_locked
    assert lock.who.text().startswith("erika (Ehrenamt) war angemeldet.")
    qtbot.keyClicks(lock.password, "falsch")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert window.is_locked
    assert lock.banner.text() == "Benutzername oder Passwort stimmt nicht."
    lock.close()  # closing the lock window does not unlock
    assert window.is_locked

    qtbot.keyClicks(lock.password, PASSWORD)
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert not window.is_locked
    assert window.current_page is window.settings
    assert window.settings.profile.form.cityEdit.text() == "Ulm, noch nicht gespeichert"
    assert window.settings.profile.has_changes()
    window.settings.ask_unsaved = lambda: QMessageBox.StandardButton.Discard


def test_ctrl_l_locks_and_a_pin_unlocks(qtbot: QtBot, window: MainWindow) -> None:
    with window._database.unit_of_work() as session:
        users.set_pin(session, ADMIN, "erika", "4711")
    window.lock_action.trigger()
    lock = window.lock_screen
    assert lock is not None and lock.isVisible()
    lock.password.setText("4711")
    lock.try_unlock()
    assert not window.is_locked
    _close_lock(window)


def test_the_lock_time_comes_from_the_settings(qtbot: QtBot, with_users: Database) -> None:
    with with_users.unit_of_work() as session:
        save_settings(session, ADMIN, AppSettings(idle_lock_minutes=3))
    window = create_main_window(with_users, _actor(with_users, "andrea"))
    qtbot.addWidget(window)
    assert window.idle_watcher.minutes == 3
    with with_users.unit_of_work() as session:
        save_settings(session, ADMIN, AppSettings(idle_lock_minutes=0))
    window.idle_watcher.idle.emit()  # the setting changed meanwhile: no lock, no timer
    assert not window.is_locked and window.idle_watcher.minutes == 0


def test_without_users_there_is_nothing_to_lock(qtbot: QtBot, centre_database: Database) -> None:
    window = create_main_window(centre_database, ADMIN)
    qtbot.addWidget(window)
    assert window.user_label.text() == "Ohne Anmeldung (noch keine Benutzer)"
    assert not window.lock_action.isEnabled()
    window.lock()
    assert not window.is_locked


def test_input_keeps_the_idle_timer_from_running_out(qtbot: QtBot) -> None:
    watcher = IdleWatcher(1)
    watcher._timer.setInterval(200)
    watcher.restart()
    with qtbot.waitSignal(watcher.idle, timeout=5000):
        pass
    watcher.set_minutes(0)
    with qtbot.assertNotEmitted(watcher.idle, wait=300):
        pass
    watcher.stop()
