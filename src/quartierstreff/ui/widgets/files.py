"""Asking where to save a PDF, and opening a file with the program the system uses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

PathChooser = Callable[[QWidget, str], Path | None]
"""Asks where to save (parent, suggested file name); ``None`` when cancelled."""


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """A save dialog for a PDF starting in the home folder; ``.pdf`` is added if missing."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path.home() / suggested),
        QCoreApplication.translate("Files", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
