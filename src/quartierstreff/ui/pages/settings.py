"""Einstellungen: the centre's profile (name, address, register, bank account, …).

Each settings section is a small class with ``load()`` and ``save()`` (as in MusicBrainz
Picard); the page adds the heading, the save button and the unsaved-changes question.

A section keeps the version of the record it loaded (``services.concurrency``): if
someone else saved in the meantime, saving is refused, the input stays in the form and
the page offers to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.services.centre import get_profile, save_profile
from quartierstreff.services.errors import ConcurrentEdit, FieldInvalid, QuartierstreffError
from quartierstreff.services.security import Actor, Permission
from quartierstreff.services.views import CentreProfileView
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.forms.ui_centre_profile import Ui_CentreProfileForm
from quartierstreff.ui.i18n import date_pattern, from_qdate
from quartierstreff.ui.pages.settings_general import GeneralSettingsSection
from quartierstreff.ui.pages.settings_meetings import MeetingsSettingsSection
from quartierstreff.ui.pages.settings_people import PeopleSettingsSection
from quartierstreff.ui.pages.settings_programmes import ProgrammesSettingsSection
from quartierstreff.ui.pages.settings_rooms import PeriodsSettingsSection, RoomsSettingsSection
from quartierstreff.ui.widgets.banner import MessageBanner, Tone
from quartierstreff.ui.widgets.marks import mark_invalid
from quartierstreff.ui.widgets.page import Page, heading

AskUnsaved = Callable[[], QMessageBox.StandardButton]
"""Asks what to do with unsaved changes: Save, Discard or Cancel."""


class CentreProfileSection(QWidget):
    """The centre's profile as a form (``forms/centre_profile.ui``)."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.form = Ui_CentreProfileForm()
        self.form.setupUi(self)
        f = self.form
        self._line_edits: dict[str, QLineEdit] = {
            "name": f.nameEdit,
            "street": f.streetEdit,
            "postal_code": f.postalCodeEdit,
            "city": f.cityEdit,
            "email": f.emailEdit,
            "phone": f.phoneEdit,
            "website": f.websiteEdit,
            "legal_form": f.legalFormEdit,
            "register_court": f.registerCourtEdit,
            "register_number": f.registerNumberEdit,
            "tax_office": f.taxOfficeEdit,
            "bank_account_holder": f.accountHolderEdit,
            "iban": f.ibanEdit,
            "bic": f.bicEdit,
            "bank_name": f.bankNameEdit,
            "house_rules": f.houseRulesEdit,
            "key_contact": f.keyContactEdit,
        }
        f.taxNoticeDateEdit.setDisplayFormat(date_pattern())  # 24.11.2026, not 24.11.26
        self._inputs: dict[str, QWidget] = {
            **self._line_edits,
            "signatories": f.signatoriesEdit,
            "tax_exemption_notice_on": f.taxNoticeDateEdit,
        }
        self._version = 0  # of the profile as loaded or saved; 0 = none loaded
        self._snapshot = self.view()

    # -- the two Picard-style operations ---------------------------------------------

    def load(self) -> None:
        with self._database.unit_of_work() as session:
            profile = get_profile(session, self._actor)
        self.set_view(profile or CentreProfileView(name=""))

    def save(self) -> CentreProfileView:
        """Validate and store the form; raises the service's errors, changing nothing
        (:class:`ConcurrentEdit` if someone else saved since :meth:`load`)."""
        with self._database.unit_of_work() as session:
            saved = save_profile(session, self._actor, self.view())
        self.set_view(saved)
        return saved

    # -- between the form and the view -----------------------------------------------

    def view(self) -> CentreProfileView:
        f = self.form
        texts: dict[str, Any] = {name: edit.text() for name, edit in self._line_edits.items()}
        notice = f.taxNoticeDateEdit.date()
        return CentreProfileView(
            **texts,
            signatories=f.signatoriesEdit.toPlainText(),
            tax_exemption_notice_on=(from_qdate(notice) if f.taxNoticeCheck.isChecked() else None),
            version=self._version,
        )

    def set_view(self, profile: CentreProfileView) -> None:
        f = self.form
        self._version = profile.version
        for name, edit in self._line_edits.items():
            edit.setText(_grouped(profile.iban) if name == "iban" else getattr(profile, name))
            edit.setCursorPosition(0)  # long entries show their beginning
        f.signatoriesEdit.setPlainText(profile.signatories)
        notice_on = profile.tax_exemption_notice_on
        f.taxNoticeCheck.setChecked(notice_on is not None)
        f.taxNoticeDateEdit.setEnabled(notice_on is not None)
        f.taxNoticeDateEdit.setDate(
            QDate(notice_on.year, notice_on.month, notice_on.day)
            if notice_on
            else QDate.currentDate()
        )
        self.clear_marks()
        self._snapshot = self.view()

    def has_changes(self) -> bool:
        return self.view() != self._snapshot

    def mark_invalid(self, field: str) -> bool:
        """Highlight and focus the input of ``field``; ``False`` if the form has none."""
        widget = self._inputs.get(field)
        if widget is None:
            return False
        mark_invalid(widget)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def clear_marks(self) -> None:
        for widget in self._inputs.values():
            widget.setStyleSheet("")


def _grouped(iban: str) -> str:
    """An IBAN in blocks of four, as printed on bank cards: easier to compare by eye."""
    return " ".join(iban[start : start + 4] for start in range(0, len(iban), 4))


class SettingsPage(Page):
    profile_saved = Signal(object)  # the CentreProfileView as stored

    def __init__(
        self,
        database: Database,
        actor: Actor,
        ask_unsaved: AskUnsaved | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ask_unsaved = ask_unsaved or self._ask_unsaved_changes
        self.profile = CentreProfileSection(database, actor, self)
        self.general = GeneralSettingsSection(database, actor, self)  # lock and backups
        self.people = PeopleSettingsSection(database, actor, self)  # own fields, membership types
        self.rooms = RoomsSettingsSection(database, actor, self)
        self.periods = PeriodsSettingsSection(database, actor, self)  # school holidays, closures
        self.meetings = MeetingsSettingsSection(database, actor, self)  # notice periods, quorum
        self.programmes = ProgrammesSettingsSection(database, actor, self)  # funding programmes
        self._funding = actor.may(Permission.FUNDING_READ)
        self.programmes.setVisible(self._funding)

        title = heading(self)
        title.setText(self.tr("Settings"))
        section_title = heading(self, 1.2)
        section_title.setText(self.tr("Centre profile"))
        intro = QLabel(
            self.tr(
                "These details appear on letterheads, notices and funding applications. "
                "Only the name is required."
            ),
            self,
        )
        intro.setWordWrap(True)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 0)
        column.addWidget(self.profile)
        column.addSpacing(18)
        general_title = heading(content, 1.2)
        general_title.setText(self.tr("Program and backups"))
        column.addWidget(general_title)
        column.addWidget(self.general)
        column.addSpacing(18)
        people_title = heading(content, 1.2)
        people_title.setText(self.tr("People"))
        column.addWidget(people_title)
        column.addWidget(self.people)
        column.addSpacing(18)
        rooms_title = heading(content, 1.2)
        rooms_title.setText(self.tr("Rooms"))
        column.addWidget(rooms_title)
        column.addWidget(self.rooms)
        column.addSpacing(18)
        periods_title = heading(content, 1.2)
        periods_title.setText(self.tr("School holidays and closures"))
        column.addWidget(periods_title)
        column.addWidget(self.periods)
        column.addSpacing(18)
        meetings_title = heading(content, 1.2)
        meetings_title.setText(self.tr("Meetings"))
        column.addWidget(meetings_title)
        column.addWidget(self.meetings)
        if self._funding:
            column.addSpacing(18)
            programmes_title = heading(content, 1.2)
            programmes_title.setText(self.tr("Funding programmes"))
            column.addWidget(programmes_title)
            column.addWidget(self.programmes)
        column.addStretch(1)
        scroll.setWidget(content)

        self.banner = MessageBanner(self)
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setToolTip(
            self.tr("Show the profile as it is stored now; your input is discarded")
        )
        self.reload_button.hide()  # offered when someone else saved in the meantime
        self.reload_button.clicked.connect(self.revert)
        buttons = QDialogButtonBox(self)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setToolTip(self.tr("Show the stored profile again"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(
            self.tr("Save the profile ({shortcut})").format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Save).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)

        self.save_action = QAction(self.tr("Save settings"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(section_title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        message_row = QHBoxLayout()
        message_row.addWidget(self.banner, 1)
        message_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(message_row)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        for edit in self.profile.findChildren(QLineEdit):
            edit.textEdited.connect(self._input_changed)
        self.profile.form.signatoriesEdit.textChanged.connect(self._input_changed)

    def refresh(self) -> None:
        if not self.general.has_changes():
            self.general.load()
        if not self.meetings.has_changes():
            self.meetings.load()
        self.people.load()  # never holds unsaved input: its dialogs save
        self.rooms.load()  # the same
        self.periods.load()
        if self._funding:
            self.programmes.load()  # its dialogs save
        if not self.profile.has_changes():
            self.profile.load()
            self._clear_message()

    def save(self) -> bool:
        """Save all sections; on invalid input say which field and keep the input. If
        someone else saved in the meantime, keep the input and offer to reload."""
        if not self.general.apply():  # shows its own errors next to its inputs
            return False
        if not self.meetings.apply():  # the same
            return False
        self.profile.clear_marks()
        self.reload_button.hide()
        try:
            saved = self.profile.save()
        except ConcurrentEdit as error:
            self.banner.show_error(message_for(error))
            self.reload_button.show()
            return False
        except FieldInvalid as error:
            self.profile.mark_invalid(error.field)
            self.banner.show_error(message_for(error))
            return False
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        self.banner.show_success(self.tr("The settings have been saved."))
        self.profile_saved.emit(saved)
        return True

    def revert(self) -> None:
        self.general.revert()
        self.meetings.revert()
        self.people.revert()
        self.rooms.revert()
        self.periods.revert()
        if self._funding:
            self.programmes.revert()
        self.profile.load()
        self._clear_message()

    def _clear_message(self) -> None:
        self.banner.clear_message()
        self.reload_button.hide()

    def can_leave(self) -> bool:
        if not (
            self.profile.has_changes() or self.general.has_changes() or self.meetings.has_changes()
        ):
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def _ask_unsaved_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have changed the centre profile. Do you want to save the changes?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def _input_changed(self) -> None:
        if self.banner.tone is Tone.SUCCESS:  # "saved" is no longer true
            self.banner.clear_message()
