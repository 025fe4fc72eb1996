"""Versions of a funding application: every submission and every explicit "save
version" is kept. The dialog lists them (newest first), compares the selected one with
the current state or another version side by side — section by section, the changed
words highlighted (:func:`word_diff`, difflib) — and restores a version after a
question; the current state is kept as a version first, so a restore loses nothing."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.money import format_money
from quartierstreff.services import funding
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.funding import (
    ApplicationView,
    VersionComparison,
    VersionRow,
    VersionView,
    compare_versions,
    version_of,
)
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.backup import format_moment
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.pages.groups import Confirm, ask
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import hint_label

AskLabel = Callable[[QWidget], str | None]
"""Asks for a version's label; None when the user cancelled."""

_ID_ROLE = Qt.ItemDataRole.UserRole
CURRENT = -1
"""The combo's entry for the current state (not a kept version)."""

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_SENTENCE = re.compile(r"(?<=[.!?…:;])(?=\s)")
_DELETED = "background-color:#f9d0cc; color:#7a1a12; text-decoration:line-through;"
_INSERTED = "background-color:#c8ecd9; color:#124a33;"
WORD_DIFF_LIMIT = 4000
"""Changed sentences with more words than this are marked whole (difflib's matching
grows with the square of the length)."""


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _mark(tokens: list[str], style: str) -> str:
    text = "".join(tokens)
    if not text or text.isspace():
        return _escape(text)
    return f"<span style='{style}'>{_escape(text)}</span>"


def _split(text: str, level: int) -> list[str]:
    """Paragraphs (level 0), sentences (1) or words and the spaces between them (2);
    joined they give ``text`` again."""
    if level == 0:
        return text.splitlines(keepends=True)
    if level == 1:
        return [part for part in _SENTENCE.split(text) if part]
    return _TOKEN.findall(text)


def _diff(old: str, new: str, level: int, left: list[str], right: list[str]) -> None:
    a = _split(old, level)
    b = _split(new, level)
    if level == 2 and len(a) + len(b) > WORD_DIFF_LIMIT:
        left.append(_mark(a, _DELETED))
        right.append(_mark(b, _INSERTED))
        return
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            left.append(_escape("".join(a[a1:a2])))
            right.append(_escape("".join(b[b1:b2])))
        elif level < 2 and a1 < a2 and b1 < b2:
            _diff("".join(a[a1:a2]), "".join(b[b1:b2]), level + 1, left, right)
        else:
            left.append(_mark(a[a1:a2], _DELETED))
            right.append(_mark(b[b1:b2], _INSERTED))


def word_diff(old: str, new: str) -> tuple[str, str]:
    """HTML of ``old`` with the removed words marked and of ``new`` with the added words
    marked. Paragraphs are matched first, then the sentences of the changed paragraphs,
    then their words (so a long text with a small change stays quick)."""
    if old == new:
        return _escape(old), _escape(new)
    left: list[str] = []
    right: list[str] = []
    _diff(old, new, 0, left, right)
    return "".join(left), "".join(right)


def comparison_html(old: VersionView, new: VersionView, comparison: VersionComparison) -> str:
    """Both states side by side: changed head fields, every section (unchanged ones
    folded to a line), the plan lines that changed and the totals."""
    e = html.escape
    cell = "style='padding:6px 10px; vertical-align:top; width:50%;'"
    rows = [
        "<tr>"
        f"<th {cell} align='left'>{e(old.label)}</th>"
        f"<th {cell} align='left'>{e(new.label)}</th>"
        "</tr>"
    ]

    def heading(text: str, note: str = "") -> None:
        suffix = f" <span style='color:gray; font-weight:normal'>{e(note)}</span>" if note else ""
        rows.append(
            "<tr><td colspan='2' style='padding:12px 10px 2px 10px; "
            f"border-bottom:1px solid #cfd8dc;'><b>{e(text)}</b>{suffix}</td></tr>"
        )

    for label, before, after in comparison.head:
        heading(label)
        left, right = word_diff(before, after)
        rows.append(f"<tr><td {cell}>{left}</td><td {cell}>{right}</td></tr>")

    for section in comparison.sections:
        if not section.changed:
            heading(
                section.title, QCoreApplication.translate("ApplicationVersionsDialog", "unchanged")
            )
            continue
        heading(section.title)
        left, right = word_diff(section.old, section.new)
        nothing = QCoreApplication.translate("ApplicationVersionsDialog", "(empty)")
        empty = f"<span style='color:gray'>{e(nothing)}</span>"
        rows.append(f"<tr><td {cell}>{left or empty}</td><td {cell}>{right or empty}</td></tr>")

    if comparison.plan:
        heading(QCoreApplication.translate("ApplicationVersionsDialog", "Cost and financing plan"))
        for change in comparison.plan:
            what = f"{change.category_label}: {change.description}"
            before = (
                f"{e(what)} — {e(format_money(change.old_amount))}"
                if change.old_amount is not None
                else ""
            )
            after = (
                f"{e(what)} — {e(format_money(change.new_amount))}"
                if change.new_amount is not None
                else ""
            )
            if change.change == "removed":
                before = f"<span style='{_DELETED}'>{before}</span>"
            elif change.change == "added":
                after = f"<span style='{_INSERTED}'>{after}</span>"
            else:
                before = f"<span style='{_DELETED}'>{before}</span>"
                after = f"<span style='{_INSERTED}'>{after}</span>"
            rows.append(f"<tr><td {cell}>{before}</td><td {cell}>{after}</td></tr>")
    else:
        heading(
            QCoreApplication.translate("ApplicationVersionsDialog", "Cost and financing plan"),
            QCoreApplication.translate("ApplicationVersionsDialog", "unchanged"),
        )

    def totals(version: VersionView) -> str:
        summary = version.summary
        return "<br>".join(
            [
                QCoreApplication.translate("ApplicationVersionsDialog", "Costs: {amount}").format(
                    amount=e(format_money(summary.cost_total))
                ),
                QCoreApplication.translate(
                    "ApplicationVersionsDialog", "Other financing: {amount}"
                ).format(amount=e(format_money(summary.income_total))),
                QCoreApplication.translate(
                    "ApplicationVersionsDialog", "Requested: {amount}"
                ).format(amount=e(format_money(summary.requested))),
            ]
        )

    rows.append(f"<tr><td {cell}>{totals(old)}</td><td {cell}>{totals(new)}</td></tr>")
    return f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>"


def _ask_label(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ApplicationVersionsDialog", "Save version"),
        QCoreApplication.translate(
            "ApplicationVersionsDialog",
            "A name for this version (e.g. “before the board meeting”):",
        ),
        QLineEdit.EchoMode.Normal,
    )
    return text if ok else None


class ApplicationVersionsDialog(QDialog):
    """Open it with :meth:`QDialog.open`. ``changed`` is emitted after a version was
    saved or restored (the page and an open editor reload)."""

    changed = Signal()
    restored = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        application_id: int,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
        ask_label: AskLabel = _ask_label,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._application_id = application_id
        self._confirm = confirm
        self._ask_label = ask_label
        self.may_write = actor.may(Permission.FUNDING_WRITE)
        self.application: ApplicationView | None = None
        self.versions: list[VersionRow] = []
        self.resize(1100, 720)

        self.intro = hint_label(
            self.tr(
                "Every submission and every version you save is kept. Choose a version to "
                "see what changed since: removed words are red and struck through, added "
                "words green."
            ),
            self,
        )
        self.list = QListWidget(self)
        self.list.setObjectName("versionList")
        self.list.setAccessibleName(self.tr("Kept versions"))
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.list.currentItemChanged.connect(lambda *_: self._compare())
        self.empty_label = hint_label(
            self.tr(
                "No version kept yet. “Save version…” keeps the current state, e.g. before "
                "larger changes; submitting keeps one automatically."
            ),
            self,
        )
        self.empty_label.setObjectName("emptyLabel")

        self.with_combo = QComboBox(self)
        self.with_combo.setObjectName("compareWith")
        self.with_combo.currentIndexChanged.connect(lambda *_: self._compare())
        with_label = QLabel(self.tr("Compare &with:"), self)
        with_label.setBuddy(self.with_combo)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("comparison")
        self.browser.setOpenLinks(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty_label)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        compare_row = QHBoxLayout()
        compare_row.addWidget(with_label)
        compare_row.addWidget(self.with_combo, 1)
        right_layout.addLayout(compare_row)
        right_layout.addWidget(self.browser, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 820])

        self.save_button = QPushButton(self.tr("&Save version…"), self)
        self.save_button.setObjectName("saveVersionButton")
        self.save_button.setToolTip(self.tr("Keep the current state with a name"))
        self.save_button.clicked.connect(self.save_version)
        self.restore_button = QPushButton(self.tr("&Restore this version…"), self)
        self.restore_button.setObjectName("restoreVersionButton")
        self.restore_button.setToolTip(
            self.tr("The texts and the plan of the chosen version become the current state")
        )
        self.restore_button.clicked.connect(self.restore_version)
        for button in (self.save_button, self.restore_button):
            button.setVisible(self.may_write)
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        action_row = QHBoxLayout()
        action_row.addWidget(self.save_button)
        action_row.addWidget(self.restore_button)
        action_row.addStretch(1)
        action_row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)
        layout.addLayout(action_row)
        self.reload()

    # -- loading ----------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        try:
            with self._database.unit_of_work() as session:
                self.application = funding.get_application(
                    session, self._actor, self._application_id
                )
                self.versions = funding.list_versions(session, self._actor, self._application_id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            self._set_enabled(False)
            return
        self.setWindowTitle(self.tr("Versions of “{title}”").format(title=self.application.title))
        current = self.selected_id() if select_id is None else select_id
        compare_with = self.with_combo.currentData()
        for widget in (self.list, self.with_combo):
            widget.blockSignals(True)
        self.list.clear()
        self.with_combo.clear()
        self.with_combo.addItem(self.tr("the current state"), CURRENT)
        for version in self.versions:
            text = self._version_text(version)
            item = QListWidgetItem(text.replace(" · ", "\n", 1), self.list)
            item.setToolTip(text)
            item.setData(_ID_ROLE, version.id)
            self.with_combo.addItem(text, version.id)
        row = next((n for n, v in enumerate(self.versions) if v.id == current), 0)
        if self.versions:
            self.list.setCurrentRow(row)
        self.with_combo.setCurrentIndex(max(0, self.with_combo.findData(compare_with)))
        for widget in (self.list, self.with_combo):
            widget.blockSignals(False)
        self.empty_label.setVisible(not self.versions)
        self._set_enabled(True)
        self._compare()

    def _set_enabled(self, enabled: bool) -> None:
        has = enabled and bool(self.versions)
        self.restore_button.setEnabled(has and self.selected_id() is not None)
        self.with_combo.setEnabled(has)
        self.save_button.setEnabled(enabled)

    def _version_text(self, version: VersionRow) -> str:
        when = format_moment(version.created_at)
        return f"{when} · {version.label}" if version.label else when

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(_ID_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def select_version(self, version_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == version_id:
                self.list.setCurrentRow(row)
                return

    def compare_with(self, version_id: int | None) -> None:
        """Compare the selected version with another one (None: the current state)."""
        index = self.with_combo.findData(CURRENT if version_id is None else version_id)
        self.with_combo.setCurrentIndex(max(0, index))

    def _compare(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None and self.may_write)
        old_id = self.selected_id()
        if old_id is None or self.application is None:
            self.browser.setHtml(
                f"<p style='color:gray'>{html.escape(self.tr('Nothing to compare yet.'))}</p>"
            )
            return
        new_id = self.with_combo.currentData()
        try:
            with self._database.unit_of_work() as session:
                old = funding.get_version(session, self._actor, old_id)
                if isinstance(new_id, int) and new_id != CURRENT:
                    new = funding.get_version(session, self._actor, new_id)
                else:
                    new = version_of(self.application, label=self.tr("Current state"))
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        old = _labelled(old, self._label_of(old_id))
        if isinstance(new_id, int) and new_id != CURRENT:
            new = _labelled(new, self._label_of(new_id))
        comparison = compare_versions(old, new)
        text = comparison_html(old, new, comparison)
        if not comparison.changed:
            note = html.escape(self.tr("No differences."))
            text = f"<p><b>{note}</b></p>" + text
        self.browser.setHtml(text)

    def _label_of(self, version_id: int) -> str:
        version = next((v for v in self.versions if v.id == version_id), None)
        return self._version_text(version) if version is not None else ""

    # -- actions ----------------------------------------------------------------------

    def save_version(self) -> int | None:
        if not self.may_write:
            return None
        label = self._ask_label(self)
        if label is None:
            return None
        try:
            with self._database.unit_of_work() as session:
                version_id = funding.save_version(
                    session, self._actor, self._application_id, label.strip()
                )
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return None
        self.reload(version_id)
        self.changed.emit()
        self.banner.show_success(self.tr("The current state is kept as a version."))
        return version_id

    def restore_version(self) -> bool:
        version_id = self.selected_id()
        if version_id is None or not self.may_write:
            return False
        question = self.tr(
            "Restore the version “{when}”? Its texts and its cost and financing plan "
            "replace the current ones. The current state is kept as a version first, so "
            "nothing is lost."
        ).format(when=self._label_of(version_id))
        if not self._confirm(self, self.tr("Restore version"), question):
            return False
        try:
            with self._database.unit_of_work() as session:
                funding.restore_version(session, self._actor, self._application_id, version_id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        self.reload(version_id)
        self.changed.emit()
        self.restored.emit()
        self.banner.show_success(
            self.tr(
                "The version is restored. The state before it is kept as a version in the list."
            )
        )
        return True


def _labelled(version: VersionView, label: str) -> VersionView:
    """The version with the label as the list shows it (date and name)."""
    return replace(version, label=label) if label else version
