"""Groups and partner organisations: contact persons from the register, unique names,
clear refusals of bad input, optimistic locking and the bin, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff import clock
from quartierstreff.db.models import GroupPerson, PartnerContact, PartnerKind, Person, Role, Room
from quartierstreff.services import groups, people, trash
from quartierstreff.services.errors import ConcurrentEdit, FieldInvalid, NotFound, PermissionDenied
from quartierstreff.services.groups import GroupDraft, PartnerDraft
from quartierstreff.services.people import PersonDraft
from quartierstreff.services.security import Actor
from tests.conftest import ADMIN

TODAY = dt.date(2026, 11, 24)
VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
TREASURER = Actor(user_id=None, username="kasse", role=Role.TREASURER)


def _person(session: Session, first: str, last: str, **fields: str) -> int:
    draft = PersonDraft(first_name=first, last_name=last, **fields)
    return people.create_person(session, ADMIN, draft, today=TODAY).id


def _room(session: Session, name: str, symbol: str) -> int:
    room = Room(name=name, symbol=symbol)
    session.add(room)
    session.flush()
    return room.id


def test_group_with_contacts_members_and_rooms(session: Session) -> None:
    eva = _person(session, "Eva", "Roth", phone="0711 123", email="eva@example.org")
    max_ = _person(session, "Max", "Acker")
    saal = _room(session, "Saal", "S")
    created = groups.create_group(
        session,
        ADMIN,
        GroupDraft(
            name="  Strickcafé ",
            description="Jeden Dienstag",
            is_public=False,
            email="strick@example.org",
            active_until=dt.date(2027, 6, 30),
            member_ids=(max_,),
            contact_ids=(eva,),
            room_ids=(saal,),
        ),
    )
    assert created.name == "Strickcafé"
    assert [(p.name, p.is_contact) for p in created.people] == [
        ("Eva Roth", True),
        ("Max Acker", False),
    ]
    assert created.room_ids == (saal,)
    assert created.version == 1

    rows = groups.list_groups(session, VOLUNTEER)
    assert [(r.name, r.member_count, r.contact_count, r.contacts) for r in rows] == [
        ("Strickcafé", 2, 1, "Eva Roth")
    ]
    assert groups.list_groups(session, ADMIN, "roth")[0].id == created.id
    assert groups.list_groups(session, ADMIN, "Chor") == []

    # Ehrenamt sees names and phones of contact persons, not their e-mail addresses.
    seen = groups.get_group(session, VOLUNTEER, created.id)
    assert seen.contacts[0].phone == "0711 123" and seen.contacts[0].email == ""
    assert groups.get_group(session, TREASURER, created.id).contacts[0].email == ("eva@example.org")
    assert people.get_person(session, ADMIN, max_).group_ids == (created.id,)


def test_updating_a_group_changes_its_people(session: Session) -> None:
    eva = _person(session, "Eva", "Roth")
    max_ = _person(session, "Max", "Acker")
    created = groups.create_group(session, ADMIN, GroupDraft("Chor", contact_ids=(eva,)))
    draft = GroupDraft("Chor am Montag", member_ids=(eva,), contact_ids=(max_,))
    updated = groups.update_group(
        session, ADMIN, created.id, draft, expected_version=created.version
    )
    assert updated.name == "Chor am Montag"
    assert {(p.name, p.is_contact) for p in updated.people} == {
        ("Eva Roth", False),
        ("Max Acker", True),
    }
    assert updated.version > created.version
    assert updated.to_draft().contact_ids == (max_,)
    # Taking someone out of the group keeps the person.
    updated = groups.update_group(session, ADMIN, created.id, GroupDraft("Chor"))
    assert updated.people == ()
    assert session.scalar(select(func.count()).select_from(Person)) == 2


def test_a_stale_group_form_is_refused(session: Session) -> None:
    created = groups.create_group(session, ADMIN, GroupDraft("Chor"))
    groups.update_group(session, ADMIN, created.id, GroupDraft("Chor 2"))
    with pytest.raises(ConcurrentEdit) as stale:
        groups.update_group(
            session, ADMIN, created.id, GroupDraft("Chor 3"), expected_version=created.version
        )
    assert stale.value.entity == "group"
    assert groups.get_group(session, ADMIN, created.id).name == "Chor 2"


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (GroupDraft("   "), "name", "required"),
        (GroupDraft("x" * 201), "name", "too_long"),
        (GroupDraft("Chor\x00"), "name", "control_characters"),
        (GroupDraft("Chor", email="chor.example.org"), "email", "email_format"),
        (GroupDraft("Chor", description="x" * 20_001), "description", "too_long"),
        (GroupDraft("strickcafé"), "name", "taken"),
    ],
)
def test_bad_group_input_saves_nothing(
    session: Session, draft: GroupDraft, field: str, reason: str
) -> None:
    groups.create_group(session, ADMIN, GroupDraft("Strickcafé"))
    with pytest.raises(FieldInvalid) as invalid:
        groups.create_group(session, ADMIN, draft)
    assert (invalid.value.field, invalid.value.reason) == (field, reason)
    assert len(groups.list_groups(session, ADMIN)) == 1


def test_unknown_people_and_rooms_are_refused(session: Session) -> None:
    with pytest.raises(NotFound) as missing:
        groups.create_group(session, ADMIN, GroupDraft("Chor", member_ids=(9999,)))
    assert missing.value.entity == "person"
    with pytest.raises(NotFound) as missing:
        groups.create_group(session, ADMIN, GroupDraft("Chor", room_ids=(9999,)))
    assert missing.value.entity == "room"
    assert groups.list_groups(session, ADMIN) == []


def test_renaming_a_group_to_its_own_name_is_fine(session: Session) -> None:
    created = groups.create_group(session, ADMIN, GroupDraft("Chor"))
    assert groups.update_group(session, ADMIN, created.id, GroupDraft("CHOR")).name == "CHOR"


def test_deleting_a_group_goes_to_the_bin_and_comes_back(session: Session) -> None:
    eva = _person(session, "Eva", "Roth")
    created = groups.create_group(session, ADMIN, GroupDraft("Chor", contact_ids=(eva,)))
    entry = groups.delete_group(session, ADMIN, created.id)
    assert entry.summary == "Chor"
    assert groups.list_groups(session, ADMIN) == []
    assert session.scalar(select(func.count()).select_from(GroupPerson)) == 0
    trash.restore_from_trash(session, ADMIN, entry.id, clock.now())
    restored = groups.list_groups(session, ADMIN)
    assert [(r.name, r.contacts) for r in restored] == [("Chor", "Eva Roth")]


def test_volunteers_read_but_do_not_write(session: Session) -> None:
    with pytest.raises(PermissionDenied):
        groups.create_group(session, VOLUNTEER, GroupDraft("Chor"))
    with pytest.raises(PermissionDenied):
        groups.create_partner(session, VOLUNTEER, PartnerDraft("Stadt"))
    assert groups.list_partners(session, VOLUNTEER) == []


def test_room_choices_in_settings_order(session: Session) -> None:
    _room(session, "Saal", "S")
    _room(session, "Küche", "K")
    assert [c.name for c in groups.room_choices(session, VOLUNTEER)] == ["Küche", "Saal"]


# --- partners ----------------------------------------------------------------


def test_partner_with_contacts_and_functions(session: Session) -> None:
    eva = _person(session, "Eva", "Roth", mobile="0170 1", email="eva@stadt.de")
    created = groups.create_partner(
        session,
        ADMIN,
        PartnerDraft(
            name="Stadt Stuttgart",
            kind=PartnerKind.MUNICIPALITY,
            street="Marktplatz 1",
            postal_code="70173",
            city="Stuttgart",
            email="info@stuttgart.de",
            phone="0711 216-0",
            website="www.stuttgart.de",
            notes="Ansprechpartner wechselt oft",
            contacts=((eva, " Quartiersmanagement "),),
        ),
    )
    assert created.contacts[0].function == "Quartiersmanagement"
    assert created.contacts[0].phone == "0170 1"
    assert created.to_draft().contacts == ((eva, "Quartiersmanagement"),)
    groups.create_partner(session, ADMIN, PartnerDraft("Bürgerstiftung", PartnerKind.FUNDER))

    rows = groups.list_partners(session, ADMIN)
    assert [r.name for r in rows] == ["Bürgerstiftung", "Stadt Stuttgart"]
    assert rows[1].contacts == "Eva Roth (Quartiersmanagement)"
    only = groups.list_partners(session, ADMIN, PartnerKind.FUNDER)
    assert [r.name for r in only] == ["Bürgerstiftung"]
    assert [r.name for r in groups.list_partners(session, ADMIN, text="quartiers")] == [
        "Stadt Stuttgart"
    ]
    assert groups.get_partner(session, VOLUNTEER, created.id).contacts[0].email == ""


def test_partner_contacts_change_and_go(session: Session) -> None:
    eva = _person(session, "Eva", "Roth")
    max_ = _person(session, "Max", "Acker")
    created = groups.create_partner(
        session, ADMIN, PartnerDraft("Schule", PartnerKind.SCHOOL, contacts=((eva, "Rektorin"),))
    )
    updated = groups.update_partner(
        session,
        ADMIN,
        created.id,
        PartnerDraft("Schule", PartnerKind.SCHOOL, contacts=((max_, "Hausmeister"),)),
        expected_version=created.version,
    )
    assert [(c.name, c.function) for c in updated.contacts] == [("Max Acker", "Hausmeister")]
    assert session.scalar(select(func.count()).select_from(PartnerContact)) == 1
    with pytest.raises(ConcurrentEdit):
        groups.update_partner(
            session, ADMIN, created.id, PartnerDraft("S"), expected_version=created.version
        )


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (PartnerDraft(""), "name", "required"),
        (PartnerDraft("Kirche"), "name", "taken"),
        (PartnerDraft("X", postal_code="7017"), "postal_code", "five_digits"),
        (PartnerDraft("X", postal_code="70173a"), "postal_code", "five_digits"),
        (PartnerDraft("X", email="info(at)x.de"), "email", "email_format"),
        (PartnerDraft("X", website="stuttgart"), "website", "website_format"),
        (PartnerDraft("X", website="www stuttgart.de"), "website", "website_format"),
        (PartnerDraft("X", phone="call me"), "phone", "phone_format"),
        (PartnerDraft("X", notes="x" * 20_001), "notes", "too_long"),
        (PartnerDraft("X", street="x" * 201), "street", "too_long"),
    ],
)
def test_bad_partner_input_saves_nothing(
    session: Session, draft: PartnerDraft, field: str, reason: str
) -> None:
    groups.create_partner(session, ADMIN, PartnerDraft("Kirche", PartnerKind.CHURCH))
    with pytest.raises(FieldInvalid) as invalid:
        groups.create_partner(session, ADMIN, draft)
    assert (invalid.value.field, invalid.value.reason) == (field, reason)
    assert len(groups.list_partners(session, ADMIN)) == 1


def test_good_websites_are_accepted(session: Session) -> None:
    for number, site in enumerate(("https://www.example.org/verein", "example.de", "a.b.c")):
        groups.create_partner(session, ADMIN, PartnerDraft(f"P{number}", website=site))


def test_deleting_a_partner_keeps_its_contact_people(session: Session) -> None:
    eva = _person(session, "Eva", "Roth")
    created = groups.create_partner(session, ADMIN, PartnerDraft("Kirche", contacts=((eva, ""),)))
    entry = groups.delete_partner(session, ADMIN, created.id)
    assert groups.list_partners(session, ADMIN) == []
    assert session.get(Person, eva) is not None
    trash.restore_from_trash(session, ADMIN, entry.id, clock.now())
    assert groups.list_partners(session, ADMIN)[0].contacts == "Eva Roth"
    with pytest.raises(NotFound):
        groups.get_partner(session, ADMIN, 99999)
