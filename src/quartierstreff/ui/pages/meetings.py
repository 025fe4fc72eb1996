"""Meetings with agenda, minutes and decisions."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from quartierstreff.ui.widgets.page import FeaturePage


class MeetingsPage(FeaturePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nav-meetings", parent)
        self.set_texts(
            self.tr("Meetings"),
            self.tr(
                "This is where you will prepare meetings: the invitation with its agenda, "
                "attendance, minutes, decisions and action items, and attendance lists for "
                "funded events."
            ),
        )
