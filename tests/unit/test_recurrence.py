"""Recurrence rules: the text stored, the dates dateutil gives, and the shortcut that
starts an old rule near the window without changing a single date."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from quartierstreff.services.errors import FieldInvalid
from quartierstreff.services.recurrence import (
    Frequency,
    Recurrence,
    parse_rule_text,
    rule_dates,
    rule_text,
)

D = dt.date


@pytest.mark.parametrize(
    ("recurrence", "text"),
    [
        (Recurrence(), "FREQ=WEEKLY;BYDAY=TU"),
        (Recurrence(interval=2, weekdays=(0, 3)), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"),
        (Recurrence(Frequency.MONTHLY), "FREQ=MONTHLY;BYDAY=+4TU"),
        (
            Recurrence(Frequency.MONTHLY, weekdays=(0,), positions=(4, 2)),
            "FREQ=MONTHLY;BYDAY=+2MO,+4MO",
        ),
        (Recurrence(Frequency.MONTHLY, weekdays=(5,), positions=(-1,)), "FREQ=MONTHLY;BYDAY=-1SA"),
    ],
)
def test_rule_text_round_trip(recurrence: Recurrence, text: str) -> None:
    first = D(2026, 11, 24)  # the 4th Tuesday of November
    assert rule_text(recurrence, first) == text
    parsed = parse_rule_text(text, until=None, count=None)
    assert rule_text(parsed, first) == text


@pytest.mark.parametrize(
    "text", ["FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=DAILY", "FREQ=WEEKLY;BYDAY=+1MO", "nonsense"]
)
def test_rules_the_dialog_cannot_edit_are_named(text: str) -> None:
    with pytest.raises(FieldInvalid) as caught:
        parse_rule_text(text, until=None, count=None)
    assert (caught.value.field, caught.value.reason) == ("recurrence", "unsupported")


@pytest.mark.parametrize("text", ["FREQ=HOURLY", "FREQ=WEEKLY;COUNT=3", "FREQ=WEEKLY;BYDAY=XX"])
def test_rules_that_cannot_be_stored_are_refused(text: str) -> None:
    with pytest.raises(FieldInvalid):
        rule_dates(text, D(2026, 1, 1), until=None, count=None, end=D(2027, 1, 1))


RULES = st.sampled_from(
    [
        "FREQ=WEEKLY;BYDAY=TU",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
        "FREQ=WEEKLY;INTERVAL=3;BYDAY=SU",
        "FREQ=WEEKLY",
        "FREQ=MONTHLY;BYDAY=+1TU",
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=+2MO,+4MO",
        "FREQ=MONTHLY;BYDAY=-1SA",
        "FREQ=MONTHLY;INTERVAL=5;BYDAY=+3WE",
        "FREQ=MONTHLY;BYMONTHDAY=31",
        "FREQ=DAILY;INTERVAL=9",
        "FREQ=YEARLY",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    text=RULES,
    first=st.dates(D(2015, 1, 1), D(2026, 12, 31)),
    offset=st.integers(0, 3650),
    length=st.integers(1, 120),
)
def test_a_window_far_from_the_start_has_the_same_dates_as_the_whole_rule(
    text: str, first: D, offset: int, length: int
) -> None:
    start = first + dt.timedelta(days=offset)
    end = start + dt.timedelta(days=length)
    whole_rule = rrulestr(text, dtstart=dt.datetime.combine(first, dt.time()))
    expected = [
        moment.date()
        for moment in whole_rule.between(
            dt.datetime.combine(start, dt.time()),
            dt.datetime.combine(end - dt.timedelta(days=1), dt.time()),
            inc=True,
        )
    ]
    assert rule_dates(text, first, until=None, count=None, start=start, end=end) == expected
