"""Förderanträge: the centre's funding applications with their status, the programmes'
deadlines and the reports due above the list, and what is done with an application:
new (:class:`NewApplicationDialog`: programme, title, period; the editor opens),
open (the application editor, ``ui.dialogs.application_editor``), change the status
(:class:`StatusDialog`: the allowed next steps, date, note, the funder's file number and
the approved amount, with the history), versions (``ui.dialogs.application_versions``),
the text blocks (``ui.dialogs.text_blocks``) and deleting (to the bin).

Every question the page asks is a parameter (tests answer them): ``confirm``."""

from __future__ import annotations

import datetime as dt
import html
import importlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.db.models import ApplicationStatus
from quartierstreff.money import format_money
from quartierstreff.services import funding, programmes
from quartierstreff.services.errors import FieldInvalid, QuartierstreffError
from quartierstreff.services.funding import (
    STATUS_LABELS,
    ApplicationDraft,
    ApplicationRow,
    ApplicationView,
    DeadlineView,
)
from quartierstreff.services.programmes import Programme, ProgrammeEntry
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import date_pattern, format_date, from_qdate, to_qdate
from quartierstreff.ui.pages.groups import Confirm, RecordsModel, ask
from quartierstreff.ui.pages.settings_people import parse_amount
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import hint_label
from quartierstreff.ui.widgets.lists import select_record, selected_record, set_up_record_list
from quartierstreff.ui.widgets.marks import mark_invalid
from quartierstreff.ui.widgets.page import DialogPage, heading

SEARCH_DELAY_MS = 200
DEADLINE_DAYS = 60
"""Programme deadlines and report due dates this many days ahead are shown."""
OPEN = "open"
"""The status filter's entry for everything not finished (not rejected, not closed)."""
FINISHED = frozenset({ApplicationStatus.REJECTED, ApplicationStatus.CLOSED})
REPORT_PENDING = frozenset({ApplicationStatus.APPROVED, ApplicationStatus.IN_PROGRESS})
"""Statuses in which the report (Verwendungsnachweis) is still to be written."""
WITHDRAW = "withdraw"
"""The status dialog's entry for taking a submitted application back to the draft."""
OVERDUE_COLOUR = "#b3261e"
TODAY_FN = Callable[[], dt.date]


def money(amount: Decimal | None) -> str:
    """ "1.234,56 €"; empty for no amount."""
    return "" if amount is None else format_money(amount)


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{format_date(start) or '?'} – {format_date(end) or '?'}"


def _load(module: str, name: str) -> Any:
    """``module.name`` if that part exists in this version of the program, else ``None``."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(date_pattern())
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(day))
    return edit


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def report_overdue(row: ApplicationRow, today: dt.date) -> bool:
    return (
        row.report_due_on is not None and row.report_due_on < today and row.status in REPORT_PENDING
    )


class ApplicationsModel(RecordsModel[ApplicationRow]):
    """The list: amounts right-aligned, an overdue report date in red."""

    MONEY_COLUMN = 3
    DUE_COLUMN = 5

    def __init__(self, today: TODAY_FN, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                (self.tr("Title"), lambda r: r.title),
                (self.tr("Programme"), lambda r: r.programme_name),
                (self.tr("Status"), lambda r: r.status_label),
                (self.tr("Requested"), lambda r: money(r.requested_amount)),
                (self.tr("Project period"), lambda r: period_text(r.project_start, r.project_end)),
                (self.tr("Report due"), lambda r: format_date(r.report_due_on)),
            ],
            parent,
        )
        self._today = today

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.MONEY_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.DUE_COLUMN
            and report_overdue(self.rows[index.row()], self._today())
        ):
            return QBrush(QColor(OVERDUE_COLOUR))
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and section == self.MONEY_COLUMN
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)


# -- new application ---------------------------------------------------------------------


class NewApplicationDialog(QDialog):
    """Programme (the active ones, with their key facts), title and project period.
    After OK, :attr:`created_id` holds the new application's id."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New funding application"))
        self.resize(620, 400)

        with database.unit_of_work() as session:
            self.entries: list[ProgrammeEntry] = programmes.list_programmes(
                session, actor, include_inactive=False
            )

        self.programme_combo = QComboBox(self)
        self.programme_combo.setObjectName("programmeCombo")
        for entry in self.entries:
            self.programme_combo.addItem(entry.programme.name, entry.id)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("programmeFacts")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.RichText)
        self.facts_label.setStyleSheet(
            "QLabel { background: palette(base); border: 1px solid #cfd8dc;"
            " border-radius: 6px; padding: 8px 10px; }"
        )
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(funding.TITLE_LENGTH)
        self.title_edit.setPlaceholderText(self.tr("e.g. Nachbarschaftsgespräche in der Südstadt"))
        self.period_check = QCheckBox(self.tr("&Project period:"), self)
        self.period_check.setObjectName("periodCheck")
        self.period_check.setChecked(True)
        start = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        self.start_edit = _date_edit(self, start)
        self.start_edit.setObjectName("startEdit")
        self.end_edit = _date_edit(self, start)
        self.end_edit.setObjectName("endEdit")
        self.period_check.toggled.connect(self.start_edit.setEnabled)
        self.period_check.toggled.connect(self.end_edit.setEnabled)
        period_row = QHBoxLayout()
        period_row.addWidget(self.start_edit)
        period_row.addWidget(QLabel(self.tr("to"), self))
        period_row.addWidget(self.end_edit)
        period_row.addStretch(1)

        form = QFormLayout()
        form.addRow(
            _label(self.tr("P&rogramme:"), self.programme_combo, self), self.programme_combo
        )
        form.addRow("", self.facts_label)
        form.addRow(
            _label(self.tr("&Title of the project:"), self.title_edit, self), self.title_edit
        )
        form.addRow(self.period_check, period_row)
        hint = hint_label(
            self.tr(
                "The texts, the cost and financing plan and the attachments follow in the "
                "application window, which opens next. Everything can be changed later."
            ),
            self,
        )
        self.banner = MessageBanner(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create and open"))
        ok.setObjectName("createButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        self.programme_combo.currentIndexChanged.connect(self._programme_changed)
        self._programme_changed()
        if not self.entries:
            self.banner.show_error(
                self.tr(
                    "There is no active funding programme. Add or switch one on under "
                    "Settings ▸ Funding programmes."
                )
            )
            ok.setEnabled(False)

    def programme(self) -> Programme | None:
        index = self.programme_combo.currentIndex()
        return self.entries[index].programme if 0 <= index < len(self.entries) else None

    def _programme_changed(self) -> None:
        programme = self.programme()
        if programme is None:
            self.facts_label.setText("")
            self.facts_label.hide()
            return
        self.facts_label.show()
        self.facts_label.setText(self.facts_html(programme, self._today))
        if programme.duration_months:
            start = from_qdate(self.start_edit.date())
            end = funding.add_months(start, programme.duration_months) - dt.timedelta(days=1)
            self.end_edit.setDate(to_qdate(end))

    def facts_html(self, programme: Programme, today: dt.date) -> str:
        e = html.escape
        lines = [f"<b>{e(programme.funder)}</b>"]
        if programme.min_grant is not None and programme.max_grant is not None:
            lines.append(
                self.tr("Grant: {low} to {high}").format(
                    low=money(programme.min_grant), high=money(programme.max_grant)
                )
            )
        elif programme.max_grant is not None:
            lines.append(self.tr("Grant: up to {high}").format(high=money(programme.max_grant)))
        if programme.max_funding_rate is not None and programme.max_funding_rate < 100:
            lines.append(
                self.tr("At most {rate} % of the costs").format(
                    rate=_percent(programme.max_funding_rate)
                )
            )
        if programme.min_own_share is not None:
            lines.append(
                self.tr("Own share at least {rate} %").format(
                    rate=_percent(programme.min_own_share)
                )
            )
        if programme.duration_months:
            lines.append(
                self.tr("Project period up to {months} months").format(
                    months=programme.duration_months
                )
            )
        coming = [day for day in programme.deadlines if day >= today]
        if programme.any_time:
            lines.append(self.tr("Applications any time"))
        elif coming:
            lines.append(self.tr("Next deadline: {date}").format(date=format_date(min(coming))))
        elif programme.deadlines:
            lines.append(
                "<span style='color:#8a5a00'>"
                + e(
                    self.tr("The last deadline ({date}) has passed").format(
                        date=format_date(max(programme.deadlines))
                    )
                )
                + "</span>"
            )
        if programme.call_date is not None:
            lines.append(
                "<span style='color:gray'>"
                + e(
                    self.tr("Rules as in the call of {date}").format(
                        date=format_date(programme.call_date)
                    )
                )
                + "</span>"
            )
        return "<br>".join(line if line.startswith("<") else e(line) for line in lines)

    def draft(self) -> ApplicationDraft:
        index = self.programme_combo.currentIndex()
        with_period = self.period_check.isChecked()
        return ApplicationDraft(
            programme_id=self.entries[index].id if 0 <= index < len(self.entries) else 0,
            title=self.title_edit.text(),
            project_start=from_qdate(self.start_edit.date()) if with_period else None,
            project_end=from_qdate(self.end_edit.date()) if with_period else None,
        )

    def accept(self) -> None:
        inputs: dict[str, QWidget] = {
            "programme": self.programme_combo,
            "title": self.title_edit,
            "project_start": self.start_edit,
            "project_end": self.end_edit,
        }
        for widget in inputs.values():
            widget.setStyleSheet("")
        if not self.title_edit.text().strip():
            mark_invalid(self.title_edit)
            self.banner.show_error(self.tr("Please give the project a title."))
            return
        try:
            with self._database.unit_of_work() as session:
                self.created_id = funding.create_application(
                    session, self._actor, self.draft(), on=self._today
                )
        except FieldInvalid as error:
            mark_invalid(inputs.get(error.field))
            self.banner.show_error(message_for(error))
            return
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        super().accept()


def _percent(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


# -- status ------------------------------------------------------------------------------


class StatusDialog(QDialog):
    """The next status (only the allowed steps), its date, a note, the funder's file
    number (submitted, approved) and the approved amount (approved); the history with
    dates below. Without a next step it shows the history only."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        application: ApplicationView,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.application = application
        self.saved_status: ApplicationStatus | str | None = None
        self.setWindowTitle(self.tr("Status of “{title}”").format(title=application.title))
        self.resize(640, 520)

        nexts = application.next_statuses or funding.allowed_next(application.status)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        for status in nexts:
            self.status_combo.addItem(STATUS_LABELS[status], status.value)
        if application.status == ApplicationStatus.SUBMITTED:
            self.status_combo.addItem(self.tr("withdrawn (back to draft)"), WITHDRAW)
        self.date_edit = _date_edit(self, today)
        self.date_edit.setObjectName("statusDate")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("statusNote")
        self.note_edit.setMaxLength(funding.NOTE_LENGTH)
        self.note_edit.setPlaceholderText(self.tr("e.g. sent by e-mail to Ms Berger"))
        self.reference_edit = QLineEdit(application.funder_reference, self)
        self.reference_edit.setObjectName("funderReference")
        self.reference_edit.setMaxLength(funding.REFERENCE_LENGTH)
        self.reference_edit.setPlaceholderText(self.tr("As in the funder's letter"))
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("approvedAmount")
        self.amount_edit.setPlaceholderText(self.tr("e.g. 4.500,00"))
        if application.requested_amount is not None:
            self.amount_edit.setText(money(application.requested_amount).removesuffix(" €"))

        self.form = QFormLayout()
        self.form.addRow(
            _label(self.tr("&New status:"), self.status_combo, self), self.status_combo
        )
        self.form.addRow(_label(self.tr("&On:"), self.date_edit, self), self.date_edit)
        self.form.addRow(_label(self.tr("N&ote:"), self.note_edit, self), self.note_edit)
        self.reference_label = _label(
            self.tr("&File number of the funder:"), self.reference_edit, self
        )
        self.form.addRow(self.reference_label, self.reference_edit)
        self.amount_label = _label(self.tr("&Approved amount (€):"), self.amount_edit, self)
        self.form.addRow(self.amount_label, self.amount_edit)

        self.current_label = QLabel(self)
        self.current_label.setText(
            self.tr("Current status: {status}").format(status=application.status_label)
        )
        self.final_label = hint_label(
            self.tr("This application is finished; its status does not change any more."), self
        )
        self.history_label = QLabel(self)
        self.history_label.setObjectName("statusHistory")
        self.history_label.setTextFormat(Qt.TextFormat.RichText)
        self.history_label.setWordWrap(True)
        self.history_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history_label.setText(self.history_html(application))
        history_scroll = QScrollArea(self)
        history_scroll.setWidgetResizable(True)
        history_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        history_scroll.setWidget(self.history_label)
        history_heading = QLabel(self.tr("History"), self)
        font = history_heading.font()
        font.setBold(True)
        history_heading.setFont(font)

        self.banner = MessageBanner(self)
        has_next = self.status_combo.count() > 0
        self.buttons = QDialogButtonBox(
            (QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
            if has_next
            else QDialogButtonBox.StandardButton.Close,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        if has_next:
            layout.addLayout(self.form)
        else:
            for widget in (
                self.status_combo,
                self.date_edit,
                self.note_edit,
                self.reference_edit,
                self.amount_edit,
            ):
                widget.hide()
            layout.addWidget(self.final_label)
        self.final_label.setVisible(not has_next)
        layout.addSpacing(8)
        layout.addWidget(history_heading)
        layout.addWidget(history_scroll, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def chosen(self) -> ApplicationStatus | str | None:
        value = self.status_combo.currentData()
        if value == WITHDRAW:
            return WITHDRAW
        return ApplicationStatus(value) if value else None

    def _status_changed(self) -> None:
        status = self.chosen()
        wants_reference = status in (ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED)
        wants_amount = status == ApplicationStatus.APPROVED
        for widget in (self.reference_label, self.reference_edit):
            widget.setVisible(wants_reference)
        for widget in (self.amount_label, self.amount_edit):
            widget.setVisible(wants_amount)

    def history_html(self, application: ApplicationView) -> str:
        e = html.escape
        if not application.history:
            return f"<p style='color:gray'>{e(self.tr('No status changes recorded yet.'))}</p>"
        rows = "".join(
            "<tr>"
            f"<td style='padding:3px 14px 3px 4px' valign='top'>"
            f"{e(format_date(step.changed_on))}</td>"
            f"<td style='padding:3px 14px 3px 0' valign='top'><b>{e(step.status_label)}</b></td>"
            f"<td style='padding:3px 0' valign='top'>{e(step.note)}</td>"
            "</tr>"
            for step in reversed(application.history)
        )
        parts = [f"<table cellspacing='0'>{rows}</table>"]
        if application.funder_reference:
            parts.append(
                "<p>"
                + e(
                    self.tr("File number of the funder: {reference}").format(
                        reference=application.funder_reference
                    )
                )
                + "</p>"
            )
        return "".join(parts)

    def accept(self) -> None:
        inputs: dict[str, QWidget] = {
            "status_date": self.date_edit,
            "note": self.note_edit,
            "funder_reference": self.reference_edit,
            "approved_amount": self.amount_edit,
        }
        for widget in inputs.values():
            widget.setStyleSheet("")
        status = self.chosen()
        if status is None:
            self.reject()
            return
        day = from_qdate(self.date_edit.date())
        note = self.note_edit.text()
        try:
            approved = (
                parse_amount(self.amount_edit.text(), "approved_amount")
                if status == ApplicationStatus.APPROVED
                else None
            )
            with self._database.unit_of_work() as session:
                if status == WITHDRAW:
                    funding.withdraw_application(
                        session, self._actor, self.application.id, on=day, note=note
                    )
                else:
                    assert isinstance(status, ApplicationStatus)
                    reference = (
                        self.reference_edit.text()
                        if status in (ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED)
                        else None
                    )
                    funding.change_status(
                        session,
                        self._actor,
                        self.application.id,
                        status,
                        on=day,
                        note=note,
                        funder_reference=reference,
                        approved_amount=approved,
                    )
        except FieldInvalid as error:
            mark_invalid(inputs.get(error.field))
            self.banner.show_error(message_for(error))
            return
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.saved_status = status
        super().accept()


# -- the page ----------------------------------------------------------------------------


class FundingPage(DialogPage):
    """``today`` is a date or a function giving it (the window stays open past midnight).
    Dialogs open window-modal without blocking (:meth:`QDialog.open`); the application
    editor is a window of its own, one per application."""

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
        self._today: TODAY_FN = today if callable(today) else (lambda: today)
        self._confirm = confirm
        self.may_read = actor.may(Permission.FUNDING_READ)
        self.may_write = actor.may(Permission.FUNDING_WRITE)
        """The dialog open now, if any (tests fill it in)."""
        self.editors: dict[int, QWidget] = {}
        """The open application windows by application id."""
        self.rows: list[ApplicationRow] = []
        self.deadlines: list[DeadlineView] = []
        self._has_any = False

        title = heading(self)
        title.setText(self.tr("Funding applications"))

        # -- deadlines
        self.deadlines_label = QLabel(self)
        self.deadlines_label.setObjectName("deadlinesLabel")
        self.deadlines_label.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines_label.setWordWrap(True)
        self.deadlines_label.setStyleSheet(
            "QLabel { background: #fff8e1; border: 1px solid #f0d58c; border-radius: 6px;"
            " padding: 8px 12px; }"
        )
        self.deadlines_label.hide()

        # -- filters
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("applicationSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search titles, programmes, file numbers…"))
        self.search_edit.setAccessibleName(self.tr("Search applications"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        self.status_combo.addItem(self.tr("Running and open"), OPEN)
        for status, label in STATUS_LABELS.items():
            self.status_combo.addItem(label, status.value)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search_edit, 1)
        filter_row.addSpacing(8)
        filter_row.addWidget(self.status_combo)

        # -- actions
        self.new_button = QPushButton(self.tr("&New application…"), self)
        self.new_button.setObjectName("newApplicationButton")
        self.new_button.setToolTip(self.tr("Start an application for a programme (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_application)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_application)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openApplicationButton")
        self.open_button.setToolTip(self.tr("Texts, cost and financing plan, checks (Enter)"))
        self.open_button.clicked.connect(self.open_application)
        self.status_button = QPushButton(self.tr("&Status…"), self)
        self.status_button.setObjectName("statusButton")
        self.status_button.setToolTip(
            self.tr("Submitted, approved, …: with date, note and the funder's file number")
        )
        self.status_button.clicked.connect(self.change_status)
        self.versions_button = QPushButton(self.tr("&Versions…"), self)
        self.versions_button.setObjectName("versionsButton")
        self.versions_button.setToolTip(self.tr("Kept versions: compare and restore"))
        self.versions_button.clicked.connect(self.open_versions)
        self.blocks_button = QPushButton(self.tr("&Text blocks…"), self)
        self.blocks_button.setObjectName("textBlocksButton")
        self.blocks_button.setToolTip(
            self.tr("Texts for many applications: about us, our rooms, our groups")
        )
        self.blocks_button.clicked.connect(self.open_text_blocks)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setObjectName("deleteApplicationButton")
        self.delete_button.clicked.connect(self.delete_application)
        for button in (self.new_button, self.delete_button):
            button.setVisible(self.may_write)
        self.new_shortcut.setEnabled(self.may_write)
        action_row = QHBoxLayout()
        action_row.addWidget(self.new_button)
        action_row.addWidget(self.open_button)
        action_row.addWidget(self.status_button)
        action_row.addWidget(self.versions_button)
        action_row.addStretch(1)
        action_row.addWidget(self.blocks_button)
        action_row.addWidget(self.delete_button)

        # -- the list and the summary
        self.model = ApplicationsModel(self._today, self)
        self.table = QTableView(self)
        self.table.setObjectName("applicationsTable")
        self.table.setModel(self.model)
        set_up_record_list(self.table, 0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 190)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(self.open_application)
        self.table.installEventFilter(self)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 40px;")
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.detail = QLabel(self)
        self.detail.setObjectName("applicationDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setContentsMargins(14, 10, 14, 10)
        self.detail_scroll = detail_scroll = QScrollArea(self)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setMinimumWidth(260)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([850, 260])

        self.banner = MessageBanner(self)
        self.no_access_label = hint_label(
            self.tr(
                "Funding applications are kept by the treasurer and the coordination team. "
                "Please ask them if you need one."
            ),
            self,
        )
        self.no_access_label.setObjectName("noAccessLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        if self.may_read:
            self.no_access_label.hide()
            layout.addWidget(self.deadlines_label)
            layout.addLayout(filter_row)
            layout.addLayout(action_row)
            layout.addWidget(splitter, 1)
            layout.addWidget(self.banner)
        else:
            for widget in (
                self.search_edit,
                self.status_combo,
                self.new_button,
                self.open_button,
                self.status_button,
                self.versions_button,
                self.blocks_button,
                self.delete_button,
                splitter,
                self.banner,
            ):
                widget.hide()
            self.new_shortcut.setEnabled(False)
            layout.addWidget(self.no_access_label)
            layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self._timer.start)
        self.status_combo.currentIndexChanged.connect(lambda *_: self.reload())
        self._show_selected()

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """The deadlines, then the list."""
        if not self.may_read:
            return
        try:
            with self._database.unit_of_work() as session:
                self.deadlines = funding.upcoming_deadlines(
                    session, self._actor, self._today(), days=DEADLINE_DAYS
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.deadlines = []
        self._show_deadlines()
        self.reload()

    def _show_deadlines(self) -> None:
        if not self.deadlines:
            self.deadlines_label.hide()
            return
        self.deadlines_label.setText(deadlines_html(self.deadlines))
        self.deadlines_label.show()

    def set_status_filter(self, value: ApplicationStatus | str | None) -> None:
        data = value.value if isinstance(value, ApplicationStatus) else value
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(data)))

    def reload(self, select_id: int | None = None) -> None:
        if not self.may_read:
            return
        self._timer.stop()
        current = self.current_id() if select_id is None else select_id
        wanted = self.status_combo.currentData()
        status = ApplicationStatus(wanted) if wanted not in (None, OPEN) else None
        try:
            with self._database.unit_of_work() as session:
                found = funding.list_applications(
                    session, self._actor, status=status, search=self.search_edit.text().strip()
                )
                if not found and not self._has_any:
                    self._has_any = bool(funding.list_applications(session, self._actor))
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        if found:
            self._has_any = True
        if wanted == OPEN:
            found = [row for row in found if row.status not in FINISHED]
        self.rows = found
        self.model.set_rows(found)
        if found:
            self.list_stack.setCurrentWidget(self.table)
            select_record(self.table, found, current)
            if self.current_id() is None:
                self.table.selectRow(0)
        else:
            self.empty_label.setText(self._empty_text())
            self.list_stack.setCurrentWidget(self.empty_label)
        self.detail_scroll.setVisible(bool(found))
        self._show_selected()

    def _empty_text(self) -> str:
        if not self._has_any:
            if self.may_write:
                return self.tr(
                    "No funding applications yet.\n\nWith “New application…” you choose a "
                    "programme and give the project a title; then you write the texts and "
                    "the cost and financing plan, and the program checks them against the "
                    "programme's rules. Texts you need again and again belong under "
                    "“Text blocks…”."
                )
            return self.tr("No funding applications yet.")
        return self.tr("No application matches the search or the status.")

    def current_row(self) -> ApplicationRow | None:
        return selected_record(self.table, self.rows)

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    # -- the summary ------------------------------------------------------------------

    def _show_selected(self) -> None:
        row = self.current_row()
        chosen = row is not None
        for widget in (
            self.open_button,
            self.status_button,
            self.versions_button,
            self.delete_button,
        ):
            widget.setEnabled(chosen)
        self.detail.setText(self.row_html(row) if row is not None else "")

    def row_html(self, row: ApplicationRow) -> str:
        e = html.escape
        parts = [
            f"<h3 style='margin:0'>{e(row.title)}</h3>",
            f"<p style='color:gray;margin-top:2px'>{e(row.programme_name)}</p>",
        ]
        facts = [self.tr("Status: {status}").format(status=e(row.status_label))]
        if row.status_since is not None:
            facts[0] += " " + e(
                self.tr("(since {date})").format(date=format_date(row.status_since))
            )
        if row.funder_reference:
            facts.append(
                self.tr("File number: {reference}").format(reference=e(row.funder_reference))
            )
        if row.requested_amount is not None:
            facts.append(self.tr("Requested: {amount}").format(amount=money(row.requested_amount)))
        if row.approved_amount is not None:
            facts.append(self.tr("Approved: {amount}").format(amount=money(row.approved_amount)))
        period = period_text(row.project_start, row.project_end)
        if period:
            facts.append(self.tr("Project: {period}").format(period=e(period)))
        parts.append(f"<p>{'<br>'.join(facts)}</p>")
        if row.report_due_on is not None and row.status in REPORT_PENDING:
            text = e(
                self.tr("Report (Verwendungsnachweis) due by {date}").format(
                    date=format_date(row.report_due_on)
                )
            )
            colour = OVERDUE_COLOUR if report_overdue(row, self._today()) else "inherit"
            parts.append(f"<p style='color:{colour}'><b>{text}</b></p>")
        return "".join(parts)

    def _application(self, application_id: int) -> ApplicationView | None:
        try:
            with self._database.unit_of_work() as session:
                return funding.get_application(session, self._actor, application_id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.reload()
            return None

    # -- keys -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_application()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_application()
                return True
        return super().eventFilter(watched, event)

    # -- dialogs ----------------------------------------------------------------------

    def new_application(self) -> QDialog | None:
        if not self.may_write or self._busy():
            return None
        try:
            dialog = NewApplicationDialog(self._database, self._actor, self._today(), self)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        return self._open(dialog, lambda: self._created(dialog))

    def _created(self, dialog: NewApplicationDialog) -> None:
        if dialog.created_id is None:
            return
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(0)
        self.status_combo.blockSignals(False)
        self.refresh()
        self.reload(dialog.created_id)
        self.banner.show_success(
            self.tr("Application “{title}” created.").format(title=dialog.title_edit.text().strip())
        )
        self.open_editor(dialog.created_id)

    def open_application(self) -> QWidget | None:
        application_id = self.current_id()
        if application_id is None:
            return None
        return self.open_editor(application_id)

    def open_editor(self, application_id: int) -> QWidget | None:
        """The application's window; one per application (an open one comes to the front)."""
        existing = self.editors.get(application_id)
        if existing is not None:
            existing.show()
            if QGuiApplication.platformName() != "offscreen":
                existing.raise_()
                existing.activateWindow()
            return existing
        editor_class = _load("quartierstreff.ui.dialogs.application_editor", "ApplicationEditor")
        if editor_class is None:
            self.banner.show_error(self.tr("Applications cannot be edited in this version."))
            return None
        try:
            editor: Any = editor_class(
                self._database, self._actor, application_id, self._today(), self
            )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.reload()
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.changed.connect(lambda: self._editor_changed(application_id))
        editor.destroyed.connect(lambda *_: self._editor_closed(application_id))
        self.editors[application_id] = editor
        editor.show()
        return cast(QWidget, editor)

    def _editor_changed(self, application_id: int) -> None:
        self.refresh()
        self.reload(application_id)

    def _editor_closed(self, application_id: int) -> None:
        # Only forget it: the window reports its saves through ``changed`` (also when it
        # closes), and this may run while the page itself is being torn down.
        self.editors.pop(application_id, None)

    def change_status(self) -> QDialog | None:
        application_id = self.current_id()
        if application_id is None or self._busy():
            return None
        application = self._application(application_id)
        if application is None:
            return None
        dialog = StatusDialog(self._database, self._actor, application, self._today(), self)
        if not self.may_write:
            dialog.status_combo.clear()
        return self._open(dialog, lambda: self._status_saved(dialog))

    def _status_saved(self, dialog: StatusDialog) -> None:
        status = dialog.saved_status
        if status is None:
            return
        application_id = dialog.application.id
        self.refresh()
        if application_id not in {row.id for row in self.rows}:
            self.status_combo.setCurrentIndex(0)
        self.reload(application_id)
        label = (
            STATUS_LABELS[ApplicationStatus.DRAFT]
            if status == WITHDRAW
            else STATUS_LABELS[ApplicationStatus(status)]
        )
        text = self.tr("“{title}” is now: {status}.").format(
            title=dialog.application.title, status=label
        )
        if status == ApplicationStatus.SUBMITTED:
            text += " " + self.tr("The submitted state is kept as a version.")
        self.banner.show_success(text)
        editor = self.editors.get(application_id)
        if editor is not None and hasattr(editor, "reload"):
            editor.reload()

    def open_versions(self) -> QDialog | None:
        application_id = self.current_id()
        if application_id is None or self._busy():
            return None
        from quartierstreff.ui.dialogs.application_versions import ApplicationVersionsDialog

        try:
            dialog = ApplicationVersionsDialog(
                self._database, self._actor, application_id, self, confirm=self._confirm
            )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        dialog.changed.connect(lambda: self.reload(application_id))
        dialog.restored.connect(lambda: self._restored(application_id))
        return self._open(dialog)

    def _restored(self, application_id: int) -> None:
        editor = self.editors.get(application_id)
        if editor is not None and hasattr(editor, "reload"):
            editor.reload()

    def open_text_blocks(self) -> QDialog | None:
        if self._busy():
            return None
        from quartierstreff.ui.dialogs.text_blocks import TextBlocksDialog

        try:
            dialog = TextBlocksDialog(self._database, self._actor, self, confirm=self._confirm)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        return self._open(dialog)

    def delete_application(self) -> bool:
        row = self.current_row()
        if row is None or not self.may_write:
            return False
        question = self.tr(
            "Delete the application “{title}”? Its texts, plan, status history and "
            "versions go with it to the bin, where it can be restored for 30 days."
        ).format(title=row.title)
        if not self._confirm(self, self.tr("Delete application"), question):
            return False
        editor = self.editors.get(row.id)
        if editor is not None:
            editor.close()
        try:
            with self._database.unit_of_work() as session:
                funding.delete_application(session, self._actor, row.id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self.reload()
            return False
        self.refresh()
        self.banner.show_success(
            self.tr("Application “{title}” moved to the bin.").format(title=row.title)
        )
        return True


def deadlines_html(deadlines: list[DeadlineView]) -> str:
    """The coming programme deadlines and the reports due (overdue ones in red), one line
    each, the soonest first."""

    e = html.escape
    lines = []
    for item in sorted(deadlines, key=lambda d: d.day):
        if item.days_left < 0:
            when = QCoreApplication.translate("FundingPage", "overdue since {date}").format(
                date=format_date(item.day)
            )
            style = f"color:{OVERDUE_COLOUR}; font-weight:bold"
        elif item.days_left == 0:
            when = QCoreApplication.translate("FundingPage", "today")
            style = "font-weight:bold"
        elif item.days_left == 1:
            when = QCoreApplication.translate("FundingPage", "tomorrow ({date})").format(
                date=format_date(item.day)
            )
            style = "font-weight:bold"
        else:
            when = QCoreApplication.translate("FundingPage", "{date} (in {days} days)").format(
                date=format_date(item.day), days=item.days_left
            )
            style = ""
        lines.append(f"<span style='{style}'>{e(when)}</span> — {e(item.title)}")
    head = e(QCoreApplication.translate("FundingPage", "Deadlines in the next weeks"))
    return f"<b>{head}</b><br>" + "<br>".join(lines)
