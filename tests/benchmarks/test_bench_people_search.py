"""Search-as-you-type at 100,000 people: the word index against a plain LIKE scan.

Both run on the same table in the same run, so the ratio means something on any machine.
The app path is what the Mitglieder page does per keystroke: ``find_people`` (ids of every
match, sorted by name) plus the first screen of rows (``people_rows`` for 50 ids). The
baseline is ``LIKE '%term%'`` over the same columns, sorted the same way.

Report only: nothing here asserts on timing. Run with ``make bench``.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from quartierstreff.db.engine import make_engine
from quartierstreff.db.models import Base, Person, PersonSearchWord
from quartierstreff.db.models.people import SEARCHED_FIELDS, person_search_words
from quartierstreff.services import people
from tests.conftest import ADMIN, BACKENDS

PEOPLE = 100_000
ROUNDS = 5
TODAY = dt.date(2026, 11, 24)
TERMS = ["müll", "lindenhof", "example.net", "0711 555 12", "erika schm", "zz"]
"""What people type: a name start, a street, an e-mail domain, a phone number, two words,
and a start that matches nobody."""

_FIRST = ["Erika", "Jürgen", "Ayşe", "Mehmet", "Anna", "Lukas", "Sofia", "Hannelore", "Dirk"]
_LAST = ["Müller", "Schmidt", "Yılmaz", "Weiß", "Öztürk", "Baumann", "Haile", "Nguyen", "Krüger"]
_STREETS = ["Lindenhofstraße", "Ahornweg", "Kastanienallee", "Birkenweg", "Eschenstraße"]


def _people(count: int) -> Iterator[dict[str, object]]:
    rng = random.Random(4)
    for number in range(1, count + 1):
        first = rng.choice(_FIRST)
        last = f"{rng.choice(_LAST)}{'' if number % 7 else '-' + rng.choice(_LAST)}"
        yield {
            "id": number,
            "first_name": first,
            "last_name": last,
            "street": f"{rng.choice(_STREETS)} {rng.randint(1, 200)}",
            "postal_code": f"70{rng.randint(100, 999)}",
            "city": "Stuttgart",
            "email": f"p{number}@example.{rng.choice(['org', 'de', 'net'])}",
            "phone": f"0711 555 {rng.randint(1000, 99999)}",
            "mobile": "",
            "notes": "",
        }


def _fill(engine: Engine) -> None:
    """100,000 people and their index words, written with core inserts in batches."""
    Base.metadata.create_all(engine)
    batch: list[dict[str, object]] = []
    words: list[dict[str, object]] = []
    with engine.begin() as connection:
        for row in _people(PEOPLE):
            batch.append(row)
            basic, full = person_search_words({name: str(row[name]) for name in SEARCHED_FIELDS})
            words += [{"word": w, "person_id": row["id"], "restricted": False} for w in basic]
            words += [{"word": w, "person_id": row["id"], "restricted": True} for w in full]
            if len(batch) == 5_000:
                connection.execute(insert(Person), batch)
                connection.execute(insert(PersonSearchWord), words)
                batch, words = [], []
        if batch:
            connection.execute(insert(Person), batch)
            connection.execute(insert(PersonSearchWord), words)
        connection.execute(text("ANALYZE"))  # as a database in use would have statistics


def _like_scan(session: Session, term: str) -> list[int]:
    concatenated = " || ' ' || ".join(
        ["first_name", "last_name", "street", "postal_code", "city", "email", "phone", "mobile"]
    )
    query = text(
        f"SELECT id FROM persons WHERE lower({concatenated}) LIKE :pattern "
        "ORDER BY lower(last_name), lower(first_name), id"
    )
    return list(session.scalars(query, {"pattern": f"%{term.lower()}%"}))


def _indexed(session: Session, term: str) -> list[int]:
    ids = people.find_people(session, ADMIN, people.PeopleFilter(text=term), today=TODAY)
    people.people_rows(session, ADMIN, ids[:50], today=TODAY)
    return ids


def _best(engine: Engine, function: Callable[[Session, str], list[int]], term: str) -> float:
    times = []
    with Session(engine) as session:
        function(session, term)  # warm the cache once, as a typing user does
        for _ in range(ROUNDS):
            start = time.perf_counter()
            function(session, term)
            times.append(time.perf_counter() - start)
    return min(times)


@pytest.fixture(params=BACKENDS)
def filled(
    request: pytest.FixtureRequest, new_database_url: Callable[[str], str]
) -> Iterator[Engine]:
    engine = make_engine(new_database_url(request.param))
    _fill(engine)
    yield engine
    engine.dispose()


def test_search_at_100000_people_against_a_like_scan(
    filled: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    ratios = []
    lines = []
    for term in TERMS:
        with Session(filled) as session:
            found = len(_indexed(session, term))
        baseline = _best(filled, _like_scan, term)
        app = _best(filled, _indexed, term)
        ratios.append(app / baseline)
        lines.append(
            f"  {term!r:16} {found:>6} found  LIKE scan {baseline * 1000:7.1f} ms   "
            f"word index {app * 1000:7.1f} ms   ratio {app / baseline:5.2f}x"
        )
    with capsys.disabled():
        print(f"\n[bench] search at {PEOPLE:,} people on {filled.dialect.name}, best of {ROUNDS}:")
        print("\n".join(lines))
        print(f"  geometric mean ratio {statistics.geometric_mean(ratios):.2f}x (below 1 = faster)")
