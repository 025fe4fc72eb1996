"""The importer without a database: reading CSV/XLSX as Excel and LibreOffice write them,
guessing the columns, and turning rows into drafts or row-numbered problems."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quartierstreff.dates import format_date
from quartierstreff.db.models import CustomFieldType
from quartierstreff.importers import people as importer
from quartierstreff.importers import tabular
from quartierstreff.importers.tabular import Table, TableRow
from quartierstreff.messages import describe
from quartierstreff.services.errors import FieldInvalid, TableFileInvalid
from quartierstreff.services.people import CustomFieldView

TODAY = dt.date(2026, 11, 24)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _messages(table: Table) -> list[str]:
    mapping = importer.guess_mapping(table.headers)
    _drafts, problems = importer.rows_to_drafts(table, mapping, TODAY)
    return [f"line {p.line}: {describe(p.problem)}" for p in problems]


# --- reading ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("utf-16", b"")],
)
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_encodings_and_delimiters_are_detected(
    tmp_path: Path, encoding: str, prefix: bytes, delimiter: str
) -> None:
    text = delimiter.join(["Vorname", "Nachname", "Straße", "PLZ"]) + "\r\n"
    text += delimiter.join(["Jürgen", "Weiß", "Hauptstraße 1", "70173"]) + "\r\n"
    path = _write(tmp_path, "liste.csv", prefix + text.encode(encoding))
    table = tabular.read_table(path)
    assert table.headers == ("Vorname", "Nachname", "Straße", "PLZ")
    assert table.rows == (TableRow(2, ("Jürgen", "Weiß", "Hauptstraße 1", "70173")),)


def test_quoted_newlines_keep_the_line_the_record_starts_on(tmp_path: Path) -> None:
    text = 'Nachname;Notizen\nA;"eins\nzwei\ndrei"\nB;x\n\nC;y\n'
    table = tabular.read_table(_write(tmp_path, "a.csv", text.encode()))
    assert [(row.line, row.cells[0]) for row in table.rows] == [(2, "A"), (5, "B"), (7, "C")]
    assert table.rows[0].cells[1] == "eins\nzwei\ndrei"


def test_delimiter_inside_quotes_in_the_header_does_not_count() -> None:
    assert tabular.detect_delimiter('"Name, Vorname";PLZ;Ort') == ";"
    assert tabular.detect_delimiter("Name") == ";"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("leer.csv", b"", "empty"),
        ("leer.csv", b"\n\n  \n", "empty"),
        ("bild.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        ("mappe.csv", b"PK\x03\x04" + b"\x00" * 100, "binary"),
        ("kopf.csv", b";;;\nAnna;Schmidt;70173;anna@example.org\n", "no_header"),
        ("alt.xls", b"\xd0\xcf\x11\xe0", "old_excel"),
        ("liste.pdf", b"%PDF", "unknown_suffix"),
        ("kaputt.xlsx", b"PK\x03\x04 not really", "damaged"),
    ],
)
def test_unusable_files_give_a_clear_error(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    with pytest.raises(TableFileInvalid) as caught:
        tabular.read_table(_write(tmp_path, name, data))
    assert caught.value.reason == reason
    assert name in describe(caught.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(TableFileInvalid) as caught:
        tabular.read_table(tmp_path / "weg.csv")
    assert describe(caught.value) == "Die Datei „weg.csv“ gibt es nicht."


def test_more_than_the_limit_of_rows_is_refused_while_reading(tmp_path: Path) -> None:
    lines = ["Nachname"] + [f"P{i}" for i in range(200_000)]
    path = _write(tmp_path, "gross.csv", "\n".join(lines).encode())
    seen: list[int] = []
    with pytest.raises(TableFileInvalid) as caught:
        tabular.read_table(path, progress=seen.append)
    assert caught.value.reason == "too_many_rows"
    assert "50000" in describe(caught.value)
    assert max(seen) == tabular.MAX_ROWS  # it stopped counting there


def test_xlsx_typed_cells_become_text(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Vorname", "Nachname", "PLZ", "Telefon", "Geburtsdatum", "Mitglied"])
    sheet.append(["Anna", "Schmidt", 70173.0, 711555, dt.datetime(1958, 7, 3), True])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Bernd", "Maier", "01067", "0711 555", dt.date(1960, 1, 2), 12.5])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    table = tabular.read_table(path)
    assert table.rows == (
        TableRow(2, ("Anna", "Schmidt", "70173", "711555", "1958-07-03", "ja")),
        TableRow(4, ("Bernd", "Maier", "01067", "0711 555", "1960-01-02", "12.5")),
    )


# --- columns ---------------------------------------------------------------------


def test_german_and_english_headers_are_recognised() -> None:
    headers = [
        "VORNAME",
        " Name ",
        "Str.",
        "Hausnr.",
        "Postleitzahl",
        "Wohnort",
        "E-Mail",
        "Tel.",
        "Handy",
        "Geb.-Datum",
        "Mitglied seit",
        "Austritt",
        "Beitragsart",
        "Bemerkung",
        "Gruppen",
        "Lieblingsfarbe",
        "Hobby",
    ]
    hobby = CustomFieldView(7, "hobby", "Hobby", CustomFieldType.TEXT, ())
    mapping = importer.guess_mapping(headers, [hobby])
    assert list(mapping.values()) == [
        "first_name",
        "last_name",
        "street",
        "house_number",
        "postal_code",
        "city",
        "email",
        "phone",
        "mobile",
        "birth_date",
        "membership_start",
        "membership_end",
        "membership_type",
        "notes",
        "groups",
        importer.IGNORE,
        "custom:7",
    ]
    english = ["First name", "Last name", "Zip code", "City", "Date of birth", "Email"]
    assert list(importer.guess_mapping(english).values()) == [
        "first_name",
        "last_name",
        "postal_code",
        "city",
        "birth_date",
        "email",
    ]


def test_a_single_name_column_is_the_full_name_and_a_second_use_is_ignored() -> None:
    assert importer.guess_mapping(["Name", "Email", "Mail"]) == {
        0: "full_name",
        1: "email",
        2: importer.IGNORE,
    }
    table = Table("x.csv", ("Name",), (TableRow(2, ("Anna Maria Schmidt",)),))
    drafts, _ = importer.rows_to_drafts(table, {0: "full_name"}, TODAY)
    assert (drafts[0].draft.first_name, drafts[0].draft.last_name) == ("Anna Maria", "Schmidt")


# --- rows ------------------------------------------------------------------------


def test_bad_rows_are_reported_with_their_excel_line_and_a_german_reason() -> None:
    rows = [
        ("Anna", "Schmidt", "70173", "anna@example.org", "03.07.1958", "1.1.2020"),
        ("", "", "70173", "", "", ""),
        ("Bernd", "Maier", "7017", "bernd.example.org", "31.02.1990", ""),
        ("Carla", "Weiß", "", "", "3.7.58", ""),
        ("Anna", "Schmidt", "", "", "1958-07-03", ""),
        ("Dora", "Lang", "", "ANNA@example.org", "", ""),
        ("Emil", "Berg", "", "", "2030-01-01", "gestern"),
    ]
    table = Table(
        "liste.csv",
        ("Vorname", "Nachname", "PLZ", "E-Mail", "Geburtsdatum", "Eintritt"),
        tuple(TableRow(line, cells) for line, cells in enumerate(rows, start=2)),
    )
    assert _messages(table) == [
        "line 3: Der Nachname fehlt.",
        "line 4: Geburtsdatum „31.02.1990“ ist kein gültiges Datum.",
        "line 4: Die PLZ „7017“ hat nicht 5 Ziffern.",
        "line 4: „bernd.example.org“ ist keine E-Mail-Adresse (es fehlt @ oder die Domain).",
        "line 5: Geburtsdatum „3.7.58“: Bitte das Jahr vierstellig schreiben (z. B. 03.07.1958).",
        "line 6: Dieselbe Person wie in Zeile 2 (gleicher Name und Geburtsdatum oder gleiche "
        "E-Mail-Adresse).",
        "line 7: Dieselbe Person wie in Zeile 2 (gleicher Name und Geburtsdatum oder gleiche "
        "E-Mail-Adresse).",
        "line 8: Mitglied seit „gestern“ ist kein gültiges Datum.",
        "line 8: Das Geburtsdatum liegt in der Zukunft.",
    ]


def test_a_good_row_becomes_a_draft_with_street_and_house_number_joined() -> None:
    table = Table(
        "a.csv",
        ("Nachname", "Straße", "Nr", "Eintritt", "Austritt", "Mitgliedsart", "Gruppen"),
        (TableRow(2, (" Schmidt ", "Lindenweg", "4a", "01.01.2020", "", "Familie", "Chor; Yoga")),),
    )
    drafts, problems = importer.rows_to_drafts(table, importer.guess_mapping(table.headers), TODAY)
    assert problems == []
    row = drafts[0]
    assert row.draft.last_name == "Schmidt"
    assert row.draft.street == "Lindenweg 4a"
    assert row.draft.memberships[0].start_date == dt.date(2020, 1, 1)
    assert (row.membership_type, row.groups) == ("Familie", ("Chor", "Yoga"))


def test_a_membership_type_without_a_start_is_a_problem() -> None:
    table = Table("a.csv", ("Nachname", "Mitgliedsart"), (TableRow(2, ("Schmidt", "Familie")),))
    assert _messages(table) == ["line 2: Das Feld „Mitglied seit“ darf nicht leer sein."]


def test_ten_megabytes_of_notes_are_refused_for_that_row(tmp_path: Path) -> None:
    notes = "x" * (10 * 1024 * 1024)
    data = f"Nachname;Notizen\nSchmidt;{notes}\nMaier;kurz\n".encode()
    table = tabular.read_table(_write(tmp_path, "notizen.csv", data))
    assert _messages(table) == ["line 2: Das Feld „Notizen“ ist zu lang (höchstens 20000 Zeichen)."]


def test_no_name_column_is_one_problem() -> None:
    table = Table("a.csv", ("Ort",), (TableRow(2, ("Stuttgart",)),))
    assert _messages(table) == [
        "line 1: Keine Spalte ist dem Nachnamen (oder dem ganzen Namen) zugeordnet."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03.07.1958", dt.date(1958, 7, 3)),
        ("3.7.1958", dt.date(1958, 7, 3)),
        ("1958-07-03", dt.date(1958, 7, 3)),
        ("1958-07-03 00:00:00", dt.date(1958, 7, 3)),
        ("", None),
    ],
)
def test_dates(text: str, expected: dt.date | None) -> None:
    assert importer.parse_date(text, "birth_date") == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [("31.02.1990", "invalid_date"), ("3.7.58", "two_digit_year"), ("07/03/1958", "invalid_date")],
)
def test_bad_dates(text: str, reason: str) -> None:
    with pytest.raises(FieldInvalid) as caught:
        importer.parse_date(text, "birth_date")
    assert caught.value.reason == reason


# --- properties ------------------------------------------------------------------


def _unprotected(cell: str) -> str:
    """What the reader makes of a cell the export protected against formulas."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@") else cell


_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@_SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_rows_or_a_typed_error(data: bytes) -> None:
    try:
        table = tabular.read_csv_bytes(data, "x.csv")
    except TableFileInvalid:
        return
    assert all(isinstance(cell, str) for row in table.rows for cell in row.cells)
    importer.rows_to_drafts(table, importer.guess_mapping(table.headers), TODAY)


@_SETTINGS
@given(st.text(max_size=1000))
def test_arbitrary_text_gives_rows_or_a_typed_error(text: str) -> None:
    try:
        table = tabular.read_csv_bytes(text.encode("utf-8"), "x.csv")
    except TableFileInvalid:
        return
    importer.rows_to_drafts(table, importer.guess_mapping(table.headers), TODAY)


_CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    max_size=20,
).map(str.strip)
_TABLE = st.integers(min_value=1, max_value=4).flatmap(
    lambda width: st.tuples(
        st.lists(
            st.text(alphabet="abcdefgh", min_size=1, max_size=8), min_size=width, max_size=width
        ),
        st.lists(st.lists(_CELL, min_size=width, max_size=width), max_size=8),
    )
)


@_SETTINGS
@given(_TABLE, st.sampled_from([";", ",", "\t"]))
def test_a_written_csv_reads_back_the_same(
    table: tuple[list[str], list[list[str]]], delimiter: str
) -> None:
    headers, rows = table
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    read = tabular.read_csv_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode(), "x.csv")
    kept = [row for row in rows if any(cell.strip() for cell in row)]
    assert read.headers == tuple(headers)
    assert [list(row.cells) for row in read.rows] == [
        [_unprotected(cell) for cell in row] for row in kept
    ]


@_SETTINGS
@given(_TABLE)
def test_a_written_xlsx_reads_back_the_same(
    tmp_path_factory: pytest.TempPathFactory, table: tuple[list[str], list[list[str]]]
) -> None:
    headers, rows = table
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line, values in enumerate([headers, *rows], start=1):
        for column, value in enumerate(values, start=1):
            if value:
                cell = sheet.cell(line, column, value)
                cell.data_type = "s"  # text, even when it starts with "="
    path = tmp_path_factory.mktemp("x") / "t.xlsx"
    workbook.save(path)
    read = tabular.read_table(path)
    kept = [row for row in rows if any(cell.strip() for cell in row)]
    assert [list(row.cells)[: len(headers)] for row in read.rows] == [
        [_unprotected(cell) for cell in row] for row in kept
    ]


@_SETTINGS
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_german_dates_round_trip(day: dt.date) -> None:
    text = format_date(day)
    assert importer.parse_date(text, "birth_date") == day
    assert importer.parse_date(day.isoformat(), "birth_date") == day


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("Chor, Yoga", (), ("Chor", "Yoga")),
        ("Chor; Yoga\nLesekreis", (), ("Chor", "Yoga", "Lesekreis")),
        ("Chor, gemischt; Yoga", (), ("Chor, gemischt", "Yoga")),
        ("Chor, gemischt;", (), ("Chor, gemischt",)),
        ("Chor, gemischt", ("chor, gemischt",), ("Chor, gemischt",)),
        (" ;  ; ", (), ()),
    ],
)
def test_group_cells(text: str, known: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert importer.split_groups(text, known) == expected
