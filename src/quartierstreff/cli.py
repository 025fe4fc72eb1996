"""The ``quartierstreff`` command: no command opens the GUI, commands drive the services.

Errors are one clear German line on stderr and a non-zero exit code, never a
traceback; unexpected errors are logged with their traceback to the data directory.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from quartierstreff import __version__, clock, config, paths
from quartierstreff.db.engine import Database
from quartierstreff.db.open import open_database
from quartierstreff.messages import describe, describe_problem
from quartierstreff.services import maintenance
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.users import actor_without_login

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2

log = logging.getLogger("quartierstreff")

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


def _open_gui(database: Database) -> int:
    from quartierstreff.app import run  # noqa: TID251 - the one place the CLI starts Qt

    return run(database)


def _configure_logging() -> None:
    logs = paths.data_dir() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(logs / "quartierstreff.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _configure_logging()
        url = config.database_url(args.database)
        # `check` inspects the database as it is; everything else brings it to head first.
        database = open_database(
            url,
            paths.backups_dir(),
            migrate=args.command != "check",
            create=args.command != "check",
        )
    except QuartierstreffError as error:
        return _fail(error)
    try:
        handler: Command | None = getattr(args, "handler", None)
        if handler is None:
            return _open_gui(database)
        return handler(args, database)
    except QuartierstreffError as error:
        return _fail(error)
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(
            "Fehler: Ein unerwarteter Fehler ist aufgetreten. Einzelheiten stehen im Protokoll "
            f"{paths.data_dir() / 'logs' / 'quartierstreff.log'}.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    finally:
        database.close()


def _fail(error: QuartierstreffError) -> int:
    print(f"Fehler: {describe(error)}", file=sys.stderr)
    return EXIT_PROBLEM
