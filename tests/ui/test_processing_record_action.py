"""Verwaltung ▸ Verzeichnis der Verarbeitungstätigkeiten: saved, opened, read back."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.ui.dialogs.processing_record import save_processing_record
from tests.conftest import ADMIN
from tests.ui.conftest import CENTRE_NAME, TODAY


def test_the_record_is_written_and_opened(
    qtbot: QtBot, centre_database: Database, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[Path] = []
    suggested: list[str] = []

    def choose(_parent: QWidget, name: str) -> Path:
        suggested.append(name)
        return tmp_path / "art30.pdf"

    written = save_processing_record(
        parent, centre_database, ADMIN, TODAY, choose_path=choose, open_file=opened.append
    )
    assert written == tmp_path / "art30.pdf" and opened == [written]
    assert suggested[0].endswith("2026-11-24.pdf")
    reader = PdfReader(written)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert CENTRE_NAME in text
    assert "Verarbeitungstätigkeiten" in text
    assert reader.metadata is not None and reader.metadata.title


def test_cancel_writes_nothing_and_a_failure_is_shown(
    qtbot: QtBot, centre_database: Database, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert (
        save_processing_record(parent, centre_database, ADMIN, TODAY, choose_path=lambda *_: None)
        is None
    )
    errors: list[str] = []
    missing = tmp_path / "no-such-folder" / "art30.pdf"
    result = save_processing_record(
        parent,
        centre_database,
        ADMIN,
        TODAY,
        choose_path=lambda *_: missing,
        open_file=lambda _path: None,
        show_error=lambda _parent, text: errors.append(text),
    )
    assert result is None and not missing.exists()
    assert len(errors) == 1 and "no-such-folder" in errors[0], errors
