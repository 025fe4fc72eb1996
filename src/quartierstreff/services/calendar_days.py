"""What kind of day a date is for the centre: public holiday, school holiday, closure.

Public holidays are Baden-Württemberg's, from the ``holidays`` package. School holidays
and closures are the editable periods in Einstellungen (``HolidayPeriod``). The bookings,
the calendar page, the weekly plan and the usage figures all ask this one object.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from quartierstreff.db.models import HolidayPeriod, PeriodKind

STATE = "BW"
"""The federal state whose public holidays count (Baden-Württemberg)."""


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> dict[dt.date, str]:
    # German names ("Tag der Deutschen Einheit"), whatever the machine's locale.
    found = holidays.country_holidays("DE", subdiv=STATE, years=year, language="de")
    return dict(found.items())


def public_holiday(day: dt.date) -> str:
    """The name of the public holiday on ``day`` in Baden-Württemberg, or ``""``."""
    return _public_holidays(day.year).get(day, "")


@dataclass(frozen=True, slots=True)
class Period:
    name: str
    start: dt.date
    end: dt.date
    """Inclusive."""

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class DayInfo:
    """What is special about one day; empty strings for "nothing"."""

    day: dt.date
    public_holiday: str = ""
    school_holiday: str = ""
    closure: str = ""

    @property
    def is_special(self) -> bool:
        return bool(self.public_holiday or self.school_holiday or self.closure)


@dataclass(frozen=True)
class DayCalendar:
    """Public holidays, school holidays and closures for a stretch of dates."""

    school_holidays: tuple[Period, ...] = ()
    closures: tuple[Period, ...] = ()
    _cache: dict[dt.date, DayInfo] = field(default_factory=dict, compare=False, repr=False)

    def info(self, day: dt.date) -> DayInfo:
        found = self._cache.get(day)
        if found is None:
            found = DayInfo(
                day=day,
                public_holiday=public_holiday(day),
                school_holiday=_name_on(self.school_holidays, day),
                closure=_name_on(self.closures, day),
            )
            self._cache[day] = found
        return found

    def skips(self, day: dt.date, *, public_holidays: bool, school_holidays: bool) -> str:
        """Why a series with these options does not take place on ``day``, or ``""``.

        A closure always takes a series' date out: the house is shut.
        """
        info = self.info(day)
        if info.closure:
            return info.closure
        if public_holidays and info.public_holiday:
            return info.public_holiday
        if school_holidays and info.school_holiday:
            return info.school_holiday
        return ""


def _name_on(periods: tuple[Period, ...], day: dt.date) -> str:
    return next((period.name for period in periods if day in period), "")


def load_day_calendar(session: Session, start: dt.date, end: dt.date) -> DayCalendar:
    """The calendar for ``start`` … ``end`` (inclusive), with the periods that touch it.

    No permission check: holiday periods are not personal data, and every caller is a
    service that checked its own permission.
    """
    query = (
        select(HolidayPeriod)
        .where(HolidayPeriod.start_date <= end, HolidayPeriod.end_date >= start)
        .order_by(HolidayPeriod.start_date)
    )
    school: list[Period] = []
    closures: list[Period] = []
    for row in session.scalars(query):
        period = Period(row.name, row.start_date, row.end_date)
        (closures if row.kind == PeriodKind.CLOSURE else school).append(period)
    return DayCalendar(school_holidays=tuple(school), closures=tuple(closures))
