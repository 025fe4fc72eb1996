"""``quartierstreff meetings …``: meetings from the command line.

The PDFs of a meeting (invitation, attendance list, minutes) are ``report`` commands
(:mod:`quartierstreff.cli_reports`).
"""

# ruff: noqa: T201  (a command prints its output)
from __future__ import annotations

import argparse
import re
import sys

from quartierstreff.cli import EXIT_OK, EXIT_PROBLEM, Parser, login
from quartierstreff.dates import format_date
from quartierstreff.db.engine import Database
from quartierstreff.db.models import MeetingKind
from quartierstreff.services import meetings

KIND_NAMES: dict[str, MeetingKind] = {
    "vorstand": MeetingKind.BOARD,
    "mitgliederversammlung": MeetingKind.GENERAL_ASSEMBLY,
    "plenum": MeetingKind.PLENARY,
    "gruppe": MeetingKind.GROUP,
    "veranstaltung": MeetingKind.PUBLIC_EVENT,
}
"""The kinds as ``--kind`` takes them (German, lower case)."""

_YEAR = re.compile(r"^\d{4}$")


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    group = commands.add_parser(
        "meetings",
        help="Treffen: auflisten",
        description="Vorstandssitzungen, Mitgliederversammlungen, Plenen, Gruppentreffen "
        "und öffentliche Veranstaltungen. Die PDFs eines Treffens (Einladung, "
        "Anwesenheitsliste, Protokoll) erstellt „quartierstreff report …“.",
    )
    actions = group.add_subparsers(
        title="Befehle", dest="meetings_command", metavar="BEFEHL", parser_class=Parser
    )
    actions.required = True

    listing = actions.add_parser(
        "list",
        help="die Treffen auflisten (für Skripte)",
        description="Gibt je Treffen eine Zeile aus: Nummer, Datum, Titel, durch "
        "Tabulatoren getrennt, nach Datum sortiert (das älteste zuerst). Die Nummer ist "
        "die, die „report invitation/attendance/minutes --meeting NUMMER“ erwarten.",
    )
    listing.add_argument("--year", metavar="JJJJ", help="nur die Treffen dieses Jahres")
    listing.add_argument(
        "--kind",
        choices=list(KIND_NAMES),
        metavar="ART",
        help="nur Treffen dieser Art: " + ", ".join(KIND_NAMES),
    )
    listing.set_defaults(handler=_cmd_list)


def _cmd_list(args: argparse.Namespace, database: Database) -> int:
    year = None
    if args.year is not None:
        if not _YEAR.match(args.year.strip()):
            print(
                f"„{args.year}“ ist keine Jahreszahl (erwartet vierstellig, z. B. 2026).",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        year = int(args.year)
    kind = KIND_NAMES[args.kind] if args.kind else None
    actor = login(args, database)
    with database.unit_of_work() as session:
        rows = meetings.list_meetings(session, actor, kind=kind, year=year)
    for row in sorted(rows, key=lambda row: (row.starts_at, row.id)):
        title = " ".join(row.title.split())  # one line, whatever the title holds
        print(f"{row.id}\t{format_date(row.starts_at.date())}\t{title}")
    return EXIT_OK
