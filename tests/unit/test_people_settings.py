"""Einstellungen ▸ Personen: custom fields and membership types, on both databases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff import clock
from quartierstreff.db.models import CustomFieldType, CustomFieldValue, Role
from quartierstreff.services import people, people_settings, trash
from quartierstreff.services.errors import DeleteBlocked, FieldInvalid, PermissionDenied
from quartierstreff.services.people import MembershipDraft, PersonDraft
from quartierstreff.services.people_settings import CustomFieldDraft, MembershipTypeDraft
from quartierstreff.services.security import Actor
from tests.conftest import ADMIN

TODAY = dt.date(2026, 11, 24)
VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
TREASURER = Actor(user_id=None, username="kasse", role=Role.TREASURER)


def test_keys_come_from_the_label() -> None:
    assert people_settings.key_for("Öffentl. Verkehrsmittel?") == "oeffentl_verkehrsmittel"
    assert people_settings.key_for("Größe (T-Shirt)") == "groesse_t_shirt"
    assert people_settings.key_for("!!!") == "feld"
    assert len(people_settings.key_for("x" * 300)) == 40


def test_custom_fields_in_order_with_unique_keys(session: Session) -> None:
    shirt = people_settings.create_custom_field(
        session,
        ADMIN,
        CustomFieldDraft("T-Shirt-Größe", CustomFieldType.CHOICE, "S\n M \n\nL\nM\n"),
    )
    assert shirt.key == "t_shirt_groesse"
    assert shirt.choices == ("S", "M", "L")
    other = people_settings.create_custom_field(session, ADMIN, CustomFieldDraft("T-Shirt Größe"))
    assert other.key == "t_shirt_groesse_2"
    first = people_settings.create_custom_field(
        session, ADMIN, CustomFieldDraft("Allergien", position=0)
    )
    listed = people_settings.list_custom_fields(session, VOLUNTEER)
    assert [f.label for f in listed] == ["Allergien", "T-Shirt-Größe", "T-Shirt Größe"]
    moved = people_settings.move_custom_field(session, ADMIN, first.id, 2)
    assert [f.label for f in moved] == ["T-Shirt-Größe", "T-Shirt Größe", "Allergien"]
    assert [f.position for f in moved] == [1, 2, 3]
    # The people form offers them in the same order.
    choices = people.people_choices(session, ADMIN).custom_fields
    assert [c.label for c in choices] == ["T-Shirt-Größe", "T-Shirt Größe", "Allergien"]


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (CustomFieldDraft("  "), "label", "required"),
        (CustomFieldDraft("allergien"), "label", "taken"),
        (CustomFieldDraft("x" * 201), "label", "too_long"),
        (CustomFieldDraft("Größe", CustomFieldType.CHOICE, "\n \n"), "choices", "required"),
        (CustomFieldDraft("Größe", CustomFieldType.CHOICE, "x" * 201), "choices", "too_long"),
    ],
)
def test_bad_custom_fields_are_refused(
    session: Session, draft: CustomFieldDraft, field: str, reason: str
) -> None:
    people_settings.create_custom_field(session, ADMIN, CustomFieldDraft("Allergien"))
    with pytest.raises(FieldInvalid) as invalid:
        people_settings.create_custom_field(session, ADMIN, draft)
    assert (invalid.value.field, invalid.value.reason) == (field, reason)
    assert len(people_settings.list_custom_fields(session, ADMIN)) == 1


def test_a_field_in_use_keeps_its_type_and_used_choices(session: Session) -> None:
    size = people_settings.create_custom_field(
        session, ADMIN, CustomFieldDraft("Größe", CustomFieldType.CHOICE, "S\nM")
    )
    people.create_person(
        session,
        ADMIN,
        PersonDraft(last_name="Roth", custom_values=((size.id, "M"),)),
        today=TODAY,
    )
    assert people_settings.list_custom_fields(session, ADMIN)[0].value_count == 1
    with pytest.raises(FieldInvalid) as invalid:
        people_settings.update_custom_field(
            session, ADMIN, size.id, CustomFieldDraft("Größe", CustomFieldType.TEXT)
        )
    assert (invalid.value.field, invalid.value.reason) == ("field_type", "in_use")
    with pytest.raises(FieldInvalid) as invalid:
        people_settings.update_custom_field(
            session, ADMIN, size.id, CustomFieldDraft("Größe", CustomFieldType.CHOICE, "S\nL")
        )
    assert (invalid.value.reason, invalid.value.value) == ("choice_in_use", "M")
    renamed = people_settings.update_custom_field(
        session, ADMIN, size.id, CustomFieldDraft("Shirt", CustomFieldType.CHOICE, "M\nXL")
    )
    assert (renamed.label, renamed.key, renamed.choices) == ("Shirt", "groesse", ("M", "XL"))


def test_deleting_a_field_deletes_its_values_into_the_bin(session: Session) -> None:
    field = people_settings.create_custom_field(session, ADMIN, CustomFieldDraft("Allergien"))
    person = people.create_person(
        session,
        ADMIN,
        PersonDraft(last_name="Roth", custom_values=((field.id, "Nüsse"),)),
        today=TODAY,
    )
    entry = people_settings.delete_custom_field(session, ADMIN, field.id)
    assert people_settings.list_custom_fields(session, ADMIN) == []
    assert session.scalar(select(func.count()).select_from(CustomFieldValue)) == 0
    trash.restore_from_trash(session, ADMIN, entry.id, clock.now())
    restored = people_settings.list_custom_fields(session, ADMIN)
    assert people.get_person(session, ADMIN, person.id).custom_values == (
        (restored[0].id, "Nüsse"),
    )


def test_settings_need_the_settings_permission(session: Session) -> None:
    with pytest.raises(PermissionDenied):
        people_settings.create_custom_field(session, TREASURER, CustomFieldDraft("X"))
    with pytest.raises(PermissionDenied):
        people_settings.create_membership_type(session, VOLUNTEER, MembershipTypeDraft("X"))
    assert people_settings.list_membership_types(session, VOLUNTEER) == []


def test_membership_types(session: Session) -> None:
    full = people_settings.create_membership_type(
        session, ADMIN, MembershipTypeDraft(" Vollmitglied ", Decimal("36.00"))
    )
    assert (full.name, full.annual_fee) == ("Vollmitglied", Decimal("36.00"))
    reduced = people_settings.create_membership_type(
        session, ADMIN, MembershipTypeDraft("Ermäßigt", Decimal("12"))
    )
    people.create_person(
        session,
        ADMIN,
        PersonDraft(
            last_name="Roth",
            memberships=(MembershipDraft(dt.date(2020, 1, 1), membership_type_id=full.id),),
        ),
        today=TODAY,
    )
    listed = people_settings.list_membership_types(session, ADMIN)
    assert [(t.name, t.member_count) for t in listed] == [("Ermäßigt", 0), ("Vollmitglied", 1)]
    changed = people_settings.update_membership_type(
        session, ADMIN, full.id, MembershipTypeDraft("Voll", Decimal("40.50"))
    )
    assert (changed.name, changed.annual_fee, changed.member_count) == (
        "Voll",
        Decimal("40.50"),
        1,
    )
    with pytest.raises(DeleteBlocked) as blocked:
        people_settings.delete_membership_type(session, ADMIN, full.id)
    assert blocked.value.count == 1
    people_settings.delete_membership_type(session, ADMIN, reduced.id)
    assert [t.name for t in people_settings.list_membership_types(session, ADMIN)] == ["Voll"]


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (MembershipTypeDraft(""), "name", "required"),
        (MembershipTypeDraft("FAMILIE"), "name", "taken"),
        (MembershipTypeDraft("X", Decimal("-1")), "annual_fee", "negative"),
        (MembershipTypeDraft("X", Decimal("100000")), "annual_fee", "too_high"),
        (MembershipTypeDraft("X", Decimal("1.234")), "annual_fee", "cents"),
    ],
)
def test_bad_membership_types_are_refused(
    session: Session, draft: MembershipTypeDraft, field: str, reason: str
) -> None:
    people_settings.create_membership_type(session, ADMIN, MembershipTypeDraft("Familie"))
    with pytest.raises(FieldInvalid) as invalid:
        people_settings.create_membership_type(session, ADMIN, draft)
    assert (invalid.value.field, invalid.value.reason) == (field, reason)
    assert len(people_settings.list_membership_types(session, ADMIN)) == 1
