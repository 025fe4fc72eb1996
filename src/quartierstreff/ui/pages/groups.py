"""Gruppen & Partner: the groups and initiatives that meet at the centre, and the partner
organisations (Kommune, schools, churches, funders, …), each a searchable list with the
selected entry's details beside it. New, change and delete need ``PEOPLE_WRITE``."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.db.models import PartnerKind
from quartierstreff.services import groups
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.groups import GroupDetail, GroupRow, PartnerDetail, PartnerRow
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.dialogs.group import GroupDialog
from quartierstreff.ui.dialogs.partner import PartnerDialog, kind_label
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import format_date
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.lists import set_up_record_list
from quartierstreff.ui.widgets.page import DialogPage, heading

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
Confirm = Callable[[QWidget, str, str], bool]
"""Asks (title, question) and says whether the user agreed."""


def ask(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_date(day: dt.date | None) -> str:
    return format_date(day)


class RecordsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over frozen views: one column per (header, text of a view)."""

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[T], str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](self.rows[index.row()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None


def _detail_label(parent: QWidget) -> tuple[QScrollArea, QLabel]:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setContentsMargins(14, 10, 14, 10)
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.StyledPanel)
    scroll.setWidget(label)
    scroll.setMinimumWidth(300)
    return scroll, label


def _fixed_name_column(table: QTableView, width: int) -> None:
    """Long names are cut short (the tooltip shows them whole), so the other columns
    keep their room."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, width)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)


def _section(title: str, lines: Sequence[str]) -> str:
    if not lines:
        return ""
    items = "<br>".join(lines)
    return f"<p style='margin-top:10px'><b>{html.escape(title)}</b><br>{items}</p>"


class _ListTab(QWidget):
    """What both tabs share: search row with buttons, table, detail panel, banner."""

    def __init__(self, may_write: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(may_write)
        self.table = QTableView(self)
        self.detail_scroll, self.detail = _detail_label(self)
        self.banner = MessageBanner(self)

        self.top_row = QHBoxLayout()
        self.top_row.addWidget(self.search_edit, 1)
        self.top_row.addSpacing(12)
        self.top_row.addWidget(self.new_button)
        self.top_row.addWidget(self.edit_button)
        self.top_row.addWidget(self.delete_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(self.top_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self.search_edit.textChanged.connect(self._timer.start)

    def selected_row(self) -> int | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return rows[0].row() if rows else None

    def select_where(self, rows: Sequence[object], wanted: Callable[[object], bool]) -> None:
        for number, row in enumerate(rows):
            if wanted(row):
                self.table.selectRow(number)
                return
        if rows:
            self.table.selectRow(0)


class GroupsPage(DialogPage):
    """Two tabs, Gruppen and Partner. ``today`` is a date or a function giving it (the
    window stays open past midnight). Dialogs open window-modal without blocking
    (:meth:`QDialog.open`); the page reloads when one is saved."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date | Callable[[], dt.date],
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today if callable(today) else (lambda: today)
        self._confirm = confirm
        self._rooms: dict[int, str] = {}
        """The dialog open now, if any (tests fill it in)."""
        may_write = actor.may(Permission.PEOPLE_WRITE)

        title = heading(self)
        title.setText(self.tr("Groups & partners"))
        self.tabs = QTabWidget(self)

        self.groups_tab = _ListTab(may_write, self)
        g = self.groups_tab
        g.search_edit.setPlaceholderText(self.tr("Search groups or contact persons…"))
        g.search_edit.setAccessibleName(self.tr("Search groups"))
        g.new_button.setText(self.tr("&New group…"))
        g.edit_button.setText(self.tr("&Change…"))
        g.delete_button.setText(self.tr("&Delete"))
        self.groups_model: RecordsModel[GroupRow] = RecordsModel(
            [
                (self.tr("Group"), lambda r: r.name),
                (self.tr("Contact persons"), lambda r: r.contacts),
                (self.tr("People"), lambda r: str(r.member_count)),
                (self.tr("Public"), lambda r: self.tr("yes") if r.is_public else self.tr("no")),
                (self.tr("Active until"), lambda r: show_date(r.active_until)),
            ],
            self,
        )
        g.table.setModel(self.groups_model)
        set_up_record_list(g.table, 1)
        _fixed_name_column(g.table, 220)
        g.table.selectionModel().selectionChanged.connect(self._show_group)
        g.table.doubleClicked.connect(self.edit_group)
        g.new_button.clicked.connect(self.new_group)
        g.edit_button.clicked.connect(self.edit_group)
        g.delete_button.clicked.connect(self.delete_group)
        g._timer.timeout.connect(self.reload_groups)

        self.partners_tab = _ListTab(may_write, self)
        p = self.partners_tab
        p.search_edit.setPlaceholderText(self.tr("Search partners, towns or contacts…"))
        p.search_edit.setAccessibleName(self.tr("Search partners"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of partner"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in PartnerKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        p.top_row.insertWidget(1, self.kind_combo)
        p.new_button.setText(self.tr("&New partner…"))
        p.edit_button.setText(self.tr("&Change…"))
        p.delete_button.setText(self.tr("&Delete"))
        self.partners_model: RecordsModel[PartnerRow] = RecordsModel(
            [
                (self.tr("Organisation"), lambda r: r.name),
                (self.tr("Kind"), lambda r: kind_label(r.kind)),
                (self.tr("Town"), lambda r: r.city),
                (self.tr("Contacts"), lambda r: r.contacts),
            ],
            self,
        )
        p.table.setModel(self.partners_model)
        set_up_record_list(p.table, 3)
        _fixed_name_column(p.table, 250)
        p.table.selectionModel().selectionChanged.connect(self._show_partner)
        p.table.doubleClicked.connect(self.edit_partner)
        p.new_button.clicked.connect(self.new_partner)
        p.edit_button.clicked.connect(self.edit_partner)
        p.delete_button.clicked.connect(self.delete_partner)
        p._timer.timeout.connect(self.reload_partners)
        self.kind_combo.currentIndexChanged.connect(self.reload_partners)

        self.tabs.addTab(self.groups_tab, self.tr("&Groups"))
        self.tabs.addTab(self.partners_tab, self.tr("&Partners"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            with self._database.unit_of_work() as session:
                self._rooms = {c.id: c.name for c in groups.room_choices(session, self._actor)}
        except QuartierstreffError as error:
            self.groups_tab.banner.show_error(message_for(error))
        self.reload_groups()
        self.reload_partners()

    def reload_groups(self, select_id: int | None = None) -> None:
        tab = self.groups_tab
        current = self.current_group_id() if select_id is None else select_id
        try:
            with self._database.unit_of_work() as session:
                rows = groups.list_groups(session, self._actor, tab.search_edit.text())
        except QuartierstreffError as error:
            tab.banner.show_error(message_for(error))
            return
        self.groups_model.set_rows(rows)
        tab.select_where(rows, lambda r: isinstance(r, GroupRow) and r.id == current)
        self._show_group()

    def reload_partners(self, select_id: int | None = None) -> None:
        tab = self.partners_tab
        current = self.current_partner_id() if select_id is None else select_id
        kind = self.kind_combo.currentData()
        try:
            with self._database.unit_of_work() as session:
                rows = groups.list_partners(
                    session,
                    self._actor,
                    PartnerKind(kind) if kind else None,
                    tab.search_edit.text(),
                )
        except QuartierstreffError as error:
            tab.banner.show_error(message_for(error))
            return
        self.partners_model.set_rows(rows)
        tab.select_where(rows, lambda r: isinstance(r, PartnerRow) and r.id == current)
        self._show_partner()

    def current_group_id(self) -> int | None:
        row = self.groups_tab.selected_row()
        return self.groups_model.rows[row].id if row is not None else None

    def current_partner_id(self) -> int | None:
        row = self.partners_tab.selected_row()
        return self.partners_model.rows[row].id if row is not None else None

    # -- details -------------------------------------------------------------------------

    def _show_group(self) -> None:
        tab = self.groups_tab
        group_id = self.current_group_id()
        for button in (tab.edit_button, tab.delete_button):
            button.setEnabled(group_id is not None)
        if group_id is None:
            tab.detail.setText(self._empty_text(self.tr("No group yet.")))
            return
        try:
            with self._database.unit_of_work() as session:
                group = groups.get_group(session, self._actor, group_id)
        except QuartierstreffError as error:
            tab.detail.setText(html.escape(message_for(error)))
            return
        tab.detail.setText(self.group_html(group))

    def _empty_text(self, text: str) -> str:
        return f"<p style='color:gray'>{html.escape(text)}</p>"

    def group_html(self, group: GroupDetail) -> str:
        e = html.escape
        facts = [self.tr("Public") if group.is_public else self.tr("Not public")]
        if group.active_until:
            facts.append(self.tr("active until {date}").format(date=show_date(group.active_until)))
        parts = [
            f"<h3 style='margin:0'>{e(group.name)}</h3>",
            f"<p style='color:gray;margin-top:2px'>{e(' · '.join(facts))}</p>",
        ]
        if group.description:
            parts.append(f"<p>{e(group.description).replace(chr(10), '<br>')}</p>")
        if group.email:
            parts.append(_section(self.tr("E-mail"), [e(group.email)]))

        def person(p: groups.GroupPersonView, *, own_line: bool = False) -> str:
            extra = " · ".join(x for x in (p.phone, p.email) if x)
            if not extra:
                return e(p.name)
            gap = "<br>" if own_line else " "
            return f"{e(p.name)}{gap}<span style='color:gray'>{e(extra)}</span>"

        contacts = [person(p, own_line=True) for p in group.contacts]
        parts.append(_section(self.tr("Contact persons"), contacts))
        members = [person(p) for p in group.people if not p.is_contact]
        parts.append(_section(self.tr("Further people"), members))
        rooms = [e(self._rooms.get(room_id, str(room_id))) for room_id in group.room_ids]
        parts.append(_section(self.tr("Usual rooms"), rooms))
        return "".join(parts)

    def _show_partner(self) -> None:
        tab = self.partners_tab
        partner_id = self.current_partner_id()
        for button in (tab.edit_button, tab.delete_button):
            button.setEnabled(partner_id is not None)
        if partner_id is None:
            tab.detail.setText(self._empty_text(self.tr("No partner organisation here.")))
            return
        try:
            with self._database.unit_of_work() as session:
                partner = groups.get_partner(session, self._actor, partner_id)
        except QuartierstreffError as error:
            tab.detail.setText(html.escape(message_for(error)))
            return
        tab.detail.setText(self.partner_html(partner))

    def partner_html(self, partner: PartnerDetail) -> str:
        e = html.escape
        parts = [
            f"<h3 style='margin:0'>{e(partner.name)}</h3>",
            f"<p style='color:gray;margin-top:2px'>{e(kind_label(partner.kind))}</p>",
        ]
        town = " ".join(x for x in (partner.postal_code, partner.city) if x)
        address = [e(x) for x in (partner.street, town) if x]
        parts.append(_section(self.tr("Address"), address))
        reach = [e(x) for x in (partner.phone, partner.email, partner.website) if x]
        parts.append(_section(self.tr("Contact"), reach))

        def contact(c: groups.PartnerContactView) -> str:
            extra = " · ".join(x for x in (c.phone, c.email) if x)
            function = f" ({e(c.function)})" if c.function else ""
            return (
                e(c.name)
                + function
                + (f"<br><span style='color:gray'>{e(extra)}</span>" if extra else "")
            )

        parts.append(_section(self.tr("Contacts"), [contact(c) for c in partner.contacts]))
        if partner.notes:
            parts.append(_section(self.tr("Notes"), [e(partner.notes).replace(chr(10), "<br>")]))
        return "".join(parts)

    # -- actions -------------------------------------------------------------------------

    def new_group(self) -> QDialog:
        dialog = GroupDialog(self._database, self._actor, self._today(), parent=self)
        return self._open(dialog, lambda: self._group_saved(dialog, created=True))

    def edit_group(self) -> QDialog | None:
        group_id = self.current_group_id()
        if group_id is None or not self._actor.may(Permission.PEOPLE_WRITE):
            return None
        try:
            with self._database.unit_of_work() as session:
                group = groups.get_group(session, self._actor, group_id)
        except QuartierstreffError as error:
            self.groups_tab.banner.show_error(message_for(error))
            return None
        dialog = GroupDialog(self._database, self._actor, self._today(), group, parent=self)
        return self._open(dialog, lambda: self._group_saved(dialog, created=False))

    def _group_saved(self, dialog: GroupDialog, *, created: bool) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.groups_tab.search_edit.clear()
        self.reload_groups(saved.id)
        message = (
            self.tr("Group “{name}” created.") if created else self.tr("Group “{name}” saved.")
        )
        self.groups_tab.banner.show_success(message.format(name=saved.name))

    def delete_group(self) -> None:
        row = self.groups_tab.selected_row()
        if row is None:
            return
        group = self.groups_model.rows[row]
        question = self.tr(
            "Delete the group “{name}”? Its people stay in the register and its bookings "
            "stay booked. The group can be restored from the bin for 30 days."
        ).format(name=group.name)
        if not self._confirm(self, self.tr("Delete group"), question):
            return
        try:
            with self._database.unit_of_work() as session:
                groups.delete_group(session, self._actor, group.id)
        except QuartierstreffError as error:
            self.groups_tab.banner.show_error(message_for(error))
            return
        self.reload_groups()
        self.groups_tab.banner.show_success(
            self.tr("Group “{name}” moved to the bin.").format(name=group.name)
        )

    def new_partner(self) -> QDialog:
        dialog = PartnerDialog(self._database, self._actor, self._today(), parent=self)
        return self._open(dialog, lambda: self._partner_saved(dialog, created=True))

    def edit_partner(self) -> QDialog | None:
        partner_id = self.current_partner_id()
        if partner_id is None or not self._actor.may(Permission.PEOPLE_WRITE):
            return None
        try:
            with self._database.unit_of_work() as session:
                partner = groups.get_partner(session, self._actor, partner_id)
        except QuartierstreffError as error:
            self.partners_tab.banner.show_error(message_for(error))
            return None
        dialog = PartnerDialog(self._database, self._actor, self._today(), partner, parent=self)
        return self._open(dialog, lambda: self._partner_saved(dialog, created=False))

    def _partner_saved(self, dialog: PartnerDialog, *, created: bool) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.partners_tab.search_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.reload_partners(saved.id)
        message = (
            self.tr("Partner “{name}” created.") if created else self.tr("Partner “{name}” saved.")
        )
        self.partners_tab.banner.show_success(message.format(name=saved.name))

    def delete_partner(self) -> None:
        row = self.partners_tab.selected_row()
        if row is None:
            return
        partner = self.partners_model.rows[row]
        question = self.tr(
            "Delete the partner organisation “{name}”? Its contacts stay in the register. "
            "It can be restored from the bin for 30 days."
        ).format(name=partner.name)
        if not self._confirm(self, self.tr("Delete partner organisation"), question):
            return
        try:
            with self._database.unit_of_work() as session:
                groups.delete_partner(session, self._actor, partner.id)
        except QuartierstreffError as error:
            self.partners_tab.banner.show_error(message_for(error))
            return
        self.reload_partners()
        self.partners_tab.banner.show_success(
            self.tr("Partner “{name}” moved to the bin.").format(name=partner.name)
        )
