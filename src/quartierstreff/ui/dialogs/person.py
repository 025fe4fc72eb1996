"""The person form: name, address and contact, membership periods, groups, consents,
the centre's own fields and notes.

Saving checks the whole form first (``services.people.person_problems``) and marks
every field in question, keeping the input; the service checks again. A likely
duplicate asks before it is added; a save that would overwrite someone else's change is
refused with the input kept and a reload offered. Roles that may only read see the form
read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.db.models import ConsentPurpose, CustomFieldType
from quartierstreff.services.errors import (
    ConcurrentEdit,
    DuplicatePerson,
    FieldInvalid,
    QuartierstreffError,
)
from quartierstreff.services.people import (
    ConsentDraft,
    CustomFieldView,
    MembershipDraft,
    PeopleChoices,
    PersonDetail,
    PersonDraft,
    clean_draft,
    create_person,
    get_person,
    people_choices,
    person_problems,
    update_person,
)
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import QT_TRANSLATE_NOOP, date_pattern, format_date, from_qdate
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import HINT_STYLE
from quartierstreff.ui.widgets.marks import mark_invalid
from quartierstreff.ui.widgets.page import heading

Confirm = Callable[[str], bool]

_PURPOSES: dict[ConsentPurpose, tuple[str, str]] = {
    ConsentPurpose.PHOTOS_WEB: (
        QT_TRANSLATE_NOOP("ConsentPurposes", "Photos on the internet"),
        QT_TRANSLATE_NOOP("ConsentPurposes", "may appear in photos (web)"),
    ),
    ConsentPurpose.PHOTOS_PRINT: (
        QT_TRANSLATE_NOOP("ConsentPurposes", "Photos in print"),
        QT_TRANSLATE_NOOP("ConsentPurposes", "may appear in photos (print)"),
    ),
    ConsentPurpose.NEWSLETTER: (
        QT_TRANSLATE_NOOP("ConsentPurposes", "Newsletter"),
        QT_TRANSLATE_NOOP("ConsentPurposes", "receives the newsletter"),
    ),
    ConsentPurpose.BIRTHDAY_LIST: (
        QT_TRANSLATE_NOOP("ConsentPurposes", "Birthday list"),
        QT_TRANSLATE_NOOP("ConsentPurposes", "on the birthday list"),
    ),
    ConsentPurpose.MEMBER_LIST: (
        QT_TRANSLATE_NOOP("ConsentPurposes", "Member list shared with members"),
        QT_TRANSLATE_NOOP("ConsentPurposes", "on the member list for members"),
    ),
}


def consent_purpose_label(purpose: ConsentPurpose, *, short: bool = False) -> str:
    """The purpose of a consent as the user reads it; ``short`` for a filter."""
    long_text, short_text = _PURPOSES[purpose]
    return QCoreApplication.translate("ConsentPurposes", short_text if short else long_text)


# --- dates typed as text --------------------------------------------------------------


class DateField(QLineEdit):
    """A date typed like 24.11.2026 (or 2026-11-24); empty means "no date"."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder or self.tr("dd.mm.yyyy"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 60)

    def set_date(self, day: dt.date | None) -> None:
        if day is None:
            self.clear()
        else:
            self.setText(format_date(day))

    def date_value(self) -> dt.date | None:
        """The date typed, ``None`` when empty; raises ``ValueError`` for other text."""
        text = self.text().strip()
        if not text:
            return None
        for pattern in (date_pattern(), "d.M.yyyy", "yyyy-MM-dd"):
            day = QDate.fromString(text, pattern)
            if day.isValid() and day.year() >= 1000:
                return from_qdate(day)
        raise ValueError(text)


# --- rows of the lists ----------------------------------------------------------------


class MembershipRow(QWidget):
    removed = Signal(object)

    def __init__(
        self, choices: PeopleChoices, draft: MembershipDraft | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.membership_id = draft.id if draft else None
        self.start = DateField(self)
        self.end = DateField(self, placeholder=self.tr("still a member"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("(no type)"), None)
        for choice in choices.membership_types:
            self.kind.addItem(choice.name, choice.id)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(
            self.tr("Only for a period entered by mistake; for leaving, fill in “until”")
        )
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        if draft is not None:
            self.start.set_date(draft.start_date)
            self.end.set_date(draft.end_date)
            self.kind.setCurrentIndex(max(self.kind.findData(draft.membership_type_id), 0))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("from"), self))
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("until"), self))
        row.addWidget(self.end)
        row.addWidget(self.kind, 1)
        row.addWidget(self.remove_button)

    def state(self) -> tuple[object, ...]:
        return (self.membership_id, self.start.text(), self.end.text(), self.kind.currentData())


class ConsentRow(QFrame):
    removed = Signal(object)

    def __init__(self, draft: ConsentDraft | None, today: dt.date, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("consentRow")
        self.setStyleSheet(
            "QFrame#consentRow { border: 1px solid palette(mid); border-radius: 4px;"
            " background: palette(base); }"
        )
        self.consent_id = draft.id if draft else None
        self._today = today
        self.purpose = QComboBox(self)
        for purpose in ConsentPurpose:
            self.purpose.addItem(consent_purpose_label(purpose), purpose)
        self.granted = DateField(self)
        self.text_version = QLineEdit(self)
        self.text_version.setPlaceholderText(self.tr("e.g. 2024-01"))
        self.text_version.setMaximumWidth(110)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("e.g. signed form"))
        self.withdrawn = DateField(self, placeholder=self.tr("not withdrawn"))
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.setToolTip(self.tr("The person withdraws this consent today"))
        self.withdraw_button.clicked.connect(self._withdraw_today)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Only for an entry made by mistake"))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        if draft is not None:
            self.purpose.setCurrentIndex(max(self.purpose.findData(draft.purpose), 0))
            self.granted.set_date(draft.granted_on)
            self.text_version.setText(draft.text_version)
            self.source.setText(draft.source)
            self.withdrawn.set_date(draft.withdrawn_on)
        else:
            self.granted.set_date(today)
        form = QFormLayout()
        form.addRow(self.tr("Purpose:"), self.purpose)
        dates = QHBoxLayout()
        dates.addWidget(self.granted)
        dates.addSpacing(12)
        dates.addWidget(QLabel(self.tr("Text version:"), self))
        dates.addWidget(self.text_version)
        dates.addStretch(1)
        form.addRow(self.tr("Given on:"), dates)
        form.addRow(self.tr("Source:"), self.source)
        withdrawn = QHBoxLayout()
        withdrawn.addWidget(self.withdrawn)
        withdrawn.addWidget(self.withdraw_button)
        withdrawn.addStretch(1)
        withdrawn.addWidget(self.remove_button)
        form.addRow(self.tr("Withdrawn on:"), withdrawn)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.addLayout(form)
        self.withdrawn.textChanged.connect(
            lambda text: self.withdraw_button.setEnabled(not text.strip())
        )
        self.withdraw_button.setEnabled(not self.withdrawn.text().strip())

    def _withdraw_today(self) -> None:
        self.withdrawn.set_date(self._today)

    def state(self) -> tuple[object, ...]:
        return (
            self.consent_id,
            self.purpose.currentData(),
            self.granted.text(),
            self.text_version.text(),
            self.source.text(),
            self.withdrawn.text(),
        )


# --- the dialog -----------------------------------------------------------------------


class PersonDialog(QDialog):
    """Create (``person_id=None``) or edit a person. Emits :attr:`saved` with the stored
    :class:`PersonDetail` and closes after a successful save."""

    saved = Signal(object)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date,
        person_id: int | None = None,
        parent: QWidget | None = None,
        *,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self.person_id = person_id
        self.confirm = confirm or self._confirm
        self.read_only = not actor.may(Permission.PEOPLE_WRITE)
        self._version = 0
        with database.unit_of_work() as session:
            self.choices = people_choices(session, actor)
            detail = get_person(session, actor, person_id) if person_id is not None else None
        self.setMinimumSize(720, 540)
        self.resize(820, 600)

        self.title = heading(self, 1.3)
        self.banner = MessageBanner(self)
        self.reload_button = QPushButton(self.tr("Reloa&d"), self)
        self.reload_button.setToolTip(
            self.tr("Show the person as stored now; your input is discarded")
        )
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)

        self.tabs = QTabWidget(self)
        self._inputs: dict[str, tuple[QWidget, int]] = {}
        self._build_person_tab()
        self._build_membership_tab()
        self._build_groups_tab()
        self._build_consent_tab()
        self._build_custom_tab()
        self._build_notes_tab()

        self.buttons = QDialogButtonBox(self)
        if self.read_only:
            close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            close.clicked.connect(self.reject)
        else:
            self.save_button = QPushButton(self.tr("&Save"), self)
            self.save_button.setDefault(True)
            self.save_button.setToolTip(self.tr("Save the person (Ctrl+S or Enter)"))
            self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.save_button.clicked.connect(self.save)
            cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.clicked.connect(self.reject)
            QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        message_row = QHBoxLayout()
        message_row.addWidget(self.banner, 1)
        message_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(self.title)
        layout.addLayout(message_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.set_detail(detail)
        self.first_name.setFocus()

    # -- building the tabs -------------------------------------------------------------

    def _line(self, key: str, tab: int, width: int = 0) -> QLineEdit:
        edit = QLineEdit(self)
        if width:
            edit.setMaximumWidth(width)
        self._inputs[key] = (edit, tab)
        return edit

    def _build_person_tab(self) -> None:
        page = QWidget(self)
        tab = self.tabs.addTab(page, self.tr("&Person"))
        self.first_name = self._line("first_name", tab)
        self.last_name = self._line("last_name", tab)
        self.birth_date = DateField(page, placeholder=self.tr("no date"))
        self._inputs["birth_date"] = (self.birth_date, tab)
        birth_row = QHBoxLayout()
        birth_row.setSpacing(10)
        birth_row.addWidget(self.birth_date)
        hint = QLabel(self.tr("optional, e.g. 03.07.1958 — leave empty if not known"), page)
        hint.setStyleSheet(HINT_STYLE)
        birth_row.addWidget(hint, 1)
        self.street = self._line("street", tab)
        self.postal_code = self._line("postal_code", tab, 90)
        self.city = self._line("city", tab)
        self.email = self._line("email", tab)
        self.phone = self._line("phone", tab)
        self.mobile = self._line("mobile", tab)
        town = QHBoxLayout()
        town.setSpacing(6)
        town.addWidget(self.postal_code)
        town.addWidget(self.city, 1)

        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(self._section(self.tr("Name"), page))
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        form.addRow(self._buddy(self.tr("Date of &birth:"), self.birth_date), birth_row)
        form.addRow(self._section(self.tr("Address and contact"), page))
        form.addRow(self.tr("St&reet:"), self.street)
        form.addRow(self._buddy(self.tr("Post&code, town:"), self.postal_code), town)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("M&obile:"), self.mobile)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, widget.parentWidget())
        label.setBuddy(widget)
        return label

    def _section(self, text: str, parent: QWidget) -> QLabel:
        label = heading(parent, 1.05)
        label.setText(text)
        label.setContentsMargins(0, 8, 0, 2)
        return label

    def _build_membership_tab(self) -> None:
        page = QWidget(self)
        tab = self.tabs.addTab(page, self.tr("Me&mbership"))
        intro = QLabel(
            self.tr(
                "Periods of membership. When someone leaves, fill in “until”: the period "
                "stays on record. Someone who is not a member (a contact person, a "
                "participant) has no period."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.membership_rows: list[MembershipRow] = []
        self._membership_box = QVBoxLayout()
        self.add_membership_button = QPushButton(self.tr("Add membership period"), page)
        self.add_membership_button.clicked.connect(lambda: self.add_membership(None))
        self._inputs["membership_start"] = (page, tab)
        self._inputs["membership_end"] = (page, tab)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(self._membership_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_membership_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._membership_tab = tab

    def add_membership(self, draft: MembershipDraft | None) -> MembershipRow:
        row = MembershipRow(self.choices, draft, self)
        if draft is None:
            row.start.set_date(self._today)
        row.removed.connect(self._remove_membership)
        row.setEnabled(not self.read_only)
        self.membership_rows.append(row)
        self._membership_box.addWidget(row)
        return row

    def _remove_membership(self, row: MembershipRow) -> None:
        self.membership_rows.remove(row)
        row.hide()
        row.deleteLater()

    def _build_groups_tab(self) -> None:
        page = QWidget(self)
        tab = self.tabs.addTab(page, self.tr("&Groups"))
        self.groups = QListWidget(page)
        for choice in self.choices.groups:
            item = QListWidgetItem(choice.name, self.groups)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            if self.read_only:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        layout = QVBoxLayout(page)
        if not self.choices.groups:
            layout.addWidget(QLabel(self.tr("No groups yet (page Groups & partners)."), page))
        else:
            layout.addWidget(QLabel(self.tr("The groups this person belongs to:"), page))
        layout.addWidget(self.groups, 1)
        self._inputs["groups"] = (self.groups, tab)

    def _build_consent_tab(self) -> None:
        page = QWidget(self)
        tab = self.tabs.addTab(page, self.tr("Co&nsents"))
        intro = QLabel(
            self.tr(
                "Consents under the GDPR, each for one purpose. A withdrawn consent stays "
                "on record with the day it was withdrawn."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.consent_rows: list[ConsentRow] = []
        self._consent_box = QVBoxLayout()
        self._consent_box.setSpacing(8)
        content = QWidget(page)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.addLayout(self._consent_box)
        inner.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.add_consent_button = QPushButton(self.tr("Add consent"), page)
        self.add_consent_button.clicked.connect(lambda: self.add_consent(None))
        for key in ("consent_text_version", "consent_source", "consent_withdrawn"):
            self._inputs[key] = (page, tab)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_consent_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._consent_tab = tab

    def add_consent(self, draft: ConsentDraft | None) -> ConsentRow:
        row = ConsentRow(draft, self._today, self)
        row.removed.connect(self._remove_consent)
        row.setEnabled(not self.read_only)
        self.consent_rows.append(row)
        self._consent_box.addWidget(row)
        return row

    def _remove_consent(self, row: ConsentRow) -> None:
        self.consent_rows.remove(row)
        row.hide()
        row.deleteLater()

    def _build_custom_tab(self) -> None:
        self.custom_inputs: dict[int, tuple[CustomFieldView, QWidget]] = {}
        if not self.choices.custom_fields:
            return
        page = QWidget(self)
        tab = self.tabs.addTab(page, self.tr("O&wn fields"))
        form = QFormLayout(page)
        for definition in self.choices.custom_fields:
            widget: QWidget
            match definition.field_type:
                case CustomFieldType.DATE:
                    widget = DateField(page)
                case CustomFieldType.YES_NO:
                    widget = QCheckBox(page)
                case CustomFieldType.CHOICE:
                    combo = QComboBox(page)
                    combo.addItem("", "")
                    for choice in definition.choices:
                        combo.addItem(choice, choice)
                    widget = combo
                case _:
                    widget = QLineEdit(page)
            self.custom_inputs[definition.id] = (definition, widget)
            self._inputs[f"custom:{definition.label}"] = (widget, tab)
            form.addRow(f"{definition.label}:", widget)

    def _build_notes_tab(self) -> None:
        page = QWidget(self)
        tab = self.tabs.addTab(page, self.tr("No&tes"))
        self.notes = QPlainTextEdit(page)
        self._inputs["notes"] = (self.notes, tab)
        layout = QVBoxLayout(page)
        layout.addWidget(self.notes)

    # -- between the form and the views ------------------------------------------------

    def set_detail(self, detail: PersonDetail | None) -> None:
        """Show ``detail`` (``None``: an empty form for a new person)."""
        draft = detail.to_draft() if detail else PersonDraft()
        self._version = detail.version if detail else 0
        if detail is None:
            self.setWindowTitle(self.tr("New person"))
            self.title.setText(self.tr("New person"))
        else:
            self.setWindowTitle(self.tr("Person: {name}").format(name=detail.full_name))
            self.title.setText(detail.full_name)
        for edit, value in (
            (self.first_name, draft.first_name),
            (self.last_name, draft.last_name),
            (self.street, draft.street),
            (self.postal_code, draft.postal_code),
            (self.city, draft.city),
            (self.email, draft.email),
            (self.phone, draft.phone),
            (self.mobile, draft.mobile),
        ):
            edit.setText(value)
            edit.setCursorPosition(0)
            edit.setReadOnly(self.read_only)
        self.birth_date.set_date(draft.birth_date)
        self.birth_date.setReadOnly(self.read_only)
        self.notes.setPlainText(draft.notes)
        self.notes.setReadOnly(self.read_only)
        for membership_row in list(self.membership_rows):
            self._remove_membership(membership_row)
        for membership in draft.memberships:
            self.add_membership(membership)
        for consent_row in list(self.consent_rows):
            self._remove_consent(consent_row)
        for consent in draft.consents:
            self.add_consent(consent)
        for index in range(self.groups.count()):
            item = self.groups.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in draft.group_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        values = dict(draft.custom_values)
        for field_id, (definition, widget) in self.custom_inputs.items():
            self._set_custom(definition, widget, values.get(field_id, ""))
            widget.setEnabled(not self.read_only)
        self.add_membership_button.setVisible(not self.read_only)
        self.add_consent_button.setVisible(not self.read_only)
        self.clear_marks()
        self._snapshot = self._state()

    @staticmethod
    def _set_custom(definition: CustomFieldView, widget: QWidget, value: str) -> None:
        if isinstance(widget, DateField):
            widget.set_date(dt.date.fromisoformat(value) if value else None)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value == "true")
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, QLineEdit):
            number = definition.field_type is CustomFieldType.NUMBER
            widget.setText(value.replace(".", QLocale().decimalPoint()) if number else value)

    @staticmethod
    def _custom_text(widget: QWidget) -> str:
        if isinstance(widget, DateField):
            day = widget.date_value()
            return day.isoformat() if day else ""
        if isinstance(widget, QCheckBox):
            return "true" if widget.isChecked() else ""
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def _state(self) -> tuple[object, ...]:
        """Everything typed, as text: compared to see whether the form was changed."""
        custom = []
        for _definition, widget in self.custom_inputs.values():
            if isinstance(widget, QCheckBox):
                custom.append(str(widget.isChecked()))
            elif isinstance(widget, QComboBox):
                custom.append(widget.currentText())
            elif isinstance(widget, QLineEdit):
                custom.append(widget.text())
        return (
            tuple(
                edit.text()
                for edit in (
                    self.first_name,
                    self.last_name,
                    self.birth_date,
                    self.street,
                    self.postal_code,
                    self.city,
                    self.email,
                    self.phone,
                    self.mobile,
                )
            ),
            self.notes.toPlainText(),
            tuple(row.state() for row in self.membership_rows),
            tuple(row.state() for row in self.consent_rows),
            tuple(self._group_ids()),
            tuple(custom),
        )

    def has_changes(self) -> bool:
        return not self.read_only and self._state() != self._snapshot

    def _group_ids(self) -> list[int]:
        return [
            int(self.groups.item(index).data(Qt.ItemDataRole.UserRole))
            for index in range(self.groups.count())
            if self.groups.item(index).checkState() == Qt.CheckState.Checked
        ]

    def draft(self) -> tuple[PersonDraft, list[FieldInvalid]]:
        """The form as a draft, and the dates that could not be read (as problems)."""
        problems: list[FieldInvalid] = []

        def day(field: DateField, key: str) -> dt.date | None:
            try:
                return field.date_value()
            except ValueError:
                problems.append(FieldInvalid(key, "date_format", field.text().strip()[:40]))
                self._mark(field)
                return None

        birth = day(self.birth_date, "birth_date")
        memberships = []
        for row in self.membership_rows:
            start = day(row.start, "membership_start")
            end = day(row.end, "membership_end")
            if start is None and not row.start.text().strip():
                problems.append(FieldInvalid("membership_start", "required"))
                self._mark(row.start)
            if start is not None:
                memberships.append(
                    MembershipDraft(start, end, row.kind.currentData(), row.membership_id)
                )
        consents = []
        for consent_row in self.consent_rows:
            granted = day(consent_row.granted, "consent_granted")
            withdrawn = day(consent_row.withdrawn, "consent_withdrawn")
            if granted is None and not consent_row.granted.text().strip():
                problems.append(FieldInvalid("consent_granted", "required"))
                self._mark(consent_row.granted)
            if granted is not None:
                consents.append(
                    ConsentDraft(
                        ConsentPurpose(consent_row.purpose.currentData()),
                        granted,
                        consent_row.text_version.text(),
                        consent_row.source.text(),
                        withdrawn,
                        consent_row.consent_id,
                    )
                )
        custom: list[tuple[int, str]] = []
        for field_id, (definition, widget) in self.custom_inputs.items():
            try:
                custom.append((field_id, self._custom_text(widget)))
            except ValueError:
                key = f"custom:{definition.label}"
                problems.append(FieldInvalid(key, f"custom_{definition.field_type}"))
                self._mark(widget)
        draft = PersonDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            street=self.street.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            birth_date=birth,
            notes=self.notes.toPlainText(),
            memberships=tuple(memberships),
            group_ids=tuple(self._group_ids()),
            custom_values=tuple(custom),
            consents=tuple(consents),
        )
        return draft, problems

    # -- marking fields ----------------------------------------------------------------

    def _mark(self, widget: QWidget) -> None:
        mark_invalid(widget, focus=False)
        widget.setProperty("invalid", True)

    def clear_marks(self) -> None:
        for widget in self.findChildren(QWidget):
            if widget.property("invalid"):
                widget.setStyleSheet("")
                widget.setProperty("invalid", False)

    def marked_fields(self) -> list[QWidget]:
        return [widget for widget in self.findChildren(QWidget) if widget.property("invalid")]

    def mark_invalid(self, problem: FieldInvalid) -> None:
        """Highlight the input of ``problem`` (a row of a list where it can be found)."""
        target: QWidget | None = None
        if problem.field in ("membership_start", "membership_end"):
            for row in self.membership_rows:
                field = row.start if problem.field == "membership_start" else row.end
                value = _iso(field)
                if not problem.value or value == problem.value:
                    target = field
                    break
        elif problem.field.startswith("consent_"):
            target = self._consent_target(problem)
        else:
            entry = self._inputs.get(problem.field)
            target = entry[0] if entry else None
        if target is not None:
            self._mark(target)

    def _consent_target(self, problem: FieldInvalid) -> QWidget | None:
        for row in self.consent_rows:
            match problem.field:
                case "consent_text_version":
                    purpose = str(row.purpose.currentData())
                    too_long = problem.reason == "too_long"
                    if too_long or (
                        problem.value in ("", purpose) and not row.text_version.text().strip()
                    ):
                        return row.text_version
                case "consent_source" if len(row.source.text().strip()) > 200:
                    return row.source
                case "consent_withdrawn" if problem.value in ("", _iso(row.withdrawn)):
                    return row.withdrawn
                case "consent_granted" if not problem.value:
                    return row.granted
        return None

    def _tab_of(self, widget: QWidget) -> int:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                return index
        return -1

    # -- saving ------------------------------------------------------------------------

    def save(self) -> bool:
        """Check and store the form; ``False`` (input kept) when it cannot be saved."""
        if self.read_only:
            return False
        self.clear_marks()
        self.reload_button.hide()
        draft, problems = self.draft()  # dates that cannot be read, then everything else
        problems += person_problems(clean_draft(draft), self._today, self.choices.custom_fields)
        if problems:
            self._show_problems(problems)
            return False
        try:
            detail = self._store(draft, allow_duplicate=False)
        except DuplicatePerson as error:
            question = "\n\n".join(
                (
                    message_for(error),
                    self.tr("Add “{name}” anyway?").format(
                        name=f"{draft.first_name} {draft.last_name}".strip()
                    ),
                )
            )
            if not self.confirm(question):
                self.banner.show_error(message_for(error))
                return False
            try:
                detail = self._store(draft, allow_duplicate=True)
            except QuartierstreffError as second:
                return self._failed(second)
        except QuartierstreffError as error:
            return self._failed(error)
        self.person_id = detail.id
        self.set_detail(detail)
        self.saved.emit(detail)
        self.accept()
        return True

    def _store(self, draft: PersonDraft, *, allow_duplicate: bool) -> PersonDetail:
        with self._database.unit_of_work() as session:
            if self.person_id is None:
                return create_person(
                    session,
                    self._actor,
                    draft,
                    today=self._today,
                    allow_duplicate=allow_duplicate,
                )
            return update_person(
                session,
                self._actor,
                self.person_id,
                draft,
                today=self._today,
                expected_version=self._version,
            )

    def _failed(self, error: QuartierstreffError) -> bool:
        if isinstance(error, FieldInvalid):
            self._show_problems([error])
        else:
            self.banner.show_error(message_for(error))
            if isinstance(error, ConcurrentEdit):
                self.reload_button.show()
        return False

    def _show_problems(self, problems: list[FieldInvalid]) -> None:
        for problem in problems:
            self.mark_invalid(problem)
        messages = list(dict.fromkeys(message_for(problem) for problem in problems))
        self.banner.show_error("\n".join(messages))
        marked = self.marked_fields()
        if marked:
            tab = self._tab_of(marked[0])
            if tab >= 0:
                self.tabs.setCurrentIndex(tab)
            marked[0].setFocus()
        else:
            entry = self._inputs.get(problems[0].field)
            if entry is not None:
                self.tabs.setCurrentIndex(entry[1])

    def reload(self) -> None:
        """Show the person as stored now (after someone else saved)."""
        if self.person_id is None:
            return
        try:
            with self._database.unit_of_work() as session:
                detail = get_person(session, self._actor, self.person_id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.set_detail(detail)
        self.banner.clear_message()
        self.reload_button.hide()

    # -- closing -----------------------------------------------------------------------

    def reject(self) -> None:
        """Esc or Cancel: asks before unsaved input is thrown away."""
        if self.has_changes() and not self.confirm(self.tr("Discard your changes to this person?")):
            return
        super().reject()

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def _iso(field: DateField) -> str:
    try:
        day = field.date_value()
    except ValueError:
        return ""
    return day.isoformat() if day else ""
