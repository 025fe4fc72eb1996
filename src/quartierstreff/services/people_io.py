"""Import of the people register from CSV/XLSX and its export to them.

An import has two steps: :func:`preview_import` shows what would happen (rows to
import, likely duplicates of people already in the register, every invalid row with its
line number and reason, membership types and groups that would be created) and writes
nothing; :func:`run_import` writes the previewed rows in the caller's one unit of work,
in batches, through the ORM so the audit trail records every person. Cancelling raises
:class:`ImportCancelled`; the caller rolls back and nothing is written.

:func:`export_people` writes the (filtered) register as German Excel opens it: CSV in
UTF-8 with BOM and ``;``, German dates and headers, or XLSX. Re-importing an export into
an empty database gives the same people (the latest membership period of each person).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from quartierstreff.dates import format_date
from quartierstreff.db.models import (
    AuditAction,
    CustomFieldValue,
    Group,
    GroupPerson,
    Membership,
    MembershipType,
    Person,
)
from quartierstreff.importers import tabular
from quartierstreff.importers.people import (
    ColumnMapping,
    RowProblem,
    identity_keys,
    rows_to_drafts,
)
from quartierstreff.importers.tabular import Table, protect
from quartierstreff.services import audit
from quartierstreff.services.errors import (
    ImportCancelled,
    ImportHasInvalidRows,
    TableFileInvalid,
)
from quartierstreff.services.people import (
    CustomFieldView,
    PeopleFilter,
    PersonDraft,
    custom_value_text,
    find_people,
    parse_custom_value,
    people_choices,
)
from quartierstreff.services.security import Actor, Permission, service

BATCH_SIZE = 500

ImportProgress = Callable[[int, int], None]
"""Called with (people written, people to write) after every batch."""


@dataclass(frozen=True, slots=True)
class ImportRowView:
    line: int
    draft: PersonDraft
    membership_type: str
    groups: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.draft.first_name} {self.draft.last_name}".strip()


@dataclass(frozen=True, slots=True)
class DuplicateView:
    """A row that is likely someone already in the register."""

    line: int
    name: str
    existing_id: int
    existing_name: str


@dataclass(frozen=True, slots=True)
class ImportPreview:
    file_name: str
    total_rows: int
    rows: tuple[ImportRowView, ...]
    """The valid rows, duplicates included."""
    duplicates: tuple[DuplicateView, ...]
    invalid: tuple[RowProblem, ...]
    """Every problem, in line order (a row may have several)."""
    new_membership_types: tuple[str, ...]
    new_groups: tuple[str, ...]

    @property
    def invalid_lines(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(problem.line for problem in self.invalid))

    def to_import(self, *, skip_duplicates: bool) -> int:
        return len(self.rows) - (len(self.duplicates) if skip_duplicates else 0)


# --- import -----------------------------------------------------------------------


def read_file(path: Path, *, progress: tabular.Progress | None = None) -> Table:
    """The table in a CSV or XLSX file (no database needed). Raises TableFileInvalid."""
    return tabular.read_table(path, progress=progress)


@service(Permission.PEOPLE_WRITE)
def preview_import(
    session: Session, actor: Actor, table: Table, mapping: ColumnMapping, today: dt.date
) -> ImportPreview:
    """What importing ``table`` with ``mapping`` would do. Writes nothing."""
    custom_fields = people_choices(session, actor).custom_fields
    known_groups = {name.casefold() for name in session.scalars(select(Group.name))}
    drafts, problems = rows_to_drafts(table, mapping, today, custom_fields, known_groups)
    existing: dict[tuple[object, ...], tuple[int, str]] = {}
    query = select(
        Person.id, Person.first_name, Person.last_name, Person.birth_date, Person.email
    ).where(Person.anonymised_on.is_(None))
    for person_id, first, last, birth, email in session.execute(query.order_by(Person.id)):
        name = f"{first} {last}".strip()
        existing.setdefault(("name", first.casefold(), last.casefold(), birth), (person_id, name))
        if email:
            existing.setdefault(("email", email.casefold()), (person_id, name))
    duplicates: list[DuplicateView] = []
    rows: list[ImportRowView] = []
    for row in drafts:
        view = ImportRowView(row.line, row.draft, row.membership_type, row.groups)
        rows.append(view)
        twin = next((existing[key] for key in identity_keys(row.draft) if key in existing), None)
        if twin is not None:
            duplicates.append(DuplicateView(row.line, view.name, twin[0], twin[1]))
    known_types = {name.casefold() for name in session.scalars(select(MembershipType.name))}
    new_types = _new_names((row.membership_type for row in rows), known_types)
    new_groups = _new_names((group for row in rows for group in row.groups), known_groups)
    return ImportPreview(
        file_name=table.name,
        total_rows=len(table.rows),
        rows=tuple(rows),
        duplicates=tuple(duplicates),
        invalid=tuple(sorted(problems, key=lambda problem: problem.line)),
        new_membership_types=new_types,
        new_groups=new_groups,
    )


def _new_names(names: Iterator[str] | Sequence[str], known: set[str]) -> tuple[str, ...]:
    new: dict[str, str] = {}
    for name in names:
        if name and name.casefold() not in known:
            new.setdefault(name.casefold(), name)
    return tuple(sorted(new.values(), key=str.casefold))


@service(Permission.PEOPLE_WRITE)
def run_import(
    session: Session,
    actor: Actor,
    preview: ImportPreview,
    *,
    skip_invalid: bool = False,
    skip_duplicates: bool = False,
    progress: ImportProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the rows of ``preview``; the number of people imported.

    With invalid rows and not ``skip_invalid`` nothing is written
    (:class:`ImportHasInvalidRows`). Flushes in batches, never commits: the caller's
    unit of work holds the whole import, so a cancel or an error writes nothing."""
    if preview.invalid and not skip_invalid:
        raise ImportHasInvalidRows(len(preview.invalid_lines))
    duplicate_lines = {duplicate.line for duplicate in preview.duplicates}
    rows = [row for row in preview.rows if not (skip_duplicates and row.line in duplicate_lines)]
    types = _find_or_create(
        session, MembershipType, [row.membership_type for row in rows if row.membership_type]
    )
    groups = _find_or_create(session, Group, [group for row in rows for group in row.groups])
    definitions = {field.id: field for field in people_choices(session, actor).custom_fields}
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        session.add(_person(row, types, groups, definitions))
        if done % BATCH_SIZE == 0:
            session.flush()
            if progress is not None:
                progress(done, total)
    session.flush()
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    if progress is not None:
        progress(total, total)
    return total


def _find_or_create(
    session: Session, model: type[MembershipType] | type[Group], names: Sequence[str]
) -> dict[str, int]:
    """Ids by case-folded name; names not found are created."""
    wanted = {name.casefold(): name for name in names}
    found: dict[str, int] = {}
    for row_id, name in session.execute(select(model.id, model.name)):
        found.setdefault(name.casefold(), row_id)
    for key, name in sorted(wanted.items()):
        if key not in found:
            created = model(name=name)
            session.add(created)
            session.flush()
            found[key] = created.id
    return found


def _person(
    row: ImportRowView,
    types: dict[str, int],
    groups: dict[str, int],
    definitions: dict[int, CustomFieldView],
) -> Person:
    draft = row.draft
    person = Person(
        first_name=draft.first_name,
        last_name=draft.last_name,
        street=draft.street,
        postal_code=draft.postal_code,
        city=draft.city,
        email=draft.email,
        phone=draft.phone,
        mobile=draft.mobile,
        birth_date=draft.birth_date,
        notes=draft.notes,
    )
    type_id = types.get(row.membership_type.casefold()) if row.membership_type else None
    for period in draft.memberships:
        person.memberships.append(
            Membership(
                start_date=period.start_date,
                end_date=period.end_date,
                membership_type_id=type_id,
            )
        )
    for group in row.groups:
        person.group_links.append(GroupPerson(group_id=groups[group.casefold()]))
    for field_id, text in draft.custom_values:
        definition = definitions.get(field_id)
        parsed = parse_custom_value(definition, text) if definition and text else None
        if parsed:
            person.custom_values.append(CustomFieldValue(field_id=field_id, value=parsed))
    return person


# --- export -----------------------------------------------------------------------

EXPORT_HEADERS = (
    "Vorname",
    "Nachname",
    "Straße",
    "PLZ",
    "Ort",
    "E-Mail",
    "Telefon",
    "Mobil",
    "Geburtsdatum",
    "Mitglied seit",
    "Mitglied bis",
    "Mitgliedsart",
    "Gruppen",
    "Notizen",
)
_DATE_COLUMNS = frozenset({8, 9, 10})


def export_suffix(path: Path) -> str:
    """``.csv`` or ``.xlsx``; anything else is refused before the database is read."""
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".xlsx"}:
        raise TableFileInvalid(path.name, "unknown_suffix", suffix or path.name)
    return suffix


@service(Permission.PEOPLE_READ)
def export_people(
    session: Session,
    actor: Actor,
    people_filter: PeopleFilter,
    path: Path,
    today: dt.date,
) -> int:
    """Write the people ``people_filter`` selects to ``path`` (CSV or XLSX by suffix);
    the number written. The file appears whole or not at all."""
    suffix = export_suffix(path)
    custom_fields = people_choices(session, actor).custom_fields
    ids = find_people(session, actor, people_filter, today=today)
    headers = [*EXPORT_HEADERS, *(field.label for field in custom_fields)]
    rows = _export_rows(session, ids, custom_fields)
    try:
        directory = path.parent if str(path.parent) else Path()
        handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=directory)
        os.close(handle)
    except OSError as error:
        raise TableFileInvalid(path.name, "unwritable", error.strerror or "") from None
    try:
        if suffix == ".csv":
            _write_csv(Path(temporary), headers, rows)
        else:
            _write_xlsx(Path(temporary), headers, rows)
        Path(temporary).replace(path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise TableFileInvalid(path.name, "unwritable", error.strerror or "") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    audit.record(
        session,
        actor,
        AuditAction.EXPORT,
        "person",
        "",
        summary=f"{len(ids)} Personen exportiert nach {path.name}",
    )
    return len(ids)


def _export_rows(
    session: Session, ids: Sequence[int], custom_fields: Sequence[CustomFieldView]
) -> Iterator[list[Any]]:
    for start in range(0, len(ids), BATCH_SIZE):
        chunk = ids[start : start + BATCH_SIZE]
        people = session.scalars(
            select(Person)
            .where(Person.id.in_(chunk))
            .options(
                selectinload(Person.memberships).selectinload(Membership.membership_type),
                selectinload(Person.group_links).selectinload(GroupPerson.group),
                selectinload(Person.custom_values),
            )
        ).all()
        by_id = {person.id: person for person in people}
        for person_id in chunk:
            person = by_id.get(person_id)
            if person is not None:
                yield _export_row(person, custom_fields)


def _export_row(person: Person, custom_fields: Sequence[CustomFieldView]) -> list[Any]:
    latest = max(person.memberships, key=lambda m: m.start_date, default=None)
    groups = sorted((link.group.name for link in person.group_links), key=str.casefold)
    values = {value.field_id: value.value for value in person.custom_values}
    return [
        person.first_name,
        person.last_name,
        person.street,
        person.postal_code,
        person.city,
        person.email,
        person.phone,
        person.mobile,
        person.birth_date,
        latest.start_date if latest else None,
        latest.end_date if latest else None,
        latest.membership_type.name if latest and latest.membership_type else "",
        _groups_cell(groups),
        person.notes,
        *(_custom_text(field, values.get(field.id, "")) for field in custom_fields),
    ]


def _groups_cell(names: Sequence[str]) -> str:
    """Group names as :func:`importers.people.split_groups` reads them back."""
    text = "; ".join(names)
    return text + ";" if len(names) == 1 and "," in text else text


def _custom_text(field: CustomFieldView, stored: str) -> str:
    """A stored custom value as a person types it (the import reads it back)."""
    return custom_value_text(field.field_type, stored)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterator[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(
                [
                    format_date(value) if isinstance(value, dt.date) else protect(value or "")
                    for value in row
                ]
            )


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterator[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Personen")
    sheet.append(list(headers))
    for row in rows:
        cells: list[WriteOnlyCell] = []
        for value in row:
            if isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD.MM.YYYY"
            else:
                cell = WriteOnlyCell(sheet, value=protect(value or ""))
                cell.data_type = "s"  # text, also for "70173" and "0711 …"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
