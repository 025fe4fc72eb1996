"""Einstellungen ▸ Förderprogramme: the funding programmes, their rules as data.

The list shows name, funder, the call the definition follows and whether the programme is
offered for new applications. A programme is edited in :class:`ProgrammeDialog` (the main
figures and tables of cost categories, sections and attachments; saving checks the same
rules as a definition file), imported from or exported to a TOML file, (de)activated, and
the shipped programmes can be taken over again. The file format is described in
``resources/programmes/README.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from quartierstreff.dates import UnreadableDate, format_date, parse_date
from quartierstreff.db.engine import Database
from quartierstreff.money import UnreadableAmount, format_number, parse_money
from quartierstreff.services import programmes as programme_service
from quartierstreff.services.errors import (
    ProgrammeExists,
    ProgrammeInvalid,
    QuartierstreffError,
)
from quartierstreff.services.programmes import (
    STANDARD_COST_CATEGORIES,
    AttachmentRule,
    CostCategory,
    Programme,
    ProgrammeEntry,
    SectionRule,
)
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.dialogs.record import RecordDialog
from quartierstreff.ui.errors import message_for, programme_problem
from quartierstreff.ui.pages.groups import Confirm, RecordsModel, ask
from quartierstreff.ui.pages.settings_section import DialogSavedSection
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import hint_label
from quartierstreff.ui.widgets.lists import select_record, selected_record, set_up_record_list
from quartierstreff.ui.widgets.marks import mark_invalid

AskOpenPath = Callable[[QWidget], Path | None]
AskSavePath = Callable[[QWidget, str], Path | None]

_BLOCK_FIELD = re.compile(r"^(categories|sections|attachments)\[(\d+)\]\.(\w+)$")


def ask_open_path(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ProgrammesSettingsSection", "Import funding programme"),
        str(Path.home()),
        QCoreApplication.translate("ProgrammesSettingsSection", "Programme files (*.toml)"),
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ProgrammesSettingsSection", "Export funding programme"),
        str(Path.home() / suggested),
        QCoreApplication.translate("ProgrammesSettingsSection", "Programme files (*.toml)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".toml" else path.with_name(path.name + ".toml")


def write_text_file(path: Path, text: str) -> None:
    """UTF-8 through a temporary file beside ``path``: a failed write leaves no half file."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def _money_text(value: Decimal | None) -> str:
    return "" if value is None else format_number(value, 2)


def _percent_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format_number(value, 0 if value == value.to_integral_value() else 2)


# --- the dialog ------------------------------------------------------------------------------


class ProgrammeDialog(RecordDialog[ProgrammeEntry]):
    """Edit a programme's main rules and its tables; new when ``entry`` is None. What the
    dialog does not show (applicants, description, reporting rules) is kept as it is."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        entry: ProgrammeEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, parent)
        self.setObjectName("programmeDialog")
        self._actor = actor
        self._entry = entry
        self.setWindowTitle(
            self.tr("New funding programme") if entry is None else self.tr("Funding programme")
        )
        self.setMinimumWidth(760)

        def line(name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            return edit

        self.key_edit = line("keyEdit", self.tr("e.g. stadtteilfonds"))
        self.key_edit.setToolTip(
            self.tr("Lower-case letters, digits and _; applications and files refer to it")
        )
        self.name_edit = line("nameEdit")
        self.funder_edit = line("funderEdit")
        self.call_edit = line("callDateEdit", self.tr("e.g. 15.01.2025"))
        self.call_note_edit = line("callNoteEdit")
        self.min_edit = line("minGrantEdit", self.tr("no minimum"))
        self.max_edit = line("maxGrantEdit", self.tr("no maximum"))
        self.rate_edit = line("fundingRateEdit", self.tr("e.g. 80"))
        self.own_share_edit = line("ownShareEdit", self.tr("e.g. 10"))
        self.per_item_edit = line("perItemEdit", self.tr("no limit"))
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setObjectName("durationSpin")
        self.duration_spin.setRange(0, 120)
        self.duration_spin.setSpecialValueText(self.tr("no limit"))
        self.duration_spin.setSuffix(self.tr(" months"))
        self.deadlines_edit = line("deadlinesEdit", self.tr("e.g. 31.03.2025, 30.09.2025"))
        self.any_time_check = QCheckBox(self.tr("Applications possible at any time"), self)
        self.any_time_check.setObjectName("anyTimeCheck")
        self.any_time_check.toggled.connect(self._any_time_toggled)
        self.in_kind_check = QCheckBox(self.tr("Volunteer work counts as in-kind income"), self)
        self.in_kind_check.setObjectName("inKindCheck")
        self.hour_rate_edit = line("hourRateEdit", self.tr("e.g. 15,00"))

        form = QFormLayout()
        form.addRow(self.tr("Key:"), self.key_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Funder:"), self.funder_edit)
        form.addRow(self.tr("Call of:"), self.call_edit)
        form.addRow(self.tr("Note on the call:"), self.call_note_edit)
        money = QFormLayout()
        money.addRow(self.tr("Minimum grant (€):"), self.min_edit)
        money.addRow(self.tr("Maximum grant (€):"), self.max_edit)
        money.addRow(self.tr("Maximum funding rate (%):"), self.rate_edit)
        money.addRow(self.tr("Minimum own share (%):"), self.own_share_edit)
        money.addRow(self.tr("Maximum per item (€):"), self.per_item_edit)
        money.addRow(self.tr("Longest project period:"), self.duration_spin)
        money.addRow(self.tr("Deadlines:"), self.deadlines_edit)
        money.addRow("", self.any_time_check)
        money.addRow("", self.in_kind_check)
        money.addRow(self.tr("Value of a volunteer hour (€):"), self.hour_rate_edit)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(16)
        columns.addLayout(money, 1)

        self.categories = _BlockTable(
            self,
            "categoriesTable",
            [self.tr("Key"), self.tr("Label"), self.tr("Max. per item (€)")],
            checkable=(),
        )
        self.sections = _BlockTable(
            self,
            "sectionsTable",
            [
                self.tr("Key"),
                self.tr("Title"),
                self.tr("Help text"),
                self.tr("Required"),
                self.tr("Max. characters"),
            ],
            checkable=(3,),
            stretch=2,
        )
        self.attachments = _BlockTable(
            self,
            "attachmentsTable",
            [self.tr("Key"), self.tr("Title"), self.tr("Required")],
            checkable=(2,),
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("programmeTabs")
        self.tabs.addTab(self.categories, self.tr("Cost categories"))
        self.tabs.addTab(self.sections, self.tr("Sections of the application"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self._tables = {
            "categories": (0, self.categories),
            "sections": (1, self.sections),
            "attachments": (2, self.attachments),
        }

        self._inputs = {
            "key": self.key_edit,
            "name": self.name_edit,
            "funder": self.funder_edit,
            "call_date": self.call_edit,
            "call_note": self.call_note_edit,
            "min_grant": self.min_edit,
            "max_grant": self.max_edit,
            "max_funding_rate": self.rate_edit,
            "min_own_share": self.own_share_edit,
            "max_per_item": self.per_item_edit,
            "duration_months": self.duration_spin,
            "deadlines": self.deadlines_edit,
            "any_time": self.any_time_check,
            "in_kind_allowed": self.in_kind_check,
            "volunteer_hour_rate": self.hour_rate_edit,
        }
        message_row, buttons = self._message_and_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(message_row)
        layout.addWidget(buttons)
        self._show_programme(entry.programme if entry is not None else None)
        self.resize(880, 640)

    # -- showing --------------------------------------------------------------------------

    def _show_programme(self, programme: Programme | None) -> None:
        p = programme or Programme(
            key="",
            name="",
            funder="",
            categories=tuple(CostCategory(k, v) for k, v in STANDARD_COST_CATEGORIES.items()),
        )
        self.key_edit.setText(p.key)
        self.name_edit.setText(p.name)
        self.funder_edit.setText(p.funder)
        self.call_edit.setText(format_date(p.call_date) if p.call_date else "")
        self.call_note_edit.setText(p.call_note)
        self.min_edit.setText(_money_text(p.min_grant))
        self.max_edit.setText(_money_text(p.max_grant))
        self.rate_edit.setText(_percent_text(p.max_funding_rate))
        self.own_share_edit.setText(_percent_text(p.min_own_share))
        self.per_item_edit.setText(_money_text(p.max_per_item))
        self.duration_spin.setValue(p.duration_months or 0)
        self.deadlines_edit.setText(", ".join(format_date(day) for day in p.deadlines))
        self.any_time_check.setChecked(p.any_time)
        self._any_time_toggled(p.any_time)
        self.in_kind_check.setChecked(p.in_kind_allowed)
        self.hour_rate_edit.setText(_money_text(p.volunteer_hour_rate))
        self.categories.set_rows(
            [[c.key, c.label, _money_text(c.max_per_item)] for c in p.categories]
        )
        self.sections.set_rows(
            [[s.key, s.title, s.help, s.required, str(s.max_chars or "")] for s in p.sections]
        )
        self.attachments.set_rows([[a.key, a.title, a.required] for a in p.attachments])

    def _any_time_toggled(self, checked: bool) -> None:
        self.deadlines_edit.setEnabled(not checked)

    # -- reading ------------------------------------------------------------------------------

    def programme(self) -> Programme:
        """The programme as entered. Raises ProgrammeInvalid (field as in a file) for a
        value that cannot even be read; the rules are checked when it is saved."""
        base = self._entry.programme if self._entry is not None else Programme("", "", "")
        call = _date(self.call_edit.text(), "call_date")
        deadlines: set[dt.date] = set()
        if not self.any_time_check.isChecked():
            for part in re.split(r"[,;\s]+", self.deadlines_edit.text()):
                day = _date(part, "deadlines")
                if day is not None:
                    deadlines.add(day)
        categories = tuple(
            CostCategory(
                key=row[0],
                label=row[1] or STANDARD_COST_CATEGORIES.get(row[0], ""),
                max_per_item=_amount(row[2], f"categories[{number}].max_per_item"),
            )
            for number, row in self.categories.rows()
        )
        sections = tuple(
            SectionRule(
                key=row[0],
                title=row[1],
                help=row[2],
                required=row[3] == "1",
                max_chars=_whole(row[4], f"sections[{number}].max_chars"),
            )
            for number, row in self.sections.rows()
        )
        attachments = tuple(
            AttachmentRule(key=row[0], title=row[1], required=row[2] == "1")
            for _number, row in self.attachments.rows()
        )
        return replace(
            base,
            key=self.key_edit.text().strip(),
            name=self.name_edit.text().strip(),
            funder=self.funder_edit.text().strip(),
            call_date=call,
            call_note=self.call_note_edit.text().strip(),
            min_grant=_amount(self.min_edit.text(), "min_grant"),
            max_grant=_amount(self.max_edit.text(), "max_grant"),
            max_funding_rate=_percent(self.rate_edit.text(), "max_funding_rate"),
            min_own_share=_percent(self.own_share_edit.text(), "min_own_share"),
            max_per_item=_amount(self.per_item_edit.text(), "max_per_item"),
            duration_months=self.duration_spin.value() or None,
            deadlines=tuple(sorted(deadlines)),
            any_time=self.any_time_check.isChecked(),
            in_kind_allowed=self.in_kind_check.isChecked(),
            volunteer_hour_rate=_amount(self.hour_rate_edit.text(), "volunteer_hour_rate"),
            categories=categories,
            sections=sections,
            attachments=attachments,
        )

    # -- saving -------------------------------------------------------------------------------

    def accept(self) -> None:
        for widget in self._inputs.values():
            widget.setStyleSheet("")
        for _tab, table in self._tables.values():
            table.clear_marks()
        try:
            # The rules of a definition file, checked before anything is stored; the
            # service checks them again.
            programme_service.check_programme(self.programme())
        except ProgrammeInvalid as error:
            self._show_invalid(error)
            return
        super().accept()

    def _store(self, session: Session) -> ProgrammeEntry:
        return programme_service.save_programme(
            session,
            self._actor,
            self.programme(),
            programme_id=self._entry.id if self._entry is not None else None,
            expected_version=self._entry.version if self._entry is not None else 0,
        )

    def _fetch(self, session: Session) -> ProgrammeEntry | None:
        if self._entry is None:
            return None
        return programme_service.get_programme(session, self._actor, self._entry.id)

    def _show_fresh(self, view: ProgrammeEntry) -> None:
        self._entry = view
        self._show_programme(view.programme)

    def _show_invalid(self, error: ProgrammeInvalid) -> None:
        """Mark the input (or the table cell) and say what is wrong with it."""
        found = _BLOCK_FIELD.match(error.field)
        if found is not None:
            block, number, name = found.group(1), int(found.group(2)) - 1, found.group(3)
            tab, table = self._tables[block]
            self.tabs.setCurrentIndex(tab)
            table.mark(number, name)
            where = self.tr("{table}, row {row}").format(
                table=self.tabs.tabText(tab), row=number + 1
            )
        else:
            mark_invalid(self._inputs.get(error.field.split(".")[0]))
            where = self._label(error.field)
        self.banner.show_error(f"{where}: {programme_problem(error)}.")

    def _label(self, field: str) -> str:
        labels = {
            "key": self.tr("Key"),
            "name": self.tr("Name"),
            "funder": self.tr("Funder"),
            "call_date": self.tr("Call of"),
            "call_note": self.tr("Note on the call"),
            "min_grant": self.tr("Minimum grant"),
            "max_grant": self.tr("Maximum grant"),
            "max_funding_rate": self.tr("Maximum funding rate"),
            "min_own_share": self.tr("Minimum own share"),
            "max_per_item": self.tr("Maximum per item"),
            "duration_months": self.tr("Longest project period"),
            "deadlines": self.tr("Deadlines"),
            "any_time": self.tr("Applications possible at any time"),
            "volunteer_hour_rate": self.tr("Value of a volunteer hour"),
        }
        return labels.get(field, field)


def _amount(text: str, field: str) -> Decimal | None:
    try:
        return parse_money(text)
    except UnreadableAmount as error:
        reason = "amount_negative" if error.reason == "negative" else "amount"
        raise ProgrammeInvalid("", None, field, reason, text.strip()) from None


def _percent(text: str, field: str) -> Decimal | None:
    cleaned = text.strip().removesuffix("%").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ProgrammeInvalid("", None, field, "percent", text.strip()) from None


def _whole(text: str, field: str) -> int | None:
    cleaned = text.strip().replace(".", "")
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ProgrammeInvalid("", None, field, "type", "int")
    return int(cleaned)


def _date(text: str, field: str) -> dt.date | None:
    try:
        return parse_date(text)
    except UnreadableDate:
        raise ProgrammeInvalid("", None, field, "date", text.strip()) from None


class _BlockTable(QWidget):
    """An editable table of blocks (categories, sections, attachments) with Add/Remove."""

    def __init__(
        self,
        parent: QWidget,
        name: str,
        headers: list[str],
        *,
        checkable: tuple[int, ...],
        stretch: int = 1,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._checkable = checkable
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.view = QTableView(self)
        self.view.setObjectName(name)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if stretch != 1:
            header.resizeSection(1, 260)
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.remove_button.setObjectName(f"{name}Remove")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _item(self, column: int, value: str | bool) -> QStandardItem:
        if column in self._checkable:
            item = QStandardItem()
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            return item
        return QStandardItem(str(value))

    def set_rows(self, rows: list[list[str | bool]]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            self.model.appendRow([self._item(c, v) for c, v in enumerate(row)])
        self.view.resizeColumnToContents(0)

    def add_row(self) -> None:
        defaults: list[str | bool] = [
            True if column in self._checkable else "" for column in range(len(self._headers))
        ]
        self.model.appendRow([self._item(c, v) for c, v in enumerate(defaults)])
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_row(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        for row in reversed(rows):
            self.model.removeRow(row)

    def rows(self) -> list[tuple[int, list[str]]]:
        """(number as the file counts blocks, texts) of every row that is not empty; a
        check box reads "1" or "0"."""
        result: list[tuple[int, list[str]]] = []
        for row in range(self.model.rowCount()):
            values = []
            for column in range(len(self._headers)):
                item = self.model.item(row, column)
                if column in self._checkable:
                    checked = item is not None and item.checkState() == Qt.CheckState.Checked
                    values.append("1" if checked else "0")
                else:
                    values.append(item.text().strip() if item is not None else "")
            texts = [v for c, v in enumerate(values) if c not in self._checkable]
            if any(texts):
                result.append((len(result), values))
        return result

    def mark(self, number: int, field: str) -> None:
        """Select the cell of the ``number``-th non-empty row for ``field``."""
        names = {
            "key": 0,
            "label": 1,
            "title": 1,
            "help": 2,
            "max_per_item": 2,
            "required": len(self._headers) - 1 if len(self._headers) == 3 else 3,
            "max_chars": 4,
        }
        filled = [
            row
            for row in range(self.model.rowCount())
            if any(
                (self.model.item(row, c).text().strip() if self.model.item(row, c) else "")
                for c in range(len(self._headers))
                if c not in self._checkable
            )
        ]
        if not 0 <= number < len(filled):
            return
        column = min(names.get(field, 0), len(self._headers) - 1)
        index = self.model.index(filled[number], column)
        self.view.setCurrentIndex(index)
        item = self.model.itemFromIndex(index)
        if item is not None:
            item.setBackground(Qt.GlobalColor.yellow)

    def clear_marks(self) -> None:
        for row in range(self.model.rowCount()):
            for column in range(len(self._headers)):
                item = self.model.item(row, column)
                if item is not None:
                    item.setData(None, Qt.ItemDataRole.BackgroundRole)


# --- the section -----------------------------------------------------------------------------


class ProgrammesModel(RecordsModel[ProgrammeEntry]):
    pass


class ProgrammesSettingsSection(DialogSavedSection):
    """The list of programmes with Edit, New, Import, Export, (De)activate and "take
    over the shipped programmes"."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
        open_path: AskOpenPath = ask_open_path,
        save_path: AskSavePath = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programmesSection")
        self._database = database
        self._actor = actor
        self._confirm = confirm
        self._open_path = open_path
        self._save_path = save_path
        self.may_write = actor.may(Permission.FUNDING_WRITE)
        self.dialog: ProgrammeDialog | None = None

        intro = hint_label(
            self.tr(
                "The rules of each funding programme: grant range, funding rate, cost "
                "categories, sections and attachments. Applications are checked against "
                "them. Before applying, compare the figures with the funder's current call. "
                "A deactivated programme is not offered for new applications."
            ),
            self,
        )
        self.model = ProgrammesModel(
            [
                (self.tr("Name"), lambda e: e.programme.name),
                (self.tr("Funder"), lambda e: e.programme.funder),
                (
                    self.tr("Call of"),
                    lambda e: format_date(e.programme.call_date) if e.programme.call_date else "",
                ),
                (self.tr("Active"), lambda e: self.tr("yes") if e.is_active else self.tr("no")),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("programmesTable")
        self.table.setModel(self.model)
        set_up_record_list(self.table, 0)
        self.table.setMinimumHeight(170)
        self.table.setMaximumHeight(260)
        self.table.doubleClicked.connect(self.edit_programme)

        def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
            created = QPushButton(text, self)
            created.setObjectName(name)
            created.clicked.connect(slot)
            return created

        self.edit_button = button(self.tr("&Edit…"), "editProgrammeButton", self.edit_programme)
        self.new_button = button(self.tr("New…"), "newProgrammeButton", self.new_programme)
        self.import_button = button(
            self.tr("&Import…"), "importProgrammeButton", self.import_programme
        )
        self.export_button = button(
            self.tr("E&xport…"), "exportProgrammeButton", self.export_programme
        )
        self.active_button = button(
            self.tr("Deactivate"), "activeProgrammeButton", self.toggle_active
        )
        self.shipped_button = button(
            self.tr("Take over shipped programmes"),
            "shippedProgrammesButton",
            self.install_shipped,
        )
        self.shipped_button.setToolTip(
            self.tr(
                "Add the programmes that come with Quartierstreff and are missing here; "
                "programmes already here stay as they are"
            )
        )
        self.buttons = [
            self.edit_button,
            self.new_button,
            self.import_button,
            self.export_button,
            self.active_button,
            self.shipped_button,
        ]
        column = QVBoxLayout()
        for each in self.buttons:
            each.setVisible(self.may_write or each is self.export_button)
            column.addWidget(each)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(column)

        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- the list ---------------------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        """Show the programmes as stored; ``select_id`` (or else the one selected now)
        stays selected."""
        if select_id is None:
            current = self.selected()
            select_id = current.id if current is not None else None
        try:
            with self._database.unit_of_work() as session:
                listed = programme_service.list_programmes(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.model.set_rows(listed)
        if select_id is not None:
            select_record(self.table, self.model.rows, select_id)
        self._update_buttons()

    def selected(self) -> ProgrammeEntry | None:
        return selected_record(self.table, self.model.rows)

    def select(self, programme_id: int) -> None:
        select_record(self.table, self.model.rows, programme_id)

    def _update_buttons(self) -> None:
        entry = self.selected()
        for each in (self.edit_button, self.export_button, self.active_button):
            each.setEnabled(entry is not None)
        self.active_button.setText(
            self.tr("Activate")
            if entry is not None and not entry.is_active
            else self.tr("Deactivate")
        )

    # -- actions ------------------------------------------------------------------------------

    def _open(self, dialog: ProgrammeDialog) -> ProgrammeDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._after_dialog(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _after_dialog(self, dialog: ProgrammeDialog) -> None:
        if dialog.saved is not None:
            self.load(dialog.saved.id)
            self.banner.show_success(
                self.tr("The funding programme “{name}” has been saved.").format(
                    name=dialog.saved.programme.name
                )
            )

    def edit_programme(self) -> ProgrammeDialog | None:
        entry = self.selected()
        if entry is None or not self.may_write:
            return None
        return self._open(ProgrammeDialog(self._database, self._actor, entry, self))

    def new_programme(self) -> ProgrammeDialog | None:
        if not self.may_write:
            return None
        return self._open(ProgrammeDialog(self._database, self._actor, None, self))

    def import_programme(self) -> None:
        if not self.may_write:
            return
        path = self._open_path(self)
        if path is None:
            return
        try:
            programme = programme_service.read_programme_file(path)
            text = programme_service.programme_toml(programme)
            try:
                with self._database.unit_of_work() as session:
                    entry = programme_service.import_programme(
                        session, self._actor, text, source=path.name
                    )
            except ProgrammeExists as exists:
                question = self.tr(
                    "The funding programme “{name}” already exists. Replace it with the "
                    "definition from “{file}”? Its applications stay and are checked against "
                    "the new rules."
                ).format(name=exists.name, file=path.name)
                if not self._confirm(self, self.tr("Replace funding programme"), question):
                    self.banner.show_error(self.tr("Nothing was imported."))
                    return
                with self._database.unit_of_work() as session:
                    entry = programme_service.import_programme(
                        session, self._actor, text, source=path.name, replace=True
                    )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.load(entry.id)
        self.banner.show_success(
            self.tr("The funding programme “{name}” has been imported.").format(
                name=entry.programme.name
            )
        )

    def export_programme(self) -> Path | None:
        entry = self.selected()
        if entry is None:
            return None
        path = self._save_path(self, f"{entry.programme.key}.toml")
        if path is None:
            return None
        try:
            with self._database.unit_of_work() as session:
                text = programme_service.export_programme(session, self._actor, entry.id)
            write_text_file(path, text)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        except OSError as error:
            self.banner.show_error(
                self.tr("The file {path} could not be written: {reason}.").format(
                    path=path, reason=error.strerror or type(error).__name__
                )
            )
            return None
        self.banner.show_success(
            self.tr("The funding programme “{name}” has been saved in {path}.").format(
                name=entry.programme.name, path=path
            )
        )
        return path

    def toggle_active(self) -> None:
        entry = self.selected()
        if entry is None or not self.may_write:
            return
        try:
            with self._database.unit_of_work() as session:
                changed = programme_service.set_programme_active(
                    session,
                    self._actor,
                    entry.id,
                    not entry.is_active,
                    expected_version=entry.version,
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.load(entry.id)
            return
        self.load(entry.id)
        message = (
            self.tr("“{name}” is offered for new applications again.")
            if changed.is_active
            else self.tr("“{name}” is no longer offered for new applications.")
        )
        self.banner.show_success(message.format(name=entry.programme.name))

    def install_shipped(self) -> int:
        if not self.may_write:
            return 0
        try:
            with self._database.unit_of_work() as session:
                added = programme_service.install_shipped_programmes(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return 0
        self.load()
        if added:
            self.banner.show_success(
                self.tr("Shipped funding programmes taken over: %n.", "", added)
            )
        else:
            self.banner.show_success(self.tr("All shipped funding programmes are already here."))
        return added
