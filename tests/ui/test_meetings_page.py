"""The Treffen page: the empty state, upcoming/past/all in their orders, the filters,
the dialogs it opens, deleting after a question (the room booking cancelled), the
invitation as e-mail text and the three PDFs written and read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import AuditAction, AuditEntry, Booking, MeetingKind, Role, Room
from quartierstreff.services import groups, meetings, people
from quartierstreff.services.groups import GroupDraft
from quartierstreff.services.meetings import AgendaItemDraft, MeetingDraft
from quartierstreff.services.people import PersonDraft
from quartierstreff.services.security import Actor, acting_as
from quartierstreff.ui.dialogs.meeting import MeetingDialog
from quartierstreff.ui.pages.meetings import MeetingsPage, Period
from quartierstreff.ui.widgets.banner import Tone
from tests.conftest import ADMIN
from tests.ui.conftest import CENTRE_NAME, TODAY

T = dt.time
TREASURER = Actor(user_id=None, username="kasse", role=Role.TREASURER)


class Answers:
    """The page's questions, answered and recorded."""

    def __init__(self, tmp_path: Path, yes: bool = True) -> None:
        self.yes = yes
        self.tmp_path = tmp_path
        self.asked: list[str] = []
        self.opened: list[Path] = []

    def confirm(self, parent: QWidget, title: str, question: str) -> bool:
        self.asked.append(question)
        return self.yes

    def choose_path(self, parent: QWidget, suggested: str) -> Path | None:
        self.asked.append(suggested)
        return self.tmp_path / suggested if self.yes else None

    def ask_open(self, parent: QWidget, path: Path) -> bool:
        return True

    def open_file(self, path: Path) -> None:
        self.opened.append(path)


def _meeting(
    database: Database,
    title: str,
    day: dt.date,
    kind: MeetingKind = MeetingKind.BOARD,
    **extra: object,
) -> int:
    draft = MeetingDraft(kind=kind, title=title, day=day, start_time=T(19), end_time=T(21), **extra)  # type: ignore[arg-type]
    with database.unit_of_work() as session:
        return meetings.create_meeting(session, ADMIN, draft, today=TODAY)


@pytest.fixture
def world(centre_database: Database) -> dict[str, int]:
    with centre_database.unit_of_work() as session:
        with acting_as(session, ADMIN):
            saal = Room(name="Großer Saal", symbol="S", capacity=80, position=0)
            session.add(saal)
            session.flush()
            saal_id = saal.id
        eva = people.create_person(
            session, ADMIN, PersonDraft(first_name="Eva", last_name="Roth"), today=TODAY
        ).id
        chor = groups.create_group(session, ADMIN, GroupDraft("Chor", member_ids=(eva,))).id
    d = dt.timedelta
    ids = {
        "saal": saal_id,
        "eva": eva,
        "chor": chor,
        "next": _meeting(
            centre_database,
            "Vorstandssitzung Dezember",
            TODAY + d(days=7),
            room_id=saal_id,
            chair_id=eva,
            invitee_ids=(eva,),
            agenda=(AgendaItemDraft("Begrüßung", "Eva", 10), AgendaItemDraft("Kassenbericht")),
        ),
        "later": _meeting(
            centre_database,
            "Chorversammlung",
            TODAY + d(days=40),
            MeetingKind.GROUP,
            group_id=chor,
            location_note="Kirche",
        ),
        "today": _meeting(centre_database, "Plenum heute", TODAY, MeetingKind.PLENARY),
        "last": _meeting(
            centre_database, "Vorstandssitzung November", TODAY - d(days=10), location_note="x"
        ),
        "old": _meeting(
            centre_database,
            "Mitgliederversammlung 2025",
            dt.date(2025, 6, 3),
            MeetingKind.GENERAL_ASSEMBLY,
            location_note="Saal",
        ),
    }
    return ids


def _page(
    qtbot: QtBot, database: Database, answers: Answers | None = None, actor: Actor = ADMIN
) -> MeetingsPage:
    kwargs = {}
    if answers is not None:
        kwargs = {
            "confirm": answers.confirm,
            "choose_path": answers.choose_path,
            "ask_open": answers.ask_open,
            "open_file": answers.open_file,
        }
    page = MeetingsPage(database, actor, TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def _titles(page: MeetingsPage) -> list[str]:
    return [row.title for row in page.model.rows]


def _select(page: MeetingsPage, meeting_id: int) -> None:
    page.set_period(Period.ALL)
    row = [r.id for r in page.model.rows].index(meeting_id)
    page.table.selectRow(row)


def test_empty_state(qtbot: QtBot, centre_database: Database) -> None:
    page = _page(qtbot, centre_database)
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == page.tr(
        "No meetings yet.\n\nWith “New meeting…” you prepare the first one: "
        "date, room, invitees and agenda. The invitation, the attendance list "
        "and the minutes follow from it."
    )
    assert not page.edit_button.isEnabled()
    assert not page.print_button.isEnabled()
    assert page.delete_meeting() is False
    assert page.save_minutes() is None


def test_upcoming_past_and_all_in_their_orders(
    qtbot: QtBot, qtmodeltester: object, centre_database: Database, world: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    upcoming = ["Plenum heute", "Vorstandssitzung Dezember", "Chorversammlung"]
    past = ["Vorstandssitzung November", "Mitgliederversammlung 2025"]
    assert page.period() == Period.UPCOMING
    assert _titles(page) == upcoming  # soonest first
    assert page.current_id() == world["today"]  # the first row is selected
    assert page.model.index(1, 0).data() == "01.12.2026"
    assert page.model.index(1, 1).data() == "19:00–21:00"
    assert page.model.index(1, 2).data() == "Vorstandssitzung"
    assert page.model.index(1, 4).data() == "Großer Saal"
    qtbot.mouseClick(page.past_button, Qt.MouseButton.LeftButton)
    assert _titles(page) == past  # latest first
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    assert _titles(page) == upcoming + past


def test_filters(qtbot: QtBot, centre_database: Database, world: dict[str, int]) -> None:
    page = _page(qtbot, centre_database)
    page.set_period(Period.ALL)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(MeetingKind.BOARD))
    assert _titles(page) == ["Vorstandssitzung Dezember", "Vorstandssitzung November"]
    page.kind_combo.setCurrentIndex(0)

    assert page.group_combo.count() == 2  # all groups, Chor
    page.group_combo.setCurrentIndex(page.group_combo.findData(world["chor"]))
    assert _titles(page) == ["Chorversammlung"]
    page.group_combo.setCurrentIndex(0)

    assert [page.year_combo.itemData(i) for i in range(1, page.year_combo.count())] == [
        2027,
        2026,
        2025,
    ]
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    assert _titles(page) == ["Mitgliederversammlung 2025"]
    page.year_combo.setCurrentIndex(0)

    page.search_edit.setText("dezember")
    qtbot.waitUntil(lambda: _titles(page) == ["Vorstandssitzung Dezember"])
    page.search_edit.setText("gibt es nicht")
    page.reload()
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == page.tr("No meeting matches the filters.")


def test_summary_of_the_selected_meeting(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    _select(page, world["next"])
    text = page.detail.text()
    assert "Vorstandssitzung Dezember" in text
    assert "Großer Saal" in text
    assert "Eva Roth" in text  # the chair
    assert "Kassenbericht" in text
    # a board meeting in 7 days keeps its 7 days' notice: no warning
    assert "⚠" not in text


def test_new_meeting_by_ctrl_n_and_saved(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    assert page.new_meeting() is None or page.new_meeting() is dialog  # one at a time
    dialog.title_edit.setText("Sommerfest-Planung")
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(100))
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(world["saal"]))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert page.dialog is None
    assert page.banner.tone is Tone.SUCCESS
    assert "Sommerfest-Planung" in page.banner.text()
    assert page.current_row() is not None
    assert page.current_row().title == "Sommerfest-Planung"  # type: ignore[union-attr]


def test_edit_by_enter_and_double_click(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    _select(page, world["last"])
    QApplication.sendEvent(
        page.table,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    )
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    assert dialog.title_edit.text() == "Vorstandssitzung November"
    dialog.title_edit.setText("Vorstandssitzung im November")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert page.period() == Period.ALL
    assert page.current_row().title == "Vorstandssitzung im November"  # type: ignore[union-attr]


def test_past_meeting_saved_from_the_upcoming_list_is_shown(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    dialog = page.new_meeting()
    assert isinstance(dialog, MeetingDialog)
    dialog.title_edit.setText("Nachgetragen")
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-60))
    dialog.location_edit.setText("Café")
    dialog.room_combo.setCurrentIndex(dialog.room_combo.count() - 1)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert page.current_row() is not None
    assert page.current_row().title == "Nachgetragen"  # type: ignore[union-attr]


def test_delete_after_the_question_cancels_the_booking(
    qtbot: QtBot, centre_database: Database, world: dict[str, int], tmp_path: Path
) -> None:
    answers = Answers(tmp_path, yes=False)
    page = _page(qtbot, centre_database, answers)
    _select(page, world["next"])
    with centre_database.unit_of_work() as session:
        booking_id = meetings.get_meeting(session, ADMIN, world["next"], today=TODAY).booking_id
    assert booking_id is not None

    assert page.delete_meeting() is False
    assert "Vorstandssitzung Dezember" in answers.asked[-1]
    assert world["next"] in [row.id for row in page.model.rows]

    answers.yes = True
    QApplication.sendEvent(
        page.table,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
    )
    assert world["next"] not in [row.id for row in page.model.rows]
    assert page.banner.tone is Tone.SUCCESS
    with centre_database.unit_of_work() as session:
        assert session.get(Booking, booking_id) is None  # the room is free again


def test_invitation_text_to_the_clipboard_and_sent_today(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    _select(page, world["next"])
    text = page.copy_invitation_text()
    assert text is not None
    assert QGuiApplication.clipboard().text() == text
    assert "Vorstandssitzung Dezember" in text
    assert "TOP 2  Kassenbericht" in text
    assert CENTRE_NAME in text

    assert page.mark_invitation_sent()
    with centre_database.unit_of_work() as session:
        view = meetings.get_meeting(session, ADMIN, world["next"], today=TODAY)
    assert view.invitation_sent_on == TODAY
    assert "24.11.2026" in page.detail.text()


@pytest.mark.parametrize(
    ("action", "prefix", "expected", "document"),
    [
        ("save_invitation", "Invitation", "Kassenbericht", meetings.DOCUMENT_INVITATION),
        ("save_attendance_list", "Attendance list", "Unterschrift", meetings.DOCUMENT_ATTENDANCE),
        ("save_minutes", "Minutes", "Kassenbericht", meetings.DOCUMENT_MINUTES),
    ],
)
def test_pdfs_are_written(
    qtbot: QtBot,
    centre_database: Database,
    world: dict[str, int],
    tmp_path: Path,
    action: str,
    prefix: str,
    expected: str,
    document: str,
) -> None:
    answers = Answers(tmp_path)
    page = _page(qtbot, centre_database, answers)
    _select(page, world["next"])
    written = getattr(page, action)()
    assert isinstance(written, Path) and written.exists()
    assert written.name.startswith(page.tr(prefix).replace(" ", "_"))
    assert written.name.endswith("_2026-12-01_Vorstandssitzung_Dezember.pdf")
    assert answers.opened == [written]
    text = "\n".join(page_.extract_text() for page_ in PdfReader(written).pages)
    assert "Vorstandssitzung Dezember" in text
    assert expected in text
    assert page.banner.tone is Tone.SUCCESS
    # Names leave the program on paper: recorded as from the command line.
    with centre_database.unit_of_work() as session:
        exports = session.scalars(
            select(AuditEntry.summary).where(
                AuditEntry.action == AuditAction.EXPORT,
                AuditEntry.entity == "meeting",
                AuditEntry.entity_id == str(world["next"]),
            )
        ).all()
    assert exports == [document]


def test_pdf_not_written_when_cancelled_or_unwritable(
    qtbot: QtBot, centre_database: Database, world: dict[str, int], tmp_path: Path
) -> None:
    answers = Answers(tmp_path, yes=False)
    page = _page(qtbot, centre_database, answers)
    _select(page, world["next"])
    assert page.save_minutes() is None
    assert not list(tmp_path.glob("*.pdf"))

    page._choose_path = lambda _parent, name: tmp_path / "missing" / "folder" / name
    assert page.save_invitation() is None
    assert page.banner.tone is Tone.ERROR


def test_minutes_and_decisions_dialogs_open(
    qtbot: QtBot, centre_database: Database, world: dict[str, int]
) -> None:
    page = _page(qtbot, centre_database)
    _select(page, world["last"])
    dialog = page.open_minutes()
    assert dialog is not None
    assert type(dialog).__name__ == "MinutesDialog"
    dialog.close()
    qtbot.waitUntil(lambda: page.dialog is None)
    register = page.open_decisions()
    assert register is not None
    assert type(register).__name__ == "DecisionsDialog"
    register.close()


def test_read_only_role(qtbot: QtBot, centre_database: Database, world: dict[str, int]) -> None:
    page = _page(qtbot, centre_database, actor=TREASURER)
    assert page.may_write is False
    assert page.new_button.isHidden() and page.delete_button.isHidden()
    assert page.new_meeting() is None
    assert page.edit_meeting() is None
    assert page.delete_meeting() is False
    assert _titles(page)  # reading works
