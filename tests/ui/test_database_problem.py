"""A database that cannot be opened at start: a window that says why and offers the
newest backup; never a new empty database over the old file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL, make_url

from quartierstreff import cli, paths
from quartierstreff.db.open import open_database
from quartierstreff.services.backup import create_backup
from quartierstreff.services.centre import get_profile, save_profile
from quartierstreff.services.errors import DatabaseCorrupt, DatabaseForeign, SchemaTooNew
from quartierstreff.services.views import CentreProfileView
from quartierstreff.ui.dialogs.database_problem import DatabaseProblemDialog
from tests.conftest import ADMIN

GARBAGE = b"Dies ist keine Datenbank, sondern ein Einkaufszettel.\n" * 200


@pytest.fixture
def url(tmp_path: Path) -> URL:
    return make_url(f"sqlite:///{tmp_path / 'treff.sqlite3'}")


def _database_with_backup(url: URL, when: dt.datetime | None) -> None:
    """A database with a centre, backed up at ``when`` (or not at all), then damaged."""
    database = open_database(url, paths.backups_dir())
    try:
        with database.unit_of_work() as session:
            save_profile(session, ADMIN, CentreProfileView(name="Treff am Markt"))
        if when is not None:
            create_backup(database, paths.backups_dir(), actor=ADMIN, now=when)
    finally:
        database.close()
    Path(str(url.database)).write_bytes(GARBAGE)


def _problem(url: URL) -> DatabaseCorrupt:
    with pytest.raises(DatabaseCorrupt) as raised:
        open_database(url, paths.backups_dir())
    return raised.value


def _dialog(qtbot: QtBot, error: Exception, url: URL) -> DatabaseProblemDialog:
    assert isinstance(error, DatabaseCorrupt | DatabaseForeign | SchemaTooNew)
    dialog = DatabaseProblemDialog(error, url, paths.backups_dir())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_damaged_file_offers_the_newest_backup_and_restores_it(qtbot: QtBot, url: URL) -> None:
    _database_with_backup(url, dt.datetime(2026, 11, 20, 9, 15))
    dialog = _dialog(qtbot, _problem(url), url)

    assert not dialog.newest_button.isHidden()
    assert "20.11.2026, 09:15" in dialog.newest_button.text()
    assert "20.11.2026, 09:15" in dialog.advice.text()
    assert str(paths.backups_dir()) in dialog.advice.text()
    assert not dialog.other_button.isHidden()
    assert not dialog.quit_button.isHidden()
    assert Path(str(url.database)).read_bytes() == GARBAGE  # nothing touched so far

    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.newest_button.click()
    assert dialog.restored is not None
    kept = dialog.restored.safety_copy
    assert kept is not None and kept.read_bytes() == GARBAGE  # the damaged file is kept
    database = open_database(url, paths.backups_dir())
    try:
        with database.unit_of_work() as session:
            profile = get_profile(session, ADMIN)
        assert profile is not None and profile.name == "Treff am Markt"
    finally:
        database.close()


def test_without_a_backup_another_one_can_be_chosen(qtbot: QtBot, url: URL, tmp_path: Path) -> None:
    _database_with_backup(url, None)
    stick = tmp_path / "stick"
    other = open_database(make_url(f"sqlite:///{tmp_path / 'other.sqlite3'}"), stick)
    try:
        with other.unit_of_work() as session:
            save_profile(session, ADMIN, CentreProfileView(name="Vom USB-Stick"))
        on_stick = create_backup(other, stick, actor=ADMIN, now=dt.datetime(2026, 11, 1, 8, 0))
    finally:
        other.close()

    dialog = _dialog(qtbot, _problem(url), url)
    assert dialog.newest_button.isHidden()
    assert not dialog.other_button.isHidden()

    chooser = dialog.choose_other()
    chooser._ask_file = lambda _parent, _start: str(on_stick.path)
    chooser.choose_other()
    qtbot.waitUntil(lambda: chooser.verified is not None, timeout=20_000)
    chooser.confirm_check.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        chooser.restore()
    assert dialog.restored is not None
    assert dialog.restored.backup.path == on_stick.path


def test_another_programs_database_is_only_explained(qtbot: QtBot, url: URL) -> None:
    file = Path(str(url.database))
    connection = sqlite3.connect(file)
    connection.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(DatabaseForeign) as raised:
        open_database(url, paths.backups_dir())
    dialog = _dialog(qtbot, raised.value, url)
    assert dialog.newest_button.isHidden()
    assert dialog.other_button.isHidden()
    assert "kunden" in dialog.text.text()
    dialog.quit_button.click()
    assert dialog.result() == 0


def test_a_newer_schema_is_only_explained(qtbot: QtBot, url: URL) -> None:
    dialog = _dialog(qtbot, SchemaTooNew("ffff0000"), url)
    assert dialog.newest_button.isHidden()
    assert dialog.other_button.isHidden()
    assert "ffff0000" in dialog.advice.text()


def test_the_command_line_starts_the_window_for_a_damaged_database(
    url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _database_with_backup(url, dt.datetime(2026, 11, 20, 9, 15))
    shown: list[tuple[Exception, URL]] = []

    def run_problem(error: Exception, problem_url: URL) -> int:
        shown.append((error, problem_url))
        return 1

    monkeypatch.setattr("quartierstreff.app.run_problem", run_problem)
    database = url.render_as_string(hide_password=False)
    assert cli.main(["--database", database]) == 1
    assert len(shown) == 1 and isinstance(shown[0][0], DatabaseCorrupt)

    # A command still says it in one line (and opens no window).
    assert cli.main(["--database", database, "check"]) == 1
    assert "beschädigt" in capsys.readouterr().err
    assert len(shown) == 1
    assert Path(str(url.database)).read_bytes() == GARBAGE
