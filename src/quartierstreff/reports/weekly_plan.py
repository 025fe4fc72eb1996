"""The weekly plan (Wochenplan, A4 landscape) for the notice board and the door sign of one
room (A4 portrait), as PDFs.

The plan is a grid: the seven days Monday–Sunday as columns, one row per room, each cell
the room's bookings that day in time order ("18:00–20:00" bold, the title below). It is
meant to be read from two metres: entries are printed at up to 13 pt, day heads at 13 pt,
in DejaVu Sans Condensed so that more of a title fits on a line of a narrow day column.

Busy weeks: when the grid does not fit on the page, the most crowded cells shrink first,
one step at a time (two lines at 11 pt, then 10 pt, then time and title on one line at
10, 9 and at least 8 pt) until it fits — cells with two or three bookings keep the large
print. When even the smallest print does not fit on one page, the plan takes as few pages
as the smallest print needs (a week of 50 bookings a day: two) and, on those pages, the
largest print that still fits; the table is split between rooms, with the day heads
repeated. A room with more bookings than a page holds continues in a row of its own
("Forts.").

Public holidays and school holidays are shaded and named in the day's head, closures are
shaded grey with "geschlossen: <name>". The footer carries the centre's name, the week,
the house-rules line and the key contact (and, like every report, the print date and
"Seite x von y").
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from quartierstreff.reports.common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FONT_CONDENSED,
    INK,
    MUTED,
    RULE,
    build_pdf,
    content_height,
    content_width,
    escape,
    para,
    register_fonts,
    styles,
)
from quartierstreff.services.weekly_plan import (
    WEEKDAYS,
    DoorSign,
    PlanDay,
    PlanEntry,
    PlanRoom,
    PlanRow,
    WeekPlan,
    week_label,
    week_number,
    week_span,
)

SIDE_MARGIN = 8 * mm
"""The plan is wide: narrower side margins than the other reports (printers manage 5 mm)."""
VERTICAL_MARGIN = 12 * mm
"""And it is tall: the header and the footer closer to the edges than elsewhere."""
ROOM_COLUMN = 86.0
"""Points for the room column at most; the seven days share the rest."""
NARROWEST_ROOM_COLUMN = 54.0
"""The room column is only as wide as the room symbols and the words of the names need."""
ROOM_NAME_SIZE = 9.5
ROOM_SYMBOL_SIZE = 16.0
PADDING = 3.0
ENTRY_GAP = 3.5
"""Space between two bookings in a cell (less in a crowded cell)."""

HOLIDAY = colors.HexColor("#fbe7c6")
"""Public holiday: warm yellow."""
SCHOOL_HOLIDAY = colors.HexColor("#e3f0dc")
"""School holidays: pale green."""
CLOSED = colors.HexColor("#d5d9dd")
"""Closure: grey."""
HEAD_HOLIDAY = colors.HexColor("#b5651d")
HEAD_CLOSED = colors.HexColor("#5f6b76")


@dataclass(frozen=True, slots=True)
class _Level:
    """One print size of the entries of a cell."""

    size: float
    two_lines: bool

    @property
    def leading(self) -> float:
        return round(self.size * (1.2 if self.two_lines else 1.12), 1)

    @property
    def gap(self) -> float:
        return ENTRY_GAP if self.two_lines else 1.5


LEVELS = (
    _Level(13, True),
    _Level(12, True),
    _Level(11, True),
    _Level(10, True),
    _Level(10, False),
    _Level(9, False),
    _Level(8, False),
    _Level(7.5, False),
    _Level(7, False),
)
"""From the largest print down to the smallest one a crowded cell gets."""
ONE_PAGE_SMALLEST = 6
"""A plan shrinks down to 8 pt to fit on one page; below that, it takes two pages."""
COMFORTABLE = 3
"""The whole grid shrinks evenly down to this level (10 pt); below it only the most
crowded cells shrink."""
SMALLEST_WORD_SIZE = 9.0
"""A word wider than its column shrinks the title down to this size (German has long
words: "Hausaufgabenhilfe"); a word still too wide is broken."""


# --- the weekly plan ------------------------------------------------------------------------


def write_weekly_plan(path: Path, plan: WeekPlan, *, printed_on: dt.date) -> Path:
    """Write the weekly plan as a PDF (A4 landscape) to ``path``; raises ``ReportFailed``."""
    register_fonts()  # measured before the build
    footer = _footer_lines(
        (plan.centre_name, f"Wochenplan {week_label(plan.monday)}"),
        (plan.house_rules, plan.key_contact),
    )
    width = content_width(landscape=True, side_margin=SIDE_MARGIN)
    room_column = _room_column(plan.rows)
    day_width = (width - room_column) / 7
    heading = para(f"Wochenplan {week_label(plan.monday)}", _title_style())
    _w, heading_height = heading.wrap(width, 1000)
    head_row = [
        _corner(plan.monday),
        *(_day_head(day, day_width - 2 * PADDING) for day in plan.days),
    ]
    head_height = max(_height(cell, day_width) for cell in head_row[1:])
    body = content_height(landscape=True, footer_lines=len(footer), vertical_margin=VERTICAL_MARGIN)
    first_page = body - heading_height - _title_style().spaceAfter - head_height - 4
    later_pages = body - head_height - 4

    story: list[Flowable] = [heading]
    if plan.rows:
        layout = _Layout(plan, day_width - 2 * PADDING, room_column, (first_page, later_pages))
        story.append(_grid(plan, head_row, layout, day_width))
    else:
        story.append(para("Es sind keine Räume angelegt (Einstellungen ▸ Räume)."))
    return build_pdf(
        path,
        title=plan.title,
        centre_name=plan.centre_name,
        story=story,
        printed_on=printed_on,
        landscape=True,
        subject=f"Belegung der Räume {week_label(plan.monday)}",
        side_margin=SIDE_MARGIN,
        footer_lines=footer,
        vertical_margin=VERTICAL_MARGIN,
    )


def _room_column(rows: Sequence[PlanRow]) -> float:
    """Wide enough for every room's symbol and for the longest word of its name."""
    widest = 0.0
    for row in rows:
        widest = max(
            widest,
            stringWidth(row.room.symbol, FONT_BOLD, ROOM_SYMBOL_SIZE),
            *(stringWidth(word, FONT_BOLD, ROOM_NAME_SIZE) for word in row.room.name.split()),
            stringWidth("(Forts.)", FONT, 8.5),
        )
    return min(ROOM_COLUMN, max(NARROWEST_ROOM_COLUMN, widest + 2 * PADDING + 1))


def _footer_lines(*lines: Sequence[str]) -> list[str]:
    """Each line's non-empty parts joined with " · "; empty lines left out."""
    joined = (" · ".join(part for part in parts if part) for parts in lines)
    return [line for line in joined if line]


def _title_style() -> ParagraphStyle:
    return ParagraphStyle(
        "plan_title",
        parent=styles().title,
        fontSize=20,
        leading=24,
        spaceAfter=6,
    )


def _corner(monday: dt.date) -> Paragraph:
    _year, week, _ = monday.isocalendar()
    style = ParagraphStyle(
        "plan_corner", fontName=FONT_BOLD, fontSize=13, leading=16, textColor=colors.white
    )
    return Paragraph(f"KW {week}", style)


def _day_head(day: PlanDay, width: float) -> list[Flowable]:
    """The day ("Mo 23.11.") and, smaller, its holiday or closure; ``width`` inside the
    cell's padding."""
    head = ParagraphStyle(
        "plan_day", fontName=FONT_BOLD, fontSize=13, leading=16, textColor=colors.white
    )
    flowables: list[Flowable] = [Paragraph(escape(day.head), head)]
    for note in day.notes:
        size = _fitting_size(note, 10, width)
        style = ParagraphStyle(
            f"plan_day_note_{size}",
            fontName=FONT,
            fontSize=size,
            leading=round(size * 1.2, 1),
            textColor=colors.white,
        )
        flowables.append(Paragraph(escape(note), style))
    return flowables


def _height(cell: Sequence[Flowable] | Flowable, width: float) -> float:
    flowables = cell if isinstance(cell, Sequence) else [cell]
    total = 0.0
    for flowable in flowables:
        _w, height = flowable.wrap(width - 2 * PADDING, 10_000)
        total += height + flowable.getSpaceAfter()
    return total + 2 * PADDING


@functools.cache
def _entry_style(
    size: float, leading: float, *, muted: bool = False, gap: float = ENTRY_GAP
) -> ParagraphStyle:
    return ParagraphStyle(
        f"plan_entry_{size}_{leading}_{muted}_{gap}",
        fontName=FONT_CONDENSED,
        fontSize=size,
        leading=leading,
        textColor=MUTED if muted else INK,
        spaceAfter=gap,
    )


def _entry_paragraph(
    entry: PlanEntry, level: _Level, width: float, room_symbol: str = ""
) -> Paragraph:
    """``18:00–20:00`` bold and the title; other rooms of the booking named (``+ SB``)."""
    title = entry.title
    others = [symbol for symbol in entry.room_symbols if symbol != room_symbol]
    if room_symbol and others:
        title += f" (+ {', '.join(others)})"
    separator = "<br/>" if level.two_lines else " "
    shown = escape(title)
    size = _fitting_size(title, level.size, width, FONT_CONDENSED)
    if size < level.size:  # only the title shrinks; the time stays as large as the rest
        shown = f'<font size="{size}">{shown}</font>'
    text = f"<b>{escape(entry.time_text)}</b>{separator}{shown}"
    style = _entry_style(level.size, level.leading, muted=not entry.is_public, gap=level.gap)
    return Paragraph(text, style)


def _fitting_size(text: str, size: float, width: float, font: str = FONT) -> float:
    """``size``, or smaller if one word of ``text`` is wider than ``width``."""
    widest = max((stringWidth(word, font, size) for word in text.split()), default=0.0)
    if widest <= width:
        return size
    return max(min(size, SMALLEST_WORD_SIZE), int(size * width / widest * 2) / 2)


class _Layout:
    """Which print size each cell of the grid gets, how many pages the grid takes, and
    how rooms too full for one page are cut into continuation rows.

    ``pages`` is the room for the rows on the first page (below the title) and on every
    further one (below the repeated day heads). The plan takes as few pages as the
    smallest print needs, and on them the largest print that fits.

    Measuring is the cost of the plan (a paragraph per booking and print size), so
    heights are measured only for the sizes tried, each once.
    """

    def __init__(
        self,
        plan: WeekPlan,
        inner_width: float,
        room_column: float,
        pages: tuple[float, float],
    ) -> None:
        self.width = inner_width
        self.room_column = room_column
        self.first_page, self.later_pages = pages
        self.room_space = min(pages)
        """The tallest a row may be: it must fit on any page."""
        self._paragraphs: dict[tuple[PlanEntry, int, str], tuple[Paragraph, float]] = {}
        self._heights: dict[tuple[int, int, int], float] = {}
        # (room, continued, seven cells of entries)
        self.rows: list[tuple[PlanRoom, bool, tuple[tuple[PlanEntry, ...], ...]]] = []
        for row in plan.rows:
            for number, chunk in enumerate(self._chunks(row.room, row.days)):
                self.rows.append((row.room, number > 0, chunk))
        self._heads = [
            _height(_room_head(room, continued, room_column), room_column)
            for room, continued, _days in self.rows
        ]
        self.page_count = 1
        self.smallest = ONE_PAGE_SMALLEST
        self.levels = [[self.smallest] * 7 for _ in self.rows]
        if not self._fits():
            # Two pages (or, for a week fuller still, as many as the smallest print needs).
            self.smallest = len(LEVELS) - 1
            self.levels = [[self.smallest] * 7 for _ in self.rows]
            self.page_count = max(2, self._pages_needed())
        # The largest print for the whole grid with which it fits on those pages (a
        # larger one is only tried when the comfortable size fits) ...
        self.levels = [[COMFORTABLE] * 7 for _ in self.rows]
        if self._fits():
            for base in range(COMFORTABLE):
                self.levels = [[base] * 7 for _ in self.rows]
                if self._fits():
                    return
            self.levels = [[COMFORTABLE] * 7 for _ in self.rows]
            return
        # ... or, below the comfortable size, only the crowded cells smaller.
        self._shrink()

    def _entry(self, entry: PlanEntry, level: int, symbol: str) -> tuple[Paragraph, float]:
        """The entry's paragraph at this print size and its height with the gap below."""
        key = (entry, level, symbol)
        found = self._paragraphs.get(key)
        if found is None:
            paragraph = _entry_paragraph(entry, LEVELS[level], self.width, symbol)
            _w, height = paragraph.wrap(self.width, 10_000)
            found = (paragraph, float(height) + LEVELS[level].gap)
            self._paragraphs[key] = found
        return found

    def _height(self, row: int, day: int, level: int) -> float:
        key = (row, day, level)
        found = self._heights.get(key)
        if found is None:
            room, _continued, days = self.rows[row]
            cell = days[day]
            found = 0.0
            if cell:
                found = sum(self._entry(e, level, room.symbol)[1] for e in cell) + 2 * PADDING
            self._heights[key] = found
        return found

    def _pages_needed(self) -> int:
        """The pages the rows take at their present print sizes, broken between rows
        as the table breaks them."""
        pages, space = 1, self.first_page
        for row in range(len(self.rows)):
            height = self.row_height(row)
            if height > space:
                pages, space = pages + 1, self.later_pages
            space -= height
        return pages

    def _fits(self) -> bool:
        """On ``page_count`` pages, and every row on a page of its own at most."""
        tallest = max((self.row_height(row) for row in range(len(self.rows))), default=0.0)
        return tallest <= self.room_space and self._pages_needed() <= self.page_count

    def _chunks(
        self, room: PlanRoom, days: tuple[tuple[PlanEntry, ...], ...]
    ) -> list[tuple[tuple[PlanEntry, ...], ...]]:
        """The room's week in rows that fit on a page at the smallest print (one row,
        unless a day has more bookings than a page holds)."""
        smallest = len(LEVELS) - 1
        per_day: list[list[list[PlanEntry]]] = []
        for cell in days:
            parts: list[list[PlanEntry]] = [[]]
            # A day that fits at the comfortable size (measured anyway) fits at the
            # smallest too: only a day that does not is measured again, and cut.
            comfortable = sum(self._entry(e, COMFORTABLE, room.symbol)[1] for e in cell)
            if comfortable + 2 * PADDING <= self.room_space:
                per_day.append([list(cell)])
                continue
            used = 2 * PADDING
            for entry in cell:
                height = self._entry(entry, smallest, room.symbol)[1]
                if parts[-1] and used + height > self.room_space:
                    parts.append([])
                    used = 2 * PADDING
                parts[-1].append(entry)
                used += height
            per_day.append(parts)
        count = max(len(parts) for parts in per_day)
        return [
            tuple(tuple(parts[n]) if n < len(parts) else () for parts in per_day)
            for n in range(count)
        ]

    def row_height(self, row: int) -> float:
        cells = (self._height(row, day, self.levels[row][day]) for day in range(7))
        return max(self._heads[row], *cells)

    def _shrink(self) -> None:
        """From the comfortable size, make the tallest cells smaller, one step at a time,
        until the rows fit on ``page_count`` pages (at the latest when all are smallest)."""
        smallest = self.smallest
        self.levels = [[COMFORTABLE] * 7 for _ in self.rows]
        while not self._fits():
            candidates = [
                row
                for row in range(len(self.rows))
                if any(
                    self.levels[row][day] < smallest
                    and self._height(row, day, self.levels[row][day]) >= self.row_height(row)
                    for day in range(7)
                )
            ]
            if not candidates:
                return
            row = max(candidates, key=self.row_height)
            tallest = self.row_height(row)
            for day in range(7):
                level = self.levels[row][day]
                if level < smallest and self._height(row, day, level) >= tallest:
                    self.levels[row][day] = level + 1

    def cell(self, row: int, day: int) -> list[Flowable]:
        room, _continued, days = self.rows[row]
        level = self.levels[row][day]
        return [self._entry(entry, level, room.symbol)[0] for entry in days[day]]


def _room_head(room: PlanRoom, continued: bool, width: float) -> list[Flowable]:
    symbol = ParagraphStyle(
        "plan_symbol",
        fontName=FONT_BOLD,
        fontSize=ROOM_SYMBOL_SIZE,
        leading=19,
        textColor=ACCENT,
    )
    name = ParagraphStyle(
        "plan_room", fontName=FONT_BOLD, fontSize=ROOM_NAME_SIZE, leading=11.5, textColor=INK
    )
    small = ParagraphStyle(
        "plan_room_note", fontName=FONT, fontSize=8.5, leading=10, textColor=MUTED
    )
    size = _fitting_size(room.name, name.fontSize, width - 2 * PADDING, FONT_BOLD)
    shown = (
        escape(room.name)
        if size == name.fontSize
        else f'<font size="{size}">{escape(room.name)}</font>'
    )
    head: list[Flowable] = [Paragraph(escape(room.symbol), symbol), Paragraph(shown, name)]
    if room.part_symbols:
        head.append(Paragraph(escape("= " + " + ".join(room.part_symbols)), small))
    if continued:
        head.append(Paragraph("(Forts.)", small))
    return head


def _closed_note() -> Paragraph:
    style = ParagraphStyle("plan_closed", fontName=FONT, fontSize=10, leading=12, textColor=MUTED)
    return Paragraph("geschlossen", style)


def _grid(plan: WeekPlan, head_row: list[Any], layout: _Layout, day_width: float) -> Table:
    data: list[list[Any]] = [head_row]
    for index, (room, continued, _days) in enumerate(layout.rows):
        cells: list[Any] = [_room_head(room, continued, layout.room_column)]
        for offset in range(7):
            content = layout.cell(index, offset)
            if not content and plan.days[offset].closure:
                content = [_closed_note()]
            cells.append(content)
        data.append(cells)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#eef2f4")),
    ]
    for column, day in enumerate(plan.days, start=1):
        shade = _shade(day)
        if shade is not None:
            commands.append(("BACKGROUND", (column, 1), (column, -1), shade))
        head = HEAD_CLOSED if day.closure else HEAD_HOLIDAY if day.public_holiday else None
        if head is not None:
            commands.append(("BACKGROUND", (column, 0), (column, 0), head))
    return Table(
        data,
        colWidths=[layout.room_column, *([day_width] * 7)],
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(commands),
    )


def _shade(day: PlanDay) -> colors.Color | None:
    if day.closure:
        return CLOSED
    if day.public_holiday:
        return HOLIDAY
    if day.school_holiday:
        return SCHOOL_HOLIDAY
    return None


# --- the door sign --------------------------------------------------------------------------


def write_door_sign(path: Path, sign: DoorSign, *, printed_on: dt.date) -> Path:
    """Write the door sign of one room for a week (A4 portrait) to ``path``; raises
    ``ReportFailed``."""
    register_fonts()  # measured before the build
    footer = _footer_lines(
        (sign.centre_name, sign.room.name, week_label(sign.monday)),
        (sign.house_rules, sign.key_contact),
    )
    width = content_width()
    symbol = ParagraphStyle(
        "sign_symbol",
        fontName=FONT_BOLD,
        fontSize=40,
        leading=44,
        textColor=colors.white,
        alignment=TA_CENTER,
    )
    name = ParagraphStyle(
        "sign_name", fontName=FONT_BOLD, fontSize=30, leading=35, textColor=ACCENT
    )
    week = ParagraphStyle("sign_week", fontName=FONT, fontSize=15, leading=19, textColor=INK)
    symbol_width = max(30 * mm, stringWidth(sign.room.symbol, FONT_BOLD, 40) + 8 * mm)
    banner = Table(
        [
            [
                Paragraph(escape(sign.room.symbol), symbol),
                [
                    Paragraph(escape(sign.room.name), name),
                    Paragraph(
                        escape(f"Belegung {week_number(sign.monday)} · {week_span(sign.monday)}"),
                        week,
                    ),
                ],
            ]
        ],
        colWidths=[symbol_width, width - symbol_width - 6 * mm],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
            ]
        ),
    )
    _w, banner_height = banner.wrap(width, 1000)
    space = content_height(footer_lines=len(footer)) - banner_height - 6 * mm - 2
    story: list[Flowable] = [banner, _Gap(6 * mm), _sign_days(sign, width, space)]
    return build_pdf(
        path,
        title=sign.title,
        centre_name=sign.centre_name,
        story=story,
        printed_on=printed_on,
        subject=f"Belegung {sign.room.name} {week_label(sign.monday)}",
        footer_lines=footer,
    )


class _Gap(Flowable):  # type: ignore[misc]  # ReportLab has no types
    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0.0, self.height

    def draw(self) -> None:
        pass


DAY_COLUMN = 50 * mm
"""The door sign's day column."""
SIGN_SIZES = (16, 14, 12, 11, 10, 9)
"""Print sizes of the door sign's bookings: the largest with which the week fits."""


def _sign_days(sign: DoorSign, width: float, space: float) -> Table:
    """The week of the door sign as large as it fits into ``space`` points (at the
    smallest size it flows on to a second page)."""
    for size in SIGN_SIZES:
        days = _sign_table(sign, width, size)
        _w, height = days.wrap(width, space)
        if height <= space:
            break
    return days


def _hanging(style: ParagraphStyle, time_text: str) -> ParagraphStyle:
    """``style`` with the lines after the first indented to where the title starts, so
    that the times stand in a column of their own."""
    indent = stringWidth(time_text, FONT_BOLD, style.fontSize) + stringWidth(
        "\u00a0\u00a0", FONT, style.fontSize
    )
    return ParagraphStyle(
        f"{style.name}_hanging", parent=style, leftIndent=indent, firstLineIndent=-indent
    )


def _sign_table(sign: DoorSign, width: float, size: float) -> Table:
    day_style = ParagraphStyle(
        "sign_day", fontName=FONT_BOLD, fontSize=16, leading=19, textColor=INK
    )
    date_style = ParagraphStyle("sign_date", fontName=FONT, fontSize=13, leading=16, textColor=INK)
    note_style = ParagraphStyle(
        "sign_note", fontName=FONT_BOLD, fontSize=10, leading=12, textColor=HEAD_HOLIDAY
    )
    free_style = ParagraphStyle(
        "sign_free", fontName=FONT, fontSize=14, leading=17, textColor=MUTED
    )
    rows: list[list[Any]] = []
    for day, entries in zip(sign.days, sign.entries, strict=True):
        head: list[Flowable] = [
            Paragraph(escape(WEEKDAYS[day.day.weekday()]), day_style),
            Paragraph(escape(f"{day.day:%d.%m.%Y}"), date_style),
            *(Paragraph(escape(note), note_style) for note in day.notes),
        ]
        cell: list[Flowable] = []
        for entry in entries:
            text = f"<b>{escape(entry.time_text)}</b>&nbsp;&nbsp;{escape(entry.title)}"
            if entry.elsewhere:
                text += (
                    f' <font color="#5f6b76" size="{size * 0.75:.1f}">'
                    f"· {escape(entry.elsewhere)}</font>"
                )
            style = _entry_style(size, round(size * 1.25, 1), muted=not entry.is_public)
            cell.append(Paragraph(text, _hanging(style, entry.time_text)))
        if not cell:
            cell.append(Paragraph("geschlossen" if day.closure else "frei", free_style))
        rows.append([head, cell])
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
    ]
    for row, day in enumerate(sign.days):
        shade = _shade(day)
        if shade is not None:
            commands.append(("BACKGROUND", (0, row), (-1, row), shade))
    return Table(
        rows,
        colWidths=[DAY_COLUMN, width - DAY_COLUMN],
        hAlign="LEFT",
        style=TableStyle(commands),
    )
