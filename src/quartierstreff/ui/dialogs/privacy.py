"""Datenschutz: the information for a person (Art. 15 DSGVO) and the list of people whose
retention period has ended (Art. 17), with anonymising after a confirmation.

Both dialogs are opened from the Mitglieder page; every rule lives in
``services.privacy``. The folder choice and the confirmation are injectable, so tests
never open a modal window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.services import privacy
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.privacy import ErasureCandidate, ErasureStatus, KeepReason
from quartierstreff.services.security import Actor
from quartierstreff.services.settings import get_settings
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import format_date, from_qdate, to_qdate
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.lists import set_up_record_list
from quartierstreff.ui.widgets.page import heading

AnyIndex = QModelIndex | QPersistentModelIndex

ChooseFolder = Callable[[QWidget], Path | None]
"""Asks for the folder to write the information into; ``None`` when cancelled."""

Confirm = Callable[[QWidget, str], bool]
"""Asks the user a yes/no question; True for yes."""


def choose_folder(parent: QWidget) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("AccessRequestDialog", "Choose a folder for the information"),
        str(Path.home()),
    )
    return Path(chosen) if chosen else None


def confirm(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ErasureDialog", "Anonymise"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class AccessRequestDialog(QDialog):
    """Records a request for access and creates the information (PDF and JSON)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        person_id: int,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        choose: ChooseFolder = choose_folder,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._person_id = person_id
        self._today = today
        self._choose = choose
        self.files: tuple[Path, Path] | None = None
        self.setWindowTitle(self.tr("Information for the person"))
        self.setMinimumWidth(560)

        title = heading(self, 1.3)
        title.setText(self.tr("Information for the person (Art. 15 GDPR)"))
        intro = QLabel(
            self.tr(
                "Everyone may ask which data the centre holds about them. The answer is due "
                "within one month. It is created here as a PDF for the person and a JSON "
                "file with the same data; the request is then marked as answered."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.person_label = QLabel(self)
        self.person_label.setTextFormat(Qt.TextFormat.PlainText)
        self.received_edit = QDateEdit(self)
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd.MM.yyyy")
        self.received_edit.setMaximumDate(to_qdate(today))
        self.received_edit.setMinimumDate(to_qdate(dt.date(2000, 1, 1)))
        self.received_edit.setDate(to_qdate(today))
        self.received_edit.dateChanged.connect(self._show_deadline)
        self.due_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Person:"), self.person_label)
        received_caption = QLabel(self.tr("Request &received on:"), self)
        received_caption.setBuddy(self.received_edit)
        form.addRow(received_caption, self.received_edit)
        form.addRow(self.tr("Answer due by:"), self.due_label)

        self.banner = MessageBanner(self)
        self.record_button = QPushButton(self.tr("&Record request only"), self)
        self.record_button.setToolTip(
            self.tr(
                "Note the request now and create the information later; the overview "
                "shows its deadline."
            )
        )
        self.record_button.clicked.connect(self.record_only)
        self.create_button = QPushButton(self.tr("&Create information…"), self)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_information)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        row.addWidget(self.create_button)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        try:
            with self._database.unit_of_work() as session:
                view = privacy.person_privacy(session, self._actor, self._person_id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            for widget in (self.received_edit, self.record_button, self.create_button):
                widget.setEnabled(False)
            return
        self.person_label.setText(f"{view.name} ({view.person_id})")
        request = view.open_access_request
        if request is not None:
            self.received_edit.setDate(to_qdate(request.received_on))
            self.received_edit.setEnabled(False)
            self.record_button.setEnabled(False)
            self.status_label.setText(
                self.tr(
                    "A request received on {date} is open; creating the information answers it."
                ).format(date=format_date(request.received_on))
            )
        else:
            self.received_edit.setEnabled(True)
            self.record_button.setEnabled(True)
            self.status_label.setText(self.tr("No request of this person is open."))
        self._show_deadline()

    def received_on(self) -> dt.date:
        return from_qdate(self.received_edit.date())

    def _show_deadline(self) -> None:
        due = privacy.due_date(self.received_on())
        text = format_date(due)
        if due < self._today:
            text = self.tr("{date} (overdue)").format(date=text)
        self.due_label.setText(text)
        self.due_label.setStyleSheet("color: #b3261e;" if due < self._today else "")

    def record_only(self) -> None:
        self.banner.clear_message()
        try:
            with self._database.unit_of_work() as session:
                request = privacy.record_access_request(
                    session, self._actor, self._person_id, self.received_on(), today=self._today
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.load()
        self.banner.show_success(
            self.tr("The request is recorded. Please answer it by {date}.").format(
                date=format_date(request.due_on)
            )
        )

    def create_information(self) -> None:
        self.banner.clear_message()
        folder = self._choose(self)
        if folder is None:
            return
        try:
            with self._database.unit_of_work() as session:
                self.files = privacy.privacy_export(
                    session,
                    self._actor,
                    self._person_id,
                    folder,
                    self._today,
                    received_on=self.received_on(),
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        pdf, copy = self.files
        self.load()
        self.banner.show_success(
            "\n".join(
                (
                    self.tr(
                        "The information has been created and the request is marked as answered."
                    ),
                    self.tr("PDF for the person: {pdf}").format(pdf=pdf),
                    self.tr("Data copy (JSON): {json}").format(json=copy),
                )
            )
        )
        self.adjustSize()


class ErasureTableModel(QAbstractTableModel):
    """The people whose retention period has ended."""

    NAME, STATUS, LAST_ACTIVITY, KEPT_UNTIL, REASON = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.candidates: list[ErasureCandidate] = []

    def set_candidates(self, candidates: list[ErasureCandidate]) -> None:
        self.beginResetModel()
        self.candidates = list(candidates)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.candidates):
            return None
        candidate = self.candidates[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(candidate, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return candidate.person_id
        if role == Qt.ItemDataRole.ForegroundRole and candidate.must_keep:
            return QBrush(QColor("#8a5a00"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.NAME: self.tr("Name"),
            self.STATUS: self.tr("Status"),
            self.LAST_ACTIVITY: self.tr("Last activity"),
            self.KEPT_UNTIL: self.tr("Must be kept until"),
            self.REASON: self.tr("Why"),
        }
        return titles.get(section)

    def _text(self, candidate: ErasureCandidate, column: int) -> str:
        if column == self.NAME:
            return candidate.name
        if column == self.STATUS:
            if candidate.status is ErasureStatus.FORMER:
                return self.tr("Former member")
            return self.tr("Not a member")
        if column == self.LAST_ACTIVITY:
            return format_date(candidate.last_activity)
        if column == self.KEPT_UNTIL:
            return format_date(candidate.kept_until)
        if column == self.REASON:
            return self.reason_text(candidate)
        return ""

    def reason_text(self, candidate: ErasureCandidate) -> str:
        if not candidate.must_keep:
            return self.tr("Can be anonymised")
        reasons = {
            KeepReason.RECEIPTS: self.tr("receipts (10 years, § 147 AO)"),
            KeepReason.FUNDED_ATTENDANCE: self.tr("attendance at funded events (10 years)"),
        }
        listed = ", ".join(reasons[reason] for reason in candidate.keep_reasons)
        if candidate.blocked_on is not None:
            return self.tr("Blocked: {reasons}").format(reasons=listed)
        return self.tr("To be blocked: {reasons}").format(reasons=listed)


class ErasureDialog(QDialog):
    """Lists the people past the retention period and anonymises (or blocks) the
    selected ones after a confirmation."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        ask: Confirm = confirm,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self._ask = ask
        self.setWindowTitle(self.tr("Retention periods"))
        self.setMinimumSize(720, 420)
        self.resize(900, 520)

        title = heading(self, 1.3)
        title.setText(self.tr("Retention periods and anonymisation"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr("Nobody's retention period has ended. There is nothing to anonymise."), self
        )
        self.model = ErasureTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_record_list(self.table, ErasureTableModel.REASON)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.banner = MessageBanner(self)
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"), self)
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        row = QHBoxLayout()
        row.addWidget(self.anonymise_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        try:
            with self._database.unit_of_work() as session:
                years = get_settings(session, self._actor).member_retention_years
                candidates = privacy.erasure_candidates(session, self._actor, self._today)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            candidates, years = [], 0
        self.intro.setText(
            self.tr(
                "Former members and other people whose last contact with the centre was more "
                "than {years} years ago (see Settings). Anonymising removes names, address, "
                "contact data, notes and consents; counts and age bands remain. Where receipts "
                "or attendance at funded events must still be kept, the person is blocked "
                "instead (hidden from normal use) until that period ends."
            ).format(years=years)
        )
        self.model.set_candidates(candidates)
        self.table.setVisible(bool(candidates))
        self.empty_label.setVisible(not candidates)
        self._update_buttons()

    def selected(self) -> list[ErasureCandidate]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.candidates[row] for row in rows]

    def _update_buttons(self) -> None:
        self.anonymise_button.setEnabled(bool(self.selected()))

    def anonymise_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        names = ", ".join(candidate.name for candidate in chosen)
        question = self.tr(
            "Anonymise {names}? Names and contact data are removed for good and cannot be "
            "restored. People whose receipts or attendance lists must still be kept are "
            "blocked instead."
        ).format(names=names)
        if not self._ask(self, question):
            return
        anonymised: list[str] = []
        blocked: list[str] = []
        try:
            with self._database.unit_of_work() as session:
                for candidate in chosen:
                    outcome = privacy.anonymise_person(
                        session, self._actor, candidate.person_id, self._today
                    )
                    if outcome.anonymised:
                        anonymised.append(outcome.name)
                    else:
                        blocked.append(
                            self.tr("{name} (until {date})").format(
                                name=outcome.name, date=format_date(outcome.blocked_until)
                            )
                        )
        except QuartierstreffError as error:
            self.reload()
            self.banner.show_error(message_for(error))
            return
        self.reload()
        lines = []
        if anonymised:
            lines.append(self.tr("Anonymised: {names}.").format(names=", ".join(anonymised)))
        if blocked:
            lines.append(
                self.tr("Blocked while their data must be kept: {names}.").format(
                    names=", ".join(blocked)
                )
            )
        self.banner.show_success("\n".join(lines))
