"""Insert throughput: the app's SQLAlchemy path against plain sqlite3 on the same machine.

Both are measured in the same run, so the ratio says something even on a noisy machine.
Report only: nothing here asserts on timing. Run with ``make bench``.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.engine import make_engine
from quartierstreff.db.models import Base, Person

ROWS = 2_000
ROUNDS = 3


def _rows() -> list[tuple[str, str, str]]:
    return [(f"Vorname{i}", f"Nachname{i}", f"person{i}@example.org") for i in range(ROWS)]


def _baseline_sqlite3(path: Path) -> float:
    """Plain sqlite3 executemany into a table of the same shape, one transaction."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute(
            "CREATE TABLE persons (id INTEGER PRIMARY KEY, first_name VARCHAR(200) NOT NULL,"
            " last_name VARCHAR(200) NOT NULL, email VARCHAR(254) NOT NULL)"
        )
        start = time.perf_counter()
        with connection:
            connection.executemany(
                "INSERT INTO persons (first_name, last_name, email) VALUES (?, ?, ?)", _rows()
            )
        elapsed = time.perf_counter() - start
        assert connection.execute("SELECT count(*) FROM persons").fetchone() == (ROWS,)
        return elapsed
    finally:
        connection.close()


def _app_path(path: Path) -> float:
    """``Person`` objects through the app's engine (pragmas included), one unit of work."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        Base.metadata.create_all(engine)
        rows = _rows()
        start = time.perf_counter()
        with Session(engine) as session, session.begin():
            session.add_all(
                Person(first_name=first, last_name=last, email=email) for first, last, email in rows
            )
        elapsed = time.perf_counter() - start
        with Session(engine) as session:
            assert session.scalar(select(func.count()).select_from(Person)) == ROWS
        return elapsed
    finally:
        engine.dispose()


def test_insert_persons_sqlalchemy_vs_sqlite3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = min(_baseline_sqlite3(tmp_path / f"plain{i}.sqlite3") for i in range(ROUNDS))
    app = min(_app_path(tmp_path / f"app{i}.sqlite3") for i in range(ROUNDS))
    with capsys.disabled():
        print(
            f"\n[bench] insert {ROWS} persons, best of {ROUNDS}: "
            f"sqlite3 executemany {baseline * 1000:.1f} ms ({ROWS / baseline:,.0f} rows/s), "
            f"SQLAlchemy ORM {app * 1000:.1f} ms ({ROWS / app:,.0f} rows/s), "
            f"ratio {app / baseline:.1f}x"
        )
