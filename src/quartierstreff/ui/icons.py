"""Icons shipped in ``resources/icons`` (SVG, drawn sharp at any size)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from quartierstreff import paths


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``."""
    return QIcon(str(paths.resources_dir() / "icons" / f"{name}.svg"))


def app_icon() -> QIcon:
    return icon("quartierstreff")
