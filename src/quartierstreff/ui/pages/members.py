"""Mitglieder: the register of people — search as you type, filters, the table, and the
actions on the selected person (edit, leave, bin, information under Art. 15).

The dialogs for import, export, the member list and privacy are separate modules; they
are imported when their button is pressed, and a button whose dialog is missing is
disabled with a tooltip instead of breaking the page.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QItemSelection, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.db.models import ConsentPurpose
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.people import (
    PeopleChoices,
    PeopleFilter,
    PersonRow,
    PersonStatus,
    count_people,
    delete_person,
    end_membership,
    people_choices,
)
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.dialogs.person import PersonDialog, consent_purpose_label
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import format_date, from_qdate
from quartierstreff.ui.models.people import PeopleTableModel
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.lists import set_up_record_list
from quartierstreff.ui.widgets.page import Page, heading

SEARCH_DELAY_MS = 150

Confirm = Callable[[str], bool]
"""Asks a yes/no question (the text); ``True`` means go ahead."""
AskDate = Callable[[PersonRow], "dt.date | None"]
"""Asks the day a person leaves; ``None`` cancels."""


class LeaveDialog(QDialog):
    """Asks the day a member leaves the association (Austritt)."""

    def __init__(self, person: PersonRow, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leaving the association"))
        intro = QLabel(
            self.tr(
                "On which day does {name} leave the association? The membership ends on that "
                "day; nothing is deleted."
            ).format(name=f"{person.first_name} {person.last_name}".strip()),
            self,
        )
        intro.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Leaves on:"), self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> dt.date:
        return from_qdate(self.date_edit.date())


class MembersPage(Page):
    """The register. ``today`` is called whenever "today" matters (status, member since)."""

    person_saved = Signal(object)  # PersonDetail

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
        *,
        confirm: Confirm | None = None,
        ask_leave_date: AskDate | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self.confirm = confirm or self._confirm
        self.ask_leave_date = ask_leave_date or self._ask_leave_date
        self._choices = PeopleChoices(groups=(), membership_types=())
        self._loaded = False
        self.may_write = actor.may(Permission.PEOPLE_WRITE)
        self.may_read_all = actor.may(Permission.PEOPLE_READ)
        self.dialog: PersonDialog | None = None

        title = heading(self)
        title.setText(self.tr("Members"))

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, address, email or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        if not self.may_read_all:
            self.search.setPlaceholderText(self.tr("Search name or phone"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.status_filter = QComboBox(self)
        for text, status in (
            (self.tr("All"), None),
            (self.tr("Members"), PersonStatus.MEMBER),
            (self.tr("Non-members"), PersonStatus.NON_MEMBER),
            (self.tr("Former members"), PersonStatus.FORMER),
        ):
            self.status_filter.addItem(text, status)
        self.group_filter = QComboBox(self)
        self.type_filter = QComboBox(self)
        self.consent_filter = QComboBox(self)
        self.consent_filter.addItem(self.tr("Any"), None)
        for purpose in ConsentPurpose:
            self.consent_filter.addItem(consent_purpose_label(purpose, short=True), purpose)
        for combo, characters in (
            (self.status_filter, 10),
            (self.group_filter, 14),
            (self.type_filter, 10),
            (self.consent_filter, 16),
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(characters)
            combo.currentIndexChanged.connect(lambda _index: self.apply_filter())

        self.model = PeopleTableModel(database, actor, today, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_record_list(self.table, PeopleTableModel.ADDRESS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        # Resizing to contents would read every row; widths are set once instead.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PeopleTableModel.ADDRESS, QHeaderView.ResizeMode.Stretch)
        if not self.may_read_all:  # names and phones only: the phone column takes the rest
            header.setSectionResizeMode(PeopleTableModel.PHONE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(30)
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column not in self.model.visible_columns())
        self._set_column_widths()
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)  # Enter opens the selected person
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        self.new_button = QPushButton(self.tr("&New person"), self)
        self.new_button.setToolTip(self.tr("Add a person to the register (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_person)
        self.edit_button = QPushButton(
            self.tr("&Edit…") if self.may_write else self.tr("&Open…"), self
        )
        self.edit_button.setToolTip(self.tr("Open the selected person (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.leave_button = QPushButton(self.tr("&Leaving…"), self)
        self.leave_button.setToolTip(
            self.tr("The selected member leaves the association: the membership gets an end date")
        )
        self.leave_button.clicked.connect(self.leave_selected)
        self.delete_button = QPushButton(self.tr("Move to &bin"), self)
        self.delete_button.setToolTip(
            self.tr("For entries made by mistake; restorable from the bin for 30 days")
        )
        self.delete_button.clicked.connect(self.delete_selected)

        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More actions"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.more_button)
        self.import_action = self._optional_action(
            menu,
            self.tr("&Import…"),
            "quartierstreff.ui.dialogs.people_import",
            "ImportDialog",
            self.import_people,
            needs=Permission.PEOPLE_WRITE,
        )
        self.export_action = self._optional_action(
            menu,
            self.tr("E&xport…"),
            "quartierstreff.ui.dialogs.people_export",
            "export_register",
            self.export_people,
            needs=Permission.PEOPLE_READ,
        )
        self.member_list_action = self._optional_action(
            menu,
            self.tr("&Member list (PDF)…"),
            "quartierstreff.ui.dialogs.member_list",
            "MemberListDialog",
            self.print_member_list,
            needs=Permission.PEOPLE_READ,
        )
        menu.addSeparator()
        self.access_action = self._optional_action(
            menu,
            self.tr("&Information for the person (Art. 15)…"),
            "quartierstreff.ui.dialogs.privacy",
            "AccessRequestDialog",
            self.access_request,
            needs=Permission.PEOPLE_WRITE,
        )
        self.erasure_action = self._optional_action(
            menu,
            self.tr("&Retention periods…"),
            "quartierstreff.ui.dialogs.privacy",
            "ErasureDialog",
            self.erasure,
            needs=Permission.PEOPLE_WRITE,
        )
        self.more_button.setMenu(menu)
        self.more_button.setVisible(
            any(action.isVisible() and not action.isSeparator() for action in menu.actions())
        )

        for widget in (self.new_button, self.leave_button, self.delete_button):
            widget.setVisible(self.may_write)
        self.edit_button.setVisible(self.may_read_all)

        self.banner = MessageBanner(self)

        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_person)
        self.new_shortcut.setEnabled(self.may_write)
        self.search.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 3)
        search_row.addSpacing(12)
        search_row.addWidget(self.count_label, 1)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        for text, combo in (
            (self.tr("&Status:"), self.status_filter),
            (self.tr("&Group:"), self.group_filter),
            (self.tr("Membership &type:"), self.type_filter),
            (self.tr("&Consent:"), self.consent_filter),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(14)
        filters.addStretch(1)

        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.leave_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._selection_changed()

    # -- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the choices and the table; the selected person stays selected."""
        selected = self.selected_id()
        with self._database.unit_of_work() as session:
            self._choices = people_choices(session, self._actor)
        self._fill_choice(self.group_filter, self.tr("All groups"), self._choices.groups)
        self._fill_choice(self.type_filter, self.tr("All types"), self._choices.membership_types)
        self._loaded = True
        self.apply_filter()
        if selected is not None:
            self.select_person(selected)

    def _fill_choice(self, combo: QComboBox, everyone: str, choices: tuple[object, ...]) -> None:
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for choice in choices:
            combo.addItem(choice.name, choice.id)  # type: ignore[attr-defined]
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(blocked)

    def current_filter(self) -> PeopleFilter:
        status = self.status_filter.currentData()
        consent = self.consent_filter.currentData()
        return PeopleFilter(
            text=self.search.text(),
            status=PersonStatus(status) if status else None,
            group_id=self.group_filter.currentData(),
            membership_type_id=self.type_filter.currentData(),
            consent=ConsentPurpose(consent) if consent else None,
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if not self._loaded:
            return
        people_filter = self.current_filter()
        self.model.set_filter(people_filter)
        with self._database.unit_of_work() as session:
            total = count_people(session, self._actor, PeopleFilter(), today=self._today())
        shown = self.model.rowCount()
        locale = QLocale()
        if shown != total:
            text = self.tr("{shown} of {total} people").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        elif shown == 1:
            text = self.tr("1 person")
        else:
            text = self.tr("{count} people").format(count=locale.toString(shown))
        self.count_label.setText(text)

    def _set_column_widths(self) -> None:
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        header_metrics = QFontMetrics(bold)
        widths = {
            PeopleTableModel.NAME: "Baumann, Hannelore",
            PeopleTableModel.EMAIL: "mustermann@example.de",
            PeopleTableModel.PHONE: "0711 555 0000",
            PeopleTableModel.MEMBER_SINCE: "00.00.00000",
            PeopleTableModel.MEMBERSHIP_TYPE: "Ordentliches Mitglied",
        }
        for column, sample in widths.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(title))
            self.table.setColumnWidth(column, width + 30)

    # -- selection ---------------------------------------------------------------------

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return self.model.person_id(row) if row is not None else None

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        row = self.selected_row()
        person = self.model.person_row(row) if row is not None else None
        has = person is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.leave_button.setEnabled(
            person is not None
            and person.status is PersonStatus.MEMBER
            and person.member_until is None
        )
        if self.access_action.data() != "missing":
            self.access_action.setEnabled(has)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.edit_selected()
            return True
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.apply_filter()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_filter()
                if self.model.rowCount():
                    self.table.setFocus()
                    if self.selected_row() is None:
                        self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    # -- the person form ---------------------------------------------------------------

    def new_person(self) -> PersonDialog | None:
        if not self.may_write:
            return None
        return self._open_dialog(None)

    def edit_selected(self) -> PersonDialog | None:
        person_id = self.selected_id()
        if person_id is None or not self.may_read_all:
            return None
        return self._open_dialog(person_id)

    def _open_dialog(self, person_id: int | None) -> PersonDialog | None:
        if self.dialog is not None and self.dialog.isVisible():  # one form at a time (modal)
            return self.dialog
        try:
            dialog = PersonDialog(
                self._database, self._actor, self._today(), person_id, self, confirm=self.confirm
            )
        except QuartierstreffError as error:  # deleted meanwhile, …
            self.banner.show_error(message_for(error))
            self.model.reload()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._person_saved)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _person_saved(self, detail: object) -> None:
        self.banner.clear_message()
        self.model.reload()
        self.apply_filter()
        person_id = getattr(detail, "id", None)
        if isinstance(person_id, int):
            self.select_person(person_id)
        self.person_saved.emit(detail)

    # -- leaving and the bin -----------------------------------------------------------

    def leave_selected(self) -> bool:
        row = self.selected_row()
        person = self.model.person_row(row) if row is not None else None
        if person is None or not self.may_write:
            return False
        day = self.ask_leave_date(person)
        if day is None:
            return False
        try:
            with self._database.unit_of_work() as session:
                end_membership(session, self._actor, person.id, day)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        self.banner.show_success(
            self.tr("{name} leaves the association on {date}.").format(
                name=f"{person.first_name} {person.last_name}".strip(), date=format_date(day)
            )
        )
        self.model.reload()
        self.select_person(person.id)
        return True

    def delete_selected(self) -> bool:
        row = self.selected_row()
        person = self.model.person_row(row) if row is not None else None
        if person is None or not self.may_write:
            return False
        name = f"{person.first_name} {person.last_name}".strip()
        question = self.tr(
            "Move “{name}” to the bin? Only do this for an entry made by mistake; for a member "
            "who leaves, use “Leaving…”. The bin keeps the entry for 30 days."
        ).format(name=name)
        if not self.confirm(question):
            return False
        try:
            with self._database.unit_of_work() as session:
                delete_person(session, self._actor, person.id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        self.banner.show_success(
            self.tr("“{name}” is in the bin (File ▸ Bin) and can be restored for 30 days.").format(
                name=name
            )
        )
        self.apply_filter()
        return True

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Members"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_leave_date(self, person: PersonRow) -> dt.date | None:
        dialog = LeaveDialog(person, self._today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    # -- dialogs written elsewhere -----------------------------------------------------

    def _optional_action(
        self,
        menu: QMenu,
        text: str,
        module: str,
        name: str,
        slot: Callable[[], None],
        *,
        needs: Permission,
    ) -> QAction:
        action = QAction(text, self)
        action.setVisible(self._actor.may(needs))
        if _load(module, name) is None:
            action.setEnabled(False)
            action.setData("missing")
            action.setToolTip(self.tr("Not available in this version"))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        menu.setToolTipsVisible(True)
        return action

    def _dialog_failed(self, error: QuartierstreffError) -> None:
        self.banner.show_error(message_for(error))

    def import_people(self) -> None:
        dialog_class = _load("quartierstreff.ui.dialogs.people_import", "ImportDialog")
        if dialog_class is None:
            return
        dialog_class(self._database, self._actor, self._today(), self).exec()
        self.refresh()

    def export_people(self) -> None:
        export = _load("quartierstreff.ui.dialogs.people_export", "export_register")
        if export is not None:
            export(self, self._database, self._actor, self.current_filter(), self._today())

    def print_member_list(self) -> None:
        dialog_class = _load("quartierstreff.ui.dialogs.member_list", "MemberListDialog")
        if dialog_class is not None:
            dialog_class(self._database, self._actor, self._today(), self).exec()

    def access_request(self) -> None:
        person_id = self.selected_id()
        dialog_class = _load("quartierstreff.ui.dialogs.privacy", "AccessRequestDialog")
        if dialog_class is not None and person_id is not None:
            dialog_class(self._database, self._actor, person_id, self._today(), self).exec()

    def erasure(self) -> None:
        dialog_class = _load("quartierstreff.ui.dialogs.privacy", "ErasureDialog")
        if dialog_class is not None:
            dialog_class(self._database, self._actor, self._today(), self).exec()
            self.refresh()


def _load(module: str, name: str) -> Any:
    """``module.name`` if that dialog exists in this version of the program, else ``None``."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
