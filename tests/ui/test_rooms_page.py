"""The Räume & Belegung page: the painted week, navigation, choosing a free time or a
booking with the mouse and the keyboard, the list view with its filters, the menu."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from quartierstreff.db.engine import Database
from quartierstreff.db.models import Booking, Group, HolidayPeriod, PeriodKind, Role, Room
from quartierstreff.services.bookings import BookingDraft, Occurrence, OccurrenceKey, create_booking
from quartierstreff.services.recurrence import Recurrence
from quartierstreff.services.rooms import RoomDraft, save_room
from quartierstreff.services.security import Actor, acting_as
from quartierstreff.ui.i18n import from_qdate
from quartierstreff.ui.models.occurrence_list import OccurrenceListModel
from quartierstreff.ui.models.week import WeekModel
from quartierstreff.ui.pages import rooms as rooms_page
from quartierstreff.ui.pages.rooms import RoomsPage
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

MONDAY = dt.date(2026, 11, 23)  # the week of TODAY (Tuesday 24.11.2026, KW 48)
TREASURER = Actor(user_id=8, username="kasse", role=Role.TREASURER)


def _today() -> dt.date:
    return TODAY


def _at(day: dt.date, start: str, end: str) -> tuple[dt.date, dt.time, dt.time]:
    return day, dt.time.fromisoformat(start), dt.time.fromisoformat(end)


@pytest.fixture
def centre(centre_database: Database) -> dict[str, Any]:
    """Two rooms, a group, a weekly series (Mondays) and one-off bookings in KW 48."""
    with centre_database.unit_of_work() as session:
        hall = save_room(session, ADMIN, RoomDraft(name="Saal", symbol="S", colour="#4e79a7"))
        small = save_room(
            session, ADMIN, RoomDraft(name="Gruppenraum", symbol="G", colour="#59a14f")
        )
        with acting_as(session, ADMIN):
            group = Group(name="Schachclub")
            session.add(group)
            session.flush()
            group_id = group.id
    keys: dict[str, OccurrenceKey] = {}

    def book(title: str, room: int, when: tuple[dt.date, dt.time, dt.time], **extra: Any) -> None:
        day, start, end = when
        draft = BookingDraft(
            title=title, room_ids=(room,), day=day, start_time=start, end_time=end, **extra
        )
        with centre_database.unit_of_work() as session:
            keys[title] = create_booking(session, ADMIN, draft)

    book(
        "Schachabend",
        small.id,
        _at(dt.date(2026, 11, 2), "19:00", "22:00"),
        group_id=group_id,
        recurrence=Recurrence(until=dt.date(2027, 3, 29)),
    )
    book("Nähtreff", hall.id, _at(dt.date(2026, 11, 24), "14:00", "17:00"))
    book("Sprachcafé", small.id, _at(dt.date(2026, 11, 24), "15:00", "16:00"))
    book("Seniorencafé", hall.id, _at(dt.date(2026, 11, 25), "14:30", "17:00"))
    book("Repair-Café", hall.id, _at(dt.date(2026, 11, 28), "14:00", "17:30"))
    book("Adventsfeier", hall.id, _at(dt.date(2026, 12, 4), "18:00", "21:00"), is_public=False)
    return {"hall": hall.id, "small": small.id, "group": group_id, "keys": keys}


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.kwargs: list[dict[str, Any]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.calls.append(args)
        self.kwargs.append(kwargs)


@pytest.fixture
def page(qtbot: QtBot, centre_database: Database, centre: dict[str, Any]) -> RoomsPage:
    shown = RoomsPage(centre_database, ADMIN, _today)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    qtbot.waitExposed(shown)
    shown.refresh()
    return shown


@pytest.fixture
def opened(page: RoomsPage, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """What the page would open in the booking dialog (its arguments)."""
    recorder = Recorder()
    monkeypatch.setattr(page, "_open_dialog", recorder)
    return recorder


def _titles(page: RoomsPage) -> list[str]:
    return [entry.occurrence.title for entry in page.week_model.layout.entries]


def _point(page: RoomsPage, day_index: int, minute: int, lane_fraction: float = 0.5) -> QPoint:
    view = page.week_view
    rect = view.day_rect(day_index)
    return QPoint(int(rect.left() + rect.width() * lane_fraction), int(view.y_of(minute) + 2))


def test_the_week_of_today_with_its_bookings(page: RoomsPage, centre: dict[str, Any]) -> None:
    assert page.week_model.monday == MONDAY
    assert "48" in page.week_label.text()
    assert "23.–29." in page.week_label.text()
    assert _titles(page) == [
        "Schachabend",
        "Nähtreff",
        "Sprachcafé",
        "Seniorencafé",
        "Repair-Café",
    ]
    layout = page.week_model.layout
    assert [day.is_today for day in layout.days][:3] == [False, True, False]
    assert [room.name for room in layout.rooms] == ["Saal", "Gruppenraum"]
    # Nähtreff and Sprachcafé overlap in two rooms: side by side
    tuesday = {e.occurrence.title: e for e in layout.days[1].entries}
    assert tuesday["Nähtreff"].lanes == (0,) and tuesday["Sprachcafé"].lanes == (1,)
    assert (tuesday["Nähtreff"].column, tuesday["Sprachcafé"].column) == (0, 1)
    image = page.week_view.grab().toImage()
    assert not image.isNull() and image.width() > 500
    # the booking's colour is painted where the booking is
    rect = page.week_view.entry_rects(layout.days[5].entries[0])[0]
    colour = image.pixelColor(rect.center().toPoint() + QPoint(0, 10))
    assert colour.name() == "#4e79a7"
    page.lanes_button.setChecked(True)
    assert page.week_view.lanes
    assert not page.week_view.grab().toImage().isNull()
    description = page.week_view.describe(tuesday["Sprachcafé"].occurrence)
    assert "Sprachcafé" in description and "Gruppenraum" in description
    assert page.week_view.accessibleName()


def test_holidays_and_closures_are_shaded(
    page: RoomsPage, centre_database: Database, qtbot: QtBot
) -> None:
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        session.add_all(
            [
                HolidayPeriod(
                    kind=PeriodKind.SCHOOL_HOLIDAY,
                    name="Weihnachtsferien",
                    start_date=dt.date(2026, 12, 23),
                    end_date=dt.date(2027, 1, 9),
                ),
                HolidayPeriod(
                    kind=PeriodKind.CLOSURE,
                    name="Betriebsferien",
                    start_date=dt.date(2026, 12, 27),
                    end_date=dt.date(2027, 1, 1),
                ),
            ]
        )
    for _ in range(4):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    layout = page.week_model.layout
    assert layout.monday == dt.date(2026, 12, 21)
    assert [day.shade for day in layout.days] == [
        "",
        "",
        "school_holiday",
        "school_holiday",
        "public_holiday",
        "public_holiday",
        "closure",
    ]
    assert layout.days[4].names[0] == "Erster Weihnachtstag"
    assert not page.week_view.grab().toImage().isNull()


def test_navigation_by_buttons_and_keys_reloads(page: RoomsPage, qtbot: QtBot) -> None:
    loads = page.week_model.loads
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.week_model.monday == MONDAY + dt.timedelta(weeks=1)
    assert page.week_model.loads == loads + 1
    assert _titles(page) == ["Schachabend", "Adventsfeier"]
    assert "49" in page.week_label.text()
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.week_model.monday == MONDAY - dt.timedelta(weeks=1)
    assert _titles(page) == ["Schachabend"]
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.week_model.monday == MONDAY

    view = page.week_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert page.week_model.monday == MONDAY + dt.timedelta(weeks=2)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert page.week_model.monday == MONDAY + dt.timedelta(weeks=1)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert page.week_model.monday == MONDAY
    assert page.week_model.loads == loads + 8
    # the week across a month and a year
    assert page.week_text(dt.date(2026, 11, 30)).endswith("30. November – 6. Dezember 2026")
    assert page.week_text(dt.date(2026, 12, 28)).endswith("28. Dezember 2026 – 3. Januar 2027")


def test_click_on_a_free_time_and_enter_books_there(
    page: RoomsPage, opened: Recorder, qtbot: QtBot, centre: dict[str, Any]
) -> None:
    view = page.week_view
    # Wednesday 10:40 → 10:30; rooms as colours with two rooms: no room chosen
    with qtbot.waitSignal(view.slot_activated) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_point(page, 2, 10 * 60 + 40))
        slot = view.selected_slot()
        assert slot is not None and slot.time == dt.time(10, 30)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [dt.date(2026, 11, 25), None, dt.time(10, 30)]
    assert opened.kwargs[-1] == {
        "day": dt.date(2026, 11, 25),
        "start": dt.time(10, 30),
        "room_id": None,
    }

    # rooms as lanes: the right half of a day is the Gruppenraum
    page.lanes_button.setChecked(True)
    with qtbot.waitSignal(view.slot_activated) as signal:
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, pos=_point(page, 4, 18 * 60 + 5, lane_fraction=0.75)
        )
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert signal.args == [dt.date(2026, 11, 27), centre["small"], dt.time(18, 0)]

    # one room chosen: that room, also as colours; a double-click books at once
    page.lanes_button.setChecked(False)
    page.room_filter.setCurrentIndex(page.room_filter.findData(centre["hall"]))
    assert [room.name for room in page.week_model.layout.rooms] == ["Saal"]
    assert "Sprachcafé" not in _titles(page)
    with qtbot.waitSignal(view.slot_activated) as signal:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=_point(page, 0, 9 * 60))
    assert signal.args == [MONDAY, centre["hall"], dt.time(9, 0)]
    # Ctrl+N takes the selected spot too
    opened.kwargs.clear()
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened.kwargs[-1] == {"day": MONDAY, "start": dt.time(9, 0), "room_id": centre["hall"]}


def test_double_click_on_a_booking_opens_it(
    page: RoomsPage, opened: Recorder, qtbot: QtBot, centre: dict[str, Any]
) -> None:
    view = page.week_view
    entry = page.week_model.layout.days[2].entries[0]  # Seniorencafé
    centre_point = view.entry_rects(entry)[0].center().toPoint()
    with qtbot.waitSignal(view.entry_activated) as signal:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre_point)
    assert signal.args == [centre["keys"]["Seniorencafé"]]
    assert opened.kwargs[-1] == {"key": centre["keys"]["Seniorencafé"]}
    # a date of the series: its key names the series and the date
    monday = page.week_model.layout.days[0].entries[0]
    with qtbot.waitSignal(view.entry_activated) as signal:
        qtbot.mouseDClick(
            view, Qt.MouseButton.LeftButton, pos=view.entry_rects(monday)[0].center().toPoint()
        )
    key = signal.args[0]
    assert key.series_id == centre["keys"]["Schachabend"].series_id
    assert key.occurrence_date == MONDAY


def test_keyboard_moves_between_bookings(
    page: RoomsPage, opened: Recorder, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    # the page asks the booking dialog's module; here it answers "no"
    monkeypatch.setattr(rooms_page, "_load", lambda module, name: lambda *args: False)
    view = page.week_view
    view.setFocus()

    def selected() -> str:
        entry = view.selected_entry()
        return entry.occurrence.title if entry else ""

    qtbot.keyClick(view, Qt.Key.Key_Down)  # nothing selected: the first booking of today
    assert selected() == "Nähtreff"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert selected() == "Sprachcafé"
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the last of the day: stays
    assert selected() == "Sprachcafé"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert selected() == "Nähtreff"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert selected() == "Seniorencafé"
    qtbot.keyClick(view, Qt.Key.Key_Right)  # Thursday and Friday are empty
    assert selected() == "Repair-Café"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert selected() == "Schachabend"
    assert "Schachabend" in view.accessibleDescription()
    with qtbot.waitSignal(view.entry_activated):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    with qtbot.waitSignal(view.cancel_requested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert isinstance(signal.args[0], Occurrence)
    assert signal.args[0].title == "Schachabend"
    # the selection survives a reload of the same week
    page.refresh()
    assert selected() == "Schachabend"


def test_delete_asks_through_the_booking_dialog_module(
    page: RoomsPage, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    asked: list[Occurrence] = []

    def cancel(parent: QWidget, database: Database, actor: Actor, occurrence: Occurrence) -> bool:
        asked.append(occurrence)
        return False  # the user said no

    real_load = rooms_page._load
    monkeypatch.setattr(
        rooms_page,
        "_load",
        lambda module, name: cancel if name == "cancel_occurrence" else real_load(module, name),
    )
    view = page.week_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [o.title for o in asked] == ["Nähtreff"]
    assert "Nähtreff" in _titles(page)


class FakeBookingDialog(QDialog):
    saved = Signal(object)
    made: list[dict[str, Any]] = []  # noqa: RUF012

    def __init__(self, database: Database, actor: Actor, **kwargs: Any) -> None:
        super().__init__(kwargs.pop("parent"))
        FakeBookingDialog.made.append(kwargs)


def test_the_booking_dialog_opens_once_and_the_week_reloads_after(
    page: RoomsPage, monkeypatch: pytest.MonkeyPatch, centre: dict[str, Any]
) -> None:
    FakeBookingDialog.made = []
    real_load = rooms_page._load
    monkeypatch.setattr(
        rooms_page,
        "_load",
        lambda module, name: (
            FakeBookingDialog if name == "BookingDialog" else real_load(module, name)
        ),
    )
    page.week_view.select_entry(centre["keys"]["Nähtreff"])
    dialog = page.new_booking()
    assert isinstance(dialog, FakeBookingDialog)
    assert FakeBookingDialog.made == [{"day": TODAY, "room_id": None}]
    assert page.open_booking(centre["keys"]["Nähtreff"]) is dialog  # one at a time
    loads = page.week_model.loads
    dialog.saved.emit(centre["keys"]["Nähtreff"])
    dialog.reject()
    assert page.week_model.loads == loads + 2
    assert page.dialog is None
    assert page.week_view.selected_entry() is not None


def test_a_reader_cannot_book(
    qtbot: QtBot, centre_database: Database, centre: dict[str, Any], opened: Recorder
) -> None:
    reader = RoomsPage(centre_database, TREASURER, _today)
    qtbot.addWidget(reader)
    reader.refresh()
    assert reader.new_button.isHidden()
    assert reader.new_booking() is None
    assert reader.book_slot(MONDAY, None, dt.time(9, 0)) is None
    assert not reader.import_action.isVisible()
    assert _titles(reader)  # but sees the week


def test_list_view_filters_by_room_group_dates_and_text(
    page: RoomsPage, qtbot: QtBot, qtmodeltester: Any, centre: dict[str, Any]
) -> None:
    page.tabs.setCurrentIndex(page.list_tab_index)
    model = page.list_model
    qtmodeltester.check(model)
    # four weeks from the calendar's week: 23.11. – 20.12.
    assert (from_qdate(page.list_from.date()), from_qdate(page.list_to.date())) == (
        MONDAY,
        dt.date(2026, 12, 20),
    )

    def rows() -> list[tuple[str, str]]:
        return [
            (
                str(model.data(model.index(row, OccurrenceListModel.DATE))),
                str(model.data(model.index(row, OccurrenceListModel.TITLE))),
            )
            for row in range(model.rowCount())
        ]

    assert len(rows()) == 4 + 4 + 1  # four Mondays of chess, four one-offs and …
    assert rows()[0] == ("23.11.2026", "Schachabend")
    assert model.data(model.index(0, OccurrenceListModel.KIND)) == "Serie"
    assert model.data(model.index(0, OccurrenceListModel.GROUP)) == "Schachclub"
    assert model.data(model.index(0, OccurrenceListModel.TIME)) == "19:00–22:00"
    assert model.data(model.index(0, OccurrenceListModel.ROOM)) == "Gruppenraum"

    page.list_room.setCurrentIndex(page.list_room.findData(centre["hall"]))
    assert {title for _, title in rows()} == {
        "Nähtreff",
        "Seniorencafé",
        "Repair-Café",
        "Adventsfeier",
    }
    private = next(r for r in range(model.rowCount()) if rows()[r][1] == "Adventsfeier")
    assert model.data(model.index(private, OccurrenceListModel.KIND)) == "Einzeltermin, privat"

    page.list_room.setCurrentIndex(0)
    page.list_group.setCurrentIndex(page.list_group.findData(centre["group"]))
    assert {title for _, title in rows()} == {"Schachabend"}
    page.list_group.setCurrentIndex(0)

    page.set_list_range(dt.date(2026, 11, 24), dt.date(2026, 11, 25))
    assert rows() == [
        ("24.11.2026", "Nähtreff"),
        ("24.11.2026", "Sprachcafé"),
        ("25.11.2026", "Seniorencafé"),
    ]
    assert page.list_count.text() == "3 Buchungen"
    page.list_text.setText("café")
    page._apply_text()
    assert [title for _, title in rows()] == ["Sprachcafé", "Seniorencafé"]
    assert page.list_count.text() == "2 von 3 Buchungen"

    page.table.sortByColumn(OccurrenceListModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert [title for _, title in rows()] == ["Sprachcafé", "Seniorencafé"]
    page.table.sortByColumn(OccurrenceListModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert [title for _, title in rows()] == ["Seniorencafé", "Sprachcafé"]
    qtmodeltester.check(model)

    # a period that ends before it starts changes nothing and says why
    page.set_list_range(dt.date(2026, 11, 25), dt.date(2026, 11, 1))
    assert page.banner.isVisible()
    assert model.rowCount() == 2


def test_list_enter_opens_the_booking(
    page: RoomsPage, opened: Recorder, qtbot: QtBot, centre: dict[str, Any]
) -> None:
    page.tabs.setCurrentIndex(page.list_tab_index)
    page.set_list_range(dt.date(2026, 11, 25), dt.date(2026, 11, 25))
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.kwargs[-1] == {"key": centre["keys"]["Seniorencafé"]}


def test_the_menu_actions(
    page: RoomsPage, monkeypatch: pytest.MonkeyPatch, centre: dict[str, Any]
) -> None:
    menu = page.more_button.menu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == [
        "Wochenplan drucken (PDF)…",
        "Türschild (PDF)",
        "Als iCalendar exportieren…",
        "iCalendar importieren…",
    ]
    assert [a.text() for a in page.door_sign_menu.actions()] == ["Saal", "Gruppenraum"]

    called: dict[str, Recorder] = {}

    def fake_load(module: str, name: str) -> Recorder:
        return called.setdefault(name, Recorder())

    monkeypatch.setattr(rooms_page, "_load", fake_load)
    page.weekly_plan_action.trigger()
    page.door_sign_menu.actions()[1].trigger()
    page.room_filter.setCurrentIndex(page.room_filter.findData(centre["hall"]))
    page.export_action.trigger()
    database, actor = page._database, page._actor
    assert called["print_weekly_plan"].calls == [(page, database, actor, MONDAY)]
    assert called["print_weekly_plan"].kwargs == [{"today": TODAY}]
    assert called["print_door_sign"].calls == [(page, database, actor, centre["small"], MONDAY)]
    assert called["export_calendar_dialog"].calls == [(page, database, actor)]
    assert called["export_calendar_dialog"].kwargs == [
        {"start": MONDAY, "end": MONDAY + dt.timedelta(days=7), "room_id": centre["hall"]}
    ]


def test_a_missing_part_gives_a_message(page: RoomsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rooms_page, "_load", lambda module, name: None)
    page.weekly_plan_action.trigger()
    assert page.banner.isVisible()
    assert page.new_booking() is None


def test_a_year_of_bookings_loads_one_week_fast(
    centre_database: Database, centre: dict[str, Any]
) -> None:
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        hall = session.get(Room, centre["hall"])
        start = dt.datetime(2026, 1, 1, 8, 0)
        for number in range(365 * 3):
            day, slot = divmod(number, 3)
            begins = start + dt.timedelta(days=day, hours=4 * slot)
            session.add(
                Booking(
                    title=f"Termin {number}",
                    starts_at=begins,
                    ends_at=begins + dt.timedelta(hours=2),
                    rooms=[hall],
                )
            )
    model = WeekModel(centre_database, ADMIN, _today)
    began = time.perf_counter()
    model.load(dt.date(2026, 6, 10))
    seconds = time.perf_counter() - began
    assert len(model.layout.entries) == 7 * 3  # (the chess series starts in November)
    assert {e.occurrence.day for e in model.layout.entries} == {
        dt.date(2026, 6, 8) + dt.timedelta(days=i) for i in range(7)
    }
    assert seconds < 2.0


# --- with the real booking dialog module -------------------------------------------------


def test_del_cancels_through_the_booking_module(
    page: RoomsPage, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from quartierstreff.ui.dialogs import booking

    questions: list[str] = []

    def yes(parent: QWidget | None, text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(booking, "ask_yes_no", yes)
    monkeypatch.setattr(booking, "ask_scope", lambda parent, action: booking.Scope.ONE)
    monkeypatch.setattr(booking, "ask_reason", lambda parent, text: "Turnier")
    view = page.week_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # Nähtreff, a one-off
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(questions) == 1 and "Nähtreff" in questions[0]
    assert "Nähtreff" not in _titles(page)
    assert page.banner.isVisible()
    # the selection goes on to the booking of the day nearest in time
    assert view.selected_entry().occurrence.title == "Sprachcafé"  # type: ignore[union-attr]
    # a date of the series: only that date goes
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_entry().occurrence.title == "Schachabend"  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Schachabend" not in _titles(page)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert "Schachabend" in _titles(page)


def test_the_real_booking_dialog_opens_prefilled(
    page: RoomsPage, qtbot: QtBot, centre: dict[str, Any]
) -> None:
    from quartierstreff.ui.dialogs.booking import BookingDialog

    page.room_filter.setCurrentIndex(page.room_filter.findData(centre["small"]))
    qtbot.mouseDClick(page.week_view, Qt.MouseButton.LeftButton, pos=_point(page, 3, 10 * 60 + 15))
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    assert dialog.isVisible()
    loads = page.week_model.loads
    dialog.reject()
    assert page.dialog is None
    assert page.week_model.loads == loads + 1
    opened_again = page.open_booking(centre["keys"]["Seniorencafé"])
    assert isinstance(opened_again, BookingDialog)
    opened_again.reject()
