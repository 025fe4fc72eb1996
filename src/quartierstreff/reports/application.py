"""The submission PDF of a funding application (Förderantrag), A4 portrait.

:func:`write_application` takes an :class:`ApplicationView` (with its programme, plan
summary and the applicant's centre profile) and the findings of ``check_application``,
never ORM objects, and lays out:

- the cover: programme and funder with the date of the call the definition follows,
  the applicant (name, legal form, address, register, tax exemption, bank account,
  contact person), the project title, its period ("01.03.2027 – 31.08.2027, 6 Monate"),
  the requested amount in large type and the status;
- every section of the programme in its order, the text with its line breaks (long
  texts flow over pages; an empty section says "—");
- the Kosten- und Finanzierungsplan as tables: the costs grouped by category with a
  subtotal each and the total costs, the income grouped by kind with subtotals, the
  requested grant and the total financing, the balance, the funding rate and own share;
- the attachments checklist (☑ provided, ☐ not yet; "erforderlich" marks);
- the signature block: a line for place and date, a line per authorised signatory of
  the centre (``signatories``, one per line) with the name printed under it.

When any finding is an error the application is not ready to submit: the cover carries
an "ENTWURF – nicht einreichungsfähig" band, every page's header and the document title
say "Entwurf", and a last page lists the open findings (errors first, then warnings).
Warnings alone do not make a draft (the user may submit with them).

Text the embedded DejaVu fonts cannot show is cleaned first (see :func:`printable`):
emoji are dropped (with their joiners and variation selectors), any other character
without a glyph is shown as "□", control characters are removed (a tab is a space).

Amounts are the plan summary's (the same numbers the checks and the editor use), each
printed to the cent in German format, right-aligned.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from quartierstreff.dates import format_date
from quartierstreff.reports.common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    STRIPE,
    build_pdf,
    content_width,
    escape,
    format_money,
    format_number,
    key_value_table,
    para,
    register_fonts,
    styles,
)
from quartierstreff.reports.meetings import text_pieces
from quartierstreff.services.funding import ApplicationView, CategoryTotal, Finding, PlanLineView
from quartierstreff.services.views import CentreProfileView

DRAFT_BAND = "ENTWURF – nicht einreichungsfähig"
DRAFT_RED = colors.HexColor("#b3261e")
DRAFT_SHADE = colors.HexColor("#fbe9e7")
GROUP_SHADE = colors.HexColor("#dde6ea")
TOTAL_SHADE = colors.HexColor("#cfdde2")
CHECKED = "☑"
UNCHECKED = "☐"
MISSING_GLYPH = "□"
EMPTY = "—"
HEADER_TITLE_CHARS = 60
"""The document title (header of every page, PDF metadata) cuts a longer project title."""

_JOINERS = {"\u200d", "\ufe0e", "\ufe0f", "\u20e3"}
_SEVERITY_LABELS = {"error": "Fehler", "warning": "Hinweis"}


# --- text the fonts can show -------------------------------------------------------


@functools.cache
def _glyphs() -> frozenset[int]:
    register_fonts()
    face: Any = pdfmetrics.getFont(FONT).face
    return frozenset(face.charToGlyph)


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return code >= 0x1F000 or unicodedata.category(char) in ("So", "Sk", "Cf", "Mn", "Co", "Cs")


def printable(text: str) -> str:
    """``text`` with what the PDF cannot show cleaned out (see the module).

    Characters beyond the Basic Multilingual Plane are never printed as they are, even
    where DejaVu has a glyph (some emoticons): ReportLab writes them into the PDF's
    text layer in a form readers cannot decode, so the copied text would be garbled.
    """
    glyphs = _glyphs()
    out: list[str] = []
    dropped = False
    for char in text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n"):
        if char == "\n":
            out.append(char)
            dropped = False
        elif char == "\t":
            out.append(" ")
            dropped = False
        elif unicodedata.category(char) == "Cc":
            continue
        elif char in _JOINERS and (dropped or not out):
            continue  # the rest of a dropped emoji ("👨‍👩‍👧", "✌️")
        elif ord(char) <= 0xFFFF and ord(char) in glyphs:
            out.append(char)
            dropped = False
        elif _is_emoji(char):
            dropped = True
        else:
            if not (dropped and out and out[-1] == MISSING_GLYPH):
                out.append(MISSING_GLYPH)
            dropped = True
    return "".join(out)


def _text(text: str) -> str:
    """Paragraph markup of user text: cleaned and escaped, line breaks kept."""
    return escape(printable(text))


# --- formats --------------------------------------------------------------------


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    """``01.03.2027 – 31.08.2027, 6 Monate``; whole months when the period is whole
    months, else days (below 45) or about so many months; ``—`` without dates."""
    if start is None and end is None:
        return EMPTY
    if start is None or end is None:
        known = start or end
        assert known is not None
        return f"ab {format_date(known)}" if start else f"bis {format_date(known)}"
    text = f"{format_date(start)} – {format_date(end)}"
    if end < start:
        return text
    return f"{text}, {duration_text(start, end)}"


def duration_text(start: dt.date, end: dt.date) -> str:
    """The length of the period from ``start`` to ``end`` (both included)."""
    after = end + dt.timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    if after.day == start.day and months > 0:
        return "1 Monat" if months == 1 else f"{format_number(months)} Monate"
    days = (after - start).days
    if days < 45:
        return "1 Tag" if days == 1 else f"{format_number(days)} Tage"
    about = round(Decimal(days) / Decimal("30.4375"))
    return f"rund {format_number(about)} Monate"


def quantity_text(quantity: Decimal) -> str:
    """``3``, ``2,5``, ``0,125`` (no trailing zeros, up to three places)."""
    exponent = quantity.normalize().as_tuple().exponent
    places = min(3, max(0, -exponent)) if isinstance(exponent, int) else 0
    return format_number(quantity, places)


def percent_text(value: Decimal | None) -> str:
    return EMPTY if value is None else f"{format_number(value, 2)} %"


def is_draft(findings: Iterable[Finding]) -> bool:
    """Whether the application is not ready to submit (any finding is an error)."""
    return any(finding.severity == "error" for finding in findings)


def document_title(view: ApplicationView, *, draft: bool) -> str:
    """``Förderantrag „Nachbarschaftsgespräche Süd“`` (``Entwurf Förderantrag …``),
    the project title cut to :data:`HEADER_TITLE_CHARS` and further, with "…", until the
    title fits into the header beside the centre's name."""
    label = "Entwurf Förderantrag" if draft else "Förderantrag"
    title = " ".join(printable(view.title).split())
    if not title:
        return label
    room = content_width() - 8 * mm - _header_width(printable(view.applicant.name), bold=True)
    limit = min(len(title), HEADER_TITLE_CHARS)
    while True:
        cut = title if limit >= len(title) else title[: limit - 1].rstrip() + "…"
        text = f"{label} „{cut}“"
        if limit <= 12 or _header_width(text, bold=False) <= room:
            return text
        limit -= 1


def _header_width(text: str, *, bold: bool) -> float:
    """The width of ``text`` in the page header (see ``reports.common``: the centre's
    name in bold 10 pt, the title in 8.5 pt)."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, 10 if bold else 8.5))


# --- styles -----------------------------------------------------------------------


def _style(name: str, **overrides: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=styles().body, **overrides)


@functools.cache
def _cell_styles() -> dict[str, ParagraphStyle]:
    st = styles()
    bold = ParagraphStyle("plan_bold", parent=st.cell, fontName=FONT_BOLD)
    return {
        "cell": st.cell,
        "right": st.cell_right,
        "bold": bold,
        "bold_right": ParagraphStyle("plan_bold_right", parent=bold, alignment=TA_RIGHT),
        "head": st.header_cell,
        "head_right": st.header_cell_right,
        "muted": ParagraphStyle("plan_muted", parent=st.cell, textColor=MUTED),
    }


# --- the document -------------------------------------------------------------------


def write_application(
    path: Path,
    view: ApplicationView,
    findings: Sequence[Finding],
    *,
    printed_on: dt.date,
    logo: Path | None = None,
) -> Path:
    """Write the submission PDF of ``view`` to ``path`` and return the path (see the
    module's docstring for what it holds). ``findings`` are those of
    ``check_application``: with any error the PDF is marked as a draft throughout.
    Raises ``ReportFailed`` when the file cannot be written."""
    draft = is_draft(findings)
    centre = view.applicant
    story: list[Flowable] = [*_cover(view, findings, draft=draft), PageBreak()]
    story += _sections(view)
    story += _plan(view)
    story += _attachments(view)
    story += _signatures(centre)
    if draft:
        story += [PageBreak(), *_open_findings(findings)]
    return build_pdf(
        path,
        title=document_title(view, draft=draft),
        centre_name=printable(centre.name),
        story=story,
        printed_on=printed_on,
        subject=printable(f"{view.programme.name} – {view.programme.funder}"),
        logo=logo,
    )


# --- the cover --------------------------------------------------------------------


def _cover(view: ApplicationView, findings: Sequence[Finding], *, draft: bool) -> list[Flowable]:
    st = styles()
    programme = view.programme
    story: list[Flowable] = [
        para("Förderantrag", _style("cover_kicker", fontSize=11, leading=14, textColor=MUTED)),
        Paragraph(
            _text(view.title) or EMPTY,
            _style(
                "cover_title",
                fontName=FONT_BOLD,
                fontSize=20,
                leading=25,
                textColor=ACCENT,
                spaceAfter=6,
            ),
        ),
    ]
    if draft:
        story += [Spacer(1, 2 * mm), _draft_band(findings), Spacer(1, 2 * mm)]
    story += [
        Spacer(1, 3 * mm),
        _amount_box(view),
        Spacer(1, 5 * mm),
        para("Förderprogramm", st.heading),
        key_value_table(
            [
                ("Programm", _text_cell(programme.name)),
                ("Fördermittelgeber", _text_cell(programme.funder)),
                ("Stand der Ausschreibung", _text_cell(_call_text(view))),
            ],
            key_width=0.32,
        ),
        para("Antragsteller", st.heading),
        key_value_table(_applicant_pairs(view), key_width=0.32),
        para("Projekt", st.heading),
        key_value_table(
            [
                ("Projekttitel", _text_cell(view.title)),
                ("Projektzeitraum", period_text(view.project_start, view.project_end)),
                ("Beantragte Fördersumme", _requested_text(view)),
                ("Stand des Antrags", _status_text(view)),
            ],
            key_width=0.32,
        ),
    ]
    return story


def _text_cell(text: str) -> Paragraph:
    return Paragraph(_text(text) or EMPTY, styles().cell)


def _call_text(view: ApplicationView) -> str:
    """The date of the call the programme's rules follow; the definition's note only
    without a date (the note speaks to the applicant, not to the funder)."""
    programme = view.programme
    if programme.call_date is not None:
        return format_date(programme.call_date)
    return programme.call_note.strip() or "ohne Angabe"


def _requested_text(view: ApplicationView) -> str:
    return EMPTY if view.requested_amount is None else format_money(view.requested_amount)


def _status_text(view: ApplicationView) -> str:
    text = view.status_label
    if view.funder_reference.strip():
        text += f" (Aktenzeichen {printable(view.funder_reference.strip())})"
    return text


def _applicant_pairs(view: ApplicationView) -> list[tuple[str, Paragraph | str]]:
    centre = view.applicant
    town = " ".join(part for part in (centre.postal_code, centre.city) if part.strip())
    address = "\n".join(part for part in (centre.street, town) if part.strip())
    register = ", ".join(
        part for part in (centre.register_court, centre.register_number) if part.strip()
    )
    pairs: list[tuple[str, Paragraph | str]] = [
        ("Organisation", _text_cell(centre.name)),
        ("Rechtsform", _text_cell(centre.legal_form)),
        ("Anschrift", _text_cell(address)),
        ("Registereintrag", _text_cell(register)),
    ]
    if centre.tax_exemption_notice_on is not None:
        exemption = f"Freistellungsbescheid vom {format_date(centre.tax_exemption_notice_on)}"
        if centre.tax_office.strip():
            exemption += f", {centre.tax_office.strip()}"
        pairs.append(("Gemeinnützigkeit", _text_cell(exemption)))
    if centre.iban.strip():
        bank = [centre.bank_account_holder, f"IBAN {centre.iban}", centre.bic, centre.bank_name]
        bank_text = "\n".join(part.strip() for part in bank if part.strip())
        pairs.append(("Bankverbindung", _text_cell(bank_text)))
    contact = [view.contact_name]
    contact += [
        f"{label} {value.strip()}"
        for label, value in (("Tel.", centre.phone), ("E-Mail", centre.email))
        if value.strip()
    ]
    pairs.append(("Ansprechperson", _text_cell("\n".join(part for part in contact if part))))
    return pairs


def _amount_box(view: ApplicationView) -> Table:
    """The requested amount in large type, framed."""
    label = _style("amount_label", fontSize=9.5, leading=12, textColor=MUTED, alignment=TA_CENTER)
    amount = _style(
        "amount", fontName=FONT_BOLD, fontSize=24, leading=29, textColor=INK, alignment=TA_CENTER
    )
    return Table(
        [
            [Paragraph("Beantragte Fördersumme", label)],
            [Paragraph(escape(_requested_text(view)), amount)],
            [Paragraph(escape(period_text(view.project_start, view.project_end)), label)],
        ],
        colWidths=[content_width() * 0.6],
        hAlign="CENTER",
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), STRIPE),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        ),
    )


def _draft_band(findings: Sequence[Finding]) -> Table:
    errors = sum(1 for finding in findings if finding.severity == "error")
    text = (
        "1 Prüfpunkt ist noch offen"
        if errors == 1
        else f"{format_number(errors)} Prüfpunkte sind noch offen"
    )
    head = _style(
        "draft_band",
        fontName=FONT_BOLD,
        fontSize=15,
        leading=19,
        textColor=DRAFT_RED,
        alignment=TA_CENTER,
    )
    small = _style("draft_note", fontSize=9, leading=12, textColor=INK, alignment=TA_CENTER)
    return Table(
        [
            [Paragraph(escape(DRAFT_BAND), head)],
            [Paragraph(escape(f"{text}; sie stehen auf der letzten Seite."), small)],
        ],
        colWidths=[content_width()],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, DRAFT_RED),
                ("BACKGROUND", (0, 0), (-1, -1), DRAFT_SHADE),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        ),
    )


# --- the sections -------------------------------------------------------------------


def _sections(view: ApplicationView) -> list[Flowable]:
    st = styles()
    tight = ParagraphStyle("section_text", parent=st.body, spaceAfter=0, spaceBefore=0)
    story: list[Flowable] = []
    for number, (rule, body) in enumerate(view.sections, start=1):
        story += [
            CondPageBreak(25 * mm),
            Paragraph(f"{number}. {_text(rule.title)}", st.heading),
        ]
        text = printable(body).strip("\n")
        if not text.strip():
            story.append(para(EMPTY))
            continue
        for piece in text_pieces(text):
            if piece.strip():
                story.append(Paragraph(escape(piece), tight))
            else:
                story.append(Spacer(1, st.body.leading * 0.6))
        story.append(Spacer(1, st.body.spaceAfter))
    return story


# --- the cost and financing plan --------------------------------------------------------

_PLAN_HEADER = ("Beschreibung", "Menge", "Einheit", "Einzelpreis", "Betrag")
_PLAN_WEIGHTS = (5.4, 1.1, 1.6, 1.7, 1.9)


def _plan(view: ApplicationView) -> list[Flowable]:
    st = styles()
    summary = view.summary
    cost_groups = _groups(view.cost_lines, summary.by_category)
    income_groups = _groups(view.income_lines, summary.income_by_kind)
    cost_totals = {key: total for key, _label, total in summary.by_category}
    income_totals = {key: total for key, _label, total in summary.income_by_kind}
    story: list[Flowable] = [
        PageBreak(),
        para("Kosten- und Finanzierungsplan", st.title),
        Spacer(1, 2 * mm),
        para("Ausgaben", st.heading),
    ]
    story.append(
        _plan_table(
            cost_groups,
            cost_totals,
            closing=[("Gesamtkosten", summary.cost_total)],
            empty="Es sind noch keine Kosten eingetragen.",
        )
    )
    story += [Spacer(1, 3 * mm), para("Finanzierung", st.heading)]
    requested = summary.requested
    story.append(
        _plan_table(
            income_groups,
            income_totals,
            closing=[
                ("Eigen- und Drittmittel", summary.income_total),
                ("Beantragter Zuschuss", requested),
                ("Gesamtfinanzierung", summary.income_total + requested),
            ],
            empty="Es sind keine Einnahmen eingetragen.",
        )
    )
    story += [Spacer(1, 4 * mm), KeepTogether(_balance_table(view))]
    return story


def _groups(
    lines: Sequence[PlanLineView], order: Sequence[CategoryTotal]
) -> list[tuple[str, str, list[PlanLineView]]]:
    """The lines grouped by category key with its label, in the summary's order (then
    any other key in the order of its first line)."""
    by_key: dict[str, list[PlanLineView]] = {}
    for line in sorted(lines, key=lambda line: line.position):
        by_key.setdefault(line.category, []).append(line)
    groups: list[tuple[str, str, list[PlanLineView]]] = []
    for key, label, _total in order:
        if key in by_key:
            groups.append((key, label, by_key.pop(key)))
    for key, rest in by_key.items():
        groups.append((key, rest[0].category_label, rest))
    return groups


def _plan_table(
    groups: Sequence[tuple[str, str, Sequence[PlanLineView]]],
    totals: dict[str, Decimal],
    *,
    closing: Sequence[tuple[str, Decimal]],
    empty: str,
) -> Table:
    cs = _cell_styles()
    width = content_width()
    widths = [width * weight / sum(_PLAN_WEIGHTS) for weight in _PLAN_WEIGHTS]
    data: list[list[Flowable | str]] = [
        [
            Paragraph(escape(text), cs["head_right" if index in (1, 3, 4) else "head"])
            for index, text in enumerate(_PLAN_HEADER)
        ]
    ]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    if not groups:
        data.append([Paragraph(escape(empty), cs["muted"]), "", "", "", ""])
        commands.append(("SPAN", (0, 1), (-1, 1)))
    for key, label, lines in groups:
        row = len(data)
        data.append([Paragraph(_text(label), cs["bold"]), "", "", "", ""])
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), STRIPE)]
        for line in lines:
            data.append(
                [
                    Paragraph(_text(line.description) or EMPTY, cs["cell"]),
                    Paragraph(escape(quantity_text(line.quantity)), cs["right"]),
                    Paragraph(_text(line.unit), cs["cell"]),
                    Paragraph(escape(format_money(line.unit_price)), cs["right"]),
                    Paragraph(escape(format_money(line.amount)), cs["right"]),
                ]
            )
        row = len(data)
        total = totals.get(key, sum((line.amount for line in lines), Decimal(0)))
        data.append(
            [
                Paragraph(f"Summe {_text(label)}", cs["bold"]),
                "",
                "",
                "",
                Paragraph(escape(format_money(total)), cs["bold_right"]),
            ]
        )
        commands += [
            ("SPAN", (0, row), (3, row)),
            ("LINEABOVE", (4, row), (4, row), 0.5, INK),
        ]
    for index, (label, amount) in enumerate(closing):
        row = len(data)
        data.append(
            [
                Paragraph(escape(label), cs["bold"]),
                "",
                "",
                "",
                Paragraph(escape(format_money(amount)), cs["bold_right"]),
            ]
        )
        commands.append(("SPAN", (0, row), (3, row)))
        if index == len(closing) - 1:
            commands += [
                ("BACKGROUND", (0, row), (-1, row), TOTAL_SHADE),
                ("LINEABOVE", (0, row), (-1, row), 0.9, ACCENT),
                ("LINEBELOW", (0, row), (-1, row), 0.9, ACCENT),
            ]
        elif index == 0:
            commands.append(("LINEABOVE", (0, row), (-1, row), 0.9, ACCENT))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", style=TableStyle(commands))
    table.splitInRow = 1  # a very long description may run over a page
    return table


def _balance_table(view: ApplicationView) -> list[Flowable]:
    st = styles()
    summary = view.summary
    cs = _cell_styles()
    balance = summary.balance
    if balance == 0:
        state = "ausgeglichen"
    elif balance > 0:
        state = "Kosten nicht gedeckt"
    else:
        state = "Finanzierung übersteigt die Kosten"
    rows = [
        ("Gesamtkosten", format_money(summary.cost_total)),
        ("Gesamtfinanzierung", format_money(summary.income_total + summary.requested)),
        (f"Differenz (Kosten − Finanzierung): {state}", format_money(balance)),
        ("Förderquote (Zuschuss ÷ Gesamtkosten)", percent_text(summary.funding_rate)),
        ("Eigenanteil (eigene Mittel ÷ Gesamtkosten)", percent_text(summary.own_share)),
    ]
    width = content_width()
    data = [
        [Paragraph(escape(label), cs["bold"]), Paragraph(escape(value), cs["bold_right"])]
        for label, value in rows
    ]
    balance_colour = INK if balance == 0 else DRAFT_RED
    return [
        para("Übersicht", st.heading),
        Table(
            data,
            colWidths=[width * 0.75, width * 0.25],
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                    ("BOX", (0, 0), (-1, -1), 0.75, ACCENT),
                    ("BACKGROUND", (0, 2), (-1, 2), GROUP_SHADE),
                    ("TEXTCOLOR", (0, 2), (-1, 2), balance_colour),
                ]
            ),
        ),
    ]


# --- attachments and signatures -------------------------------------------------------


def _attachments(view: ApplicationView) -> list[Flowable]:
    st = styles()
    if not view.attachments:
        return []
    mark = _style("mark", fontSize=12, leading=14, spaceAfter=0)
    cell = _style("attachment", spaceAfter=0)
    note = _style("attachment_note", fontSize=8.5, leading=13, textColor=MUTED, spaceAfter=0)
    rows: list[list[Flowable]] = []
    for attachment in view.attachments:
        title = _text(attachment.title)
        if attachment.note.strip():
            title += f'<br/><font size="8">{_text(attachment.note.strip())}</font>'
        rows.append(
            [
                Paragraph(CHECKED if attachment.provided else UNCHECKED, mark),
                Paragraph(title, cell),
                Paragraph("erforderlich" if attachment.required else "", note),
                Paragraph("liegt bei" if attachment.provided else "fehlt noch", note),
            ]
        )
    width = content_width()
    table = Table(
        rows,
        colWidths=[width * 0.06, width * 0.6, width * 0.17, width * 0.17],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        ),
    )
    return [CondPageBreak(35 * mm), para("Anlagen", st.heading), table]


def signatory_names(centre: CentreProfileView) -> list[str]:
    """The authorised signatories of the profile, one per non-empty line."""
    return [printable(line).strip() for line in centre.signatories.splitlines() if line.strip()]


def _signatures(centre: CentreProfileView) -> list[Flowable]:
    """The declaration, a line for place and date and a line to sign per signatory
    (two side by side) with the name printed under it."""
    st = styles()
    small = ParagraphStyle("signature", parent=st.small, textColor=INK)
    width = content_width()
    gap = 12 * mm
    column = (width - gap) / 2
    town = printable(centre.city).strip()
    rows: list[list[Flowable | str]] = [
        [para(f"{town}, den", small) if town else "", "", ""],
        [para("Ort, Datum", small), "", ""],
    ]
    heights: list[float | None] = [12 * mm, None]
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEABOVE", (0, 1), (0, 1), 0.75, INK),
        ("VALIGN", (0, 1), (-1, 1), "TOP"),
    ]
    names = signatory_names(centre) or [""]
    for start in range(0, len(names), 2):
        pair = names[start : start + 2]
        label_row = len(rows) + 1
        cells: list[Flowable | str] = [
            Paragraph("Unterschrift" + (f"<br/><b>{escape(name)}</b>" if name else ""), small)
            for name in pair
        ]
        rows += [["", "", ""], [cells[0], "", cells[1] if len(cells) > 1 else ""]]
        heights += [15 * mm, None]
        commands += [
            ("LINEABOVE", (0, label_row), (0, label_row), 0.75, INK),
            ("VALIGN", (0, label_row), (-1, label_row), "TOP"),
        ]
        if len(pair) > 1:
            commands.append(("LINEABOVE", (2, label_row), (2, label_row), 0.75, INK))
    block = Table(
        rows,
        colWidths=[column, gap, column],
        rowHeights=heights,
        hAlign="LEFT",
        style=TableStyle(commands),
    )
    declaration = para(
        "Wir versichern, dass die Angaben in diesem Antrag vollständig und richtig sind.",
        st.body,
    )
    return [
        Spacer(1, 4 * mm),
        KeepTogether([para("Unterschriften", st.heading), declaration, block]),
    ]


# --- the open findings of a draft -------------------------------------------------------


def _open_findings(findings: Sequence[Finding]) -> list[Flowable]:
    st = styles()
    cs = _cell_styles()
    ordered = sorted(findings, key=lambda finding: finding.severity != "error")
    rows: list[list[Flowable]] = [
        [Paragraph("Art", cs["head"]), Paragraph("Was noch fehlt oder nicht passt", cs["head"])]
    ]
    for finding in ordered:
        label = _SEVERITY_LABELS.get(finding.severity, finding.severity)
        colour = DRAFT_RED if finding.severity == "error" else INK
        rows.append(
            [
                Paragraph(
                    escape(label), ParagraphStyle("sev", parent=cs["bold"], textColor=colour)
                ),
                Paragraph(_text(finding.message), cs["cell"]),
            ]
        )
    width = content_width()
    return [
        para("Offene Punkte (Entwurf)", st.title),
        para(
            "Dieser Antrag ist noch nicht einreichungsfähig. Die Prüfung gegen die Regeln "
            "des Förderprogramms hat Folgendes gefunden:",
            st.subtitle,
        ),
        Table(
            rows,
            colWidths=[width * 0.14, width * 0.86],
            repeatRows=1,
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
                ]
            ),
        ),
    ]


__all__ = [
    "DRAFT_BAND",
    "document_title",
    "duration_text",
    "is_draft",
    "period_text",
    "printable",
    "quantity_text",
    "signatory_names",
    "write_application",
]
