"""Open a database for the app or the CLI: connect, migrate to head (with a backup)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from quartierstreff.db.engine import Database, make_engine, make_session_factory
from quartierstreff.db.migrate import upgrade_to_head
from quartierstreff.services.errors import DatabaseUnavailable


def open_database(url: URL, backup_dir: Path, *, migrate: bool = True) -> Database:
    """Connect to ``url`` (creating a SQLite file and its folder on first start) and,
    unless ``migrate`` is false, upgrade it to the current schema."""
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        if migrate:
            upgrade_to_head(engine, backup_dir)
        else:
            with engine.connect():
                pass
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseUnavailable(url.render_as_string(hide_password=True), reason) from exc
    return Database(url=url, engine=engine, sessions=make_session_factory(engine))
