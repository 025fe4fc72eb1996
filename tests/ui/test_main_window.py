from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from quartierstreff.app import create_main_window
from quartierstreff.db.engine import Database
from quartierstreff.db.models import Group, Meeting, MeetingKind, Membership, Person, Room
from quartierstreff.services.centre import get_profile
from quartierstreff.services.security import acting_as
from quartierstreff.ui.main_window import MainWindow
from quartierstreff.ui.pages.dashboard import DashboardPage
from tests.conftest import ADMIN
from tests.ui.conftest import CENTRE_NAME, TODAY

GERMAN_PAGES = [
    "Übersicht",
    "Mitglieder",
    "Gruppen & Partner",
    "Räume & Belegung",
    "Treffen",
    "Förderanträge",
    "Finanzen",
    "Einstellungen",
]


@pytest.fixture
def window(qtbot: QtBot, centre_database: Database) -> MainWindow:
    window = create_main_window(centre_database, ADMIN)
    qtbot.addWidget(window)
    # Closing at the end of a test with unsaved input would ask; the answer is "discard".
    window.settings.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    return window


@pytest.fixture
def shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _labels(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def _texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.current_page.findChildren(QLabel)]


def test_opens_in_german_with_title_navigation_and_database(
    window: MainWindow, centre_database: Database
) -> None:
    assert window.windowTitle() == f"Quartierstreff — {CENTRE_NAME}"
    assert _labels(window) == GERMAN_PAGES
    assert window.stack.count() == len(GERMAN_PAGES)
    assert window.stack.currentIndex() == 0
    assert window.database_label.text() == f"Datenbank: SQLite: {centre_database.url.database}"
    menus = window.menuBar().actions()
    assert [menu.text() for menu in menus] == ["&Datei", "&Gehe zu", "&Verwaltung", "&Hilfe"]
    quit_action = menus[0].menu().actions()[-1]  # the last entry of the File menu
    assert quit_action.text() == "&Beenden"
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    assert menus[3].menu().actions()[0].text() == "&Über Quartierstreff"
    assert [action.text() for action in menus[2].menu().actions()] == [
        "&Benutzer und Rollen …",
        "Änderungs&protokoll …",
        "",  # separator
        "&Verzeichnis der Verarbeitungstätigkeiten (PDF)…",
    ]


def test_every_page_has_its_german_heading_and_no_placeholder_wording(
    window: MainWindow,
) -> None:
    for index, name in enumerate(GERMAN_PAGES):
        assert window.show_page(index)
        texts = _texts(window)
        assert name in texts, f"page {index} has no heading {name!r}: {texts}"
        assert not [t for t in texts if "TODO" in t or "laceholder" in t or "Platzhalter" in t]


def test_ctrl_and_a_digit_jumps_to_each_page(qtbot: QtBot, shown: MainWindow) -> None:
    for index in reversed(range(8)):
        qtbot.keyClick(shown, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert shown.stack.currentIndex() == index
        assert shown.navigation.currentRow() == index


def test_arrow_keys_move_through_the_navigation(qtbot: QtBot, shown: MainWindow) -> None:
    shown.navigation.setFocus()
    qtbot.keyClick(shown.navigation, Qt.Key.Key_Down)
    qtbot.keyClick(shown.navigation, Qt.Key.Key_Down)
    assert shown.stack.currentIndex() == 2
    qtbot.keyClick(shown.navigation, Qt.Key.Key_Up)
    assert shown.stack.currentIndex() == 1
    assert "Mitglieder" in _texts(shown)


def test_saved_profile_renames_the_window(qtbot: QtBot, shown: MainWindow) -> None:
    shown.show_page(7)
    name_edit = shown.settings.profile.form.nameEdit
    name_edit.clear()
    qtbot.keyClicks(name_edit, "Stadtteiltreff Ost")
    qtbot.keyClick(shown, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert shown.windowTitle() == "Quartierstreff — Stadtteiltreff Ost"


@pytest.mark.parametrize(
    ("answer", "stays", "stored_name"),
    [
        (QMessageBox.StandardButton.Cancel, True, CENTRE_NAME),
        (QMessageBox.StandardButton.Discard, False, CENTRE_NAME),
        (QMessageBox.StandardButton.Save, False, "Stadtteiltreff Ost"),
    ],
    ids=["cancel", "discard", "save"],
)
def test_leaving_settings_with_unsaved_input_asks_first(
    qtbot: QtBot,
    shown: MainWindow,
    centre_database: Database,
    answer: QMessageBox.StandardButton,
    stays: bool,
    stored_name: str,
) -> None:
    questions: list[str] = []

    def ask() -> QMessageBox.StandardButton:
        questions.append("asked")
        return answer

    shown.settings.ask_unsaved = ask
    shown.show_page(7)
    qtbot.keyClicks(shown.settings.profile.form.cityEdit, " ")  # typing counts as a change
    shown.settings.profile.form.nameEdit.setText("Stadtteiltreff Ost")

    qtbot.keyClick(shown, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)

    assert questions == ["asked"]
    assert shown.stack.currentIndex() == (7 if stays else 0)
    assert shown.navigation.currentRow() == shown.stack.currentIndex()
    with centre_database.unit_of_work() as session:
        profile = get_profile(session, ADMIN)
    assert profile is not None
    assert profile.name == stored_name
    if stays:
        assert shown.settings.profile.form.nameEdit.text() == "Stadtteiltreff Ost"


def test_no_question_without_changes(shown: MainWindow) -> None:
    def ask() -> QMessageBox.StandardButton:
        raise AssertionError("asked although nothing changed")

    shown.settings.ask_unsaved = ask
    shown.show_page(7)
    assert shown.show_page(0)


def test_dashboard_shows_the_centre_and_counts(qtbot: QtBot, centre_database: Database) -> None:
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        anna = Person(first_name="Anna", last_name="Ahrens")
        blocked = Person(first_name="Bert", last_name="Blau", blocked_on=TODAY)
        session.add_all(
            [
                anna,
                Person(first_name="Cem", last_name="Çelik"),
                blocked,
                Membership(person=anna, start_date=dt.date(2020, 1, 1)),
                Membership(person=blocked, start_date=dt.date(2020, 1, 1)),
                Group(name="Seniorencafé"),
                Group(name="Schach", active_until=dt.date(2025, 12, 31)),
                Room(name="Saal", symbol="S"),
                Room(name="Gruppenraum", symbol="G"),
                Room(name="Alter Keller", symbol="K", is_active=False),
                Meeting(
                    kind=MeetingKind.BOARD,
                    title="Vorstandssitzung",
                    starts_at=dt.datetime(2026, 12, 2, 19, 0),
                ),
                Meeting(
                    kind=MeetingKind.PLENARY,
                    title="Plenum",
                    starts_at=dt.datetime(2026, 11, 1, 18, 0),
                ),
            ]
        )
    page = DashboardPage(centre_database, ADMIN, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()

    counts = {key: label.text() for key, label in page.counts.items()}
    assert counts == {
        "people": "2",
        "members": "1",
        "groups": "1",
        "rooms": "2",
        "upcoming_meetings": "1",
    }
    assert page.centre_label.text() == f"{CENTRE_NAME} in Stuttgart"
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "Vorstandssitzung" in texts
    assert "Mittwoch, 2. Dezember 2026" in texts
    assert "19:00" in texts
    assert "Plenum" not in texts  # in the past
    assert page.no_meetings_label.isHidden()


def test_dashboard_on_a_database_without_profile(qtbot: QtBot, database: Database) -> None:
    page = DashboardPage(database, ADMIN, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert "noch nicht eingetragen" in page.centre_label.text()
    assert page.counts["people"].text() == "0"
    assert not page.no_meetings_label.isHidden()
    assert page.no_meetings_label.text() == "Es sind noch keine Treffen geplant."


def test_ctrl_s_saves_only_on_the_settings_page(
    qtbot: QtBot, shown: MainWindow, centre_database: Database
) -> None:
    shown.settings.profile.form.cityEdit.setText("Ulm")  # on the hidden settings page
    qtbot.keyClick(shown, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with centre_database.unit_of_work() as session:
        profile = get_profile(session, ADMIN)
    assert profile is not None
    assert profile.city == "Stuttgart"
