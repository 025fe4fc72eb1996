"""Migrations: the Alembic history builds exactly the models' schema, and every
revision upgrades and downgrades a database that holds data, on both backends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.orm import Session

from quartierstreff.db import migrate
from quartierstreff.db.engine import make_engine
from quartierstreff.db.models import Base, Person, Room, User
from quartierstreff.services import maintenance
from tests.conftest import BACKENDS


@pytest.fixture(params=BACKENDS)
def empty_engine(
    request: pytest.FixtureRequest, new_database_url: Callable[[str], str]
) -> Iterator[Engine]:
    engine = make_engine(new_database_url(request.param))
    yield engine
    engine.dispose()


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_history_is_linear() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1


def test_migrations_build_the_models_schema(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    with empty_engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def _insert_sample(engine: Engine) -> None:
    """Rows in plain SQL, valid at the first revision (the ORM models follow head)."""
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO centre_profile (id, name) VALUES (1, 'Bürgertreff Süd')")
        )
        connection.execute(
            text(
                "INSERT INTO persons (first_name, last_name, birth_date) "
                "VALUES ('Jürgen', 'Weiß', :born)"
            ),
            {"born": dt.date(1958, 7, 3)},
        )
        connection.execute(
            text("INSERT INTO rooms (name, symbol, capacity) VALUES ('Großer Saal', 'S', 80)")
        )
        connection.execute(
            text(
                "INSERT INTO users (username, display_name, role, password_hash) "
                "VALUES ('kasse', 'Kasse', 'treasurer', 'x')"
            )
        )


def test_upgrade_and_downgrade_with_data(empty_engine: Engine) -> None:
    revisions = _revisions_oldest_first()
    migrate.upgrade(empty_engine, revisions[0])
    _insert_sample(empty_engine)

    # Every later revision must carry the data up, and back down to the first one.
    for revision in revisions[1:]:
        migrate.upgrade(empty_engine, revision)
    with Session(empty_engine) as session:
        assert session.scalar(select(Person.last_name)) == "Weiß"
        assert session.scalar(select(func.count()).select_from(Room)) == 1
        assert session.scalar(select(User.username)) == "kasse"
    for revision in reversed(revisions[:-1]):
        migrate.downgrade(empty_engine, revision)
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT last_name FROM persons")).scalar() == "Weiß"

    migrate.downgrade(empty_engine, "base")
    tables = set(inspect(empty_engine).get_table_names()) - {"alembic_version"}
    assert tables == set()
    migrate.upgrade(empty_engine)
    assert migrate.current_revision(empty_engine) == migrate.head_revision()


def test_upgrade_to_head_backs_up_an_older_sqlite_database(tmp_path: Path) -> None:
    database = tmp_path / "alt.sqlite3"
    engine = make_engine(f"sqlite:///{database}")
    migrate.upgrade(engine, "base")  # an initialised but empty history
    migrate.upgrade(engine, _revisions_oldest_first()[0])
    _insert_sample(engine)
    if len(_revisions_oldest_first()) > 1:
        migrate.downgrade(engine, _revisions_oldest_first()[0])
        backup = migrate.upgrade_to_head(engine, tmp_path / "backups")
        assert backup is not None and backup.exists()
    # Already at head: nothing to do, no backup written.
    assert migrate.upgrade_to_head(engine, tmp_path / "backups") is None
    with Session(engine) as session:
        report = maintenance.check_integrity(session)
    assert report.ok, report.problems
    engine.dispose()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'neu.sqlite3'}")
    migrate.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    from quartierstreff.services.errors import SchemaTooNew

    with pytest.raises(SchemaTooNew) as caught:
        migrate.upgrade_to_head(engine, tmp_path)
    assert caught.value.revision == "ffffffffffff"
    engine.dispose()


def test_money_survives_a_round_trip(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    from quartierstreff.db.models import MembershipType

    with Session(empty_engine) as session, session.begin():
        session.add(MembershipType(name="Ermäßigt", annual_fee=Decimal("18.10")))
    with Session(empty_engine) as session:
        assert session.scalar(select(MembershipType.annual_fee)) == Decimal("18.10")


def test_search_words_are_filled_for_people_already_there(empty_engine: Engine) -> None:
    """a51533c927fb adds the word index: people entered before it are found after it, and
    the downgrade drops the index and the privacy requests without touching the people."""
    migrate.upgrade(empty_engine, "4e665d559edd")
    _insert_sample(empty_engine)
    with empty_engine.begin() as connection:
        connection.execute(
            text("UPDATE persons SET phone = '0711 555 123', email = 'jw@example.org'")
        )
    migrate.upgrade(empty_engine, "a51533c927fb")
    with empty_engine.connect() as connection:
        words = dict(
            connection.execute(text("SELECT word, restricted FROM person_search_words")).all()
        )
    assert {"jürgen", "jurgen", "juergen", "weiss", "0711", "0711555123"} <= set(words)
    assert words["example"] and not words["weiss"]  # e-mail words are restricted
    with empty_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO privacy_requests (person_id, person_name, kind, received_on, due_on)"
                " VALUES (1, 'Jürgen Weiß', 'access', :received, :due)"
            ),
            {"received": dt.date(2026, 11, 24), "due": dt.date(2026, 12, 24)},
        )
    migrate.downgrade(empty_engine, "4e665d559edd")
    tables = set(inspect(empty_engine).get_table_names())
    assert not {"person_search_words", "privacy_requests"} & tables
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT last_name FROM persons")).scalar() == "Weiß"


def test_rooms_get_open_days(empty_engine: Engine) -> None:
    """4f466b6c7ae8 adds the weekdays a room is open: rooms already there are open Monday
    to Friday; the downgrade drops the column and keeps the rooms, their parts included."""
    migrate.upgrade(empty_engine, "a51533c927fb")
    _insert_sample(empty_engine)
    with empty_engine.begin() as connection:
        connection.execute(
            text("INSERT INTO rooms (name, symbol, capacity) VALUES ('Saal A', 'SA', 40)")
        )
        connection.execute(
            text(
                "INSERT INTO room_parts (whole_id, part_id) SELECT w.id, p.id FROM rooms w, "
                "rooms p WHERE w.symbol = 'S' AND p.symbol = 'SA'"
            )
        )
        connection.execute(
            text("INSERT INTO bookings (title, starts_at, ends_at) VALUES ('Chor', :s, :e)"),
            {"s": dt.datetime(2026, 11, 26, 19), "e": dt.datetime(2026, 11, 26, 21)},
        )
        connection.execute(
            text("INSERT INTO booking_rooms (booking_id, room_id) SELECT 1, id FROM rooms")
        )
    migrate.upgrade(empty_engine, "4f466b6c7ae8")
    with empty_engine.begin() as connection:
        days = connection.execute(text("SELECT symbol, open_days FROM rooms ORDER BY symbol"))
        assert days.all() == [("S", "01234"), ("SA", "01234")]
        connection.execute(text("UPDATE rooms SET open_days = '0123456' WHERE symbol = 'S'"))
    migrate.downgrade(empty_engine, "a51533c927fb")
    columns = {column["name"] for column in inspect(empty_engine).get_columns("rooms")}
    assert "open_days" not in columns
    with empty_engine.connect() as connection:
        rooms = connection.execute(text("SELECT symbol, capacity FROM rooms ORDER BY symbol"))
        assert rooms.all() == [("S", 80), ("SA", 40)]
        assert connection.execute(text("SELECT count(*) FROM room_parts")).scalar() == 1
        assert connection.execute(text("SELECT count(*) FROM booking_rooms")).scalar() == 2


def test_meetings_get_invitation_date_and_funder_line(empty_engine: Engine) -> None:
    """7c1d2e3f4a5b adds meetings.invitation_sent_on and funder_line and a guest's first
    name. Neither way loses a meeting's agenda, attendance, decisions or action items
    (a batch copy of "meetings" on SQLite would delete them: ON DELETE CASCADE)."""
    migrate.upgrade(empty_engine, "4f466b6c7ae8")
    _insert_sample(empty_engine)
    with empty_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO meetings (id, kind, title, starts_at, invitation_text, "
                "minutes_text) VALUES (1, 'general_assembly', 'MV', :s, '', '')"
            ),
            {"s": dt.datetime(2026, 3, 12, 19)},
        )
        connection.execute(
            text(
                "INSERT INTO agenda_items (id, meeting_id, position, title, minutes_text) "
                "VALUES (1, 1, 1, 'Begrüßung', 'Alle da.')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO attendance (meeting_id, person_id, guest_name) "
                "SELECT 1, id, '' FROM persons"
            )
        )
        connection.execute(
            text("INSERT INTO attendance (meeting_id, guest_name) VALUES (1, 'Gast')")
        )
        connection.execute(
            text(
                "INSERT INTO decisions (meeting_id, agenda_item_id, text, result) "
                "VALUES (1, 1, 'Beschluss', 'adopted')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO action_items (meeting_id, agenda_item_id, description) "
                "VALUES (1, 1, 'Aufgabe')"
            )
        )
    migrate.upgrade(empty_engine, "7c1d2e3f4a5b")
    with empty_engine.begin() as connection:
        row = connection.execute(
            text("SELECT funder_line, invitation_sent_on FROM meetings WHERE id = 1")
        ).one()
        assert tuple(row) == ("", None)
        assert connection.execute(text("SELECT count(*) FROM attendance")).scalar() == 2
        connection.execute(
            text("UPDATE meetings SET funder_line = 'Gefördert', invitation_sent_on = :d"),
            {"d": dt.date(2026, 2, 20)},
        )
        connection.execute(
            text(
                "UPDATE attendance SET guest_first_name = 'Anna', guest_name = 'Beispiel' "
                "WHERE person_id IS NULL"
            )
        )
    migrate.downgrade(empty_engine, "4f466b6c7ae8")
    meeting_columns = {column["name"] for column in inspect(empty_engine).get_columns("meetings")}
    assert not {"funder_line", "invitation_sent_on"} & meeting_columns
    with empty_engine.connect() as connection:
        for table in ("meetings", "agenda_items", "decisions", "action_items"):
            assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 1
        guests = connection.execute(
            text("SELECT guest_name FROM attendance WHERE person_id IS NULL")
        ).all()
        assert guests == [("Anna Beispiel",)]
        assert connection.execute(text("SELECT count(*) FROM attendance")).scalar() == 2


def test_an_event_over_several_days_gets_its_booking_series(empty_engine: Engine) -> None:
    """b7e8f9a0c1d2 adds meetings.booking_series_id (an event over several days books a
    date a day); going back, such an event keeps its first day and its hours, and the
    meeting keeps its agenda."""
    migrate.upgrade(empty_engine, "9a2b3c4d5e6f")
    with empty_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO meetings (id, kind, title, starts_at, ends_at, invitation_text, "
                "minutes_text) VALUES (1, 'public_event', 'Aktionstage', :s, :e, '', '')"
            ),
            {"s": dt.datetime(2026, 3, 12, 10), "e": dt.datetime(2026, 3, 12, 16)},
        )
        connection.execute(
            text(
                "INSERT INTO agenda_items (id, meeting_id, position, title, minutes_text) "
                "VALUES (1, 1, 1, 'Begrüßung', 'Alle da.')"
            )
        )
    migrate.upgrade(empty_engine, "b7e8f9a0c1d2")
    with empty_engine.begin() as connection:
        assert connection.execute(text("SELECT booking_series_id FROM meetings")).scalar() is None
        connection.execute(
            text("UPDATE meetings SET booking_series_id = 7, ends_at = :e"),
            {"e": dt.datetime(2026, 3, 14, 16)},
        )
    migrate.downgrade(empty_engine, "9a2b3c4d5e6f")
    assert "booking_series_id" not in {
        column["name"] for column in inspect(empty_engine).get_columns("meetings")
    }
    with empty_engine.connect() as connection:
        ends_at = connection.execute(text("SELECT ends_at FROM meetings")).scalar()
        if isinstance(ends_at, str):  # SQLite without a declared type gives text back
            ends_at = dt.datetime.fromisoformat(ends_at)
        assert ends_at == dt.datetime(2026, 3, 12, 16)
        assert connection.execute(text("SELECT count(*) FROM agenda_items")).scalar() == 1
