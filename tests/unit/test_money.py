"""Amounts as German people write them: formatting and strict reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quartierstreff.money import UnreadableAmount, format_money, format_number, parse_money


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("36", "36.00"),
        ("36,5", "36.50"),
        ("36,50", "36.50"),
        ("36.50", "36.50"),
        ("0,99", "0.99"),
        ("1.234,56", "1234.56"),
        ("1234,56", "1234.56"),
        ("1.000", "1000.00"),  # a thousand, as a German writes it - not 1,00 €
        ("12.500", "12500.00"),
        ("1.000.000", "1000000.00"),
        ("1,234.56", "1234.56"),  # English, unambiguous with both separators
        ("1 234,56 €", "1234.56"),
        ("80 €", "80.00"),
        ("EUR 80,00", "80.00"),
        ("€ 80", "80.00"),
        ("1\u00a0234,00", "1234.00"),
    ],
)
def test_parse_money(text: str, amount: str) -> None:
    assert parse_money(text) == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("zwölf", "format"),
        ("12,3,4", "format"),
        ("1.234.56", "format"),
        ("1.23.456", "format"),
        (",50", "format"),
        ("50,", "format"),
        ("1e12", "format"),
        ("12,345", "unclear"),  # a German 12,345 € or an English 12.345?
        ("1,234", "unclear"),
        ("12,345,67", "format"),
        ("1234,567", "cents"),
        ("0.001", "cents"),
        ("-5", "negative"),
        ("--5", "format"),
        ("5-", "format"),
        ("NaN", "format"),
        ("∞", "format"),
    ],
)
def test_unreadable_amounts_say_why(text: str, reason: str) -> None:
    with pytest.raises(UnreadableAmount) as caught:
        parse_money(text)
    assert caught.value.reason == reason
    assert caught.value.text == text.strip()


def test_empty_is_no_amount_and_minus_only_when_allowed() -> None:
    assert parse_money("") is None
    assert parse_money("  € ") is None
    assert parse_money("-12,50", negative=True) == Decimal("-12.50")


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_what_is_shown_reads_back_to_the_cent(amount: Decimal) -> None:
    shown = format_money(amount)
    assert parse_money(shown, negative=True) == amount
    assert parse_money(format_number(amount, 2), negative=True) == amount


def test_format() -> None:
    assert format_money(Decimal("1234.565")) == "1.234,57 €"  # half up
    assert format_money(Decimal("-0.001")) == "0,00 €"  # never "-0,00"
    assert format_number(1234567) == "1.234.567"
