"""Rooms, bookings and the weekly plan (Belegungsplan)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from quartierstreff.ui.widgets.page import FeaturePage


class RoomsPage(FeaturePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nav-rooms", parent)
        self.set_texts(
            self.tr("Rooms & bookings"),
            self.tr(
                "This is where you will plan your rooms: bookings and recurring dates, school "
                "and public holidays, the weekly plan for the notice board and door signs."
            ),
        )
