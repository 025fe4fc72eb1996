"""Shared fixtures: a real SQLite file and a real PostgreSQL server, each test wrapped
in a transaction that is rolled back at its end (pypi/warehouse style)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from quartierstreff.db.engine import make_engine
from quartierstreff.db.models import Base, Role
from quartierstreff.services import audit
from quartierstreff.services.security import Actor, acting_as
from tests.pg_server import PG_URL_ENV, REQUIRE_ENV, throwaway_cluster

TEST_ACTOR = Actor(user_id=None, username="pytest", role=Role.ADMIN)
ADMIN = Actor(user_id=None, username="ohne-anmeldung", role=Role.ADMIN)
"""The actor of a database without users: Admin, no log-in."""

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user's data directory or database."""
    data = tmp_path / "data"
    monkeypatch.setenv("QUARTIERSTREFF_DATA_DIR", str(data))
    monkeypatch.delenv("QUARTIERSTREFF_DATABASE", raising=False)
    return data


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[str]:
    """URL of the maintenance database of a PostgreSQL server for this test run."""
    given = os.environ.get(PG_URL_ENV)
    if given:
        yield given
        return
    try:
        with throwaway_cluster() as url:
            yield url
    except Exception as exc:  # the reason is the message either way
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"PostgreSQL could not be started: {exc}")
        pytest.skip(f"PostgreSQL could not be started: {exc}")


def _create_pg_database(server_url: str) -> str:
    name = f"qt_{uuid.uuid4().hex[:12]}"
    admin = make_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server_url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(scope="session")
def new_database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], str]:
    """Make a new, empty database on ``backend`` and return its URL."""

    def make(backend: str) -> str:
        if backend == "sqlite":
            path = tmp_path_factory.mktemp("db") / "quartierstreff.sqlite3"
            return f"sqlite:///{path}"
        server = request.getfixturevalue("postgresql_server")
        return _create_pg_database(server)

    return make


@pytest.fixture(scope="session", params=BACKENDS)
def engine(
    request: pytest.FixtureRequest, new_database_url: Callable[[str], str]
) -> Iterator[Engine]:
    """An engine on a database with the full schema, one per backend and test run."""
    engine = make_engine(new_database_url(request.param))
    Base.metadata.create_all(engine)  # tests only; the app migrates with Alembic
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session inside a transaction that is rolled back after the test.

    Service code may flush and use savepoints freely; nothing reaches the database.
    """
    with engine.connect() as connection:
        transaction = connection.begin()
        db = Session(bind=connection, join_transaction_mode="create_savepoint")
        audit.install(db)
        try:
            with acting_as(db, TEST_ACTOR):  # rows a test adds directly are audited too
                yield db
        finally:
            db.close()
            transaction.rollback()


@pytest.fixture
def sqlite_url(new_database_url: Callable[[str], str]) -> str:
    return new_database_url("sqlite")
