"""Quartierstreff — Verwaltung für Bürgertreffs."""

__version__ = "0.1.0"
