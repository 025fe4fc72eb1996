"""Funding programmes as data: the definition format, its validation and the services.

A programme's rules (grant range, funding rate, cost categories, sections of the
application, attachments, reporting) live in a TOML file, one per programme; the shipped
ones are in ``resources/programmes/`` (the format is documented in the README there).
:func:`parse_programme` reads and validates such a text and names every problem with the
file, the line and the field; :func:`programme_toml` writes the canonical text back
(``parse_programme(programme_toml(p), source=...) == p``).

The database keeps each programme as a ``FundingProgramme`` row: the columns the lists
need plus the whole definition as canonical TOML text. Applications refer to the row and
read its CURRENT definition: when a centre edits or re-imports a programme, existing
applications keep working and are checked against the new rules from then on (a section
that disappeared from the programme keeps its text in the application; it is just no
longer listed as a section of the programme).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff import paths
from quartierstreff.db.models import AuditAction, FundingApplication, FundingProgramme
from quartierstreff.money import UnreadableAmount, parse_money
from quartierstreff.services import audit
from quartierstreff.services.concurrency import check_version
from quartierstreff.services.errors import (
    FieldInvalid,
    NotFound,
    ProgrammeExists,
    ProgrammeInvalid,
)
from quartierstreff.services.security import (
    SYSTEM_ACTOR,
    Actor,
    Permission,
    acting_as,
    service,
)

FORMAT_VERSION = 1

MAX_AMOUNT = Decimal("10000000")
"""No programme grants more than ten million euros: a larger figure is a typo."""

STANDARD_COST_CATEGORIES: dict[str, str] = {
    "fees": "Honorare",
    "material": "Sachkosten und Material",
    "printing": "Druck und Öffentlichkeitsarbeit",
    "room_hire": "Raummiete",
    "catering": "Verpflegung",
    "childcare": "Kinderbetreuung",
    "travel": "Fahrtkosten",
    "advice": "Beratung",
}
"""The cost categories a plan line may use, key -> German label."""

INCOME_KINDS: dict[str, str] = {
    "own_funds": "Eigenmittel",
    "donations": "Spenden",
    "participant_fees": "Teilnahmebeiträge",
    "other_grants": "Andere Zuschüsse",
    "in_kind": "Ehrenamtliche Arbeit (unbar)",
}
"""The kinds of income of a financing plan, key -> German label."""

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


# --- views -------------------------------------------------------------------------


@dataclass(frozen=True)
class CostCategory:
    key: str
    label: str
    max_per_item: Decimal | None = None
    """The most one plan line of this category may cost; None: the programme's default."""


@dataclass(frozen=True)
class SectionRule:
    key: str
    title: str
    help: str = ""
    required: bool = True
    max_chars: int | None = None


@dataclass(frozen=True)
class AttachmentRule:
    key: str
    title: str
    required: bool = True


@dataclass(frozen=True)
class ReportingRule:
    due_months_after_end: int | None = None
    due_weeks_after_end: int | None = None
    allowed_deviation_percent: Decimal = Decimal(20)
    retention_years: int = 10
    sections: tuple[SectionRule, ...] = ()
    """The sections of the Sachbericht (the narrative part of the report)."""

    def due_on(self, project_end: dt.date) -> dt.date | None:
        """When the report is due for a project ending on ``project_end``."""
        if self.due_months_after_end is not None:
            return _add_months(project_end, self.due_months_after_end)
        if self.due_weeks_after_end is not None:
            return project_end + dt.timedelta(weeks=self.due_weeks_after_end)
        return None


@dataclass(frozen=True)
class Programme:
    """A funding programme's rules. Amounts in euros (Decimal), percentages 0..100."""

    key: str
    name: str
    funder: str
    call_date: dt.date | None = None
    call_note: str = ""
    applicants: tuple[str, ...] = ()
    min_grant: Decimal | None = None
    max_grant: Decimal | None = None
    max_funding_rate: Decimal | None = None
    """The grant's largest share of the total costs, percent (80 = 80 %)."""
    min_own_share: Decimal | None = None
    """The smallest share of the total costs the applicant brings, percent."""
    max_per_item: Decimal | None = None
    """The default per-line maximum for every category without its own."""
    in_kind_allowed: bool = False
    volunteer_hour_rate: Decimal | None = None
    deadlines: tuple[dt.date, ...] = ()
    any_time: bool = False
    duration_months: int | None = None
    """The longest project period in months."""
    categories: tuple[CostCategory, ...] = ()
    sections: tuple[SectionRule, ...] = ()
    attachments: tuple[AttachmentRule, ...] = ()
    reporting: ReportingRule = field(default_factory=ReportingRule)
    description: str = ""
    """Free text: what the programme is for, who is the applicant, what to watch."""

    def category(self, key: str) -> CostCategory | None:
        return next((c for c in self.categories if c.key == key), None)

    def category_label(self, key: str) -> str:
        """The label of a cost category or income kind; the key itself if unknown."""
        found = self.category(key)
        if found is not None:
            return found.label
        return STANDARD_COST_CATEGORIES.get(key) or INCOME_KINDS.get(key) or key

    def item_limit(self, key: str) -> Decimal | None:
        """The most one plan line of category ``key`` may cost (None: no limit)."""
        found = self.category(key)
        if found is not None and found.max_per_item is not None:
            return found.max_per_item
        return self.max_per_item

    def section(self, key: str) -> SectionRule | None:
        return next((s for s in self.sections if s.key == key), None)

    def next_deadline(self, today: dt.date) -> dt.date | None:
        return min((d for d in self.deadlines if d >= today), default=None)


# --- reading -------------------------------------------------------------------------

_TOP_KEYS = (
    "format",
    "key",
    "name",
    "funder",
    "call_date",
    "call_note",
    "description",
    "applicants",
    "min_grant",
    "max_grant",
    "max_funding_rate",
    "min_own_share",
    "max_per_item",
    "in_kind_allowed",
    "volunteer_hour_rate",
    "deadlines",
    "any_time",
    "duration_months",
    "categories",
    "sections",
    "attachments",
    "reporting",
)
_CATEGORY_KEYS = ("key", "label", "max_per_item")
_SECTION_KEYS = ("key", "title", "help", "required", "max_chars")
_ATTACHMENT_KEYS = ("key", "title", "required")
_REPORTING_KEYS = (
    "due_months_after_end",
    "due_weeks_after_end",
    "allowed_deviation_percent",
    "retention_years",
    "sections",
)
_SYNTAX_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")
_SYNTAX_END = re.compile(r"\(at end of document\)")


FieldPath = tuple[str | int, ...]
"""Where a value sits: ("sections", 1, "max_chars") is the second section's limit."""


def field_name(path: FieldPath) -> str:
    """``sections[2].max_chars`` (1-based, as a person counts blocks)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else part
    return text


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self.source_text = text
        self.source = source
        self.lines = text.splitlines()

    # -- errors --
    def fail(self, path: FieldPath, reason: str, detail: str = "") -> ProgrammeInvalid:
        return ProgrammeInvalid(
            source=self.source,
            line=find_line(self.lines, path),
            field=field_name(path),
            reason=reason,
            detail=detail,
        )

    # -- tables --
    def table(self, value: object, path: FieldPath, known: Sequence[str]) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "type", "table")
        for name in value:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
                raise self.fail((*path, name), "unknown_key", close[0] if close else "")
        return value

    def blocks(self, data: Mapping[str, Any], path: FieldPath) -> list[tuple[FieldPath, Any]]:
        value = data.get(str(path[-1]))
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(path, "type", "blocks")
        return [((*path, index), item) for index, item in enumerate(value)]

    # -- scalars --
    def text(self, data: Mapping[str, Any], path: FieldPath, *, required: bool = False) -> str:
        value = data.get(str(path[-1]))
        if value is None:
            if required:
                raise self.fail(path, "missing")
            return ""
        if not isinstance(value, str):
            raise self.fail(path, "type", "text")
        value = value.strip()
        if required and not value:
            raise self.fail(path, "missing")
        return value

    def key(self, data: Mapping[str, Any], path: FieldPath) -> str:
        value = self.text(data, path, required=True)
        if not _KEY.match(value):
            raise self.fail(path, "key_format", value)
        return value

    def flag(self, data: Mapping[str, Any], path: FieldPath, default: bool) -> bool:
        value = data.get(str(path[-1]))
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(path, "type", "bool")
        return value

    def whole(self, data: Mapping[str, Any], path: FieldPath, *, minimum: int = 1) -> int | None:
        value = data.get(str(path[-1]))
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(path, "type", "int")
        if value < minimum:
            raise self.fail(path, "too_small", str(minimum))
        if value > 1_000_000:
            raise self.fail(path, "too_large", str(value))
        return value

    def amount(self, data: Mapping[str, Any], path: FieldPath) -> Decimal | None:
        value = data.get(str(path[-1]))
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self.fail(path, "type", "amount")
        text = str(value)
        try:
            amount = parse_money(text)
        except UnreadableAmount as error:
            reason = "amount_negative" if error.reason == "negative" else "amount"
            raise self.fail(path, reason, text) from None
        if amount is None:
            return None
        if amount > MAX_AMOUNT:
            raise self.fail(path, "amount_too_high", text)
        return amount

    def percent(
        self, data: Mapping[str, Any], path: FieldPath, *, zero: bool = True
    ) -> Decimal | None:
        value = data.get(str(path[-1]))
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(path, "type", "percent")
        text = str(value).strip().removesuffix("%").strip().replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise self.fail(path, "percent", str(value)) from None
        if not number.is_finite() or number < 0 or number > 100 or (not zero and number == 0):
            raise self.fail(path, "percent_range", str(value))
        if number != number.quantize(Decimal("0.01")):
            raise self.fail(path, "percent", str(value))
        return number

    def date(self, value: object, path: FieldPath) -> dt.date:
        if isinstance(value, dt.datetime):
            raise self.fail(path, "date", value.isoformat())
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise self.fail(path, "date", str(value))

    def unique(self, path: FieldPath, items: Iterable[tuple[FieldPath, str]]) -> None:
        seen: set[str] = set()
        for item_path, key in items:
            if key in seen:
                raise self.fail((*item_path, "key"), "duplicate", key)
            seen.add(key)

    # -- the parts --
    def section(self, raw: object, path: FieldPath) -> SectionRule:
        data = self.table(raw, path, _SECTION_KEYS)
        max_chars = self.whole(data, (*path, "max_chars"))
        return SectionRule(
            key=self.key(data, (*path, "key")),
            title=self.text(data, (*path, "title"), required=True),
            help=self.text(data, (*path, "help")),
            required=self.flag(data, (*path, "required"), True),
            max_chars=max_chars,
        )

    def sections(self, data: Mapping[str, Any], path: FieldPath) -> tuple[SectionRule, ...]:
        blocks = self.blocks(data, path)
        sections = tuple(self.section(raw, item) for item, raw in blocks)
        self.unique(path, ((item, s.key) for (item, _), s in zip(blocks, sections, strict=True)))
        return sections

    def programme(self) -> Programme:
        try:
            raw = tomllib.loads(self.source_text)
        except tomllib.TOMLDecodeError as error:
            message = str(error)
            found = _SYNTAX_LINE.search(message)
            line = int(found.group(1)) if found else None
            if line is None and _SYNTAX_END.search(message):
                line = max(len(self.lines), 1)
            detail = _SYNTAX_LINE.sub("", _SYNTAX_END.sub("", message)).strip()
            raise ProgrammeInvalid(self.source, line, "", "syntax", detail) from None
        data = self.table(raw, (), _TOP_KEYS)
        version = data.get("format")
        if version is None:
            raise self.fail(("format",), "missing")
        if version != FORMAT_VERSION or isinstance(version, bool):
            raise self.fail(("format",), "format_version", str(version))

        key = self.key(data, ("key",))
        name = self.text(data, ("name",), required=True)
        funder = self.text(data, ("funder",), required=True)
        call_date = None
        if data.get("call_date") is not None:
            call_date = self.date(data["call_date"], ("call_date",))
        applicants_raw = data.get("applicants", [])
        if not isinstance(applicants_raw, list) or not all(
            isinstance(item, str) for item in applicants_raw
        ):
            raise self.fail(("applicants",), "type", "text_list")
        min_grant = self.amount(data, ("min_grant",))
        max_grant = self.amount(data, ("max_grant",))
        if min_grant is not None and max_grant is not None and min_grant > max_grant:
            raise self.fail(("min_grant",), "min_over_max", f"{min_grant}|{max_grant}")
        deadlines_raw = data.get("deadlines", [])
        if not isinstance(deadlines_raw, list):
            raise self.fail(("deadlines",), "type", "date_list")
        deadlines = tuple(sorted({self.date(value, ("deadlines",)) for value in deadlines_raw}))
        any_time = self.flag(data, ("any_time",), False)
        if any_time and deadlines:
            raise self.fail(("any_time",), "any_time_with_deadlines")

        category_blocks = self.blocks(data, ("categories",))
        categories = []
        for path, raw_category in category_blocks:
            block = self.table(raw_category, path, _CATEGORY_KEYS)
            category_key = self.key(block, (*path, "key"))
            label = self.text(block, (*path, "label"))
            if not label:
                label = STANDARD_COST_CATEGORIES.get(category_key, "")
                if not label:
                    raise self.fail((*path, "label"), "missing")
            categories.append(
                CostCategory(category_key, label, self.amount(block, (*path, "max_per_item")))
            )
        self.unique(
            ("categories",),
            ((p, c.key) for (p, _), c in zip(category_blocks, categories, strict=True)),
        )
        if "categories" not in data:
            categories = [CostCategory(k, v) for k, v in STANDARD_COST_CATEGORIES.items()]

        sections = self.sections(data, ("sections",))

        attachment_blocks = self.blocks(data, ("attachments",))
        attachments = []
        for path, raw_attachment in attachment_blocks:
            block = self.table(raw_attachment, path, _ATTACHMENT_KEYS)
            attachments.append(
                AttachmentRule(
                    key=self.key(block, (*path, "key")),
                    title=self.text(block, (*path, "title"), required=True),
                    required=self.flag(block, (*path, "required"), True),
                )
            )
        self.unique(
            ("attachments",),
            ((p, a.key) for (p, _), a in zip(attachment_blocks, attachments, strict=True)),
        )

        reporting = ReportingRule()
        if data.get("reporting") is not None:
            block = self.table(data["reporting"], ("reporting",), _REPORTING_KEYS)
            months = self.whole(block, ("reporting", "due_months_after_end"))
            weeks = self.whole(block, ("reporting", "due_weeks_after_end"))
            if months is not None and weeks is not None:
                raise self.fail(("reporting", "due_weeks_after_end"), "months_and_weeks")
            deviation = self.percent(block, ("reporting", "allowed_deviation_percent"))
            retention = self.whole(block, ("reporting", "retention_years"))
            reporting = ReportingRule(
                due_months_after_end=months,
                due_weeks_after_end=weeks,
                allowed_deviation_percent=(deviation if deviation is not None else Decimal(20)),
                retention_years=retention if retention is not None else 10,
                sections=self.sections(block, ("reporting", "sections")),
            )

        return Programme(
            key=key,
            name=name,
            funder=funder,
            call_date=call_date,
            call_note=self.text(data, ("call_note",)),
            applicants=tuple(item.strip() for item in applicants_raw if item.strip()),
            min_grant=min_grant,
            max_grant=max_grant,
            max_funding_rate=self.percent(data, ("max_funding_rate",), zero=False),
            min_own_share=self.percent(data, ("min_own_share",)),
            max_per_item=self.amount(data, ("max_per_item",)),
            in_kind_allowed=self.flag(data, ("in_kind_allowed",), False),
            volunteer_hour_rate=self.amount(data, ("volunteer_hour_rate",)),
            deadlines=deadlines,
            any_time=any_time,
            duration_months=self.whole(data, ("duration_months",)),
            categories=tuple(categories),
            sections=sections,
            attachments=tuple(attachments),
            reporting=reporting,
            description=self.text(data, ("description",)),
        )


def parse_programme(text: str, *, source: str) -> Programme:
    """Read and validate a programme definition (TOML text).

    ``source`` names the text in messages (the file name). Raises
    :class:`~quartierstreff.services.errors.ProgrammeInvalid` for the first problem, with
    the line (None if it cannot be found) and the field (``sections[2].max_chars``).
    Without ``categories`` every standard cost category is allowed.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    return _Reader(text, source).programme()


def check_programme(programme: Programme, *, source: str = "") -> Programme:
    """Validate a programme built in code (the GUI's edit dialog) by the file's rules:
    write it as TOML and read it back. Raises ProgrammeInvalid like :func:`parse_programme`
    (the line then refers to the canonical text)."""
    return parse_programme(programme_toml(programme), source=source or f"{programme.key}.toml")


# --- finding the line of a field -------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\s\"']+?)\s*\]\]?\s*(#.*)?$")


def _header_name(line: str) -> str | None:
    found = _HEADER.match(line)
    if found is None:
        return None
    return re.sub(r"\s+", "", found.group(1)).replace('"', "").replace("'", "")


def find_line(lines: Sequence[str], path: FieldPath) -> int | None:
    """The 1-based line where ``path`` is written, found in the text: the n-th
    ``[[sections]]`` block, then ``max_chars = …`` in it. A value that is missing
    points at its block's header; None when even that cannot be found."""
    if not path:
        return None
    *prefix, last = path
    names = [str(part) for part in prefix if isinstance(part, str)]
    index = next((part for part in reversed(prefix) if isinstance(part, int)), None)
    if isinstance(last, int):  # a block itself: ("sections", 2)
        start, _ = _locate_block(lines, names, last)
        return start
    start, end = _locate_block(lines, names, index)
    if start is None:
        return None
    pattern = re.compile(rf"^\s*[\"']?{re.escape(last)}[\"']?\s*=")
    for number in range(start, end):
        if pattern.match(lines[number]):
            return number + 1
    # a table written as a header: [reporting] or [[sections]]
    nested, _ = _locate_block(lines, [*names, last], None)
    if nested is not None:
        return nested
    return start if start > 0 else None


def _locate_block(
    lines: Sequence[str], names: list[str], index: int | None
) -> tuple[int | None, int]:
    """(1-based line of the header, end) of the block ``names`` (its ``index``-th
    occurrence for an array of tables), or (None, 0); lines[start:end] is its body.
    The top level (no names) is the start of the text up to the first header: (0, …)."""
    headers = [(number, _header_name(line)) for number, line in enumerate(lines)]
    found = [(number, name) for number, name in headers if name is not None]
    if not names:
        return 0, found[0][0] if found else len(lines)
    wanted = ".".join(names)
    seen = -1
    for position, (number, name) in enumerate(found):
        if name != wanted:
            continue
        seen += 1
        if index is not None and seen != index:
            continue
        end = found[position + 1][0] if position + 1 < len(found) else len(lines)
        return number + 1, end
    return None, 0


# --- writing -----------------------------------------------------------------------------


def _quote(value: str) -> str:
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\t", "\\t")
        .replace("\r", "\\r")
    )
    escaped = "".join(
        f"\\u{ord(char):04X}" if ord(char) < 0x20 or ord(char) == 0x7F else char for char in escaped
    )
    return f'"{escaped}"'


def _amount(value: Decimal) -> str:
    return _quote(f"{value:.2f}")


def _percent(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return _quote(f"{value.normalize():f}")


def _lines(pairs: Iterable[tuple[str, str | None]]) -> list[str]:
    return [f"{name} = {value}" for name, value in pairs if value is not None]


def _section_lines(header: str, sections: Sequence[SectionRule]) -> list[str]:
    out: list[str] = []
    for section in sections:
        out += ["", f"[[{header}]]"]
        out += _lines(
            [
                ("key", _quote(section.key)),
                ("title", _quote(section.title)),
                ("help", _quote(section.help) if section.help else None),
                ("required", None if section.required else "false"),
                ("max_chars", None if section.max_chars is None else str(section.max_chars)),
            ]
        )
    return out


def programme_toml(programme: Programme) -> str:
    """The canonical definition text of ``programme`` (format 1); reading it back with
    :func:`parse_programme` gives the same programme. Fields left at their default are
    left out; amounts are written as strings with two decimals, dates as TOML dates."""
    p = programme
    out = [f"format = {FORMAT_VERSION}"]

    def optional(value: Decimal | None, write: Callable[[Decimal], str]) -> str | None:
        return None if value is None else write(value)

    out += _lines(
        [
            ("key", _quote(p.key)),
            ("name", _quote(p.name)),
            ("funder", _quote(p.funder)),
            ("call_date", p.call_date.isoformat() if p.call_date else None),
            ("call_note", _quote(p.call_note) if p.call_note else None),
            ("description", _quote(p.description) if p.description else None),
            (
                "applicants",
                "[" + ", ".join(_quote(a) for a in p.applicants) + "]" if p.applicants else None,
            ),
            ("min_grant", optional(p.min_grant, _amount)),
            ("max_grant", optional(p.max_grant, _amount)),
            ("max_funding_rate", optional(p.max_funding_rate, _percent)),
            ("min_own_share", optional(p.min_own_share, _percent)),
            ("max_per_item", optional(p.max_per_item, _amount)),
            ("in_kind_allowed", "true" if p.in_kind_allowed else None),
            ("volunteer_hour_rate", optional(p.volunteer_hour_rate, _amount)),
            (
                "deadlines",
                "[" + ", ".join(d.isoformat() for d in p.deadlines) + "]" if p.deadlines else None,
            ),
            ("any_time", "true" if p.any_time else None),
            ("duration_months", None if p.duration_months is None else str(p.duration_months)),
        ]
    )
    if not p.categories:
        out += ["categories = []"]
    for category in p.categories:
        out += ["", "[[categories]]"]
        out += _lines(
            [
                ("key", _quote(category.key)),
                ("label", _quote(category.label)),
                ("max_per_item", optional(category.max_per_item, _amount)),
            ]
        )
    out += _section_lines("sections", p.sections)
    for attachment in p.attachments:
        out += ["", "[[attachments]]"]
        out += _lines(
            [
                ("key", _quote(attachment.key)),
                ("title", _quote(attachment.title)),
                ("required", None if attachment.required else "false"),
            ]
        )
    r = p.reporting
    out += ["", "[reporting]"]
    out += _lines(
        [
            (
                "due_months_after_end",
                None if r.due_months_after_end is None else str(r.due_months_after_end),
            ),
            (
                "due_weeks_after_end",
                None if r.due_weeks_after_end is None else str(r.due_weeks_after_end),
            ),
            ("allowed_deviation_percent", _percent(r.allowed_deviation_percent)),
            ("retention_years", str(r.retention_years)),
        ]
    )
    out += _section_lines("reporting.sections", r.sections)
    return "\n".join(out) + "\n"


def _add_months(day: dt.date, months: int) -> dt.date:
    from dateutil.relativedelta import relativedelta

    result: dt.date = day + relativedelta(months=months)
    return result


# --- shipped files -------------------------------------------------------------------------


def programmes_dir() -> Path:
    """Where the shipped definitions are (``resources/programmes``)."""
    return paths.resources_dir() / "programmes"


def shipped_programmes() -> list[Programme]:
    """The programmes shipped with Quartierstreff, in file-name order."""
    return [
        parse_programme(file.read_text(encoding="utf-8"), source=file.name)
        for file in sorted(programmes_dir().glob("*.toml"))
    ]


def read_programme_file(file: Path) -> Programme:
    """Read and validate a definition file; an unreadable file is a ProgrammeInvalid too."""
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ProgrammeInvalid(file.name, None, "", "unreadable", "kein UTF-8") from None
    except OSError as error:
        raise ProgrammeInvalid(
            file.name, None, "", "unreadable", error.strerror or type(error).__name__
        ) from None
    return parse_programme(text, source=file.name)


# --- the database --------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgrammeEntry:
    """A programme as the database keeps it."""

    id: int
    programme: Programme
    is_active: bool
    version: int
    application_count: int = 0


def _rate_fraction(programme: Programme) -> Decimal | None:
    if programme.max_funding_rate is None:
        return None
    return (programme.max_funding_rate / 100).quantize(Decimal("0.0001"))


def _fill_row(row: FundingProgramme, programme: Programme) -> None:
    row.key = programme.key
    row.name = programme.name
    row.funder = programme.funder
    row.call_date = programme.call_date
    row.min_grant = programme.min_grant
    row.max_grant = programme.max_grant
    row.max_funding_rate = _rate_fraction(programme)
    row.definition = programme_toml(programme)


def programme_of(row: FundingProgramme) -> Programme:
    """The programme a row holds (its definition text, validated when it was stored)."""
    return parse_programme(row.definition, source=f"{row.key}.toml")


def _entry(row: FundingProgramme, count: int = 0) -> ProgrammeEntry:
    return ProgrammeEntry(row.id, programme_of(row), row.is_active, row.version, count)


def _by_key(session: Session, key: str) -> FundingProgramme | None:
    return session.scalars(select(FundingProgramme).where(FundingProgramme.key == key)).first()


def install_missing(session: Session, *, update: bool = False) -> int:
    """Add the shipped programmes whose key is missing (with ``update`` also refresh those
    with a shipped key); as whoever acts in ``session``. Not a service: the demo and the
    start-up use it; people use :func:`install_shipped_programmes`."""
    count = 0
    for programme in shipped_programmes():
        row = _by_key(session, programme.key)
        if row is None:
            row = FundingProgramme(is_active=True)
            session.add(row)
        elif not update or programme_of(row) == programme:
            continue
        _fill_row(row, programme)
        count += 1
    session.flush()
    return count


def ensure_shipped_programmes(session: Session) -> int:
    """At start: a database without any programme gets the shipped ones (as the
    program itself, ``SYSTEM_ACTOR``). Returns how many were added (0 when there were
    programmes already: a centre's own choice is never touched)."""
    if session.scalar(select(func.count()).select_from(FundingProgramme)):
        return 0
    with acting_as(session, SYSTEM_ACTOR):
        return install_missing(session)


@service(Permission.FUNDING_READ)
def list_programmes(
    session: Session, actor: Actor, *, include_inactive: bool = True
) -> list[ProgrammeEntry]:
    """The programmes by name; the inactive ones too unless ``include_inactive`` is false
    (a new application offers only the active ones)."""
    query = select(FundingApplication.programme_id, func.count()).group_by(
        FundingApplication.programme_id
    )
    counts: dict[int, int] = {row[0]: row[1] for row in session.execute(query)}
    rows = session.scalars(select(FundingProgramme).order_by(FundingProgramme.name)).all()
    return [_entry(row, counts.get(row.id, 0)) for row in rows if include_inactive or row.is_active]


def _load(session: Session, programme_id: int) -> FundingProgramme:
    row = session.get(FundingProgramme, programme_id)
    if row is None:
        raise NotFound("funding_programme", str(programme_id))
    return row


@service(Permission.FUNDING_READ)
def get_programme(session: Session, actor: Actor, programme_id: int) -> ProgrammeEntry:
    row = _load(session, programme_id)
    count = session.scalar(
        select(func.count())
        .select_from(FundingApplication)
        .where(FundingApplication.programme_id == programme_id)
    )
    return _entry(row, count or 0)


@service(Permission.FUNDING_READ)
def get_programme_by_key(session: Session, actor: Actor, key: str) -> ProgrammeEntry:
    row = _by_key(session, key)
    if row is None:
        raise NotFound("funding_programme", key)
    return get_programme(session, actor, row.id)


@service(Permission.FUNDING_WRITE)
def install_shipped_programmes(session: Session, actor: Actor, *, update: bool = False) -> int:
    """Add the shipped programmes whose key is not there yet; with ``update``, also bring
    the existing ones with a shipped key to the shipped definition (a centre's own edits
    of them are then replaced). Returns how many were added or changed."""
    return install_missing(session, update=update)


@service(Permission.FUNDING_WRITE)
def save_programme(
    session: Session,
    actor: Actor,
    programme: Programme,
    *,
    programme_id: int | None = None,
    expected_version: int = 0,
) -> ProgrammeEntry:
    """Store a programme: a new one (``programme_id`` None) or a change of one
    (optimistic locking with ``expected_version``). Validated by the rules of the file
    (:func:`check_programme`, raises ProgrammeInvalid); a key another programme has is a
    FieldInvalid("key", "taken"). Existing applications read the new definition from now
    on; their texts and plans stay as they are."""
    programme = check_programme(programme)
    other = _by_key(session, programme.key)
    if programme_id is None:
        if other is not None:
            raise FieldInvalid("key", "taken", programme.key)
        row = FundingProgramme(is_active=True)
        session.add(row)
    else:
        row = _load(session, programme_id)
        check_version(row, expected_version, entity="funding_programme")
        if other is not None and other.id != row.id:
            raise FieldInvalid("key", "taken", programme.key)
    _fill_row(row, programme)
    session.flush()
    return get_programme(session, actor, row.id)


@service(Permission.FUNDING_WRITE)
def import_programme(
    session: Session, actor: Actor, text: str, *, source: str, replace: bool = False
) -> ProgrammeEntry:
    """Read a definition file's text and store it: added, or with ``replace`` put in
    place of the programme with the same key (which keeps its applications). Without
    ``replace`` an existing key raises :class:`ProgrammeExists`. A broken text raises
    :class:`ProgrammeInvalid` (file, line, field); nothing is changed then."""
    programme = parse_programme(text, source=source)
    row = _by_key(session, programme.key)
    if row is not None and not replace:
        raise ProgrammeExists(row.key, row.name)
    return save_programme(
        session,
        actor,
        programme,
        programme_id=row.id if row is not None else None,
        expected_version=row.version if row is not None else 0,
    )


@service(Permission.FUNDING_READ)
def export_programme(session: Session, actor: Actor, programme_id: int) -> str:
    """The canonical definition text of a programme, for a file (recorded as an export)."""
    row = _load(session, programme_id)
    audit.record(
        session, actor, AuditAction.EXPORT, "funding_programmes", str(row.id), summary=row.key
    )
    return programme_toml(programme_of(row))


@service(Permission.FUNDING_WRITE)
def set_programme_active(
    session: Session, actor: Actor, programme_id: int, active: bool, *, expected_version: int = 0
) -> ProgrammeEntry:
    """An inactive programme is not offered for new applications; existing ones keep it."""
    row = _load(session, programme_id)
    check_version(row, expected_version, entity="funding_programme")
    row.is_active = active
    session.flush()
    return get_programme(session, actor, row.id)
