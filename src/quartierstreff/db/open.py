"""Open a database for the app or the CLI: connect, migrate to head (with a backup)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from quartierstreff.db.engine import Database, make_engine, make_session_factory
from quartierstreff.db.migrate import upgrade_to_head
from quartierstreff.services import audit
from quartierstreff.services.errors import DatabaseUnavailable


def open_database(
    url: URL, backup_dir: Path, *, migrate: bool = True, create: bool = True
) -> Database:
    """Connect to ``url`` and, unless ``migrate`` is false, upgrade it to the current schema.

    A SQLite file (and its folder) is created on first start unless ``create`` is false,
    in which case a missing file is reported as :class:`DatabaseUnavailable`.
    """
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        file = Path(url.database).expanduser()
        if not create and not file.exists():
            raise DatabaseUnavailable(str(file), "file_missing")
        file.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        if migrate:
            upgrade_to_head(engine, backup_dir)
        else:
            with engine.connect():
                pass
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseUnavailable(url.render_as_string(hide_password=True), reason) from exc
    sessions = make_session_factory(engine)
    audit.install(sessions)
    return Database(url=url, engine=engine, sessions=sessions)
