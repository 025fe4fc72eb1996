"""Settings that are not in the database: which database to open."""

from __future__ import annotations

import os

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from quartierstreff import paths
from quartierstreff.services.errors import InvalidDatabaseUrl

DATABASE_ENV = "QUARTIERSTREFF_DATABASE"


def database_url(cli_value: str | None = None) -> URL:
    """``--database`` wins over ``QUARTIERSTREFF_DATABASE``; the default is a SQLite file
    in the user's data directory."""
    raw = cli_value or os.environ.get(DATABASE_ENV)
    if not raw:
        return URL.create("sqlite+pysqlite", database=str(paths.default_database_path()))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise InvalidDatabaseUrl(raw) from exc
    if url.get_backend_name() not in {"sqlite", "postgresql"}:
        raise InvalidDatabaseUrl(raw)
    if url.get_backend_name() == "postgresql" and url.drivername != "postgresql+psycopg":
        url = url.set(drivername="postgresql+psycopg")
    return url


def describe(url: URL) -> str:
    """A short, password-free description for the status bar and messages."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite: {url.database}"
    return f"PostgreSQL: {url.render_as_string(hide_password=True).split('://', 1)[1]}"
