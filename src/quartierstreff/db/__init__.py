"""Persistence: typed models, engine and session factory, migrations. No Qt here."""
