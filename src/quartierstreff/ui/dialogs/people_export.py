"""Saving the (filtered) people register as a CSV or Excel file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from quartierstreff.db.engine import Database
from quartierstreff.services import people_io
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.people import PeopleFilter
from quartierstreff.services.security import Actor
from quartierstreff.ui.errors import message_for

ChoosePath = Callable[[QWidget], Path | None]
ShowError = Callable[[QWidget, str], None]


def choose_export_path(parent: QWidget) -> Path | None:
    """A save dialog offering Excel (.xlsx) and CSV; the suffix follows the chosen type."""
    excel = QCoreApplication.translate("PeopleExport", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate(
        "PeopleExport", "CSV for Excel, separated by semicolons (*.csv)"
    )
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PeopleExport", "Export people"),
        QCoreApplication.translate("PeopleExport", "people") + ".xlsx",
        f"{excel};;{csv}",
        excel,
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in {".csv", ".xlsx"}:
        path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
    return path


def _show_error_box(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("PeopleExport", "Export people"), text)


def export_register(
    parent: QWidget,
    database: Database,
    actor: Actor,
    people_filter: PeopleFilter,
    today: dt.date,
    *,
    choose_path: ChoosePath | None = None,
    show_error: ShowError | None = None,
) -> Path | None:
    """Ask where to save, write the people ``people_filter`` selects there, and return
    the path; ``None`` when the user cancelled or it failed (the error was shown)."""
    path = (choose_path or choose_export_path)(parent)
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with database.unit_of_work() as session:
            people_io.export_people(session, actor, people_filter, path, today)
    except QuartierstreffError as error:
        QGuiApplication.restoreOverrideCursor()
        (show_error or _show_error_box)(parent, message_for(error))
        return None
    QGuiApplication.restoreOverrideCursor()
    return path
