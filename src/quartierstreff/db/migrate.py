"""Bring a database to the schema this version of Quartierstreff expects.

On start the app calls :func:`upgrade_to_head`; an older SQLite database is first
copied with SQLite's online backup API, so a failed or unwanted migration can be
undone by restoring that copy.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from quartierstreff.services.errors import SchemaTooNew

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def snapshot_sqlite(database: Path, target_dir: Path, label: str) -> Path:
    """A consistent copy of a (possibly live) SQLite database via the online backup API."""
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")  # noqa: DTZ005 - local time in a file name
    target = target_dir / f"{database.stem}-{label}-{stamp}.sqlite3"
    source = sqlite3.connect(database)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def upgrade_to_head(engine: Engine, backup_dir: Path) -> Path | None:
    """Upgrade ``engine``'s database to head. Returns the pre-migration backup, if one
    was written (an existing SQLite database that was not at head)."""
    current = current_revision(engine)
    if current is not None and current not in _known_revisions():
        raise SchemaTooNew(current)
    if current == head_revision():
        return None
    backup: Path | None = None
    database = engine.url.database
    if current is not None and engine.url.get_backend_name() == "sqlite" and database:
        backup = snapshot_sqlite(Path(database), backup_dir, f"vor-update-{current}")
    upgrade(engine)
    return backup
