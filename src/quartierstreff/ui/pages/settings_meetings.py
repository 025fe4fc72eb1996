"""Einstellungen ▸ Meetings: the invitation period (Einladungsfrist) of each kind of
meeting and the quorum of the members' assembly (``services.settings``), as the
statutes say.

A section with ``load()`` and ``save()`` like the others; it shows its own errors next
to its inputs, so the settings page only calls :meth:`apply`. Saving writes only this
section's fields: the program settings keep what is stored.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.db.models import MeetingKind
from quartierstreff.services.errors import FieldInvalid, QuartierstreffError
from quartierstreff.services.meetings import KIND_LABELS
from quartierstreff.services.security import Actor, Permission
from quartierstreff.services.settings import (
    MAX_NOTICE_DAYS,
    MAX_QUORUM_PERCENT,
    NOTICE_FIELDS,
    AppSettings,
    get_settings,
    save_settings,
)
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import hint_label
from quartierstreff.ui.widgets.marks import mark_invalid


@dataclasses.dataclass(frozen=True, slots=True)
class MeetingSettings:
    """What this section edits: notice days per kind and the quorum in percent."""

    notice_days: tuple[tuple[MeetingKind, int], ...]
    quorum_percent: int

    @classmethod
    def of(cls, settings: AppSettings) -> MeetingSettings:
        return cls(
            tuple((kind, int(getattr(settings, name))) for kind, name in NOTICE_FIELDS.items()),
            settings.quorum_percent,
        )

    def applied_to(self, settings: AppSettings) -> AppSettings:
        changes: dict[str, Any] = {NOTICE_FIELDS[kind]: days for kind, days in self.notice_days}
        return dataclasses.replace(settings, quorum_percent=self.quorum_percent, **changes)


class MeetingsSettingsSection(QWidget):
    """A spin box of days per kind of meeting, and the quorum in percent."""

    saved = Signal(object)  # the AppSettings as stored

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        may_write = actor.may(Permission.SETTINGS_WRITE)

        self.notice_spins: dict[MeetingKind, QSpinBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        notice_title = QLabel(self.tr("Invitation period (days between invitation and meeting):"))
        notice_title.setWordWrap(True)
        form.addRow(notice_title)
        for kind, label in KIND_LABELS.items():
            spin = QSpinBox(self)
            spin.setObjectName(f"notice_{kind.value}")
            spin.setRange(0, MAX_NOTICE_DAYS)
            spin.setSpecialValueText(self.tr("none"))
            spin.setSuffix(self.tr(" days"))
            spin.setMinimumWidth(110)
            spin.setAccessibleName(self.tr("Invitation period, {kind}").format(kind=label))
            spin.setEnabled(may_write)
            self.notice_spins[kind] = spin
            label_widget = QLabel(label, self)
            label_widget.setBuddy(spin)
            form.addRow(label_widget, _left(spin))
        form.addRow(
            _hint(
                self.tr(
                    "When a meeting is planned closer than this, the meeting form warns. "
                    "The period counts from the day the invitation is marked as sent. "
                    "Your statutes say how long it must be."
                ),
                self,
            ),
        )
        self.quorum_spin = QSpinBox(self)
        self.quorum_spin.setObjectName("quorumSpin")
        self.quorum_spin.setRange(0, MAX_QUORUM_PERCENT)
        self.quorum_spin.setSuffix(" %")
        self.quorum_spin.setSpecialValueText(self.tr("always"))
        self.quorum_spin.setMinimumWidth(110)
        self.quorum_spin.setAccessibleName(self.tr("Quorum of the members' assembly"))
        self.quorum_spin.setEnabled(may_write)
        quorum_label = QLabel(self.tr("&Quorum of the members' assembly"), self)
        quorum_label.setBuddy(self.quorum_spin)
        form.addRow(quorum_label, _left(self.quorum_spin))
        form.addRow(
            _hint(
                self.tr(
                    "The assembly can decide when at least this share of the members is "
                    "present (rounded up). “always” (0 %) when the statutes set no minimum."
                ),
                self,
            ),
        )

        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.banner)

        self._inputs: dict[str, QWidget] = {
            NOTICE_FIELDS[kind]: spin for kind, spin in self.notice_spins.items()
        }
        self._inputs["quorum_percent"] = self.quorum_spin
        for box in (*self.notice_spins.values(), self.quorum_spin):
            box.valueChanged.connect(self._input_changed)
        self._snapshot = self.view()

    # -- the Picard-style operations -----------------------------------------------------

    def load(self) -> None:
        with self._database.unit_of_work() as session:
            settings = get_settings(session, self._actor)
        self.set_view(MeetingSettings.of(settings))

    def save(self) -> AppSettings:
        """Store this section's fields (the others as stored); raises the service's
        errors, changing nothing."""
        mine = self.view()
        with self._database.unit_of_work() as session:
            stored = get_settings(session, self._actor)
            saved = save_settings(session, self._actor, mine.applied_to(stored))
        self.set_view(MeetingSettings.of(saved))
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
            mark_invalid(self._inputs.get(error.field))
            self.banner.show_error(message_for(error))
            return False
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        return True

    def view(self) -> MeetingSettings:
        return MeetingSettings(
            tuple((kind, spin.value()) for kind, spin in self.notice_spins.items()),
            self.quorum_spin.value(),
        )

    def set_view(self, settings: MeetingSettings) -> None:
        for kind, days in settings.notice_days:
            self.notice_spins[kind].setValue(days)
        self.quorum_spin.setValue(settings.quorum_percent)
        self.clear_marks()
        self._snapshot = self.view()

    def has_changes(self) -> bool:
        return self.view() != self._snapshot

    def revert(self) -> None:
        self.load()
        self.banner.clear_message()

    def clear_marks(self) -> None:
        for widget in self._inputs.values():
            widget.setStyleSheet("")

    def _input_changed(self) -> None:
        self.clear_marks()
        self.banner.clear_message()


def _hint(text: str, parent: QWidget) -> QLabel:
    """A hint under the rows above, across the whole form: in the field column alone a
    wrapped label is measured too tall and stands apart from what it explains."""
    label = hint_label(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def _left(spin: QSpinBox) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(spin)
    row.addStretch(1)
    return row
