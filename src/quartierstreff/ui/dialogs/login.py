"""Log-in at start and the lock screen after idle time.

Both check the secret through ``services.users.attempt_login`` in a unit of work of its
own, so that a failed attempt is committed and repeated failures slow further ones down.
A volunteer's short PIN is accepted here (the window locks itself whenever PINs exist).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.services import users
from quartierstreff.services.errors import LoginFailed, LoginThrottled
from quartierstreff.services.security import Actor
from quartierstreff.ui.i18n import QT_TRANSLATE_NOOP
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.page import heading

Now = Callable[[], dt.datetime]

ROLE_LABELS: dict[Role, str] = {
    Role.VOLUNTEER: QT_TRANSLATE_NOOP("Roles", "Volunteer"),
    Role.TREASURER: QT_TRANSLATE_NOOP("Roles", "Treasurer"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Roles", "Coordination"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Admin"),
}


def role_label(role: Role) -> str:
    return QApplication.translate("Roles", ROLE_LABELS[role])


def _refusal(outcome: LoginFailed | LoginThrottled) -> str:
    if isinstance(outcome, LoginThrottled):
        return QApplication.translate(
            "LoginDialog",
            "Too many wrong attempts. Please wait {seconds} seconds and try again.",
        ).format(seconds=outcome.retry_after)
    return QApplication.translate("LoginDialog", "User name or password is not correct.")


def _check(
    database: Database, username: str, secret: str, now: Now
) -> Actor | LoginFailed | LoginThrottled:
    with database.unit_of_work() as session:
        return users.attempt_login(session, username, secret, now(), allow_pin=True)


class LoginDialog(QDialog):
    """Accepted once a user has logged in; :attr:`actor` is then that user."""

    def __init__(
        self,
        database: Database,
        centre_name: str = "",
        now: Now = clock.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._now = now
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in — Quartierstreff"))
        self.setMinimumWidth(420)

        title = heading(self, 1.4)
        title.setText(centre_name or "Quartierstreff")
        intro = QLabel(self.tr("Please log in with your user name and password (or PIN)."))
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password or PIN:"), self.password)
        self.banner = MessageBanner()
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setDefault(True)
        self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def accept(self) -> None:
        name = self.username.text().strip()
        if not name:
            self.banner.show_error(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        outcome = _check(self._database, name, self.password.text(), self._now)
        if isinstance(outcome, Actor):
            self.actor = outcome
            super().accept()
            return
        self.banner.show_error(_refusal(outcome))
        self.password.clear()
        self.password.setFocus()


class LockScreen(QWidget):
    """Covers the whole screen while the program is locked. Everything behind it — open
    pages, dialogs, unsaved input — stays exactly as it was; only the user who was
    logged in unlocks it again."""

    unlocked = Signal()

    def __init__(self, database: Database, actor: Actor, now: Now = clock.now) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self._database = database
        self._actor = actor
        self._now = now
        self.setObjectName("lockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Quartierstreff is locked"))
        self.setStyleSheet("QWidget#lockScreen { background: #f1f4f5; }")

        title = heading(self, 1.6)
        title.setText(self.tr("Quartierstreff is locked"))
        self.who = QLabel(
            self.tr(
                "{name} ({role}) was logged in. Nothing has been lost: enter the password "
                "or PIN to carry on where you left off."
            ).format(name=actor.username, role=role_label(actor.role))
        )
        self.who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password or PIN"))
        self.password.returnPressed.connect(self.try_unlock)
        self.banner = MessageBanner()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)

        card = QWidget(self)
        card.setObjectName("lockCard")
        card.setStyleSheet(
            "QWidget#lockCard { background: white; border: 1px solid #d5dde0; border-radius: 8px; }"
        )
        card.setFixedWidth(460)
        # A wrapped label in a fixed-width card: give it the height its lines need.
        self.who.setMinimumHeight(self.who.heightForWidth(460 - 56))
        column = QVBoxLayout(card)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(self.who)
        column.addWidget(self.password)
        column.addWidget(self.banner)
        column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        # Closing the lock window with the keyboard must not unlock anything.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, lambda: None)

    def try_unlock(self) -> None:
        outcome = _check(self._database, self._actor.username, self.password.text(), self._now)
        self.password.clear()
        if isinstance(outcome, Actor):
            self.banner.clear_message()
            self.hide()
            self.unlocked.emit()
            return
        self.banner.show_error(_refusal(outcome))
        self.password.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # only the password unlocks


_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits :attr:`idle` after ``minutes`` without keyboard or mouse input anywhere in
    the program (0: never)."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def minutes(self) -> int:
        return self._minutes

    def set_minutes(self, minutes: int) -> None:
        self._minutes = minutes
        self._timer.setInterval(max(minutes, 0) * 60_000)
        self.restart()

    def restart(self) -> None:
        if self._minutes > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def pause(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
