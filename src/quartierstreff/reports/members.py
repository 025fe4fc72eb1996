"""The member list as a PDF (A4, for the board or, with consent, for the members)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable

from quartierstreff.dates import format_date
from quartierstreff.reports.common import (
    build_pdf,
    format_number,
    para,
    styles,
    table,
    title_block,
)
from quartierstreff.services.member_list import MemberListColumn, MemberListEntry, MemberListView

TITLE = "Mitgliederliste"

_HEADERS = {
    MemberListColumn.ADDRESS: "Anschrift",
    MemberListColumn.EMAIL: "E-Mail",
    MemberListColumn.PHONE: "Telefon",
    MemberListColumn.MEMBER_SINCE: "Mitglied seit",
    MemberListColumn.MEMBERSHIP_TYPE: "Mitgliedsart",
    MemberListColumn.BIRTHDAY: "Geburtstag",
    MemberListColumn.GROUPS: "Gruppen",
}
_WEIGHTS = {
    MemberListColumn.ADDRESS: 3.4,
    MemberListColumn.EMAIL: 5.0,
    MemberListColumn.PHONE: 2.6,
    MemberListColumn.MEMBER_SINCE: 2.5,
    MemberListColumn.MEMBERSHIP_TYPE: 2.6,
    MemberListColumn.BIRTHDAY: 2.4,
    MemberListColumn.GROUPS: 3.8,
}
_NAME_WEIGHT = 3.4
_PORTRAIT_LIMIT = 17.5
"""More column weight than this does not fit across A4 portrait: print landscape."""

_BOARD_NOTE = (
    "Vertraulich – nur für den Vorstand. Die Liste enthält personenbezogene Daten: "
    "nicht weitergeben, nicht aushängen und nach Gebrauch vernichten."
)
_MEMBERS_NOTE = (
    "Zur Weitergabe an die Mitglieder. Aufgeführt ist nur, wer der Weitergabe der "
    "Mitgliederliste zugestimmt hat; Geburtstage nur mit Einwilligung. Bitte nicht an "
    "Dritte weitergeben und nicht für Werbung nutzen."
)


def write_member_list(path: Path, view: MemberListView, *, printed_on: dt.date) -> Path:
    """Write the member list ``view`` as a PDF to ``path``; raises ``ReportFailed``."""
    weights = [_NAME_WEIGHT, *(_WEIGHTS[column] for column in view.columns)]
    landscape = sum(weights) > _PORTRAIT_LIMIT
    count = len(view.entries)
    people = "1 Mitglied" if count == 1 else f"{format_number(count)} Mitglieder"
    title = f"{TITLE} für die Mitglieder" if view.for_members else TITLE
    story: list[Flowable] = [
        *title_block(title, f"Stand {format_date(view.as_of)} · {people}"),
        para(_MEMBERS_NOTE if view.for_members else _BOARD_NOTE, styles().small),
    ]
    if view.entries:
        header = ["Name", *(_HEADERS[column] for column in view.columns)]
        rows = [_row(entry, view.columns) for entry in view.entries]
        story.append(table(header, rows, widths=weights, landscape=landscape))
    else:
        story.append(para("Zum Stichtag gibt es keine Mitglieder, die auf dieser Liste stehen."))
    return build_pdf(
        path,
        title=title,
        centre_name=view.centre_name,
        story=story,
        printed_on=printed_on,
        landscape=landscape,
        subject=f"{title}, Stand {format_date(view.as_of)}",
    )


def _row(entry: MemberListEntry, columns: tuple[MemberListColumn, ...]) -> list[str]:
    return [entry.sort_name, *(_cell(entry, column) for column in columns)]


def _cell(entry: MemberListEntry, column: MemberListColumn) -> str:
    match column:
        case MemberListColumn.ADDRESS:
            town = " ".join(part for part in (entry.postal_code, entry.city) if part)
            return "\n".join(part for part in (entry.street, town) if part)
        case MemberListColumn.EMAIL:
            return entry.email
        case MemberListColumn.PHONE:
            return "\n".join(part for part in (entry.phone, entry.mobile) if part)
        case MemberListColumn.MEMBER_SINCE:
            return format_date(entry.member_since)
        case MemberListColumn.MEMBERSHIP_TYPE:
            return entry.membership_type
        case MemberListColumn.BIRTHDAY:
            day = entry.birthday
            return f"{day.day:02d}.{day.month:02d}." if day else ""
        case MemberListColumn.GROUPS:
            return ", ".join(entry.groups)
