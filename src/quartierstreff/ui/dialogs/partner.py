"""The form of a partner organisation: name, kind, address, contact details, notes, and
its contacts from the register with their function there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from quartierstreff.db.engine import Database
from quartierstreff.db.models import PartnerKind
from quartierstreff.services import groups
from quartierstreff.services.groups import PartnerDetail, PartnerDraft
from quartierstreff.services.security import Actor
from quartierstreff.ui.dialogs.record import RecordDialog
from quartierstreff.ui.widgets.labels import HINT_STYLE
from quartierstreff.ui.widgets.person_picker import PersonPicker

_ID = Qt.ItemDataRole.UserRole


def kind_label(kind: PartnerKind) -> str:
    """The German word for a kind of partner (through the translation)."""
    labels = {
        PartnerKind.MUNICIPALITY: QCoreApplication.translate("PartnerKind", "Municipality"),
        PartnerKind.FUNDER: QCoreApplication.translate("PartnerKind", "Funder"),
        PartnerKind.SCHOOL: QCoreApplication.translate("PartnerKind", "School"),
        PartnerKind.CHURCH: QCoreApplication.translate("PartnerKind", "Church"),
        PartnerKind.ASSOCIATION: QCoreApplication.translate("PartnerKind", "Association"),
        PartnerKind.BUSINESS: QCoreApplication.translate("PartnerKind", "Business"),
        PartnerKind.OTHER: QCoreApplication.translate("PartnerKind", "Other"),
    }
    return labels[kind]


class PartnerDialog(RecordDialog[PartnerDetail]):
    """Create a partner organisation (``partner=None``) or change one."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date,
        partner: PartnerDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, parent)
        self._actor = actor
        self._partner = partner
        self.setWindowTitle(
            self.tr("New partner organisation")
            if partner is None
            else self.tr("Change partner organisation")
        )
        self.resize(940, 600)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Stadt Stuttgart, Amt für Soziales"))
        self.kind_combo = QComboBox(self)
        for kind in PartnerKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(PartnerKind.OTHER))
        self.street_edit = QLineEdit(self)
        self.postal_code_edit = QLineEdit(self)
        self.postal_code_edit.setMaxLength(10)
        self.postal_code_edit.setMaximumWidth(90)
        self.city_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.website_edit = QLineEdit(self)
        self.website_edit.setPlaceholderText(self.tr("e.g. www.example.org"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        town_row = QHBoxLayout()
        town_row.addWidget(self.postal_code_edit)
        town_row.addWidget(self.city_edit, 1)

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Name:"), self.name_edit), self.name_edit)
        form.addRow(self._label(self.tr("&Kind:"), self.kind_combo), self.kind_combo)
        form.addRow(self._label(self.tr("&Street:"), self.street_edit), self.street_edit)
        form.addRow(self._label(self.tr("&Postcode, town:"), self.postal_code_edit), town_row)
        form.addRow(self._label(self.tr("&E-mail:"), self.email_edit), self.email_edit)
        form.addRow(self._label(self.tr("P&hone:"), self.phone_edit), self.phone_edit)
        form.addRow(self._label(self.tr("&Website:"), self.website_edit), self.website_edit)
        form.addRow(self._label(self.tr("N&otes:"), self.notes_edit), self.notes_edit)

        self.contacts_model = QStandardItemModel(0, 3, self)
        self.contacts_model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Phone"), self.tr("Function")]
        )
        self.contacts_view = QTableView(self)
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.contacts_view.verticalHeader().hide()
        view_rows = self.contacts_view.verticalHeader()
        view_rows.setDefaultSectionSize(view_rows.minimumSectionSize() + 6)
        header = self.contacts_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("Re&move contact"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.picker = PersonPicker(database, actor, today, self)
        self.picker.list.setMaximumHeight(150)
        self.picker.chosen.connect(self.add_contact)
        box = QGroupBox(self.tr("Contacts"), self)
        column = QVBoxLayout(box)
        column.addWidget(self.contacts_view, 3)
        row = QHBoxLayout()
        hint = QLabel(
            self.tr("Double-click the function to change it, e.g. Quartiersmanagement."), box
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        row.addWidget(hint, 1)
        row.addWidget(self.remove_button)
        column.addLayout(row)
        column.addWidget(QLabel(self.tr("Add someone from the register:"), box))
        column.addWidget(self.picker)

        message_row, buttons = self._message_and_buttons()
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(form, 5)
        columns.addWidget(box, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(message_row)
        layout.addWidget(buttons)

        self._inputs: dict[str, QWidget] = {
            "name": self.name_edit,
            "street": self.street_edit,
            "postal_code": self.postal_code_edit,
            "city": self.city_edit,
            "email": self.email_edit,
            "phone": self.phone_edit,
            "website": self.website_edit,
            "notes": self.notes_edit,
            "contact_function": self.contacts_view,
        }
        if partner is not None:
            self.set_detail(partner)
        self.name_edit.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- contacts ----------------------------------------------------------------------

    def add_contact(self, person_id: int, name: str, phone: str = "", function: str = "") -> None:
        if person_id in self.contact_ids():
            return
        name_item = QStandardItem(name)
        name_item.setData(person_id, _ID)
        name_item.setEditable(False)
        phone_item = QStandardItem(phone)
        phone_item.setEditable(False)
        self.contacts_model.appendRow([name_item, phone_item, QStandardItem(function)])
        self.picker.exclude.add(person_id)

    def contact_ids(self) -> list[int]:
        return [
            int(self.contacts_model.item(row, 0).data(_ID))
            for row in range(self.contacts_model.rowCount())
        ]

    def set_function(self, person_id: int, function: str) -> None:
        row = self.contact_ids().index(person_id)
        self.contacts_model.item(row, 2).setText(function)

    def remove_selected(self) -> None:
        selected = self.contacts_view.selectionModel().selectedRows()
        for row in sorted((index.row() for index in selected), reverse=True):
            self.picker.exclude.discard(int(self.contacts_model.item(row, 0).data(_ID)))
            self.contacts_model.removeRow(row)

    # -- between the form and the draft ----------------------------------------------

    def set_detail(self, partner: PartnerDetail) -> None:
        self.name_edit.setText(partner.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(partner.kind))
        self.street_edit.setText(partner.street)
        self.postal_code_edit.setText(partner.postal_code)
        self.city_edit.setText(partner.city)
        self.email_edit.setText(partner.email)
        self.phone_edit.setText(partner.phone)
        self.website_edit.setText(partner.website)
        self.notes_edit.setPlainText(partner.notes)
        self.contacts_model.removeRows(0, self.contacts_model.rowCount())
        for contact in partner.contacts:
            self.add_contact(contact.person_id, contact.name, contact.phone, contact.function)

    def draft(self) -> PartnerDraft:
        contacts = tuple(
            (person_id, self.contacts_model.item(row, 2).text())
            for row, person_id in enumerate(self.contact_ids())
        )
        return PartnerDraft(
            name=self.name_edit.text(),
            kind=PartnerKind(self.kind_combo.currentData()),
            street=self.street_edit.text(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            website=self.website_edit.text(),
            notes=self.notes_edit.toPlainText(),
            contacts=contacts,
        )

    def _store(self, session: Session) -> PartnerDetail:
        if self._partner is None:
            return groups.create_partner(session, self._actor, self.draft())
        return groups.update_partner(
            session,
            self._actor,
            self._partner.id,
            self.draft(),
            expected_version=self._partner.version,
        )

    def _fetch(self, session: Session) -> PartnerDetail | None:
        if self._partner is None:
            return None
        return groups.get_partner(session, self._actor, self._partner.id)

    def _show_fresh(self, view: PartnerDetail) -> None:
        self._partner = view
        self.set_detail(view)
