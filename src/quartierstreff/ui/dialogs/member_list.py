"""Mitgliederliste drucken: choose the columns and whether the list is for the members,
save it as a PDF, then offer to open it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.reports.members import write_member_list
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.member_list import (
    DEFAULT_COLUMNS,
    MemberListColumn,
    MemberListOptions,
    member_list,
)
from quartierstreff.services.security import Actor
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.files import PathChooser, ask_pdf_path, open_file


def _ask_for_path(parent: QWidget, suggested: str) -> Path | None:
    title = QCoreApplication.translate("MemberListDialog", "Save member list")
    return ask_pdf_path(parent, title, suggested)


class MemberListDialog(QDialog):
    """Choose columns, save the member list as a PDF, then open it if wanted."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        choose_path: PathChooser = _ask_for_path,
        open_file: Callable[[Path], None] = open_file,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self._choose_path = choose_path
        self._open_file = open_file
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Print member list"))

        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The list shows everyone who is a member today, sorted by name. "
                "Choose what else it should show."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        columns = QGroupBox(self.tr("Columns"))
        column_layout = QVBoxLayout(columns)
        labels = {
            MemberListColumn.ADDRESS: self.tr("&Address"),
            MemberListColumn.EMAIL: self.tr("&Email"),
            MemberListColumn.PHONE: self.tr("&Phone"),
            MemberListColumn.MEMBER_SINCE: self.tr("Member &since"),
            MemberListColumn.MEMBERSHIP_TYPE: self.tr("Membership &type"),
            MemberListColumn.BIRTHDAY: self.tr("&Birthday (only with consent)"),
            MemberListColumn.GROUPS: self.tr("&Groups"),
        }
        self.column_boxes: dict[MemberListColumn, QCheckBox] = {}
        for column in MemberListColumn:
            box = QCheckBox(labels[column])
            box.setChecked(column in DEFAULT_COLUMNS)
            column_layout.addWidget(box)
            self.column_boxes[column] = box
        layout.addWidget(columns)

        self.for_members = QCheckBox(self.tr("List to hand out to &members"))
        layout.addWidget(self.for_members)
        explanation = QLabel(
            self.tr(
                "Only members who agreed to the member list being shared are on it, and "
                "only public groups are shown. Without this option the list is for the "
                "board only."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_saved)
        layout.addWidget(self.open_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            self.tr("Save as &PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def options(self) -> MemberListOptions:
        chosen = frozenset(column for column, box in self.column_boxes.items() if box.isChecked())
        return MemberListOptions(columns=chosen, for_members=self.for_members.isChecked())

    def save(self) -> None:
        """Ask for a file and write the list to it; the outcome shows in the dialog."""
        self.banner.clear_message()
        self.open_button.setVisible(False)
        suggested = f"Mitgliederliste-{self._today.isoformat()}.pdf"
        path = self._choose_path(self, suggested)
        if path is None:
            return
        try:
            with self._database.unit_of_work() as session:
                view = member_list(session, self._actor, self.options(), self._today)
                write_member_list(path, view, printed_on=self._today)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        self.saved_path = path
        count = len(view.entries)
        saved = (
            self.tr("Saved: 1 member in {file}.")
            if count == 1
            else self.tr("Saved: {count} members in {file}.")
        )
        text = saved.format(count=count, file=path.name)
        if view.left_out == 1:
            text += " " + self.tr("1 member without consent to share the list is not on it.")
        elif view.left_out:
            text += " " + self.tr(
                "{count} members without consent to share the list are not on it."
            ).format(count=view.left_out)
        self.banner.show_success(text)
        self.open_button.setVisible(True)
        self.open_button.setFocus()

    def _open_saved(self) -> None:
        if self.saved_path is not None:
            self._open_file(self.saved_path)
