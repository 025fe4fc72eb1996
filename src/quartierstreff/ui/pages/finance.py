"""The treasurer's receipts and budgets."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from quartierstreff.ui.widgets.page import FeaturePage


class FinancePage(FeaturePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nav-finance", parent)
        self.set_texts(
            self.tr("Finances"),
            self.tr(
                "This is where the treasurer will keep receipts and entries, budgets per "
                "project and the list of receipts for funding reports."
            ),
        )
