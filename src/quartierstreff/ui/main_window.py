"""The main window: navigation between the pages, menus and the status bar. Wiring only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from quartierstreff import __version__, clock, paths
from quartierstreff.config import describe
from quartierstreff.db.engine import Database
from quartierstreff.services.centre import get_profile
from quartierstreff.services.security import Actor, Permission
from quartierstreff.services.settings import read_settings
from quartierstreff.services.views import CentreProfileView, RestoreResult
from quartierstreff.ui.backup import BackupController
from quartierstreff.ui.dialogs.audit import AuditDialog
from quartierstreff.ui.dialogs.backup_now import BackupNowDialog
from quartierstreff.ui.dialogs.login import IdleWatcher, LockScreen, role_label
from quartierstreff.ui.dialogs.processing_record import save_processing_record
from quartierstreff.ui.dialogs.restore import RestoreDialog
from quartierstreff.ui.dialogs.trash import TrashDialog
from quartierstreff.ui.dialogs.users import UsersDialog
from quartierstreff.ui.icons import app_icon, icon
from quartierstreff.ui.pages.dashboard import DashboardPage
from quartierstreff.ui.pages.finance import FinancePage
from quartierstreff.ui.pages.funding import FundingPage
from quartierstreff.ui.pages.groups import GroupsPage
from quartierstreff.ui.pages.meetings import MeetingsPage
from quartierstreff.ui.pages.members import MembersPage
from quartierstreff.ui.pages.rooms import RoomsPage
from quartierstreff.ui.pages.settings import SettingsPage
from quartierstreff.ui.widgets.page import Page

_NAVIGATION_STYLE = """
QListWidget#navigation {
    border: none;
    border-right: 1px solid #d5dde0;
    background: #f1f4f5;
    padding-top: 8px;
    outline: 0;
}
QListWidget#navigation::item { padding: 9px 12px; border-radius: 6px; margin: 1px 8px; }
QListWidget#navigation::item:hover { background: #e2eaec; }
QListWidget#navigation::item:selected { background: #d2ebe1; color: #143f30; }
"""


class MainWindow(QMainWindow):
    database_replaced = Signal(object)
    """A backup was restored (the RestoreResult): this window shows the old data."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: Callable[[], dt.date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.setWindowIcon(app_icon())
        self.resize(1180, 760)
        self.setMinimumSize(900, 600)

        self.replaced = False  # by a restore; then `successor` is the window on the new data
        self.successor: MainWindow | None = None
        self.backups = BackupController(database, actor, paths.backups_dir(), parent=self)
        self.dashboard = DashboardPage(database, actor, today, backups_dir=self.backups.backups_dir)
        self.dashboard.backup_requested.connect(self.back_up_now)
        self.dashboard.restore_requested.connect(self.show_restore)
        self.backups.changed.connect(self.dashboard.refresh_backups)
        self.backups.problems_found.connect(self.dashboard.show_problems)
        self.settings = SettingsPage(database, actor)
        self.settings.profile_saved.connect(self._profile_saved)
        entries: list[tuple[str, str, Page]] = [
            (self.tr("Overview"), "nav-overview", self.dashboard),
            (self.tr("Members"), "nav-members", MembersPage(database, actor, today)),
            (self.tr("Groups & partners"), "nav-groups", GroupsPage(database, actor, today)),
            (self.tr("Rooms & bookings"), "nav-rooms", RoomsPage(database, actor, today)),
            (self.tr("Meetings"), "nav-meetings", MeetingsPage(database, actor, today)),
            (self.tr("Funding applications"), "nav-funding", FundingPage(database, actor, today)),
            (self.tr("Finances"), "nav-finance", FinancePage()),
            (self.tr("Settings"), "nav-settings", self.settings),
        ]
        self.pages: list[Page] = [page for _, _, page in entries]

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(_NAVIGATION_STYLE)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(230)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for label, icon_name, page in entries:
            QListWidgetItem(icon(icon_name), label, self.navigation)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus([label for label, _, _ in entries])
        self.database_label = QLabel(
            self.tr("Database: {database}").format(database=describe(database.url))
        )
        self.statusBar().addPermanentWidget(self.database_label)
        self.backups.attach(self.statusBar())
        self.user_label = QLabel(self._user_text())
        self.statusBar().addPermanentWidget(self.user_label)

        self.lock_screen: LockScreen | None = None
        self.idle_watcher = IdleWatcher(self._idle_lock_minutes(), self)
        self.idle_watcher.idle.connect(self._idle)

        self._select_row(0)
        self.current_page.refresh()
        self.navigation.setFocus()
        self._update_title(self._load_profile())

    def _build_menus(self, page_labels: list[str]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("Back &up now…"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restore backup…"), self)
        self.restore_action.triggered.connect(self.show_restore)
        self.restore_action.setVisible(self._actor.may(Permission.BACKUP_RESTORE))
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.trash_action = QAction(self.tr("&Bin…"), self)
        self.trash_action.triggered.connect(self.show_trash)
        file_menu.addAction(self.trash_action)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setEnabled(self._actor.user_id is not None)
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.page_actions: list[QAction] = []
        for index, label in enumerate(page_labels):
            action = QAction(label.replace("&", "&&"), self)  # "&" is no mnemonic here
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, row=index: self.show_page(row))
            go_menu.addAction(action)
            self.page_actions.append(action)

        admin_menu = self.menuBar().addMenu(self.tr("&Administration"))
        self.users_action = QAction(self.tr("&Users and roles…"), self)
        self.users_action.triggered.connect(self.show_users)
        self.users_action.setEnabled(self._actor.may(Permission.USERS_MANAGE))
        self.users_action.setVisible(self.users_action.isEnabled())
        admin_menu.addAction(self.users_action)
        self.audit_action = QAction(self.tr("&Audit trail…"), self)
        self.audit_action.triggered.connect(self.show_audit)
        self.audit_action.setEnabled(self._actor.may(Permission.AUDIT_READ))
        self.audit_action.setVisible(self.audit_action.isEnabled())
        admin_menu.addAction(self.audit_action)
        admin_menu.addSeparator()
        self.processing_record_action = QAction(
            self.tr("&Record of processing activities (PDF)…"), self
        )
        self.processing_record_action.setToolTip(
            self.tr("The record of processing activities required by Art. 30 GDPR.")
        )
        self.processing_record_action.triggered.connect(self.save_processing_record)
        admin_menu.addAction(self.processing_record_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Quartierstreff"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    # -- navigation ------------------------------------------------------------------

    @property
    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, index: int) -> bool:
        """Switch to page ``index`` unless the current page wants to stay (unsaved input)."""
        if self.stack.currentIndex() != index and self.stack.count() and index >= 0:
            if self.stack.currentWidget() is not None and not self.current_page.can_leave():
                self._select_row(self.stack.currentIndex())
                return False
            self.stack.setCurrentIndex(index)
            self.current_page.refresh()
        self._select_row(index)
        return True

    def _select_row(self, row: int) -> None:
        blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(blocked)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.replaced or self.current_page.can_leave():
            self.idle_watcher.stop()
            self.backups.finish(self)  # the backup on close
            event.accept()
        else:
            event.ignore()

    # -- backups ----------------------------------------------------------------------

    def back_up_now(self) -> BackupNowDialog:
        folder = self.backups.settings().second_backup_folder
        dialog = BackupNowDialog(self.backups, self, other_folder=folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_restore(self) -> RestoreDialog | None:
        """Choose and restore a backup; then a new window takes over (see app.py)."""
        if not self._actor.may(Permission.BACKUP_RESTORE):
            return None
        dialog = RestoreDialog(
            self._database.url,
            self._actor,
            self.backups.backups_dir,
            self,
            database=self._database,
            prepare=self.backups.stop,
            resume=self.backups.start,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._restored(dialog.restored))
        dialog.open()
        return dialog

    def _restored(self, result: RestoreResult | None) -> None:
        if result is not None:
            self.replaced = True
            self.database_replaced.emit(result)

    # -- who is logged in, the lock ---------------------------------------------------

    def _user_text(self) -> str:
        if self._actor.user_id is None:
            return self.tr("No log-in (no users yet)")
        return self.tr("Logged in: {name} ({role})").format(
            name=self._actor.username, role=role_label(self._actor.role)
        )

    def _idle_lock_minutes(self) -> int:
        if self._actor.user_id is None:
            return 0  # nobody to unlock with a password
        with self._database.unit_of_work() as session:
            return read_settings(session).idle_lock_minutes

    def _idle(self) -> None:
        minutes = self._idle_lock_minutes()  # the setting may have changed meanwhile
        if minutes != self.idle_watcher.minutes:
            self.idle_watcher.set_minutes(minutes)
            return
        self.lock()

    @property
    def is_locked(self) -> bool:
        return self.lock_screen is not None and self.lock_screen.isVisible()

    def lock(self) -> None:
        """Cover the screen until the logged-in user enters the password or PIN again.
        Pages, dialogs and unsaved input stay as they are behind the lock."""
        if self._actor.user_id is None or self.is_locked:
            return
        self.idle_watcher.pause()
        self.lock_screen = LockScreen(self._database, self._actor)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.showFullScreen()
        self.lock_screen.activateWindow()
        self.lock_screen.password.setFocus()

    def _unlocked(self) -> None:
        if self.lock_screen is not None:
            self.lock_screen.deleteLater()
            self.lock_screen = None
        self.idle_watcher.restart()
        self.activateWindow()

    # -- administration ---------------------------------------------------------------

    def show_users(self) -> UsersDialog:
        dialog = UsersDialog(self._database, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_audit(self) -> AuditDialog:
        dialog = AuditDialog(self._database, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- what the window shows about the centre --------------------------------------

    def _load_profile(self) -> CentreProfileView | None:
        with self._database.unit_of_work() as session:
            return get_profile(session, self._actor)

    def _update_title(self, profile: CentreProfileView | None) -> None:
        self.setWindowTitle(f"Quartierstreff — {profile.name}" if profile else "Quartierstreff")

    def _profile_saved(self, profile: CentreProfileView) -> None:
        self._update_title(profile)
        self.statusBar().showMessage(self.tr("Centre profile saved."), 5000)

    def save_processing_record(self) -> None:
        save_processing_record(self, self._database, self._actor, clock.today())

    def show_trash(self) -> TrashDialog:
        """Open the bin (not blocking); the current page reloads after a restore."""
        dialog = TrashDialog(self._database, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda _entry: self.current_page.refresh())
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Quartierstreff"),
            self.tr(
                "<h3>Quartierstreff {version}</h3>"
                "<p>Members, groups, rooms, meetings, funding applications and finances "
                "for neighbourhood centres run by volunteers.</p>"
                "<p>Free software under the GNU General Public License, version 3 or later.</p>"
            ).format(version=__version__),
        )
