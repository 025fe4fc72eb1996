"""Users and roles (Admin only): create users, change role and name, deactivate, set a
password or a PIN. Every change goes through ``services.users`` (checked and audited)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.services import users
from quartierstreff.services.errors import FieldInvalid, QuartierstreffError
from quartierstreff.services.security import Actor
from quartierstreff.services.users import UserDraft, UserView
from quartierstreff.ui.dialogs.login import role_label
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import to_qdatetime
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.lists import set_up_record_list
from quartierstreff.ui.widgets.page import heading

_ROLES = (Role.VOLUNTEER, Role.TREASURER, Role.COORDINATOR, Role.ADMIN)


def _local(moment: dt.datetime) -> dt.datetime:
    """A stored UTC time as local wall-clock time (SQLite returns it without zone)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone().replace(tzinfo=None)


def _save_or_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UserDialog(QDialog):
    """Create a user (``user=None``) or change one."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        user: UserView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._user = user
        self.saved: UserView | None = None
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Change user"))
        self.setMinimumWidth(460)

        self.username = QLineEdit(user.username if user else "")
        self.username.setReadOnly(user is not None)
        self.username.setPlaceholderText(self.tr("e.g. anna.schmidt"))
        self.display_name = QLineEdit(user.display_name if user else "")
        self.role = QComboBox()
        for role in _ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(_ROLES.index(user.role if user else Role.VOLUNTEER))
        self.role_hint = QLabel()
        self.role_hint.setWordWrap(True)
        self.role_hint.setStyleSheet("color: #4a5a60;")
        self.role.currentIndexChanged.connect(self._explain_role)
        self.active = QCheckBox(self.tr("May log in"))
        self.active.setChecked(user.is_active if user else True)
        self.password = _password_field()
        self.repeat = _password_field()

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Name:"), self.display_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow("", self.role_hint)
        if user is None:
            form.addRow(self.tr("&Password:"), self.password)
            form.addRow(self.tr("&Repeat password:"), self.repeat)
        else:
            form.addRow("", self.active)
        self.banner = MessageBanner()
        buttons = _save_or_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self._explain_role()
        (self.display_name if user else self.username).setFocus()

    def _explain_role(self) -> None:
        hints = {
            Role.VOLUNTEER: self.tr(
                "Bookings, meetings and attendance; names and phone numbers of people. "
                "No addresses, no finances."
            ),
            Role.TREASURER: self.tr("Finances, receipts, funding applications and reports."),
            Role.COORDINATOR: self.tr("Everything except users and the audit trail."),
            Role.ADMIN: self.tr("Everything, including users and the audit trail."),
        }
        self.role_hint.setText(hints[Role(self.role.currentData())])

    def accept(self) -> None:
        try:
            with self._database.unit_of_work() as session:
                if self._user is None:
                    if self.password.text() != self.repeat.text():
                        raise FieldInvalid("password", "mismatch")
                    self.saved = users.create_user(
                        session,
                        self._actor,
                        UserDraft(
                            username=self.username.text(),
                            display_name=self.display_name.text(),
                            role=Role(self.role.currentData()),
                            password=self.password.text(),
                        ),
                    )
                else:
                    self.saved = users.update_user(
                        session,
                        self._actor,
                        self._user.username,
                        display_name=self.display_name.text(),
                        role=Role(self.role.currentData()),
                        active=self.active.isChecked(),
                    )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        super().accept()


class PasswordDialog(QDialog):
    """A new password for a user (an Admin sets anyone's; users change their own)."""

    def __init__(
        self, database: Database, actor: Actor, username: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._username = username
        self._own = actor.user_id is not None and actor.username == username
        self.setWindowTitle(self.tr("New password for {name}").format(name=username))
        self.setMinimumWidth(420)
        self.current = _password_field()
        self.password = _password_field()
        self.repeat = _password_field()
        form = QFormLayout()
        if self._own:
            form.addRow(self.tr("&Current password:"), self.current)
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        hint = QLabel(self.tr("At least 8 characters."))
        hint.setStyleSheet("color: #4a5a60;")
        form.addRow("", hint)
        self.banner = MessageBanner()
        buttons = _save_or_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            if self.password.text() != self.repeat.text():
                raise FieldInvalid("password", "mismatch")
            with self._database.unit_of_work() as session:
                users.change_password(
                    session,
                    self._actor,
                    self._username,
                    self.password.text(),
                    current=self.current.text() if self._own else None,
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        super().accept()


class PinDialog(QDialog):
    """Give a user a short PIN for log-in and unlocking, or take it away."""

    def __init__(
        self, database: Database, actor: Actor, user: UserView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._user = user
        self.setWindowTitle(self.tr("PIN for {name}").format(name=user.username))
        self.setMinimumWidth(420)
        explanation = QLabel(
            self.tr(
                "A PIN of 4 to 8 digits can be used instead of the password to log in and to "
                "unlock this program's window — only while the window locks itself after "
                "idle time. The command line always asks for the password."
            )
        )
        explanation.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setMaxLength(8)
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        self.banner = MessageBanner()
        buttons = _save_or_cancel(self)
        self.remove_button = buttons.addButton(
            self.tr("&Remove PIN"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.setEnabled(user.has_pin)
        self.remove_button.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.pin.text() != self.repeat.text():
            self.banner.show_error(message_for(FieldInvalid("pin", "mismatch")))
            return
        if self._save(self.pin.text()):
            super().accept()

    def remove(self) -> None:
        if self._save(None):
            super().accept()

    def _save(self, pin: str | None) -> bool:
        try:
            with self._database.unit_of_work() as session:
                users.set_pin(session, self._actor, self._user.username, pin)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        return True


class UsersDialog(QDialog):
    """The list of users with buttons to add and change them."""

    COLUMNS = 6

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._users: list[UserView] = []
        self.setWindowTitle(self.tr("Users and roles"))
        self.resize(860, 460)
        self.setMinimumSize(720, 360)

        title = heading(self, 1.3)
        title.setText(self.tr("Users and roles"))
        intro = QLabel(
            self.tr(
                "Once the first user exists, everyone logs in. Each role sees only what it "
                "needs; every change is recorded with the user's name."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("PIN"),
                self.tr("Last log-in"),
            ]
        )
        set_up_record_list(self.table, stretch_column=1)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.edit_user)

        self.new_button = QPushButton(self.tr("&New user…"))
        self.new_button.clicked.connect(self.new_user)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button = QPushButton(self.tr("&Set password…"))
        self.password_button.clicked.connect(self.set_password)
        self.pin_button = QPushButton(self.tr("P&IN…"))
        self.pin_button.clicked.connect(self.set_pin)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.banner = MessageBanner()

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.password_button, self.pin_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        try:
            with self._database.unit_of_work() as session:
                self._users = users.list_users(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self._users = []
        locale = QLocale()
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            last = (
                locale.toString(
                    to_qdatetime(_local(user.last_login_at)), QLocale.FormatType.ShortFormat
                )
                if user.last_login_at
                else "—"
            )
            cells = [
                user.username,
                user.display_name,
                role_label(user.role),
                self.tr("active") if user.is_active else self.tr("deactivated"),
                self.tr("yes") if user.has_pin else "—",
                last,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not user.is_active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            if user.username == select:
                self.table.selectRow(row)
        self._selection_changed()

    @property
    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._users[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected is not None
        for button in (self.edit_button, self.password_button, self.pin_button):
            button.setEnabled(chosen)

    def new_user(self) -> None:
        dialog = UserDialog(self._database, self._actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.reload(dialog.saved.username)
            self.banner.show_success(
                self.tr("User “{name}” created.").format(name=dialog.saved.username)
            )

    def edit_user(self) -> None:
        user = self.selected
        if user is None:
            return
        dialog = UserDialog(self._database, self._actor, user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(user.username)
            self.banner.show_success(self.tr("User “{name}” saved.").format(name=user.username))

    def set_password(self) -> None:
        user = self.selected
        if user is None:
            return
        dialog = PasswordDialog(self._database, self._actor, user.username, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.banner.show_success(
                self.tr("The password of “{name}” has been changed.").format(name=user.username)
            )

    def set_pin(self) -> None:
        user = self.selected
        if user is None:
            return
        dialog = PinDialog(self._database, self._actor, user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(user.username)
