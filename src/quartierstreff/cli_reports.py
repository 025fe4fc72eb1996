"""``quartierstreff report …``: the PDFs from the command line."""

# ruff: noqa: T201  (a command prints its output)
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from quartierstreff import clock
from quartierstreff.cli import EXIT_OK, EXIT_PROBLEM, Parser, login
from quartierstreff.dates import UnreadableDate, format_date, parse_date
from quartierstreff.db.engine import Database
from quartierstreff.db.models import AuditAction
from quartierstreff.reports.application import write_application
from quartierstreff.reports.common import format_number
from quartierstreff.reports.meetings import (
    DEFAULT_EMPTY_ROWS,
    write_attendance_list,
    write_invitation,
    write_minutes,
)
from quartierstreff.reports.members import write_member_list
from quartierstreff.reports.processing_record import write_processing_record
from quartierstreff.reports.weekly_plan import write_door_sign, write_weekly_plan
from quartierstreff.services import audit, bookings, funding, meetings
from quartierstreff.services.centre import get_profile
from quartierstreff.services.errors import NotFound
from quartierstreff.services.meetings import MeetingView, get_meeting
from quartierstreff.services.member_list import (
    DEFAULT_COLUMNS,
    MemberListColumn,
    MemberListOptions,
    member_list,
)
from quartierstreff.services.processing_record import processing_record
from quartierstreff.services.rooms import list_rooms
from quartierstreff.services.usage import hours_of, usage_figures
from quartierstreff.services.views import CentreProfileView
from quartierstreff.services.weekly_plan import door_sign, weekly_plan

COLUMN_NAMES = {
    "anschrift": MemberListColumn.ADDRESS,
    "email": MemberListColumn.EMAIL,
    "telefon": MemberListColumn.PHONE,
    "seit": MemberListColumn.MEMBER_SINCE,
    "art": MemberListColumn.MEMBERSHIP_TYPE,
    "geburtstag": MemberListColumn.BIRTHDAY,
    "gruppen": MemberListColumn.GROUPS,
}
"""The names of the columns on the command line (German, like the rest of it)."""


def _columns(text: str) -> frozenset[MemberListColumn]:
    names = [name.strip().casefold() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in COLUMN_NAMES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unbekannte Spalte „{unknown[0]}“; möglich sind: {', '.join(COLUMN_NAMES)}"
        )
    return frozenset(COLUMN_NAMES[name] for name in names)


def _day(text: str) -> dt.date:
    try:
        day = parse_date(text)
    except UnreadableDate:
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(
            f"„{text}“ ist kein Datum; bitte z. B. 24.11.2026 oder 2026-11-24 angeben"
        )
    return day


MAX_EMPTY_ROWS = 500


def _meeting_id(text: str) -> int:
    if not text.strip().isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(
            f"„{text}“ ist keine Nummer eines Treffens; die Nummern zeigt "
            "„quartierstreff meetings list“"
        )
    return int(text)


def _application_id(text: str) -> int:
    if not text.strip().isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(
            f"„{text}“ ist keine Nummer eines Förderantrags; die Nummern zeigt "
            "„quartierstreff applications list“"
        )
    return int(text)


def _empty_rows(text: str) -> int:
    if not text.strip().isdigit() or int(text) > MAX_EMPTY_ROWS:
        raise argparse.ArgumentTypeError(
            f"„{text}“ ist keine gültige Zahl leerer Zeilen; bitte 0 bis {MAX_EMPTY_ROWS} angeben"
        )
    return int(text)


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``quartierstreff report`` and its subcommands."""
    report = commands.add_parser(
        "report",
        help="Listen und Verzeichnisse als PDF drucken",
        description="Schreibt PDF-Dateien (A4) zum Drucken.",
    )
    kinds = report.add_subparsers(
        title="Berichte", dest="report_command", metavar="BERICHT", parser_class=Parser
    )
    kinds.required = True

    members = kinds.add_parser(
        "members",
        help="Mitgliederliste als PDF",
        description="Die Mitgliederliste (alle, deren Mitgliedschaft heute besteht) als "
        "PDF. Der Name steht immer darin; weitere Spalten wählt --columns. Geburtstage "
        "erscheinen nur mit Einwilligung.",
    )
    members.add_argument(
        "--output", "-o", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei"
    )
    default = ",".join(name for name, column in COLUMN_NAMES.items() if column in DEFAULT_COLUMNS)
    members.add_argument(
        "--columns",
        metavar="SPALTEN",
        type=_columns,
        default=DEFAULT_COLUMNS,
        help=f"Spalten, durch Komma getrennt, aus: {', '.join(COLUMN_NAMES)} (sonst {default})",
    )
    members.add_argument(
        "--for-members",
        action="store_true",
        help="Liste zur Weitergabe an die Mitglieder: nur wer der Weitergabe der "
        "Mitgliederliste zugestimmt hat",
    )
    members.set_defaults(handler=_cmd_members)

    record = kinds.add_parser(
        "processing-record",
        help="Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) als PDF",
        description="Das Verzeichnis von Verarbeitungstätigkeiten nach Art. 30 DSGVO, "
        "ausgefüllt mit dem Profil des Treffs und den Einstellungen.",
    )
    record.add_argument(
        "--output", "-o", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei"
    )
    record.set_defaults(handler=_cmd_processing_record)

    weekly = kinds.add_parser(
        "weekly",
        help="Wochenplan der Räume als PDF (A4 quer, für den Aushang)",
        description="Der Wochenplan einer Kalenderwoche: Montag bis Sonntag, alle Räume, "
        "jeder Termin mit Uhrzeit und Titel; Feiertage, Ferien und Schließtage "
        "markiert. Nicht öffentliche Buchungen erscheinen ohne Titel als „Private "
        "Veranstaltung“ oder „Geschlossene Gruppe“.",
    )
    weekly.add_argument(
        "--week", required=True, metavar="JJJJ-Www", help="die Kalenderwoche, z. B. 2026-W48"
    )
    weekly.add_argument(
        "--output", "-o", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei"
    )
    weekly.set_defaults(handler=_cmd_weekly)

    sign = kinds.add_parser(
        "door-sign",
        help="Türschild eines Raums für eine Woche als PDF",
        description="Das Türschild eines Raums (A4 hoch): jeder Tag der Woche mit seinen "
        "Terminen, „frei“ an freien Tagen. Termine verbundener Räume (der ganze Saal, "
        "seine Teile) stehen mit darauf.",
    )
    sign.add_argument("--room", required=True, metavar="RAUM", help="Name oder Kürzel des Raums")
    sign.add_argument(
        "--week", required=True, metavar="JJJJ-Www", help="die Kalenderwoche, z. B. 2026-W48"
    )
    sign.add_argument(
        "--output", "-o", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei"
    )
    sign.set_defaults(handler=_cmd_door_sign)

    usage = kinds.add_parser(
        "usage-figures",
        help="Nutzungszahlen der Räume als Tabellen (tabulatorgetrennt)",
        description="Stunden je Raum mit Öffnungsstunden und Auslastung, Stunden und "
        "Termine je Gruppe, Termine und erwartete Besucher je Monat für einen Zeitraum. "
        "Eine Buchung des ganzen Saals zählt für den Saal, nicht für seine Teile.",
    )
    usage.add_argument(
        "--from", dest="first", metavar="DATUM", type=_day, required=True, help="erster Tag"
    )
    usage.add_argument(
        "--to", dest="last", metavar="DATUM", type=_day, required=True, help="letzter Tag"
    )
    usage.set_defaults(handler=_cmd_usage_figures)

    invitation = kinds.add_parser(
        "invitation",
        help="Einladung zu einem Treffen als PDF (Brief mit Tagesordnung)",
        description="Die Einladung zu einem Treffen als Brief: Anschrift des Treffs, Ort "
        "und Datum, Betreff, Einladungstext, wann und wo, die Tagesordnung mit der "
        "geplanten Dauer und Grüße der Sitzungsleitung.",
    )
    _meeting_arguments(invitation)
    invitation.set_defaults(handler=_cmd_invitation)

    attendance = kinds.add_parser(
        "attendance",
        help="Anwesenheitsliste eines Treffens zum Unterschreiben als PDF",
        description="Die Liste zum Unterschreiben, vor dem Treffen zu drucken: Vorname, "
        "Nachname, (Organisation) und Unterschrift; die Eingeladenen sind eingetragen, "
        "dazu leere Zeilen bis die Seite voll ist. Ein Blattsatz je Tag; unten ein "
        "Hinweis zum Datenschutz.",
    )
    _meeting_arguments(attendance)
    attendance.add_argument(
        "--empty-rows",
        metavar="N",
        type=_empty_rows,
        default=None,
        help=f"mindestens so viele leere Zeilen je Tag (sonst {DEFAULT_EMPTY_ROWS}); die "
        "letzte Seite wird immer mit leeren Zeilen gefüllt",
    )
    attendance.set_defaults(handler=_cmd_attendance)

    minutes = kinds.add_parser(
        "minutes",
        help="Protokoll eines Treffens als PDF",
        description="Das Protokoll: Kopf mit Datum, Ort, Sitzungsleitung, Protokoll, "
        "Anwesenden und Beschlussfähigkeit, die Tagesordnungspunkte mit ihrem Text und "
        "ihren Beschlüssen, die Aufgaben und die Zeilen für die Unterschriften.",
    )
    _meeting_arguments(minutes)
    minutes.set_defaults(handler=_cmd_minutes)

    application = kinds.add_parser(
        "application",
        help="Förderantrag als PDF zum Unterschreiben und Einreichen",
        description="Der Förderantrag als PDF (A4): Deckblatt mit Förderprogramm, "
        "Antragsteller, Projekt, Zeitraum und beantragter Summe, alle Abschnitte, der "
        "Kosten- und Finanzierungsplan mit Zwischensummen, die Anlagen und die Zeilen "
        "für die Unterschriften. Verstößt der Antrag gegen eine Regel des Programms, "
        "wird er trotzdem geschrieben, aber als Entwurf gekennzeichnet.",
    )
    application.add_argument(
        "--application",
        required=True,
        metavar="NR",
        type=_application_id,
        help="die Nummer des Antrags (siehe „quartierstreff applications list“)",
    )
    application.add_argument(
        "--output", "-o", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei"
    )
    application.set_defaults(handler=_cmd_application)


def _meeting_arguments(parser: Parser) -> None:
    parser.add_argument(
        "--meeting",
        required=True,
        metavar="NR",
        type=_meeting_id,
        help="die Nummer des Treffens (siehe „quartierstreff meetings list“)",
    )
    parser.add_argument(
        "--output", "-o", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei"
    )


def _cmd_members(args: argparse.Namespace, database: Database) -> int:
    actor = login(args, database)
    today = clock.today()
    options = MemberListOptions(columns=args.columns, for_members=args.for_members)
    path: Path = args.output.expanduser()
    with database.unit_of_work() as session:
        view = member_list(session, actor, options, today)
        # Written inside the unit of work: if the file cannot be written, the export is
        # not recorded in the audit trail either.
        write_member_list(path, view, printed_on=today)
    print(path)
    if view.left_out:
        print(
            f"{view.left_out} Mitglieder ohne Einwilligung zur Weitergabe sind nicht aufgeführt.",
            file=sys.stderr,
        )
    return EXIT_OK


def _cmd_processing_record(args: argparse.Namespace, database: Database) -> int:
    actor = login(args, database)
    today = clock.today()
    path: Path = args.output.expanduser()
    with database.unit_of_work() as session:
        view = processing_record(session, actor, today)
    write_processing_record(path, view, printed_on=today)
    print(path)
    return EXIT_OK


def _cmd_usage_figures(args: argparse.Namespace, database: Database) -> int:
    actor = login(args, database)
    first: dt.date = args.first
    last: dt.date = args.last
    with database.unit_of_work() as session:
        figures = usage_figures(session, actor, first, last + dt.timedelta(days=1))
    print(f"Nutzungszahlen\t{format_date(first)}\t{format_date(last)}")
    print()
    print("Raum\tStunden\tÖffnungsstunden\tAuslastung %")
    for room in figures.rooms:
        hours = "" if room.open_minutes is None else format_number(hours_of(room.open_minutes), 1)
        occupancy = room.occupancy_percent()
        share = "" if occupancy is None else format_number(occupancy)
        print(f"{room.name}\t{format_number(hours_of(room.minutes), 1)}\t{hours}\t{share}")
    print()
    print("Gruppe\tStunden\tTermine")
    for group in figures.groups:
        name = group.name or "ohne Gruppe"
        print(f"{name}\t{format_number(hours_of(group.minutes), 1)}\t{group.events}")
    print()
    print("Monat\tTermine\tErwartete Besucher")
    for month in figures.months:
        print(f"{month.month:02}.{month.year}\t{month.events}\t{month.expected_people}")
    return EXIT_OK


def _terms(count: int) -> str:
    return "1 Termin" if count == 1 else f"{format_number(count)} Terminen"


def _cmd_weekly(args: argparse.Namespace, database: Database) -> int:
    monday, _next = bookings.iso_week(args.week)  # a bad week is refused before log-in
    actor = login(args, database)
    today = clock.today()
    path: Path = args.output.expanduser()
    with database.unit_of_work() as session:
        plan = weekly_plan(session, actor, monday)
    write_weekly_plan(path, plan, printed_on=today)
    print(f"{plan.title} mit {_terms(plan.entry_count)} gespeichert: {path}")
    return EXIT_OK


def _cmd_door_sign(args: argparse.Namespace, database: Database) -> int:
    monday, _next = bookings.iso_week(args.week)
    actor = login(args, database)
    today = clock.today()
    path: Path = args.output.expanduser()
    with database.unit_of_work() as session:
        try:
            sign = door_sign(session, actor, args.room, monday)
        except NotFound:
            rooms = list_rooms(session, actor)
            known = ", ".join(f"{room.name} ({room.symbol})" for room in rooms)
            print(
                f"Fehler: Einen Raum „{args.room.strip()}“ gibt es nicht. "
                + (f"Räume: {known}." if rooms else "Es sind noch keine Räume angelegt."),
                file=sys.stderr,
            )
            return EXIT_PROBLEM
    count = sum(len(day) for day in sign.entries)
    write_door_sign(path, sign, printed_on=today)
    print(f"{sign.title} mit {_terms(count)} gespeichert: {path}")
    return EXIT_OK


def _count(number: int, one: str, many: str) -> str:
    return f"1 {one}" if number == 1 else f"{format_number(number)} {many}"


def _meeting_document(
    args: argparse.Namespace,
    database: Database,
    summary: str,
    write: Callable[[Path, MeetingView, CentreProfileView | None, dt.date], object],
) -> MeetingView | None:
    """Load the meeting, write its document and record the export (a list of names)
    in the audit trail; ``None`` after a German line when there is no such meeting."""
    actor = login(args, database)
    today = clock.today()
    path: Path = args.output.expanduser()
    with database.unit_of_work() as session:
        try:
            meeting = get_meeting(session, actor, args.meeting, today=today)
        except NotFound:
            print(
                f"Fehler: Ein Treffen mit der Nummer {args.meeting} gibt es nicht. Die "
                "Treffen und ihre Nummern zeigt „quartierstreff meetings list“.",
                file=sys.stderr,
            )
            return None
        centre = get_profile(session, actor)
        # Written inside the unit of work: a file that cannot be written is not recorded.
        write(path, meeting, centre, today)
        meetings.record_document(session, actor, meeting.id, summary)
    return meeting


def _on(meeting: MeetingView) -> str:
    return f"„{meeting.title}“ am {format_date(meeting.starts_at.date())}"


def _cmd_invitation(args: argparse.Namespace, database: Database) -> int:
    path: Path = args.output.expanduser()
    meeting = _meeting_document(
        args,
        database,
        meetings.DOCUMENT_INVITATION,
        lambda target, view, centre, today: write_invitation(
            target, view, centre, printed_on=today
        ),
    )
    if meeting is None:
        return EXIT_PROBLEM
    items = _count(len(meeting.agenda), "Tagesordnungspunkt", "Tagesordnungspunkten")
    print(f"Einladung zu {_on(meeting)} mit {items} gespeichert: {path}")
    if meeting.notice is not None and meeting.notice.too_short:
        print(f"Hinweis: {meeting.notice.warning}", file=sys.stderr)
    return EXIT_OK


def _cmd_attendance(args: argparse.Namespace, database: Database) -> int:
    path: Path = args.output.expanduser()
    meeting = _meeting_document(
        args,
        database,
        meetings.DOCUMENT_ATTENDANCE,
        lambda target, view, centre, today: write_attendance_list(
            target, view, centre, printed_on=today, empty_rows=args.empty_rows
        ),
    )
    if meeting is None:
        return EXIT_PROBLEM
    names = len(
        {person.id for person in meeting.invitees}
        | {a.person_id for a in meeting.attendance if a.person_id is not None}
    ) + sum(1 for a in meeting.attendance if a.person_id is None)
    print(
        f"Anwesenheitsliste für {_on(meeting)} mit {_count(names, 'Namen', 'Namen')} "
        f"gespeichert: {path}"
    )
    return EXIT_OK


def _cmd_minutes(args: argparse.Namespace, database: Database) -> int:
    path: Path = args.output.expanduser()
    meeting = _meeting_document(
        args,
        database,
        meetings.DOCUMENT_MINUTES,
        lambda target, view, centre, today: write_minutes(target, view, centre, printed_on=today),
    )
    if meeting is None:
        return EXIT_PROBLEM
    parts = [
        _count(len(meeting.agenda), "Tagesordnungspunkt", "Tagesordnungspunkten"),
        _count(len(meeting.decisions), "Beschluss", "Beschlüssen"),
        _count(len(meeting.action_items), "Aufgabe", "Aufgaben"),
    ]
    print(
        f"Protokoll zu {_on(meeting)} mit {', '.join(parts[:2])} und {parts[2]} gespeichert: {path}"
    )
    return EXIT_OK


DOCUMENT_APPLICATION = "Förderantrag als PDF"
DOCUMENT_APPLICATION_DRAFT = "Förderantrag als PDF (Entwurf)"


def _cmd_application(args: argparse.Namespace, database: Database) -> int:
    """Write the submission PDF; with a broken rule it is written all the same, marked
    as a draft, and a hint on stderr says so."""
    actor = login(args, database)
    today = clock.today()
    path: Path = args.output.expanduser()
    with database.unit_of_work() as session:
        try:
            view = funding.get_application(session, actor, args.application)
        except NotFound:
            print(
                f"Fehler: Einen Förderantrag mit der Nummer {args.application} gibt es "
                "nicht. Die Anträge und ihre Nummern zeigt „quartierstreff applications "
                "list“.",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        findings = funding.check_application(view, today=today)
        errors = [finding for finding in findings if finding.is_error]
        # Written inside the unit of work: a file that cannot be written is not recorded.
        write_application(path, view, findings, printed_on=today)
        audit.record(
            session,
            actor,
            AuditAction.EXPORT,
            "funding_application",
            str(view.id),
            summary=DOCUMENT_APPLICATION_DRAFT if errors else DOCUMENT_APPLICATION,
        )
    sections = _count(len(view.sections), "Abschnitt", "Abschnitten")
    lines = _count(len(view.plan), "Planzeile", "Planzeilen")
    label = "Entwurf des Förderantrags" if errors else "Förderantrag"
    print(f"{label} „{view.title}“ mit {sections} und {lines} gespeichert: {path}")
    if errors:
        count = _count(len(errors), "Regel", "Regeln")
        print(
            f"Hinweis: Der Antrag verstößt noch gegen {count} des Programms; das PDF ist "
            "deshalb als Entwurf gekennzeichnet und nicht einreichungsfähig. Die offenen "
            "Punkte stehen auf seiner letzten Seite; „quartierstreff applications check "
            f"{view.id}“ zeigt sie ebenfalls.",
            file=sys.stderr,
        )
    return EXIT_OK
