"""Verwaltung ▸ Verzeichnis der Verarbeitungstätigkeiten: the Art. 30 record as a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from quartierstreff.db.engine import Database
from quartierstreff.reports.processing_record import write_processing_record
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.processing_record import processing_record
from quartierstreff.services.security import Actor
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.widgets.files import PathChooser, ask_pdf_path, open_file

ShowError = Callable[[QWidget, str], None]


def _ask_for_path(parent: QWidget, suggested: str) -> Path | None:
    title = QCoreApplication.translate("ProcessingRecord", "Save record of processing activities")
    return ask_pdf_path(parent, title, suggested)


def _show_error(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("ProcessingRecord", "Not saved"), text)


def save_processing_record(
    parent: QWidget,
    database: Database,
    actor: Actor,
    today: dt.date,
    *,
    choose_path: PathChooser = _ask_for_path,
    open_file: Callable[[Path], None] = open_file,
    show_error: ShowError = _show_error,
) -> Path | None:
    """Ask where to save, write the record filled in from the centre's profile, open it.

    Returns the path written, or ``None`` when the user cancelled or it failed (the
    reason has been shown)."""
    suggested = QCoreApplication.translate(
        "ProcessingRecord", "record-of-processing-activities-{date}.pdf"
    ).format(date=today.isoformat())
    path = choose_path(parent, suggested)
    if path is None:
        return None
    try:
        with database.unit_of_work() as session:
            view = processing_record(session, actor, today)
        written = write_processing_record(path, view, printed_on=today)
    except QuartierstreffError as error:
        show_error(parent, message_for(error))
        return None
    open_file(written)
    return written
