"""Migration 9a2b3c4d5e6f (application_attachments) on data, both ways, both backends:
a plain new table, so applications, their sections and plan lines stay as they are."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine, inspect, text

from quartierstreff.db import migrate
from quartierstreff.db.engine import make_engine
from tests.conftest import BACKENDS

BEFORE, REVISION = "7c1d2e3f4a5b", "9a2b3c4d5e6f"


@pytest.fixture(params=BACKENDS)
def empty_engine(
    request: pytest.FixtureRequest, new_database_url: Callable[[str], str]
) -> Iterator[Engine]:
    engine = make_engine(new_database_url(request.param))
    yield engine
    engine.dispose()


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in (
                "funding_applications",
                "application_sections",
                "plan_lines",
                "application_status_changes",
            )
        }


def test_attachments_table_up_and_down_with_data(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine, BEFORE)
    with empty_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO funding_programmes (id, key, name, funder, definition) "
                "VALUES (1, 'p', 'Programm', 'Förderer', '')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO funding_applications (id, programme_id, title, status) "
                "VALUES (1, 1, 'Lindenplatz', 'draft')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO application_sections (application_id, key, body) "
                "VALUES (1, 'summary', 'Text 🌳')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO plan_lines (application_id, kind, category, description, "
                "quantity, unit, unit_price, position) "
                "VALUES (1, 'cost', 'fees', 'Moderation', 12, 'Std.', 60.00, 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO application_status_changes (application_id, status, changed_on, "
                "note) VALUES (1, 'draft', :day, '')"
            ),
            {"day": dt.date(2026, 3, 1)},
        )
    before = _counts(empty_engine)

    migrate.upgrade(empty_engine, REVISION)
    assert "application_attachments" in inspect(empty_engine).get_table_names()
    assert _counts(empty_engine) == before
    with empty_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO application_attachments (application_id, key, provided) "
                "VALUES (1, 'statute', :yes)"
            ),
            {"yes": True},
        )
        row = connection.execute(
            text("SELECT key, provided, note FROM application_attachments")
        ).one()
        assert (row[0], bool(row[1]), row[2]) == ("statute", True, "")

    migrate.downgrade(empty_engine, BEFORE)
    assert "application_attachments" not in inspect(empty_engine).get_table_names()
    assert _counts(empty_engine) == before
    migrate.upgrade(empty_engine)
    assert migrate.current_revision(empty_engine) == migrate.head_revision()
