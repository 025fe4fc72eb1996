"""The form of a group: name, description, public or not, e-mail, active until, usual
rooms, and its people from the register (contact persons ticked)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from quartierstreff.db.engine import Database
from quartierstreff.services import groups
from quartierstreff.services.groups import GroupDetail, GroupDraft
from quartierstreff.services.people import Choice
from quartierstreff.services.security import Actor
from quartierstreff.ui.dialogs.record import RecordDialog
from quartierstreff.ui.i18n import date_pattern, from_qdate, to_qdate
from quartierstreff.ui.widgets.labels import hint_label
from quartierstreff.ui.widgets.person_picker import PersonPicker

_ID = Qt.ItemDataRole.UserRole


class GroupDialog(RecordDialog[GroupDetail]):
    """Create a group (``group=None``) or change one; saves on Save, stays open with a
    message when the input is refused."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date,
        group: GroupDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, parent)
        self._actor = actor
        self._group = group
        self.setWindowTitle(self.tr("New group") if group is None else self.tr("Change group"))
        self.resize(940, 600)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Strickcafé"))
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("The group's own address, if it has one"))
        self.public_check = QCheckBox(self.tr("&Public: may appear in the programme"), self)
        self.public_check.setChecked(True)
        self.until_check = QCheckBox(self.tr("Active &until"), self)
        self.until_edit = QDateEdit(self)
        self.until_edit.setDisplayFormat(date_pattern())
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDate(to_qdate(today))
        self.until_edit.setEnabled(False)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_check)
        until_row.addWidget(self.until_edit)
        until_row.addStretch(1)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("What the group does, when it meets"))

        self.rooms_model = QStandardItemModel(self)
        self.rooms_view = QListView(self)
        self.rooms_view.setModel(self.rooms_model)
        self.rooms_view.setMaximumHeight(120)
        self.rooms_view.setAccessibleName(self.tr("Usual rooms"))
        with database.unit_of_work() as session:
            rooms = groups.room_choices(session, actor)
        self._set_rooms(rooms)

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Name:"), self.name_edit), self.name_edit)
        form.addRow(self._label(self.tr("&E-mail:"), self.email_edit), self.email_edit)
        form.addRow("", self.public_check)
        form.addRow("", until_row)
        form.addRow(
            self._label(self.tr("&Description:"), self.description_edit), self.description_edit
        )
        rooms_label = self._label(self.tr("Usual &rooms:"), self.rooms_view)
        if rooms:
            form.addRow(rooms_label, self.rooms_view)
        else:
            self.rooms_view.hide()
            rooms_label.hide()

        # People: those in the group, contact persons ticked; the picker adds more.
        self.people_model = QStandardItemModel(0, 3, self)
        self.people_model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Phone"), self.tr("Contact person")]
        )
        self.people_view = QTableView(self)
        self.people_view.setModel(self.people_model)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.verticalHeader().hide()
        view_rows = self.people_view.verticalHeader()
        view_rows.setDefaultSectionSize(view_rows.minimumSectionSize() + 6)
        header = self.people_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button = QPushButton(self.tr("Re&move from group"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.picker = PersonPicker(database, actor, today, self)
        self.picker.list.setMaximumHeight(150)
        self.picker.chosen.connect(self.add_person)
        people_box = QGroupBox(self.tr("People in the group"), self)
        people_column = QVBoxLayout(people_box)
        people_column.addWidget(self.people_view, 3)
        remove_row = QHBoxLayout()
        remove_row.addWidget(
            hint_label(
                self.tr("Tick the contact persons: whom the centre asks about the group."), self
            )
        )
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        people_column.addLayout(remove_row)
        people_column.addWidget(QLabel(self.tr("Add someone from the register:"), people_box))
        people_column.addWidget(self.picker)

        message_row, buttons = self._message_and_buttons()

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(form, 5)
        columns.addWidget(people_box, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(message_row)
        layout.addWidget(buttons)

        self._inputs: dict[str, QWidget] = {
            "name": self.name_edit,
            "email": self.email_edit,
            "description": self.description_edit,
        }
        if group is not None:
            self.set_detail(group)
        self.name_edit.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _set_rooms(self, rooms: list[Choice]) -> None:
        for room in rooms:
            item = QStandardItem(room.name)
            item.setData(room.id, _ID)
            item.setCheckable(True)
            item.setEditable(False)
            self.rooms_model.appendRow(item)

    # -- people ------------------------------------------------------------------------

    def add_person(
        self, person_id: int, name: str, phone: str = "", *, is_contact: bool = False
    ) -> None:
        if person_id in self.person_ids():
            return
        name_item = QStandardItem(name)
        name_item.setData(person_id, _ID)
        contact_item = QStandardItem()
        contact_item.setCheckable(True)
        contact_item.setEditable(False)
        contact_item.setCheckState(Qt.CheckState.Checked if is_contact else Qt.CheckState.Unchecked)
        self.people_model.appendRow([name_item, QStandardItem(phone), contact_item])
        self.picker.exclude.add(person_id)

    def person_ids(self) -> list[int]:
        return [
            int(self.people_model.item(row, 0).data(_ID))
            for row in range(self.people_model.rowCount())
        ]

    def set_contact(self, person_id: int, is_contact: bool) -> None:
        row = self.person_ids().index(person_id)
        self.people_model.item(row, 2).setCheckState(
            Qt.CheckState.Checked if is_contact else Qt.CheckState.Unchecked
        )

    def remove_selected(self) -> None:
        rows = sorted(
            (i.row() for i in self.people_view.selectionModel().selectedRows()), reverse=True
        )
        for row in rows:
            person_id = int(self.people_model.item(row, 0).data(_ID))
            self.picker.exclude.discard(person_id)
            self.people_model.removeRow(row)

    # -- between the form and the draft ----------------------------------------------

    def set_detail(self, group: GroupDetail) -> None:
        self.name_edit.setText(group.name)
        self.email_edit.setText(group.email)
        self.public_check.setChecked(group.is_public)
        self.until_check.setChecked(group.active_until is not None)
        if group.active_until is not None:
            self.until_edit.setDate(to_qdate(group.active_until))
        self.description_edit.setPlainText(group.description)
        for row in range(self.rooms_model.rowCount()):
            item = self.rooms_model.item(row)
            checked = int(item.data(_ID)) in group.room_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people_model.removeRows(0, self.people_model.rowCount())
        for person in group.people:
            self.add_person(
                person.person_id, person.name, person.phone, is_contact=person.is_contact
            )

    def draft(self) -> GroupDraft:
        ids = self.person_ids()
        contacts = tuple(
            person_id
            for row, person_id in enumerate(ids)
            if self.people_model.item(row, 2).checkState() == Qt.CheckState.Checked
        )
        rooms = tuple(
            int(self.rooms_model.item(row).data(_ID))
            for row in range(self.rooms_model.rowCount())
            if self.rooms_model.item(row).checkState() == Qt.CheckState.Checked
        )
        return GroupDraft(
            name=self.name_edit.text(),
            description=self.description_edit.toPlainText(),
            is_public=self.public_check.isChecked(),
            email=self.email_edit.text(),
            active_until=(
                from_qdate(self.until_edit.date()) if self.until_check.isChecked() else None
            ),
            member_ids=tuple(ids),
            contact_ids=contacts,
            room_ids=rooms,
        )

    def _store(self, session: Session) -> GroupDetail:
        if self._group is None:
            return groups.create_group(session, self._actor, self.draft())
        return groups.update_group(
            session,
            self._actor,
            self._group.id,
            self.draft(),
            expected_version=self._group.version,
        )

    def _fetch(self, session: Session) -> GroupDetail | None:
        if self._group is None:
            return None
        return groups.get_group(session, self._actor, self._group.id)

    def _show_fresh(self, view: GroupDetail) -> None:
        self._group = view
        self.set_detail(view)
