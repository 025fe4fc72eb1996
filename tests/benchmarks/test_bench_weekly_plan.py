"""The weekly plan PDF of a busy week (50 bookings a day) against bare ReportLab drawing
the same table.

Both run on the same week in the same run, so the ratio means something on any machine.
The app path is ``write_weekly_plan``: it measures every cell at each print size to choose
the sizes (crowded cells shrink first), cuts rooms too full for a page, and draws the page
frame with its footer lines. The baseline is a plain ``Table`` with the same cells (one
paragraph per cell, the entries one below the other, same fonts) in a
``SimpleDocTemplate``: what drawing the table costs at the least.

Report only: nothing here asserts on timing. Run with ``make bench``.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from quartierstreff.reports.common import FONT, escape, register_fonts
from quartierstreff.reports.weekly_plan import write_weekly_plan
from quartierstreff.services.weekly_plan import (
    PlanDay,
    PlanEntry,
    PlanRoom,
    PlanRow,
    WeekPlan,
)

ROUNDS = 5
MONDAY = dt.date(2026, 11, 23)
ROOMS = 10
PER_ROOM = 5
"""Bookings per room and day: 10 rooms × 5 = 50 a day, 350 in the week."""
TITLES = (
    "Seniorencafé",
    "Hausaufgabenhilfe",
    "Sprachcafé Deutsch",
    "Yoga am Abend",
    "Computer- und Handysprechstunde",
    "Chorprobe Lindenklang",
    "Krabbelgruppe",
    "Schachabend",
    "Nähtreff",
    "Repair-Café",
)


def _busy_week() -> WeekPlan:
    rows = []
    for number in range(ROOMS):
        symbol = f"R{number + 1}"
        days = []
        for offset in range(7):
            day = MONDAY + dt.timedelta(days=offset)
            days.append(
                tuple(
                    PlanEntry(
                        starts_at=dt.datetime.combine(day, dt.time(8 + 3 * slot)),
                        ends_at=dt.datetime.combine(day, dt.time(10 + 3 * slot, 30)),
                        title=TITLES[(number + slot + offset) % len(TITLES)],
                        is_public=True,
                        room_symbols=(symbol,),
                    )
                    for slot in range(PER_ROOM)
                )
            )
        rows.append(PlanRow(PlanRoom(number + 1, f"Raum {number + 1}", symbol), tuple(days)))
    days_info = tuple(PlanDay(MONDAY + dt.timedelta(days=offset)) for offset in range(7))
    return WeekPlan(
        centre_name="Bürgertreff Lindenviertel",
        monday=MONDAY,
        days=days_info,
        rows=tuple(rows),
        house_rules="Bitte Räume besenrein verlassen, Fenster schließen, Licht aus.",
        key_contact="Schlüssel: Dima Darwish, Tel. 0711 555 3085",
    )


def _bare(path: Path, plan: WeekPlan) -> None:
    """The same table drawn with nothing but ReportLab's defaults."""
    style = ParagraphStyle("bare", fontName=FONT, fontSize=10, leading=12)
    header = ["", *(day.head for day in plan.days)]
    data: list[list[object]] = [header]
    for row in plan.rows:
        cells: list[object] = [Paragraph(escape(f"{row.room.symbol} {row.room.name}"), style)]
        for cell in row.days:
            text = "<br/>".join(
                f"<b>{escape(entry.time_text)}</b> {escape(entry.title)}" for entry in cell
            )
            cells.append(Paragraph(text, style))
        data.append(cells)
    width = landscape(A4)[0] - 20 * mm
    table = Table(
        data,
        colWidths=[width / 8] * 8,
        repeatRows=1,
        style=TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, "#b8c2cc"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        ),
    )
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([table])


def _ours(path: Path, plan: WeekPlan) -> None:
    write_weekly_plan(path, plan, printed_on=MONDAY)


def _best(function: Callable[[Path, WeekPlan], None], path: Path, plan: WeekPlan) -> float:
    function(path, plan)  # fonts and caches warm, as from the second print on
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        function(path, plan)
        times.append(time.perf_counter() - start)
    return min(times)


def test_weekly_plan_pdf_against_bare_reportlab(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register_fonts()
    plan = _busy_week()
    assert plan.entry_count == ROOMS * PER_ROOM * 7
    bare = _best(_bare, tmp_path / "bare.pdf", plan)
    ours = _best(_ours, tmp_path / "plan.pdf", plan)
    pages = {name: len(PdfReader(tmp_path / name).pages) for name in ("bare.pdf", "plan.pdf")}
    with capsys.disabled():
        print(
            f"\n[bench] weekly plan PDF, {plan.entry_count} bookings "
            f"({ROOMS} rooms × {PER_ROOM} a day), best of {ROUNDS}:"
        )
        print(f"  bare ReportLab table   {bare * 1000:7.1f} ms   {pages['bare.pdf']} pages")
        print(f"  write_weekly_plan      {ours * 1000:7.1f} ms   {pages['plan.pdf']} pages")
        print(f"  ratio {ours / bare:5.2f}x (the cost of choosing print sizes and the frame)")
