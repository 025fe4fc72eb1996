"""The main window: navigation between the pages, menus and the status bar. Wiring only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
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

from quartierstreff import __version__, clock
from quartierstreff.config import describe
from quartierstreff.db.engine import Database
from quartierstreff.services.centre import get_profile
from quartierstreff.services.security import Actor
from quartierstreff.services.views import CentreProfileView
from quartierstreff.ui.dialogs.trash import TrashDialog
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

        self.dashboard = DashboardPage(database, actor, today)
        self.settings = SettingsPage(database, actor)
        self.settings.profile_saved.connect(self._profile_saved)
        entries: list[tuple[str, str, Page]] = [
            (self.tr("Overview"), "nav-overview", self.dashboard),
            (self.tr("Members"), "nav-members", MembersPage()),
            (self.tr("Groups & partners"), "nav-groups", GroupsPage()),
            (self.tr("Rooms & bookings"), "nav-rooms", RoomsPage()),
            (self.tr("Meetings"), "nav-meetings", MeetingsPage()),
            (self.tr("Funding applications"), "nav-funding", FundingPage()),
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

        self._select_row(0)
        self.current_page.refresh()
        self.navigation.setFocus()
        self._update_title(self._load_profile())

    def _build_menus(self, page_labels: list[str]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.trash_action = QAction(self.tr("&Bin…"), self)
        self.trash_action.triggered.connect(self.show_trash)
        file_menu.addAction(self.trash_action)
        file_menu.addSeparator()
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
        if self.current_page.can_leave():
            event.accept()
        else:
            event.ignore()

    # -- what the window shows about the centre --------------------------------------

    def _load_profile(self) -> CentreProfileView | None:
        with self._database.unit_of_work() as session:
            return get_profile(session, self._actor)

    def _update_title(self, profile: CentreProfileView | None) -> None:
        self.setWindowTitle(f"Quartierstreff — {profile.name}" if profile else "Quartierstreff")

    def _profile_saved(self, profile: CentreProfileView) -> None:
        self._update_title(profile)
        self.statusBar().showMessage(self.tr("Centre profile saved."), 5000)

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
