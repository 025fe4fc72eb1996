"""Amounts of money as German people write and read them, without Qt.

Money is a :class:`~decimal.Decimal` of euros everywhere, never a float. These functions
turn it into text (``1.234,56 €``) and typed text back into an amount, for the window,
the command line, imports and reports alike.

Reading is strict where German and English writing could mean different amounts:
``1.000`` is a thousand (as a German writes it), ``36.50`` is 36,50 € (a dot with one or
two digits after it can only be a decimal point), and ``1,234`` is refused as unclear
rather than guessed.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")

_SIGN_AND_DIGITS = re.compile(r"^(-?)([0-9.,]+)$")
_GROUPED = re.compile(r"^[1-9][0-9]{0,2}(?:\.[0-9]{3})+$")
"""Whole euros with dots between groups of three digits: ``1.000``, ``12.500.000``."""
_PLAIN = re.compile(r"^[0-9]+$")


class UnreadableAmount(ValueError):
    """``reason``: ``format`` (not an amount), ``negative`` (a minus where none is
    allowed), ``cents`` (more than two digits after the decimal separator) or
    ``unclear`` (``1,234``: a thousand or one euro and a bit?)."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text


def format_number(value: Decimal | int, places: int = 0) -> str:
    """German digits: ``1.234`` or, with ``places=2``, ``1.234,56`` (rounded half up)."""
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # never "-0,00"
    english = f"{rounded:,.{places}f}"  # 1,234.56
    return english.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_money(amount: Decimal) -> str:
    """``1.234,56 €``: the amount rounded to cents (half up), German separators."""
    return f"{format_number(amount, 2)} €"


def parse_money(text: str, *, negative: bool = False) -> Decimal | None:
    """The amount in ``text``, to the cent; ``None`` for empty text.

    Understood: ``36``, ``36,5``, ``36,50``, ``1.234,56``, ``1234,56``, ``1.000``,
    ``36.50``, ``1,234.56``, with or without ``€``/``EUR`` and spaces between the
    thousands. ``negative`` allows a leading minus. Raises :class:`UnreadableAmount`.
    """
    cleaned = text.strip()
    for currency in ("€", "EUR", "Euro"):
        cleaned = cleaned.removesuffix(currency).removeprefix(currency).strip()
    if not cleaned:
        return None
    for space in (" ", "\u00a0", "\u202f"):
        cleaned = cleaned.replace(space, "")
    match = _SIGN_AND_DIGITS.match(cleaned)
    if match is None:
        raise UnreadableAmount("format", text.strip())
    sign, digits = match.groups()
    if sign and not negative:
        raise UnreadableAmount("negative", text.strip())
    euros, cents = _split(digits, text.strip())
    if not _PLAIN.match(euros) and not _GROUPED.match(euros):
        raise UnreadableAmount("format", text.strip())
    if len(cents) > 2:
        raise UnreadableAmount("cents", text.strip())
    try:
        amount = Decimal(f"{euros.replace('.', '')}.{cents or '0'}")
    except InvalidOperation as error:  # pragma: no cover - the patterns rule it out
        raise UnreadableAmount("format", text.strip()) from error
    return (-amount if sign else amount).quantize(CENT)


def _split(digits: str, text: str) -> tuple[str, str]:
    """Euros (possibly with thousands dots) and cents of ``digits``."""
    if "," in digits and "." in digits:
        # Both: the later one separates the cents ("1.234,56" or English "1,234.56").
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        euros, _sep, cents = digits.rpartition(decimal)
        if decimal in euros or not cents:
            raise UnreadableAmount("format", text)
        return euros.replace(thousands, "."), cents
    if "," in digits:
        euros, _sep, cents = digits.partition(",")
        if "," in cents or not euros or not cents:
            raise UnreadableAmount("format", text)
        if len(cents) == 3 and _PLAIN.match(euros) and len(euros) <= 3:
            raise UnreadableAmount("unclear", text)  # 1,234: English thousands?
        return euros, cents
    if "." in digits:
        if _GROUPED.match(digits):
            return digits, ""  # 1.000 – a thousand, as written in Germany
        euros, _sep, cents = digits.partition(".")
        if "." in cents or not euros or not cents:
            raise UnreadableAmount("format", text)
        return euros, cents
    return digits, ""
