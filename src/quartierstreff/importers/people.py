"""From a table of people (see :mod:`quartierstreff.importers.tabular`) to drafts.

:func:`guess_mapping` reads the headers (German or English, case, spaces and punctuation
do not matter) and proposes a target for every column; the user may correct it. A
mapping is a plain ``dict`` of column index → target (``IGNORE`` for columns left out).
:func:`rows_to_drafts` turns every row into a :class:`RowDraft` or row-numbered
problems. Pure: no database, no Qt.

Dates: ``03.07.1958``, ``3.7.1958`` and ISO ``1958-07-03``. Two-digit years
(``3.7.58``) are refused with a clear message rather than guessed: for birth dates
"58" may be 1958 or 2058 and a wrong guess would go unnoticed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from quartierstreff import dates
from quartierstreff.importers.tabular import Table, TableRow
from quartierstreff.services.errors import FieldInvalid
from quartierstreff.services.people import (
    CustomFieldView,
    MembershipDraft,
    PersonDraft,
    clean_draft,
    person_problems,
)

IGNORE = ""
FIRST_NAME = "first_name"
LAST_NAME = "last_name"
FULL_NAME = "full_name"
STREET = "street"
HOUSE_NUMBER = "house_number"
POSTAL_CODE = "postal_code"
CITY = "city"
EMAIL = "email"
PHONE = "phone"
MOBILE = "mobile"
BIRTH_DATE = "birth_date"
MEMBERSHIP_START = "membership_start"
MEMBERSHIP_END = "membership_end"
MEMBERSHIP_TYPE = "membership_type"
NOTES = "notes"
GROUPS = "groups"
CUSTOM_PREFIX = "custom:"

TARGETS = (
    FIRST_NAME,
    LAST_NAME,
    FULL_NAME,
    STREET,
    HOUSE_NUMBER,
    POSTAL_CODE,
    CITY,
    EMAIL,
    PHONE,
    MOBILE,
    BIRTH_DATE,
    MEMBERSHIP_START,
    MEMBERSHIP_END,
    MEMBERSHIP_TYPE,
    NOTES,
    GROUPS,
)
"""The fixed targets a column can go to (besides custom fields and ``IGNORE``)."""

ColumnMapping = dict[int, str]
"""Column index → target."""

_SYNONYMS: dict[str, tuple[str, ...]] = {
    FIRST_NAME: ("vorname", "vornamen", "rufname", "firstname", "givenname", "first", "forename"),
    LAST_NAME: ("nachname", "familienname", "zuname", "lastname", "surname", "familyname"),
    FULL_NAME: ("vollername", "vorundnachname", "fullname", "person"),
    STREET: (
        "strasse",
        "str",
        "strassehausnummer",
        "strasseundhausnummer",
        "strassenr",
        "adresse",
        "anschrift",
        "street",
        "streetaddress",
        "address",
        "address1",
    ),
    HOUSE_NUMBER: ("hausnummer", "hausnr", "nr", "housenumber", "houseno", "number"),
    POSTAL_CODE: ("plz", "postleitzahl", "postcode", "postalcode", "zip", "zipcode"),
    CITY: ("ort", "wohnort", "stadt", "city", "town"),
    EMAIL: ("email", "mail", "emailadresse", "emailaddress", "mailadresse"),
    PHONE: (
        "telefon",
        "tel",
        "festnetz",
        "telefonnummer",
        "telnr",
        "telefonprivat",
        "phone",
        "telephone",
        "phonenumber",
        "landline",
    ),
    MOBILE: (
        "mobil",
        "handy",
        "mobiltelefon",
        "mobilnummer",
        "handynummer",
        "mobile",
        "mobilephone",
        "cell",
        "cellphone",
    ),
    BIRTH_DATE: (
        "geburtsdatum",
        "gebdatum",
        "geboren",
        "geburtstag",
        "gebam",
        "birthdate",
        "dateofbirth",
        "birthday",
        "dob",
    ),
    MEMBERSHIP_START: (
        "eintritt",
        "mitgliedseit",
        "eintrittsdatum",
        "beitritt",
        "beitrittsdatum",
        "membersince",
        "joined",
        "memberfrom",
        "membershipstart",
    ),
    MEMBERSHIP_END: (
        "austritt",
        "mitgliedbis",
        "austrittsdatum",
        "memberuntil",
        "memberto",
        "left",
        "membershipend",
    ),
    MEMBERSHIP_TYPE: (
        "mitgliedsart",
        "beitragsart",
        "mitgliedschaftsart",
        "mitgliedschaft",
        "membershiptype",
        "membership",
    ),
    NOTES: (
        "notizen",
        "notiz",
        "bemerkung",
        "bemerkungen",
        "anmerkung",
        "anmerkungen",
        "kommentar",
        "notes",
        "note",
        "comment",
        "comments",
        "remarks",
    ),
    GROUPS: ("gruppen", "gruppe", "groups", "group"),
}
_BY_WORD = {word: target for target, words in _SYNONYMS.items() for word in words}


def normalise_header(text: str) -> str:
    """``"E-Mail "`` → ``"email"``, ``"Straße"`` → ``"strasse"``, ``"Geb.-Datum"`` →
    ``"gebdatum"``: case, accents, spaces and punctuation do not matter."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in folded if char.isalnum() and not unicodedata.combining(char))


def custom_target(field_id: int) -> str:
    return f"{CUSTOM_PREFIX}{field_id}"


def guess_mapping(
    headers: Sequence[str], custom_fields: Sequence[CustomFieldView] = ()
) -> ColumnMapping:
    """A target for each column; a target is used once (later columns are ignored),
    except that "Name" is the last name next to a first-name column, else the full name."""
    by_label = {normalise_header(f.label): custom_target(f.id) for f in custom_fields}
    by_label.update({normalise_header(f.key): custom_target(f.id) for f in custom_fields})
    words = [normalise_header(header) for header in headers]
    has_first = any(_BY_WORD.get(word) == FIRST_NAME for word in words)
    mapping: ColumnMapping = {}
    used: set[str] = set()
    for column, word in enumerate(words):
        target = by_label.get(word) or _BY_WORD.get(word, IGNORE)
        if word == "name":
            target = LAST_NAME if has_first else FULL_NAME
        if target in used:
            target = IGNORE
        if target:
            used.add(target)
        mapping[column] = target
    return mapping


# --- rows -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowDraft:
    """A valid row: the person, and the names of its membership type and groups (which
    the import finds or creates)."""

    line: int
    draft: PersonDraft
    membership_type: str = ""
    groups: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    problem: FieldInvalid


def parse_date(text: str, field_name: str) -> dt.date | None:
    """A German (03.07.1958) or ISO (1958-07-03) date; ``None`` for an empty cell.
    Raises :class:`FieldInvalid` (``invalid_date`` or ``two_digit_year``)."""
    try:
        return dates.parse_date(text)
    except dates.UnreadableDate as unreadable:
        raise FieldInvalid(field_name, unreadable.reason, unreadable.text[:40]) from None


def split_groups(text: str, known: Collection[str] = ()) -> tuple[str, ...]:
    """Group names in one cell, separated by ``;`` or line breaks; in a cell without
    those, by ``,`` — unless the cell is the name of a group in ``known`` (case-folded
    names). So "Chor, gemischt" stays one group when it exists, and the export writes
    "Chor, gemischt;" for a lone name with a comma."""
    names: list[str] = []
    by_comma = not re.search(r"[;\n]", text)
    for piece in re.split(r"[;\n]", text):
        part = " ".join(piece.split())
        if not part:
            continue
        if not by_comma or part.casefold() in known or "," not in part:
            names.append(part)
        else:
            names += [" ".join(p.split()) for p in part.split(",") if p.strip()]
    return tuple(dict.fromkeys(names))


def _split_full_name(text: str) -> tuple[str, str]:
    text = " ".join(text.split())
    if "," in text:  # "Schmidt, Anna"
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.rpartition(" ")
    return first, last


def row_to_draft(
    row: TableRow,
    mapping: Mapping[int, str],
    today: dt.date,
    custom_fields: Sequence[CustomFieldView] = (),
    known_groups: Collection[str] = (),
) -> RowDraft | list[FieldInvalid]:
    """The draft of one row, or everything wrong with it."""
    values: dict[str, str] = {}
    for column, target in mapping.items():
        if target and column < len(row.cells):
            value = row.cells[column]
            if target in values and values[target] and value.strip():
                values[target] = values[target] + " " + value
            elif value.strip() or target not in values:
                values[target] = value
    problems: list[FieldInvalid] = []
    dates: dict[str, dt.date | None] = {}
    for name in (BIRTH_DATE, MEMBERSHIP_START, MEMBERSHIP_END):
        try:
            dates[name] = parse_date(values.get(name, ""), name)
        except FieldInvalid as problem:
            problems.append(problem)
            dates[name] = None
    first, last = values.get(FIRST_NAME, ""), values.get(LAST_NAME, "")
    if FULL_NAME in values and not (first.strip() or last.strip()):
        first, last = _split_full_name(values[FULL_NAME])
    street = " ".join(
        part.strip() for part in (values.get(STREET, ""), values.get(HOUSE_NUMBER, "")) if part
    )
    memberships: tuple[MembershipDraft, ...] = ()
    start, end = dates[MEMBERSHIP_START], dates[MEMBERSHIP_END]
    membership_type = " ".join(values.get(MEMBERSHIP_TYPE, "").split())
    if start is not None:
        memberships = (MembershipDraft(start, end),)
    elif (end is not None or membership_type) and not any(
        problem.field == MEMBERSHIP_START for problem in problems
    ):
        problems.append(FieldInvalid(MEMBERSHIP_START, "required"))
    custom_values = tuple(
        (int(target.removeprefix(CUSTOM_PREFIX)), value)
        for target, value in values.items()
        if target.startswith(CUSTOM_PREFIX)
    )
    draft = clean_draft(
        PersonDraft(
            first_name=first,
            last_name=last,
            street=street,
            postal_code=values.get(POSTAL_CODE, ""),
            city=values.get(CITY, ""),
            email=values.get(EMAIL, ""),
            phone=values.get(PHONE, ""),
            mobile=values.get(MOBILE, ""),
            birth_date=dates[BIRTH_DATE],
            notes=values.get(NOTES, ""),
            memberships=memberships,
            custom_values=custom_values,
        )
    )
    problems += person_problems(draft, today, custom_fields)
    if len(membership_type) > 200:
        problems.append(FieldInvalid(MEMBERSHIP_TYPE, "too_long", "200"))
    groups = split_groups(values.get(GROUPS, ""), known_groups)
    if any(len(group) > 200 for group in groups):
        problems.append(FieldInvalid(GROUPS, "too_long", "200"))
    if problems:
        return problems
    return RowDraft(row.line, draft, membership_type, groups)


def identity_keys(draft: PersonDraft) -> list[tuple[object, ...]]:
    """What makes two drafts likely the same person: name and birth date, or e-mail
    (the rule of ``services.people.likely_duplicates``)."""
    keys: list[tuple[object, ...]] = [
        ("name", draft.first_name.casefold(), draft.last_name.casefold(), draft.birth_date)
    ]
    if draft.email:
        keys.append(("email", draft.email.casefold()))
    return keys


def rows_to_drafts(
    table: Table,
    mapping: Mapping[int, str],
    today: dt.date,
    custom_fields: Sequence[CustomFieldView] = (),
    known_groups: Collection[str] = (),
) -> tuple[list[RowDraft], list[RowProblem]]:
    """Every row as a draft or its problems (all of them, in row order). A row that is
    the same person as an earlier row of the file is a problem, too. ``known_groups``:
    the case-folded names of the groups there are (see :func:`split_groups`)."""
    drafts: list[RowDraft] = []
    problems: list[RowProblem] = []
    if not any(target in (LAST_NAME, FULL_NAME) for target in mapping.values()):
        problems.append(RowProblem(1, FieldInvalid(LAST_NAME, "no_column")))
        return drafts, problems
    seen: dict[tuple[object, ...], int] = {}
    for row in table.rows:
        result = row_to_draft(row, mapping, today, custom_fields, known_groups)
        if isinstance(result, list):
            problems.extend(RowProblem(row.line, problem) for problem in result)
            continue
        keys = identity_keys(result.draft)
        earlier = next((seen[key] for key in keys if key in seen), None)
        if earlier is not None:
            problems.append(
                RowProblem(row.line, FieldInvalid("person", "duplicate_in_file", str(earlier)))
            )
            continue
        for key in keys:
            seen[key] = row.line
        drafts.append(result)
    return drafts, problems
