"""Members and contacts (Mitglieder)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from quartierstreff.ui.widgets.page import FeaturePage


class MembersPage(FeaturePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nav-members", parent)
        self.set_texts(
            self.tr("Members"),
            self.tr(
                "This is where you will look after the people of your centre: addresses, "
                "memberships and fees, consents under the GDPR, and requests for information "
                "or erasure with their deadlines."
            ),
        )
