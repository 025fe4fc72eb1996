"""Where things live: the only module that knows about PyInstaller and user directories."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Quartierstreff"
DATA_DIR_ENV = "QUARTIERSTREFF_DATA_DIR"


def resources_dir() -> Path:
    """Fonts, translations, programme definitions and demo data shipped with the app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:  # PyInstaller bundle
        return Path(frozen_root) / "quartierstreff" / "resources"
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():  # wheel: resources are copied into the package
        return installed
    return Path(__file__).resolve().parents[2] / "resources"  # source checkout


def data_dir() -> Path:
    """The user's data directory (database, backups, attachments); created on demand."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "quartierstreff.sqlite3"


LOG_FILE_NAME = "quartierstreff.log"


def log_file() -> Path:
    return data_dir() / "logs" / LOG_FILE_NAME


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
