"""The program's log file, shared by the command line and the GUI (no Qt here)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

PACKAGE_LOGGER = "quartierstreff"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def attach_file_handler(path: Path) -> logging.Handler | None:
    """Make the package logger write to ``path`` (rotated at 1 MB, 3 old files kept).

    Returns the handler it added, or ``None`` when one for ``path`` was already there
    (the command line sets it up before it starts the GUI)."""
    logger = logging.getLogger(PACKAGE_LOGGER)
    if any(
        isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path
        for handler in logger.handlers
    ):
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    return handler
