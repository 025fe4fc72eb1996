"""``quartierstreff applications …``: funding applications from the command line.

The submission PDF is a ``report`` command (``report application --application ID``,
:mod:`quartierstreff.cli_reports`).
"""

# ruff: noqa: T201  (a command prints its output)
from __future__ import annotations

import argparse

from quartierstreff import clock
from quartierstreff.cli import EXIT_OK, EXIT_PROBLEM, Parser, login
from quartierstreff.db.engine import Database
from quartierstreff.db.models import ApplicationStatus
from quartierstreff.services import funding

STATUS_NAMES: dict[str, ApplicationStatus] = {
    "idee": ApplicationStatus.IDEA,
    "entwurf": ApplicationStatus.DRAFT,
    "eingereicht": ApplicationStatus.SUBMITTED,
    "bewilligt": ApplicationStatus.APPROVED,
    "abgelehnt": ApplicationStatus.REJECTED,
    "laufend": ApplicationStatus.IN_PROGRESS,
    "abgerechnet": ApplicationStatus.REPORTED,
    "abgeschlossen": ApplicationStatus.CLOSED,
}
"""The statuses as ``--status`` takes them (the German labels, lower case)."""

SEVERITY_PREFIX = {"error": "Fehler", "warning": "Hinweis"}


def _application_id(text: str) -> int:
    if not text.strip().isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(
            f"„{text}“ ist keine Nummer eines Förderantrags; die Nummern zeigt "
            "„quartierstreff applications list“"
        )
    return int(text)


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    group = commands.add_parser(
        "applications",
        help="Förderanträge: auflisten und prüfen",
        description="Förderanträge: auflisten und gegen die Regeln ihres Förderprogramms "
        "prüfen. Das PDF zum Einreichen erstellt „quartierstreff report application“.",
    )
    actions = group.add_subparsers(
        title="Befehle", dest="applications_command", metavar="BEFEHL", parser_class=Parser
    )
    actions.required = True

    listing = actions.add_parser(
        "list",
        help="die Förderanträge auflisten (für Skripte)",
        description="Gibt je Antrag eine Zeile aus: Nummer, Status, Titel, durch "
        "Tabulatoren getrennt, nach Nummer sortiert. Die Nummer ist die, die "
        "„applications check NUMMER“ und „report application --application NUMMER“ "
        "erwarten.",
    )
    listing.add_argument(
        "--status",
        choices=list(STATUS_NAMES),
        metavar="STATUS",
        help="nur Anträge mit diesem Status: " + ", ".join(STATUS_NAMES),
    )
    listing.set_defaults(handler=_cmd_list)

    check = actions.add_parser(
        "check",
        help="einen Antrag gegen die Regeln seines Förderprogramms prüfen",
        description="Gibt je Beanstandung eine Zeile aus, „Fehler: …“ für einen Verstoß "
        "gegen die Regeln des Programms, „Hinweis: …“ für etwas, das man sich ansehen "
        "sollte. Rückgabewert 1, wenn es mindestens einen Fehler gibt, sonst 0.",
    )
    check.add_argument(
        "application",
        metavar="NUMMER",
        type=_application_id,
        help="die Nummer des Antrags (siehe „quartierstreff applications list“)",
    )
    check.set_defaults(handler=_cmd_check)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cmd_list(args: argparse.Namespace, database: Database) -> int:
    status = STATUS_NAMES[args.status] if args.status else None
    actor = login(args, database)
    with database.unit_of_work() as session:
        rows = funding.list_applications(session, actor, status=status)
    for row in sorted(rows, key=lambda row: row.id):
        print(f"{row.id}\t{row.status_label}\t{_one_line(row.title)}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, database: Database) -> int:
    actor = login(args, database)
    with database.unit_of_work() as session:
        view = funding.get_application(session, actor, args.application)
    findings = funding.check_application(view, today=clock.today())
    if not findings:
        print("Keine Beanstandungen.")
        return EXIT_OK
    for finding in findings:
        print(f"{SEVERITY_PREFIX[finding.severity]}: {_one_line(finding.message)}")
    return EXIT_PROBLEM if funding.has_errors(findings) else EXIT_OK
