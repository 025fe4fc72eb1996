"""The import dialog (file → columns → preview → import with progress and Cancel →
result) and the export of the register, driven with qtbot."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Person
from quartierstreff.importers import people as columns
from quartierstreff.services import people
from quartierstreff.services.people import PeopleFilter, PersonDraft
from quartierstreff.ui.dialogs.people_export import export_register
from quartierstreff.ui.dialogs.people_import import ImportDialog, TextTableModel
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

CSV = (
    "Vorname;Nachname;PLZ;Geburtsdatum;Lieblingsfarbe\r\n"
    "Anna;Schmidt;70173;03.07.1958;blau\r\n"
    "Bernd;Maier;7017;31.02.1990;grün\r\n"
    "Carla;Weiß;70469;;rot\r\n"
    "Dora;Lang;;;gelb\r\n"
)


def _count(database: Database) -> int:
    with database.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def _dialog(qtbot: QtBot, database: Database, path: Path) -> ImportDialog:
    dialog = ImportDialog(database, ADMIN, TODAY, choose_file=lambda _parent: path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.current_step() == ImportDialog.MAPPING, timeout=10_000)
    return dialog


def _to_preview(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.current_step() == ImportDialog.PREVIEW, timeout=10_000)


def test_the_whole_import_step_by_step(
    qtbot: QtBot, centre_database: Database, tmp_path: Path
) -> None:
    with centre_database.unit_of_work() as session:
        people.create_person(
            session, ADMIN, PersonDraft(first_name="Carla", last_name="Weiß"), today=TODAY
        )
    path = tmp_path / "mitglieder.csv"
    path.write_bytes(CSV.encode("cp1252"))
    dialog = _dialog(qtbot, centre_database, path)

    assert dialog.mapping() == {
        0: columns.FIRST_NAME,
        1: columns.LAST_NAME,
        2: columns.POSTAL_CODE,
        3: columns.BIRTH_DATE,
        4: columns.IGNORE,
    }
    dialog.set_target(2, columns.IGNORE)  # the user leaves the postcodes out
    _to_preview(qtbot, dialog)
    assert dialog.invalid_model.rowCount() == 1  # 31.02., the bad postcode is not imported
    assert dialog.invalid_model.index(0, 0).data() == "3"
    assert dialog.duplicates_model.rowCount() == 1  # Carla Weiß is there already
    assert dialog.skip_duplicates_box.isChecked()
    assert not dialog.import_button.isEnabled()  # rows with errors, not skipped
    dialog.skip_invalid_box.setChecked(True)
    assert dialog.import_button.isEnabled()

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.current_step() == ImportDialog.RESULT, timeout=10_000)
    assert dialog.imported == 2
    assert _count(centre_database) == 3


def test_cancel_writes_nothing(qtbot: QtBot, centre_database: Database, tmp_path: Path) -> None:
    path = tmp_path / "viele.csv"
    path.write_text("Nachname\n" + "\n".join(f"Person{i}" for i in range(3000)), encoding="utf-8")
    dialog = _dialog(qtbot, centre_database, path)
    _to_preview(qtbot, dialog)
    dialog.import_button.click()
    assert dialog.current_step() == ImportDialog.IMPORTING
    assert dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.current_step() == ImportDialog.RESULT, timeout=20_000)
    assert dialog.imported == 0
    assert _count(centre_database) == 0


def test_an_unusable_file_is_explained_and_the_dialog_stays(
    qtbot: QtBot, centre_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    dialog = ImportDialog(centre_database, ADMIN, TODAY, choose_file=lambda _parent: path)
    qtbot.addWidget(dialog)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: bool(dialog.banner.text()), timeout=10_000)
    assert "foto.csv" in dialog.banner.text()
    assert dialog.current_step() == ImportDialog.FILE
    assert not dialog.next_button.isEnabled()


def test_an_excel_file_is_read_too(qtbot: QtBot, centre_database: Database, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "PLZ"])
    sheet.append(["Anna Schmidt", 70173.0])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    dialog = _dialog(qtbot, centre_database, path)
    assert dialog.mapping() == {0: columns.FULL_NAME, 1: columns.POSTAL_CODE}
    _to_preview(qtbot, dialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.current_step() == ImportDialog.RESULT, timeout=10_000)
    with centre_database.unit_of_work() as session:
        ids = people.find_people(session, ADMIN, PeopleFilter(), today=TODAY)
        detail = people.get_person(session, ADMIN, ids[0])
    assert (detail.first_name, detail.last_name, detail.postal_code) == (
        "Anna",
        "Schmidt",
        "70173",
    )


def test_export_writes_the_chosen_file_and_reports_errors(
    qtbot: QtBot, centre_database: Database, tmp_path: Path
) -> None:
    with centre_database.unit_of_work() as session:
        people.create_person(session, ADMIN, PersonDraft(last_name="Schmidt"), today=TODAY)
    dialog = ImportDialog(centre_database, ADMIN, TODAY)
    qtbot.addWidget(dialog)
    target = tmp_path / "register.xlsx"
    written = export_register(
        dialog, centre_database, ADMIN, PeopleFilter(), TODAY, choose_path=lambda _p: target
    )
    assert written == target
    assert target.exists()

    errors: list[str] = []
    assert (
        export_register(
            dialog,
            centre_database,
            ADMIN,
            PeopleFilter(),
            TODAY,
            choose_path=lambda _p: tmp_path / "register.ods",
            show_error=lambda _parent, text: errors.append(text),
        )
        is None
    )
    assert len(errors) == 1
    assert "register.ods" in errors[0]
    assert (
        export_register(
            dialog, centre_database, ADMIN, PeopleFilter(), TODAY, choose_path=lambda _p: None
        )
        is None
    )


def test_the_text_table_model(qtmodeltester: ModelTester) -> None:
    model = TextTableModel(["Zeile", "Problem"])
    model.set_rows([("2", "Der Nachname fehlt."), ("5", "…")])
    qtmodeltester.check(model)
