"""The papers of a meeting as PDFs: the invitation (a letter with the agenda), the
attendance list to sign (Anwesenheits-/Teilnehmendenliste) and the minutes (Protokoll).

All three take a :class:`MeetingView` and the centre's profile (never ORM objects) and are
laid out by :func:`reports.common.build_pdf` (A4 portrait, DejaVu embedded, the centre's
name in the header, "Seite x von y" and the print date in the footer).

Long texts (minutes of 200,000 characters) are cut into paragraphs at their line breaks
and, within a very long line, at a word near every 2,000 characters: ReportLab re-wraps
the rest of a paragraph on every page it splits, so one huge paragraph takes seconds per
page where the pieces take milliseconds. The pieces follow each other without a gap, so
the text reads the same; only the right edge at a cut is ragged.

The attendance list:

- One set of pages per calendar day of the meeting (a meeting that ends before 06:00 on
  the next day is one evening, not two days), each page headed with the event, that day's
  date, the time, the place and — for a funded event — the funder's line.
- Rows are 10 mm high (room for a signature), numbered per day. The invitees and the
  people already recorded as attending are printed first, sorted by last and first name in
  German order (Ä with A, case ignored); then empty rows: at least ``empty_rows`` (10 if
  not given) and as many more as fill the last page.
- The column "Organisation" appears when anyone listed has an organisation, and always
  for public and funded events (guests from partner organisations write theirs in by hand;
  funders often ask for it).
- The foot of every page says why the data is collected and how long it is kept.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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
from quartierstreff.db.models.meetings import MeetingKind
from quartierstreff.db.search import sort_key
from quartierstreff.reports.common import (
    ACCENT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    build_pdf,
    content_height,
    content_width,
    escape,
    format_number,
    key_value_table,
    para,
    styles,
    table,
)
from quartierstreff.services.meetings import (
    KIND_LABELS,
    RESULT_LABELS,
    WEEKDAYS,
    ActionItemView,
    AgendaItemView,
    DecisionView,
    MeetingView,
)
from quartierstreff.services.views import CentreProfileView

CHUNK = 2000
"""Characters of a long line per paragraph (see the module's docstring)."""

ROW_HEIGHT = 10 * mm
"""An attendance row: room to sign by hand."""
DEFAULT_EMPTY_ROWS = 10
EVENING_ENDS = dt.time(6, 0)
"""A meeting ending at or before this time on a later day still belongs to the day before."""

DECISION_SHADE = colors.HexColor("#fdf3dc")
DECISION_EDGE = colors.HexColor("#c98a1b")

_INVITATION_PHRASE = {
    MeetingKind.BOARD: "zur Vorstandssitzung",
    MeetingKind.GENERAL_ASSEMBLY: "zur Mitgliederversammlung",
    MeetingKind.PLENARY: "zum Plenum",
    MeetingKind.GROUP: "zum Gruppentreffen",
    MeetingKind.PUBLIC_EVENT: "zur Veranstaltung",
}
_MINUTES_PHRASE = {
    MeetingKind.BOARD: "der Vorstandssitzung",
    MeetingKind.GENERAL_ASSEMBLY: "der Mitgliederversammlung",
    MeetingKind.PLENARY: "des Plenums",
    MeetingKind.GROUP: "des Gruppentreffens",
    MeetingKind.PUBLIC_EVENT: "der Veranstaltung",
}
_ADDRESSEES = {
    MeetingKind.BOARD: "An die Mitglieder des Vorstands",
    MeetingKind.GENERAL_ASSEMBLY: "An alle Mitglieder",
    MeetingKind.PLENARY: "An alle Aktiven und Interessierten",
    MeetingKind.GROUP: "An die Mitglieder der Gruppe",
    MeetingKind.PUBLIC_EVENT: "An alle Interessierten",
}
_SALUTATIONS = {
    MeetingKind.BOARD: "Liebe Vorstandsmitglieder,",
    MeetingKind.GENERAL_ASSEMBLY: "Liebe Mitglieder,",
    MeetingKind.PLENARY: "Liebe Aktive, liebe Interessierte,",
    MeetingKind.GROUP: "Liebe Gruppenmitglieder,",
    MeetingKind.PUBLIC_EVENT: "Liebe Nachbarinnen und Nachbarn,",
}

_NOTE_FUNDED = (
    "Datenschutz: Die Angaben dienen dem Nachweis der Teilnahme gegenüber dem "
    "Fördermittelgeber (Art. 6 Abs. 1 lit. c DSGVO).",
    "Die Liste wird vertraulich aufbewahrt und nach Ablauf der Aufbewahrungsfrist gelöscht.",
)
_NOTE_MEMBERS = (
    "Datenschutz: Die Angaben dienen dem Nachweis der Teilnahme und der Beschlussfähigkeit "
    "(Art. 6 Abs. 1 lit. b DSGVO).",
    "Die Liste wird vertraulich aufbewahrt und nach Ablauf der Aufbewahrungsfrist gelöscht.",
)
_NOTE_OTHER = (
    "Datenschutz: Die Angaben dienen dem Nachweis der Teilnahme (Art. 6 Abs. 1 lit. f DSGVO).",
    "Die Liste wird vertraulich aufbewahrt und nach Ablauf der Aufbewahrungsfrist gelöscht.",
)


# --- shared pieces -------------------------------------------------------------------


def weekday_date(day: dt.date) -> str:
    """``Dienstag, 08.12.2026``."""
    return f"{WEEKDAYS[day.weekday()]}, {format_date(day)}"


def _clock(moment: dt.datetime) -> str:
    return f"{moment:%H:%M}"


def meeting_time(meeting: MeetingView) -> str:
    """``19:00–21:00 Uhr``, ``ab 19:00 Uhr`` without an end, and for several days
    ``10:00 Uhr (05.12.2026) bis 16:00 Uhr (06.12.2026)``."""
    start, end = meeting.starts_at, meeting.ends_at
    if end is None:
        return f"ab {_clock(start)} Uhr"
    if end.date() == start.date():
        return f"{_clock(start)}–{_clock(end)} Uhr"
    return (
        f"{_clock(start)} Uhr ({format_date(start.date())}) bis "
        f"{_clock(end)} Uhr ({format_date(end.date())})"
    )


def meeting_days(meeting: MeetingView) -> list[dt.date]:
    """The calendar days the meeting is held on (one list per day is printed)."""
    first = meeting.starts_at.date()
    end = meeting.ends_at
    if end is None:
        return [first]
    last = end.date()
    if last > first and end.time() <= EVENING_ENDS:
        last -= dt.timedelta(days=1)  # a late evening, not another day
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def duration(minutes: int) -> str:
    """``45 Min.``, ``2 Std.``, ``1 Std. 30 Min.``."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} Min."
    if not rest:
        return f"{format_number(hours)} Std."
    return f"{format_number(hours)} Std. {rest} Min."


def _kind_and_title(meeting: MeetingView) -> str:
    """``Plenum: Zukunft des Gartens``; the title alone when it names the kind already
    ("Mitgliederversammlung 2026")."""
    label = KIND_LABELS[meeting.kind]
    if not meeting.title:
        return label
    if label.casefold() in meeting.title.casefold():
        return meeting.title
    return f"{label}: {meeting.title}"


def _centre_name(centre: CentreProfileView | None) -> str:
    return centre.name if centre is not None else ""


def _centre_town(centre: CentreProfileView | None) -> str:
    return centre.city.strip() if centre is not None else ""


def _place_and_date(centre: CentreProfileView | None, day: dt.date) -> str:
    town = _centre_town(centre)
    return f"{town}, {format_date(day)}" if town else format_date(day)


def _funder_line(meeting: MeetingView) -> str:
    return meeting.funder_line.strip() if meeting.is_funded_event else ""


def text_pieces(text: str, limit: int = CHUNK) -> Iterator[str]:
    """``text`` cut at its line breaks and, in a line longer than ``limit``, at the
    last space before every ``limit`` characters (or hard at ``limit`` without one).
    Empty lines come out as empty strings (a paragraph gap)."""
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        rest = line
        while len(rest) > limit:
            cut = rest.rfind(" ", limit // 2, limit)
            if cut <= 0:
                cut = limit
            yield rest[:cut]
            rest = rest[cut:].lstrip(" ")
        yield rest


def long_text(text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
    """``text`` (plain, any length) as paragraphs, line breaks kept."""
    st = style or styles().body
    tight = ParagraphStyle(f"{st.name}_tight", parent=st, spaceAfter=0, spaceBefore=0)
    flowables: list[Flowable] = []
    for piece in text_pieces(text.strip("\n")):
        if piece.strip():
            flowables.append(Paragraph(escape(piece), tight))
        else:
            flowables.append(Spacer(1, st.leading * 0.6))
    if flowables:
        flowables.append(Spacer(1, st.spaceAfter))
    return flowables


def _style(name: str, **overrides: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=styles().body, **overrides)


# --- the invitation ------------------------------------------------------------------


def write_invitation(
    path: Path,
    meeting: MeetingView,
    centre: CentreProfileView | None,
    *,
    printed_on: dt.date,
    logo: Path | None = None,
) -> Path:
    """The invitation as a letter: the centre's address block, place and date, the
    subject, the salutation, the invitation text, when and where, the agenda with the
    planned minutes and their total, the closing with the chair (or the centre) as the
    signatory; for a funded event the funder's line at the foot of the page.
    Raises ``ReportFailed`` when the file cannot be written."""
    st = styles()
    day = meeting.starts_at.date()
    subject = f"Einladung {_INVITATION_PHRASE[meeting.kind]} am {weekday_date(day)}"
    story: list[Flowable] = [
        _letterhead(meeting, centre, printed_on),
        Spacer(1, 7 * mm),
        Paragraph(
            escape(subject),
            _style("subject", fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceAfter=1),
        ),
    ]
    label = KIND_LABELS[meeting.kind]
    if meeting.title and meeting.title.casefold() != label.casefold():
        story.append(
            para(
                f"„{meeting.title}“",
                _style("subject_title", fontSize=10.5, leading=14, spaceAfter=0),
            )
        )
    text = meeting.invitation_text.strip()
    story.append(Spacer(1, 4 * mm))
    if not has_salutation(text):
        story.append(para(_SALUTATIONS[meeting.kind]))
    if text:
        story += long_text(text)
    else:
        story.append(para(f"hiermit laden wir herzlich {_INVITATION_PHRASE[meeting.kind]} ein."))
    story += [Spacer(1, 2 * mm), _when_and_where(meeting), Spacer(1, 4 * mm)]
    if meeting.agenda:
        story += [para("Tagesordnung", st.heading), _agenda_table(meeting.agenda)]
    else:
        story.append(para("Die Tagesordnung folgt."))
    story += _closing(meeting, centre)
    title = f"Einladung {label} {format_date(day)}"
    funder = _funder_line(meeting)
    return build_pdf(
        path,
        title=title,
        centre_name=_centre_name(centre),
        story=story,
        printed_on=printed_on,
        subject=f"{subject}: {meeting.title}",
        logo=logo,
        footer_lines=(funder,) if funder else (),
    )


_GREETINGS = ("liebe", "lieber", "hallo", "sehr geehrte", "guten tag", "moin", "hi ", "servus")


def has_salutation(text: str) -> bool:
    """Whether the invitation text opens with its own salutation ("Liebe Mitglieder,"):
    then the letter prints none of its own."""
    first = text.strip().split("\n", 1)[0].strip()
    return (
        len(first) <= 100 and first.endswith((",", "!")) and first.casefold().startswith(_GREETINGS)
    )


def _letterhead(
    meeting: MeetingView, centre: CentreProfileView | None, printed_on: dt.date
) -> Table:
    """Addressees on the left, the centre's address block on the right (DIN 5008 feel),
    the place and date line below it."""
    right = _style("letter_right", fontSize=9, leading=12, spaceAfter=0)
    lines: list[str] = []
    if centre is not None:
        lines.append(f"<b>{escape(centre.name)}</b>")
        town = " ".join(part for part in (centre.postal_code, centre.city) if part)
        lines += [escape(part) for part in (centre.street, town) if part]
        contact = [
            escape(f"{label} {value}")
            for label, value in (("Tel.", centre.phone), ("E-Mail", centre.email))
            if value
        ]
        if centre.website:
            contact.append(escape(centre.website))
        if contact:
            lines.append("")
            lines += contact
    addressee = _ADDRESSEES[meeting.kind]
    if meeting.kind is MeetingKind.GROUP and meeting.group_name:
        addressee = f"{addressee} „{meeting.group_name}“"
    left: list[Flowable] = [para(addressee, _style("addressee", spaceAfter=0))]
    block: list[Flowable] = [Paragraph("<br/>".join(lines), right)] if lines else []
    block += [Spacer(1, 5 * mm), para(_place_and_date(centre, printed_on), right)]
    width = content_width()
    letterhead = Table(
        [[left, block]],
        colWidths=[width * 0.45, width * 0.55],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return letterhead


def _when_and_where(meeting: MeetingView) -> Table:
    day = meeting.starts_at.date()
    days = meeting_days(meeting)
    date_text = weekday_date(day)
    if len(days) > 1:
        date_text = f"{date_text} bis {weekday_date(days[-1])}"
    pairs: list[tuple[str, str]] = [("Datum", date_text), ("Uhrzeit", meeting_time(meeting))]
    pairs.append(("Ort", meeting.place or "wird noch bekannt gegeben"))
    if meeting.chair_name:
        pairs.append(("Sitzungsleitung", meeting.chair_name))
    return key_value_table(pairs, key_width=0.22)


def _agenda_table(agenda: Sequence[AgendaItemView]) -> Table:
    st = styles()
    rows: list[list[str | Flowable]] = [
        [
            str(item.number),
            item.title,
            item.presenter,
            duration(item.planned_minutes) if item.planned_minutes else "",
        ]
        for item in agenda
    ]
    planned = [item.planned_minutes for item in agenda if item.planned_minutes]
    if planned:
        bold = ParagraphStyle("agenda_total", parent=st.cell, fontName=FONT_BOLD)
        bold_right = ParagraphStyle("agenda_total_right", parent=bold, alignment=TA_RIGHT)
        rows.append(
            [
                "",
                Paragraph("Geplante Dauer insgesamt", bold),
                "",
                Paragraph(escape(duration(sum(planned))), bold_right),
            ]
        )
    return table(
        ["TOP", "Punkt", "Wer", "Dauer"],
        rows,
        widths=[0.7, 5.6, 2.6, 2.0],
        align_right=(0, 3),
    )


def _closing(meeting: MeetingView, centre: CentreProfileView | None) -> list[Flowable]:
    signatory = meeting.chair_name or _centre_name(centre)
    block: list[Flowable] = [
        Spacer(1, 4 * mm),
        para("Mit freundlichen Grüßen"),
        Spacer(1, 10 * mm),
    ]
    if signatory:
        block.append(para(signatory, _style("signatory", spaceAfter=0)))
    if meeting.chair_name and centre is not None and centre.name:
        block.append(para(f"für {centre.name}", styles().small))
    return [KeepTogether(block)]


# --- the attendance list --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Listed:
    first_name: str
    last_name: str
    organisation: str


def _listed_people(meeting: MeetingView) -> list[_Listed]:
    """The invitees and whoever is already recorded as attending (not twice), sorted
    by last and first name in German order."""
    people: dict[object, _Listed] = {}
    for ref in meeting.invitees:
        people[("person", ref.id)] = _Listed(ref.first_name, ref.last_name, ref.organisation)
    for attendee in meeting.attendance:
        key: object = (
            ("person", attendee.person_id)
            if attendee.person_id is not None
            else ("guest", attendee.first_name, attendee.last_name)
        )
        if key not in people:
            people[key] = _Listed(attendee.first_name, attendee.last_name, attendee.organisation)
    return sorted(
        people.values(),
        key=lambda p: (sort_key(p.last_name), sort_key(p.first_name), p.last_name),
    )


def shows_organisation(meeting: MeetingView) -> bool:
    """Whether the attendance list has an "Organisation" column (see the module)."""
    if meeting.is_funded_event or meeting.kind is MeetingKind.PUBLIC_EVENT:
        return True
    return any(person.organisation.strip() for person in _listed_people(meeting))


def privacy_note(meeting: MeetingView) -> tuple[str, ...]:
    """The two lines at the foot of every page of the attendance list."""
    if meeting.is_funded_event:
        return _NOTE_FUNDED
    if meeting.kind in (MeetingKind.GENERAL_ASSEMBLY, MeetingKind.BOARD):
        return _NOTE_MEMBERS
    return _NOTE_OTHER


def write_attendance_list(
    path: Path,
    meeting: MeetingView,
    centre: CentreProfileView | None,
    *,
    printed_on: dt.date,
    empty_rows: int | None = None,
    logo: Path | None = None,
) -> Path:
    """The list to sign at the door, printed before the event (see the module's
    docstring for its rules). ``empty_rows``: at least this many empty rows per day
    (default 10); the last page of each day is filled with empty rows either way.
    Raises ``ReportFailed`` when the file cannot be written."""
    minimum = DEFAULT_EMPTY_ROWS if empty_rows is None else max(0, empty_rows)
    people = _listed_people(meeting)
    organisation = shows_organisation(meeting)
    note = privacy_note(meeting)
    days = meeting_days(meeting)
    body_height = content_height(footer_lines=len(note))
    story: list[Flowable] = []
    for day_index, day in enumerate(days):
        sheets = _sheets(
            people,
            minimum,
            full=_rows_fitting(
                meeting,
                centre,
                day,
                days,
                organisation=organisation,
                body_height=body_height,
                tail=False,
            ),
            last=_rows_fitting(
                meeting,
                centre,
                day,
                days,
                organisation=organisation,
                body_height=body_height,
                tail=True,
            ),
        )
        number = 0
        for sheet_index, rows in enumerate(sheets):
            is_last = sheet_index == len(sheets) - 1
            story += _attendance_head(
                meeting, centre, day, days, sheet=sheet_index + 1, sheets=len(sheets)
            )
            story.append(_attendance_table(rows, number, organisation))
            number += len(rows)
            if is_last and _counts_children(meeting):
                story += _attendance_tail(meeting)
            if not (is_last and day_index == len(days) - 1):
                story.append(PageBreak())
    label = "Teilnehmendenliste" if _is_public(meeting) else "Anwesenheitsliste"
    return build_pdf(
        path,
        title=f"{label} {KIND_LABELS[meeting.kind]} {format_date(days[0])}",
        centre_name=_centre_name(centre),
        story=story,
        printed_on=printed_on,
        subject=f"{label}: {meeting.title}",
        logo=logo,
        footer_lines=note,
    )


def _is_public(meeting: MeetingView) -> bool:
    return meeting.is_funded_event or meeting.kind is MeetingKind.PUBLIC_EVENT


def _sheets(
    people: Sequence[_Listed | None], minimum: int, *, full: int, last: int
) -> list[list[_Listed | None]]:
    """The rows of each page of one day: the people first, then empty rows (``None``):
    at least ``minimum`` of them and as many as fill the last page. ``full`` rows fit on
    a page, ``last`` on the last page (which also has the line for the children)."""
    full, last = max(1, full), max(1, last)
    queue = list(people)
    empties_due = minimum
    sheets: list[list[_Listed | None]] = []
    while True:
        if len(queue) + empties_due <= last:
            sheets.append([*queue, *([None] * (last - len(queue)))])
            return sheets
        taken: list[_Listed | None] = list(queue[:full])
        del queue[:full]
        blanks = full - len(taken)
        taken += [None] * blanks
        empties_due = max(0, empties_due - blanks)
        sheets.append(taken)


def _attendance_title(meeting: MeetingView) -> str:
    label = "Teilnehmendenliste" if _is_public(meeting) else "Anwesenheitsliste"
    return label


def _attendance_head(
    meeting: MeetingView,
    centre: CentreProfileView | None,
    day: dt.date,
    days: Sequence[dt.date],
    *,
    sheet: int,
    sheets: int,
) -> list[Flowable]:
    st = styles()
    title = _attendance_title(meeting)
    if sheets > 1:
        title = f"{title} – Blatt {sheet} von {sheets}"
    date_text = weekday_date(day)
    if len(days) > 1:
        date_text = f"{date_text} (Tag {days.index(day) + 1} von {len(days)})"
    pairs: list[tuple[str, str]] = [
        ("Veranstaltung", _kind_and_title(meeting)),
        ("Datum", date_text),
        ("Uhrzeit", meeting_time(meeting)),
        ("Ort", meeting.place or "–"),
    ]
    if _is_public(meeting) and centre is not None and centre.name:
        pairs.append(("Veranstalter", centre.name))
    funder = _funder_line(meeting)
    if funder:
        pairs.append(("Förderung", funder))
    return [
        para(title, st.title),
        Spacer(1, 2 * mm),
        key_value_table(pairs, key_width=0.22),
        Spacer(1, 4 * mm),
    ]


def _counts_children(meeting: MeetingView) -> bool:
    """Children may come to everything but the board's and the members' meetings (and
    to those too, when some were counted)."""
    members_only = meeting.kind in (MeetingKind.BOARD, MeetingKind.GENERAL_ASSEMBLY)
    return not members_only or bool(meeting.children or meeting.supervising_adult.strip())


def _attendance_tail(meeting: MeetingView) -> list[Flowable]:
    """Under the last page of each day: children are only counted (no names), with
    the adult in charge of them."""
    adult = meeting.supervising_adult.strip()
    return [
        Spacer(1, 4 * mm),
        para(
            "Kinder (nur Anzahl): ________      Aufsichtsperson: "
            + (adult or "______________________________"),
            _style("tail", fontSize=9, spaceAfter=0),
        ),
    ]


def _attendance_table(rows: Sequence[_Listed | None], start: int, organisation: bool) -> Table:
    """The rows to sign, 10 mm each, numbered from ``start + 1``; the head row repeats
    if a table should ever run over a page (the pages are cut before, see _sheets)."""
    st = styles()
    header = ["Nr.", "Vorname", "Nachname", *(["Organisation"] if organisation else [])]
    header.append("Unterschrift")
    weights = [0.8, 3.0, 3.2, *([3.2] if organisation else []), 4.6]
    width = content_width()
    widths = [width * weight / sum(weights) for weight in weights]
    number_style = ParagraphStyle("row_number", parent=st.cell_right, textColor=MUTED)
    data: list[list[Flowable | str]] = [
        [Paragraph(escape(text), st.header_cell) for text in header]
    ]
    for offset, person in enumerate(rows, start=start + 1):
        names = (
            ["", "", *([""] if organisation else [])]
            if person is None
            else [
                person.first_name,
                person.last_name,
                *([person.organisation] if organisation else []),
            ]
        )
        data.append(
            [
                Paragraph(str(offset), number_style),
                *(Paragraph(escape(name), st.cell) for name in names),
                "",
            ]
        )
    return Table(
        data,
        colWidths=widths,
        rowHeights=[None, *([ROW_HEIGHT] * len(rows))],
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("VALIGN", (0, 0), (-1, 0), "TOP"),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("GRID", (0, 1), (-1, -1), 0.5, RULE),
                ("BOX", (0, 0), (-1, -1), 0.75, ACCENT),
            ]
        ),
    )


def _rows_fitting(
    meeting: MeetingView,
    centre: CentreProfileView | None,
    day: dt.date,
    days: Sequence[dt.date],
    *,
    organisation: bool,
    body_height: float,
    tail: bool,
) -> int:
    """How many 10 mm rows fit on a page of ``day`` under its head (and the tail)."""
    width = content_width()
    used = 0.0
    flowables = [
        *_attendance_head(meeting, centre, day, days, sheet=2, sheets=2),
        _attendance_table([], 0, organisation),
    ]
    if tail and _counts_children(meeting):
        flowables += _attendance_tail(meeting)
    for flowable in flowables:
        _w, height = flowable.wrap(width, body_height)
        used += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    spare = body_height - used - 6  # a few points of slack against rounding
    return max(1, math.floor(spare / float(ROW_HEIGHT)))


# --- the minutes ------------------------------------------------------------------------


def write_minutes(
    path: Path,
    meeting: MeetingView,
    centre: CentreProfileView | None,
    *,
    printed_on: dt.date,
    logo: Path | None = None,
) -> Path:
    """The minutes: the head (meeting, date, time, place, chair, minute taker, who was
    there, quorum for an assembly), the general remarks, every agenda item in order
    with its text and its decisions in shaded boxes, the decisions without an item, the
    action items, and the signature lines. Raises ``ReportFailed``."""
    st = styles()
    day = meeting.starts_at.date()
    label = KIND_LABELS[meeting.kind]
    heading = f"Protokoll {_MINUTES_PHRASE[meeting.kind]}"
    subtitle = meeting.title if meeting.title.casefold() != label.casefold() else ""
    story: list[Flowable] = [para(heading, st.title)]
    if subtitle:
        story.append(para(subtitle, st.subtitle))
    else:
        story.append(Spacer(1, 6))
    story += [_minutes_head(meeting), Spacer(1, 3 * mm)]
    if meeting.minutes_text.strip():
        story += [para("Allgemeines", st.heading), *long_text(meeting.minutes_text)]
    by_item: dict[int, list[DecisionView]] = {}
    loose: list[DecisionView] = []
    known = {item.id for item in meeting.agenda}
    for decision in meeting.decisions:
        if decision.agenda_item_id in known and decision.agenda_item_id is not None:
            by_item.setdefault(decision.agenda_item_id, []).append(decision)
        else:
            loose.append(decision)
    if meeting.agenda:
        story.append(para("Tagesordnung", st.heading))
    for item in meeting.agenda:
        story += _agenda_item_minutes(item, by_item.get(item.id, []))
    if loose:
        title = "Weitere Beschlüsse" if meeting.agenda else "Beschlüsse"
        story.append(para(title, st.heading))
        for decision in loose:
            story += [_decision_box(decision), Spacer(1, 3 * mm)]
    story += _action_items(meeting)
    story += _signatures(meeting, centre)
    return build_pdf(
        path,
        title=f"Protokoll {label} {format_date(day)}",
        centre_name=_centre_name(centre),
        story=story,
        printed_on=printed_on,
        subject=f"{heading}: {meeting.title}",
        logo=logo,
    )


def attendance_summary(meeting: MeetingView) -> str:
    """``14 Personen (2 davon Gäste), dazu 3 ohne Namen und 2 Kinder``."""
    named = len(meeting.attendance)
    guests = sum(1 for a in meeting.attendance if a.is_guest)
    text = "1 Person" if named == 1 else f"{format_number(named)} Personen"
    if guests:
        text += f" (davon {'1 Gast' if guests == 1 else f'{guests} Gäste'})"
    extra: list[str] = []
    if meeting.anonymous_visitors:
        extra.append(f"{format_number(meeting.anonymous_visitors)} ohne Namen")
    if meeting.children:
        n = meeting.children
        extra.append("1 Kind" if n == 1 else f"{format_number(n)} Kinder")
    if extra:
        text += ", dazu " + " und ".join(extra)
    return text


def _minutes_head(meeting: MeetingView) -> Table:
    days = meeting_days(meeting)
    date_text = weekday_date(days[0])
    if len(days) > 1:
        date_text = f"{date_text} bis {weekday_date(days[-1])}"
    pairs: list[tuple[str, str]] = [
        ("Datum", date_text),
        ("Uhrzeit", meeting_time(meeting)),
        ("Ort", meeting.place or "–"),
        ("Sitzungsleitung", meeting.chair_name or "–"),
        ("Protokoll", meeting.minute_taker_name or "–"),
        ("Anwesend", attendance_summary(meeting)),
    ]
    quorum = meeting.quorum
    if quorum is not None:
        answer = "ja" if quorum.reached else "nein"
        if quorum.required:
            detail = (
                f"{format_number(quorum.present)} von {format_number(quorum.eligible)} "
                f"Mitgliedern anwesend, nötig: {format_number(quorum.required)}"
            )
        else:
            detail = quorum.rule_text
        pairs.append(("Beschlussfähig", f"{answer} ({detail})"))
    return key_value_table(pairs, key_width=0.22)


def _agenda_item_minutes(item: AgendaItemView, decisions: Sequence[DecisionView]) -> list[Flowable]:
    st = styles()
    head = f"TOP {item.number}: {item.title}"
    flowables: list[Flowable] = [CondPageBreak(30 * mm), para(head, st.subheading)]
    if item.presenter:
        flowables.append(
            para(item.presenter, ParagraphStyle("presenter", parent=st.small, spaceAfter=2))
        )
    if item.minutes_text.strip():
        flowables += long_text(item.minutes_text)
    else:
        flowables.append(para("Kein Protokolltext.", st.small))
    for decision in decisions:
        flowables += [_decision_box(decision), Spacer(1, 3 * mm)]
    return flowables


def votes_line(decision: DecisionView) -> str:
    """``Ja 12 · Nein 3 · Enthaltung 1 — angenommen`` (only the result without votes)."""
    result = RESULT_LABELS[decision.result]
    if decision.votes_yes or decision.votes_no or decision.votes_abstain:
        return (
            f"Ja {decision.votes_yes} · Nein {decision.votes_no} · "
            f"Enthaltung {decision.votes_abstain} — {result}"
        )
    return f"Ergebnis: {result}"


def _decision_box(decision: DecisionView) -> Table:
    """A shaded box with an edge on the left: the decision's text and its votes. Each
    paragraph of the text is a row, so a long decision may run over a page."""
    st = styles()
    cell = ParagraphStyle("decision", parent=st.body, spaceAfter=0)
    pieces = list(text_pieces(decision.text.strip())) or [""]
    rows: list[list[Flowable]] = []
    for index, piece in enumerate(pieces):
        markup = escape(piece) if piece.strip() else "&nbsp;"
        if index == 0:
            markup = f"<b>Beschluss:</b> {markup}"
        rows.append([Paragraph(markup, cell)])
    rows.append(
        [
            Paragraph(
                f"<b>{escape(votes_line(decision))}</b>",
                ParagraphStyle("votes", parent=cell, textColor=INK, spaceBefore=3),
            )
        ]
    )
    width = content_width()
    return Table(
        rows,
        colWidths=[width],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), DECISION_SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 3, DECISION_EDGE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        ),
    )


def _action_items(meeting: MeetingView) -> list[Flowable]:
    st = styles()
    if not meeting.action_items:
        return []
    numbers = {item.id: item.number for item in meeting.agenda}  # agenda_number may be unset
    rows: list[list[str | Flowable]] = []
    for action in meeting.action_items:
        rows.append(
            [
                _action_text(action, numbers),
                action.owner_name or "–",
                format_date(action.due_date) or "–",
                format_date(action.done_on) if action.done_on else "☐",
            ]
        )
    result = table(
        ["Was", "Wer", "Bis wann", "erledigt"],
        rows,
        widths=[6.2, 2.6, 1.6, 1.6],
    )
    result.splitInRow = 1  # a long task may run over a page
    return [para("Aufgaben", st.heading), result]


def _action_text(action: ActionItemView, numbers: dict[int, int]) -> Flowable:
    st = styles()
    markup = escape(action.description)
    number = action.agenda_number
    if number is None and action.agenda_item_id is not None:
        number = numbers.get(action.agenda_item_id)
    if number is not None:
        grey = f"#{MUTED.hexval()[2:]}"
        markup += f'<br/><font color="{grey}" size="7.5">zu TOP {number}</font>'
    return Paragraph(markup, st.cell)


def _signatures(meeting: MeetingView, centre: CentreProfileView | None) -> list[Flowable]:
    """Two lines to sign, the place printed on the line ("Stuttgart, den"), under each
    line what is signed and by whom."""
    st = styles()
    width = content_width()
    small = ParagraphStyle("signature", parent=st.small, textColor=INK)
    town = _centre_town(centre)
    on_line = para(f"{town}, den", small) if town else ""
    what = "Datum und Unterschrift" if town else "Ort, Datum und Unterschrift"
    cells = [
        Paragraph(
            escape(f"{what} {role}") + (f"<br/><b>{escape(name)}</b>" if name else ""),
            small,
        )
        for role, name in (
            ("Sitzungsleitung", meeting.chair_name),
            ("Protokoll", meeting.minute_taker_name),
        )
    ]
    gap = 12 * mm
    column = (width - gap) / 2
    block = Table(
        [[on_line, "", on_line], [cells[0], "", cells[1]]],
        colWidths=[column, gap, column],
        rowHeights=[15 * mm, None],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("LINEABOVE", (0, 1), (0, 1), 0.75, INK),
                ("LINEABOVE", (2, 1), (2, 1), 0.75, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
            ]
        ),
    )
    return [Spacer(1, 2 * mm), KeepTogether([para("Unterschriften", st.heading), block])]


__all__ = [
    "attendance_summary",
    "duration",
    "meeting_days",
    "meeting_time",
    "write_attendance_list",
    "write_invitation",
    "write_minutes",
]
