"""``quartierstreff members …``: the register of people from the command line.

``list``, ``import`` and ``export`` are here; the privacy commands (``privacy-export``,
``erase``) come from :mod:`quartierstreff.cli_privacy`.
"""

# ruff: noqa: T201  (a command prints its output)
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quartierstreff import cli_privacy, clock
from quartierstreff.cli import EXIT_OK, EXIT_PROBLEM, Parser, login
from quartierstreff.db.engine import Database
from quartierstreff.importers.people import guess_mapping
from quartierstreff.messages import describe
from quartierstreff.services import people, people_io
from quartierstreff.services.people import PeopleFilter, PersonStatus

_STATUS = {
    "member": PersonStatus.MEMBER,
    "former": PersonStatus.FORMER,
    "non-member": PersonStatus.NON_MEMBER,
}


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    members = commands.add_parser(
        "members",
        help="Personenregister: auflisten, importieren, exportieren, Datenschutz",
        description="Das Register der Personen: Mitglieder, Ansprechpersonen, Teilnehmende.",
    )
    actions = members.add_subparsers(
        title="Befehle", dest="members_command", metavar="BEFEHL", parser_class=Parser
    )
    actions.required = True

    listing = actions.add_parser(
        "list",
        help="Nummer und Name aller Personen ausgeben (für Skripte)",
        description="Gibt je Person eine Zeile „Nummer<TAB>Vorname Nachname“ aus, "
        "nach Nachnamen sortiert.",
    )
    _add_filters(listing)
    listing.set_defaults(handler=_cmd_list)

    importing = actions.add_parser(
        "import",
        help="Personen aus einer CSV- oder Excel-Datei importieren",
        description="Liest Personen aus DATEI (.csv oder .xlsx, wie Excel und LibreOffice sie "
        "speichern). Die Spalten werden an ihren Überschriften erkannt (Vorname, Nachname, "
        "Straße, PLZ, Ort, E-Mail, Telefon, Geburtsdatum, Eintritt, …). Fehlerhafte Zeilen "
        "werden als „line N: Grund“ ausgegeben (N wie in Excel, die Kopfzeile ist Zeile 1); "
        "gibt es welche, wird ohne --skip-invalid nichts importiert.",
    )
    importing.add_argument("file", metavar="DATEI", type=Path, help="die CSV- oder XLSX-Datei")
    importing.add_argument(
        "--dry-run", action="store_true", help="nur prüfen und berichten, nichts speichern"
    )
    importing.add_argument(
        "--skip-invalid",
        action="store_true",
        help="fehlerhafte Zeilen überspringen und den Rest importieren",
    )
    importing.add_argument(
        "--skip-duplicates",
        action="store_true",
        help="Zeilen auslassen, die wahrscheinlich schon im Register stehen "
        "(gleicher Name und Geburtsdatum oder gleiche E-Mail)",
    )
    importing.set_defaults(handler=_cmd_import)

    exporting = actions.add_parser(
        "export",
        help="das Register als CSV- oder Excel-Datei speichern",
        description="Schreibt die Personen nach DATEI: .csv (UTF-8, Semikolon, öffnet sich "
        "in Excel richtig) oder .xlsx. Die Datei lässt sich wieder importieren.",
    )
    exporting.add_argument("file", metavar="DATEI", type=Path, help="Zieldatei .csv oder .xlsx")
    _add_filters(exporting)
    exporting.set_defaults(handler=_cmd_export)

    cli_privacy.add_commands(actions)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--status",
        choices=_STATUS,
        help="nur Mitglieder (member), ehemalige (former) oder Nicht-Mitglieder (non-member)",
    )
    parser.add_argument("--search", metavar="TEXT", default="", help="nur Treffer der Suche")


def _filter(args: argparse.Namespace) -> PeopleFilter:
    status = _STATUS[args.status] if args.status else None
    return PeopleFilter(text=args.search, status=status)


def _cmd_list(args: argparse.Namespace, database: Database) -> int:
    actor = login(args, database)
    today = clock.today()
    with database.unit_of_work() as session:
        ids = people.find_people(session, actor, _filter(args), today=today)
        for start in range(0, len(ids), 500):
            for row in people.people_rows(session, actor, ids[start : start + 500], today=today):
                name = f"{row.first_name} {row.last_name}".strip()
                print(f"{row.id}\t{name}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, database: Database) -> int:
    actor = login(args, database)
    today = clock.today()
    table = people_io.read_file(args.file.expanduser())
    with database.unit_of_work() as session:
        custom_fields = people.people_choices(session, actor).custom_fields
        mapping = guess_mapping(table.headers, custom_fields)
        preview = people_io.preview_import(session, actor, table, mapping, today)
        for problem in preview.invalid:
            print(f"line {problem.line}: {describe(problem.problem)}")
        for duplicate in preview.duplicates:
            print(
                f"line {duplicate.line}: „{duplicate.name}“ steht wahrscheinlich schon im "
                f"Register (Nr. {duplicate.existing_id}, {duplicate.existing_name})"
                + (" – ausgelassen" if args.skip_duplicates else " – wird trotzdem importiert")
            )
        invalid = len(preview.invalid_lines)
        count = preview.to_import(skip_duplicates=args.skip_duplicates)
        if invalid and not args.skip_invalid:
            print(
                f"Fehler: Es gibt {_bad(invalid)}; es wurde nichts importiert. "
                "Bitte die Datei korrigieren oder mit --skip-invalid überspringen.",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        if args.dry_run:
            skipped = f" ({_bad(invalid)} ausgelassen)" if invalid else ""
            print(
                f"Probelauf: {_people(count)} {'würde' if count == 1 else 'würden'} importiert"
                f"{skipped}. "
                "Es wurde nichts gespeichert."
            )
            return EXIT_OK
        for kind, names in (
            ("Neue Mitgliedsarten", preview.new_membership_types),
            ("Neue Gruppen", preview.new_groups),
        ):
            if names:
                print(f"{kind}: {', '.join(names)}")
        imported = people_io.run_import(
            session,
            actor,
            preview,
            skip_invalid=args.skip_invalid,
            skip_duplicates=args.skip_duplicates,
        )
    skipped = f" {_bad(invalid)} übersprungen." if invalid else ""
    print(f"{_people(imported)} importiert.{skipped}")
    return EXIT_OK


def _bad(count: int) -> str:
    return "1 fehlerhafte Zeile" if count == 1 else f"{count} fehlerhafte Zeilen"


def _people(count: int) -> str:
    return "1 Person" if count == 1 else f"{count} Personen"


def _cmd_export(args: argparse.Namespace, database: Database) -> int:
    path: Path = args.file.expanduser()
    people_io.export_suffix(path)  # a wrong name is refused before logging in
    actor = login(args, database)
    with database.unit_of_work() as session:
        count = people_io.export_people(session, actor, _filter(args), path, clock.today())
    print(f"{_people(count)} exportiert nach {path}.")
    return EXIT_OK
