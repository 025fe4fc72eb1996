"""Permissions are checked in the services for the acting user, and every change is
recorded in the audit trail, through the one mechanism in ``services.security``."""

from __future__ import annotations

import importlib
import json
import pkgutil

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

import quartierstreff.services
from quartierstreff.db.models import AuditAction, AuditEntry, Person, Role, User
from quartierstreff.services import audit, centre
from quartierstreff.services.errors import MissingActor, PermissionDenied
from quartierstreff.services.security import (
    ROLE_PERMISSIONS,
    SERVICES,
    Actor,
    Permission,
    acting_as,
)
from quartierstreff.services.views import CentreProfileView

ACTORS = {role: Actor(user_id=None, username=f"test-{role.value}", role=role) for role in Role}

BOOKERS = {Role.VOLUNTEER, Role.COORDINATOR, Role.ADMIN}

EXPECTED = {
    "quartierstreff.services.bookings.occurrences": {*Role},
    "quartierstreff.services.bookings.get_booking": {*Role},
    "quartierstreff.services.bookings.check_booking": {*Role},
    "quartierstreff.services.bookings.create_booking": BOOKERS,
    "quartierstreff.services.bookings.update_booking": BOOKERS,
    "quartierstreff.services.bookings.cancel_booking": BOOKERS,
    "quartierstreff.services.bookings.reinstate_date": BOOKERS,
    "quartierstreff.services.ical.export_calendar": {*Role},
    "quartierstreff.services.ical.preview_import": {*Role},
    "quartierstreff.services.ical.run_import": BOOKERS,
    "quartierstreff.services.usage.usage_figures": {*Role},
    "quartierstreff.services.centre.get_profile": {*Role},
    "quartierstreff.services.centre.save_profile": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.dashboard.overview": {*Role},
    "quartierstreff.services.demo.load_demo": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.audit.list_entries": {Role.ADMIN},
    "quartierstreff.services.audit.filter_choices": {Role.ADMIN},
    "quartierstreff.services.users.create_user": {Role.ADMIN},
    "quartierstreff.services.users.list_users": {Role.ADMIN},
    "quartierstreff.services.users.update_user": {Role.ADMIN},
    "quartierstreff.services.users.change_password": {*Role},
    "quartierstreff.services.users.set_pin": {*Role},
    "quartierstreff.services.settings.get_settings": {*Role},
    "quartierstreff.services.settings.save_settings": {Role.COORDINATOR, Role.ADMIN},
    # The bin: everyone; each entry is checked against the write permission of its kind.
    "quartierstreff.services.trash.list_trash": {*Role},
    "quartierstreff.services.trash.restore_from_trash": {*Role},
    "quartierstreff.services.trash.purge_trash": {*Role},
    # People: names and phone numbers for everyone, the rest for Kasse and up.
    "quartierstreff.services.people.find_people": {*Role},
    "quartierstreff.services.people.count_people": {*Role},
    "quartierstreff.services.people.people_rows": {*Role},
    "quartierstreff.services.people.people_choices": {*Role},
    "quartierstreff.services.people.get_person": {Role.TREASURER, Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people.create_person": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people.update_person": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people.end_membership": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people.delete_person": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.member_list.member_list": {
        Role.TREASURER,
        Role.COORDINATOR,
        Role.ADMIN,
    },
    "quartierstreff.services.processing_record.processing_record": {*Role},
    # Privacy (DSGVO): the deadlines for everyone who sees addresses; access exports and
    # erasure for those who edit people.
    "quartierstreff.services.privacy.open_requests": {
        Role.TREASURER,
        Role.COORDINATOR,
        Role.ADMIN,
    },
    "quartierstreff.services.privacy.person_privacy": {
        Role.TREASURER,
        Role.COORDINATOR,
        Role.ADMIN,
    },
    "quartierstreff.services.privacy.record_access_request": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.privacy.answer_request": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.privacy.privacy_export": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.privacy.erasure_candidates": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.privacy.anonymise_person": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people_io.preview_import": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people_io.run_import": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people_io.export_people": {
        Role.TREASURER,
        Role.COORDINATOR,
        Role.ADMIN,
    },
    # Groups and partners: everyone reads, Koordination and Admin write.
    "quartierstreff.services.groups.list_groups": {*Role},
    "quartierstreff.services.groups.get_group": {*Role},
    "quartierstreff.services.groups.room_choices": {*Role},
    "quartierstreff.services.groups.create_group": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.groups.update_group": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.groups.delete_group": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.groups.list_partners": {*Role},
    "quartierstreff.services.groups.get_partner": {*Role},
    "quartierstreff.services.groups.create_partner": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.groups.update_partner": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.groups.delete_partner": {Role.COORDINATOR, Role.ADMIN},
    # Einstellungen ▸ Personen: everyone reads, the settings permission writes.
    "quartierstreff.services.people_settings.list_custom_fields": {*Role},
    "quartierstreff.services.people_settings.create_custom_field": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people_settings.update_custom_field": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people_settings.move_custom_field": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people_settings.delete_custom_field": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.people_settings.list_membership_types": {*Role},
    "quartierstreff.services.people_settings.create_membership_type": {
        Role.COORDINATOR,
        Role.ADMIN,
    },
    "quartierstreff.services.people_settings.update_membership_type": {
        Role.COORDINATOR,
        Role.ADMIN,
    },
    "quartierstreff.services.people_settings.delete_membership_type": {
        Role.COORDINATOR,
        Role.ADMIN,
    },
    # Rooms, school holidays and closures: everyone reads them (bookings need them),
    # Einstellungen changes them.
    "quartierstreff.services.rooms.list_rooms": {*Role},
    "quartierstreff.services.rooms.get_room": {*Role},
    "quartierstreff.services.rooms.save_room": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.rooms.set_room_active": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.rooms.move_room": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.rooms.delete_room": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.rooms.list_periods": {*Role},
    "quartierstreff.services.rooms.save_period": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.rooms.delete_period": {Role.COORDINATOR, Role.ADMIN},
    "quartierstreff.services.rooms.add_known_school_holidays": {Role.COORDINATOR, Role.ADMIN},
    # Meetings: everyone reads; Ehrenamt, Koordination and Admin write (not Kasse).
    "quartierstreff.services.meetings.list_meetings": {*Role},
    "quartierstreff.services.meetings.get_meeting": {*Role},
    "quartierstreff.services.meetings.record_document": {*Role},
    "quartierstreff.services.meetings.attendance_choices": {*Role},
    "quartierstreff.services.meetings.list_decisions": {*Role},
    "quartierstreff.services.meetings.open_action_items": {*Role},
    **{
        f"quartierstreff.services.meetings.{name}": {Role.VOLUNTEER, Role.COORDINATOR, Role.ADMIN}
        for name in (
            "create_meeting",
            "update_meeting",
            "delete_meeting",
            "mark_invitation_sent",
            "set_attendance",
            "save_minutes",
            "save_decision",
            "delete_decision",
            "save_action_item",
            "set_action_done",
            "delete_action_item",
        )
    },
    # Funding programmes: whoever works on applications (Kasse, Koordination, Admin).
    **{
        f"quartierstreff.services.programmes.{name}": {Role.TREASURER, Role.COORDINATOR, Role.ADMIN}
        for name in (
            "list_programmes",
            "get_programme",
            "get_programme_by_key",
            "export_programme",
            "install_shipped_programmes",
            "save_programme",
            "import_programme",
            "set_programme_active",
        )
    },
    # Funding applications and text blocks: Kasse, Koordination, Admin (not Ehrenamt).
    **{
        f"quartierstreff.services.funding.{name}": {Role.TREASURER, Role.COORDINATOR, Role.ADMIN}
        for name in (
            "list_applications",
            "get_application",
            "create_application",
            "update_application",
            "save_section",
            "save_plan",
            "set_attachment",
            "change_status",
            "withdraw_application",
            "save_version",
            "list_versions",
            "get_version",
            "restore_version",
            "delete_application",
            "list_text_blocks",
            "save_text_block",
            "delete_text_block",
            "upcoming_deadlines",
        )
    },
    # The weekly plan and the door signs: everyone who may read the calendar.
    "quartierstreff.services.weekly_plan.weekly_plan": {*Role},
    "quartierstreff.services.weekly_plan.door_sign": {*Role},
}
"""Who may call what. A new service must be added here, with the roles that may use it."""


def _import_all_services() -> None:
    for module in pkgutil.walk_packages(
        quartierstreff.services.__path__, prefix="quartierstreff.services."
    ):
        importlib.import_module(module.name)


def _service_function(name: str) -> object:
    module, _, function = name.rpartition(".")
    return getattr(importlib.import_module(module), function)


def test_every_service_is_in_the_matrix() -> None:
    _import_all_services()
    assert set(SERVICES) == set(EXPECTED)


def test_role_permissions_follow_the_roles() -> None:
    volunteer = ROLE_PERMISSIONS[Role.VOLUNTEER]
    assert Permission.BOOKINGS_WRITE in volunteer
    assert Permission.PEOPLE_READ not in volunteer  # names and phone only
    assert not {Permission.FINANCE_READ, Permission.FINANCE_WRITE} & volunteer
    assert Permission.FINANCE_WRITE in ROLE_PERMISSIONS[Role.TREASURER]
    assert Permission.USERS_MANAGE not in ROLE_PERMISSIONS[Role.COORDINATOR]
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_service_as_every_role(session: Session, name: str, role: Role) -> None:
    _import_all_services()
    function = _service_function(name)
    actor = ACTORS[role]
    audit_rows = session.scalar(select(func.count()).select_from(AuditEntry))
    if role in EXPECTED[name]:
        # Allowed: the check passes; the call itself then fails only for want of
        # arguments this generic test does not supply.
        try:
            function(session, actor)  # type: ignore[operator]
        except TypeError as missing_arguments:
            assert "argument" in str(missing_arguments)
    else:
        with pytest.raises(PermissionDenied) as denied:
            function(session, actor)  # type: ignore[operator]
        assert denied.value.username == actor.username
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_rows


def test_volunteers_do_not_see_the_bank_account(session: Session) -> None:
    admin = ACTORS[Role.ADMIN]
    centre.save_profile(
        session, admin, CentreProfileView(name="Treff", iban="DE89370400440532013000")
    )
    assert centre.get_profile(session, admin).iban == "DE89370400440532013000"  # type: ignore[union-attr]
    shown = centre.get_profile(session, ACTORS[Role.VOLUNTEER])
    assert shown is not None and shown.name == "Treff" and shown.iban == ""


def _entries(session: Session, entity: str) -> list[AuditEntry]:
    query = select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
    return list(session.scalars(query))


def test_create_and_change_are_recorded_with_who_and_what(session: Session) -> None:
    coordinator = ACTORS[Role.COORDINATOR]
    centre.save_profile(session, coordinator, CentreProfileView(name="Treff Süd", city="Ulm"))
    centre.save_profile(session, coordinator, CentreProfileView(name="Treff Nord", city="Ulm"))

    created, changed = _entries(session, "centre_profile")
    assert (created.action, created.username, created.entity_id) == (
        AuditAction.CREATE,
        "test-coordinator",
        "1",
    )
    assert json.loads(created.changes)["name"] == [None, "Treff Süd"]
    assert changed.action is AuditAction.UPDATE
    assert json.loads(changed.changes) == {"name": ["Treff Süd", "Treff Nord"]}
    assert changed.summary == "Treff Nord"


def test_deletes_are_recorded(session: Session) -> None:
    person = Person(first_name="Jörg", last_name="Weiß", email="jw@example.org")
    session.add(person)
    session.flush()
    person_id = person.id
    with acting_as(session, ACTORS[Role.COORDINATOR]):
        session.delete(person)
    deleted = _entries(session, "persons")[-1]
    assert deleted.action is AuditAction.DELETE
    assert deleted.entity_id == str(person_id)
    assert json.loads(deleted.changes)["email"] == ["jw@example.org", None]


def test_password_hashes_never_reach_the_trail(session: Session) -> None:
    session.add(
        User(
            username="kasse", display_name="Kasse", role=Role.TREASURER, password_hash="$argon2id$x"
        )
    )
    session.flush()
    (entry,) = _entries(session, "users")
    assert "argon2" not in entry.changes
    assert json.loads(entry.changes)["password_hash"] == [None, audit.SECRET]


def test_a_change_without_an_actor_is_refused(engine: Engine) -> None:
    with engine.connect() as connection:
        transaction = connection.begin()
        session = Session(bind=connection, join_transaction_mode="create_savepoint")
        audit.install(session)
        session.add(Person(first_name="Ohne", last_name="Anmeldung"))
        with pytest.raises(MissingActor) as refused:
            session.flush()
        assert refused.value.entities == "persons"
        session.rollback()
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        session.close()
        transaction.rollback()


def test_the_admin_reads_the_trail_newest_first(session: Session) -> None:
    admin = ACTORS[Role.ADMIN]
    centre.save_profile(session, admin, CentreProfileView(name="Eins"))
    centre.save_profile(session, admin, CentreProfileView(name="Zwei"))
    entries = audit.list_entries(session, admin, entity="centre_profile")
    assert [entry.summary for entry in entries] == ["Zwei", "Eins"]
    assert dict(entries[0].changes)["name"] == ("Eins", "Zwei")
    assert audit.list_entries(session, admin, username="niemand") == []


def test_long_texts_are_recorded_shortened(session: Session) -> None:
    """Minutes are autosaved every few seconds and may be 200,000 characters long: the
    trail keeps their beginning and length, not every full copy."""
    long_notes = "Protokoll " * 1_235  # 12,350 characters
    person = Person(first_name="Lang", last_name="Text", notes="kurz")
    with acting_as(session, ACTORS[Role.COORDINATOR]):
        session.add(person)
        session.flush()
        person.notes = long_notes
    created, changed = _entries(session, "persons")[-2:]
    assert json.loads(created.changes)["notes"] == [None, "kurz"]
    old, new = json.loads(changed.changes)["notes"]
    assert old == "kurz"
    assert new == long_notes[: audit.LONG_TEXT_KEPT] + " … (12.350 Zeichen)"
