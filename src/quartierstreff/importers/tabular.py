"""Reading tables as Excel and LibreOffice save them: CSV (any of ``;`` ``,`` tab, in
UTF-8, UTF-8 with BOM, UTF-16 or Windows-1252) and XLSX. Pure: no database, no Qt.

Every cell arrives as text. Row numbers are the ones the user sees in Excel: the header
is line 1, the first data row line 2; a CSV record with line breaks inside a quoted
field has the number of the line it starts on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quartierstreff.services.errors import TableFileInvalid

MAX_ROWS = 50_000
"""More data rows than this are refused before anything is written."""
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_CELL_CHARS = 16 * 1024 * 1024
"""Python's csv module stops at 128 KiB per field; a long note must not break the file
(it is refused row by row, with its line number)."""

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_DELIMITERS = (";", ",", "\t")

Progress = Callable[[int], None]
"""Called now and then with the number of data rows read so far."""


@dataclass(frozen=True, slots=True)
class TableRow:
    line: int
    cells: tuple[str, ...]

    def cell(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first non-empty values of ``column``, to show next to its header."""
        found: list[str] = []
        for row in self.rows:
            value = row.cell(column).strip()
            if value:
                found.append(value)
                if len(found) == count:
                    break
        return found


def read_table(path: Path, *, progress: Progress | None = None) -> Table:
    """The table in ``path`` (CSV or XLSX by suffix). Raises :class:`TableFileInvalid`."""
    suffix = path.suffix.lower()
    if suffix in {".xls", ".ods"}:
        raise TableFileInvalid(path.name, "old_excel" if suffix == ".xls" else "unknown_suffix")
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        raise TableFileInvalid(path.name, "unknown_suffix", suffix)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise TableFileInvalid(path.name, "missing") from None
    except OSError as error:
        raise TableFileInvalid(path.name, "unreadable", error.strerror or "") from None
    if size == 0:
        raise TableFileInvalid(path.name, "empty")
    if size > MAX_FILE_BYTES:
        raise TableFileInvalid(path.name, "too_large", str(MAX_FILE_BYTES // (1024 * 1024)))
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(path, progress=progress)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TableFileInvalid(path.name, "unreadable", error.strerror or "") from None
    if data.startswith(b"PK\x03\x04"):
        raise TableFileInvalid(path.name, "binary", "xlsx")  # an Excel file named .csv
    return read_csv_bytes(data, path.name, progress=progress)


# --- CSV ------------------------------------------------------------------------


def decode(data: bytes, name: str) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's
    "Unicode text"), else Windows-1252. Binary data is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text
    raise TableFileInvalid(name, "binary")


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if "\x00" in sample:
        return True
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\r\n\t\f")
    return controls > max(8, len(sample) // 100)


def detect_delimiter(header_line: str) -> str:
    """``;``, ``,`` or tab: the one that occurs most often in the header line (outside
    quotes); ``;`` when none does (German Excel's choice, and harmless for one column)."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    if counts[best] == 0:
        try:
            return csv.Sniffer().sniff(header_line, delimiters="".join(_DELIMITERS)).delimiter
        except csv.Error:
            return ";"
    return best


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


def read_csv_bytes(data: bytes, name: str, *, progress: Progress | None = None) -> Table:
    if not data.strip():
        raise TableFileInvalid(name, "empty")
    return read_csv_text(decode(data, name), name, progress=progress)


def read_csv_text(text: str, name: str, *, progress: Progress | None = None) -> Table:
    delimiter = detect_delimiter(_first_line(text))
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)

    def records() -> Iterator[tuple[int, list[str]]]:
        previous = 0
        try:
            for record in reader:
                yield previous + 1, record
                previous = reader.line_num
        except csv.Error as error:
            raise TableFileInvalid(name, "damaged", f"Zeile {previous + 1}: {error}") from None

    return _collect(name, records(), progress)


# --- XLSX -----------------------------------------------------------------------


def read_xlsx(path: Path, *, progress: Progress | None = None) -> Table:
    """The first worksheet. Typed cells become text: 70173.0 → "70173", a date → ISO."""
    import openpyxl  # slow to import; only needed here

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise TableFileInvalid(path.name, "damaged", type(error).__name__) from None
    except Exception as error:  # openpyxl raises many kinds for foreign files
        raise TableFileInvalid(path.name, "damaged", type(error).__name__) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise TableFileInvalid(path.name, "empty")

        def records() -> Iterator[tuple[int, list[str]]]:
            try:
                for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    yield line, [cell_text(value) for value in values]
            except TableFileInvalid:
                raise
            except Exception as error:
                raise TableFileInvalid(path.name, "damaged", type(error).__name__) from None

        return _collect(path.name, records(), progress)
    finally:
        workbook.close()


def cell_text(value: Any) -> str:
    """The text of a typed spreadsheet cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


# --- both -----------------------------------------------------------------------


def _collect(
    name: str, records: Iterable[tuple[int, list[str]]], progress: Progress | None
) -> Table:
    headers: tuple[str, ...] | None = None
    rows: list[TableRow] = []
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue
        if headers is None:
            headers = tuple(_unprotect(cell).strip() for cell in cells)
            while headers and not headers[-1]:
                headers = headers[:-1]
            continue
        if len(rows) == MAX_ROWS:
            raise TableFileInvalid(name, "too_many_rows", str(MAX_ROWS))
        rows.append(TableRow(line, tuple(_unprotect(cell) for cell in cells)))
        if progress is not None and len(rows) % 1000 == 0:
            progress(len(rows))
    if headers is None:
        raise TableFileInvalid(name, "empty")
    if not headers or any(_looks_like_data(header) for header in headers):
        raise TableFileInvalid(name, "no_header")
    if progress is not None:
        progress(len(rows))
    return Table(name, headers, tuple(rows))


_DATA = re.compile(r"^[0-9 ./:+()-]+$|@.*\.|^\d{1,2}\.\d{1,2}\.\d{2,4}$")


def _looks_like_data(header: str) -> bool:
    """A number, date or e-mail address in the first row: the header row is missing."""
    return bool(_DATA.search(header)) and not header.strip().isalpha()


_FORMULA_STARTS = ("=", "+", "-", "@")


def protect(text: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (CSV
    injection); phone numbers like +49 711 … stay as they are."""
    if text.startswith(_FORMULA_STARTS) and not _phone_like(text):
        return "'" + text
    return text


def _unprotect(text: str) -> str:
    if text.startswith("'") and text[1:2] in _FORMULA_STARTS:
        return text[1:]
    return text


def _phone_like(text: str) -> bool:
    return text[:1] in "+-" and all(char.isdigit() or char in " ()/-." for char in text[1:])
