"""Importing people from a CSV or Excel file, step by step.

Choose file → assign the columns (one combo per file column, with its first values) →
preview (counts, every invalid row with its line and reason, likely duplicates with the
choice to skip them) → import with a progress bar and Cancel → result. Reading,
previewing and importing run in a :class:`ThreadCall`; the import is one unit of work of
its own, so cancelling or an error writes nothing.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.importers import people as columns
from quartierstreff.importers.tabular import Table
from quartierstreff.services import people, people_io
from quartierstreff.services.errors import ImportCancelled, QuartierstreffError
from quartierstreff.services.people import CustomFieldView
from quartierstreff.services.people_io import ImportPreview
from quartierstreff.services.security import Actor
from quartierstreff.ui.backup import ThreadCall
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import QT_TRANSLATE_NOOP
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import HINT_STYLE
from quartierstreff.ui.widgets.lists import busy_bar, set_up_record_list
from quartierstreff.ui.widgets.page import heading

ChooseFile = Callable[[QWidget], Path | None]
AnyIndex = QModelIndex | QPersistentModelIndex

_TARGET_LABELS: dict[str, str] = {
    columns.IGNORE: QT_TRANSLATE_NOOP("ImportDialog", "— do not import —"),
    columns.FIRST_NAME: QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    columns.LAST_NAME: QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    columns.FULL_NAME: QT_TRANSLATE_NOOP("ImportDialog", "Full name (first and last)"),
    columns.STREET: QT_TRANSLATE_NOOP("ImportDialog", "Street"),
    columns.HOUSE_NUMBER: QT_TRANSLATE_NOOP("ImportDialog", "House number"),
    columns.POSTAL_CODE: QT_TRANSLATE_NOOP("ImportDialog", "Postcode"),
    columns.CITY: QT_TRANSLATE_NOOP("ImportDialog", "Town"),
    columns.EMAIL: QT_TRANSLATE_NOOP("ImportDialog", "Email"),
    columns.PHONE: QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    columns.MOBILE: QT_TRANSLATE_NOOP("ImportDialog", "Mobile"),
    columns.BIRTH_DATE: QT_TRANSLATE_NOOP("ImportDialog", "Date of birth"),
    columns.MEMBERSHIP_START: QT_TRANSLATE_NOOP("ImportDialog", "Member from"),
    columns.MEMBERSHIP_END: QT_TRANSLATE_NOOP("ImportDialog", "Member until"),
    columns.MEMBERSHIP_TYPE: QT_TRANSLATE_NOOP("ImportDialog", "Membership type"),
    columns.NOTES: QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    columns.GROUPS: QT_TRANSLATE_NOOP("ImportDialog", "Groups"),
}


def choose_import_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import people"),
        "",
        QCoreApplication.translate("ImportDialog", "Tables (*.csv *.xlsx *.txt);;All files (*)"),
    )
    return Path(name) if name else None


class TextTableModel(QAbstractTableModel):
    """A read-only table of texts (invalid rows, duplicates)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


@dataclass
class _Progress:
    """Shared between the worker thread and the GUI thread's timer: plain values only."""

    done: int = 0
    total: int = 0


class ImportDialog(QDialog):
    FILE, MAPPING, PREVIEW, IMPORTING, RESULT = range(5)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        choose_file: ChooseFile | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self._choose_file = choose_file or choose_import_file
        self._table: Table | None = None
        self._preview: ImportPreview | None = None
        self._call: ThreadCall | None = None
        self._progress = _Progress()
        self._cancel = threading.Event()
        self._combos: list[QComboBox] = []
        self.imported = 0
        """How many people the last import wrote (for the page that opened the dialog)."""
        with database.unit_of_work() as session:
            self._custom_fields: tuple[CustomFieldView, ...] = people.people_choices(
                session, actor
            ).custom_fields

        self.setWindowTitle(self.tr("Import people"))
        self.resize(820, 600)
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_progress)

        self.title = heading(self, 1.3)
        self.banner = MessageBanner(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._importing_page())
        self.pages.addWidget(self._result_page())

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.back_button,
            self.next_button,
            self.import_button,
            self.cancel_button,
            self.close_button,
        ):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._go(self.FILE)

    # --- pages ------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        explanation = QLabel(
            self.tr(
                "Choose a table saved by Excel or LibreOffice (.xlsx or .csv). The first row "
                "must hold the column names, such as Vorname, Nachname, Straße, PLZ, Ort, "
                "E-Mail, Telefon, Geburtsdatum, Eintritt. Next you can check which column "
                "goes where; nothing is saved before the last step."
            ),
            page,
        )
        explanation.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"), page)
        self.choose_button.clicked.connect(self._choose)
        self.file_label = QLabel(page)
        self.file_label.setWordWrap(True)
        self.read_bar = busy_bar(page)
        self.read_label = QLabel(page)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.read_bar)
        layout.addWidget(self.read_label)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        explanation = QLabel(
            self.tr(
                "Which column holds what? The guesses come from the column names; "
                "columns set to “do not import” are left out."
            ),
            page,
        )
        explanation.setWordWrap(True)
        self.mapping_area = QScrollArea(page)
        self.mapping_area.setWidgetResizable(True)
        layout = QVBoxLayout(page)
        layout.addWidget(explanation)
        layout.addWidget(self.mapping_area, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_label = QLabel(page)
        self.summary_label.setWordWrap(True)
        self.invalid_label = QLabel(self.tr("Rows with errors"), page)
        bold = self.invalid_label.font()
        bold.setBold(True)
        self.invalid_label.setFont(bold)
        self.invalid_model = TextTableModel([self.tr("Line"), self.tr("Problem")], page)
        self.invalid_view = QTableView(page)
        self.invalid_view.setModel(self.invalid_model)
        set_up_record_list(self.invalid_view, 1)
        self.skip_invalid_box = QCheckBox(
            self.tr("Skip the rows with errors and import the others"), page
        )
        self.skip_invalid_box.toggled.connect(self._update_buttons)
        self.duplicates_label = QLabel(self.tr("Probably already in the register"), page)
        self.duplicates_label.setFont(bold)
        self.duplicates_model = TextTableModel(
            [self.tr("Line"), self.tr("In the file"), self.tr("In the register")], page
        )
        self.duplicates_view = QTableView(page)
        self.duplicates_view.setModel(self.duplicates_model)
        set_up_record_list(self.duplicates_view, 2)
        self.skip_duplicates_box = QCheckBox(self.tr("Do not import these rows"), page)
        self.skip_duplicates_box.setChecked(True)
        self.skip_duplicates_box.toggled.connect(self._update_summary)
        self.new_label = QLabel(page)
        self.new_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.invalid_label)
        layout.addWidget(self.invalid_view, 1)
        layout.addWidget(self.skip_invalid_box)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates_view, 1)
        layout.addWidget(self.skip_duplicates_box)
        layout.addWidget(self.new_label)
        return page

    def _importing_page(self) -> QWidget:
        page = QWidget(self)
        self.import_label = QLabel(page)
        self.import_bar = QProgressBar(page)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.import_label)
        layout.addWidget(self.import_bar)
        layout.addStretch(1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        return page

    # --- navigation ---------------------------------------------------------------

    def _go(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        titles = {
            self.FILE: self.tr("Step 1 of 3: choose the file"),
            self.MAPPING: self.tr("Step 2 of 3: assign the columns"),
            self.PREVIEW: self.tr("Step 3 of 3: check and import"),
            self.IMPORTING: self.tr("Importing…"),
            self.RESULT: self.tr("Done"),
        }
        self.title.setText(titles[step])
        self._update_buttons()

    def current_step(self) -> int:
        return self.pages.currentIndex()

    def _busy(self) -> bool:
        return self._call is not None and self._call.is_running()

    def _update_buttons(self) -> None:
        step = self.current_step()
        busy = self._busy()
        self.back_button.setVisible(step in (self.MAPPING, self.PREVIEW))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(step in (self.FILE, self.MAPPING))
        self.next_button.setEnabled(
            not busy and (step == self.MAPPING or (step == self.FILE and self._table is not None))
        )
        self.choose_button.setEnabled(not busy)
        preview = self._preview
        importable = (
            preview is not None
            and (not preview.invalid or self.skip_invalid_box.isChecked())
            and preview.to_import(skip_duplicates=self.skip_duplicates_box.isChecked()) > 0
        )
        self.import_button.setVisible(step == self.PREVIEW)
        self.import_button.setEnabled(importable and not busy)
        self.cancel_button.setVisible(step == self.IMPORTING)
        self.close_button.setVisible(step != self.IMPORTING)
        self.close_button.setText(self.tr("Close") if step == self.RESULT else self.tr("Cancel"))

    def _back(self) -> None:
        self.banner.clear_message()
        self._go(self.current_step() - 1)

    def _next(self) -> None:
        self.banner.clear_message()
        if self.current_step() == self.FILE:
            self._go(self.MAPPING)
        elif self.current_step() == self.MAPPING:
            self.make_preview()

    # --- step 1: reading the file -----------------------------------------------------

    def _choose(self) -> None:
        path = self._choose_file(self)
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        """Read ``path`` in the background; the mapping step follows when it is read."""
        self.banner.clear_message()
        self._table = None
        self.file_label.setText(path.name)
        self._progress = _Progress()
        progress = self._progress

        def read() -> Table:
            def count(rows: int) -> None:
                progress.done = rows

            return people_io.read_file(path, progress=count)

        self.read_bar.show()
        self._start(read, self._file_read)

    def _file_read(self, call: ThreadCall) -> None:
        self.read_bar.hide()
        self.read_label.clear()
        if call.error is not None:
            self._show_error(call.error)
            return
        assert isinstance(call.result, Table)
        self._table = call.result
        self.read_label.setText(
            self.tr("Rows with data: %1 · columns: %2")
            .replace("%1", str(len(self._table.rows)))
            .replace("%2", str(len(self._table.headers)))
        )
        self._fill_mapping(self._table)
        self._go(self.MAPPING)

    # --- step 2: columns ------------------------------------------------------------

    def _fill_mapping(self, table: Table) -> None:
        guessed = columns.guess_mapping(table.headers, self._custom_fields)
        grid_widget = QWidget(self.mapping_area)
        grid = QGridLayout(grid_widget)
        for column, text in enumerate(
            (self.tr("Column in the file"), self.tr("Goes to"), self.tr("First values"))
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>", grid_widget), 0, column)
        self._combos = []
        targets = [(self.tr(_TARGET_LABELS[target]), target) for target in _TARGET_LABELS]
        targets += [(field.label, columns.custom_target(field.id)) for field in self._custom_fields]
        for column, header in enumerate(table.headers):
            name = QLabel(header or self.tr("(column %1)").replace("%1", str(column + 1)))
            combo = QComboBox(grid_widget)
            for target_label, target in targets:
                combo.addItem(target_label, target)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(column, columns.IGNORE))))
            samples = QLabel(" · ".join(s[:30] for s in table.samples(column)), grid_widget)
            samples.setStyleSheet(HINT_STYLE)
            name.setBuddy(combo)
            grid.addWidget(name, column + 1, 0)
            grid.addWidget(combo, column + 1, 1)
            grid.addWidget(samples, column + 1, 2)
            self._combos.append(combo)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(table.headers) + 1, 1)
        self.mapping_area.setWidget(grid_widget)

    def mapping(self) -> dict[int, str]:
        return {column: str(combo.currentData()) for column, combo in enumerate(self._combos)}

    def set_target(self, column: int, target: str) -> None:
        combo = self._combos[column]
        combo.setCurrentIndex(combo.findData(target))

    # --- step 3: preview --------------------------------------------------------------

    def make_preview(self) -> None:
        table = self._table
        if table is None:
            return
        mapping = self.mapping()
        database, actor, today = self._database, self._actor, self._today

        def preview() -> ImportPreview:
            with database.unit_of_work() as session:
                return people_io.preview_import(session, actor, table, mapping, today)

        self._start(preview, self._previewed)

    def _previewed(self, call: ThreadCall) -> None:
        if call.error is not None:
            self._show_error(call.error)
            return
        assert isinstance(call.result, ImportPreview)
        preview = self._preview = call.result
        self.invalid_model.set_rows(
            [(str(row.line), message_for(row.problem)) for row in preview.invalid]
        )
        self.duplicates_model.set_rows(
            [
                (str(d.line), d.name, f"{d.existing_name} ({d.existing_id})")
                for d in preview.duplicates
            ]
        )
        has_invalid, has_duplicates = bool(preview.invalid), bool(preview.duplicates)
        for widget in (self.invalid_label, self.invalid_view, self.skip_invalid_box):
            widget.setVisible(has_invalid)
        for widget in (self.duplicates_label, self.duplicates_view, self.skip_duplicates_box):
            widget.setVisible(has_duplicates)
        new = []
        if preview.new_membership_types:
            new.append(
                self.tr("New membership types: %1").replace(
                    "%1", ", ".join(preview.new_membership_types)
                )
            )
        if preview.new_groups:
            new.append(self.tr("New groups: %1").replace("%1", ", ".join(preview.new_groups)))
        self.new_label.setText("\n".join(new))
        self._update_summary()
        self._go(self.PREVIEW)

    def _update_summary(self) -> None:
        preview = self._preview
        if preview is None:
            return
        count = preview.to_import(skip_duplicates=self.skip_duplicates_box.isChecked())
        parts = [
            self.tr("Rows in the file: %1").replace("%1", str(preview.total_rows)),
            self.tr("to import: %1").replace("%1", str(count)),
        ]
        if preview.invalid:
            parts.append(self.tr("with errors: %1").replace("%1", str(len(preview.invalid_lines))))
        if preview.duplicates:
            parts.append(
                self.tr("probably already in the register: %1").replace(
                    "%1", str(len(preview.duplicates))
                )
            )
        self.summary_label.setText("<b>" + " · ".join(parts) + "</b>")
        self._update_buttons()

    # --- step 4: importing ------------------------------------------------------------

    def start_import(self) -> None:
        preview = self._preview
        if preview is None or self._busy():
            return
        skip_invalid = self.skip_invalid_box.isChecked()
        skip_duplicates = self.skip_duplicates_box.isChecked()
        database, actor = self._database, self._actor
        self._cancel.clear()
        cancel = self._cancel
        self._progress = progress = _Progress(
            total=preview.to_import(skip_duplicates=skip_duplicates)
        )

        def run() -> int:
            def report(done: int, total: int) -> None:
                progress.done, progress.total = done, total

            with database.unit_of_work() as session:
                return people_io.run_import(
                    session,
                    actor,
                    preview,
                    skip_invalid=skip_invalid,
                    skip_duplicates=skip_duplicates,
                    progress=report,
                    cancelled=cancel.is_set,
                )

        self.import_bar.setRange(0, max(1, progress.total))
        self.import_bar.setValue(0)
        self.import_label.setText(self.tr("Importing people…"))
        self._go(self.IMPORTING)
        self._start(run, self._imported)

    def cancel_import(self) -> None:
        """Stop the running import; nothing of it is saved."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.import_label.setText(self.tr("Cancelling…"))

    def _cancel_clicked(self) -> None:
        self.cancel_import()

    def _imported(self, call: ThreadCall) -> None:
        self.cancel_button.setEnabled(True)
        error = call.error
        if isinstance(error, ImportCancelled):
            self.result_label.setText(self.tr("The import was cancelled; nothing was imported."))
        elif error is not None:
            self._go(self.PREVIEW)
            self._show_error(error)
            return
        else:
            assert isinstance(call.result, int)
            self.imported = call.result
            self.result_label.setText(
                self.tr("Import finished. People imported: %1").replace("%1", str(self.imported))
            )
        self._go(self.RESULT)

    # --- background work --------------------------------------------------------------

    def _start(self, function: Callable[[], object], done: Callable[[ThreadCall], None]) -> None:
        call = ThreadCall(function, self)
        self._call = call

        def finished() -> None:
            self._poll.stop()
            self._call = None
            done(call)
            self._update_buttons()

        call.finished.connect(finished)
        call.start()
        self._poll.start()
        self._update_buttons()

    def _show_progress(self) -> None:
        progress = self._progress
        if self.current_step() == self.FILE:
            if progress.done:
                self.read_label.setText(
                    self.tr("Rows read: %1 …").replace("%1", str(progress.done))
                )
        elif self.current_step() == self.IMPORTING:
            self.import_bar.setValue(progress.done)

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, QuartierstreffError):
            self.banner.show_error(message_for(error))
        else:
            raise error  # the exception hook logs it and shows a friendly sentence

    def reject(self) -> None:
        if self._busy():
            self.cancel_import()
            return
        super().reject()
