"""Fixtures for the GUI tests: a migrated SQLite database per test and the German
interface (the default), switched back after each test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from quartierstreff.db.engine import Database
from quartierstreff.db.open import open_database
from quartierstreff.services.centre import save_profile
from quartierstreff.services.views import CentreProfileView
from quartierstreff.ui.i18n import Translations
from tests.conftest import ADMIN

TODAY = dt.date(2026, 11, 24)
CENTRE_NAME = "Bürgertreff Südstadt"


@pytest.fixture
def database(sqlite_url: str, tmp_path: Path) -> Iterator[Database]:
    """An empty database, migrated with Alembic as the app does it."""
    opened = open_database(make_url(sqlite_url), tmp_path / "backups")
    yield opened
    opened.close()


@pytest.fixture
def centre_database(database: Database) -> Database:
    """A database that already holds the centre's profile (no welcome dialog)."""
    with database.unit_of_work() as session:
        save_profile(session, ADMIN, CentreProfileView(name=CENTRE_NAME, city="Stuttgart"))
    return database


@pytest.fixture(autouse=True)
def _no_modal_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box would wait forever for a click: fail the test instead."""

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a modal message box was opened: {args[1:3]}")

    for name in ("question", "critical", "warning", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, fail)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    previous_locale = QLocale()
    installed = Translations(qapp)
    yield installed
    installed.remove()
    QLocale.setDefault(previous_locale)


@pytest.fixture(autouse=True)
def german(translations: Translations) -> Translations:
    """German is the default language of the interface."""
    translations.install("de")
    return translations


@pytest.fixture
def english(translations: Translations) -> Translations:
    translations.install("en")
    return translations
