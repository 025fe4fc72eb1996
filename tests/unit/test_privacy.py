"""Privacy (DSGVO): requests and their deadline, the access export (JSON and PDF), erasure
against the retention periods. Runs on SQLite and PostgreSQL (the ``session`` fixture)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    ActionItem,
    Attendance,
    AuditAction,
    AuditEntry,
    Booking,
    CentreProfile,
    Consent,
    ConsentPurpose,
    CustomFieldDefinition,
    CustomFieldType,
    CustomFieldValue,
    EntryKind,
    Group,
    GroupPerson,
    Meeting,
    MeetingKind,
    Membership,
    PartnerContact,
    PartnerKind,
    PartnerOrganisation,
    PaymentMethod,
    Person,
    PersonSearchWord,
    PrivacyRequest,
    PrivacyRequestKind,
    Receipt,
    Role,
)
from quartierstreff.services import privacy
from quartierstreff.services.errors import (
    ErasureRefused,
    FieldInvalid,
    NotFound,
    PermissionDenied,
    ReportFailed,
)
from quartierstreff.services.people import PeopleFilter, find_people
from quartierstreff.services.privacy import KeepReason
from quartierstreff.services.security import Actor
from quartierstreff.services.settings import AppSettings, save_settings
from tests.conftest import ADMIN

TODAY = dt.date(2026, 11, 24)
LONG_AGO = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)


def _person(
    session: Session,
    first: str = "Erika",
    last: str = "Muster",
    *,
    created: dt.datetime = LONG_AGO,
    **fields: object,
) -> Person:
    person = Person(
        first_name=first,
        last_name=last,
        street="Lindenhofstraße 12",
        postal_code="70469",
        city="Stuttgart",
        email=f"{first.lower()}@example.org",
        phone="0711 555 1234",
        notes="Bringt Kuchen mit.",
        created_at=created,
        **fields,
    )
    session.add(person)
    session.flush()
    return person


def _member(session: Session, person: Person, start: dt.date, end: dt.date | None) -> None:
    session.add(Membership(person_id=person.id, start_date=start, end_date=end))
    session.flush()


def _receipt(session: Session, counterparty: str, year: int, number: int = 1) -> Receipt:
    receipt = Receipt(
        year=year,
        number=number,
        kind=EntryKind.EXPENSE,
        receipt_date=dt.date(year, 6, 1),
        counterparty=counterparty,
        purpose="Auslagen Sommerfest",
        amount=Decimal("42.50"),
        payment_method=PaymentMethod.CASH,
        category="Material",
    )
    session.add(receipt)
    session.flush()
    return receipt


def _meeting(
    session: Session, day: dt.date, *, funded: bool = False, title: str = "Plenum"
) -> Meeting:
    meeting = Meeting(
        kind=MeetingKind.PLENARY,
        title=title,
        starts_at=dt.datetime.combine(day, dt.time(18)),
        is_funded_event=funded,
    )
    session.add(meeting)
    session.flush()
    return meeting


# --- requests and deadlines ----------------------------------------------------


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (dt.date(2026, 1, 31), dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), dt.date(2028, 2, 29)),
        (dt.date(2026, 3, 15), dt.date(2026, 4, 15)),
        (dt.date(2026, 12, 31), dt.date(2027, 1, 31)),
    ],
)
def test_a_request_is_due_one_month_after_it_came_in(
    session: Session, received: dt.date, due: dt.date
) -> None:
    person = _person(session)
    view = privacy.record_access_request(session, ADMIN, person.id, received)
    assert (view.received_on, view.due_on) == (received, due)
    assert view.person_name == "Erika Muster"
    assert view.answered_on is None


def test_open_requests_are_listed_with_their_deadline_until_answered(session: Session) -> None:
    person = _person(session)
    request = privacy.record_access_request(session, ADMIN, person.id, dt.date(2026, 1, 31))
    on_the_day = privacy.open_requests(session, ADMIN, dt.date(2026, 2, 28))
    assert [(r.person_name, r.due_on, r.overdue) for r in on_the_day] == [
        ("Erika Muster", dt.date(2026, 2, 28), False)
    ]
    assert on_the_day[0].kind is PrivacyRequestKind.ACCESS
    assert privacy.open_requests(session, ADMIN, dt.date(2026, 3, 1))[0].overdue
    with pytest.raises(FieldInvalid) as early:
        privacy.answer_request(session, ADMIN, request.id, dt.date(2026, 1, 30))
    assert (early.value.field, early.value.reason) == ("answered_on", "before_received")
    answered = privacy.answer_request(session, ADMIN, request.id, dt.date(2026, 2, 10))
    assert answered.answered_on == dt.date(2026, 2, 10)
    assert privacy.open_requests(session, ADMIN, dt.date(2026, 3, 1)) == []


def test_bad_request_input_is_refused(session: Session) -> None:
    person = _person(session)
    with pytest.raises(FieldInvalid) as future:
        privacy.record_access_request(
            session, ADMIN, person.id, TODAY + dt.timedelta(days=1), today=TODAY
        )
    assert (future.value.field, future.value.reason) == ("received_on", "future")
    with pytest.raises(NotFound):
        privacy.record_access_request(session, ADMIN, 999_999, TODAY)
    with pytest.raises(NotFound):
        privacy.answer_request(session, ADMIN, 999_999, TODAY)
    assert session.scalar(select(func.count()).select_from(PrivacyRequest)) == 0


def test_only_coordination_records_and_exports(session: Session, tmp_path: Path) -> None:
    person = _person(session)
    treasurer = Actor(user_id=None, username="kasse", role=Role.TREASURER)
    with pytest.raises(PermissionDenied):
        privacy.privacy_export(session, treasurer, person.id, tmp_path, TODAY)
    with pytest.raises(PermissionDenied):
        privacy.anonymise_person(session, treasurer, person.id, TODAY)
    assert privacy.open_requests(session, treasurer, TODAY) == []  # reading is allowed
    assert list(tmp_path.iterdir()) == []


# --- right of access -------------------------------------------------------------


def _full_person(session: Session) -> Person:
    """A person who appears in every place that can hold data about a person."""
    session.merge(CentreProfile(id=1, name="Bürgertreff Lindenviertel", city="Stuttgart"))
    person = _person(session, birth_date=dt.date(1958, 7, 3))
    _member(session, person, dt.date(2019, 1, 1), None)
    session.add(
        Consent(
            person_id=person.id,
            purpose=ConsentPurpose.PHOTOS_WEB,
            granted_on=dt.date(2019, 1, 1),
            text_version="2019-01",
            source="Aufnahmeantrag (Papier)",
            withdrawn_on=dt.date(2024, 5, 1),
        )
    )
    group = Group(name="Seniorencafé")
    organisation = PartnerOrganisation(name="Stadt Stuttgart", kind=PartnerKind.MUNICIPALITY)
    field = CustomFieldDefinition(
        key="allergien", label="Allergien", field_type=CustomFieldType.TEXT
    )
    session.add_all([group, organisation, field])
    session.flush()
    session.add_all(
        [
            GroupPerson(group_id=group.id, person_id=person.id, is_contact=True),
            PartnerContact(
                organisation_id=organisation.id,
                person_id=person.id,
                function="Quartiersmanagement",
            ),
            CustomFieldValue(person_id=person.id, field_id=field.id, value="Nüsse"),
            Booking(
                title="Geburtstagsfeier Muster",
                starts_at=dt.datetime(2026, 5, 2, 15),
                ends_at=dt.datetime(2026, 5, 2, 22),
                contact_person_id=person.id,
            ),
        ]
    )
    meeting = _meeting(session, dt.date(2026, 3, 4), funded=True, title="Nachbarschaftsgespräch")
    meeting.chair_id = person.id
    meeting.invitees.append(person)
    session.add(Attendance(meeting_id=meeting.id, person_id=person.id))
    session.add(
        ActionItem(
            meeting_id=meeting.id,
            description="Flyer verteilen",
            owner_id=person.id,
            due_date=dt.date(2026, 4, 1),
        )
    )
    _receipt(session, "Muster, Erika", 2025)
    _receipt(session, "Hans Muster", 2025, number=2)  # someone else
    session.flush()
    return person


def test_the_json_copy_holds_everything(session: Session, tmp_path: Path) -> None:
    person = _full_person(session)
    pdf, copy = privacy.privacy_export(session, ADMIN, person.id, tmp_path, TODAY)
    assert pdf == tmp_path / f"auskunft_{person.id}_2026-11-24.pdf"
    assert copy == tmp_path / f"auskunft_{person.id}_2026-11-24.json"
    data = json.loads(copy.read_text(encoding="utf-8"))
    assert data["format"] == "quartierstreff.auskunft"
    assert data["created_on"] == "2026-11-24"
    assert data["controller"]["name"] == "Bürgertreff Lindenviertel"
    assert data["person"]["first_name"] == "Erika"
    assert data["person"]["birth_date"] == "1958-07-03"
    assert data["person"]["notes"] == "Bringt Kuchen mit."
    assert data["memberships"] == [
        {"start_date": "2019-01-01", "end_date": None, "membership_type": ""}
    ]
    assert data["consents"] == [
        {
            "purpose": "photos_web",
            "granted_on": "2019-01-01",
            "text_version": "2019-01",
            "source": "Aufnahmeantrag (Papier)",
            "withdrawn_on": "2024-05-01",
        }
    ]
    assert data["groups"] == [
        {"group": "Seniorencafé", "is_contact": True, "group_is_public": True}
    ]
    assert data["partner_roles"][0]["function"] == "Quartiersmanagement"
    assert data["custom_fields"] == [
        {"key": "allergien", "label": "Allergien", "value": "Nüsse", "text": "Nüsse"}
    ]
    assert data["bookings"][0]["title"] == "Geburtstagsfeier Muster"
    assert data["bookings"][0]["starts_at"] == "2026-05-02T15:00:00"
    assert data["bookings"][0]["roles"] == ["contact"]
    assert data["meetings"][0]["roles"] == ["invited", "attended", "chair"]
    assert data["meetings"][0]["is_funded_event"] is True
    assert data["action_items"][0]["description"] == "Flyer verteilen"
    assert [r["counterparty"] for r in data["receipts"]] == ["Muster, Erika"]
    assert data["receipts"][0]["amount"] == "42.50"
    assert data["privacy_requests"] == [
        {
            "kind": "access",
            "received_on": "2026-11-24",
            "due_on": "2026-12-24",
            "answered_on": "2026-11-24",
        }
    ]
    entities = {entry["entity"] for entry in data["audit_trail"]}
    assert {"persons", "consents", "memberships", "privacy_requests"} <= entities
    assert any(
        entry["entity"] == "persons" and entry["changes"]["last_name"] == [None, "Muster"]
        for entry in data["audit_trail"]
    )
    categories = [row["category"] for row in data["processing"]]
    assert "Kasse und Förderung" in categories
    assert all(row["recipients"] and row["retention"] for row in data["processing"])
    assert data["retention_years"] == 3


def test_the_pdf_is_for_the_person(session: Session, tmp_path: Path) -> None:
    person = _full_person(session)
    pdf, _copy = privacy.privacy_export(session, ADMIN, person.id, tmp_path, TODAY)
    reader = PdfReader(pdf)
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    text = " ".join(text.split())
    assert reader.metadata is not None
    assert reader.metadata.title == "Auskunft über Ihre gespeicherten Daten"
    for expected in (
        "Guten Tag Erika Muster",
        "Art. 15",
        "Bürgertreff Lindenviertel",
        "Lindenhofstraße 12",
        "03.07.1958",
        "Fotos im Internet",
        "Aufnahmeantrag (Papier)",
        "Seniorencafé",
        "Quartiersmanagement",
        "Nüsse",
        "Geburtstagsfeier Muster",
        "Nachbarschaftsgespräch",
        "Flyer verteilen",
        "42,50 €",
        "Speicherdauer",
        "§ 147 AO",
        "Ihre Rechte",
        f"Seite 1 von {len(reader.pages)}",
    ):
        assert expected in text, expected
    assert "Hans Muster" not in text


def test_an_export_answers_the_open_request_and_is_audited(
    session: Session, tmp_path: Path
) -> None:
    person = _person(session)
    earlier = privacy.record_access_request(session, ADMIN, person.id, dt.date(2026, 11, 2))
    privacy.privacy_export(session, ADMIN, person.id, tmp_path, TODAY)
    requests = session.scalars(select(PrivacyRequest)).all()
    assert [(r.id, r.answered_on) for r in requests] == [(earlier.id, TODAY)]
    exports = session.scalars(
        select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)
    ).all()
    assert [(e.entity, e.entity_id) for e in exports] == [("persons", str(person.id))]
    assert "Muster" not in exports[0].summary
    # A second export without an open request records a new one, received today.
    privacy.privacy_export(session, ADMIN, person.id, tmp_path, TODAY)
    assert session.scalar(select(func.count()).select_from(PrivacyRequest)) == 2


def test_an_export_into_a_missing_folder_writes_nothing(session: Session, tmp_path: Path) -> None:
    person = _person(session)
    with pytest.raises(ReportFailed) as failed:
        privacy.privacy_export(session, ADMIN, person.id, tmp_path / "fehlt", TODAY)
    assert failed.value.reason == "folder_missing"
    assert list(tmp_path.iterdir()) == []


def test_no_export_of_an_anonymised_person(session: Session, tmp_path: Path) -> None:
    person = _person(session, anonymised_on=dt.date(2025, 1, 1))
    with pytest.raises(NotFound):
        privacy.privacy_export(session, ADMIN, person.id, tmp_path, TODAY)


# --- erasure candidates and retention ---------------------------------------------


def _candidates(session: Session, today: dt.date = TODAY) -> dict[str, privacy.ErasureCandidate]:
    return {c.name: c for c in privacy.erasure_candidates(session, ADMIN, today)}


def test_former_members_become_candidates_the_day_after_the_retention_period(
    session: Session,
) -> None:
    left = dt.date(2023, 3, 15)
    person = _person(session, "Otto", "Ehemalig")
    _member(session, person, dt.date(2010, 1, 1), left)
    assert "Otto Ehemalig" not in _candidates(session, dt.date(2026, 3, 15))
    with pytest.raises(ErasureRefused) as refused:
        privacy.anonymise_person(session, ADMIN, person.id, dt.date(2026, 3, 15))
    assert refused.value.reason == "retention"
    assert refused.value.until == dt.date(2026, 3, 16)
    candidate = _candidates(session, dt.date(2026, 3, 16))["Otto Ehemalig"]
    assert candidate.status is privacy.ErasureStatus.FORMER
    assert candidate.last_activity == left
    assert candidate.erasable_from == dt.date(2026, 3, 16)
    assert candidate.kept_until is None


def test_the_retention_period_comes_from_the_settings(session: Session) -> None:
    person = _person(session, "Otto", "Ehemalig")
    _member(session, person, dt.date(2010, 1, 1), dt.date(2022, 6, 30))
    assert "Otto Ehemalig" in _candidates(session)
    save_settings(session, ADMIN, AppSettings(member_retention_years=5))
    assert "Otto Ehemalig" not in _candidates(session)
    with pytest.raises(ErasureRefused) as refused:
        privacy.anonymise_person(session, ADMIN, person.id, TODAY)
    assert refused.value.until == dt.date(2027, 7, 1)


def test_members_and_active_people_are_never_candidates(session: Session) -> None:
    member = _person(session, "Maria", "Mitglied")
    _member(session, member, dt.date(2010, 1, 1), None)
    leaving = _person(session, "Lena", "Geht")
    _member(session, leaving, dt.date(2010, 1, 1), TODAY)  # still a member today
    rejoining = _person(session, "Rita", "Kommtwieder")
    _member(session, rejoining, dt.date(2010, 1, 1), dt.date(2015, 1, 1))
    _member(session, rejoining, TODAY + dt.timedelta(days=10), None)
    contact = _person(session, "Karl", "Kontakt")
    group = Group(name="Schach")
    session.add(group)
    session.flush()
    session.add(GroupPerson(group_id=group.id, person_id=contact.id, is_contact=True))
    session.flush()
    assert _candidates(session) == {}
    for person in (member, leaving, rejoining):
        with pytest.raises(ErasureRefused) as refused:
            privacy.anonymise_person(session, ADMIN, person.id, TODAY)
        assert refused.value.reason == "current_member"
    with pytest.raises(ErasureRefused) as active:
        privacy.anonymise_person(session, ADMIN, contact.id, TODAY)
    assert (active.value.reason, active.value.detail) == ("active_role", "group")
    assert session.get_one(Person, member.id).first_name == "Maria"


def test_non_members_count_from_their_last_activity(session: Session) -> None:
    quiet = _person(session, "Stefan", "Still")
    busy = _person(session, "Bea", "Bucht")
    session.add(
        Booking(
            title="Kindergeburtstag",
            starts_at=dt.datetime(2024, 2, 10, 14),
            ends_at=dt.datetime(2024, 2, 10, 18),
            responsible_person_id=busy.id,
        )
    )
    guest = _person(session, "Gabi", "Gast")
    session.add(
        Attendance(meeting_id=_meeting(session, dt.date(2025, 1, 9)).id, person_id=guest.id)
    )
    new = _person(session, "Nina", "Neu", created=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    session.flush()
    found = _candidates(session)
    assert set(found) == {"Stefan Still"}
    assert found["Stefan Still"].status is privacy.ErasureStatus.NON_MEMBER
    assert found["Stefan Still"].last_activity == LONG_AGO.date()
    later = _candidates(session, dt.date(2028, 1, 10))
    assert set(later) == {"Stefan Still", "Bea Bucht", "Gabi Gast", "Nina Neu"}
    assert later["Bea Bucht"].last_activity == dt.date(2024, 2, 10)
    assert later["Gabi Gast"].last_activity == dt.date(2025, 1, 9)
    del quiet, new


# --- blocking where the law requires keeping ----------------------------------------


def test_receipts_keep_a_person_blocked_for_ten_years(session: Session) -> None:
    person = _person(session)
    _member(session, person, dt.date(2010, 1, 1), dt.date(2020, 12, 31))
    _receipt(session, "erika  muster", 2020)
    candidate = _candidates(session)["Erika Muster"]
    assert candidate.kept_until == dt.date(2030, 12, 31)
    assert candidate.keep_reasons == (KeepReason.RECEIPTS,)
    outcome = privacy.anonymise_person(session, ADMIN, person.id, TODAY)
    assert not outcome.anonymised
    assert outcome.blocked_until == dt.date(2030, 12, 31)
    stored = session.get_one(Person, person.id)
    assert (stored.blocked_on, stored.anonymised_on, stored.first_name) == (TODAY, None, "Erika")
    assert find_people(session, ADMIN, PeopleFilter(text="Muster"), today=TODAY) == []
    # The last day of the period still keeps; the day after, anonymising works.
    last_day = privacy.anonymise_person(session, ADMIN, person.id, dt.date(2030, 12, 31))
    assert not last_day.anonymised
    assert privacy.anonymise_person(session, ADMIN, person.id, dt.date(2031, 1, 1)).anonymised


def test_funded_attendance_keeps_a_person_blocked(session: Session) -> None:
    person = _person(session)
    _member(session, person, dt.date(2010, 1, 1), dt.date(2021, 6, 30))
    funded = _meeting(session, dt.date(2021, 5, 5), funded=True)
    session.add(Attendance(meeting_id=funded.id, person_id=person.id))
    session.flush()
    outcome = privacy.anonymise_person(session, ADMIN, person.id, TODAY)
    assert (outcome.anonymised, outcome.blocked_until) == (False, dt.date(2031, 12, 31))
    assert outcome.keep_reasons == (KeepReason.FUNDED_ATTENDANCE,)


# --- anonymising ------------------------------------------------------------------


def test_anonymising_removes_names_and_contacts_and_keeps_counts(session: Session) -> None:
    person = _person(session, "Jürgen", "Weiß", birth_date=dt.date(1958, 7, 3))
    person.mobile = "0170 1234567"
    _member(session, person, dt.date(2010, 1, 1), dt.date(2022, 6, 30))
    session.add(
        Consent(
            person_id=person.id,
            purpose=ConsentPurpose.NEWSLETTER,
            granted_on=dt.date(2010, 1, 1),
            text_version="v1",
            source="Aufnahmeantrag",
        )
    )
    field = CustomFieldDefinition(key="hobby", label="Hobby", field_type=CustomFieldType.TEXT)
    session.add(field)
    session.flush()
    session.add(CustomFieldValue(person_id=person.id, field_id=field.id, value="Schach"))
    old = _meeting(session, dt.date(2021, 4, 1))
    session.add(Attendance(meeting_id=old.id, person_id=person.id))
    request = PrivacyRequest(
        person_id=person.id,
        person_name="Jürgen Weiß",
        kind=PrivacyRequestKind.ERASURE,
        received_on=dt.date(2026, 11, 20),
        due_on=dt.date(2026, 12, 20),
    )
    session.add(request)
    session.flush()
    assert find_people(session, ADMIN, PeopleFilter(text="weiß"), today=TODAY) == [person.id]

    outcome = privacy.anonymise_person(session, ADMIN, person.id, TODAY)

    assert outcome.anonymised
    assert outcome.name == "Jürgen Weiß"
    session.expire_all()
    stored = session.get_one(Person, person.id)
    assert (stored.first_name, stored.last_name) == ("Anonymisiert", f"#{person.id}")
    assert (stored.street, stored.postal_code, stored.city) == ("", "", "")
    assert (stored.email, stored.phone, stored.mobile, stored.notes) == ("", "", "", "")
    assert stored.birth_date == dt.date(1950, 1, 1)  # the decade survives
    assert stored.anonymised_on == TODAY
    assert stored.consents == [] and stored.custom_values == []
    assert len(stored.memberships) == 1  # counts survive
    assert (
        session.scalar(
            select(func.count()).select_from(Attendance).where(Attendance.person_id == person.id)
        )
        == 1
    )
    assert (
        session.scalars(
            select(PersonSearchWord.word).where(PersonSearchWord.person_id == person.id)
        ).all()
        == []
    )
    for text in ("Weiß", "Jürgen", "Lindenhof", "0711", "Anonymisiert"):
        assert find_people(session, ADMIN, PeopleFilter(text=text), today=TODAY) == []
    stored_request = session.get_one(PrivacyRequest, request.id)
    assert stored_request.person_name == f"Anonymisiert #{person.id}"
    assert stored_request.answered_on == TODAY
    trail = " ".join(f"{e.summary} {e.changes}" for e in session.scalars(select(AuditEntry)).all())
    for secret in ("Weiß", "Jürgen", "Lindenhof", "0711 555", "0170", "Kuchen", "1958-07-03"):
        assert secret not in trail, secret
    with pytest.raises(ErasureRefused) as again:
        privacy.anonymise_person(session, ADMIN, person.id, TODAY)
    assert again.value.reason == "already_anonymised"
    assert "Anonymisiert #" not in {
        c.name for c in privacy.erasure_candidates(session, ADMIN, TODAY)
    }


def test_erasing_an_unknown_person(session: Session) -> None:
    with pytest.raises(NotFound):
        privacy.anonymise_person(session, ADMIN, 999_999, TODAY)


def test_person_privacy_shows_the_open_request(session: Session) -> None:
    person = _person(session)
    request = privacy.record_access_request(session, ADMIN, person.id, dt.date(2026, 11, 1))
    view = privacy.person_privacy(session, ADMIN, person.id)
    assert view.name == "Erika Muster"
    assert view.open_access_request == request
    assert view.requests == (request,)


def test_the_overview_lists_open_requests_for_roles_that_see_addresses(session: Session) -> None:
    from quartierstreff.services.dashboard import overview

    person = _person(session)
    privacy.record_access_request(session, ADMIN, person.id, dt.date(2026, 10, 1))
    requests = overview(session, ADMIN, TODAY).privacy_requests
    assert [(r.person_name, r.due_on, r.overdue) for r in requests] == [
        ("Erika Muster", dt.date(2026, 11, 1), True)
    ]
    volunteer = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
    assert overview(session, volunteer, TODAY).privacy_requests == ()
