"""``quartierstreff programmes …``: funding programme definitions for technical volunteers.

``list`` prints ``key<TAB>name<TAB>call date``, ``import`` reads a definition file (TOML,
see ``resources/programmes/README.md``), ``export`` writes one. A database without any
programme gets the shipped ones first, as the app does at start.
"""

# ruff: noqa: T201  (a command prints its output)
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quartierstreff.cli import EXIT_OK, EXIT_PROBLEM, Parser, login
from quartierstreff.db.engine import Database
from quartierstreff.services import programmes
from quartierstreff.services.errors import ProgrammeInvalid


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    group = commands.add_parser(
        "programmes",
        help="Förderprogramme: auflisten, aus einer Datei importieren, als Datei exportieren",
        description="Förderprogramme als TOML-Dateien (Format: resources/programmes/README.md).",
    )
    actions = group.add_subparsers(
        title="Befehle", dest="programmes_command", metavar="BEFEHL", parser_class=Parser
    )
    actions.required = True

    listing = actions.add_parser(
        "list",
        help="Schlüssel, Name und Stand der Ausschreibung aller Programme ausgeben",
        description="Gibt je Programm eine Zeile „Schlüssel<TAB>Name<TAB>Datum der "
        "Ausschreibung“ aus (Datum als JJJJ-MM-TT, leer wenn unbekannt), nach Namen sortiert. "
        "Deaktivierte Programme tragen am Ende „<TAB>inaktiv“.",
    )
    listing.set_defaults(handler=_cmd_list)

    importing = actions.add_parser(
        "import",
        help="ein Programm aus einer TOML-Datei übernehmen",
        description="Liest DATEI, prüft sie und legt das Programm an. Ein Fehler nennt Datei, "
        "Zeile und Feld; dann wird nichts geändert. Gibt es den Schlüssel schon, nur mit "
        "--replace (das bestehende Programm wird ersetzt, seine Anträge bleiben).",
    )
    importing.add_argument("file", metavar="DATEI", type=Path, help="die TOML-Datei")
    importing.add_argument(
        "--replace", action="store_true", help="ein Programm mit gleichem Schlüssel ersetzen"
    )
    importing.set_defaults(handler=_cmd_import)

    exporting = actions.add_parser(
        "export",
        help="ein Programm als TOML-Datei speichern",
        description="Schreibt das Programm mit SCHLÜSSEL nach DATEI (überschreibt sie).",
    )
    exporting.add_argument("key", metavar="SCHLÜSSEL", help="z. B. beteiligungstaler")
    exporting.add_argument("file", metavar="DATEI", type=Path, help="die TOML-Datei")
    exporting.set_defaults(handler=_cmd_export)


def _cmd_list(args: argparse.Namespace, database: Database) -> int:
    actor = login(args, database)
    with database.unit_of_work() as session:
        programmes.ensure_shipped_programmes(session)
        entries = programmes.list_programmes(session, actor)
    for entry in entries:
        p = entry.programme
        call = p.call_date.isoformat() if p.call_date else ""
        print(f"{p.key}\t{p.name}\t{call}" + ("" if entry.is_active else "\tinaktiv"))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, database: Database) -> int:
    file: Path = args.file.expanduser()
    if not file.is_file():
        raise ProgrammeInvalid(file.name, None, "", "missing_file", str(file))
    programme = programmes.read_programme_file(file)  # a broken file fails before logging in
    actor = login(args, database)
    with database.unit_of_work() as session:
        programmes.ensure_shipped_programmes(session)
        entry = programmes.import_programme(
            session,
            actor,
            programmes.programme_toml(programme),
            source=file.name,
            replace=args.replace,
        )
    print(f"Förderprogramm „{entry.programme.name}“ ({entry.programme.key}) übernommen.")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, database: Database) -> int:
    file: Path = args.file.expanduser()
    actor = login(args, database)
    with database.unit_of_work() as session:
        programmes.ensure_shipped_programmes(session)
        entry = programmes.get_programme_by_key(session, actor, args.key)
        text = programmes.export_programme(session, actor, entry.id)
    try:
        write_text_atomically(file, text)
    except OSError as error:
        print(
            f"Fehler: Die Datei {file} lässt sich nicht schreiben ({error.strerror or error}).",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    print(f"Förderprogramm „{entry.programme.name}“ gespeichert in {file}.")
    return EXIT_OK


def write_text_atomically(file: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``file`` through a temporary file beside it."""
    temporary = file.with_name(f".{file.name}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(file)
    finally:
        temporary.unlink(missing_ok=True)
