"""Import preview, import and export of the people register, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    AuditAction,
    AuditEntry,
    CustomFieldDefinition,
    CustomFieldType,
    Group,
    MembershipType,
    Person,
    Role,
)
from quartierstreff.db.open import open_database
from quartierstreff.importers.people import guess_mapping
from quartierstreff.importers.tabular import Table, TableRow
from quartierstreff.services import people, people_io
from quartierstreff.services.errors import (
    ImportCancelled,
    ImportHasInvalidRows,
    PermissionDenied,
    TableFileInvalid,
)
from quartierstreff.services.people import MembershipDraft, PeopleFilter, PersonDraft
from quartierstreff.services.security import Actor, acting_as
from tests.conftest import ADMIN

TODAY = dt.date(2026, 11, 24)
VOLUNTEER = Actor(user_id=None, username="ehrenamt", role=Role.VOLUNTEER)
TREASURER = Actor(user_id=None, username="kasse", role=Role.TREASURER)

HEADERS = ("Vorname", "Nachname", "E-Mail", "Geburtsdatum", "Eintritt", "Mitgliedsart", "Gruppen")


def _table(*rows: tuple[str, ...], headers: tuple[str, ...] = HEADERS) -> Table:
    return Table(
        "liste.csv",
        headers,
        tuple(TableRow(line, row) for line, row in enumerate(rows, start=2)),
    )


def _preview(session: Session, table: Table) -> people_io.ImportPreview:
    mapping = guess_mapping(table.headers, people.people_choices(session, ADMIN).custom_fields)
    return people_io.preview_import(session, ADMIN, table, mapping, TODAY)


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Person)) or 0


def test_preview_shows_rows_duplicates_invalid_rows_and_what_is_new(session: Session) -> None:
    session.add_all([MembershipType(name="Ordentlich"), Group(name="Chor")])
    people.create_person(
        session,
        ADMIN,
        PersonDraft(first_name="Anna", last_name="Schmidt", birth_date=dt.date(1958, 7, 3)),
        today=TODAY,
    )
    people.create_person(
        session, ADMIN, PersonDraft(last_name="Maier", email="b.maier@example.org"), today=TODAY
    )
    table = _table(
        ("anna", "SCHMIDT", "", "03.07.1958", "", "", ""),
        ("Bernd", "Maier", "B.Maier@example.org", "", "", "", ""),
        ("Carla", "Weiß", "", "", "01.01.2020", "ordentlich", "Chor; Lesekreis"),
        ("Dora", "", "", "", "", "", ""),
        ("Emil", "Berg", "", "", "01.03.2021", "Familie", ""),
    )
    preview = _preview(session, table)
    assert preview.total_rows == 5
    assert [row.line for row in preview.rows] == [2, 3, 4, 6]
    assert [(d.line, d.existing_name) for d in preview.duplicates] == [
        (2, "Anna Schmidt"),
        (3, "Maier"),
    ]
    assert [(p.line, p.problem.field, p.problem.reason) for p in preview.invalid] == [
        (5, "last_name", "required")
    ]
    assert preview.new_membership_types == ("Familie",)
    assert preview.new_groups == ("Lesekreis",)
    assert preview.to_import(skip_duplicates=True) == 2
    assert _count(session) == 2  # the preview wrote nothing


def test_import_writes_people_in_one_go_with_types_groups_and_audit(session: Session) -> None:
    hobby = CustomFieldDefinition(
        key="hobby", label="Hobby", field_type=CustomFieldType.TEXT, choices=""
    )
    session.add(hobby)
    session.flush()
    table = _table(
        ("Carla", "Weiß", "carla@example.org", "1960-02-29", "01.01.2020", "Familie", "Chor"),
        ("Emil", "Berg", "", "", "", "", "Chor, Lesekreis"),
        headers=(*HEADERS[:7],),
    )
    table = Table(
        table.name,
        (*table.headers, "Hobby"),
        tuple(TableRow(row.line, (*row.cells, "Schach")) for row in table.rows),
    )
    preview = _preview(session, table)
    seen: list[tuple[int, int]] = []
    assert people_io.run_import(session, ADMIN, preview, progress=lambda *a: seen.append(a)) == 2
    assert seen[-1] == (2, 2)
    ids = people.find_people(session, ADMIN, PeopleFilter(text="weiß"), today=TODAY)
    carla = people.get_person(session, ADMIN, ids[0])
    assert carla.birth_date == dt.date(1960, 2, 29)
    assert carla.memberships[0].membership_type == "Familie"
    assert carla.custom_values == ((hobby.id, "Schach"),)
    groups = {row[0]: row[1] for row in session.execute(select(Group.name, Group.id))}
    assert set(groups) == {"Chor", "Lesekreis"}
    emil = people.get_person(
        session,
        ADMIN,
        people.find_people(session, ADMIN, PeopleFilter(text="berg"), today=TODAY)[0],
    )
    assert emil.group_ids == tuple(sorted(groups.values()))
    created = session.scalars(
        select(AuditEntry.entity_id).where(
            AuditEntry.entity == "persons", AuditEntry.action == AuditAction.CREATE
        )
    ).all()
    assert len(created) == 2


def test_invalid_rows_stop_the_import_unless_skipped(session: Session) -> None:
    preview = _preview(session, _table(("Anna", "Schmidt"), ("Bernd", ""), headers=HEADERS[:2]))
    with pytest.raises(ImportHasInvalidRows) as caught:
        people_io.run_import(session, ADMIN, preview)
    assert caught.value.count == 1
    assert _count(session) == 0
    assert people_io.run_import(session, ADMIN, preview, skip_invalid=True) == 1


def test_duplicates_can_be_skipped(session: Session) -> None:
    people.create_person(session, ADMIN, PersonDraft(last_name="Schmidt"), today=TODAY)
    preview = _preview(session, _table(("", "Schmidt"), ("", "Maier"), headers=HEADERS[:2]))
    assert people_io.run_import(session, ADMIN, preview, skip_duplicates=True) == 1
    assert _count(session) == 2


def test_cancel_raises_and_the_rollback_leaves_nothing(session: Session) -> None:
    rows = [("", f"Person{i}") for i in range(1200)]
    preview = _preview(session, _table(*rows, headers=HEADERS[:2]))
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 700

    savepoint = session.begin_nested()
    with pytest.raises(ImportCancelled):
        people_io.run_import(session, ADMIN, preview, cancelled=cancelled)
    savepoint.rollback()
    assert _count(session) == 0


def test_import_and_export_need_their_permissions(session: Session, tmp_path: Path) -> None:
    preview = _preview(session, _table(("", "Schmidt"), headers=HEADERS[:2]))
    with pytest.raises(PermissionDenied):
        people_io.run_import(session, TREASURER, preview)
    with pytest.raises(PermissionDenied):
        people_io.export_people(session, VOLUNTEER, PeopleFilter(), tmp_path / "a.csv", TODAY)
    assert (
        people_io.export_people(session, TREASURER, PeopleFilter(), tmp_path / "a.csv", TODAY) == 0
    )


def test_export_refuses_an_unknown_suffix(session: Session, tmp_path: Path) -> None:
    with pytest.raises(TableFileInvalid) as caught:
        people_io.export_people(session, ADMIN, PeopleFilter(), tmp_path / "a.ods", TODAY)
    assert caught.value.reason == "unknown_suffix"
    assert not (tmp_path / "a.ods").exists()


def _register(session: Session) -> list[int]:
    family = MembershipType(name="Familie")
    choir = Group(name="Chor, gemischt")
    reading = Group(name="Lesekreis")
    fields = [
        CustomFieldDefinition(
            key="hobby", label="Hobby", field_type=CustomFieldType.TEXT, choices=""
        ),
        CustomFieldDefinition(
            key="spende", label="Spende", field_type=CustomFieldType.NUMBER, choices=""
        ),
        CustomFieldDefinition(
            key="ehilfe", label="Erste Hilfe bis", field_type=CustomFieldType.DATE, choices=""
        ),
        CustomFieldDefinition(
            key="schluessel", label="Schlüssel", field_type=CustomFieldType.YES_NO, choices=""
        ),
    ]
    session.add_all([family, choir, reading, *fields])
    session.flush()
    drafts = [
        PersonDraft(
            first_name="Jürgen",
            last_name="Weiß",
            street="Lindenhofstraße 12",
            postal_code="01067",
            city="Dresden",
            email="j.weiss@example.org",
            phone="+49 711 555 1234",
            mobile="0170 1234567",
            birth_date=dt.date(1958, 7, 3),
            notes='Zwei Zeilen;\n"mit" Anführungszeichen, =SUMME(A1)',
            memberships=(MembershipDraft(dt.date(2019, 1, 1), dt.date(2025, 12, 31), family.id),),
            group_ids=(choir.id, reading.id),
            custom_values=(
                (fields[0].id, "Schach"),
                (fields[1].id, "1234,5"),
                (fields[2].id, "31.12.2027"),
                (fields[3].id, "ja"),
            ),
        ),
        PersonDraft(
            last_name="Öztürk",
            first_name="Ayşe",
            memberships=(MembershipDraft(dt.date(2024, 3, 1)),),
        ),
        PersonDraft(last_name="Müller-Lüdenscheidt", custom_values=((fields[3].id, "nein"),)),
    ]
    return [people.create_person(session, ADMIN, draft, today=TODAY).id for draft in drafts]


def _comparable(detail: people.PersonDetail) -> tuple[object, ...]:
    return (
        detail.first_name,
        detail.last_name,
        detail.street,
        detail.postal_code,
        detail.city,
        detail.email,
        detail.phone,
        detail.mobile,
        detail.birth_date,
        detail.notes,
        tuple((m.start_date, m.end_date, m.membership_type) for m in detail.memberships),
        detail.group_ids,
        detail.custom_values,
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back_as_the_same_people(
    session: Session, tmp_path: Path, suffix: str
) -> None:
    originals = _register(session)
    path = tmp_path / f"register{suffix}"
    assert people_io.export_people(session, ADMIN, PeopleFilter(), path, TODAY) == 3
    exports = session.scalars(
        select(AuditEntry.summary).where(AuditEntry.action == AuditAction.EXPORT)
    ).all()
    assert exports == [f"3 Personen exportiert nach register{suffix}"]

    table = people_io.read_file(path)
    preview = _preview(session, table)
    assert preview.invalid == ()
    assert len(preview.duplicates) == 3  # they are all there already
    assert preview.new_groups == preview.new_membership_types == ()
    assert people_io.run_import(session, ADMIN, preview) == 3

    everyone = people.find_people(session, ADMIN, PeopleFilter(), today=TODAY)
    imported = [person_id for person_id in everyone if person_id not in originals]
    before = sorted(_comparable(people.get_person(session, ADMIN, i)) for i in originals)
    after = sorted(_comparable(people.get_person(session, ADMIN, i)) for i in imported)
    assert after == before


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imported_into_an_empty_database_gives_the_same_people(
    session: Session,
    tmp_path: Path,
    suffix: str,
    new_database_url: Callable[[str], str],
) -> None:
    originals = _register(session)
    path = tmp_path / f"register{suffix}"
    people_io.export_people(session, ADMIN, PeopleFilter(), path, TODAY)
    before = sorted(
        _comparable_by_name(session, people.get_person(session, ADMIN, i)) for i in originals
    )

    backend = session.get_bind().dialect.name
    empty = open_database(make_url(new_database_url(backend)), tmp_path / "backups")
    try:
        with empty.unit_of_work() as other, acting_as(other, ADMIN):
            # The centre defines the same custom fields there (Einstellungen ▸ Personen).
            other.add_all(
                CustomFieldDefinition(key=f.key, label=f.label, field_type=f.field_type, choices="")
                for f in people.people_choices(session, ADMIN).custom_fields
            )
            other.flush()
            preview = _preview(other, people_io.read_file(path))
            assert (preview.invalid, preview.duplicates) == ((), ())
            assert preview.new_groups == ("Chor, gemischt", "Lesekreis")
            people_io.run_import(other, ADMIN, preview)
        with empty.unit_of_work() as other:
            ids = people.find_people(other, ADMIN, PeopleFilter(), today=TODAY)
            after = sorted(
                _comparable_by_name(other, people.get_person(other, ADMIN, i)) for i in ids
            )
    finally:
        empty.close()
    assert after == before


def _comparable_by_name(session: Session, detail: people.PersonDetail) -> tuple[object, ...]:
    """Like :func:`_comparable`, with group and custom field names instead of ids (they
    differ between databases)."""
    choices = people.people_choices(session, ADMIN)
    groups = {choice.id: choice.name for choice in choices.groups}
    fields = {field.id: field.label for field in choices.custom_fields}
    return (
        *_comparable(detail)[:-2],
        tuple(sorted(groups[i] for i in detail.group_ids)),
        tuple(sorted((fields[i], value) for i, value in detail.custom_values)),
    )
