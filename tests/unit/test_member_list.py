"""The member list: who is on it, which columns, consents honoured; the PDF read back.
Also the record of processing activities (Art. 30)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    AuditAction,
    AuditEntry,
    ConsentPurpose,
    Group,
    MembershipType,
    Role,
)
from quartierstreff.reports.members import write_member_list
from quartierstreff.reports.processing_record import write_processing_record
from quartierstreff.services import centre, people
from quartierstreff.services.errors import PermissionDenied
from quartierstreff.services.member_list import (
    MemberListColumn,
    MemberListOptions,
    member_list,
)
from quartierstreff.services.people import ConsentDraft, MembershipDraft, PersonDraft
from quartierstreff.services.processing_record import processing_record
from quartierstreff.services.security import Actor
from quartierstreff.services.views import CentreProfileView
from tests.conftest import TEST_ACTOR

TODAY = dt.date(2026, 11, 24)
ALL = frozenset(MemberListColumn)
TREASURER = Actor(user_id=None, username="kasse", role=Role.TREASURER)
VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)


def consent(purpose: ConsentPurpose, withdrawn: dt.date | None = None) -> ConsentDraft:
    return ConsentDraft(purpose, dt.date(2024, 1, 1), "2024-01", "Aufnahmeantrag", withdrawn)


@pytest.fixture
def register(session: Session) -> dict[str, int]:
    centre.save_profile(
        session, TEST_ACTOR, CentreProfileView(name="Bürgertreff Süd", city="Stuttgart")
    )
    regular = MembershipType(name="Ordentliches Mitglied")
    public, private = (
        Group(name="Nähtreff", is_public=True),
        Group(name="Selbsthilfe", is_public=False),
    )
    session.add_all([regular, public, private])
    session.flush()
    since = MembershipDraft(dt.date(2019, 5, 1), None, regular.id)

    def add(first: str, last: str, **kwargs: object) -> int:
        draft = PersonDraft(first_name=first, last_name=last, **kwargs)  # type: ignore[arg-type]
        return people.create_person(session, TEST_ACTOR, draft, today=TODAY).id

    ids = {
        "jürgen": add(
            "Jürgen",
            "Äßlinger",
            street="Hauptstraße 1",
            postal_code="70173",
            city="Stuttgart",
            email="j.a@example.org",
            phone="0711 123",
            birth_date=dt.date(1958, 7, 3),
            memberships=(since,),
            group_ids=(public.id, private.id),
            consents=(consent(ConsentPurpose.MEMBER_LIST), consent(ConsentPurpose.BIRTHDAY_LIST)),
        ),
        # A member who did not agree to the list being shared nor to the birthday list.
        "zoë": add(
            "Zoë",
            "Bauer",
            birth_date=dt.date(1990, 2, 14),
            memberships=(since,),
            consents=(consent(ConsentPurpose.BIRTHDAY_LIST, withdrawn=dt.date(2025, 1, 1)),),
        ),
        "former": add(
            "Frieda",
            "Früher",
            memberships=(MembershipDraft(dt.date(2010, 1, 1), dt.date(2020, 12, 31)),),
            consents=(consent(ConsentPurpose.MEMBER_LIST),),
        ),
        "contact": add("Carl", "Kontakt"),
        "future": add("Fritz", "Zukunft", memberships=(MembershipDraft(dt.date(2027, 1, 1)),)),
    }
    return ids


def test_current_members_sorted_with_chosen_columns(
    session: Session, register: dict[str, int]
) -> None:
    view = member_list(session, TEST_ACTOR, MemberListOptions(columns=ALL), TODAY)
    assert [e.person_id for e in view.entries] == [register["jürgen"], register["zoë"]]
    assert view.centre_name == "Bürgertreff Süd"
    assert view.columns == tuple(MemberListColumn)
    juergen, zoe = view.entries
    assert (juergen.street, juergen.postal_code, juergen.city) == (
        "Hauptstraße 1",
        "70173",
        "Stuttgart",
    )
    assert juergen.member_since == dt.date(2019, 5, 1)
    assert juergen.membership_type == "Ordentliches Mitglied"
    assert juergen.birthday == dt.date(1958, 7, 3)
    assert juergen.groups == ("Nähtreff", "Selbsthilfe")
    assert zoe.birthday is None  # her birthday-list consent was withdrawn


def test_columns_not_chosen_stay_empty(session: Session, register: dict[str, int]) -> None:
    options = MemberListOptions(columns=frozenset({MemberListColumn.PHONE}))
    view = member_list(session, TEST_ACTOR, options, TODAY)
    juergen = view.entries[0]
    assert view.columns == (MemberListColumn.PHONE,)
    assert juergen.phone == "0711 123"
    assert (juergen.street, juergen.email, juergen.birthday, juergen.groups) == ("", "", None, ())


def test_list_for_members_needs_consent(session: Session, register: dict[str, int]) -> None:
    options = MemberListOptions(columns=ALL, for_members=True)
    view = member_list(session, TEST_ACTOR, options, TODAY)
    assert [e.person_id for e in view.entries] == [register["jürgen"]]
    assert view.left_out == 1
    assert view.entries[0].groups == ("Nähtreff",)  # a private group is not shared


def test_blocked_people_are_left_out(session: Session, register: dict[str, int]) -> None:
    people._load(session, register["zoë"]).blocked_on = TODAY
    view = member_list(session, TEST_ACTOR, MemberListOptions(), TODAY)
    assert [e.person_id for e in view.entries] == [register["jürgen"]]


def test_permission_and_audit(session: Session, register: dict[str, int]) -> None:
    with pytest.raises(PermissionDenied):
        member_list(session, VOLUNTEER, MemberListOptions(), TODAY)
    member_list(session, TREASURER, MemberListOptions(for_members=True), TODAY)
    entry = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.action == AuditAction.EXPORT)
        .order_by(AuditEntry.id.desc())
    ).first()
    assert entry is not None
    assert entry.username == "kasse"
    assert entry.summary == "Mitgliederliste für Mitglieder mit 1 Personen"


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_member_list_pdf(session: Session, register: dict[str, int], tmp_path: Path) -> None:
    view = member_list(session, TEST_ACTOR, MemberListOptions(columns=ALL), TODAY)
    path = write_member_list(tmp_path / "liste.pdf", view, printed_on=TODAY)
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Mitgliederliste"
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # many columns
    text = "\n".join(pdf_pages(path))
    for expected in (
        "Bürgertreff Süd",
        "Mitgliederliste",
        "Stand 24.11.2026 · 2 Mitglieder",
        "Äßlinger, Jürgen",
        "Bauer, Zoë",
        "Hauptstraße 1",
        "70173 Stuttgart",
        "j.a@example.org",
        "01.05.2019",
        "03.07.",
        "Nähtreff, Selbsthilfe",
        "Vertraulich – nur für den Vorstand",
        "Seite 1 von 1",
        "Gedruckt am 24.11.2026",
    ):
        assert expected in text, expected
    assert "14.02." not in text  # no consent, no birthday
    assert "Früher" not in text and "Kontakt" not in text and "Zukunft" not in text


def test_member_list_pdf_for_members(
    session: Session, register: dict[str, int], tmp_path: Path
) -> None:
    options = MemberListOptions(for_members=True)
    view = member_list(session, TEST_ACTOR, options, TODAY)
    path = write_member_list(tmp_path / "liste.pdf", view, printed_on=TODAY)
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Mitgliederliste für die Mitglieder"
    assert reader.pages[0].mediabox.width < reader.pages[0].mediabox.height  # portrait
    text = "\n".join(pdf_pages(path))
    assert "Äßlinger, Jürgen" in text
    assert "Bauer" not in text
    assert "der Weitergabe der Mitgliederliste zugestimmt" in text


def test_empty_member_list_pdf(session: Session, tmp_path: Path) -> None:
    view = member_list(session, TEST_ACTOR, MemberListOptions(), TODAY)
    path = write_member_list(tmp_path / "leer.pdf", view, printed_on=TODAY)
    assert "keine Mitglieder" in pdf_pages(path)[0]


def test_long_list_repeats_header_and_counts_pages(session: Session, tmp_path: Path) -> None:
    for number in range(70):
        draft = PersonDraft(
            first_name=f"Person {number}",
            last_name="„Müller“",
            memberships=(MembershipDraft(dt.date(2020, 1, 1)),),
        )
        people.create_person(session, TEST_ACTOR, draft, today=TODAY, allow_duplicate=True)
    view = member_list(session, TEST_ACTOR, MemberListOptions(), TODAY)
    path = write_member_list(tmp_path / "lang.pdf", view, printed_on=TODAY)
    pages = pdf_pages(path)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in text
        assert "Anschrift" in text
    assert "„Müller“, Person 69" in "\n".join(pages)


def test_processing_record(session: Session, tmp_path: Path) -> None:
    empty = processing_record(session, VOLUNTEER, TODAY)
    assert not empty.has_profile
    path = write_processing_record(tmp_path / "leer.pdf", empty, printed_on=TODAY)
    assert "(bitte ergänzen)" in pdf_pages(path)[0]

    centre.save_profile(
        session,
        TEST_ACTOR,
        CentreProfileView(
            name="Bürgertreff Süd e. V.",
            street="Lindenplatz 4",
            postal_code="70469",
            city="Stuttgart",
            email="info@treff.example",
            signatories="Sebastian Ziegler (1. Vorsitzender)",
            iban="DE89370400440532013000",
        ),
    )
    view = processing_record(session, TEST_ACTOR, TODAY)
    assert view.profile.iban == ""  # not needed on the record
    assert view.member_retention_years == 3
    path = write_processing_record(tmp_path / "art30.pdf", view, printed_on=TODAY)
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Verzeichnis von Verarbeitungstätigkeiten"
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Art. 30 Abs. 1 DSGVO",
        "Bürgertreff Süd e. V.",
        "70469 Stuttgart",
        "Sebastian Ziegler (1. Vorsitzender)",
        "Mitgliederverwaltung",
        "Raumbelegung",
        "Teilnahmelisten",
        "Förderanträge und Buchhaltung",
        "Newsletter",
        "Fotos",
        "3 Jahre nach Ende der Mitgliedschaft",
        "§ 147 AO",
        "Argon2",
        "Änderungsprotokoll",
        "Bildschirm",
        "Seite 1 von",
    ):
        assert expected in text, expected
    assert "DE89" not in text
