"""Funding applications (Förderanträge) and their reports."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from quartierstreff.ui.widgets.page import FeaturePage


class FundingPage(FeaturePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nav-funding", parent)
        self.set_texts(
            self.tr("Funding applications"),
            self.tr(
                "This is where you will write funding applications: project description, cost "
                "and financing plan, deadlines and status, and at the end the report on how "
                "the money was used (Verwendungsnachweis)."
            ),
        )
