"""``quartierstreff bookings …``: the room calendar from the command line.

``list`` is here; ``export`` and ``import`` (iCalendar) come from
:mod:`quartierstreff.cli_ical`.
"""

# ruff: noqa: T201  (a command prints its output)
from __future__ import annotations

import argparse

from quartierstreff import cli_ical
from quartierstreff.cli import EXIT_OK, Parser, login
from quartierstreff.dates import format_date
from quartierstreff.db.engine import Database
from quartierstreff.services import bookings


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    group = commands.add_parser(
        "bookings",
        help="Raumbuchungen: auflisten, als iCalendar exportieren und importieren",
        description="Die Belegung der Räume: einzelne Buchungen und Terminserien.",
    )
    actions = group.add_subparsers(
        title="Befehle", dest="bookings_command", metavar="BEFEHL", parser_class=Parser
    )
    actions.required = True

    listing = actions.add_parser(
        "list",
        help="alle Termine einer Kalenderwoche ausgeben (für Skripte)",
        description="Gibt je Termin der Woche eine Zeile aus: Datum, Beginn, Ende, Räume, "
        "Titel, durch Tabulatoren getrennt, nach Beginn sortiert. Termine einer Serie, die "
        "ausfallen (Feiertag, Ferien, abgesagt), fehlen.",
    )
    listing.add_argument(
        "--week", required=True, metavar="JJJJ-Www", help="die Kalenderwoche, z. B. 2026-W48"
    )
    listing.set_defaults(handler=_cmd_list)

    cli_ical.add_commands(actions)


def occurrence_line(occurrence: bookings.Occurrence) -> str:
    """One tab-separated line: date, start, end, rooms, title (also for the tests that
    compare the weekly plan with this list)."""
    return "\t".join(
        (
            format_date(occurrence.day),
            f"{occurrence.starts_at:%H:%M}",
            f"{occurrence.ends_at:%H:%M}",
            occurrence.room_names,
            occurrence.title,
        )
    )


def _cmd_list(args: argparse.Namespace, database: Database) -> int:
    monday, next_monday = bookings.iso_week(args.week)  # a bad week is refused before log-in
    actor = login(args, database)
    with database.unit_of_work() as session:
        for occurrence in bookings.occurrences(session, actor, monday, next_monday):
            print(occurrence_line(occurrence))
    return EXIT_OK
