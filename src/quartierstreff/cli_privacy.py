"""``quartierstreff members privacy-export`` and ``members erase`` (DSGVO Art. 15 and 17)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from quartierstreff import clock
from quartierstreff.cli import EXIT_OK, Parser, login
from quartierstreff.db.engine import Database
from quartierstreff.services import privacy

KEEP_REASONS = {
    privacy.KeepReason.RECEIPTS: "Belege der Kasse (§ 147 AO)",
    privacy.KeepReason.FUNDED_ATTENDANCE: "Teilnahme an geförderten Veranstaltungen",
}


def _german_date(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def add_commands(actions: argparse._SubParsersAction[Parser]) -> None:
    """Add the privacy subcommands to ``quartierstreff members``."""
    export = actions.add_parser(
        "privacy-export",
        help="Auskunft nach Art. 15 DSGVO als PDF und JSON erstellen",
        description="Schreibt alle über die Person gespeicherten Daten als PDF (für die "
        "Person) und als JSON-Kopie in den Ordner DIR, vermerkt die Anfrage als beantwortet "
        "und gibt die beiden Dateipfade aus.",
    )
    export.add_argument("person_id", metavar="ID", type=int, help="Nummer der Person")
    export.add_argument(
        "--output", metavar="DIR", type=Path, required=True, help="Ordner für die Dateien"
    )
    export.set_defaults(handler=_cmd_privacy_export)

    erase = actions.add_parser(
        "erase",
        help="eine Person nach Ablauf der Aufbewahrung anonymisieren",
        description="Entfernt Namen und Kontaktdaten einer Person, deren Aufbewahrungsfrist "
        "abgelaufen ist (Art. 17 DSGVO). Müssen Belege oder Teilnahmelisten noch aufbewahrt "
        "werden, wird die Person stattdessen gesperrt. Während der Mitgliedschaft oder der "
        "Aufbewahrungsfrist wird nichts verändert (Fehlercode 1).",
    )
    erase.add_argument("person_id", metavar="ID", type=int, help="Nummer der Person")
    erase.set_defaults(handler=_cmd_erase)


def _cmd_privacy_export(args: argparse.Namespace, database: Database) -> int:
    actor = login(args, database)
    output: Path = args.output
    created = not output.exists()
    if created:
        output.mkdir(parents=True)
    try:
        with database.unit_of_work() as session:
            pdf, data = privacy.privacy_export(
                session, actor, args.person_id, output, clock.today()
            )
    except BaseException:
        if created and not any(output.iterdir()):
            output.rmdir()  # a failed export leaves nothing behind, not even the folder
        raise
    sys.stdout.write(f"{pdf}\n{data}\n")
    return EXIT_OK


def _cmd_erase(args: argparse.Namespace, database: Database) -> int:
    actor = login(args, database)
    with database.unit_of_work() as session:
        outcome = privacy.anonymise_person(session, actor, args.person_id, clock.today())
    if outcome.anonymised:
        sys.stdout.write(
            f"„{outcome.name}“ (Nr. {outcome.person_id}) ist anonymisiert: Namen und "
            "Kontaktdaten sind entfernt.\n"
        )
    else:
        assert outcome.blocked_until is not None
        reasons = " und ".join(KEEP_REASONS[reason] for reason in outcome.keep_reasons)
        sys.stdout.write(
            f"„{outcome.name}“ (Nr. {outcome.person_id}) ist gesperrt und wird bis "
            f"{_german_date(outcome.blocked_until)} aufbewahrt ({reasons}); danach kann "
            "die Person anonymisiert werden.\n"
        )
    return EXIT_OK
