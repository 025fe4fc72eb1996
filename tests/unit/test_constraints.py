"""The database itself refuses impossible data, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from quartierstreff.db.engine import make_engine
from quartierstreff.db.models import (
    Booking,
    BookingSeries,
    CentreProfile,
    Consent,
    ConsentPurpose,
    EntryKind,
    Membership,
    PaymentMethod,
    Person,
    Receipt,
    Room,
)


def _refused(session: Session, *rows: object) -> None:
    with pytest.raises(IntegrityError), session.begin_nested():
        session.add_all(rows)
        session.flush()


def _person(session: Session) -> Person:
    person = Person(first_name="Ayşe", last_name="Öztürk")
    session.add(person)
    session.flush()
    return person


def test_sqlite_pragmas_are_on(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    engine.dispose()


def test_foreign_keys_are_enforced(session: Session) -> None:
    _refused(session, Membership(person_id=999_999, start_date=dt.date(2026, 1, 1)))


def test_periods_must_be_ordered(session: Session) -> None:
    person = _person(session)
    _refused(
        session,
        Membership(
            person_id=person.id, start_date=dt.date(2026, 5, 1), end_date=dt.date(2026, 4, 30)
        ),
    )
    _refused(
        session,
        Consent(
            person_id=person.id,
            purpose=ConsentPurpose.NEWSLETTER,
            granted_on=dt.date(2026, 5, 1),
            withdrawn_on=dt.date(2026, 1, 1),
            text_version="v1",
        ),
    )


def test_bookings_end_after_they_start(session: Session) -> None:
    start = dt.datetime(2026, 11, 24, 18, 0)
    _refused(session, Booking(title="Chor", starts_at=start, ends_at=start))
    _refused(
        session,
        BookingSeries(
            title="Schach",
            first_date=dt.date(2026, 1, 6),
            start_time=dt.time(19),
            end_time=dt.time(18),
            rrule="FREQ=WEEKLY",
        ),
    )


def test_room_names_and_symbols_are_unique(session: Session) -> None:
    session.add(Room(name="Großer Saal", symbol="S"))
    session.flush()
    _refused(session, Room(name="Großer Saal", symbol="G"))
    _refused(session, Room(name="Gruppenraum", symbol="S"))
    _refused(session, Room(name="Küche", symbol="K", capacity=0))


def test_receipts_are_numbered_once_per_year(session: Session) -> None:
    def receipt(number: int, amount: str = "12.50") -> Receipt:
        return Receipt(
            year=2026,
            number=number,
            kind=EntryKind.EXPENSE,
            receipt_date=dt.date(2026, 3, 1),
            counterparty="Druckerei Müller",
            purpose="Flyer",
            amount=Decimal(amount),
            payment_method=PaymentMethod.BANK,
            category="printing",
        )

    session.add(receipt(1))
    session.flush()
    _refused(session, receipt(1))
    _refused(session, receipt(2, "-5.00"))


def test_only_one_centre_profile(session: Session) -> None:
    session.add(CentreProfile(id=1, name="Treff"))
    session.flush()
    _refused(session, CentreProfile(id=2, name="Zweiter Treff"))


def test_enums_are_checked(session: Session) -> None:
    person = _person(session)
    with pytest.raises(StatementError), session.begin_nested():
        session.add(
            Consent(
                person_id=person.id,
                purpose="telemarketing",  # type: ignore[arg-type]
                granted_on=dt.date(2026, 1, 1),
                text_version="v1",
            )
        )
        session.flush()
    # …and the database refuses it too when the ORM is bypassed.
    with pytest.raises(IntegrityError), session.begin_nested():
        session.execute(
            text(
                "INSERT INTO consents (person_id, purpose, granted_on, text_version, source) "
                "VALUES (:p, 'telemarketing', '2026-01-01', 'v1', '')"
            ),
            {"p": person.id},
        )
