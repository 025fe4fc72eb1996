"""What every PDF of the program shares: fonts, page template, styles, tables, formats.

A report module builds a list of flowables (the *story*) from views and hands it to
:func:`build_pdf`, which lays it out on A4 (portrait or landscape) with the centre's name
in the header and "Gedruckt am …" and "Seite x von y" in the footer, embeds the DejaVu
fonts (so umlauts, „quotes“ and € print everywhere and the text can be copied out of the
PDF) and writes the file atomically: a failed build leaves no half-written file behind.

    story = [*title_block("Mitgliederliste", "Stand 24.11.2026"),
             table(["Name", "Ort"], rows, widths=[2, 1])]
    build_pdf(path, title="Mitgliederliste", centre_name="Bürgertreff Süd",
              story=story, printed_on=today)
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from quartierstreff import paths
from quartierstreff.dates import format_date
from quartierstreff.money import format_money as format_money  # noqa: PLC0414 (re-exported)
from quartierstreff.money import format_number as format_number  # noqa: PLC0414
from quartierstreff.services.errors import ReportFailed

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_CONDENSED = "DejaVuSansCondensed"
"""A tenth narrower than FONT, for tables that must hold a lot (the weekly plan)."""
FONT_CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

MARGIN = 18 * mm
HEADER_HEIGHT = 14 * mm
FOOTER_HEIGHT = 12 * mm
FOOTER_LINE = 4.5 * mm
"""The height of each extra footer line (``build_pdf(footer_lines=…)``)."""

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b76")
ACCENT = colors.HexColor("#2f5d62")
RULE = colors.HexColor("#b8c2cc")
STRIPE = colors.HexColor("#eef2f4")

Cell: TypeAlias = str | Flowable
"""A table cell: text (escaped and wrapped for you) or a ready flowable."""


# Amounts are formatted by quartierstreff.money (format_money, format_number), imported
# above so that every report finds them here.


# --- fonts and styles ----------------------------------------------------------


@functools.cache
def register_fonts() -> None:
    """Register the DejaVu fonts once per process (ReportLab embeds the used glyphs)."""
    fonts = paths.resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_CONDENSED, str(fonts / "DejaVuSansCondensed.ttf")))
    pdfmetrics.registerFont(
        TTFont(FONT_CONDENSED_BOLD, str(fonts / "DejaVuSansCondensed-Bold.ttf"))
    )
    for normal, bold in ((FONT, FONT_BOLD), (FONT_CONDENSED, FONT_CONDENSED_BOLD)):
        pdfmetrics.registerFontFamily(
            normal, normal=normal, bold=bold, italic=normal, boldItalic=bold
        )
    # A table sets its cells' font before drawing them, even when every cell is a
    # paragraph with a font of its own: ReportLab's default would put Helvetica, not
    # embedded, into every PDF with a table.
    CellStyle.fontname = FONT


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of every report."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_right: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, spaceAfter=4
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    header_cell = ParagraphStyle(
        "header_cell", parent=cell, fontName=FONT_BOLD, textColor=colors.white
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=8
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=True,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=True,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        header_cell=header_cell,
        header_cell_right=ParagraphStyle(
            "header_cell_right", parent=header_cell, alignment=TA_RIGHT
        ),
    )


def escape(text: str) -> str:
    """``text`` as Paragraph markup: ``& < >`` escaped, line breaks kept."""
    return _xml_escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain ``text`` (escaped; no markup), in the body style by default."""
    return Paragraph(escape(text), style or styles().body)


def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    """The document's heading on its first page, with an optional grey line below."""
    block: list[Flowable] = [para(title, styles().title)]
    if subtitle:
        block.append(para(subtitle, styles().subtitle))
    else:
        block.append(Spacer(1, 6))
    return block


def content_width(*, landscape: bool = False, side_margin: float = MARGIN) -> float:
    """The width between the margins, in points."""
    width, _height = page_size(landscape=landscape)
    return float(width - 2 * side_margin)


def content_height(
    *, landscape: bool = False, footer_lines: int = 0, vertical_margin: float = MARGIN
) -> float:
    """The height of the body between header and footer, in points (with
    ``footer_lines`` extra footer lines)."""
    _width, height = page_size(landscape=landscape)
    return float(
        height - _top_margin(vertical_margin) - _bottom_margin(footer_lines, vertical_margin)
    )


def _top_margin(vertical_margin: float) -> float:
    return float(vertical_margin + HEADER_HEIGHT - 6 * mm)


def _bottom_margin(footer_lines: int, vertical_margin: float) -> float:
    return float(vertical_margin + FOOTER_HEIGHT - 6 * mm + footer_lines * FOOTER_LINE)


def page_size(*, landscape: bool = False) -> tuple[float, float]:
    size: tuple[float, float] = _landscape(A4) if landscape else A4
    return size


# --- tables ------------------------------------------------------------------


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    widths: Sequence[float] | None = None,
    landscape: bool = False,
    align_right: Collection[int] = (),
    zebra: bool = True,
) -> Table:
    """A table as wide as the page, its header row repeated on every page.

    ``widths`` are relative weights of the columns (``[3, 1, 1]``: the first takes 60 %),
    equal if left out; ``align_right`` lists the columns to right-align (amounts).
    Text cells wrap; ``zebra`` shades every other row.
    """
    st = styles()
    count = len(header)
    weights = list(widths) if widths is not None else [1.0] * count
    if len(weights) != count:
        raise ValueError(f"{count} columns but {len(weights)} widths")
    total = sum(weights)
    available = content_width(landscape=landscape)
    col_widths = [available * weight / total for weight in weights]

    def cell(value: Cell, column: int, *, head: bool = False) -> Flowable:
        if not isinstance(value, str):
            return value
        right = column in align_right
        if head:
            style = st.header_cell_right if right else st.header_cell
        else:
            style = st.cell_right if right else st.cell
        return Paragraph(escape(value), style)

    data: list[list[Flowable]] = [[cell(text, i, head=True) for i, text in enumerate(header)]]
    for row in rows:
        if len(row) != count:
            raise ValueError(f"{count} columns but a row of {len(row)}")
        data.append([cell(value, i) for i, value in enumerate(row)])
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.75, ACCENT),
    ]
    if zebra and len(data) > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]))
    return Table(
        data, colWidths=col_widths, repeatRows=1, hAlign="LEFT", style=TableStyle(commands)
    )


def key_value_table(
    pairs: Sequence[tuple[str, Cell]], *, landscape: bool = False, key_width: float = 0.3
) -> Table:
    """Label–value lines (a form filled in): labels bold on the left, values wrapping."""
    st = styles()
    label_style = ParagraphStyle("kv_label", parent=st.cell, fontName=FONT_BOLD)
    available = content_width(landscape=landscape)
    data = [
        [
            Paragraph(escape(label), label_style),
            Paragraph(escape(value), st.cell) if isinstance(value, str) else value,
        ]
        for label, value in pairs
    ]
    return Table(
        data,
        colWidths=[available * key_width, available * (1 - key_width)],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("BACKGROUND", (0, 0), (0, -1), STRIPE),
            ]
        ),
    )


# --- the page template and the build -----------------------------------------


@dataclass(frozen=True, slots=True)
class _Frame:
    """What the header and footer print on each page."""

    centre_name: str
    title: str
    printed_on: dt.date
    landscape: bool
    logo: Path | None
    side_margin: float = MARGIN
    footer_lines: tuple[str, ...] = ()
    vertical_margin: float = MARGIN


def _canvas_class(frame: _Frame) -> type[Canvas]:
    """A canvas that holds back its pages until the end, so that each footer can say
    how many pages there are ("Seite 2 von 5")."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no types
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                _draw_page_frame(self, frame, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_page_frame(canvas: Canvas, frame: _Frame, number: int, total: int) -> None:
    width, height = page_size(landscape=frame.landscape)
    left, right = frame.side_margin, width - frame.side_margin
    canvas.saveState()
    # Header: (logo) centre name on the left, the document's title on the right.
    baseline = height - frame.vertical_margin + 2 * mm
    name_x = left
    if frame.logo is not None:
        logo_height = 10 * mm
        canvas.drawImage(
            str(frame.logo),
            left,
            baseline - 2 * mm,
            width=30 * mm,
            height=logo_height,
            preserveAspectRatio=True,
            anchor="sw",
            mask="auto",
        )
        name_x = left + 32 * mm
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawString(name_x, baseline, frame.centre_name)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8.5)
    canvas.drawRightString(right, baseline, frame.title)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(left, baseline - 3 * mm, right, baseline - 3 * mm)
    # Footer: print date on the left, page x of y on the right.
    foot = frame.vertical_margin - 6 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, foot + 4 * mm, right, foot + 4 * mm)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, foot, f"Gedruckt am {format_date(frame.printed_on)}")
    canvas.drawRightString(right, foot, f"Seite {number} von {total}")
    # Extra footer lines above the rule, centred, the first one nearest the body.
    canvas.setFillColor(INK)
    for index, line in enumerate(frame.footer_lines):
        baseline = foot + 6 * mm + (len(frame.footer_lines) - 1 - index) * FOOTER_LINE
        size = 9.0
        while size > 6 and pdfmetrics.stringWidth(line, FONT, size) > right - left:
            size -= 0.5  # a long house-rules line shrinks rather than run off the page
        canvas.setFont(FONT, size)
        canvas.drawCentredString((left + right) / 2, baseline, line)
    canvas.restoreState()


def build_pdf(
    path: Path,
    *,
    title: str,
    centre_name: str,
    story: Sequence[Flowable],
    printed_on: dt.date,
    landscape: bool = False,
    author: str = "",
    subject: str = "",
    logo: Path | None = None,
    side_margin: float = MARGIN,
    footer_lines: Sequence[str] = (),
    vertical_margin: float = MARGIN,
) -> Path:
    """Lay out ``story`` on A4 pages and write the PDF to ``path``; returns the path.

    ``title``, ``author`` (default: the centre) and ``subject`` go into the PDF's
    metadata; ``logo`` (an image file) is printed before the centre's name in the header.
    ``side_margin`` narrows the left and right margins (a wide table), and
    ``vertical_margin`` the top and bottom ones (a page that must hold a lot; at least
    12 mm, so that the footer stays clear of the printer's edge); ``footer_lines`` are
    printed centred above the footer on every page (see :func:`content_height`).
    Raises :class:`ReportFailed` when the file cannot be written (then nothing is left
    behind and an existing file at ``path`` is unchanged).
    """
    register_fonts()
    path = Path(path)
    frame = _Frame(
        centre_name,
        title,
        printed_on,
        landscape,
        logo,
        side_margin,
        tuple(footer_lines),
        vertical_margin,
    )
    folder = path.parent if str(path.parent) else Path()
    if path.is_dir():
        raise ReportFailed(str(path), "is_folder")
    if not folder.is_dir():
        raise ReportFailed(str(path), "folder_missing")
    # Written next to the target and renamed over it at the end: never half a PDF.
    temporary = folder / f".{path.name}.{os.getpid()}.tmp"
    try:
        document = BaseDocTemplate(
            str(temporary),
            pagesize=page_size(landscape=landscape),
            leftMargin=side_margin,
            rightMargin=side_margin,
            topMargin=_top_margin(vertical_margin),
            bottomMargin=_bottom_margin(len(footer_lines), vertical_margin),
            title=title,
            author=author or centre_name,
            subject=subject,
            creator="Quartierstreff",
            lang="de-DE",
            displayDocTitle=True,
            # Our font from the start: otherwise every page names ReportLab's default,
            # Helvetica, which is not embedded.
            initialFontName=FONT,
        )
        body = Frame(
            document.leftMargin,
            document.bottomMargin,
            document.width,
            document.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        document.addPageTemplates([PageTemplate(id="page", frames=[body])])
        make_canvas: Callable[..., Canvas] = _canvas_class(frame)
        document.build(list(story), canvasmaker=make_canvas)
        temporary.replace(path)
    except OSError as error:
        raise ReportFailed(str(path), _reason(error), error.strerror or str(error)) from error
    finally:
        temporary.unlink(missing_ok=True)
    return path


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk_full"
    if isinstance(error, PermissionError):
        return "permission"
    if isinstance(error, IsADirectoryError):
        return "is_folder"
    if isinstance(error, FileNotFoundError):
        return "folder_missing"
    return "os_error"
