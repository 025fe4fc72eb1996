"""The demo's own room calendar, so that nothing it books overlaps anything else.

Occurrences come from dateutil's rrule; public holidays from the ``holidays`` package.
The calendar is deliberately conservative: it keeps *every* occurrence of a rule (also
those a holiday would skip), so the plan is free of conflicts however a reader expands
the series.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import holidays
from dateutil.rrule import rrule, rrulestr

from quartierstreff.db.models import Booking, BookingSeries

WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}

QUIET_DAYS = frozenset({(12, 24), (12, 31)})
"""Heiligabend and Silvester: no holidays by law, but nobody books the centre then."""

COUNT_MARGIN = 10
"""Extra occurrences kept for a series with a count, should a reader count after skipping."""


def parse_rule(text: str, first: dt.datetime) -> rrule:
    rule = rrulestr(text, dtstart=first)
    if not isinstance(rule, rrule):  # pragma: no cover - shipped data is single rules
        raise TypeError(f"not a single RRULE: {text}")
    return rule


def rule_datetimes(
    text: str,
    first_date: dt.date,
    start: dt.time,
    *,
    until: dt.date | None,
    count: int | None,
    horizon: dt.date,
) -> list[dt.datetime]:
    """Occurrences of a rule (as stored: RRULE without DTSTART) up to ``horizon``."""
    rule = parse_rule(text, dt.datetime.combine(first_date, start))
    last = min(until, horizon) if until is not None else horizon
    if count is not None:
        return [moment for moment in rule.replace(count=count) if moment.date() <= last]
    return list(rule.replace(until=dt.datetime.combine(last, dt.time.max)))


def first_occurrence(text: str, not_before: dt.date, start: dt.time) -> dt.date:
    begin = dt.datetime.combine(not_before, start)
    moment = parse_rule(text, begin).after(begin, inc=True)
    if moment is None:  # pragma: no cover - rules without an end always have a next date
        raise ValueError(f"rule has no occurrence after {not_before}: {text}")
    return moment.date()


def next_weekday(day: dt.date, weekday: str) -> dt.date:
    return day + dt.timedelta(days=(WEEKDAYS[weekday] - day.weekday()) % 7)


def month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@dataclass(eq=False)
class Slot:
    """One booked stretch of time: an occurrence of a series or a single booking."""

    start: dt.datetime
    end: dt.datetime
    atoms: frozenset[str]
    series: BookingSeries | None = None
    booking: Booking | None = None


@dataclass
class Schedule:
    """Occupancy per day. Rooms are reduced to *atoms*: a whole hall is its parts, so the
    whole and a part overlap, while two parts do not."""

    atoms_by_room: Mapping[str, frozenset[str]]
    horizon: dt.date
    public_holidays: Mapping[dt.date, str]
    school_holidays: Sequence[Period] = ()
    closures: Sequence[Period] = ()
    _days: defaultdict[dt.date, list[Slot]] = field(default_factory=lambda: defaultdict(list))
    _series_slots: dict[int, dict[dt.date, Slot]] = field(default_factory=dict)

    @classmethod
    def for_rooms(
        cls, parts_by_room: Mapping[str, Sequence[str]], window: Period, horizon: dt.date
    ) -> Schedule:
        atoms = {
            room: frozenset(parts) or frozenset({room}) for room, parts in parts_by_room.items()
        }
        years = range(window.start.year - 1, horizon.year + 2)
        public = holidays.country_holidays("DE", subdiv="BW", years=years)
        return cls(atoms_by_room=atoms, horizon=horizon, public_holidays=dict(public.items()))

    def atoms(self, rooms: Iterable[str]) -> frozenset[str]:
        return frozenset().union(*(self.atoms_by_room[room] for room in rooms))

    # --- days ---------------------------------------------------------------------------

    def is_public_holiday(self, day: dt.date) -> bool:
        return day in self.public_holidays

    def is_school_holiday(self, day: dt.date) -> bool:
        return any(day in period for period in self.school_holidays)

    def is_closed(self, day: dt.date) -> bool:
        return any(day in period for period in self.closures)

    def is_special_day(self, day: dt.date) -> bool:
        """No events on public holidays, Heiligabend and Silvester, or while the centre
        is closed."""
        return (
            self.is_public_holiday(day) or (day.month, day.day) in QUIET_DAYS or self.is_closed(day)
        )

    # --- series -------------------------------------------------------------------------

    def add_series(self, series: BookingSeries, rooms: Sequence[str]) -> None:
        count = series.occurrence_count
        moments = rule_datetimes(
            series.rrule,
            series.first_date,
            series.start_time,
            until=series.until_date,
            count=None if count is None else count + COUNT_MARGIN,
            horizon=self.horizon,
        )
        atoms = self.atoms(rooms)
        slots = self._series_slots.setdefault(id(series), {})
        for moment in moments:
            slot = Slot(
                start=moment,
                end=dt.datetime.combine(moment.date(), series.end_time),
                atoms=atoms,
                series=series,
            )
            slots[moment.date()] = slot
            self._days[moment.date()].append(slot)

    def occurrences(self, series: BookingSeries) -> list[dt.date]:
        """The dates the series really takes place: the rule, less skipped days and
        dates already taken out."""
        taken_out = {exception.occurrence_date for exception in series.exceptions}
        moments = rule_datetimes(
            series.rrule,
            series.first_date,
            series.start_time,
            until=series.until_date,
            count=series.occurrence_count,
            horizon=self.horizon,
        )
        return [
            day
            for day in (moment.date() for moment in moments)
            if day not in taken_out
            and not self.is_closed(day)
            and not (series.skip_public_holidays and self.is_public_holiday(day))
            and not (series.skip_school_holidays and self.is_school_holiday(day))
        ]

    def release(self, slot: Slot) -> None:
        """Take a slot out of the calendar (its occurrence got an exception)."""
        day = slot.start.date()
        self._days[day].remove(slot)
        if slot.series is not None:
            self._series_slots.get(id(slot.series), {}).pop(day, None)

    def series_slot(self, series: BookingSeries, day: dt.date) -> Slot | None:
        return self._series_slots.get(id(series), {}).get(day)

    # --- single bookings ----------------------------------------------------------------

    def conflicts(self, start: dt.datetime, end: dt.datetime, atoms: frozenset[str]) -> list[Slot]:
        found: list[Slot] = []
        day = start.date() - dt.timedelta(days=1)  # a slot may run past midnight
        while day <= end.date():
            found.extend(
                slot
                for slot in self._days.get(day, ())
                if slot.atoms & atoms and slot.start < end and start < slot.end
            )
            day += dt.timedelta(days=1)
        return found

    def add_booking(self, booking: Booking, rooms: Sequence[str]) -> None:
        slot = Slot(
            start=booking.starts_at,
            end=booking.ends_at,
            atoms=self.atoms(rooms),
            booking=booking,
        )
        self._days[booking.starts_at.date()].append(slot)
