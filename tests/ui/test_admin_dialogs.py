"""Users and roles, and the audit trail, as an Admin uses them."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.services import users
from quartierstreff.services.centre import get_profile, save_profile
from quartierstreff.services.security import Actor
from quartierstreff.services.users import UserDraft
from quartierstreff.services.views import CentreProfileView
from quartierstreff.ui.dialogs.audit import AuditDialog
from quartierstreff.ui.dialogs.users import PasswordDialog, PinDialog, UserDialog, UsersDialog
from quartierstreff.ui.main_window import MainWindow
from tests.conftest import ADMIN

PASSWORD = "Lindenplatz-4"


def _users(database: Database) -> dict[str, users.UserView]:
    with database.unit_of_work() as session:
        return {user.username: user for user in users.list_users(session, ADMIN)}


def test_the_first_user_is_created_in_the_window(qtbot: QtBot, centre_database: Database) -> None:
    dialog = UsersDialog(centre_database, ADMIN)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert not dialog.edit_button.isEnabled()

    new = UserDialog(centre_database, ADMIN)
    qtbot.addWidget(new)
    assert [new.role.itemText(i) for i in range(new.role.count())] == [
        "Ehrenamt",
        "Kasse",
        "Koordination",
        "Admin",
    ]
    new.username.setText("erika")
    new.password.setText(PASSWORD)
    new.repeat.setText(PASSWORD)
    new.accept()  # Ehrenamt is preselected, but the first user must be an Admin
    assert new.banner.text() == (
        "Der erste Benutzer muss Admin sein, damit jemand die anderen verwalten kann."
    )
    new.role.setCurrentIndex(3)
    new.repeat.setText("vertippt")
    new.accept()
    assert new.banner.text() == "Die beiden Passwörter stimmen nicht überein."
    assert _users(centre_database) == {}
    new.repeat.setText(PASSWORD)
    new.display_name.setText("Erika Admin")
    new.accept()
    assert new.saved is not None and new.saved.role is Role.ADMIN

    dialog.reload("erika")
    assert [dialog.table.item(0, column).text() for column in range(4)] == [
        "erika",
        "Erika Admin",
        "Admin",
        "aktiv",
    ]
    assert dialog.edit_button.isEnabled()


@pytest.fixture
def admin_database(centre_database: Database) -> Database:
    with centre_database.unit_of_work() as session:
        users.create_user(session, ADMIN, UserDraft("andrea", "Andrea", Role.ADMIN, PASSWORD))
        users.create_user(session, ADMIN, UserDraft("karl", "Karl", Role.TREASURER, PASSWORD))
    return centre_database


def _log_in(database: Database, name: str) -> Actor:
    with database.unit_of_work() as session:
        actor = users.attempt_login(session, name, PASSWORD, dt.datetime.now(dt.UTC))
    assert isinstance(actor, Actor)
    return actor


def test_change_role_deactivate_password_and_pin(qtbot: QtBot, admin_database: Database) -> None:
    andrea = _log_in(admin_database, "andrea")
    karl = _users(admin_database)["karl"]
    edit = UserDialog(admin_database, andrea, karl)
    qtbot.addWidget(edit)
    assert edit.username.isReadOnly()
    edit.role.setCurrentIndex(2)
    edit.active.setChecked(False)
    edit.accept()
    assert (_users(admin_database)["karl"].role, _users(admin_database)["karl"].is_active) == (
        Role.COORDINATOR,
        False,
    )

    myself = UserDialog(admin_database, andrea, _users(admin_database)["andrea"])
    qtbot.addWidget(myself)
    myself.active.setChecked(False)
    myself.accept()
    assert myself.banner.text() == "Sie können sich nicht selbst deaktivieren."

    password = PasswordDialog(admin_database, andrea, "karl")
    qtbot.addWidget(password)
    password.password.setText("kurz")
    password.repeat.setText("kurz")
    password.accept()
    assert password.banner.text() == "Das Passwort ist zu kurz: Es braucht mindestens 8 Zeichen."
    password.password.setText("Neues-Passwort")
    password.repeat.setText("Neues-Passwort")
    password.accept()
    assert password.result() == PasswordDialog.DialogCode.Accepted

    pin = PinDialog(admin_database, andrea, _users(admin_database)["andrea"])
    qtbot.addWidget(pin)
    pin.pin.setText("12")
    pin.repeat.setText("12")
    pin.accept()
    assert pin.banner.text() == "Eine PIN hat 4 bis 8 Ziffern."
    pin.pin.setText("4711")
    pin.repeat.setText("4711")
    pin.accept()
    assert _users(admin_database)["andrea"].has_pin


def test_the_audit_trail_shows_who_changed_what_and_filters(
    qtbot: QtBot, admin_database: Database
) -> None:
    andrea = _log_in(admin_database, "andrea")
    karl = _log_in(admin_database, "karl")
    with admin_database.unit_of_work() as session:
        profile = get_profile(session, andrea)
        assert profile is not None
        save_profile(session, andrea, CentreProfileView(**{**_fields(profile), "city": "Ulm"}))
    dialog = AuditDialog(admin_database, andrea, today=dt.date.today)
    qtbot.addWidget(dialog)
    whats = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert "geändert" in whats and "angelegt" in whats
    assert dialog.table.item(0, 1).text() == "andrea"
    assert dialog.table.item(0, 3).text() == "Profil des Treffs"
    dialog.table.selectRow(0)
    assert "Ort: Stuttgart → Ulm" in dialog.details.toPlainText()

    dialog.user.setCurrentIndex(dialog.user.findData("karl"))
    dialog.reload()
    assert {dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())} == {"karl"}
    dialog.user.setCurrentIndex(0)
    dialog.since.setDate(dialog.since.date().addDays(-400))
    dialog.until.setDate(dialog.since.date())
    dialog.reload()
    assert dialog.table.rowCount() == 0
    assert dialog.count.text() == "0 Einträge"
    assert karl.role is Role.TREASURER


def test_only_admins_see_the_administration_menu(qtbot: QtBot, admin_database: Database) -> None:
    karl = _log_in(admin_database, "karl")
    window = MainWindow(admin_database, karl)
    qtbot.addWidget(window)
    assert not window.users_action.isEnabled() and not window.audit_action.isEnabled()
    assert not window.users_action.isVisible() and not window.audit_action.isVisible()
    # The menu stays for what everyone may do: the record of processing activities.
    assert window.processing_record_action.isVisible()
    refused = UsersDialog(admin_database, karl)  # and the service refuses anyway
    qtbot.addWidget(refused)
    assert refused.banner.text().startswith("Dafür fehlt Ihnen die Berechtigung.")
    assert refused.table.rowCount() == 0

    andrea = MainWindow(admin_database, _log_in(admin_database, "andrea"))
    qtbot.addWidget(andrea)
    audit = andrea.show_audit()
    assert audit.isVisible()
    audit.close()
    shown = andrea.show_users()
    assert shown.table.rowCount() == 2
    shown.close()


def _fields(profile: CentreProfileView) -> dict[str, object]:
    return {name: getattr(profile, name) for name in profile.__dataclass_fields__}
