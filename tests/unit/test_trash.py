"""The bin (Papierkorb): deleted records and everything deleted with them come back
exactly, for 30 days, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from quartierstreff import clock
from quartierstreff.db.models import (
    ActionItem,
    Attendance,
    AuditAction,
    AuditEntry,
    Base,
    Booking,
    CentreProfile,
    Consent,
    ConsentPurpose,
    CustomFieldDefinition,
    CustomFieldType,
    CustomFieldValue,
    Group,
    GroupPerson,
    Meeting,
    MeetingKind,
    Membership,
    MembershipType,
    PartnerContact,
    PartnerKind,
    PartnerOrganisation,
    Person,
    Role,
    Room,
    TrashEntry,
    User,
)
from quartierstreff.services import audit
from quartierstreff.services.errors import (
    DeleteBlocked,
    MissingActor,
    PermissionDenied,
    RestoreConflict,
    TrashEntryUnavailable,
)
from quartierstreff.services.security import Actor, acting_as
from quartierstreff.services.trash import (
    NOT_TRASHABLE,
    RETENTION,
    WRITE_PERMISSIONS,
    list_trash,
    move_to_trash,
    purge_trash,
    restore_from_trash,
)
from tests.conftest import TEST_ACTOR

VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
TREASURER = Actor(user_id=None, username="kasse", role=Role.TREASURER)


def _snapshot(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table but the bookkeeping ones, as column dicts."""
    session.flush()
    return {
        table.name: [
            dict(row)
            for row in session.execute(
                select(table).order_by(*table.primary_key.columns)
            ).mappings()
        ]
        for table in Base.metadata.sorted_tables
        if table.name not in NOT_TRASHABLE
    }


def _without_versions(snapshot: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        table: [
            {k: v for k, v in row.items() if k not in {"version", "updated_at"}} for row in rows
        ]
        for table, rows in snapshot.items()
    }


def _count(session: Session, model: type[Base]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _person_with_everything(session: Session) -> dict[str, Any]:
    """A person with memberships, consents, a custom field value, a group, a partner
    organisation, a meeting (invited, present, chair, action item) and a booking."""
    fee = MembershipType(name="Mitglied", annual_fee=Decimal("24.00"))
    shirt = CustomFieldDefinition(key="shirt", label="T-Shirt", field_type=CustomFieldType.TEXT)
    group = Group(name="Strickcafé", description="Montags", is_public=False)
    partner = PartnerOrganisation(name="Stadt Ulm", kind=PartnerKind.MUNICIPALITY)
    room = Room(name="Saal", symbol="S", opens_at=dt.time(8, 30), closes_at=dt.time(22, 0))
    person = Person(
        first_name="Jörg",
        last_name="Weiß",
        street="Hauptstraße 1",
        email="jw@example.org",
        birth_date=dt.date(1961, 2, 28),
        notes="Schlüssel Nr. 4\nzweite Zeile",
    )
    session.add_all([fee, shirt, group, partner, room, person])
    session.flush()
    person.memberships = [
        Membership(membership_type_id=fee.id, start_date=dt.date(2019, 1, 1)),
        Membership(
            membership_type_id=fee.id,
            start_date=dt.date(2015, 3, 1),
            end_date=dt.date(2017, 12, 31),
        ),
    ]
    person.consents = [
        Consent(
            purpose=ConsentPurpose.PHOTOS_WEB,
            granted_on=dt.date(2024, 5, 2),
            text_version="2024-1",
            withdrawn_on=dt.date(2025, 1, 7),
        )
    ]
    person.custom_values = [CustomFieldValue(field_id=shirt.id, value="XL")]
    person.group_links = [GroupPerson(group_id=group.id, is_contact=True)]
    session.add(PartnerContact(organisation_id=partner.id, person_id=person.id, function="QM"))
    meeting = Meeting(
        kind=MeetingKind.PLENARY,
        title="Plenum",
        starts_at=dt.datetime(2026, 11, 3, 19, 0),
        chair_id=person.id,
        room_id=room.id,
        invitees=[person],
    )
    session.add(meeting)
    session.flush()
    session.add_all(
        [
            Attendance(meeting_id=meeting.id, person_id=person.id),
            Attendance(meeting_id=meeting.id, guest_name="Gast"),
            ActionItem(meeting_id=meeting.id, description="Flyer", owner_id=person.id),
        ]
    )
    booking = Booking(
        title="Geburtstag",
        starts_at=dt.datetime(2026, 12, 5, 14, 0),
        ends_at=dt.datetime(2026, 12, 5, 18, 30, 15),
        contact_person_id=person.id,
        fee=Decimal("45.50"),
        deposit=Decimal("100.00"),
        is_public=False,
        rooms=[room],
    )
    user = User(
        username="joerg",
        display_name="Jörg",
        role=Role.VOLUNTEER,
        password_hash="$argon2id$x",
        person_id=person.id,
    )
    session.add_all([booking, user])
    session.flush()
    return {
        "person": person,
        "group": group,
        "room": room,
        "meeting": meeting,
        "booking": booking,
        "user": user,
    }


# --- deleting ----------------------------------------------------------------------


def test_a_deleted_person_goes_to_the_bin_with_what_hangs_on_it(session: Session) -> None:
    data = _person_with_everything(session)
    person_id = data["person"].id
    meeting_id, booking_id, user_id = data["meeting"].id, data["booking"].id, data["user"].id

    entry = move_to_trash(session, TEST_ACTOR, data["person"])

    assert (entry.entity, entry.entity_id, entry.summary) == (
        "persons",
        str(person_id),
        "Jörg Weiß",
    )
    assert entry.username == TEST_ACTOR.username
    assert entry.expires_at == entry.deleted_at + RETENTION
    assert session.get(Person, person_id) is None
    for model in (Membership, Consent, CustomFieldValue, GroupPerson, PartnerContact):
        assert _count(session, model) == 0, model
    assert _count(session, Attendance) == 1  # the guest stays
    assert session.get(Meeting, meeting_id).chair_id is None  # type: ignore[union-attr]
    assert session.get(Booking, booking_id).contact_person_id is None  # type: ignore[union-attr]
    assert session.get(User, user_id).person_id is None  # type: ignore[union-attr]
    assert session.scalars(select(ActionItem)).one().owner_id is None
    assert _count(session, Group) == _count(session, MembershipType) == 1

    payload = json.loads(session.get(TrashEntry, entry.id).payload)  # type: ignore[union-attr]
    tables = [table for table, _row in payload["rows"]]
    assert tables[0] == "persons"  # parents first
    assert sorted(set(tables)) == sorted(
        {
            "persons",
            "memberships",
            "consents",
            "custom_field_values",
            "group_persons",
            "partner_contacts",
            "attendance",
            "meeting_invitees",
            "person_search_words",  # the search index comes back with the person
        }
    )
    linked = sorted((table, column) for table, _key, column, _value in payload["links"])
    assert linked == [
        ("action_items", "owner_id"),
        ("bookings", "contact_person_id"),
        ("meetings", "chair_id"),
        ("users", "person_id"),
    ]
    assert list_trash(session, TEST_ACTOR, clock.now()) == [entry]


def test_restore_puts_every_row_back_exactly(session: Session) -> None:
    data = _person_with_everything(session)
    before = _snapshot(session)
    entry = move_to_trash(session, TEST_ACTOR, data["person"])
    assert _snapshot(session) != before

    restored = restore_from_trash(session, TEST_ACTOR, entry.id, clock.now())

    assert restored.id == entry.id
    after = _snapshot(session)
    # The rows that were deleted come back column for column, ids included.
    for table in ("persons", "memberships", "consents", "custom_field_values", "group_persons"):
        assert after[table] == before[table], table
    for table in ("partner_contacts", "attendance", "meeting_invitees"):
        assert after[table] == before[table], table
    # The references that were cleared point at the person again; those rows count as
    # changed (version and updated_at go up, so a form opened on them meanwhile cannot
    # overwrite the reference unseen).
    assert _without_versions(after) == _without_versions(before)
    for table in ("bookings", "meetings", "users"):
        assert after[table][0]["version"] == before[table][0]["version"] + 1, table
    assert list_trash(session, TEST_ACTOR, clock.now()) == []
    assert session.get(TrashEntry, entry.id).restored_at is not None  # type: ignore[union-attr]
    # The ORM sees the restored person and its relations.
    person = session.get(Person, data["person"].id)
    assert person is not None and len(person.memberships) == 2


def test_values_of_every_kind_come_back_exactly(session: Session) -> None:
    """Dates, times, date-times, money, booleans and bytes survive the round trip."""
    room = Room(
        name="Küche",
        symbol="K",
        opens_at=dt.time(7, 45, 30),
        closes_at=dt.time(23, 59, 59),
        accessible=True,
        capacity=12,
    )
    other = Room(name="Garten", symbol="G")
    group = Group(name="Kochgruppe", usual_rooms=[room])
    session.add_all([room, other, group])
    session.flush()
    room.parts = [other]
    profile = CentreProfile(
        id=1,
        name="Treff",
        logo=bytes(range(256)) + b"\x00\xff",
        tax_exemption_notice_on=dt.date(2024, 2, 29),
    )
    booking = Booking(
        title="Feier",
        starts_at=dt.datetime(2026, 3, 29, 1, 30),
        ends_at=dt.datetime(2026, 3, 29, 3, 15, 0, 250_000),
        fee=Decimal("1234567890.99"),
        deposit=Decimal("0.01"),
        is_public=False,
        key_handed_out_on=dt.date(2026, 3, 28),
        rooms=[other],
    )
    session.add_all([profile, booking])
    session.flush()
    before = _snapshot(session)

    entries = [move_to_trash(session, TEST_ACTOR, obj) for obj in (booking, room, profile)]
    assert _count(session, Booking) == _count(session, CentreProfile) == 0
    assert _snapshot(session)["group_rooms"] == []
    assert _snapshot(session)["room_parts"] == []
    for entry in reversed(entries):
        restore_from_trash(session, TEST_ACTOR, entry.id, clock.now())

    after = _snapshot(session)
    assert after == before
    assert after["centre_profile"][0]["logo"] == bytes(range(256)) + b"\x00\xff"
    assert after["bookings"][0]["fee"] == Decimal("1234567890.99")


def test_a_record_that_others_still_need_is_not_deleted(session: Session) -> None:
    room = Room(name="Saal", symbol="S")
    session.add(room)
    session.flush()
    session.add(
        Booking(
            title="Chor",
            starts_at=dt.datetime(2026, 12, 1, 18),
            ends_at=dt.datetime(2026, 12, 1, 20),
            rooms=[room],
        )
    )
    session.flush()
    before = _snapshot(session)

    with pytest.raises(DeleteBlocked) as blocked:
        move_to_trash(session, TEST_ACTOR, room)

    assert (blocked.value.entity, blocked.value.referenced_by, blocked.value.count) == (
        "rooms",
        "booking_rooms",
        1,
    )
    assert blocked.value.summary == "Saal"
    assert _snapshot(session) == before
    assert _count(session, TrashEntry) == 0


def test_deleting_needs_the_acting_user_bound(session: Session) -> None:
    person = Person(first_name="Ada", last_name="Ohne")
    session.add(person)
    session.flush()
    with pytest.raises(MissingActor):  # another actor than the one bound
        move_to_trash(session, VOLUNTEER, person)
    assert session.get(Person, person.id) is not None


def test_deleting_without_an_acting_user_is_refused(engine: Engine) -> None:
    with engine.connect() as connection:
        transaction = connection.begin()
        bare = Session(bind=connection, join_transaction_mode="create_savepoint")
        audit.install(bare)
        with acting_as(bare, TEST_ACTOR):
            someone = Person(first_name="Bea", last_name="Bare")
            bare.add(someone)
        with pytest.raises(MissingActor):
            move_to_trash(bare, TEST_ACTOR, someone)
        assert bare.get(Person, someone.id) is not None
        assert bare.scalar(select(func.count()).select_from(TrashEntry)) == 0
        bare.close()
        transaction.rollback()


def test_the_actor_must_be_allowed_to_write_what_is_deleted(session: Session) -> None:
    person = Person(first_name="Carla", last_name="Kunz")
    session.add(person)
    session.flush()
    with acting_as(session, VOLUNTEER), pytest.raises(PermissionDenied):
        move_to_trash(session, VOLUNTEER, person)
    assert session.get(Person, person.id) is not None


# --- the 30 days -------------------------------------------------------------------


def test_after_30_days_an_entry_is_gone(session: Session) -> None:
    person = Person(first_name="Dora", last_name="Alt")
    session.add(person)
    session.flush()
    deleted_at = clock.now() - dt.timedelta(days=2)
    entry = move_to_trash(session, TEST_ACTOR, person, now=deleted_at)

    day_29 = deleted_at + dt.timedelta(days=29)
    day_31 = deleted_at + dt.timedelta(days=31)
    assert [e.id for e in list_trash(session, TEST_ACTOR, day_29)] == [entry.id]
    assert list_trash(session, TEST_ACTOR, day_31) == []
    with pytest.raises(TrashEntryUnavailable) as refused:
        restore_from_trash(session, TEST_ACTOR, entry.id, day_31)
    assert (refused.value.reason, refused.value.summary) == ("expired", "Dora Alt")
    assert session.get(Person, person.id) is None

    assert purge_trash(session, TEST_ACTOR, day_29) == 0
    assert purge_trash(session, TEST_ACTOR, day_31) == 1
    assert _count(session, TrashEntry) == 0


def test_an_entry_is_restored_once_and_unknown_ones_are_refused(session: Session) -> None:
    person = Person(first_name="Emil", last_name="Zweimal")
    session.add(person)
    session.flush()
    entry = move_to_trash(session, TEST_ACTOR, person)
    restore_from_trash(session, TEST_ACTOR, entry.id, clock.now())
    with pytest.raises(TrashEntryUnavailable) as twice:
        restore_from_trash(session, TEST_ACTOR, entry.id, clock.now())
    assert twice.value.reason == "restored"
    with pytest.raises(TrashEntryUnavailable) as unknown:
        restore_from_trash(session, TEST_ACTOR, entry.id + 1000, clock.now())
    assert unknown.value.reason == "not_found"


def test_newest_first(session: Session) -> None:
    first, second = (
        Person(first_name="Erste", last_name="A"),
        Person(first_name="Zweite", last_name="B"),
    )
    session.add_all([first, second])
    session.flush()
    now = clock.now()
    move_to_trash(session, TEST_ACTOR, first, now=now - dt.timedelta(hours=1))
    move_to_trash(session, TEST_ACTOR, second, now=now)
    assert [e.summary for e in list_trash(session, TEST_ACTOR, now)] == ["Zweite B", "Erste A"]


# --- conflicts ---------------------------------------------------------------------


def test_a_name_taken_again_is_a_conflict_and_nothing_changes(session: Session) -> None:
    group = Group(name="Lauftreff")
    session.add_all([group, Group(name="Walking")])  # SQLite reuses only the highest id
    session.flush()
    group_id = group.id
    entry = move_to_trash(session, TEST_ACTOR, group)
    session.add(Group(name="Lauftreff", description="neu"))
    session.flush()
    before = _snapshot(session)

    with pytest.raises(RestoreConflict) as conflict:
        restore_from_trash(session, TEST_ACTOR, entry.id, clock.now())

    assert (conflict.value.reason, conflict.value.table, conflict.value.detail) == (
        "duplicate",
        "groups",
        "name",
    )
    assert conflict.value.summary == "Lauftreff"
    assert _snapshot(session) == before
    assert session.get(Group, group_id) is None
    assert [e.id for e in list_trash(session, TEST_ACTOR, clock.now())] == [entry.id]


def test_a_missing_parent_is_a_conflict_until_it_is_restored(session: Session) -> None:
    """The person comes back only with its group link, so the group must be back first;
    the person's row, inserted before the link, is rolled back (SAVEPOINT)."""
    group = Group(name="Chor")
    person = Person(first_name="Frida", last_name="Sing")
    session.add_all([group, person])
    session.flush()
    person.group_links = [GroupPerson(group_id=group.id)]
    session.flush()
    person_id = person.id
    before = _snapshot(session)
    person_entry = move_to_trash(session, TEST_ACTOR, person)
    group_entry = move_to_trash(session, TEST_ACTOR, group)
    empty = _snapshot(session)

    with pytest.raises(RestoreConflict) as conflict:
        restore_from_trash(session, TEST_ACTOR, person_entry.id, clock.now())

    assert (conflict.value.reason, conflict.value.table, conflict.value.detail) == (
        "parent_missing",
        "group_persons",
        "groups",
    )
    assert _snapshot(session) == empty
    assert session.get(Person, person_id) is None
    restore_from_trash(session, TEST_ACTOR, group_entry.id, clock.now())
    restore_from_trash(session, TEST_ACTOR, person_entry.id, clock.now())
    assert _snapshot(session) == before


def test_a_reference_to_something_deleted_meanwhile_is_cleared(session: Session) -> None:
    group = Group(name="Skat")
    session.add(group)
    session.flush()
    booking = Booking(
        title="Skatabend",
        starts_at=dt.datetime(2026, 12, 2, 19),
        ends_at=dt.datetime(2026, 12, 2, 22),
        group_id=group.id,
    )
    session.add(booking)
    session.flush()
    booking_id = booking.id
    entry = move_to_trash(session, TEST_ACTOR, booking)
    move_to_trash(session, TEST_ACTOR, group)

    restore_from_trash(session, TEST_ACTOR, entry.id, clock.now())

    restored = session.get(Booking, booking_id)
    assert restored is not None and restored.title == "Skatabend" and restored.group_id is None


def test_an_id_taken_again_brings_the_record_back_under_a_new_number(
    session: Session,
) -> None:
    """SQLite hands out the highest id again once that row is deleted: the restored
    person gets a new id, and its memberships and the references to it follow."""
    fee = MembershipType(name="Mitglied")
    person = Person(first_name="Gerd", last_name="Doppelt")
    session.add_all([fee, person])
    session.flush()
    person.memberships = [Membership(membership_type_id=fee.id, start_date=dt.date(2020, 1, 1))]
    booking = Booking(
        title="Sprechstunde",
        starts_at=dt.datetime(2026, 12, 4, 10),
        ends_at=dt.datetime(2026, 12, 4, 11),
        contact_person_id=person.id,
    )
    session.add(booking)
    session.flush()
    old_id = person.id
    entry = move_to_trash(session, TEST_ACTOR, person)
    session.add(Person(id=old_id, first_name="Neu", last_name="Anders"))
    session.flush()

    restore_from_trash(session, TEST_ACTOR, entry.id, clock.now())

    newcomer = session.get(Person, old_id)
    assert newcomer is not None and newcomer.first_name == "Neu" and newcomer.memberships == []
    (restored,) = session.scalars(select(Person).where(Person.first_name == "Gerd"))
    assert restored.id != old_id
    assert [m.start_date for m in restored.memberships] == [dt.date(2020, 1, 1)]
    assert session.get(Booking, booking.id).contact_person_id == restored.id  # type: ignore[union-attr]
    trail = session.scalars(
        select(AuditEntry).where(
            AuditEntry.action == AuditAction.RESTORE, AuditEntry.entity == "persons"
        )
    ).one()
    assert json.loads(trail.changes)["id"] == [old_id, restored.id]


def test_a_fixed_key_taken_again_is_a_conflict(session: Session) -> None:
    profile = CentreProfile(id=1, name="Alter Treff")
    session.add(profile)
    session.flush()
    entry = move_to_trash(session, TEST_ACTOR, profile)
    session.add(CentreProfile(id=1, name="Neuer Treff"))
    session.flush()
    with pytest.raises(RestoreConflict) as conflict:
        restore_from_trash(session, TEST_ACTOR, entry.id, clock.now())
    assert (conflict.value.reason, conflict.value.table) == ("exists", "centre_profile")
    assert session.get(CentreProfile, 1).name == "Neuer Treff"  # type: ignore[union-attr]


# --- roles -------------------------------------------------------------------------


def test_every_kind_of_record_has_a_write_permission() -> None:
    mapped = {mapper.local_table.name for mapper in Base.registry.mappers}  # type: ignore[attr-defined]
    assert mapped - NOT_TRASHABLE <= set(WRITE_PERMISSIONS)
    assert set(WRITE_PERMISSIONS) <= set(Base.metadata.tables)
    assert {
        "persons": WRITE_PERMISSIONS["persons"].value,
        "groups": WRITE_PERMISSIONS["groups"].value,
        "partner_organisations": WRITE_PERMISSIONS["partner_organisations"].value,
        "rooms": WRITE_PERMISSIONS["rooms"].value,
        "bookings": WRITE_PERMISSIONS["bookings"].value,
        "booking_series": WRITE_PERMISSIONS["booking_series"].value,
        "meetings": WRITE_PERMISSIONS["meetings"].value,
        "funding_applications": WRITE_PERMISSIONS["funding_applications"].value,
        "receipts": WRITE_PERMISSIONS["receipts"].value,
        "attachments": WRITE_PERMISSIONS["attachments"].value,
    } == {
        "persons": "people_write",
        "groups": "people_write",
        "partner_organisations": "people_write",
        "rooms": "settings_write",
        "bookings": "bookings_write",
        "booking_series": "bookings_write",
        "meetings": "meetings_write",
        "funding_applications": "funding_write",
        "receipts": "finance_write",
        "attachments": "finance_write",
    }


def test_a_volunteer_sees_and_restores_only_bookings_and_meetings(session: Session) -> None:
    person = Person(first_name="Hanna", last_name="Privat")
    booking = Booking(
        title="Spieleabend",
        starts_at=dt.datetime(2026, 12, 3, 18),
        ends_at=dt.datetime(2026, 12, 3, 21),
    )
    session.add_all([person, booking])
    session.flush()
    person_entry = move_to_trash(session, TEST_ACTOR, person)
    with acting_as(session, VOLUNTEER):
        booking_entry = move_to_trash(session, VOLUNTEER, booking)

    assert [e.id for e in list_trash(session, VOLUNTEER, clock.now())] == [booking_entry.id]
    assert {e.id for e in list_trash(session, TREASURER, clock.now())} == set()
    with pytest.raises(PermissionDenied):
        restore_from_trash(session, VOLUNTEER, person_entry.id, clock.now())
    assert session.get(Person, person.id) is None
    assert [e.id for e in list_trash(session, TEST_ACTOR, clock.now())] == [
        booking_entry.id,
        person_entry.id,
    ]
    restore_from_trash(session, VOLUNTEER, booking_entry.id, clock.now())
    assert session.get(Booking, booking.id) is not None


# --- the audit trail ---------------------------------------------------------------


def test_the_audit_trail_shows_delete_and_restore_with_the_actor(session: Session) -> None:
    coordinator = Actor(user_id=None, username="koordination", role=Role.COORDINATOR)
    data = _person_with_everything(session)
    person_id = str(data["person"].id)
    with acting_as(session, coordinator):
        entry = move_to_trash(session, coordinator, data["person"])
    restore_from_trash(session, coordinator, entry.id, clock.now())

    trail = list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.username == "koordination").order_by(AuditEntry.id)
        )
    )
    actions = {(e.action, e.entity) for e in trail}
    assert (AuditAction.DELETE, "persons") in actions
    assert (AuditAction.DELETE, "memberships") in actions  # deleted through the ORM
    assert (AuditAction.DELETE, "attendance") in actions  # deleted by the database
    assert (AuditAction.RESTORE, "persons") in actions
    assert (AuditAction.RESTORE, "attendance") in actions
    assert (AuditAction.UPDATE, "bookings") in actions  # the reference set again
    (deleted,) = [e for e in trail if (e.action, e.entity) == (AuditAction.DELETE, "persons")]
    (restored,) = [e for e in trail if (e.action, e.entity) == (AuditAction.RESTORE, "persons")]
    assert deleted.entity_id == restored.entity_id == person_id
    assert restored.summary == "Jörg Weiß"
    assert json.loads(restored.changes)["email"] == [None, "jw@example.org"]
    assert "argon2" not in " ".join(e.changes for e in trail)
