"""Groups, initiatives and partner organisations."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from quartierstreff.ui.widgets.page import FeaturePage


class GroupsPage(FeaturePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nav-groups", parent)
        self.set_texts(
            self.tr("Groups & partners"),
            self.tr(
                "This is where you will find the groups and initiatives that meet at the "
                "centre, with their contact persons and usual rooms, and your partners: the "
                "municipality, churches, schools, associations and funders."
            ),
        )
