"""The ``quartierstreff`` command: no command opens the GUI, commands drive the services.

Errors are one clear German line on stderr and a non-zero exit code, never a
traceback; unexpected errors are logged with their traceback to the data directory.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.engine import URL

from quartierstreff import __version__, clock, config, paths
from quartierstreff.db.engine import Database
from quartierstreff.db.open import open_database
from quartierstreff.logs import PACKAGE_LOGGER, attach_file_handler
from quartierstreff.messages import describe, describe_problem
from quartierstreff.services import backup as backup_service
from quartierstreff.services import maintenance
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.users import actor_without_login

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2

log = logging.getLogger(PACKAGE_LOGGER)

Command = Callable[[argparse.Namespace, Database], int]


class _Parser(argparse.ArgumentParser):
    """argparse with German usage lines and its own help option."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._optionals.title = "Optionen"
        self.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: Fehler: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quartierstreff",
        description="Quartierstreff — Verwaltung für Bürgertreffs. "
        "Ohne Befehl öffnet sich das Programmfenster.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="Datenbank, z. B. sqlite:///pfad/treff.sqlite3 oder "
        "postgresql+psycopg://benutzer:passwort@server/treff "
        f"(sonst ${config.DATABASE_ENV}, sonst die Datei im Benutzerordner)",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Quartierstreff {__version__}",
        help="die Versionsnummer zeigen und beenden",
    )
    commands = parser.add_subparsers(
        title="Befehle", dest="command", metavar="BEFEHL", parser_class=_Parser
    )

    demo = commands.add_parser(
        "demo",
        help="eine leere Datenbank mit einem Beispiel-Treff füllen",
        description="Füllt eine leere Datenbank mit einem realistischen Beispiel-Bürgertreff "
        "(Personen, Gruppen, Räume, Belegungen, Treffen, Förderanträge). "
        "Eine Datenbank mit Daten wird nicht verändert.",
    )
    demo.set_defaults(handler=_cmd_demo)

    check = commands.add_parser(
        "check",
        help="die Datenbank prüfen",
        description="Prüft die Datenbank (Integrität, Fremdschlüssel, Schema-Version), "
        "gibt die Schema-Version und 'ok' aus; bei einem Problem endet der Befehl mit Fehlercode.",
    )
    check.set_defaults(handler=_cmd_check)

    backup = commands.add_parser(
        "backup",
        help="eine Sicherung schreiben",
        description="Schreibt eine Sicherung der Datenbank samt Belegscans in eine Datei "
        "(*.qtbackup) und gibt ihren Pfad aus. Eine Sicherung aus PostgreSQL lässt sich auch "
        "in SQLite wiederherstellen und umgekehrt.",
    )
    backup.add_argument(
        "--to",
        metavar="ORDNER",
        type=Path,
        help="in diesen Ordner schreiben (z. B. einen USB-Stick) statt in den Sicherungsordner "
        "im Benutzerordner",
    )
    backup.set_defaults(handler=_cmd_backup)

    restore = commands.add_parser(
        "restore",
        help="eine Sicherung wiederherstellen",
        description="Prüft die Sicherung DATEI vollständig und ersetzt dann die Datenbank "
        "durch sie. Die bisherige Datenbank wird vorher in den Sicherungsordner gesichert. "
        "Eine beschädigte oder fremde Datei wird abgelehnt; dann bleibt alles, wie es war.",
    )
    restore.add_argument("file", metavar="DATEI", type=Path, help="die Sicherungsdatei")
    return parser


def _cmd_demo(_args: argparse.Namespace, database: Database) -> int:
    from quartierstreff.services.demo import load_demo

    with database.unit_of_work() as session:
        summary = load_demo(session, actor_without_login(session), clock.today())
    print(f"Beispiel-Treff angelegt: {summary}")
    return EXIT_OK


def _cmd_check(_args: argparse.Namespace, database: Database) -> int:
    with database.unit_of_work() as session:
        report = maintenance.check_integrity(session)
    print(f"Schema-Version: {report.revision or 'keine'}")
    for problem in report.problems:
        print(f"Problem: {describe_problem(problem)}", file=sys.stderr)
    if not report.ok:
        return EXIT_PROBLEM
    print("ok")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace, database: Database) -> int:
    target = args.to.expanduser() if args.to else paths.backups_dir()
    info = backup_service.create_backup(database, target, now=clock.now())
    print(info.path)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, url: URL) -> int:
    """Runs without an open database (the one to replace may be damaged)."""
    result = backup_service.restore_backup(
        url, args.file.expanduser(), paths.backups_dir(), now=clock.now()
    )
    info = result.backup
    print(
        f"Wiederhergestellt: die Sicherung vom {info.created_at:%d.%m.%Y, %H:%M} Uhr "
        f"({info.rows} Einträge, {result.attachments} Anhänge) nach {result.target}."
    )
    if result.upgraded_from:
        print(f"Ihr Schema wurde von {result.upgraded_from} auf {result.revision} aktualisiert.")
    if result.safety_copy:
        print(f"Die bisherige Datenbank ist gesichert in {result.safety_copy}.")
    else:
        print("Es gab keine bisherige Datenbank, die zu sichern war.")
    return EXIT_OK


def _open_gui(database: Database) -> int:
    from quartierstreff.app import run  # noqa: TID251 - the one place the CLI starts Qt

    return run(database)


def _configure_logging() -> None:
    attach_file_handler(paths.log_file())
    log.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _configure_logging()
        url = config.database_url(args.database)
    except QuartierstreffError as error:
        return _fail(error)
    if args.command == "restore":
        # Nothing is opened: the database to replace may be damaged, and it must be closed
        # before it is swapped.
        return _run(args, lambda: _cmd_restore(args, url))
    try:
        # `check` and `backup` take the database as it is; everything else brings it to head.
        as_found = args.command in {"check", "backup"}
        database = open_database(
            url, paths.backups_dir(), migrate=not as_found, create=not as_found
        )
    except QuartierstreffError as error:
        return _fail(error)
    try:
        handler: Command | None = getattr(args, "handler", None)
        if handler is None:
            return _run(args, lambda: _open_gui(database))
        return _run(args, lambda: handler(args, database))
    finally:
        database.close()


def _run(args: argparse.Namespace, command: Callable[[], int]) -> int:
    """Run ``command``; a domain error is one German line, anything else is logged."""
    try:
        return command()
    except QuartierstreffError as error:
        return _fail(error)
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(
            "Fehler: Ein unerwarteter Fehler ist aufgetreten. Einzelheiten stehen im Protokoll "
            f"{paths.log_file()}.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM


def _fail(error: QuartierstreffError) -> int:
    print(f"Fehler: {describe(error)}", file=sys.stderr)
    return EXIT_PROBLEM
