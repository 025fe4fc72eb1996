"""Installing the translations: ours (``resources/i18n``) and Qt's own (standard buttons)."""

from __future__ import annotations

import datetime as dt
import logging
import os

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from quartierstreff import paths

LANGUAGE_ENV = "QUARTIERSTREFF_LANGUAGE"
log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "de"
SUPPORTED_LANGUAGES = ("de", "en")

# The number and date formats that go with each interface language.
_LOCALES = {
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


# Qt's own QT_TRANSLATE_NOOP is typed as returning ``object``; lupdate only looks at the name.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; it is translated where it is shown."""
    return text


def configured_language() -> str:
    """German unless ``QUARTIERSTREFF_LANGUAGE`` names another supported language."""
    wanted = os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    return wanted if wanted in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


class Translations:
    """The translators installed into the application, replaceable at runtime."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def install(self, language: str) -> None:
        """Switch the interface to ``language`` (``"de"`` or ``"en"``)."""
        self.remove()
        ours = QTranslator(self._app)
        if ours.load(f"quartierstreff_{language}", str(paths.resources_dir() / "i18n")):
            self._add(ours)
        elif language != "en":
            log.warning("no translation file for %r in %s", language, paths.resources_dir())
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(self._app)
        if language != "en" and qt_own.load(f"qtbase_{language}", qt_dir):
            self._add(qt_own)
        QLocale.setDefault(_LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE]))
        self.language = language

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = ""

    def _add(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def date_pattern() -> str:
    """The locale's short date format with a four-digit year: 24.11.2026, not 24.11.26."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(day: dt.date | None) -> str:
    """A date as the window shows it (24.11.2026 in German); empty for no date."""
    return "" if day is None else QLocale().toString(to_qdate(day), date_pattern())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    """A wall-clock ``datetime`` as a QDateTime with the same date and time (for QLocale
    formatting; the time zone, if any, is ignored — convert to local time first)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
