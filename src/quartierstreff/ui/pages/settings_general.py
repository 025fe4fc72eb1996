"""Einstellungen ▸ Program: the idle lock, the backups and the retention period of
former members' data (``services.settings``).

A section with ``load()`` and ``save()`` like the centre profile; it shows its own
errors next to its inputs, so the settings page only has to call :meth:`apply`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.services.errors import FieldInvalid, QuartierstreffError
from quartierstreff.services.security import Actor
from quartierstreff.services.settings import (
    MAX_BACKUP_INTERVAL_HOURS,
    MAX_IDLE_LOCK_MINUTES,
    MAX_RETENTION_YEARS,
    AppSettings,
    get_settings,
    save_settings,
)
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import HINT_STYLE
from quartierstreff.ui.widgets.marks import mark_invalid

ChooseFolder = Callable[[QWidget, str], str]
"""Asks for a folder, starting at the given one; "" when the user cancels."""


def choose_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("GeneralSettingsSection", "Choose the second backup folder"),
        start,
    )


class GeneralSettingsSection(QWidget):
    """Idle lock minutes, backup interval, the second backup folder and how long former
    members' data is kept."""

    saved = Signal(object)  # the AppSettings as stored

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        ask_folder: ChooseFolder = choose_folder,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._ask_folder = ask_folder

        self.idle_lock_spin = QSpinBox(self)
        self.idle_lock_spin.setRange(0, MAX_IDLE_LOCK_MINUTES)
        self.idle_lock_spin.setSuffix(self.tr(" min"))
        self.idle_lock_spin.setSpecialValueText(self.tr("never"))
        self.idle_lock_spin.setAccessibleName(self.tr("Lock after minutes without input"))
        idle_hint = self._hint(
            self.tr(
                "The window locks after this many minutes without input and asks for the "
                "password again. 0 means never; that is not possible while anyone logs in "
                "with a short PIN."
            )
        )

        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(1, MAX_BACKUP_INTERVAL_HOURS)
        self.interval_spin.setSuffix(self.tr(" h"))
        self.interval_spin.setAccessibleName(self.tr("Automatic backup every hours"))
        interval_hint = self._hint(
            self.tr(
                "While Quartierstreff is open, a backup is saved at most this often, and "
                "always when it is closed. The last 7 days, 4 weeks and 12 months are kept."
            )
        )

        self.folder_edit = QLineEdit(self)
        self.folder_edit.setPlaceholderText(self.tr("none"))
        self.folder_edit.setAccessibleName(self.tr("Second backup folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.clicked.connect(self.choose)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_hint = self._hint(
            self.tr(
                "Every automatic backup is also copied here, e.g. onto a USB stick or a "
                "network drive. If the folder cannot be reached, you are told so. "
                "Leave it empty for none."
            )
        )

        self.retention_spin = QSpinBox(self)
        self.retention_spin.setRange(1, MAX_RETENTION_YEARS)
        self.retention_spin.setAccessibleName(self.tr("Keep former members' data for years"))
        self.retention_spin.valueChanged.connect(self._retention_suffix)
        self._retention_suffix(self.retention_spin.value())
        retention_hint = self._hint(
            self.tr(
                "After this many years since they left (or since their last contact with the "
                "centre), people are offered for anonymisation under Members ▸ Retention "
                "periods. Receipts and attendance at funded events are kept 10 years in any "
                "case."
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(16)
        form.addRow(
            self._label(self.tr("&Lock the window after"), self.idle_lock_spin),
            _with_hint(self._spin_row(self.idle_lock_spin), idle_hint),
        )
        form.addRow(
            self._label(self.tr("Automatic &backup every"), self.interval_spin),
            _with_hint(self._spin_row(self.interval_spin), interval_hint),
        )
        form.addRow(
            self._label(self.tr("&Second backup folder"), self.folder_edit),
            _with_hint(folder_row, folder_hint),
        )
        form.addRow(
            self._label(self.tr("Keep former &members' data"), self.retention_spin),
            _with_hint(self._spin_row(self.retention_spin), retention_hint),
        )

        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.banner)

        self._inputs: dict[str, QWidget] = {
            "idle_lock_minutes": self.idle_lock_spin,
            "backup_interval_hours": self.interval_spin,
            "second_backup_folder": self.folder_edit,
            "member_retention_years": self.retention_spin,
        }
        for spin in (self.idle_lock_spin, self.interval_spin, self.retention_spin):
            spin.valueChanged.connect(self._input_changed)
        self.folder_edit.textEdited.connect(self._input_changed)
        self._snapshot = self.view()

    def _retention_suffix(self, years: int) -> None:
        self.retention_spin.setSuffix(self.tr(" year") if years == 1 else self.tr(" years"))

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setStyleSheet(HINT_STYLE)
        return label

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)  # Alt + the underlined letter goes to the input
        return label

    def _spin_row(self, spin: QSpinBox) -> QHBoxLayout:
        spin.setMinimumWidth(110)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spin)
        row.addStretch(1)
        return row

    # -- the two Picard-style operations ---------------------------------------------

    def load(self) -> None:
        with self._database.unit_of_work() as session:
            settings = get_settings(session, self._actor)
        self.set_view(settings)

    def save(self) -> AppSettings:
        """Validate and store; raises the service's errors, changing nothing. Only this
        section's fields are written: the others (meetings) keep what is stored."""
        mine = self.view()
        with self._database.unit_of_work() as session:
            stored = get_settings(session, self._actor)
            merged = dataclasses.replace(
                stored,
                idle_lock_minutes=mine.idle_lock_minutes,
                backup_interval_hours=mine.backup_interval_hours,
                second_backup_folder=mine.second_backup_folder,
                member_retention_years=mine.member_retention_years,
            )
            saved = save_settings(session, self._actor, merged)
        self.set_view(saved)
        self.saved.emit(saved)
        return saved

    def apply(self) -> bool:
        """Save if anything changed, showing an error next to the inputs; False then."""
        if not self.has_changes():
            return True
        self.clear_marks()
        self.banner.clear_message()
        try:
            self.save()
        except FieldInvalid as error:
            self.mark_invalid(error.field)
            self.banner.show_error(self.field_message(error))
            return False
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        return True

    def field_message(self, error: FieldInvalid) -> str:
        if error.reason == "pins_need_lock":
            return self.tr(
                "The window must lock itself while anyone logs in with a short PIN. "
                "Please choose at least 1 minute."
            )
        if error.field == "idle_lock_minutes" and error.reason == "range":
            return self.tr("Please choose between 0 and {max} minutes.").format(
                max=MAX_IDLE_LOCK_MINUTES
            )
        if error.field == "member_retention_years" and error.reason == "range":
            return self.tr("Please choose between 1 and {max} years.").format(
                max=MAX_RETENTION_YEARS
            )
        if error.field == "backup_interval_hours" and error.reason == "range":
            return self.tr("Please choose between 1 and {max} hours.").format(
                max=MAX_BACKUP_INTERVAL_HOURS
            )
        return message_for(error)

    # -- between the form and the view -----------------------------------------------

    def view(self) -> AppSettings:
        return AppSettings(
            idle_lock_minutes=self.idle_lock_spin.value(),
            backup_interval_hours=self.interval_spin.value(),
            second_backup_folder=self.folder_edit.text().strip(),
            member_retention_years=self.retention_spin.value(),
        )

    def set_view(self, settings: AppSettings) -> None:
        self.idle_lock_spin.setValue(settings.idle_lock_minutes)
        self.interval_spin.setValue(settings.backup_interval_hours)
        self.folder_edit.setText(settings.second_backup_folder)
        self.retention_spin.setValue(settings.member_retention_years)
        self.folder_edit.setCursorPosition(0)
        self.clear_marks()
        self._snapshot = self.view()

    def has_changes(self) -> bool:
        return self.view() != self._snapshot

    def revert(self) -> None:
        self.load()
        self.banner.clear_message()

    def choose(self) -> None:
        start = self.folder_edit.text() or str(Path.home())
        folder = self._ask_folder(self, start)
        if folder:
            self.folder_edit.setText(folder)
            self.folder_edit.setCursorPosition(0)
            self._input_changed()

    def mark_invalid(self, field: str) -> bool:
        widget = self._inputs.get(field)
        if widget is None:
            return False
        mark_invalid(widget)
        return True

    def clear_marks(self) -> None:
        for widget in self._inputs.values():
            widget.setStyleSheet("")

    def _input_changed(self) -> None:
        self.clear_marks()
        self.banner.clear_message()


def _with_hint(row: QHBoxLayout, hint: QLabel) -> QVBoxLayout:
    """An input with its explanation right below it."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    column.addLayout(row)
    column.addWidget(hint)
    return column
