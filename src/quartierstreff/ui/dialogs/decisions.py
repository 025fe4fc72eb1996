"""The decisions register (Beschlussbuch): every decision of every meeting, newest
first, searchable as you type and by year. Read-only: a double-click shows the whole
text of a decision."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.services import meetings
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.meetings import DecisionView
from quartierstreff.services.security import Actor
from quartierstreff.ui.dialogs.minutes import ViewsModel, first_line, result_label
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import format_date
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import HINT_STYLE
from quartierstreff.ui.widgets.lists import set_up_record_list

SEARCH_DELAY_MS = 250
"""The list is searched once typing pauses this long."""


def _votes(decision: DecisionView) -> str:
    if decision.votes_total == 0:
        return "–"
    return f"{decision.votes_yes} / {decision.votes_no} / {decision.votes_abstain}"


class DecisionTextDialog(QDialog):
    """One decision with its meeting, votes and whole text, to read and copy."""

    def __init__(self, decision: DecisionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision"))
        self.resize(560, 380)
        when = format_date(decision.meeting_starts_at.date()) if decision.meeting_starts_at else ""
        item = (
            self.tr(", item {number}").format(number=decision.agenda_number)
            if decision.agenda_number is not None
            else ""
        )
        heading = QLabel(
            self.tr("{meeting} on {date}{item}").format(
                meeting=decision.meeting_title, date=when, item=item
            ),
            self,
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        votes = decision.votes_text
        self.result_label = QLabel(
            f"{result_label(decision.result)} ({votes})"
            if votes
            else result_label(decision.result),
            self,
        )
        self.text_view = QPlainTextEdit(decision.text, self)
        self.text_view.setObjectName("decisionFullText")
        self.text_view.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.result_label)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(buttons)


class DecisionsDialog(QDialog):
    """The register of all decisions. Non-modal: use :meth:`open` or :meth:`show`."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.text_dialog: DecisionTextDialog | None = None
        self.setWindowTitle(self.tr("Decisions register"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1040, 640)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("decisionSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search the decisions and meetings…"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("decisionYear")
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.model: ViewsModel[DecisionView] = ViewsModel(
            [
                (
                    self.tr("Date"),
                    lambda d: (
                        format_date(d.meeting_starts_at.date()) if d.meeting_starts_at else ""
                    ),
                ),
                (self.tr("Meeting"), lambda d: first_line(d.meeting_title, 60)),
                (
                    self.tr("Item"),
                    lambda d: "" if d.agenda_number is None else str(d.agenda_number),
                ),
                (self.tr("Decision"), lambda d: first_line(d.text)),
                (self.tr("Yes / No / Abst."), _votes),
                (self.tr("Result"), lambda d: result_label(d.result)),
            ],
            self,
            tooltip=lambda d: d.text,
            right_aligned=(2, 4),
        )
        self.table = _table(self)
        self.table.setModel(self.model)
        set_up_record_list(self.table, 3)
        self.table.doubleClicked.connect(self.show_text)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(HINT_STYLE)
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_combo)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.banner)
        layout.addLayout(bottom)

        self._fill_years()
        self.year_combo.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.search_edit.setFocus()

    def _fill_years(self) -> None:
        self.year_combo.addItem(self.tr("All years"), None)
        try:
            with self._database.unit_of_work() as session:
                every = meetings.list_decisions(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        years = sorted(
            {d.meeting_starts_at.year for d in every if d.meeting_starts_at}, reverse=True
        )
        for year in years:
            self.year_combo.addItem(str(year), year)

    def refresh(self) -> None:
        """Search again with the text and year chosen."""
        self._timer.stop()
        try:
            with self._database.unit_of_work() as session:
                rows = meetings.list_decisions(
                    session,
                    self._actor,
                    search=self.search_edit.text().strip(),
                    year=self.year_combo.currentData(),
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.banner.clear_message()
        self.model.set_rows(rows)
        count = QLocale().toString(len(rows))
        if len(rows) == 1:
            self.count_label.setText(self.tr("One decision"))
        elif rows:
            self.count_label.setText(self.tr("{count} decisions").format(count=count))
        elif self.search_edit.text().strip() or self.year_combo.currentData() is not None:
            self.count_label.setText(self.tr("No decision matches the search."))
        else:
            self.count_label.setText(self.tr("No decisions have been entered yet."))

    def show_text(self, index: QModelIndex) -> DecisionTextDialog | None:
        """Show the whole text of the decision in row ``index`` (nothing changes)."""
        if not index.isValid() or not 0 <= index.row() < len(self.model.rows):
            return None
        self.text_dialog = DecisionTextDialog(self.model.rows[index.row()], self)
        self.text_dialog.open()
        return self.text_dialog


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName("decisionsRegister")
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table
