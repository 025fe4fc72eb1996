"""Bring a database to the schema this version of Quartierstreff expects.

On start the app calls :func:`upgrade_to_head`; an older database is first backed up
(a full ``*.qtbackup`` archive, see ``quartierstreff.services.backup``), so a failed or
unwanted migration can be undone by restoring that backup.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from quartierstreff import clock
from quartierstreff.db.engine import Database, make_session_factory
from quartierstreff.services.errors import DatabaseForeign, SchemaTooNew

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


def known_revisions() -> set[str]:
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


def upgrade_to_head(engine: Engine, backup_dir: Path) -> Path | None:
    """Upgrade ``engine``'s database to head. Returns the pre-migration backup, if one
    was written (an existing database that was not at head).

    Raises :class:`SchemaTooNew` for a revision this version does not know and
    :class:`DatabaseForeign` for a database that holds tables but no revision (another
    program's database is never migrated into).
    """
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(current)
    if current == head_revision():
        return None
    if current is None:
        tables = sorted(set(inspect(engine).get_table_names()) - {"alembic_version"})
        if tables:
            target = engine.url.render_as_string(hide_password=True)
            raise DatabaseForeign(target, ", ".join(tables))
        upgrade(engine)
        return None
    # services.backup builds on this module; imported here, where it is needed.
    from quartierstreff.services.backup import BEFORE_UPDATE, create_backup
    from quartierstreff.services.security import SYSTEM_ACTOR

    database = Database(url=engine.url, engine=engine, sessions=make_session_factory(engine))
    backup = create_backup(
        database,
        backup_dir,
        actor=SYSTEM_ACTOR,
        now=clock.now(),
        label=f"{BEFORE_UPDATE}-{current}",
    )
    upgrade(engine)
    return backup.path
