"""``quartierstreff members privacy-export`` and ``members erase`` (DSGVO Art. 15 and 17)."""

from __future__ import annotations

import argparse

from quartierstreff.cli import Parser


def add_commands(actions: argparse._SubParsersAction[Parser]) -> None:
    """Add the privacy subcommands to ``quartierstreff members``."""
