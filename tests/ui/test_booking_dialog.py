"""The booking dialog on SQLite: one-off bookings and series (every 2nd week, the 2nd and
4th Monday), conflicts refused or skipped, bad input marked, editing one date or the whole
series (exceptions survive), cancelling with a reason, taking a date back, and a booking
someone else saved in the meantime. Every question is injected (a modal box fails)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import (
    Booking,
    BookingSeries,
    Group,
    Person,
    Room,
    SeriesException,
)
from quartierstreff.services import bookings
from quartierstreff.services.bookings import BookingDraft, Occurrence, OccurrenceKey, Scope
from quartierstreff.services.errors import NotFound
from quartierstreff.services.recurrence import Frequency, Recurrence
from quartierstreff.services.security import acting_as
from quartierstreff.ui.dialogs.booking import BookingDialog, QuarterTimeEdit, cancel_occurrence
from quartierstreff.ui.widgets.marks import INVALID_STYLE
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

D, T = dt.date, dt.time
MONDAY = D(2027, 1, 11)


class Questions:
    """Records every question and gives the prepared answers."""

    def __init__(self, yes: bool = True, scope: Scope | None = Scope.ONE, reason: str = ""):
        self.yes = yes
        self.scope = scope
        self.reason: str | None = reason
        self.asked: list[str] = []

    def ask(self, parent: QWidget | None, text: str) -> bool:
        self.asked.append(text)
        return self.yes

    def ask_scope(self, parent: QWidget | None, action: str) -> Scope | None:
        self.asked.append(f"scope:{action}")
        return self.scope

    def ask_reason(self, parent: QWidget | None, text: str) -> str | None:
        self.asked.append(text)
        return self.reason


@pytest.fixture
def rooms(centre_database: Database) -> dict[str, int]:
    """A hall made of two halves, and a small group room open 9–21."""
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        hall = Room(name="Großer Saal", symbol="S", capacity=80, position=0)
        left = Room(name="Saal A", symbol="SA", capacity=40, position=1)
        right = Room(name="Saal B", symbol="SB", capacity=40, position=2)
        small = Room(
            name="Gruppenraum", symbol="G", capacity=12, opens_at=T(9), closes_at=T(21), position=3
        )
        hall.parts = [left, right]
        session.add_all([hall, left, right, small])
        session.flush()
        return {"hall": hall.id, "a": left.id, "b": right.id, "small": small.id}


@pytest.fixture
def questions() -> Questions:
    return Questions()


@pytest.fixture
def make_dialog(qtbot: QtBot, centre_database: Database, questions: Questions) -> Iterator[object]:
    def make(**fields: object) -> BookingDialog:
        dialog = BookingDialog(
            centre_database,
            ADMIN,
            today=TODAY,
            ask=questions.ask,
            ask_scope=questions.ask_scope,
            ask_reason=questions.ask_reason,
            **fields,  # type: ignore[arg-type]
        )
        qtbot.addWidget(dialog)
        return dialog

    yield make


def fill(
    dialog: BookingDialog, title: str, room_ids: tuple[int, ...], day: D, start: T, end: T
) -> None:
    dialog.title_edit.setText(title)
    dialog.set_rooms(room_ids)
    dialog.date_edit.setDate(day)
    dialog.start_edit.setTime(start)
    dialog.end_edit.setTime(end)


def book(database: Database, draft: BookingDraft) -> OccurrenceKey:
    with database.unit_of_work() as session:
        return bookings.create_booking(session, ADMIN, draft, skip_conflicts=True)


def week(database: Database, start: D, days: int = 7) -> list[tuple[str, str]]:
    with database.unit_of_work() as session:
        found = bookings.occurrences(session, ADMIN, start, start + dt.timedelta(days=days))
    return [(f"{o.starts_at:%d.%m. %H:%M}-{o.ends_at:%H:%M}", o.title) for o in found]


def all_of(database: Database, start: D, days: int) -> list[Occurrence]:
    with database.unit_of_work() as session:
        return bookings.occurrences(session, ADMIN, start, start + dt.timedelta(days=days))


def count_rows(database: Database, model: type) -> int:
    with database.unit_of_work() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def weekly_series(rooms: dict[str, int], **fields: object) -> BookingDraft:
    values: dict[str, object] = {
        "title": "Yoga",
        "room_ids": (rooms["small"],),
        "day": MONDAY,
        "start_time": T(18),
        "end_time": T(19, 30),
        "recurrence": Recurrence(Frequency.WEEKLY, count=5),
    }
    return BookingDraft(**(values | fields))  # type: ignore[arg-type]


def preview_texts(dialog: BookingDialog) -> list[str]:
    return [dialog.preview_list.item(row).text() for row in range(dialog.preview_list.count())]


# --- creating ------------------------------------------------------------------------


def test_a_one_off_booking_is_stored_with_group_person_and_hire(
    make_dialog, centre_database: Database, rooms: dict[str, int], qtbot: QtBot
) -> None:
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        group = Group(name="Chor Südstadt")
        person = Person(first_name="Eva", last_name="Roth")
        session.add_all([group, person])
        session.flush()
        group_id, person_id = group.id, person.id
    dialog = make_dialog(day=D(2026, 12, 5), start=T(14), room_id=rooms["hall"])
    assert dialog.room_ids() == (rooms["hall"],)
    assert dialog.end_edit.time().hour() == 16  # two hours by default
    dialog.title_edit.setText("Geburtstagsfeier Roth")
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(group_id))
    dialog.responsible_field.set_person(person_id, "Eva Roth")
    dialog.people_spin.setValue(60)
    dialog.hire_box.setChecked(True)
    dialog.fee_edit.setText("80,00 €")
    dialog.deposit_edit.setText("1.000")
    dialog.key_out_check.setChecked(True)
    dialog.key_out_edit.setDate(D(2026, 12, 4))
    with qtbot.waitSignal(dialog.saved) as signal:
        dialog.accept()
    key = signal.args[0]
    assert isinstance(key, OccurrenceKey) and key.booking_id is not None
    assert dialog.result() == QDialog.DialogCode.Accepted
    with centre_database.unit_of_work() as session:
        stored = session.get(Booking, key.booking_id)
        assert stored is not None
        assert (stored.title, stored.starts_at, stored.ends_at) == (
            "Geburtstagsfeier Roth",
            dt.datetime(2026, 12, 5, 14),
            dt.datetime(2026, 12, 5, 16),
        )
        assert [room.name for room in stored.rooms] == ["Großer Saal"]
        assert (stored.group_id, stored.responsible_person_id) == (group_id, person_id)
        assert (stored.fee, stored.deposit) == (Decimal("80.00"), Decimal("1000"))
        assert (stored.key_handed_out_on, stored.key_returned_on) == (D(2026, 12, 4), None)
        assert stored.expected_people == 60


def test_a_weekly_series_every_second_week_with_a_count(
    make_dialog, centre_database: Database, rooms: dict[str, int]
) -> None:
    dialog = make_dialog(day=MONDAY)
    fill(dialog, "Yoga", (rooms["small"],), MONDAY, T(18), T(19, 30))
    dialog.repeat_weekly.setChecked(True)
    assert dialog.weekday_checks[0].isChecked()  # the date's weekday, ticked for you
    dialog.weekday_checks[3].setChecked(True)  # and Thursday
    dialog.interval_spin.setValue(2)
    dialog.end_after_count.setChecked(True)
    dialog.count_spin.setValue(6)
    dialog.check_now()
    assert len(preview_texts(dialog)) == 6
    assert "6" in dialog.summary_label.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with centre_database.unit_of_work() as session:
        series = session.scalars(select(BookingSeries)).one()
        assert series.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"
        assert (series.first_date, series.occurrence_count) == (MONDAY, 6)
    days = [o.day for o in all_of(centre_database, MONDAY, 60)]
    assert days == [
        D(2027, 1, 11),
        D(2027, 1, 14),
        D(2027, 1, 25),
        D(2027, 1, 28),
        D(2027, 2, 8),
        D(2027, 2, 11),
    ]


def test_a_monthly_series_on_the_second_and_fourth_monday(
    make_dialog, centre_database: Database, rooms: dict[str, int]
) -> None:
    dialog = make_dialog(day=MONDAY)
    fill(dialog, "Trauercafé", (rooms["a"],), MONDAY, T(15), T(17))
    dialog.repeat_monthly.setChecked(True)
    assert dialog.position_checks[2].isChecked()  # 11 January is the 2nd Monday
    dialog.position_checks[4].setChecked(True)
    dialog.end_on_date.setChecked(True)
    dialog.until_edit.setDate(D(2027, 6, 30))
    dialog.check_now()
    # 2nd and 4th Mondays from January to June; none falls on a BW holiday
    assert len(preview_texts(dialog)) == 12
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with centre_database.unit_of_work() as session:
        series = session.scalars(select(BookingSeries)).one()
        assert series.rrule == "FREQ=MONTHLY;BYDAY=+2MO,+4MO"
        assert (series.until_date, series.occurrence_count) == (D(2027, 6, 30), None)
    days = [o.day for o in all_of(centre_database, MONDAY, 50)]
    assert days == [D(2027, 1, 11), D(2027, 1, 25), D(2027, 2, 8), D(2027, 2, 22)]


def test_holidays_are_left_out_and_shown_grey(
    make_dialog, centre_database: Database, rooms: dict[str, int]
) -> None:
    """Wednesday 6 January 2027 is Epiphany (Heilige Drei Könige) in Baden-Württemberg."""
    first = D(2026, 12, 23)
    dialog = make_dialog(day=first)
    fill(dialog, "Seniorentanz", (rooms["hall"],), first, T(14), T(16))
    dialog.repeat_weekly.setChecked(True)
    dialog.end_after_count.setChecked(True)
    dialog.count_spin.setValue(4)
    dialog.check_now()
    texts = preview_texts(dialog)
    assert len(texts) == 4
    assert dialog.check is not None
    assert [s.day for s in dialog.check.skipped] == [D(2027, 1, 6)]
    grey = [
        dialog.preview_list.item(row)
        for row in range(dialog.preview_list.count())
        if "Drei Könige" in dialog.preview_list.item(row).text()
    ]
    assert len(grey) == 1 and "06.01.2027" in grey[0].text()
    assert len(dialog.bookable_dates()) == 3
    dialog.skip_holidays_check.setChecked(False)
    dialog.check_now()
    assert dialog.check is not None and dialog.check.skipped == ()


# --- conflicts -------------------------------------------------------------------------


def test_a_one_off_booking_that_collides_is_refused_naming_the_other(
    make_dialog, centre_database: Database, rooms: dict[str, int]
) -> None:
    book(
        centre_database,
        BookingDraft("Chorprobe", (rooms["a"],), MONDAY, T(18), T(20)),
    )
    dialog = make_dialog(day=MONDAY)
    fill(dialog, "Elternabend", (rooms["hall"],), MONDAY, T(19), T(21))
    dialog.check_now()
    assert "Chorprobe" in preview_texts(dialog)[0]
    assert "Chorprobe" in dialog.error_banner.text()  # shown before saving already
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.error_banner.text()
    assert "Chorprobe" in message and "Saal A" in message and "18:00" in message
    assert count_rows(centre_database, Booking) == 1
    assert week(centre_database, MONDAY) == [("11.01. 18:00-20:00", "Chorprobe")]


def test_a_series_with_conflicts_books_the_rest_when_the_user_agrees(
    make_dialog, centre_database: Database, rooms: dict[str, int], questions: Questions
) -> None:
    taken = MONDAY + dt.timedelta(days=14)
    book(centre_database, BookingDraft("Flohmarkt", (rooms["hall"],), taken, T(10), T(22)))
    dialog = make_dialog(day=MONDAY)
    fill(dialog, "Yoga", (rooms["b"],), MONDAY, T(18), T(19))
    dialog.repeat_weekly.setChecked(True)
    dialog.end_after_count.setChecked(True)
    dialog.count_spin.setValue(5)
    dialog.check_now()
    texts = preview_texts(dialog)
    assert len(texts) == 5
    red = [
        dialog.preview_list.item(row)
        for row in range(dialog.preview_list.count())
        if "Flohmarkt" in dialog.preview_list.item(row).text()
    ]
    assert len(red) == 1 and "Saal B" in red[0].text()
    assert red[0].foreground().color().red() > 150
    assert dialog.taken_dates() == [taken]
    assert len(dialog.bookable_dates()) == 4

    questions.yes = False  # first the user says no: nothing stored
    dialog.accept()
    assert questions.asked and "1" in questions.asked[-1] and "4" in questions.asked[-1]
    assert count_rows(centre_database, BookingSeries) == 0

    questions.yes = True
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    titles = [(o.day, o.title) for o in all_of(centre_database, MONDAY, 35)]
    assert (taken, "Flohmarkt") in titles
    assert [day for day, title in titles if title == "Yoga"] == [
        MONDAY + dt.timedelta(weeks=n) for n in (0, 1, 3, 4)
    ]
    with centre_database.unit_of_work() as session:
        exception = session.scalars(select(SeriesException)).one()
        assert exception.occurrence_date == taken
        assert "Flohmarkt" in exception.reason


def test_capacity_and_opening_hours_are_warnings_not_refusals(
    make_dialog, centre_database: Database, rooms: dict[str, int]
) -> None:
    dialog = make_dialog(day=MONDAY)
    fill(dialog, "Vortrag", (rooms["small"],), MONDAY, T(20), T(22))
    dialog.people_spin.setValue(30)
    dialog.check_now()
    assert dialog.warning_banner.isVisibleTo(dialog)
    warning = dialog.warning_banner.text()
    assert "12" in warning and "30" in warning and "21:00" in warning
    assert not dialog.error_banner.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert count_rows(centre_database, Booking) == 1


# --- bad input -----------------------------------------------------------------------------


def test_bad_input_is_marked_and_nothing_is_stored(
    make_dialog, centre_database: Database, rooms: dict[str, int]
) -> None:
    dialog = make_dialog(day=MONDAY)
    dialog.check_now()
    assert not dialog.error_banner.isVisibleTo(dialog)  # an empty form is no error yet
    dialog.start_edit.setTime(T(20))
    dialog.end_edit.setTime(T(19))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    for widget in (dialog.title_edit, dialog.rooms_list, dialog.end_edit):
        assert INVALID_STYLE in widget.styleSheet()
    assert dialog.error_banner.text().count("\n") == 2  # three sentences
    dialog.title_edit.setText("Skatabend")
    dialog.set_rooms((rooms["small"],))
    dialog.hire_box.setChecked(True)
    dialog.fee_edit.setText("viel")
    dialog.end_edit.setTime(T(22))
    dialog.accept()
    assert INVALID_STYLE in dialog.fee_edit.styleSheet()
    assert "viel" in dialog.error_banner.text()
    assert count_rows(centre_database, Booking) == 0
    dialog.fee_edit.setText("")
    dialog.repeat_weekly.setChecked(True)
    dialog.end_on_date.setChecked(True)
    dialog.until_edit.setDate(MONDAY - dt.timedelta(days=1))
    dialog.accept()
    assert INVALID_STYLE in dialog.until_edit.styleSheet()
    assert count_rows(centre_database, BookingSeries) == 0


def test_the_end_moves_with_the_start_and_minutes_step_by_quarters(
    make_dialog, rooms: dict[str, int]
) -> None:
    dialog = make_dialog(day=MONDAY, start=T(18))
    dialog.start_edit.setTime(T(19))
    assert dialog.end_edit.time().hour() == 21
    edit = QuarterTimeEdit()
    edit.setTime(T(18, 10))
    edit.setCurrentSection(edit.Section.MinuteSection)
    edit.stepBy(1)
    assert (edit.time().hour(), edit.time().minute()) == (18, 15)
    edit.stepBy(-2)
    assert (edit.time().hour(), edit.time().minute()) == (17, 45)
    edit.deleteLater()


# --- editing -------------------------------------------------------------------------------


def test_editing_one_date_makes_an_exception_and_leaves_the_others(
    make_dialog, centre_database: Database, rooms: dict[str, int], questions: Questions
) -> None:
    key = book(centre_database, weekly_series(rooms))
    second = MONDAY + dt.timedelta(weeks=1)
    questions.scope = Scope.ONE
    dialog = make_dialog(key=OccurrenceKey(key.series_id, None, second))
    assert questions.asked == ["scope:edit"]
    assert dialog.title_edit.text() == "Yoga"
    assert dialog.day() == second
    assert not dialog.recurrence_box.isVisibleTo(dialog)
    dialog.title_edit.setText("Yoga (im Saal)")
    dialog.set_rooms((rooms["a"],))
    dialog.start_edit.setTime(T(19))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    found = week(centre_database, MONDAY, 35)
    assert found == [
        ("11.01. 18:00-19:30", "Yoga"),
        ("18.01. 19:00-20:30", "Yoga (im Saal)"),
        ("25.01. 18:00-19:30", "Yoga"),
        ("01.02. 18:00-19:30", "Yoga"),
        ("08.02. 18:00-19:30", "Yoga"),
    ]
    with centre_database.unit_of_work() as session:
        exception = session.scalars(select(SeriesException)).one()
        assert exception.occurrence_date == second and exception.replacement_id is not None


def test_editing_the_whole_series_keeps_a_cancelled_date(
    make_dialog, centre_database: Database, rooms: dict[str, int], questions: Questions
) -> None:
    key = book(centre_database, weekly_series(rooms))
    cancelled = MONDAY + dt.timedelta(weeks=2)
    with centre_database.unit_of_work() as session:
        bookings.cancel_booking(
            session, ADMIN, OccurrenceKey(key.series_id, None, cancelled), reason="Ferien"
        )
    # Someone else uses the free evening: no conflict for the series, the date stays free.
    book(centre_database, BookingDraft("Vorstand", (rooms["small"],), cancelled, T(18), T(20)))
    questions.scope = Scope.SERIES
    dialog = make_dialog(key=OccurrenceKey(key.series_id, None, MONDAY + dt.timedelta(weeks=3)))
    assert dialog.day() == MONDAY  # the whole series: from its first date
    assert dialog.recurrence_box.isVisibleTo(dialog)
    assert dialog.end_after_count.isChecked() and dialog.count_spin.value() == 5
    assert dialog.exceptions_list.count() == 1
    assert "Ferien" in dialog.exceptions_list.item(0).text()
    assert not dialog.hire_box.isVisibleTo(dialog)
    assert any("Ferien" in text for text in preview_texts(dialog))
    assert dialog.taken_dates() == []
    dialog.start_edit.setTime(T(17, 30))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert questions.asked == ["scope:edit"]  # no question about taken dates
    assert week(centre_database, MONDAY, 35) == [
        ("11.01. 17:30-19:00", "Yoga"),
        ("18.01. 17:30-19:00", "Yoga"),
        ("25.01. 18:00-20:00", "Vorstand"),
        ("01.02. 17:30-19:00", "Yoga"),
        ("08.02. 17:30-19:00", "Yoga"),
    ]


def test_this_and_following_starts_a_new_part_with_the_rule(
    make_dialog, centre_database: Database, rooms: dict[str, int], questions: Questions
) -> None:
    key = book(centre_database, weekly_series(rooms))
    third = MONDAY + dt.timedelta(weeks=2)
    questions.scope = Scope.FOLLOWING
    dialog = make_dialog(key=OccurrenceKey(key.series_id, None, third))
    assert dialog.day() == third
    assert dialog.end_on_date.isChecked()  # the count became the series' last date
    assert dialog.until_edit.date().toPython() == MONDAY + dt.timedelta(weeks=4)
    dialog.title_edit.setText("Yoga für Anfänger")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [title for _when, title in week(centre_database, MONDAY, 35)] == [
        "Yoga",
        "Yoga",
        "Yoga für Anfänger",
        "Yoga für Anfänger",
        "Yoga für Anfänger",
    ]


def test_declining_the_scope_question_opens_nothing(
    make_dialog, centre_database: Database, rooms: dict[str, int], questions: Questions
) -> None:
    key = book(centre_database, weekly_series(rooms))
    questions.scope = None
    dialog = make_dialog(key=key)
    assert dialog.abandoned
    dialog.open()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_someone_else_saving_first_keeps_the_input_and_offers_reload(
    make_dialog, centre_database: Database, rooms: dict[str, int]
) -> None:
    key = book(centre_database, BookingDraft("Lesung", (rooms["small"],), MONDAY, T(19), T(21)))
    dialog = make_dialog(key=key)
    assert not dialog.recurrence_box.isHidden()  # a one-off booking may become a series
    assert not dialog.reload_button.isVisibleTo(dialog)
    with centre_database.unit_of_work() as session:
        draft = bookings.get_booking(session, ADMIN, key).draft
        bookings.update_booking(session, ADMIN, key, replace(draft, title="Lesung mit Musik"))
    dialog.title_edit.setText("Lesung (verschoben)")
    dialog.start_edit.setTime(T(18))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.reload_button.isVisibleTo(dialog)
    assert dialog.title_edit.text() == "Lesung (verschoben)"  # the input is kept
    assert week(centre_database, MONDAY) == [("11.01. 19:00-21:00", "Lesung mit Musik")]
    dialog.reload_button.click()
    assert dialog.title_edit.text() == "Lesung mit Musik"
    assert dialog.start_edit.time().hour() == 19
    assert not dialog.reload_button.isVisibleTo(dialog)
    dialog.title_edit.setText("Lesung mit Musik und Wein")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert week(centre_database, MONDAY) == [("11.01. 19:00-21:00", "Lesung mit Musik und Wein")]


def test_escape_asks_before_dropping_changes(
    make_dialog, rooms: dict[str, int], questions: Questions, qtbot: QtBot
) -> None:
    dialog = make_dialog(day=MONDAY)
    dialog.open()
    dialog.reject()  # nothing typed: closes without a question
    assert questions.asked == []
    dialog = make_dialog(day=MONDAY)
    dialog.open()
    dialog.title_edit.setText("Kaffeeklatsch")
    questions.yes = False
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(questions.asked) == 1 and dialog.isVisible()
    questions.yes = True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_enter_saves(
    make_dialog, centre_database: Database, rooms: dict[str, int], qtbot: QtBot
) -> None:
    dialog = make_dialog(day=MONDAY, room_id=rooms["small"])
    dialog.open()
    qtbot.keyClicks(dialog.title_edit, "Spieleabend")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert week(centre_database, MONDAY) == [("11.01. 18:00-20:00", "Spieleabend")]


# --- cancelling and taking back ------------------------------------------------------------


def test_cancelling_a_one_off_booking_asks_and_moves_it_to_the_bin(
    centre_database: Database, rooms: dict[str, int], questions: Questions
) -> None:
    book(centre_database, BookingDraft("Kinderfest", (rooms["hall"],), MONDAY, T(14), T(18)))
    occurrence = all_of(centre_database, MONDAY, 1)[0]
    questions.yes = False
    assert not cancel_occurrence(None, centre_database, ADMIN, occurrence, ask=questions.ask)
    assert "Kinderfest" in questions.asked[0]
    assert len(all_of(centre_database, MONDAY, 1)) == 1
    questions.yes = True
    assert cancel_occurrence(None, centre_database, ADMIN, occurrence, ask=questions.ask)
    assert all_of(centre_database, MONDAY, 1) == []


def test_cancelling_one_date_of_a_series_with_a_reason(
    centre_database: Database, rooms: dict[str, int], questions: Questions
) -> None:
    book(centre_database, weekly_series(rooms))
    second = all_of(centre_database, MONDAY, 35)[1]
    questions.scope, questions.reason = Scope.ONE, "  Kursleiterin krank "
    done = cancel_occurrence(
        None,
        centre_database,
        ADMIN,
        second,
        ask=questions.ask,
        ask_scope=questions.ask_scope,
        ask_reason=questions.ask_reason,
    )
    assert done
    assert questions.asked[0] == "scope:cancel" and "Yoga" in questions.asked[1]
    assert [o.day for o in all_of(centre_database, MONDAY, 35)] == [
        MONDAY + dt.timedelta(weeks=n) for n in (0, 2, 3, 4)
    ]
    with centre_database.unit_of_work() as session:
        exception = session.scalars(select(SeriesException)).one()
        assert (exception.occurrence_date, exception.reason) == (second.day, "Kursleiterin krank")
    questions.reason = None  # the reason question cancelled: nothing happens
    third = all_of(centre_database, MONDAY, 35)[1]
    assert not cancel_occurrence(
        None,
        centre_database,
        ADMIN,
        third,
        ask=questions.ask,
        ask_scope=questions.ask_scope,
        ask_reason=questions.ask_reason,
    )
    assert len(all_of(centre_database, MONDAY, 35)) == 4


def test_the_dialog_cancels_this_and_the_following_dates(
    make_dialog,
    centre_database: Database,
    rooms: dict[str, int],
    questions: Questions,
    qtbot: QtBot,
) -> None:
    key = book(centre_database, weekly_series(rooms))
    questions.scope, questions.reason = Scope.FOLLOWING, "Kurs endet früher"
    dialog = make_dialog(key=OccurrenceKey(key.series_id, None, MONDAY + dt.timedelta(weeks=3)))
    assert dialog.cancel_date_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.saved):
        dialog.cancel_date_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [o.day for o in all_of(centre_database, MONDAY, 35)] == [
        MONDAY + dt.timedelta(weeks=n) for n in (0, 1, 2)
    ]


def test_a_cancelled_date_is_taken_back_from_the_list(
    make_dialog,
    centre_database: Database,
    rooms: dict[str, int],
    questions: Questions,
    qtbot: QtBot,
) -> None:
    key = book(centre_database, weekly_series(rooms))
    cancelled = MONDAY + dt.timedelta(weeks=1)
    with centre_database.unit_of_work() as session:
        bookings.cancel_booking(session, ADMIN, OccurrenceKey(key.series_id, None, cancelled))
    questions.scope = Scope.SERIES
    dialog = make_dialog(key=key)
    assert dialog.exceptions_box.isVisibleTo(dialog)
    assert not dialog.reinstate_button.isEnabled()
    dialog.exceptions_list.setCurrentRow(0)
    assert dialog.reinstate_button.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        dialog.reinstate_button.click()
    assert dialog.exceptions_list.count() == 0
    assert cancelled in [o.day for o in all_of(centre_database, MONDAY, 35)]
    assert count_rows(centre_database, SeriesException) == 0
    dialog.title_edit.setText("Yoga am Abend")  # and the series can still be saved
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_rule_from_an_imported_calendar_is_shown_and_its_dates_changed_one_by_one(
    make_dialog, centre_database: Database, rooms: dict[str, int], questions: Questions
) -> None:
    with centre_database.unit_of_work() as session, acting_as(session, ADMIN):
        series = BookingSeries(
            title="Ferienprogramm",
            first_date=MONDAY,
            start_time=T(9),
            end_time=T(12),
            rrule="FREQ=DAILY;INTERVAL=2",
            occurrence_count=4,
            until_date=MONDAY + dt.timedelta(days=6),
        )
        series.rooms = [session.get(Room, rooms["small"])]  # type: ignore[list-item]
        session.add(series)
        session.flush()
        series_id = series.id
    dialog = make_dialog(key=OccurrenceKey(series_id, None, MONDAY + dt.timedelta(days=2)))
    assert questions.asked == []  # no scope question: only this date can change
    assert dialog.rule_label.isVisibleTo(dialog)
    assert "FREQ=DAILY;INTERVAL=2" in dialog.rule_label.text()
    assert not dialog.repeat_weekly.isVisibleTo(dialog)
    dialog.title_edit.setText("Ferienprogramm: Basteln")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [title for _when, title in week(centre_database, MONDAY)] == [
        "Ferienprogramm",
        "Ferienprogramm: Basteln",
        "Ferienprogramm",
        "Ferienprogramm",
    ]
    with centre_database.unit_of_work() as session:
        assert session.get(BookingSeries, series_id).rrule == "FREQ=DAILY;INTERVAL=2"  # type: ignore[union-attr]


def test_a_booking_deleted_meanwhile_raises_for_the_caller(
    make_dialog, centre_database: Database, rooms: dict[str, int]
) -> None:
    key = book(centre_database, BookingDraft("Lesung", (rooms["small"],), MONDAY, T(19), T(21)))
    with centre_database.unit_of_work() as session:
        bookings.cancel_booking(session, ADMIN, key)
    with pytest.raises(NotFound):
        make_dialog(key=key)


def test_the_module_questions_can_be_replaced_for_callers_that_pass_none(
    centre_database: Database,
    rooms: dict[str, int],
    questions: Questions,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The calendar page calls cancel_occurrence without questions; its tests replace them."""
    from quartierstreff.ui.dialogs import booking as module

    monkeypatch.setattr(module, "ask_scope", questions.ask_scope)
    monkeypatch.setattr(module, "ask_reason", questions.ask_reason)
    book(centre_database, weekly_series(rooms))
    first = all_of(centre_database, MONDAY, 1)[0]
    assert cancel_occurrence(None, centre_database, ADMIN, first)
    assert questions.asked[0] == "scope:cancel"
    assert len(all_of(centre_database, MONDAY, 35)) == 4
