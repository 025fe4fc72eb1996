"""``quartierstreff report …``: the PDFs from the command line."""

from __future__ import annotations

import argparse

from quartierstreff.cli import Parser


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``quartierstreff report`` and its subcommands."""
