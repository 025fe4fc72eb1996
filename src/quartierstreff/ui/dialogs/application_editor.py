"""The window where a funding application (Förderantrag) is written: the project's head
data, the text of every section the programme asks for, the cost and financing plan, the
attachments checklist and the checks against the programme, with the PDF to submit.

Sections save themselves like the minutes, by the rule of ``ui/widgets/autosave.py``, and
switching the section, leaving the editor, switching the tab and closing save at once.
Text over a section's limit is saved too (nothing is lost) and shown as a finding. The
head data and the plan are saved with their own button, with optimistic locking: when
someone else saved the application meanwhile, the input stays and Reload is offered.

Every question is a replaceable attribute of :class:`ApplicationEditor` (``confirm``,
``ask_unsaved``, ``choose_path``), so tests answer them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from quartierstreff import clock
from quartierstreff.dates import format_date as plain_date
from quartierstreff.db.engine import Database
from quartierstreff.db.models import AuditAction, PlanLineKind
from quartierstreff.money import UnreadableAmount, format_money, format_number, parse_money
from quartierstreff.reports.application import write_application
from quartierstreff.services import audit, funding
from quartierstreff.services.errors import ConcurrentEdit, FieldInvalid, QuartierstreffError
from quartierstreff.services.funding import (
    ApplicationDraft,
    ApplicationView,
    Finding,
    PlanLineDraft,
    PlanLineView,
    TextBlockView,
)
from quartierstreff.services.programmes import INCOME_KINDS, STANDARD_COST_CATEGORIES, Programme
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.backup import ThreadCall
from quartierstreff.ui.dialogs.booking import PersonField
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import date_pattern, from_qdate, to_qdate
from quartierstreff.ui.widgets.autosave import AutosaveTimer
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.files import PathChooser, ask_pdf_path, open_file
from quartierstreff.ui.widgets.labels import HINT_STYLE, hint_label, subheading
from quartierstreff.ui.widgets.lists import busy_bar
from quartierstreff.ui.widgets.marks import mark_invalid

_ID = Qt.ItemDataRole.UserRole
_ERROR_COLOUR = "#b3261e"
_WARNING_COLOUR = "#8a5a00"
_OK_COLOUR = "#1d5c46"
_BAD_CELL = QColor("#fde0dc")
AUDIT_DOCUMENT = "Förderantrag als PDF"
AUDIT_DRAFT = "Förderantrag als PDF (Entwurf)"
"""The audit trail's summaries of a written PDF (as ``report application`` records)."""
_NO_DATE = QDate(2000, 1, 1)
"""The date edits' minimum, shown as "not set"."""

Confirm = Callable[[QWidget | None, str], bool]
"""Asks a yes/no question and says whether the user agreed."""
AskUnsaved = Callable[[QWidget | None, str], str]
"""Asks what to do with unsaved input: ``"save"``, ``"discard"`` or ``"cancel"``."""
Index = QModelIndex | QPersistentModelIndex


def ask_yes_no(parent: QWidget | None, text: str) -> bool:
    """The default question (a modal message box)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ApplicationEditor", "Funding application"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_discard(parent: QWidget | None, text: str) -> str:
    """The default question about unsaved input (Save / Discard / Cancel)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ApplicationEditor", "Funding application"),
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def _ask_application_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_pdf_path(
        parent,
        QCoreApplication.translate("ApplicationEditor", "Save application as PDF"),
        suggested,
    )


def pdf_file_name(title: str) -> str:
    """``Foerderantrag-Nachbarschaftsgespraeche-Sued.pdf``: the title without characters
    file systems dislike."""
    replaced = title
    for german, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        replaced = replaced.replace(german, plain).replace(german.upper(), plain.capitalize())
    words = re.findall(r"[A-Za-z0-9]+", replaced)
    name = "-".join(words)[:60].strip("-")
    return f"Foerderantrag-{name}.pdf" if name else "Foerderantrag.pdf"


# --- reading numbers ------------------------------------------------------------------

_GROUPED = re.compile(r"^[1-9][0-9]{0,2}(?:\.[0-9]{3})+$")
_DECIMAL = re.compile(r"^([0-9]+)(?:[.,]([0-9]+))?$")


def parse_quantity(text: str) -> Decimal | None:
    """A quantity as a German writes it: ``2``, ``2,5``, ``1.000`` (a thousand),
    ``0,125``; ``None`` for empty text. Raises :class:`UnreadableAmount` (``format``,
    ``negative`` or ``places`` for more than three decimals)."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if cleaned.startswith("-"):
        raise UnreadableAmount("negative", text.strip())
    if _GROUPED.match(cleaned):
        return Decimal(cleaned.replace(".", ""))
    if "," in cleaned:  # 1.234,5: dots are thousands
        euros, _sep, rest = cleaned.rpartition(",")
        if euros and _GROUPED.match(euros):
            cleaned = euros.replace(".", "") + "," + rest
    match = _DECIMAL.match(cleaned)
    if match is None:
        raise UnreadableAmount("format", text.strip())
    whole, places = match.groups()
    if places is not None and len(places) > funding.QUANTITY_PLACES:
        raise UnreadableAmount("places", text.strip())
    try:
        return Decimal(f"{whole}.{places or '0'}").normalize() + Decimal(0)
    except InvalidOperation as error:  # pragma: no cover - the pattern rules it out
        raise UnreadableAmount("format", text.strip()) from error


def quantity_text(quantity: Decimal) -> str:
    """``2``, ``2,5``, ``1.000``: as few decimals as the quantity needs."""
    places = max(0, -quantity.normalize().as_tuple().exponent)  # type: ignore[operator]
    return format_number(quantity, min(int(places), funding.QUANTITY_PLACES))


def price_text(amount: Decimal) -> str:
    return format_number(amount, 2)


def percent_text(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = format_number(value, 2)
    return (text[:-3] if text.endswith(",00") else text) + " %"


def _amount_problem(reason: str, text: str) -> str:
    if reason == "negative":
        return QCoreApplication.translate(
            "ApplicationEditor", "No minus here: “{text}”. Amounts in the plan are positive."
        ).format(text=text)
    if reason == "cents":
        return QCoreApplication.translate(
            "ApplicationEditor", "“{text}” has more than two decimal places; write e.g. 12,50."
        ).format(text=text)
    if reason == "unclear":
        return QCoreApplication.translate(
            "ApplicationEditor",
            "“{text}” is unclear: a thousand is written 1.234, one euro and a bit 1,23.",
        ).format(text=text)
    return QCoreApplication.translate(
        "ApplicationEditor", "“{text}” is not an amount of money; write e.g. 1.234,50."
    ).format(text=text)


def _quantity_problem(reason: str, text: str) -> str:
    if reason == "negative":
        return QCoreApplication.translate(
            "ApplicationEditor", "No minus here: “{text}”. The quantity is positive."
        ).format(text=text)
    if reason == "places":
        return QCoreApplication.translate(
            "ApplicationEditor", "“{text}” has more than three decimal places."
        ).format(text=text)
    return QCoreApplication.translate(
        "ApplicationEditor", "“{text}” is not a number; write e.g. 2 or 2,5."
    ).format(text=text)


# --- the plan table -------------------------------------------------------------------


@dataclass
class _Line:
    """One row of a plan table as typed (texts kept, so a bad cell stays to be fixed)."""

    category: str
    description: str = ""
    quantity_text: str = "1"
    quantity: Decimal | None = Decimal(1)
    unit: str = ""
    price_text: str = ""
    price: Decimal | None = None
    line_id: int | None = None
    problems: dict[int, str] = field(default_factory=dict)

    @property
    def amount(self) -> Decimal | None:
        if self.quantity is None or self.price is None or self.problems:
            return None
        return funding.line_amount(self.quantity, self.price)


class PlanModel(QAbstractTableModel):
    """The cost lines or the income lines of a plan, editable in place. Quantity and
    unit price are read as German numbers as they are typed; a cell that cannot be read
    keeps the text, turns red and says why in its tooltip (never counted as zero)."""

    CATEGORY, DESCRIPTION, QUANTITY, UNIT, PRICE, AMOUNT = range(6)
    edited = Signal()

    def __init__(
        self,
        kind: PlanLineKind,
        programme: Programme,
        *,
        editable: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.programme = programme
        self.editable = editable
        self.lines: list[_Line] = []
        self._headers = [
            self.tr("Category") if kind == PlanLineKind.COST else self.tr("Kind"),
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Unit"),
            self.tr("Unit price (€)"),
            self.tr("Amount"),
        ]

    # -- choices -----------------------------------------------------------------------

    def choices(self, current: str = "") -> list[tuple[str, str]]:
        """(key, label) offered in the category column; ``current`` is kept even when the
        programme does not allow it (the checks say so)."""
        if self.kind == PlanLineKind.COST:
            if self.programme.categories:
                options = [(c.key, c.label) for c in self.programme.categories]
            else:
                options = list(STANDARD_COST_CATEGORIES.items())
        else:
            options = [
                (key, label)
                for key, label in INCOME_KINDS.items()
                if key != funding.IN_KIND or self.programme.in_kind_allowed
            ]
        if current and current not in {key for key, _ in options}:
            options.append((current, self.label(current)))
        return options

    def label(self, key: str) -> str:
        return funding.category_label(self.programme, self.kind, key)

    # -- content -----------------------------------------------------------------------

    def set_lines(self, views: Sequence[PlanLineView]) -> None:
        self.beginResetModel()
        self.lines = [
            _Line(
                category=view.category,
                description=view.description,
                quantity_text=quantity_text(view.quantity),
                quantity=view.quantity,
                unit=view.unit,
                price_text=price_text(view.unit_price),
                price=view.unit_price,
                line_id=view.id,
            )
            for view in views
        ]
        self.endResetModel()

    def add_line(
        self,
        category: str | None = None,
        description: str = "",
        quantity: Decimal = Decimal(1),
        unit: str = "",
        price: Decimal | None = None,
    ) -> int:
        """Append a line and return its row."""
        if category is None:
            options = self.choices()
            category = options[0][0] if options else ""
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(
            _Line(
                category=category,
                description=description,
                quantity_text=quantity_text(quantity),
                quantity=quantity,
                unit=unit,
                price_text="" if price is None else price_text(price),
                price=price,
            )
        )
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.lines[row]
        self.endRemoveRows()
        self.edited.emit()

    def move_line(self, row: int, delta: int) -> int:
        """Move a line up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self.lines) and 0 <= target < len(self.lines)):
            return row
        # Qt's destination row is "before which row", counted before the move.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.lines.insert(target, self.lines.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target

    def problems(self) -> list[tuple[int, int, str]]:
        """(row, column, sentence) of every cell that could not be read."""
        return [
            (row, column, text)
            for row, line in enumerate(self.lines)
            for column, text in sorted(line.problems.items())
        ]

    def drafts(self) -> list[PlanLineDraft]:
        """The lines that can be read (all of them when :meth:`problems` is empty)."""
        return [
            PlanLineDraft(
                kind=self.kind,
                category=line.category,
                description=line.description,
                quantity=line.quantity if line.quantity is not None else Decimal(0),
                unit=line.unit,
                unit_price=line.price if line.price is not None else Decimal(0),
            )
            for line in self.lines
            if not line.problems and line.quantity is not None and line.price is not None
        ]

    def mark(self, row: int, column: int, text: str) -> None:
        """Show a refusal (from the service) on a cell."""
        if 0 <= row < len(self.lines):
            self.lines[row].problems[column] = text
            self._row_changed(row)

    def clear_marks(self) -> None:
        for row, line in enumerate(self.lines):
            kept = {
                column: text
                for column, text in line.problems.items()
                if column in (self.QUANTITY, self.PRICE) and self._unreadable(line, column)
            }
            if kept != line.problems:
                line.problems = kept
                self._row_changed(row)

    def _unreadable(self, line: _Line, column: int) -> bool:
        return (line.quantity if column == self.QUANTITY else line.price) is None

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() != self.AMOUNT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.CATEGORY:
                return line.category
            return self._display(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in line.problems:
                return line.problems[column]
            if column == self.AMOUNT and line.amount is None:
                return self.tr("Correct the quantity or unit price of this line first.")
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column in line.problems:
            return QBrush(_BAD_CELL)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.QUANTITY,
            self.PRICE,
            self.AMOUNT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.AMOUNT:
            return None
        return None

    def _display(self, line: _Line, column: int) -> str:
        if column == self.CATEGORY:
            return self.label(line.category)
        if column == self.DESCRIPTION:
            return line.description
        if column == self.QUANTITY:
            return line.quantity_text
        if column == self.UNIT:
            return line.unit
        if column == self.PRICE:
            return line.price_text
        amount = line.amount
        return "—" if amount is None else format_money(amount)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        line = self.lines[index.row()]
        column = index.column()
        text = "" if value is None else str(value)
        if column == self.CATEGORY:
            if text == line.category:
                return False
            line.category = text
            line.problems.pop(column, None)
        elif column in (self.DESCRIPTION, self.UNIT):
            attribute = "description" if column == self.DESCRIPTION else "unit"
            if text == getattr(line, attribute):
                return False  # an editor closed unchanged: a refusal's mark stays
            setattr(line, attribute, text)
            line.problems.pop(column, None)
        elif column == self.QUANTITY:
            line.quantity_text = text.strip()
            try:
                line.quantity = parse_quantity(text)
            except UnreadableAmount as error:
                line.quantity = None
                line.problems[column] = _quantity_problem(error.reason, error.text)
            else:
                if line.quantity is None:
                    line.problems[column] = self.tr("The quantity is missing.")
                else:
                    line.problems.pop(column, None)
                    line.quantity_text = quantity_text(line.quantity)
        elif column == self.PRICE:
            line.price_text = text.strip()
            try:
                line.price = parse_money(text)
            except UnreadableAmount as error:
                line.price = None
                line.problems[column] = _amount_problem(error.reason, error.text)
            else:
                if line.price is None:
                    line.problems[column] = self.tr("The unit price is missing.")
                else:
                    line.problems.pop(column, None)
                    line.price_text = price_text(line.price)
        else:
            return False
        self._row_changed(index.row())
        self.edited.emit()
        return True

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.AMOUNT))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class CategoryDelegate(QStyledItemDelegate):
    """A combo box of the model's categories (or income kinds) in the first column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, PlanModel)
        combo = QComboBox(parent)
        current = str(model.data(index, Qt.ItemDataRole.EditRole) or "")
        for key, label in model.choices(current):
            combo.addItem(label, key)
        combo.activated.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        key = index.model().data(index, Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(key)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class FeeHelper(QDialog):
    """Honorar as persons × hours × rate: adds one cost line (quantity = persons ×
    hours, unit "Std.", unit price = the rate)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fee: persons × hours × rate"))
        self.description_edit = QLineEdit(self.tr("Fee"), self)
        self.description_edit.setObjectName("feeDescription")
        self.persons_spin = QSpinBox(self)
        self.persons_spin.setObjectName("feePersons")
        self.persons_spin.setRange(1, 1000)
        self.hours_edit = QLineEdit("1", self)
        self.hours_edit.setObjectName("feeHours")
        self.rate_edit = QLineEdit(self)
        self.rate_edit.setObjectName("feeRate")
        self.rate_edit.setPlaceholderText(self.tr("e.g. 45,00"))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("feeResult")
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add line"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("&Persons:"), self.persons_spin)
        form.addRow(self.tr("&Hours per person:"), self.hours_edit)
        form.addRow(self.tr("&Rate per hour (€):"), self.rate_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        for signal in (self.hours_edit.textChanged, self.rate_edit.textChanged):
            signal.connect(self._update)
        self.persons_spin.valueChanged.connect(self._update)
        self.resize(420, 220)
        self._update()

    def values(self) -> tuple[Decimal, Decimal] | str:
        """(quantity, rate), or the sentence saying what cannot be read."""
        try:
            hours = parse_quantity(self.hours_edit.text())
        except UnreadableAmount as error:
            return _quantity_problem(error.reason, error.text)
        try:
            rate = parse_money(self.rate_edit.text())
        except UnreadableAmount as error:
            return _amount_problem(error.reason, error.text)
        if hours is None or hours <= 0:
            return self.tr("Enter the hours per person.")
        if rate is None:
            return self.tr("Enter the rate per hour.")
        quantity = Decimal(self.persons_spin.value()) * hours
        if quantity != quantity.quantize(Decimal("0.001")):
            return self.tr("Persons × hours has more than three decimal places.")
        return quantity, rate

    def _update(self) -> None:
        values = self.values()
        ok = not isinstance(values, str)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if isinstance(values, str):
            self.result_label.setStyleSheet(HINT_STYLE)
            self.result_label.setText(values)
            return
        quantity, rate = values
        self.result_label.setStyleSheet("")
        self.result_label.setText(
            self.tr("{persons} × {hours} h = {quantity} hours × {rate} = {amount}").format(
                persons=self.persons_spin.value(),
                hours=self.hours_edit.text().strip(),
                quantity=quantity_text(quantity),
                rate=format_money(rate),
                amount=format_money(funding.line_amount(quantity, rate)),
            )
        )


class PlanTab(QWidget):
    """The cost lines above, the income lines below, the live totals at the foot."""

    saved = Signal(int)  # the application's new version
    edited = Signal()

    def __init__(
        self,
        editor: ApplicationEditor,
        view: ApplicationView,
        *,
        editable: bool,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self.dirty = False
        self.editable = editable
        programme = view.programme
        self.costs = PlanModel(PlanLineKind.COST, programme, editable=editable, parent=self)
        self.incomes = PlanModel(PlanLineKind.INCOME, programme, editable=editable, parent=self)
        self.cost_table = self._table(self.costs, "costTable", self.tr("Costs"))
        self.income_table = self._table(self.incomes, "incomeTable", self.tr("Financing"))
        self.fee_helper: FeeHelper | None = None

        self.add_cost_button = QPushButton(self.tr("Add &cost line"), self)
        self.add_cost_button.setObjectName("addCost")
        self.fee_button = QPushButton(self.tr("&Fee: persons × hours × rate…"), self)
        self.fee_button.setObjectName("feeHelper")
        self.add_income_button = QPushButton(self.tr("Add &income line"), self)
        self.add_income_button.setObjectName("addIncome")
        self.add_cost_button.clicked.connect(lambda: self.add_line(self.costs))
        self.add_income_button.clicked.connect(lambda: self.add_line(self.incomes))
        self.fee_button.clicked.connect(self.open_fee_helper)

        self.totals: dict[str, QLabel] = {}
        totals = QGridLayout()
        totals.setHorizontalSpacing(14)
        totals.setVerticalSpacing(4)
        names = [
            ("cost_total", self.tr("Total costs:")),
            ("income_total", self.tr("Income:")),
            ("requested", self.tr("Requested grant:")),
            ("balance", self.tr("Balance:")),
            ("funding_rate", self.tr("Funding rate:")),
            ("own_share", self.tr("Own share:")),
        ]
        for number, (key, text) in enumerate(names):
            value = QLabel(self)
            value.setObjectName(f"total_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(110)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.totals[key] = value
            row, pair = number % 3, number // 3
            totals.addWidget(QLabel(text, self), row, pair * 3)
            totals.addWidget(value, row, pair * 3 + 1)
        totals.setColumnMinimumWidth(2, 24)
        totals.setColumnStretch(5, 1)
        self.totals_note = hint_label("", self)
        self.totals_note.setObjectName("totalsNote")
        self.rules_label = hint_label(self._rules_text(programme), self)

        self.banner = MessageBanner(self)
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setToolTip(
            self.tr("Show the plan as it is stored now; your changes are discarded")
        )
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        self.save_button = QPushButton(self.tr("&Save plan"), self)
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self.save)
        for widget in (
            self.add_cost_button,
            self.fee_button,
            self.add_income_button,
            self.save_button,
        ):
            widget.setVisible(editable)

        self.cost_buttons = self._row_buttons(self.cost_table, self.costs, "cost")
        self.income_buttons = self._row_buttons(self.income_table, self.incomes, "income")

        layout = QVBoxLayout(self)
        cost_head = QHBoxLayout()
        cost_head.addWidget(subheading(self.tr("Costs"), self))
        cost_head.addStretch(1)
        cost_head.addWidget(self.add_cost_button)
        cost_head.addWidget(self.fee_button)
        cost_head.addLayout(self.cost_buttons)
        layout.addLayout(cost_head)
        layout.addWidget(self.cost_table, 3)
        income_head = QHBoxLayout()
        income_head.addWidget(subheading(self.tr("Financing (without the requested grant)"), self))
        income_head.addStretch(1)
        income_head.addWidget(self.add_income_button)
        income_head.addLayout(self.income_buttons)
        layout.addLayout(income_head)
        layout.addWidget(self.income_table, 2)
        totals_box = QGroupBox(self.tr("Totals"), self)
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.addLayout(totals)
        totals_layout.addWidget(self.totals_note)
        totals_layout.addWidget(self.rules_label)
        layout.addWidget(totals_box)
        message_row = QHBoxLayout()
        message_row.addWidget(self.banner, 1)
        message_row.addWidget(
            self.reload_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        message_row.addWidget(
            self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        )
        layout.addLayout(message_row)

        for model in (self.costs, self.incomes):
            model.edited.connect(self._edited)
        self.show_view(view)

    def _table(self, model: PlanModel, name: str, accessible: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setAccessibleName(accessible)
        table.setItemDelegateForColumn(PlanModel.CATEGORY, CategoryDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PlanModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (PlanModel.CATEGORY, 210),
            (PlanModel.QUANTITY, 80),
            (PlanModel.UNIT, 80),
            (PlanModel.PRICE, 110),
            (PlanModel.AMOUNT, 110),
        ):
            header.resizeSection(column, width)
        return table

    def _row_buttons(self, table: QTableView, model: PlanModel, name: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        for text, tip, action in (
            ("▲", self.tr("Move the line up"), lambda: self.move_line(table, model, -1)),
            ("▼", self.tr("Move the line down"), lambda: self.move_line(table, model, 1)),
            (
                self.tr("Remove"),
                self.tr("Remove the chosen line"),
                lambda: self.remove(table, model),
            ),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            if text in ("▲", "▼"):
                button.setFixedWidth(36)
            suffix = {"▲": "Up", "▼": "Down"}.get(text, "Remove")
            button.setObjectName(f"{name}{suffix}")
            button.clicked.connect(action)
            button.setVisible(self.editable)
            row.addWidget(button)
        return row

    @staticmethod
    def _rules_text(programme: Programme) -> str:
        rules = []
        if programme.max_funding_rate is not None:
            rules.append(
                QCoreApplication.translate(
                    "ApplicationEditor", "the grant at most {rate} of the costs"
                ).format(rate=percent_text(programme.max_funding_rate))
            )
        if programme.min_own_share is not None:
            rules.append(
                QCoreApplication.translate(
                    "ApplicationEditor", "own share at least {share}"
                ).format(share=percent_text(programme.min_own_share))
            )
        if programme.max_grant is not None:
            rules.append(
                QCoreApplication.translate("ApplicationEditor", "grant up to {amount}").format(
                    amount=format_money(programme.max_grant)
                )
            )
        if programme.in_kind_allowed and programme.volunteer_hour_rate is not None:
            rules.append(
                QCoreApplication.translate(
                    "ApplicationEditor", "volunteer hours count {rate} each"
                ).format(rate=format_money(programme.volunteer_hour_rate))
            )
        if not rules:
            return ""
        return QCoreApplication.translate("ApplicationEditor", "{programme}: {rules}.").format(
            programme=programme.name, rules="; ".join(rules)
        )

    # -- showing -------------------------------------------------------------------------

    def show_view(self, view: ApplicationView) -> None:
        """Show the plan as stored (discards unsaved changes)."""
        self.costs.set_lines(view.cost_lines)
        self.incomes.set_lines(view.income_lines)
        self.dirty = False
        self.reload_button.hide()
        self.update_totals()

    def update_totals(self) -> None:
        requested = self._editor.requested_amount()
        lines = [*self.costs.drafts(), *self.incomes.drafts()]
        summary = funding.plan_summary(lines, requested, self.costs.programme)
        self.totals["cost_total"].setText(format_money(summary.cost_total))
        self.totals["income_total"].setText(format_money(summary.income_total))
        self.totals["requested"].setText(format_money(summary.requested))
        self.totals["balance"].setText(format_money(summary.balance))
        self.totals["funding_rate"].setText(percent_text(summary.funding_rate))
        self.totals["own_share"].setText(percent_text(summary.own_share))
        balance = self.totals["balance"]
        if summary.balanced:
            balance.setStyleSheet(f"color: {_OK_COLOUR}; font-weight: bold;")
            balance.setToolTip(self.tr("The plan is balanced."))
        else:
            balance.setStyleSheet(f"color: {_ERROR_COLOUR}; font-weight: bold;")
            balance.setToolTip(
                self.tr("Costs not covered.")
                if summary.balance > 0
                else self.tr("More money comes in than is spent.")
            )
        bad = len({row for row, _c, _t in self.costs.problems()}) + len(
            {row for row, _c, _t in self.incomes.problems()}
        )
        notes = []
        if bad:
            notes.append(
                self.tr("{count} line(s) with a value that cannot be read are not counted.").format(
                    count=bad
                )
            )
        if requested is None and self._editor.project.requested_edit.text().strip():
            notes.append(self.tr("The requested amount on the Project tab cannot be read."))
        self.totals_note.setText(" ".join(notes))
        self.totals_note.setStyleSheet(f"color: {_ERROR_COLOUR};" if notes else HINT_STYLE)
        self.totals_note.setVisible(bool(notes))

    # -- editing -------------------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = True
        self.update_totals()
        self.edited.emit()

    def add_line(self, model: PlanModel) -> int:
        row = model.add_line()
        table = self.cost_table if model is self.costs else self.income_table
        index = model.index(row, PlanModel.DESCRIPTION)
        table.setCurrentIndex(index)
        table.setFocus()
        table.edit(index)
        return row

    def open_fee_helper(self) -> FeeHelper:
        self.fee_helper = FeeHelper(self)
        self.fee_helper.accepted.connect(self._fee_accepted)
        self.fee_helper.open()
        return self.fee_helper

    def _fee_accepted(self) -> None:
        helper = self.fee_helper
        if helper is None:
            return
        values = helper.values()
        if isinstance(values, str):
            return
        quantity, rate = values
        self.add_fee_line(helper.description_edit.text().strip() or self.tr("Fee"), quantity, rate)

    def add_fee_line(self, description: str, quantity: Decimal, rate: Decimal) -> int:
        keys = [key for key, _label in self.costs.choices()]
        category = "fees" if "fees" in keys else None
        row = self.costs.add_line(category, description, quantity, self.tr("h"), rate)
        self.cost_table.setCurrentIndex(self.costs.index(row, PlanModel.DESCRIPTION))
        return row

    def move_line(self, table: QTableView, model: PlanModel, delta: int) -> None:
        index = table.currentIndex()
        if not index.isValid():
            return
        row = model.move_line(index.row(), delta)
        table.setCurrentIndex(model.index(row, index.column()))

    def remove(self, table: QTableView, model: PlanModel) -> None:
        index = table.currentIndex()
        if index.isValid():
            model.remove_line(index.row())

    def select_line(self, line_id: int | None, position: int | None = None) -> bool:
        """Put the cursor on a stored line (by id, else by 1-based plan position)."""
        for model, table in ((self.costs, self.cost_table), (self.incomes, self.income_table)):
            for row, line in enumerate(model.lines):
                if line_id is not None and line.line_id == line_id:
                    table.setCurrentIndex(model.index(row, PlanModel.DESCRIPTION))
                    table.setFocus()
                    return True
        if position is not None:
            rows = [(self.costs, self.cost_table, r) for r in range(len(self.costs.lines))]
            rows += [(self.incomes, self.income_table, r) for r in range(len(self.incomes.lines))]
            if 1 <= position <= len(rows):
                model, table, row = rows[position - 1]
                table.setCurrentIndex(model.index(row, PlanModel.DESCRIPTION))
                table.setFocus()
                return True
        return False

    # -- saving --------------------------------------------------------------------------

    def _cell(self, number: int) -> tuple[PlanModel, QTableView, int]:
        """The model, table and row of plan line ``number`` (1-based, costs first)."""
        if number <= len(self.costs.lines):
            return self.costs, self.cost_table, number - 1
        return self.incomes, self.income_table, number - 1 - len(self.costs.lines)

    _FIELD_COLUMNS: ClassVar[dict[str, int]] = {
        "plan_category": PlanModel.CATEGORY,
        "plan_kind": PlanModel.CATEGORY,
        "plan_description": PlanModel.DESCRIPTION,
        "plan_quantity": PlanModel.QUANTITY,
        "plan_unit": PlanModel.UNIT,
        "plan_unit_price": PlanModel.PRICE,
        "plan_amount": PlanModel.AMOUNT,
    }

    def save(self) -> bool:
        """Store the plan (one unit of work); False (cells marked, reason shown, nothing
        saved) when a value cannot be read or is refused."""
        self.banner.clear_message()
        self.costs.clear_marks()
        self.incomes.clear_marks()
        unreadable = [
            (model, table, row, column, text)
            for model, table in ((self.costs, self.cost_table), (self.incomes, self.income_table))
            for row, column, text in model.problems()
        ]
        if unreadable:
            model, table, row, column, text = unreadable[0]
            table.setCurrentIndex(model.index(row, column))
            table.setFocus()
            where = self._where(model, row, column)
            self.banner.show_error(
                self.tr("{where}: {problem} Nothing was saved.").format(where=where, problem=text)
            )
            return False
        lines = [*self.costs.drafts(), *self.incomes.drafts()]
        problems = funding.plan_problems(lines)
        if problems:
            for problem in problems:
                self._mark(problem)
            self._show_refusal(problems[0], len(problems))
            return False
        try:
            version = self._editor.write(
                lambda session, expected: funding.save_plan(
                    session,
                    self._editor.actor,
                    self._editor.application_id,
                    lines,
                    expected_version=expected,
                )
            )
        except FieldInvalid as error:
            self._mark(error)
            self._show_refusal(error, 1)
            return False
        except ConcurrentEdit as error:
            self.banner.show_error(message_for(error))
            self.reload_button.show()
            return False
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        self.dirty = False
        self.reload_button.hide()
        self.banner.show_success(self.tr("The plan is saved."))
        self.saved.emit(version)
        return True

    def _where(self, model: PlanModel, row: int, column: int) -> str:
        part = self.tr("Costs") if model is self.costs else self.tr("Financing")
        return self.tr("{part}, line {row}, {column}").format(
            part=part,
            row=row + 1,
            column=model.headerData(column, Qt.Orientation.Horizontal),
        )

    def _mark(self, problem: FieldInvalid) -> None:
        column = self._FIELD_COLUMNS.get(problem.field)
        if column is None or not problem.value.isdigit():
            return
        model, _table, row = self._cell(int(problem.value))
        model.mark(row, column, self._cell_problem(problem))

    def _cell_problem(self, problem: FieldInvalid) -> str:
        """What is wrong with a cell, short (the banner says which line and column)."""
        sentences = {
            "required": self.tr("This is missing."),
            "too_long": self.tr("This is too long."),
            "not_positive": self.tr("This must be more than 0."),
            "too_large": self.tr("This is unrealistically high."),
            "precision": self.tr("This has too many decimal places."),
            "negative": self.tr("This must not be negative."),
            "invalid": self.tr("This is not a number."),
        }
        return sentences.get(problem.reason) or message_for(problem)

    def _show_refusal(self, problem: FieldInvalid, count: int) -> None:
        column = self._FIELD_COLUMNS.get(problem.field)
        text = message_for(problem)
        if column is not None and problem.value.isdigit():
            model, table, row = self._cell(int(problem.value))
            table.setCurrentIndex(model.index(row, column))
            table.setFocus()
            text = self.tr("{where}: {problem}").format(
                where=self._where(model, row, column), problem=self._cell_problem(problem)
            )
        if count > 1:
            text = self.tr("{first} ({more} more marked in the table.)").format(
                first=text, more=count - 1
            )
        self.banner.show_error(self.tr("{problem} Nothing was saved.").format(problem=text))

    def reload(self) -> None:
        self._editor.reload(discard_plan=True)
        self.banner.clear_message()


# --- Antragstext ------------------------------------------------------------------------


class SectionEdit(QPlainTextEdit):
    """A section's text: pasted text loses control characters (emoji stay) before it
    is inserted, so what is counted is what is saved."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(funding.clean_text(source.text()))
            return
        super().insertFromMimeData(source)


class TextBlockChooser(QDialog):
    """The text block library to pick from: titles on the left, the text on the right."""

    chosen = Signal(str)

    def __init__(self, blocks: Sequence[TextBlockView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert text block"))
        self.resize(720, 420)
        self.blocks = list(blocks)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("blockFilter")
        self.filter_edit.setPlaceholderText(self.tr("Search the text blocks…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("blockList")
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setObjectName("blockPreview")
        self.empty_label = hint_label(
            self.tr(
                "There are no text blocks yet. Keep texts you use again and again (about us, "
                "our rooms, our groups) under Funding applications ▸ Text blocks."
            ),
            self,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Insert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._show_preview)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.filter_edit.textChanged.connect(self._fill)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([250, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        words = self.filter_edit.text().casefold().split()
        self.list.clear()
        for block in self.blocks:
            haystack = f"{block.title}\n{block.body}".casefold()
            if all(word in haystack for word in words):
                item = QListWidgetItem(block.title, self.list)
                item.setData(_ID, block.id)
        self.empty_label.setVisible(not self.blocks)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)

    def _current(self) -> TextBlockView | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((b for b in self.blocks if b.id == item.data(_ID)), None)

    def _show_preview(self, _row: int) -> None:
        block = self._current()
        self.preview.setPlainText(block.body if block else "")

    def accept(self) -> None:
        block = self._current()
        if block is None:
            return
        self.chosen.emit(block.body)
        super().accept()


class SectionsTab(QWidget):
    """The programme's sections on the left with a mark (✓ fine, ! empty but optional,
    ✗ required and empty or over the limit), the chosen one's text on the right."""

    stored = Signal()

    def __init__(
        self,
        editor: ApplicationEditor,
        view: ApplicationView,
        *,
        editable: bool,
        now: Callable[[], dt.datetime] = clock.now,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._now = now
        self._loading = False
        self.dirty = False
        self.failed = False
        self.saved_any = False
        self.rules = {text.rule.key: text.rule for text in view.sections}
        self._texts = {text.rule.key: text.body for text in view.sections}
        self._keys = [text.rule.key for text in view.sections]
        self._current = self._keys[0] if self._keys else ""
        self.chooser: TextBlockChooser | None = None

        self.sections_list = QListWidget(self)
        self.sections_list.setObjectName("sectionsList")
        self.sections_list.setAccessibleName(self.tr("Sections of the application"))
        self.sections_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sections_list.setSpacing(2)
        self.sections_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key in self._keys:
            item = QListWidgetItem(self.rules[key].title, self.sections_list)
            item.setData(_ID, key)
        self.sections_list.setCurrentRow(0)
        self.sections_list.currentRowChanged.connect(self._section_changed)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("sectionTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.help_label = hint_label("", self)
        self.help_label.setObjectName("sectionHelp")
        self.editor = SectionEdit(self)
        self.editor.setObjectName("sectionEditor")
        self.editor.setAccessibleName(self.tr("Text of the chosen section"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(self.tr("Write here; the text is saved by itself."))
        self.editor.setReadOnly(not editable)
        self.editor.textChanged.connect(self._typed)
        self.editor.installEventFilter(self)
        self.insert_button = QPushButton(self.tr("Insert &text block…"), self)
        self.insert_button.setObjectName("insertBlock")
        self.insert_button.clicked.connect(self.open_chooser)
        self.insert_button.setVisible(editable)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("sectionStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counter_label = QLabel(self)
        self.counter_label.setObjectName("sectionCounter")
        self.counter_label.setStyleSheet(HINT_STYLE)
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self._autosave = AutosaveTimer(self.save_now, self)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addLayout(head)
        right_layout.addWidget(self.help_label)
        right_layout.addWidget(self.editor, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.counter_label)
        right_layout.addLayout(status_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.sections_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        if not self._keys:
            self.editor.setEnabled(False)
            self.insert_button.setEnabled(False)
            self.title_label.setText(self.tr("This programme asks for no text sections."))
        else:
            self._show_section(self._current)
        self.update_marks()

    @property
    def current_key(self) -> str:
        return self._current

    def stored_text(self, key: str) -> str:
        return self._texts.get(key, "")

    def select_section(self, key: str) -> bool:
        for row in range(self.sections_list.count()):
            if self.sections_list.item(row).data(_ID) == key:
                self.sections_list.setCurrentRow(row)
                return self._current == key
        return False

    def _show_section(self, key: str) -> None:
        self._loading = True
        self._current = key
        rule = self.rules[key]
        title = rule.title + ("" if rule.required else self.tr(" (optional)"))
        self.title_label.setText(title)
        self.help_label.setText(rule.help)
        self.help_label.setVisible(bool(rule.help))
        self.editor.setPlainText(self._texts.get(key, ""))
        self._loading = False
        self.dirty = False
        self.failed = False
        self.status_label.setText("")
        self._update_counter()

    def _section_changed(self, row: int) -> None:
        if row < 0:
            return
        key = str(self.sections_list.item(row).data(_ID))
        if key == self._current:
            return
        if not self.save_now():
            self.sections_list.blockSignals(True)
            self.select_section(self._current)
            self.sections_list.blockSignals(False)
            return
        self._show_section(key)

    def _typed(self) -> None:
        self._update_counter()
        if self._loading:
            return
        self._autosave.changed(first=not self.dirty)
        self.dirty = True
        self._update_mark(self._current, self.editor.toPlainText())
        if not self.failed:
            self.status_label.setStyleSheet(HINT_STYLE)
            self.status_label.setText(self.tr("Not saved yet…"))

    def _update_counter(self) -> None:
        length = len(self.editor.toPlainText())
        rule = self.rules.get(self._current)
        limit = rule.max_chars if rule else None
        if limit is None:
            self.counter_label.setText(
                self.tr("{count} characters").format(count=format_number(length))
            )
            self.counter_label.setStyleSheet(HINT_STYLE)
            return
        self.counter_label.setText(
            self.tr("{count} / {limit} characters").format(
                count=format_number(length), limit=format_number(limit)
            )
        )
        over = length > limit
        self.counter_label.setStyleSheet(
            f"color: {_ERROR_COLOUR}; font-weight: bold;" if over else HINT_STYLE
        )
        self.counter_label.setToolTip(
            self.tr("{count} characters too many; the text is saved all the same.").format(
                count=format_number(length - limit)
            )
            if over
            else ""
        )

    def mark_of(self, key: str, text: str) -> str:
        """✓, ! or ✗ for a section with ``text``."""
        rule = self.rules[key]
        if rule.max_chars is not None and len(text) > rule.max_chars:
            return "✗"
        if not text.strip():
            return "✗" if rule.required else "!"
        return "✓"

    def _update_mark(self, key: str, text: str) -> None:
        for row in range(self.sections_list.count()):
            item = self.sections_list.item(row)
            if item.data(_ID) != key:
                continue
            rule = self.rules[key]
            mark = self.mark_of(key, text)
            item.setText(f"{mark}  {rule.title}")
            colour = {"✓": _OK_COLOUR, "!": _WARNING_COLOUR, "✗": _ERROR_COLOUR}[mark]
            item.setForeground(QColor(colour))
            if mark == "✗" and text.strip():
                tip = self.tr("Over the limit of {limit} characters").format(
                    limit=format_number(rule.max_chars or 0)
                )
            elif mark == "✗":
                tip = self.tr("Required and still empty")
            elif mark == "!":
                tip = self.tr("Optional and empty")
            else:
                tip = self.tr("Filled in")
            item.setToolTip(f"{rule.title}: {tip}")

    def update_marks(self) -> None:
        for key in self._keys:
            text = self.editor.toPlainText() if key == self._current else self._texts[key]
            self._update_mark(key, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    def insert_text(self, text: str) -> None:
        """Insert ``text`` at the cursor (a text block), cleaned like pasted text."""
        self.editor.insertPlainText(funding.clean_text(text))
        self.editor.setFocus()

    def open_chooser(self) -> TextBlockChooser | None:
        try:
            with self._editor.database.unit_of_work() as session:
                blocks = funding.list_text_blocks(session, self._editor.actor)
        except QuartierstreffError as error:
            self._failed(message_for(error))
            return None
        self.chooser = TextBlockChooser(blocks, self)
        self.chooser.chosen.connect(self.insert_text)
        self.chooser.open()
        return self.chooser

    def save_now(self) -> bool:
        """Save the text of the current section if it changed; False (reason shown,
        text kept) when it could not be saved."""
        self._autosave.stop()
        if not self.dirty or not self._current:
            return True
        text = self.editor.toPlainText()
        key = self._current
        self.status_label.setStyleSheet(HINT_STYLE)
        self.status_label.setText(self.tr("Saving…"))
        try:
            with self._editor.database.unit_of_work() as session:
                stored = funding.save_section(
                    session, self._editor.actor, self._editor.application_id, key, text
                )
        except QuartierstreffError as error:
            self._failed(message_for(error))
            return False
        except SQLAlchemyError:
            self._failed(
                self.tr("The text could not be saved just now; the next keystroke tries again.")
            )
            return False
        self._texts[key] = stored
        self.dirty = self.editor.toPlainText() != text
        self.failed = False
        self.saved_any = True
        moment = self._now()
        saved_at = QTime(moment.hour, moment.minute, moment.second).toString("HH:mm:ss")
        rule = self.rules[key]
        if rule.max_chars is not None and len(text) > rule.max_chars:
            self.status_label.setStyleSheet(f"color: {_ERROR_COLOUR};")
            self.status_label.setText(
                self.tr(
                    "Saved {time} — {count} characters over the limit; shorten it before "
                    "submitting."
                ).format(time=saved_at, count=format_number(len(text) - rule.max_chars))
            )
        else:
            self.status_label.setStyleSheet(f"color: {_OK_COLOUR};")
            self.status_label.setText(self.tr("Saved {time}").format(time=saved_at))
        self.stored.emit()
        return True

    def _failed(self, message: str) -> None:
        self.failed = True
        self.status_label.setStyleSheet(f"color: {_ERROR_COLOUR}; font-weight: bold;")
        self.status_label.setText(self.tr("{reason} The text stays here.").format(reason=message))


# --- Vorhaben -------------------------------------------------------------------------


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setDisplayFormat(date_pattern())
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("ApplicationEditor", "not set"))
    edit.setDate(_NO_DATE)
    edit.setMinimumWidth(130)
    return edit


def _date_of(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == _NO_DATE else from_qdate(edit.date())


def applicant_text(view: ApplicationView) -> str:
    """The applicant block as the PDF prints it (name, legal form, address, register,
    signatories, contact), plain lines."""
    centre = view.applicant
    lines = [centre.name]
    if centre.legal_form:
        lines.append(centre.legal_form)
    street = centre.street
    town = " ".join(part for part in (centre.postal_code, centre.city) if part)
    lines += [part for part in (street, town) if part]
    if centre.register_number:
        register = " ".join(p for p in (centre.register_court, centre.register_number) if p)
        lines.append(
            QCoreApplication.translate("ApplicationEditor", "Register: {register}").format(
                register=register
            )
        )
    if centre.tax_exemption_notice_on is not None:
        lines.append(
            QCoreApplication.translate(
                "ApplicationEditor", "Tax exemption notice of {date}"
            ).format(date=plain_date(centre.tax_exemption_notice_on))
        )
    if centre.signatories:
        lines.append(
            QCoreApplication.translate(
                "ApplicationEditor", "Authorised signatories: {names}"
            ).format(
                names=", ".join(line.strip() for line in centre.signatories.splitlines() if line)
            )
        )
    contact = " · ".join(p for p in (centre.email, centre.phone) if p)
    if contact:
        lines.append(contact)
    if centre.iban:
        lines.append(f"IBAN {centre.iban}")
    return "\n".join(lines)


class ProjectTab(QWidget):
    """Title, period, contact person and requested amount (saved with Save), the
    programme's frame and the applicant from the centre's profile (read-only)."""

    saved = Signal(int)
    edited = Signal()

    def __init__(
        self,
        editor: ApplicationEditor,
        view: ApplicationView,
        *,
        editable: bool,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._loading = False
        self.dirty = False
        self._view = view
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(funding.TITLE_LENGTH)
        self.start_edit = _date_edit(self, "projectStart")
        self.end_edit = _date_edit(self, "projectEnd")
        self.period_hint = hint_label("", self)
        self.period_hint.setObjectName("periodHint")
        self.contact_field = PersonField(
            editor.database, editor.actor, editor.today, self.tr("Contact person"), self
        )
        self.requested_edit = QLineEdit(self)
        self.requested_edit.setObjectName("requestedAmount")
        self.requested_edit.setPlaceholderText(self.tr("e.g. 4.500,00"))
        self.requested_edit.setMaximumWidth(160)
        self.requested_hint = hint_label("", self)
        self.requested_hint.setObjectName("requestedHint")
        for widget in (self.title_edit, self.start_edit, self.end_edit, self.requested_edit):
            widget.setEnabled(editable)
        self.contact_field.setEnabled(editable)

        self.programme_label = QLabel(self)
        self.programme_label.setObjectName("programmeFrame")
        self.programme_label.setWordWrap(True)
        self.programme_label.setTextFormat(Qt.TextFormat.PlainText)
        self.applicant_label = QLabel(self)
        self.applicant_label.setObjectName("applicant")
        self.applicant_label.setWordWrap(True)
        self.applicant_label.setTextFormat(Qt.TextFormat.PlainText)
        self.applicant_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        applicant_hint = hint_label(self.tr("Change it under Settings ▸ Centre."), self)

        self.banner = MessageBanner(self)
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setToolTip(
            self.tr("Show the application as it is stored now; your input is discarded")
        )
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveProject")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(editable)

        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        requested = QHBoxLayout()
        requested.addWidget(self.requested_edit)
        requested.addWidget(QLabel("€", self))
        requested.addWidget(self.requested_hint, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("Project &title:"), self.title_edit), self.title_edit)
        form.addRow(self._label(self.tr("Project &period:"), self.start_edit), period)
        form.addRow("", self.period_hint)
        form.addRow(
            self._label(self.tr("&Contact person:"), self.contact_field.focus_widget()),
            self.contact_field,
        )
        form.addRow(self._label(self.tr("&Requested amount:"), self.requested_edit), requested)
        project_box = QGroupBox(self.tr("Project"), self)
        project_box.setLayout(form)
        programme_box = QGroupBox(self.tr("Programme"), self)
        programme_layout = QVBoxLayout(programme_box)
        programme_layout.addWidget(self.programme_label)
        applicant_box = QGroupBox(self.tr("Applicant"), self)
        applicant_layout = QVBoxLayout(applicant_box)
        applicant_layout.addWidget(self.applicant_label)
        applicant_layout.addWidget(applicant_hint)
        right = QVBoxLayout()
        right.addWidget(programme_box)
        right.addWidget(applicant_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(project_box)
        left.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        message_row = QHBoxLayout()
        message_row.addWidget(self.banner, 1)
        message_row.addWidget(
            self.reload_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        message_row.addWidget(
            self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        )
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(message_row)

        self.title_edit.textEdited.connect(self._changed)
        self.start_edit.dateChanged.connect(self._changed)
        self.end_edit.dateChanged.connect(self._changed)
        self.requested_edit.textEdited.connect(self._changed)
        self.contact_field.changed.connect(self._changed)
        self.show_view(view)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def show_view(self, view: ApplicationView) -> None:
        """Show the head as stored (discards unsaved input)."""
        self._view = view
        self._loading = True
        self.title_edit.setText(view.title)
        self.start_edit.setDate(to_qdate(view.project_start) if view.project_start else _NO_DATE)
        self.end_edit.setDate(to_qdate(view.project_end) if view.project_end else _NO_DATE)
        self.requested_edit.setText(
            "" if view.requested_amount is None else price_text(view.requested_amount)
        )
        self.contact_field.set_person(view.contact_person_id, view.contact_name)
        self.programme_label.setText(self._programme_text(view.programme))
        self.applicant_label.setText(applicant_text(view))
        self._loading = False
        self.dirty = False
        self.reload_button.hide()
        for widget in (self.title_edit, self.start_edit, self.end_edit, self.requested_edit):
            widget.setStyleSheet("")
        self._update_hints()

    def _programme_text(self, programme: Programme) -> str:
        lines = [f"{programme.name} ({programme.funder})"]
        if programme.min_grant is not None and programme.max_grant is not None:
            lines.append(
                self.tr("Grant {low} to {high}").format(
                    low=format_money(programme.min_grant), high=format_money(programme.max_grant)
                )
            )
        elif programme.max_grant is not None:
            lines.append(
                self.tr("Grant up to {high}").format(high=format_money(programme.max_grant))
            )
        if programme.duration_months is not None:
            lines.append(
                self.tr("Project period at most {months} months").format(
                    months=programme.duration_months
                )
            )
        if programme.any_time:
            lines.append(self.tr("Applications any time"))
        elif programme.deadlines:
            upcoming = [d for d in programme.deadlines if d >= self._editor.today]
            if upcoming:
                lines.append(
                    self.tr("Next deadline: {date}").format(date=plain_date(min(upcoming)))
                )
        if programme.call_date is not None:
            lines.append(
                self.tr("Rules as of the call of {date}").format(
                    date=plain_date(programme.call_date)
                )
            )
        return "\n".join(lines)

    def requested_amount(self) -> Decimal | None:
        """The amount typed (None when empty or unreadable)."""
        try:
            return parse_money(self.requested_edit.text())
        except UnreadableAmount:
            return None

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self._update_hints()
        self.edited.emit()

    def _update_hints(self) -> None:
        text = self.requested_edit.text()
        try:
            parse_money(text)
        except UnreadableAmount as error:
            self.requested_hint.setText(_amount_problem(error.reason, error.text))
            self.requested_hint.setStyleSheet(f"color: {_ERROR_COLOUR};")
        else:
            self.requested_hint.setText("")
            self.requested_hint.setStyleSheet(HINT_STYLE)
        start, end = _date_of(self.start_edit), _date_of(self.end_edit)
        months = self._view.programme.duration_months
        if start is not None and end is not None and end >= start:
            days = (end - start).days + 1
            text = self.tr("{days} days").format(days=format_number(days))
            if months is not None:
                latest = funding.latest_end(start, months)
                text += self.tr(" — the programme allows up to {date}").format(
                    date=plain_date(latest)
                )
            self.period_hint.setText(text)
        elif start is not None and end is not None:
            self.period_hint.setText(self.tr("The end is before the start."))
        else:
            self.period_hint.setText("")
        self.period_hint.setVisible(bool(self.period_hint.text()))

    def draft(self) -> ApplicationDraft | FieldInvalid:
        try:
            requested = parse_money(self.requested_edit.text())
        except UnreadableAmount:
            return FieldInvalid("requested_amount", "format", self.requested_edit.text().strip())
        return ApplicationDraft(
            programme_id=self._view.programme_id,
            title=self.title_edit.text(),
            project_start=_date_of(self.start_edit),
            project_end=_date_of(self.end_edit),
            requested_amount=requested,
            contact_person_id=self.contact_field.person_id,
            funder_reference=self._view.funder_reference,
        )

    def _inputs(self) -> dict[str, QWidget]:
        return {
            "title": self.title_edit,
            "project_start": self.start_edit,
            "project_end": self.end_edit,
            "requested_amount": self.requested_edit,
            "contact_person": self.contact_field.focus_widget(),
        }

    def save(self) -> bool:
        for widget in self._inputs().values():
            widget.setStyleSheet("")
        self.banner.clear_message()
        draft = self.draft()
        if isinstance(draft, FieldInvalid):
            mark_invalid(self.requested_edit)
            self.banner.show_error(
                _amount_problem("format", draft.value) + " " + self.tr("Nothing was saved.")
            )
            return False
        try:
            version = self._editor.write(
                lambda session, expected: funding.update_application(
                    session,
                    self._editor.actor,
                    self._editor.application_id,
                    draft,
                    expected_version=expected,
                )
            )
        except FieldInvalid as error:
            mark_invalid(self._inputs().get(error.field))
            self.banner.show_error(message_for(error))
            return False
        except ConcurrentEdit as error:
            self.banner.show_error(message_for(error))
            self.reload_button.show()
            return False
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        self.dirty = False
        self.reload_button.hide()
        self.banner.show_success(self.tr("Saved."))
        self.saved.emit(version)
        return True

    def reload(self) -> None:
        self._editor.reload(discard_project=True)
        self.banner.clear_message()

    def focus_field(self, name: str) -> None:
        widget = self._inputs().get(name)
        if widget is not None:
            widget.setFocus()


# --- Anlagen ----------------------------------------------------------------------------


class AttachmentsTab(QWidget):
    """The programme's attachments to tick when they are ready; required ones marked.
    Every tick is saved at once."""

    stored = Signal(int)

    def __init__(self, editor: ApplicationEditor, view: ApplicationView, *, editable: bool) -> None:
        super().__init__(editor)
        self._editor = editor
        self._editable = editable
        self._loading = False
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentsList")
        self.list.setAccessibleName(self.tr("Attachments: tick what is ready"))
        self.list.setSpacing(3)
        self.list.itemChanged.connect(self._ticked)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("attachmentsSummary")
        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Tick each attachment once it is ready to go with the application. "
                    "Required attachments are marked; the checks list those still missing."
                ),
                self,
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.banner)
        self.show_view(view)

    def show_view(self, view: ApplicationView) -> None:
        self._loading = True
        current = self.list.currentItem().data(_ID) if self.list.currentItem() else None
        self.list.clear()
        for attachment in view.attachments:
            text = attachment.title
            if attachment.required:
                text += self.tr(" (required)")
            item = QListWidgetItem(text, self.list)
            item.setData(_ID, attachment.key)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self._editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if attachment.provided else Qt.CheckState.Unchecked
            )
            if attachment.required:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if attachment.required and not attachment.provided:
                item.setForeground(QColor(_ERROR_COLOUR))
            if current == attachment.key:
                self.list.setCurrentItem(item)
        if not view.attachments:
            item = QListWidgetItem(self.tr("This programme asks for no attachments."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        missing = [a for a in view.attachments if a.required and not a.provided]
        ready = [a for a in view.attachments if a.provided]
        self.summary_label.setText(
            self.tr("{ready} of {count} ready; {missing} required still missing.").format(
                ready=len(ready), count=len(view.attachments), missing=len(missing)
            )
        )
        self._loading = False

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        key = item.data(_ID)
        if key is None:
            return
        provided = item.checkState() == Qt.CheckState.Checked
        self.banner.clear_message()
        try:
            with self._editor.database.unit_of_work() as session:
                funding.set_attachment(
                    session, self._editor.actor, self._editor.application_id, str(key), provided
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self._loading = True
            item.setCheckState(Qt.CheckState.Unchecked if provided else Qt.CheckState.Checked)
            self._loading = False
            return
        self.stored.emit(0)

    def select_attachment(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID) == key:
                self.list.setCurrentRow(row)
                self.list.setFocus()
                return


# --- Prüfung ----------------------------------------------------------------------------


class ChecksTab(QWidget):
    """Every finding of the checks with an icon; Enter or a double-click goes to the
    field it is about."""

    jump = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("checksSummary")
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("checksList")
        self.list.setAccessibleName(self.tr("Findings of the checks"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Double-click a line (or press Enter) to go to the field. Errors are rules "
                    "of the programme the application breaks; hints deserve a look. The PDF "
                    "can be made all the same; with errors it is marked as a draft."
                ),
                self,
            )
        )

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        self.list.clear()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for finding in self.findings:
            item = QListWidgetItem(
                error_icon if finding.is_error else warning_icon, finding.message, self.list
            )
            item.setData(_ID, finding.target)
            item.setToolTip(
                self.tr("Error: {message}") if finding.is_error else self.tr("Hint: {message}")
            )
            item.setToolTip(item.toolTip().format(message=finding.message))
        self.summary_label.setText(self.summary())
        colour = _ERROR_COLOUR if self.errors() else _WARNING_COLOUR if findings else _OK_COLOUR
        self.summary_label.setStyleSheet(f"color: {colour};")

    def errors(self) -> int:
        return sum(1 for f in self.findings if f.is_error)

    def summary(self) -> str:
        errors = self.errors()
        warnings = len(self.findings) - errors
        if not self.findings:
            return self.tr("No objections")
        parts = []
        if errors:
            parts.append(
                self.tr("1 error") if errors == 1 else self.tr("{n} errors").format(n=errors)
            )
        if warnings:
            parts.append(
                self.tr("1 hint") if warnings == 1 else self.tr("{n} hints").format(n=warnings)
            )
        return ", ".join(parts)

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(_ID)
        if target:
            self.jump.emit(str(target))


# --- the window -------------------------------------------------------------------------


class ApplicationEditor(QDialog):
    """One funding application in five tabs (see the module's docstring). Non-modal: use
    :meth:`show` or :meth:`open`. Raises :class:`QuartierstreffError` (``NotFound``) to the
    caller when the application is gone. Emits :attr:`changed` after something was saved
    that the list shows (head data, plan, attachments; autosaved texts once on closing)."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        application_id: int,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.application_id = application_id
        self.today = today
        self.confirm: Confirm = ask_yes_no
        self.ask_unsaved: AskUnsaved = ask_save_discard
        self.choose_path: PathChooser = _ask_application_path
        self.open_file: Callable[[Path], None] = open_file
        self.pdf_call: ThreadCall | None = None
        self.written: Path | None = None
        with database.unit_of_work() as session:
            self.view = funding.get_application(session, actor, application_id)
        self.version = self.view.version
        self.findings = funding.check_application(self.view, today=today)
        editable = (
            actor.may(Permission.FUNDING_WRITE) and self.view.status in funding.EDITABLE_STATUSES
        )
        self.editable = editable

        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1120, 780)
        self.heading = QLabel(self)
        self.heading.setObjectName("applicationHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.details_label = hint_label("", self)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_label = hint_label("", self)
        self.read_only_label.setObjectName("readOnlyNote")
        if not actor.may(Permission.FUNDING_WRITE):
            self.read_only_label.setText(self.tr("You may read this application, not change it."))
        elif not editable:
            self.read_only_label.setText(
                self.tr(
                    "The application is “{status}” and no longer changed here. To change it "
                    "again, take it back to draft on the Funding applications page."
                ).format(status=self.view.status_label)
            )
        self.read_only_label.setVisible(not editable)

        self.project = ProjectTab(self, self.view, editable=editable)
        self.sections = SectionsTab(self, self.view, editable=editable)
        self.plan = PlanTab(self, self.view, editable=editable)
        self.attachments = AttachmentsTab(self, self.view, editable=editable)
        self.checks = ChecksTab(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.project)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("applicationTabs")
        self.tabs.addTab(scroll, self.tr("&Project"))
        self.tabs.addTab(self.sections, self.tr("Application &text"))
        self.tabs.addTab(self.plan, self.tr("Cost and &financing plan"))
        self.tabs.addTab(self.attachments, self.tr("&Attachments"))
        self.tabs.addTab(self.checks, self.tr("Chec&ks"))
        self._project_scroll = scroll
        self.tabs.currentChanged.connect(self._tab_changed)

        self.sections.stored.connect(lambda: self._saved(0))
        self.project.saved.connect(self._saved_and_changed)
        self.plan.saved.connect(self._saved_and_changed)
        self.attachments.stored.connect(self._saved_and_changed)
        self.project.requested_edit.textEdited.connect(lambda _text: self.plan.update_totals())
        self.checks.jump.connect(self.jump_to)
        application = QCoreApplication.instance()
        if application is not None:  # the program ends with the window still open
            application.aboutToQuit.connect(self.sections.save_now)

        self.banner = MessageBanner(self)
        self.banner.setObjectName("editorBanner")
        self.busy = busy_bar(self)
        self.busy.setMaximumWidth(160)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf_button.setObjectName("pdfButton")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.open_button = QPushButton(self.tr("&Open PDF"), self)
        self.open_button.setObjectName("openPdf")
        self.open_button.hide()
        self.open_button.clicked.connect(self._open_written)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.close_button)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self._save_current)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details_label)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self._show_head()
        self._show_findings()

    # -- showing -------------------------------------------------------------------------

    def _show_head(self) -> None:
        view = self.view
        self.setWindowTitle(self.tr("Funding application: {title}").format(title=view.title))
        self.heading.setText(view.title)
        self.details_label.setText(
            " · ".join(
                part
                for part in (view.programme.name, view.programme.funder, view.status_label)
                if part
            )
        )

    def _show_findings(self) -> None:
        self.checks.show_findings(self.findings)
        self.tabs.setTabText(
            4, self.tr("Chec&ks ({summary})").format(summary=self.checks.summary())
        )

    def requested_amount(self) -> Decimal | None:
        """The requested amount as typed on the Project tab (for the plan's totals)."""
        project: ProjectTab | None = getattr(self, "project", None)
        if project is None:
            return self.view.requested_amount
        return project.requested_amount()

    def reload(self, *, discard_project: bool = False, discard_plan: bool = False) -> bool:
        """Read the application again: the checks, the head, the attachments; the
        project and plan tabs only when they hold no unsaved input (or ``discard_*``)."""
        try:
            with self.database.unit_of_work() as session:
                self.view = funding.get_application(session, self.actor, self.application_id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        if discard_project or discard_plan or not (self.project.dirty or self.plan.dirty):
            # Otherwise the input still rests on the version it was loaded with (own
            # saves set self.version themselves): someone else's change must be noticed.
            self.version = self.view.version
        self.findings = funding.check_application(self.view, today=self.today)
        if discard_project or not self.project.dirty:
            self.project.show_view(self.view)
        if discard_plan or not self.plan.dirty:
            self.plan.show_view(self.view)
        else:
            self.plan.update_totals()
        self.attachments.show_view(self.view)
        self.sections.update_marks()
        self._show_head()
        self._show_findings()
        return True

    # -- saving --------------------------------------------------------------------------

    def write(self, store: Callable[[Session, int], int]) -> int:
        """Run ``store(session, expected_version)`` in one unit of work and take the
        version it returns as the one this window edits."""
        with self.database.unit_of_work() as session:
            version = store(session, self.version)
        self.version = version
        return version

    def _saved(self, version: int) -> None:
        if version:
            self.version = version
        self.reload()

    def _saved_and_changed(self, version: int) -> None:
        self._saved(version)
        self.changed.emit()

    def _tab_changed(self, _index: int) -> None:
        self.sections.save_now()

    def _save_current(self) -> None:
        current = self.tabs.currentWidget()
        if current is self._project_scroll:
            self.project.save()
        elif current is self.plan:
            self.plan.save()
        elif current is self.sections:
            self.sections.save_now()

    # -- going to a field ----------------------------------------------------------------

    def jump_to(self, target: str) -> None:
        """Show the field a finding is about: ``title``, ``requested_amount``,
        ``project_start``, ``project_end``, ``section:<key>``, ``plan:<position>``,
        ``plan``, ``attachment:<key>``."""
        kind, _sep, detail = target.partition(":")
        if kind in ("title", "requested_amount", "project_start", "project_end", "contact_person"):
            self.tabs.setCurrentWidget(self._project_scroll)
            self.project.focus_field(kind)
        elif kind == "section":
            self.tabs.setCurrentWidget(self.sections)
            if self.sections.select_section(detail):
                self.sections.editor.setFocus()
        elif kind == "plan":
            self.tabs.setCurrentWidget(self.plan)
            if detail.isdigit():
                position = int(detail)
                line = next((ln for ln in self.view.plan if ln.position == position), None)
                self.plan.select_line(line.id if line else None, position)
            else:
                self.plan.cost_table.setFocus()
        elif kind == "attachment":
            self.tabs.setCurrentWidget(self.attachments)
            self.attachments.select_attachment(detail)

    # -- the PDF -------------------------------------------------------------------------

    def export_pdf(self) -> None:
        """Ask where, then write the PDF of the stored application in a thread."""
        self.banner.clear_message()
        self.open_button.hide()
        if not self.sections.save_now():
            self.tabs.setCurrentWidget(self.sections)
            return
        unsaved = [
            name
            for name, dirty in (
                (self.tr("Project"), self.project.dirty),
                (self.tr("Cost and financing plan"), self.plan.dirty),
            )
            if dirty
        ]
        if unsaved and not self.confirm(
            self,
            self.tr(
                "Unsaved changes ({tabs}) are not in the PDF; it shows the application as "
                "saved. Make the PDF anyway?"
            ).format(tabs=", ".join(unsaved)),
        ):
            return
        if not self.reload():
            return
        errors = sum(1 for finding in self.findings if finding.is_error)
        if errors and not self.confirm(
            self,
            (
                self.tr("The application still has 1 error. Export it as a draft anyway?")
                if errors == 1
                else self.tr(
                    "The application still has {count} errors. Export it as a draft anyway?"
                ).format(count=errors)
            ),
        ):
            return
        path = self.choose_path(self, pdf_file_name(self.view.title))
        if path is None:
            return
        view, findings, printed_on = self.view, tuple(self.findings), self.today
        database, actor = self.database, self.actor

        draft = any(finding.is_error for finding in findings)

        def work() -> Path:  # in the worker thread: no Qt
            # Written inside the unit of work: a file that cannot be written is not
            # recorded in the audit trail (as the command line does it).
            with database.unit_of_work() as session:
                written = write_application(path, view, findings, printed_on=printed_on)
                audit.record(
                    session,
                    actor,
                    AuditAction.EXPORT,
                    "funding_application",
                    str(view.id),
                    summary=AUDIT_DRAFT if draft else AUDIT_DOCUMENT,
                )
            return written

        self.pdf_button.setEnabled(False)
        self.busy.show()
        self.pdf_call = ThreadCall(work, self)
        self.pdf_call.finished.connect(self._pdf_finished)
        self.pdf_call.start()

    def _pdf_finished(self) -> None:
        call = self.pdf_call
        self.busy.hide()
        self.pdf_button.setEnabled(True)
        if call is None:
            return
        self.pdf_call = None
        call.deleteLater()
        error = call.error
        if isinstance(error, QuartierstreffError):
            self.banner.show_error(message_for(error))
            return
        if error is not None:
            raise error  # a bug: the program's handler logs it and says so
        written = call.result
        assert isinstance(written, Path)
        self.written = written
        draft = any(finding.is_error for finding in self.findings)
        text = (
            self.tr("Saved as {file} (marked as a draft: the checks found errors).")
            if draft
            else self.tr("Saved as {file}.")
        )
        self.banner.show_success(text.format(file=written.name))
        self.open_button.show()

    def _open_written(self) -> None:
        if self.written is not None:
            self.open_file(self.written)

    # -- closing -------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self.pdf_call is not None:
            self.pdf_call.wait(30)
            self._pdf_finished()
        if not self.sections.save_now():
            self.tabs.setCurrentWidget(self.sections)
            if not self.confirm(
                self,
                self.tr(
                    "The text of “{section}” could not be saved (see the reason below the "
                    "text). Close anyway and lose it?"
                ).format(section=self.sections.rules[self.sections.current_key].title),
            ):
                return
        unsaved = [
            (name, tab)
            for name, tab in (
                (self.tr("Project"), self.project),
                (self.tr("Cost and financing plan"), self.plan),
            )
            if tab.dirty
        ]
        if unsaved:
            answer = self.ask_unsaved(
                self,
                self.tr("There are unsaved changes ({tabs}). Save them?").format(
                    tabs=", ".join(name for name, _tab in unsaved)
                ),
            )
            if answer == "cancel":
                return
            if answer == "save":
                for _name, tab in unsaved:
                    if not tab.save():
                        self.tabs.setCurrentWidget(
                            self._project_scroll if tab is self.project else self.plan
                        )
                        return
        if self.sections.saved_any:
            self.changed.emit()
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.disconnect(self.sections.save_now)
        super().done(result)
