"""``quartierstreff bookings export`` and ``bookings import``: the room calendar as
iCalendar (.ics) for Thunderbird, Outlook and Google Calendar, and a group's own
calendar into the room calendar."""

# ruff: noqa: T201  (a command prints its output)
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from quartierstreff import clock
from quartierstreff.cli import EXIT_OK, EXIT_PROBLEM, Parser, login
from quartierstreff.dates import UnreadableDate, format_date, parse_date
from quartierstreff.db.engine import Database
from quartierstreff.services import groups, ical, rooms
from quartierstreff.services.ical import ImportItem, ImportStatus, LeftOut
from quartierstreff.services.security import Actor


def add_commands(actions: argparse._SubParsersAction[Parser]) -> None:
    """Add ``export`` and ``import`` to the ``bookings`` command group."""
    exporting = actions.add_parser(
        "export",
        help="Belegung als iCalendar-Datei (.ics) speichern",
        description="Speichert die Buchungen eines Zeitraums als iCalendar-Datei (.ics) für "
        "Thunderbird, Outlook oder Google Kalender. Serien werden als Serien mit ihren "
        "Ausnahmen gespeichert (auch ihre Termine nach dem Zeitraum). Ohne Angaben: von "
        "heute vor einem Monat bis in zwölf Monaten, alle Räume.",
    )
    exporting.add_argument("file", type=Path, metavar="DATEI.ics", help="die zu schreibende Datei")
    exporting.add_argument(
        "--from", dest="start", metavar="DATUM", help="erster Tag, z. B. 01.09.2026"
    )
    exporting.add_argument("--to", dest="end", metavar="DATUM", help="letzter Tag (einschließlich)")
    exporting.add_argument("--room", metavar="NAME", help="nur die Buchungen dieses Raums")
    exporting.add_argument("--group", metavar="NAME", help="nur die Buchungen dieser Gruppe")
    exporting.set_defaults(handler=_cmd_export)

    importing = actions.add_parser(
        "import",
        help="Termine aus einer iCalendar-Datei (.ics) als Buchungen übernehmen",
        description="Liest eine iCalendar-Datei (z. B. den Kalender einer Gruppe), zeigt je "
        "Termin, was daraus wird und welche Termine mit Buchungen kollidieren, und "
        "übernimmt sie in einen Raum (ein Termin, dessen Ort ein Raum des Treffs ist, in "
        "diesen). Ganztägige und abgesagte Termine werden nicht übernommen. Entweder "
        "alles oder nichts wird gespeichert.",
    )
    importing.add_argument("file", type=Path, metavar="DATEI.ics", help="die Kalenderdatei")
    importing.add_argument(
        "--room", metavar="NAME", help="der Raum für die Termine (nötig bei mehreren Räumen)"
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="nur anzeigen, was übernommen würde"
    )
    importing.add_argument(
        "--skip-conflicts",
        action="store_true",
        help="Termine, die mit Buchungen kollidieren, auslassen statt alles abzulehnen",
    )
    importing.set_defaults(handler=_cmd_import)


def _problem(text: str) -> int:
    print(f"Fehler: {text}", file=sys.stderr)
    return EXIT_PROBLEM


def _date(text: str | None, option: str) -> dt.date | None:
    try:
        return parse_date(text or "")
    except UnreadableDate:
        raise _OptionError(
            f"{option} „{text}“ ist kein Datum; bitte z. B. 24.11.2026 oder 2026-11-24 angeben."
        ) from None


class _OptionError(Exception):
    """A command-line option that cannot be used (the message is German)."""


def _room_id(session: Session, actor: Actor, name: str | None) -> int | None:
    if name is None:
        return None
    known = rooms.list_rooms(session, actor)
    wanted = name.strip().casefold()
    for room in known:
        if wanted in {room.name.casefold(), room.symbol.casefold()}:
            return room.id
    names = ", ".join(f"„{room.name}“" for room in known) or "keine"
    raise _OptionError(f"Den Raum „{name}“ gibt es nicht. Vorhandene Räume: {names}.")


def _group_id(session: Session, actor: Actor, name: str | None) -> int | None:
    if name is None:
        return None
    wanted = name.strip().casefold()
    found = [row for row in groups.list_groups(session, actor) if row.name.casefold() == wanted]
    if not found:
        raise _OptionError(f"Die Gruppe „{name}“ gibt es nicht.")
    return found[0].id


def _cmd_export(args: argparse.Namespace, database: Database) -> int:
    today = clock.today()
    try:
        start = _date(args.start, "--from") or today - relativedelta(months=1)
        last = _date(args.end, "--to") or today + relativedelta(months=12)
    except _OptionError as error:
        return _problem(str(error))
    if last < start:
        return _problem(
            f"--to ({format_date(last)}) liegt vor --from ({format_date(start)}); "
            "es wurde nichts gespeichert."
        )
    path: Path = args.file.expanduser()
    actor = login(args, database)
    with database.unit_of_work() as session:
        try:
            room_id = _room_id(session, actor, args.room)
            group_id = _group_id(session, actor, args.group)
        except _OptionError as error:
            return _problem(str(error))
        count = ical.export_calendar(
            session,
            actor,
            path,
            start=start,
            end=last + dt.timedelta(days=1),
            room_id=room_id,
            group_id=group_id,
        )
    what = (
        "1 Termin (Einzeltermin oder Serie)"
        if count == 1
        else f"{count} Termine (Einzeltermine und Serien)"
    )
    print(f"{what} vom {format_date(start)} bis {format_date(last)} gespeichert in {path}.")
    return EXIT_OK


def _when(item: ImportItem) -> str:
    event = item.event
    if event.starts_at is None or event.ends_at is None:
        return format_date(event.day) if event.day else ""
    times = f"{event.starts_at:%H:%M}–{event.ends_at:%H:%M}"
    if event.recurrence is not None and item.dates:
        first, last = item.dates[0], item.dates[-1]
        if first != last:
            return f"{format_date(first)}–{format_date(last)} {times}"
    return f"{format_date(event.starts_at.date())} {times}"


def _dates(count: int) -> str:
    return "1 Termin" if count == 1 else f"{count} Termine"


def status_text(item: ImportItem) -> str:
    """What becomes of one event, in German (also for the tests)."""
    status = item.status
    if status is ImportStatus.LEFT_OUT:
        why = "ganztägig" if item.event.left_out is LeftOut.ALL_DAY else "abgesagt"
        return f"{why} – wird nicht übernommen"
    if status is ImportStatus.CONFLICT:
        first = item.conflicts[0]
        days = len({conflict.day for conflict in item.conflicts})
        more = f" und an {days - 1} weiteren Tagen" if days > 1 else ""
        return (
            f"Konflikt mit „{first.other.title}“ am {format_date(first.day)} "
            f"({first.room_name}){more}"
        )
    if status is ImportStatus.SERIES:
        return f"Serie ({_dates(len(item.dates))})"
    return "neu"


def _cmd_import(args: argparse.Namespace, database: Database) -> int:
    path: Path = args.file.expanduser()
    parsed = ical.read_calendar(path)  # a bad file is refused before log-in
    actor = login(args, database)
    with database.unit_of_work() as session:
        try:
            room_id = _room_id(session, actor, args.room)
        except _OptionError as error:
            return _problem(str(error))
        if room_id is None:
            active = rooms.list_rooms(session, actor)
            if len(active) != 1:
                names = ", ".join(f"„{room.name}“" for room in active) or "keine"
                return _problem(
                    "Bitte mit --room angeben, in welchen Raum die Termine kommen. "
                    f"Vorhandene Räume: {names}."
                )
            room_id = active[0].id
        preview = ical.preview_import(session, actor, parsed, room_id)
        for item in preview.items:
            print("\t".join((_when(item), item.event.title, item.room_names, status_text(item))))
        conflicts = preview.conflict_count
        count = preview.to_import(skip_conflicts=args.skip_conflicts)
        if conflicts and not args.skip_conflicts:
            return _problem(
                f"{_dates(conflicts)} {'kollidiert' if conflicts == 1 else 'kollidieren'} mit "
                "Buchungen; es wurde nichts importiert. Mit --skip-conflicts werden die "
                "belegten Termine ausgelassen."
            )
        if args.dry_run:
            print(
                f"Probelauf: {_dates(count)} {'würde' if count == 1 else 'würden'} "
                "übernommen. Es wurde nichts gespeichert."
            )
            return EXIT_OK
        stored = ical.run_import(session, actor, preview, skip_conflicts=args.skip_conflicts)
    left_out = sum(1 for item in preview.items if item.status is ImportStatus.LEFT_OUT)
    skipped = f" {left_out} nicht übernommen (ganztägig oder abgesagt)." if left_out else ""
    print(f"{_dates(stored)} übernommen.{skipped}")
    return EXIT_OK
