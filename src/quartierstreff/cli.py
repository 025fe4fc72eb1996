"""The ``quartierstreff`` command: no command opens the GUI, commands drive the services.

Errors are one clear German line on stderr and a non-zero exit code, never a
traceback; unexpected errors are logged with their traceback to the data directory.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.engine import URL

from quartierstreff import __version__, clock, config, paths
from quartierstreff.db.engine import Database
from quartierstreff.db.migrate import current_revision
from quartierstreff.db.models import Role
from quartierstreff.db.open import open_database
from quartierstreff.logs import PACKAGE_LOGGER, attach_file_handler
from quartierstreff.messages import describe, describe_problem
from quartierstreff.services import backup as backup_service
from quartierstreff.services import maintenance, users
from quartierstreff.services.errors import (
    DatabaseCorrupt,
    DatabaseForeign,
    DatabaseUnavailable,
    FieldInvalid,
    LoginRequired,
    NotFound,
    PasswordMissing,
    QuartierstreffError,
    SchemaTooNew,
)
from quartierstreff.services.security import NO_LOGIN_ACTOR, Actor

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2

PASSWORD_ENV = "QUARTIERSTREFF_PASSWORD"
"""The password of ``--user``, for scripts (otherwise it is asked for)."""
NEW_PASSWORD_ENV = "QUARTIERSTREFF_NEW_PASSWORD"
"""The new password for ``users add`` and ``users password``, for scripts."""

log = logging.getLogger(PACKAGE_LOGGER)

Command = Callable[[argparse.Namespace, Database], int]


class _Parser(argparse.ArgumentParser):
    """argparse with German usage lines and its own help option."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._optionals.title = "Optionen"
        self.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "Aufruf:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "Aufruf:", 1)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: Fehler: {_german(message)}\n")


_ARGPARSE_GERMAN = (
    (re.compile(r"^the following arguments are required: (.*)$"), r"es fehlt: \1"),
    (
        re.compile(r"^argument (.*): invalid choice: (.*) \(choose from (.*)\)$"),
        r"\1: \2 gibt es nicht (möglich: \3)",
    ),
    (re.compile(r"^unrecognized arguments: (.*)$"), r"unbekannt: \1"),
    (re.compile(r"^argument (.*): expected one argument$"), r"\1 braucht einen Wert"),
    (re.compile(r"^argument (.*): not allowed with argument (.*)$"), r"\1 geht nicht mit \2"),
)


def _german(message: str) -> str:
    """argparse's few usage errors in German (its own texts are English)."""
    for pattern, replacement in _ARGPARSE_GERMAN:
        if pattern.match(message):
            return pattern.sub(replacement, message)
    return message


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
        "--user",
        metavar="NAME",
        help="als dieser Benutzer anmelden — nötig, sobald es Benutzer gibt, für Befehle mit "
        f"Personen- oder Finanzdaten; das Passwort wird abgefragt oder aus ${PASSWORD_ENV} "
        "gelesen",
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

    _add_user_commands(commands)
    # Commands of the feature areas live in their own modules (they import this one).
    from quartierstreff import (
        cli_applications,
        cli_bookings,
        cli_meetings,
        cli_members,
        cli_programmes,
        cli_reports,
    )

    cli_members.add_commands(commands)
    cli_bookings.add_commands(commands)
    cli_meetings.add_commands(commands)
    cli_applications.add_commands(commands)
    cli_programmes.add_commands(commands)
    cli_reports.add_commands(commands)
    return parser


_ROLE_NAMES = {
    "ehrenamt": Role.VOLUNTEER,
    "kasse": Role.TREASURER,
    "koordination": Role.COORDINATOR,
    "admin": Role.ADMIN,
}
_ROLE_LABELS = {role: name.capitalize() for name, role in _ROLE_NAMES.items()}


def _add_user_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    users = commands.add_parser(
        "users",
        help="Benutzer anlegen, ändern und auflisten",
        description="Benutzer und Rollen: Ehrenamt (Belegungen, Treffen, Namen und Telefon), "
        "Kasse (Finanzen, Belege, Förderberichte), Koordination (alles außer Benutzern) und "
        "Admin (alles). Solange es keine Benutzer gibt, braucht es keine Anmeldung; der "
        "erste Benutzer muss Admin sein. Danach dürfen nur Admins Benutzer verwalten.",
    )
    actions = users.add_subparsers(
        title="Befehle", dest="users_command", metavar="BEFEHL", parser_class=_Parser
    )
    actions.required = True
    roles = ", ".join(_ROLE_NAMES)

    listing = actions.add_parser("list", help="alle Benutzer auflisten")
    listing.set_defaults(handler=_cmd_users_list)

    add = actions.add_parser(
        "add",
        help="einen Benutzer anlegen",
        description="Legt einen Benutzer an. Das Passwort (mindestens 8 Zeichen) wird "
        f"zweimal abgefragt oder aus ${NEW_PASSWORD_ENV} gelesen.",
    )
    add.add_argument("name", metavar="NAME", help="Benutzername (klein, ohne Leerzeichen)")
    add.add_argument("--role", metavar="ROLLE", required=True, choices=_ROLE_NAMES, help=roles)
    add.add_argument("--display-name", metavar="TEXT", default="", help="voller Name")
    add.set_defaults(handler=_cmd_users_add)

    change = actions.add_parser("set", help="Rolle, Name oder Aktivsein eines Benutzers ändern")
    change.add_argument("name", metavar="NAME", help="Benutzername")
    change.add_argument("--role", metavar="ROLLE", choices=_ROLE_NAMES, help=roles)
    change.add_argument("--display-name", metavar="TEXT", help="voller Name")
    active = change.add_mutually_exclusive_group()
    active.add_argument(
        "--deactivate", action="store_true", help="Anmeldung sperren (Einträge bleiben erhalten)"
    )
    active.add_argument("--activate", action="store_true", help="Anmeldung wieder erlauben")
    change.set_defaults(handler=_cmd_users_set)

    password = actions.add_parser(
        "password",
        help="ein neues Passwort setzen",
        description="Setzt ein neues Passwort (zweimal abgefragt oder aus "
        f"${NEW_PASSWORD_ENV}). Das eigene darf jeder ändern, andere nur ein Admin.",
    )
    password.add_argument("name", metavar="NAME", help="Benutzername")
    password.set_defaults(handler=_cmd_users_password)


Parser = _Parser
"""The parser class for subcommands of the feature modules (``cli_*.py``)."""


# --- who is acting --------------------------------------------------------------


def _login(args: argparse.Namespace, database: Database) -> Actor:
    """The acting user: nobody needs to log in while the database has no users; after
    that, ``--user`` and the password. A failed attempt is committed before it is
    reported, so that repeated failures slow further attempts down."""
    with database.unit_of_work() as session:
        if not users.login_needed(session):
            return users.actor_without_login(session)
    if not args.user:
        raise LoginRequired()
    password = args.login_password = _password(args.user)
    with database.unit_of_work() as session:
        outcome = users.attempt_login(session, args.user, password, clock.now())
    if isinstance(outcome, QuartierstreffError):
        raise outcome
    return outcome


login = _login
"""The acting user of a command (for the feature modules ``cli_*.py``)."""


def _password(username: str) -> str:
    return _secret(PASSWORD_ENV, username, f"Passwort für {username}: ", confirm=False)


def _new_password(username: str) -> str:
    return _secret(NEW_PASSWORD_ENV, username, f"Neues Passwort für {username}: ", confirm=True)


def _secret(variable: str, username: str, prompt: str, *, confirm: bool) -> str:
    """From the environment variable (scripts), else asked at the terminal; never an
    argument, which others could read in the process list."""
    secret = os.environ.get(variable)
    if secret is not None:
        return secret
    if not sys.stdin.isatty():
        raise PasswordMissing(username)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Noch einmal: ") != first:
        raise FieldInvalid("password", "mismatch")
    return first


# --- commands --------------------------------------------------------------------


def _cmd_demo(args: argparse.Namespace, database: Database) -> int:
    from quartierstreff.services.demo import load_demo

    actor = _login(args, database)
    with database.unit_of_work() as session:
        summary = load_demo(session, actor, clock.today())
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
    actor = _login(args, database)
    target = args.to.expanduser() if args.to else paths.backups_dir()
    info = backup_service.create_backup(database, target, actor=actor, now=clock.now())
    print(info.path)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, url: URL) -> int:
    """Runs with the database to replace closed; it may be damaged or missing."""
    backup_service.verify_backup(args.file.expanduser())  # a bad file: refused before all
    actor = _restore_actor(args, url)
    result = backup_service.restore_backup(
        url, args.file.expanduser(), paths.backups_dir(), actor=actor, now=clock.now()
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


def _restore_actor(args: argparse.Namespace, url: URL) -> Actor:
    """Who restores: a database that opens and has users needs a log-in with the right
    to restore. A damaged or missing one cannot tell who may, and must be restorable —
    whoever can reach its file could replace it anyway."""
    try:
        database = open_database(url, paths.backups_dir(), migrate=False, create=False)
    except (DatabaseCorrupt, DatabaseForeign, DatabaseUnavailable, SchemaTooNew):
        return NO_LOGIN_ACTOR
    try:
        if current_revision(database.engine) is None:  # empty: nobody to ask
            return NO_LOGIN_ACTOR
        return _login(args, database)
    finally:
        database.close()


def _cmd_users_list(args: argparse.Namespace, database: Database) -> int:
    actor = _login(args, database)
    with database.unit_of_work() as session:
        listed = users.list_users(session, actor)
    if not listed:
        print("Es gibt noch keine Benutzer; das Programm läuft ohne Anmeldung.")
        return EXIT_OK
    width = max(len(user.username) for user in listed)
    for user in listed:
        state = "" if user.is_active else "  (deaktiviert)"
        print(
            f"{user.username:<{width}}  {_ROLE_LABELS[user.role]:<12}  {user.display_name}{state}"
        )
    return EXIT_OK


def _cmd_users_add(args: argparse.Namespace, database: Database) -> int:
    actor = _login(args, database)
    password = _new_password(args.name)
    draft = users.UserDraft(
        username=args.name,
        display_name=args.display_name,
        role=_ROLE_NAMES[args.role],
        password=password,
    )
    with database.unit_of_work() as session:
        created = users.create_user(session, actor, draft)
    print(f"Benutzer „{created.username}“ ({_ROLE_LABELS[created.role]}) angelegt.")
    return EXIT_OK


def _cmd_users_set(args: argparse.Namespace, database: Database) -> int:
    actor = _login(args, database)
    with database.unit_of_work() as session:
        current = next(
            (user for user in users.list_users(session, actor) if user.username == args.name),
            None,
        )
        if current is None:
            raise NotFound("user", args.name)
        changed = users.update_user(
            session,
            actor,
            current.username,
            display_name=current.display_name if args.display_name is None else args.display_name,
            role=current.role if args.role is None else _ROLE_NAMES[args.role],
            active=(current.is_active or args.activate) and not args.deactivate,
        )
    state = "aktiv" if changed.is_active else "deaktiviert"
    print(
        f"Benutzer „{changed.username}“: {_ROLE_LABELS[changed.role]}, "
        f"{changed.display_name}, {state}."
    )
    return EXIT_OK


def _cmd_users_password(args: argparse.Namespace, database: Database) -> int:
    actor = _login(args, database)
    own = actor.user_id is not None and actor.username == args.name.strip().lower()
    current: str | None = args.login_password if own else None
    password = _new_password(args.name)
    with database.unit_of_work() as session:
        users.change_password(session, actor, args.name, password, current=current)
    print(f"Das Passwort von „{args.name}“ ist geändert.")
    return EXIT_OK


def _open_gui(database: Database) -> int:
    from quartierstreff.app import run  # noqa: TID251 - the one place the CLI starts Qt

    return run(database)


def _open_gui_problem(error: DatabaseCorrupt | DatabaseForeign | SchemaTooNew, url: URL) -> int:
    """The database cannot be opened: the GUI explains it and offers to restore."""
    from quartierstreff.app import run_problem  # noqa: TID251 - the GUI's start, as above

    return run_problem(error, url)


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
    except (DatabaseCorrupt, DatabaseForeign, SchemaTooNew) as error:
        if getattr(args, "handler", None) is None:  # the GUI says it in a window
            problem = error
            return _run(args, lambda: _open_gui_problem(problem, url))
        return _fail(error)
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
