"""Einstellungen ▸ Personen: the centre's own fields for people and the membership types
(``services.people_settings``).

A section with ``load()`` and ``save()`` like the others. Each entry is added, changed
or deleted through its own small dialog and stored when that dialog is saved, so the
section never holds unsaved input: :meth:`save` has nothing left to do and
:meth:`has_changes` is always false.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.db.models import CustomFieldType
from quartierstreff.money import UnreadableAmount, parse_money
from quartierstreff.services import people_settings
from quartierstreff.services.errors import FieldInvalid, QuartierstreffError
from quartierstreff.services.people_settings import (
    CustomFieldDraft,
    CustomFieldSetting,
    MembershipTypeDraft,
    MembershipTypeSetting,
)
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.pages.groups import Confirm, RecordsModel, ask
from quartierstreff.ui.pages.settings_section import DialogSavedSection
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import HINT_STYLE, hint_label, subheading
from quartierstreff.ui.widgets.lists import select_record, selected_record, set_up_record_list
from quartierstreff.ui.widgets.marks import mark_invalid


def type_label(field_type: CustomFieldType) -> str:
    labels = {
        CustomFieldType.TEXT: QCoreApplication.translate("CustomFieldType", "Text"),
        CustomFieldType.NUMBER: QCoreApplication.translate("CustomFieldType", "Number"),
        CustomFieldType.DATE: QCoreApplication.translate("CustomFieldType", "Date"),
        CustomFieldType.YES_NO: QCoreApplication.translate("CustomFieldType", "Yes/no"),
        CustomFieldType.CHOICE: QCoreApplication.translate("CustomFieldType", "Choice"),
    }
    return labels[field_type]


def parse_amount(text: str, field: str = "annual_fee") -> Decimal | None:
    """ "36", "36,50", "1.234,50", "1.000" (a thousand) or "36.50" as an amount; empty
    means none. Raises :class:`FieldInvalid` for anything else (``field`` names it)."""
    try:
        return parse_money(text)
    except UnreadableAmount as error:
        raise FieldInvalid(field, "format", text.strip()[:40]) from error


def show_amount(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return f"{QLocale().toString(float(amount), 'f', 2)} €"


class CustomFieldDialog(QDialog):
    """Add a custom field (``field=None``) or change one."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        field: CustomFieldSetting | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._field = field
        self.saved: CustomFieldSetting | None = None
        self.setWindowTitle(self.tr("New field") if field is None else self.tr("Change field"))
        self.setMinimumWidth(480)
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("e.g. T-shirt size"))
        self.type_combo = QComboBox(self)
        for field_type in CustomFieldType:
            self.type_combo.addItem(type_label(field_type), field_type)
        self.choices_edit = QPlainTextEdit(self)
        self.choices_edit.setTabChangesFocus(True)
        self.choices_edit.setPlaceholderText(self.tr("One choice per line"))
        self.choices_edit.setMaximumHeight(130)
        self.type_hint = QLabel(self)
        self.type_hint.setWordWrap(True)
        self.type_hint.setStyleSheet(HINT_STYLE)
        self.type_combo.currentIndexChanged.connect(self._type_changed)

        self._form = form = QFormLayout()
        form.addRow(self.tr("&Name of the field:"), self.label_edit)
        form.addRow(self.tr("&Type:"), self.type_combo)
        form.addRow("", self.type_hint)
        form.addRow(self.tr("&Choices:"), self.choices_edit)
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self._inputs: dict[str, QWidget] = {
            "label": self.label_edit,
            "field_type": self.type_combo,
            "choices": self.choices_edit,
        }
        if field is not None:
            self.label_edit.setText(field.label)
            self.type_combo.setCurrentIndex(self.type_combo.findData(field.field_type))
            self.choices_edit.setPlainText("\n".join(field.choices))
        self._type_changed()

    def _type_changed(self) -> None:
        field_type = CustomFieldType(self.type_combo.currentData())
        self.choices_edit.setEnabled(field_type is CustomFieldType.CHOICE)
        self._form.setRowVisible(self.choices_edit, field_type is CustomFieldType.CHOICE)
        hints = {
            CustomFieldType.TEXT: self.tr("Any text up to 2,000 characters."),
            CustomFieldType.NUMBER: self.tr("A number such as 3 or 12,5."),
            CustomFieldType.DATE: self.tr("A date such as 24.11.2026."),
            CustomFieldType.YES_NO: self.tr("A tick: yes or no."),
            CustomFieldType.CHOICE: self.tr("One of the choices below."),
        }
        self.type_hint.setText(hints[field_type])

    def draft(self) -> CustomFieldDraft:
        return CustomFieldDraft(
            label=self.label_edit.text(),
            field_type=CustomFieldType(self.type_combo.currentData()),
            choices=self.choices_edit.toPlainText(),
            position=self._field.position if self._field else None,
        )

    def accept(self) -> None:
        for widget in self._inputs.values():
            widget.setStyleSheet("")
        try:
            with self._database.unit_of_work() as session:
                if self._field is None:
                    self.saved = people_settings.create_custom_field(
                        session, self._actor, self.draft()
                    )
                else:
                    self.saved = people_settings.update_custom_field(
                        session, self._actor, self._field.id, self.draft()
                    )
        except FieldInvalid as error:
            mark_invalid(self._inputs.get(error.field))
            self.banner.show_error(message_for(error))
            return
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        super().accept()


class MembershipTypeDialog(QDialog):
    """Add a membership type (``membership_type=None``) or change one."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        membership_type: MembershipTypeSetting | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._type = membership_type
        self.saved: MembershipTypeSetting | None = None
        self.setWindowTitle(
            self.tr("New membership type")
            if membership_type is None
            else self.tr("Change membership type")
        )
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Reduced"))
        self.fee_edit = QLineEdit(self)
        self.fee_edit.setPlaceholderText(self.tr("e.g. 36,00 — empty if there is none"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Annual &fee (€):"), self.fee_edit)
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self._inputs: dict[str, QWidget] = {"name": self.name_edit, "annual_fee": self.fee_edit}
        if membership_type is not None:
            self.name_edit.setText(membership_type.name)
            self.fee_edit.setText(show_amount(membership_type.annual_fee).removesuffix(" €"))

    def accept(self) -> None:
        for widget in self._inputs.values():
            widget.setStyleSheet("")
        try:
            draft = MembershipTypeDraft(self.name_edit.text(), parse_amount(self.fee_edit.text()))
            with self._database.unit_of_work() as session:
                if self._type is None:
                    self.saved = people_settings.create_membership_type(session, self._actor, draft)
                else:
                    self.saved = people_settings.update_membership_type(
                        session, self._actor, self._type.id, draft
                    )
        except FieldInvalid as error:
            mark_invalid(self._inputs.get(error.field))
            self.banner.show_error(message_for(error))
            return
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        super().accept()


class PeopleSettingsSection(DialogSavedSection):
    """Own fields for people, and membership types with their annual fee."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._confirm = confirm
        self.dialog: QDialog | None = None
        """The dialog open now, if any (tests fill it in)."""
        may_write = actor.may(Permission.SETTINGS_WRITE)

        fields_intro = hint_label(
            self.tr(
                "Fields of your own that the person form shows below the usual ones, "
                "e.g. T-shirt size or allergies."
            ),
            self,
        )
        self.fields_model: RecordsModel[CustomFieldSetting] = RecordsModel(
            [
                (self.tr("Field"), lambda f: f.label),
                (self.tr("Type"), lambda f: type_label(f.field_type)),
                (self.tr("Choices"), lambda f: ", ".join(f.choices)),
                (self.tr("People with a value"), lambda f: str(f.value_count)),
            ],
            self,
        )
        self.fields_table = self._table(self.fields_model, 2)
        self.add_field_button = QPushButton(self.tr("New &field…"), self)
        self.edit_field_button = QPushButton(self.tr("Change…"), self)
        self.delete_field_button = QPushButton(self.tr("Delete"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.up_button.setToolTip(self.tr("Show this field earlier in the person form"))
        self.down_button = QPushButton(self.tr("Down"), self)
        self.down_button.setToolTip(self.tr("Show this field later in the person form"))
        self.add_field_button.clicked.connect(self.new_field)
        self.edit_field_button.clicked.connect(self.edit_field)
        self.fields_table.doubleClicked.connect(self.edit_field)
        self.delete_field_button.clicked.connect(self.delete_field)
        self.up_button.clicked.connect(lambda: self.move_field(-1))
        self.down_button.clicked.connect(lambda: self.move_field(1))
        field_buttons = [
            self.add_field_button,
            self.edit_field_button,
            self.delete_field_button,
            self.up_button,
            self.down_button,
        ]

        types_intro = hint_label(
            self.tr("The kinds of membership a person can have, each with its annual fee."),
            self,
        )
        self.types_model: RecordsModel[MembershipTypeSetting] = RecordsModel(
            [
                (self.tr("Membership type"), lambda t: t.name),
                (self.tr("Annual fee"), lambda t: show_amount(t.annual_fee)),
                (self.tr("Memberships"), lambda t: str(t.member_count)),
            ],
            self,
        )
        self.types_table = self._table(self.types_model, 0)
        self.add_type_button = QPushButton(self.tr("New &membership type…"), self)
        self.edit_type_button = QPushButton(self.tr("Change…"), self)
        self.delete_type_button = QPushButton(self.tr("Delete"), self)
        self.add_type_button.clicked.connect(self.new_type)
        self.edit_type_button.clicked.connect(self.edit_type)
        self.types_table.doubleClicked.connect(self.edit_type)
        self.delete_type_button.clicked.connect(self.delete_type)
        type_buttons = [self.add_type_button, self.edit_type_button, self.delete_type_button]
        width = max(button.sizeHint().width() for button in (*field_buttons, *type_buttons))
        for button in (*field_buttons, *type_buttons):
            button.setVisible(may_write)
            button.setFixedWidth(width)  # both tables end at the same line

        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(subheading(self.tr("Own fields"), self))
        layout.addWidget(fields_intro)
        layout.addLayout(self._with_buttons(self.fields_table, field_buttons))
        layout.addSpacing(10)
        layout.addWidget(subheading(self.tr("Membership types"), self))
        layout.addWidget(types_intro)
        layout.addLayout(self._with_buttons(self.types_table, type_buttons))
        layout.addWidget(self.banner)
        self.fields_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.types_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _table(self, model: QAbstractTableModel, stretch: int) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        set_up_record_list(table, stretch)
        table.setMinimumHeight(150)
        table.setMaximumHeight(220)
        return table

    def _with_buttons(self, table: QTableView, buttons: list[QPushButton]) -> QHBoxLayout:
        column = QVBoxLayout()
        for button in buttons:
            column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(table, 1)
        row.addLayout(column)
        return row

    # -- the section operations ------------------------------------------------------

    def load(self) -> None:
        try:
            with self._database.unit_of_work() as session:
                fields = people_settings.list_custom_fields(session, self._actor)
                types = people_settings.list_membership_types(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self._set_fields(fields)
        self._set_types(types)

    # -- lists ---------------------------------------------------------------------------

    def _set_fields(self, fields: list[CustomFieldSetting], select_id: int | None = None) -> None:
        current = self.selected_field()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self.fields_model.set_rows(fields)
        select_record(self.fields_table, fields, wanted)
        self._update_buttons()

    def _set_types(self, types: list[MembershipTypeSetting], select_id: int | None = None) -> None:
        self.types_model.set_rows(types)
        select_record(self.types_table, types, select_id)
        self._update_buttons()

    def selected_field(self) -> CustomFieldSetting | None:
        return selected_record(self.fields_table, self.fields_model.rows)

    def selected_type(self) -> MembershipTypeSetting | None:
        return selected_record(self.types_table, self.types_model.rows)

    def _update_buttons(self) -> None:
        field = self.selected_field()
        for button in (self.edit_field_button, self.delete_field_button):
            button.setEnabled(field is not None)
        rows = self.fields_model.rows
        self.up_button.setEnabled(field is not None and rows.index(field) > 0)
        self.down_button.setEnabled(field is not None and rows.index(field) < len(rows) - 1)
        chosen_type = self.selected_type()
        for button in (self.edit_type_button, self.delete_type_button):
            button.setEnabled(chosen_type is not None)

    # -- actions -------------------------------------------------------------------------

    def _open(self, dialog: QDialog, done: Callable[[], None]) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _after_field_dialog(self, dialog: CustomFieldDialog) -> None:
        if dialog.saved is not None:
            self.load()
            self._set_fields(self.fields_model.rows, dialog.saved.id)
            self.banner.show_success(
                self.tr("The field “{name}” has been saved.").format(name=dialog.saved.label)
            )

    def new_field(self) -> QDialog:
        dialog = CustomFieldDialog(self._database, self._actor, parent=self)
        return self._open(dialog, lambda: self._after_field_dialog(dialog))

    def edit_field(self) -> QDialog | None:
        field = self.selected_field()
        if field is None or not self._actor.may(Permission.SETTINGS_WRITE):
            return None
        dialog = CustomFieldDialog(self._database, self._actor, field, parent=self)
        return self._open(dialog, lambda: self._after_field_dialog(dialog))

    def delete_field(self) -> None:
        field = self.selected_field()
        if field is None:
            return
        if field.value_count == 1:
            values = self.tr("One person has a value in it; it is deleted with the field.")
        elif field.value_count:
            values = self.tr(
                "{count} people have a value in it; the values are deleted with the field."
            ).format(count=field.value_count)
        else:
            values = self.tr("Nobody has a value in it yet.")
        question = self.tr(
            "Delete the field “{name}”? {values} It can be restored from the bin for 30 days."
        ).format(name=field.label, values=values)
        if not self._confirm(self, self.tr("Delete field"), question):
            return
        try:
            with self._database.unit_of_work() as session:
                people_settings.delete_custom_field(session, self._actor, field.id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.load()
        self.banner.show_success(
            self.tr("The field “{name}” has been moved to the bin.").format(name=field.label)
        )

    def move_field(self, step: int) -> None:
        field = self.selected_field()
        if field is None:
            return
        try:
            with self._database.unit_of_work() as session:
                fields = people_settings.move_custom_field(session, self._actor, field.id, step)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self._set_fields(fields, field.id)

    def _after_type_dialog(self, dialog: MembershipTypeDialog) -> None:
        if dialog.saved is not None:
            self.load()
            self._set_types(self.types_model.rows, dialog.saved.id)
            self.banner.show_success(
                self.tr("The membership type “{name}” has been saved.").format(
                    name=dialog.saved.name
                )
            )

    def new_type(self) -> QDialog:
        dialog = MembershipTypeDialog(self._database, self._actor, parent=self)
        return self._open(dialog, lambda: self._after_type_dialog(dialog))

    def edit_type(self) -> QDialog | None:
        chosen = self.selected_type()
        if chosen is None or not self._actor.may(Permission.SETTINGS_WRITE):
            return None
        dialog = MembershipTypeDialog(self._database, self._actor, chosen, parent=self)
        return self._open(dialog, lambda: self._after_type_dialog(dialog))

    def delete_type(self) -> None:
        chosen = self.selected_type()
        if chosen is None:
            return
        question = self.tr("Delete the membership type “{name}”?").format(name=chosen.name)
        if not self._confirm(self, self.tr("Delete membership type"), question):
            return
        try:
            with self._database.unit_of_work() as session:
                people_settings.delete_membership_type(session, self._actor, chosen.id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.load()
        self.banner.show_success(
            self.tr("The membership type “{name}” has been deleted.").format(name=chosen.name)
        )
