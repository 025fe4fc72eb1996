"""The people service: validation, search, filters, sorting, editing, leaving, the bin.

Runs on SQLite and PostgreSQL (the ``session`` fixture)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    AuditEntry,
    ConsentPurpose,
    CustomFieldDefinition,
    CustomFieldType,
    Group,
    MembershipType,
    Person,
    PersonSearchWord,
    Role,
)
from quartierstreff.services import people
from quartierstreff.services.errors import (
    ConcurrentEdit,
    DuplicatePerson,
    FieldInvalid,
    NotFound,
)
from quartierstreff.services.people import (
    ConsentDraft,
    MembershipDraft,
    PeopleFilter,
    PeopleSort,
    PersonDraft,
    PersonStatus,
)
from quartierstreff.services.security import Actor
from quartierstreff.services.trash import restore_from_trash
from tests.conftest import ADMIN

TODAY = dt.date(2026, 11, 24)
VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
TREASURER = Actor(user_id=None, username="kasse", role=Role.TREASURER)


def _draft(**fields: object) -> PersonDraft:
    base: dict[str, object] = {
        "first_name": "Jürgen",
        "last_name": "Weiß",
        "street": "Lindenhofstraße 12",
        "postal_code": "70469",
        "city": "Stuttgart",
        "email": "j.weiss@example.org",
        "phone": "0711 555 1234",
    }
    base.update(fields)
    return PersonDraft(**base)  # type: ignore[arg-type]


def _add(session: Session, **fields: object) -> people.PersonDetail:
    return people.create_person(session, ADMIN, _draft(**fields), today=TODAY)


def _find(session: Session, text: str = "", actor: Actor = ADMIN, **filters: object) -> list[str]:
    ids = people.find_people(session, actor, PeopleFilter(text=text, **filters), today=TODAY)  # type: ignore[arg-type]
    return [row.last_name for row in people.people_rows(session, actor, ids, today=TODAY)]


# --- validation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"last_name": "  "}, "last_name", "required"),
        ({"postal_code": "7046"}, "postal_code", "five_digits"),
        ({"postal_code": "7046A"}, "postal_code", "five_digits"),
        ({"email": "j.weiss.example.org"}, "email", "email_format"),
        ({"email": "j@weiss"}, "email", "email_format"),
        ({"phone": "0711-ABC"}, "phone", "phone_format"),
        ({"birth_date": dt.date(2027, 1, 1)}, "birth_date", "future"),
        ({"birth_date": dt.date(1850, 1, 1)}, "birth_date", "too_early"),
        ({"notes": "x" * 10_000_000}, "notes", "too_long"),
        ({"first_name": "Jür\x00gen"}, "first_name", "control_characters"),
        ({"last_name": "W" * 201}, "last_name", "too_long"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    session: Session, fields: dict[str, object], field: str, reason: str
) -> None:
    before = session.scalar(select(func.count()).select_from(Person))
    with pytest.raises(FieldInvalid) as refused:
        people.create_person(session, ADMIN, _draft(**fields), today=TODAY)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert session.scalar(select(func.count()).select_from(Person)) == before


def test_every_problem_of_a_draft_is_listed_in_form_order() -> None:
    draft = people.clean_draft(_draft(last_name="", postal_code="123", email="nope"))
    problems = people.person_problems(draft, TODAY)
    assert [(p.field, p.reason) for p in problems] == [
        ("last_name", "required"),
        ("postal_code", "five_digits"),
        ("email", "email_format"),
    ]


def test_membership_periods_must_not_overlap_or_run_backwards() -> None:
    overlapping = _draft(
        memberships=(
            MembershipDraft(dt.date(2020, 1, 1), None),
            MembershipDraft(dt.date(2022, 1, 1), dt.date(2023, 1, 1)),
        )
    )
    backwards = _draft(memberships=(MembershipDraft(dt.date(2020, 1, 1), dt.date(2019, 1, 1)),))
    assert [p.reason for p in people.person_problems(overlapping, TODAY)] == ["overlap"]
    assert [p.reason for p in people.person_problems(backwards, TODAY)] == ["before_start"]


def test_text_is_stripped_and_normalised(session: Session) -> None:
    decomposed = "Mu\u0308ller"  # ü as u + combining diaeresis, as some Mac exports have it
    created = _add(session, first_name="  Erika ", last_name=decomposed, email=" e@example.org ")
    assert (created.first_name, created.last_name, created.email) == (
        "Erika",
        "Müller",
        "e@example.org",
    )


# --- search ------------------------------------------------------------------------


def test_search_matches_word_starts_of_name_address_email_and_phone(session: Session) -> None:
    _add(session)
    _add(
        session,
        first_name="Ayşe",
        last_name="Yılmaz",
        street="Ahornweg 3",
        email="ayse@example.de",
        phone="+49 711 555 98",
    )
    assert _find(session, "wei") == ["Weiß"]
    assert _find(session, "WEISS") == ["Weiß"]  # ß folds to ss
    assert _find(session, "jür wei") == ["Weiß"]  # every word must match
    assert _find(session, "jurgen") == ["Weiß"]  # without the umlaut
    assert _find(session, "juergen") == ["Weiß"]  # written out
    assert _find(session, "lindenhof") == ["Weiß"]
    assert _find(session, "70469") == ["Weiß", "Yılmaz"]
    assert _find(session, "example.de") == ["Yılmaz"]
    assert _find(session, "0711 555 12") == ["Weiß"]
    assert _find(session, "0711555") == ["Weiß"]  # digits run together
    assert _find(session, "ayse") == ["Yılmaz"]
    assert _find(session, "eiß") == []  # the start of a word, not the middle
    assert _find(session, "weiß müller") == []
    assert _find(session, "  ;;  ") == ["Weiß", "Yılmaz"]  # no words: everybody


@pytest.mark.parametrize("selective", [0, people.SELECTIVE], ids=["id-sets", "driver-word"])
def test_both_search_plans_find_the_same_people(
    session: Session, selective: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people, "SELECTIVE", selective)
    _add(session)
    _add(session, first_name="Jürgen", last_name="Weber", email="jw@example.org", phone="")
    assert _find(session, "jürgen wei") == ["Weiß"]
    assert _find(session, "jürgen we") == ["Weber", "Weiß"]
    assert _find(session, "0711 555 12") == ["Weiß"]
    assert _find(session, "0711 556") == []  # a phone number is searched as one


def test_the_index_follows_edits_and_deletions(session: Session) -> None:
    created = _add(session)
    people.update_person(
        session,
        ADMIN,
        created.id,
        _draft(last_name="Schwarz", street="Ahornweg 1", email="js@example.org"),
        today=TODAY,
    )
    assert _find(session, "weiß") == []
    assert _find(session, "schwarz ahorn") == ["Schwarz"]
    people.delete_person(session, ADMIN, created.id)
    assert _find(session, "schwarz") == []
    words = select(func.count()).where(PersonSearchWord.person_id == created.id)
    assert session.scalar(words) == 0


def test_a_person_restored_from_the_bin_is_found_again(session: Session) -> None:
    created = _add(session)
    entry = people.delete_person(session, ADMIN, created.id)
    restore_from_trash(session, ADMIN, entry.id, dt.datetime(2026, 11, 24, 12, 0))
    assert _find(session, "weiß") == ["Weiß"]


def test_volunteers_search_names_and_phones_but_not_addresses(session: Session) -> None:
    _add(session)
    assert _find(session, "weiß", VOLUNTEER) == ["Weiß"]
    assert _find(session, "0711", VOLUNTEER) == ["Weiß"]
    assert _find(session, "lindenhof", VOLUNTEER) == []
    assert _find(session, "example", VOLUNTEER) == []
    ids = people.find_people(session, VOLUNTEER, PeopleFilter(), today=TODAY)
    (row,) = people.people_rows(session, VOLUNTEER, ids, today=TODAY)
    assert (row.street, row.email, row.phone) == ("", "", "0711 555 1234")


# --- filters and sorting -------------------------------------------------------------


def _register(session: Session) -> dict[str, int]:
    full = MembershipType(name="Ordentlich")
    reduced = MembershipType(name="Ermäßigt")
    chess = Group(name="Schachgruppe")
    session.add_all([full, reduced, chess])
    session.flush()
    member = _add(
        session,
        last_name="Aktiv",
        email="a@example.org",
        memberships=(MembershipDraft(dt.date(2020, 3, 1), None, reduced.id),),
        group_ids=(chess.id,),
        consents=(
            ConsentDraft(ConsentPurpose.PHOTOS_WEB, dt.date(2020, 3, 1), "2020-01"),
            ConsentDraft(
                ConsentPurpose.NEWSLETTER, dt.date(2020, 3, 1), "2020-01", "", dt.date(2024, 1, 1)
            ),
        ),
    )
    former = _add(
        session,
        last_name="Ehemalig",
        email="e@example.org",
        memberships=(MembershipDraft(dt.date(2015, 1, 1), dt.date(2023, 12, 31), full.id),),
    )
    contact = _add(session, last_name="Kontakt", email="k@example.org", group_ids=(chess.id,))
    return {
        "member": member.id,
        "former": former.id,
        "contact": contact.id,
        "chess": chess.id,
        "reduced": reduced.id,
        "full": full.id,
    }


def test_filters_by_status_group_type_and_consent(session: Session) -> None:
    ids = _register(session)
    assert _find(session, status=PersonStatus.MEMBER) == ["Aktiv"]
    assert _find(session, status=PersonStatus.FORMER) == ["Ehemalig"]
    assert _find(session, status=PersonStatus.NON_MEMBER) == ["Kontakt"]
    assert _find(session, group_id=ids["chess"]) == ["Aktiv", "Kontakt"]
    assert _find(session, membership_type_id=ids["reduced"]) == ["Aktiv"]
    assert _find(session, membership_type_id=ids["full"]) == []  # only current periods count
    assert _find(session, consent=ConsentPurpose.PHOTOS_WEB) == ["Aktiv"]
    assert _find(session, consent=ConsentPurpose.NEWSLETTER) == []  # withdrawn
    assert _find(session, "aktiv", status=PersonStatus.FORMER) == []


def test_rows_carry_status_and_membership(session: Session) -> None:
    ids = _register(session)
    rows = {
        row.last_name: row
        for row in people.people_rows(session, ADMIN, list(ids.values())[:3], today=TODAY)
    }
    assert rows["Aktiv"].status is PersonStatus.MEMBER
    assert rows["Aktiv"].member_since == dt.date(2020, 3, 1)
    assert rows["Aktiv"].membership_type == "Ermäßigt"
    assert rows["Ehemalig"].status is PersonStatus.FORMER
    assert rows["Ehemalig"].member_until == dt.date(2023, 12, 31)
    assert rows["Kontakt"].status is PersonStatus.NON_MEMBER


def test_sorting_by_each_column_both_ways(session: Session) -> None:
    _register(session)
    for sort in PeopleSort:
        up = people.find_people(session, ADMIN, PeopleFilter(), today=TODAY, sort=sort)
        down = people.find_people(
            session, ADMIN, PeopleFilter(), today=TODAY, sort=sort, descending=True
        )
        assert sorted(up) == sorted(down) and len(up) == 3
        assert up == list(reversed(down))
    by_name = people.find_people(session, ADMIN, PeopleFilter(), today=TODAY)
    assert _find(session) == ["Aktiv", "Ehemalig", "Kontakt"]
    assert people.count_people(session, ADMIN, PeopleFilter(), today=TODAY) == len(by_name)


def test_blocked_people_are_hidden_unless_asked_for(session: Session) -> None:
    created = _add(session)
    person = session.get_one(Person, created.id)
    person.blocked_on = TODAY
    session.flush()
    assert _find(session) == []
    assert _find(session, include_blocked=True) == ["Weiß"]


# --- editing -------------------------------------------------------------------------


def test_create_and_read_back_everything(session: Session) -> None:
    field = CustomFieldDefinition(
        key="schluessel", label="Schlüssel", field_type=CustomFieldType.YES_NO, choices=""
    )
    number = CustomFieldDefinition(
        key="spende", label="Spende", field_type=CustomFieldType.NUMBER, choices=""
    )
    session.add_all([field, number])
    session.flush()
    created = _add(
        session,
        birth_date=dt.date(1958, 7, 3),
        notes="Bringt Kuchen mit.\nBitte nur abends anrufen.",
        custom_values=((field.id, "ja"), (number.id, "1.234,50")),
    )
    read = people.get_person(session, TREASURER, created.id)
    assert read == created
    assert read.birth_date == dt.date(1958, 7, 3)
    assert dict(read.custom_values) == {field.id: "true", number.id: "1234.50"}
    assert read.status_on(TODAY) is PersonStatus.NON_MEMBER


def test_bad_custom_values_are_refused(session: Session) -> None:
    field = CustomFieldDefinition(
        key="bis", label="Erste Hilfe bis", field_type=CustomFieldType.DATE, choices=""
    )
    session.add(field)
    session.flush()
    with pytest.raises(FieldInvalid) as refused:
        _add(session, custom_values=((field.id, "31.02.2027"),))
    assert (refused.value.field, refused.value.reason) == ("custom:Erste Hilfe bis", "custom_date")
    with pytest.raises(FieldInvalid):  # no century is guessed, as in the import
        _add(session, custom_values=((field.id, "3.7.27"),))


def test_likely_duplicates_are_refused_unless_allowed(session: Session) -> None:
    first = _add(session, birth_date=dt.date(1958, 7, 3))
    with pytest.raises(DuplicatePerson) as twin:
        _add(session, email="other@example.org", birth_date=dt.date(1958, 7, 3))
    assert twin.value.existing_id == first.id
    with pytest.raises(DuplicatePerson):  # same e-mail, other name
        _add(session, first_name="Anna", last_name="Weiß", email="J.Weiss@example.org")
    # Same name, other birth date: a different person.
    _add(session, email="", birth_date=dt.date(1990, 1, 1))
    people.create_person(
        session, ADMIN, _draft(birth_date=dt.date(1958, 7, 3)), today=TODAY, allow_duplicate=True
    )
    assert session.scalar(select(func.count()).select_from(Person)) == 3


def test_update_with_a_stale_version_changes_nothing(session: Session) -> None:
    created = _add(session)
    people.update_person(
        session,
        ADMIN,
        created.id,
        _draft(city="Esslingen", postal_code="73728"),
        today=TODAY,
        expected_version=created.version,
    )
    with pytest.raises(ConcurrentEdit):
        people.update_person(
            session,
            ADMIN,
            created.id,
            _draft(city="Ulm"),
            today=TODAY,
            expected_version=created.version,
        )
    assert people.get_person(session, ADMIN, created.id).city == "Esslingen"


def test_every_save_raises_the_version_even_for_child_rows_only(session: Session) -> None:
    created = _add(session)
    changed = people.update_person(
        session,
        ADMIN,
        created.id,
        _draft(consents=(ConsentDraft(ConsentPurpose.NEWSLETTER, TODAY, "2026-01"),)),
        today=TODAY,
        expected_version=created.version,
    )
    assert changed.version > created.version
    assert [c.purpose for c in changed.consents] == [ConsentPurpose.NEWSLETTER]


def test_edits_keep_the_rows_of_memberships_and_consents(session: Session) -> None:
    created = _add(
        session,
        memberships=(MembershipDraft(dt.date(2020, 1, 1)),),
        consents=(ConsentDraft(ConsentPurpose.PHOTOS_PRINT, dt.date(2020, 1, 1), "2020-01"),),
    )
    draft = created.to_draft()
    withdrawn = ConsentDraft(
        ConsentPurpose.PHOTOS_PRINT,
        dt.date(2020, 1, 1),
        "2020-01",
        withdrawn_on=TODAY,
        id=created.consents[0].id,
    )
    changed = people.update_person(
        session,
        ADMIN,
        created.id,
        PersonDraft(**{**_as_dict(draft), "consents": (withdrawn,)}),
        today=TODAY,
    )
    assert changed.consents[0].id == created.consents[0].id
    assert changed.consents[0].withdrawn_on == TODAY
    assert not changed.consents[0].active_on(TODAY)
    assert changed.memberships[0].id == created.memberships[0].id


def _as_dict(draft: PersonDraft) -> dict[str, object]:
    return {name: getattr(draft, name) for name in PersonDraft.__dataclass_fields__}


def test_leaving_sets_an_end_date_and_deletes_nothing(session: Session) -> None:
    created = _add(session, memberships=(MembershipDraft(dt.date(2020, 1, 1)),))
    left = people.end_membership(session, ADMIN, created.id, dt.date(2026, 12, 31))
    assert left.memberships[0].end_date == dt.date(2026, 12, 31)
    assert left.status_on(dt.date(2027, 1, 1)) is PersonStatus.FORMER
    with pytest.raises(FieldInvalid) as refused:
        people.end_membership(session, ADMIN, created.id, dt.date(2027, 1, 1))
    assert refused.value.reason == "no_open_membership"
    assert people.get_person(session, ADMIN, created.id).memberships == left.memberships


def test_unknown_people_groups_and_types_are_reported(session: Session) -> None:
    with pytest.raises(NotFound):
        people.get_person(session, ADMIN, 999_999)
    with pytest.raises(NotFound) as missing:
        _add(session, group_ids=(999_999,))
    assert missing.value.entity == "group"
    with pytest.raises(NotFound):
        _add(session, memberships=(MembershipDraft(dt.date(2020, 1, 1), None, 999_999),))


def test_changes_are_in_the_audit_trail(session: Session) -> None:
    created = _add(session)
    entries = session.scalars(
        select(AuditEntry).where(
            AuditEntry.entity == "persons", AuditEntry.entity_id == str(created.id)
        )
    ).all()
    assert [entry.action.value for entry in entries] == ["create"]
    assert entries[0].username == ADMIN.username
    # The derived word index is not audited row by row.
    assert not session.scalar(
        select(func.count()).where(AuditEntry.entity == "person_search_words")
    )


def test_choices_list_groups_types_and_custom_fields(session: Session) -> None:
    ids = _register(session)
    choices = people.people_choices(session, VOLUNTEER)
    assert [g.name for g in choices.groups] == ["Schachgruppe"]
    assert {t.id for t in choices.membership_types} == {ids["full"], ids["reduced"]}


def test_names_sort_in_german_dictionary_order(session: Session) -> None:
    for number, last in enumerate(["Zimmermann", "Öztürk", "Ochs", "Ahrens", "Äbi", "weiß"]):
        _add(session, last_name=last, email=f"p{number}@example.org")
    assert _find(session) == ["Äbi", "Ahrens", "Ochs", "Öztürk", "weiß", "Zimmermann"]


@pytest.mark.parametrize(
    ("field_type", "stored", "shown"),
    [
        (CustomFieldType.YES_NO, "true", "ja"),
        (CustomFieldType.YES_NO, "false", "nein"),
        (CustomFieldType.DATE, "2028-10-13", "13.10.2028"),
        (CustomFieldType.NUMBER, "1234.50", "1234,50"),
        (CustomFieldType.TEXT, "Haupteingang", "Haupteingang"),
        (CustomFieldType.DATE, "", ""),
    ],
)
def test_custom_values_read_as_people_write_them(
    field_type: CustomFieldType, stored: str, shown: str
) -> None:
    assert people.custom_value_text(field_type, stored) == shown
