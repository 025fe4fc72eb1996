"""``quartierstreff members …``: the register of people from the command line.

``list``, ``import`` and ``export`` are here; the privacy commands (``privacy-export``,
``erase``) come from :mod:`quartierstreff.cli_privacy`.
"""

from __future__ import annotations

import argparse

from quartierstreff import cli_privacy
from quartierstreff.cli import Parser


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
    cli_privacy.add_commands(actions)
