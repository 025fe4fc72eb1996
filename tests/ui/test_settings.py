from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quartierstreff.app import create_main_window
from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.db.open import open_database
from quartierstreff.services.centre import get_profile
from quartierstreff.services.errors import ConcurrentEdit
from quartierstreff.services.security import Actor
from quartierstreff.services.views import CentreProfileView
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import Translations
from quartierstreff.ui.main_window import MainWindow
from quartierstreff.ui.pages.settings import SettingsPage
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.conftest import CENTRE_NAME

FULL_PROFILE = CentreProfileView(
    name="Bürgertreff Südstadt e. V.",
    street="Möhringer Straße 56",
    postal_code="70199",
    city="Stuttgart",
    email="info@buergertreff.example",
    phone="0711 123456",
    website="https://buergertreff.example",
    legal_form="eingetragener Verein",
    register_court="Amtsgericht Stuttgart",
    register_number="VR 12345",
    tax_exemption_notice_on=dt.date(2024, 3, 12),
    tax_office="Finanzamt Stuttgart-Körperschaften",
    bank_account_holder="Bürgertreff Südstadt e. V.",
    iban="DE89370400440532013000",
    bic="COBADEFFXXX",
    bank_name="Commerzbank",
    house_rules="Bitte um 22 Uhr lüften und abschließen.",
    key_contact="Hausdienst, Tel. 0711 654321",
    signatories="Maria Beispiel (1. Vorsitzende)\nÖzlem Yılmaz (Kassiererin)",
)


@pytest.fixture
def window(qtbot: QtBot, centre_database: Database) -> MainWindow:
    window = create_main_window(centre_database, ADMIN)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(7)
    # Closing at the end of a test with unsaved input would ask; the answer is "discard".
    window.settings.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    return window


@pytest.fixture
def page(window: MainWindow) -> SettingsPage:
    """The settings page, shown inside the main window as the user sees it."""
    assert window.current_page is window.settings
    return window.settings


def _stored(database: Database) -> CentreProfileView | None:
    with database.unit_of_work() as session:
        return get_profile(session, ADMIN)


def _fill(page: SettingsPage, profile: CentreProfileView) -> None:
    form = page.profile.form
    edits = {
        "name": form.nameEdit,
        "street": form.streetEdit,
        "postal_code": form.postalCodeEdit,
        "city": form.cityEdit,
        "email": form.emailEdit,
        "phone": form.phoneEdit,
        "website": form.websiteEdit,
        "legal_form": form.legalFormEdit,
        "register_court": form.registerCourtEdit,
        "register_number": form.registerNumberEdit,
        "tax_office": form.taxOfficeEdit,
        "bank_account_holder": form.accountHolderEdit,
        "iban": form.ibanEdit,
        "bic": form.bicEdit,
        "bank_name": form.bankNameEdit,
        "house_rules": form.houseRulesEdit,
        "key_contact": form.keyContactEdit,
    }
    for field, edit in edits.items():
        edit.setText(getattr(profile, field))
    form.signatoriesEdit.setPlainText(profile.signatories)
    notice_on = profile.tax_exemption_notice_on
    form.taxNoticeCheck.setChecked(notice_on is not None)
    if notice_on is not None:
        form.taxNoticeDateEdit.setDate(QDate(notice_on.year, notice_on.month, notice_on.day))


def test_labels_are_german(page: SettingsPage) -> None:
    form = page.profile.form
    assert form.ibanLabel.text() == "&IBAN:"
    assert form.registerCourtLabel.text() == "Register&gericht:"
    assert form.taxNoticeLabel.text() == "Freistellungsbes&cheid:"
    assert form.houseRulesLabel.text() == "&Hausordnungs-Zeile:"
    assert page.save_button.text() == "&Speichern"


def test_load_shows_the_stored_profile(page: SettingsPage) -> None:
    form = page.profile.form
    assert form.nameEdit.text() == CENTRE_NAME
    assert form.cityEdit.text() == "Stuttgart"
    assert not form.taxNoticeCheck.isChecked()
    assert not form.taxNoticeDateEdit.isEnabled()
    assert not page.profile.has_changes()


def test_save_and_load_round_trip(
    qtbot: QtBot, page: SettingsPage, centre_database: Database
) -> None:
    _fill(page, dataclasses.replace(FULL_PROFILE, iban="de89 3704 0044 0532 0130 00"))
    assert page.profile.has_changes()
    with qtbot.waitSignal(page.profile_saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    stored_profile = dataclasses.replace(FULL_PROFILE, version=2)  # created, then changed
    assert _stored(centre_database) == stored_profile
    assert saved.args == [stored_profile]
    assert page.banner.tone is Tone.SUCCESS
    assert page.banner.text() == "Die Einstellungen wurden gespeichert."
    assert not page.profile.has_changes()

    again = SettingsPage(centre_database, ADMIN)
    qtbot.addWidget(again)
    again.refresh()
    assert again.profile.view() == dataclasses.replace(
        stored_profile, iban="DE89 3704 0044 0532 0130 00"
    )
    assert again.profile.form.ibanEdit.text() == "DE89 3704 0044 0532 0130 00"
    assert again.profile.form.taxNoticeDateEdit.date() == QDate(2024, 3, 12)
    assert again.profile.form.taxNoticeDateEdit.text() == "12.03.2024"


def test_ctrl_s_saves(qtbot: QtBot, page: SettingsPage, centre_database: Database) -> None:
    page.profile.form.cityEdit.setFocus()
    page.profile.form.cityEdit.clear()
    qtbot.keyClicks(page.profile.form.cityEdit, "Ulm")
    qtbot.keyClick(page.profile.form.cityEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = _stored(centre_database)
    assert stored is not None
    assert stored.city == "Ulm"


@pytest.mark.parametrize(
    ("iban", "message"),
    [
        (
            "DE00 1234",
            "„IBAN“ hat nicht das richtige Format: „DE00 1234“. Eine IBAN beginnt mit dem "
            "Ländercode, z. B. DE89 3704 0044 0532 0130 00.",
        ),
        (
            "DE00 3704 0044 0532 0130 00",
            "„IBAN“ enthält einen Tippfehler (die Prüfziffern stimmen nicht): "
            "„DE00 3704 0044 0532 0130 00“.",
        ),
    ],
    ids=["format", "checksum"],
)
def test_a_bad_iban_is_named_and_nothing_changes(
    qtbot: QtBot, page: SettingsPage, centre_database: Database, iban: str, message: str
) -> None:
    before = _stored(centre_database)
    page.profile.form.cityEdit.setText("Ulm")
    page.profile.form.ibanEdit.setText(iban)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.banner.isVisible()
    assert page.banner.tone is Tone.ERROR
    assert page.banner.text() == message
    assert _stored(centre_database) == before  # not even the valid town was stored
    assert page.profile.form.ibanEdit.text() == iban  # the input is kept
    assert page.profile.form.cityEdit.text() == "Ulm"
    assert page.profile.form.ibanEdit.hasFocus()
    assert "border" in page.profile.form.ibanEdit.styleSheet()
    assert page.profile.has_changes()


def test_an_empty_name_is_refused(page: SettingsPage, centre_database: Database) -> None:
    page.profile.form.nameEdit.clear()
    assert not page.save()
    assert page.banner.text() == "Bitte füllen Sie „Name“ aus."
    assert page.profile.form.nameEdit.hasFocus()
    stored = _stored(centre_database)
    assert stored is not None
    assert stored.name == CENTRE_NAME


def test_correcting_the_input_then_saves(
    qtbot: QtBot, page: SettingsPage, centre_database: Database
) -> None:
    page.profile.form.postalCodeEdit.setText("7019")
    assert not page.save()
    assert page.banner.text().startswith("„PLZ“ hat nicht das richtige Format: „7019“.")
    page.profile.form.postalCodeEdit.setText("70199")
    assert page.save()
    assert page.profile.form.postalCodeEdit.styleSheet() == ""
    stored = _stored(centre_database)
    assert stored is not None
    assert stored.postal_code == "70199"


def test_revert_shows_the_stored_profile_again(qtbot: QtBot, page: SettingsPage) -> None:
    page.profile.form.nameEdit.setText("Etwas anderes")
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.profile.form.nameEdit.text() == CENTRE_NAME
    assert not page.profile.has_changes()


def test_settings_page_on_a_database_without_profile(qtbot: QtBot, database: Database) -> None:
    page = SettingsPage(database, ADMIN)
    qtbot.addWidget(page)
    page.refresh()
    assert page.profile.form.nameEdit.text() == ""
    page.profile.form.nameEdit.setText("Stadtteiltreff Ost")
    assert page.save()
    stored = _stored(database)
    assert stored is not None
    assert stored.name == "Stadtteiltreff Ost"


# --- two programs on one database -------------------------------------------------

ANNA = Actor(user_id=None, username="anna", role=Role.COORDINATOR)


@pytest.fixture
def second_program(centre_database: Database, tmp_path: Path) -> Iterator[Database]:
    """The same database file opened a second time, as another Quartierstreff would."""
    other = open_database(centre_database.url, tmp_path / "backups")
    yield other
    other.close()


def _two_pages(qtbot: QtBot, first: Database, second: Database) -> tuple[SettingsPage, ...]:
    pages = (SettingsPage(first, ADMIN), SettingsPage(second, ANNA))
    for page in pages:
        qtbot.addWidget(page)
        page.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        page.refresh()
    return pages


def test_the_second_saver_is_told_and_keeps_the_input(
    qtbot: QtBot, centre_database: Database, second_program: Database
) -> None:
    mine, annas = _two_pages(qtbot, centre_database, second_program)

    annas.profile.form.cityEdit.setText("Biberach")
    assert annas.save()
    mine.profile.form.phoneEdit.setText("0711 123456")
    mine.profile.form.ibanEdit.setText("DE89 3704 0044 0532 0130 00")
    assert not mine.save()

    assert mine.banner.tone is Tone.ERROR
    assert mine.banner.text() == message_for(ConcurrentEdit("centre_profile", "1", "anna"))
    assert mine.reload_button.isVisibleTo(mine)
    assert mine.profile.form.phoneEdit.text() == "0711 123456"  # the input is kept
    assert mine.profile.form.ibanEdit.text() == "DE89 3704 0044 0532 0130 00"
    assert mine.profile.form.cityEdit.text() == "Stuttgart"  # not yet Anna's change
    assert mine.profile.has_changes()
    stored = _stored(centre_database)
    assert stored is not None
    assert (stored.city, stored.phone, stored.iban) == ("Biberach", "", "")  # Anna's survives

    mine.ask_unsaved = lambda: QMessageBox.StandardButton.Save
    assert not mine.can_leave()  # "save" on leaving is refused too: the page stays
    assert mine.profile.form.phoneEdit.text() == "0711 123456"

    qtbot.mouseClick(mine.reload_button, Qt.MouseButton.LeftButton)
    assert mine.profile.form.cityEdit.text() == "Biberach"
    assert mine.profile.form.phoneEdit.text() == ""
    assert not mine.reload_button.isVisibleTo(mine)
    assert not mine.banner.isVisibleTo(mine)
    mine.profile.form.phoneEdit.setText("0711 123456")
    assert mine.save()
    stored = _stored(centre_database)
    assert stored is not None
    assert (stored.city, stored.phone) == ("Biberach", "0711 123456")


def test_the_conflict_message_in_english(
    qtbot: QtBot, english: Translations, centre_database: Database, second_program: Database
) -> None:
    mine, annas = _two_pages(qtbot, centre_database, second_program)
    annas.profile.form.cityEdit.setText("Biberach")
    assert annas.save()
    mine.profile.form.cityEdit.setText("Ulm")
    assert not mine.save()
    assert mine.banner.text() == (
        "Someone else has changed the centre profile in the meantime (last saved by “anna”). "
        "Your input is still here; reload to see the changes."
    )
    assert mine.reload_button.text() == "Re&load"
