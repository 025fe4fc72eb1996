"""Funding applications (Förderanträge): drafts with sections, the cost and financing plan
(Kosten- und Finanzierungsplan), checks against the programme, status with history,
versions, and the library of reusable text blocks.

The programme's rules come from ``services.programmes`` (the :class:`Programme` view);
an application stores its programme's id and is checked against the definition the
database holds for it.

Money is exact: :class:`~decimal.Decimal` euros, never a float. A plan line's amount is
``quantity × unit_price`` rounded to the cent (half up) *per line*; every total is the sum
of line amounts, so the totals printed always add up. Percentages (funding rate, own
share) are shown rounded to 0.01 %, but the checks compare exactly (``requested × 100 >
max_rate × costs``), so an application is never refused by rounding.

Text: sections are stored as typed, with control characters removed (newline and tab
kept; pasted text often carries ``\\r`` or form feeds), emoji kept. Lengths are counted in
characters (``len``), as the window counts them. Text over a programme's limit is
*saved* (nothing is lost) and reported by :func:`check_application`; only text over the
absolute :data:`MAX_SECTION_CHARS` is refused.

Checks (:func:`check_application`, pure): every :class:`Finding` has a stable ``rule``
key, a ``severity``, a German ``message`` with the numbers and a ``target`` naming the
field (``requested_amount``, ``project_start``, ``project_end``, ``section:<key>``,
``plan:<line position>`` (1-based), ``attachment:<key>``, ``plan``, ``title``).

The rule for severities: an **error** is a rule of the programme the application breaks
as it stands — the funder would return or refuse it (amounts, rate, own share,
categories, per-item maximum, balance, required sections and attachments, section
limits, the project period, in-kind lines where not allowed). A **warning** is something
that may well be fine but deserves a look, mostly about time: the programme's last
deadline has passed (a new call may follow). Exporting with findings is allowed; the PDF
then says "Entwurf".

Rules: ``requested_missing``, ``max_grant``, ``min_grant``, ``funding_rate``,
``own_share``, ``plan_empty``, ``plan_unbalanced``, ``category_not_allowed``,
``income_kind_unknown``, ``in_kind_not_allowed``, ``item_max``, ``section_required``,
``section_too_long``, ``attachment_missing``, ``period_missing``, ``period_order``,
``period_too_long``, ``deadline_passed``.

``plan_unbalanced`` is checked once a requested amount is entered (without one,
``requested_missing`` says what to do). ``item_max`` compares a line's amount with the
category's maximum, else the programme's (``Programme.item_limit``).

Own share (Eigenanteil) = the income lines that are the applicant's own contribution:
own funds, donations, participant fees and in-kind volunteer hours — not other grants.

Status: ``idea → draft → submitted → approved | rejected``, ``approved → in_progress →
reported → closed``; back from ``submitted`` to ``draft`` only by
:func:`withdraw_application`. Every change adds a history row (date, note); submitting
stores a version labelled "Eingereicht am 24.11.2026"; approving needs the approved
amount and sets ``report_due_on`` from the programme's reporting rule (end of the
project + months or weeks).

Field names of :class:`FieldInvalid` raised here (the window maps them to its widgets):
``programme``, ``title``, ``project_start``, ``project_end`` (reason ``before_start``),
``requested_amount``, ``approved_amount``, ``contact_person``, ``funder_reference``,
``note``, ``status_date`` (``before_previous``: value the last history date,
24.11.2026), ``programme`` (``inactive``: value its name),
``section`` (value: the section's key; ``too_long``, ``unknown``), ``attachment``
(value: the key; ``unknown``), ``plan`` (``too_many``: value the limit), the plan line
fields ``plan_kind``, ``plan_category``, ``plan_description``, ``plan_quantity``,
``plan_unit``, ``plan_unit_price``, ``plan_amount`` (value: the line number, 1-based),
``version_label``, ``text_block_title`` (``duplicate`` too), ``text_block_body``.
Reasons: ``required``, ``too_long``, ``negative``, ``not_positive``, ``too_large``,
``invalid`` (not a finite number), ``precision`` (too many decimal places),
``duplicate``, ``unknown``, ``before_start``, ``before_previous``, ``too_many``.
Limits are the module's constants (:data:`MAX_QUANTITY`, :data:`MAX_UNIT_PRICE`,
:data:`MAX_LINE_AMOUNT`, :data:`MAX_REQUESTED`, …).

Other errors: :class:`NotFound` (entity ``funding_application``, ``funding_programme``,
``application_version``, ``text_block``, ``person``), :class:`StatusChangeRefused`,
:class:`ConcurrentEdit`, :class:`DeleteBlocked` (receipts booked on the application).

Services (reads ``FUNDING_READ``, writes ``FUNDING_WRITE``)::

    list_applications(session, actor, *, status=None, search="") -> list[ApplicationRow]
    get_application(session, actor, application_id) -> ApplicationView
    create_application(session, actor, draft, *, on=None) -> int
    update_application(session, actor, application_id, draft, *, expected_version=0) -> int
    save_section(session, actor, application_id, key, text) -> str     # autosave
    save_plan(session, actor, application_id, lines, *, expected_version=0) -> int
    set_attachment(session, actor, application_id, key, provided, *, note="") -> None
    change_status(session, actor, application_id, status, *, on, note="",
        funder_reference=None, approved_amount=None) -> None
    withdraw_application(session, actor, application_id, *, on, note="") -> None
    save_version(session, actor, application_id, label) -> int
    list_versions(session, actor, application_id) -> list[VersionRow]   # newest first
    get_version(session, actor, version_id) -> VersionView
    restore_version(session, actor, application_id, version_id) -> None
    delete_application(session, actor, application_id) -> TrashEntryView
    list_text_blocks(session, actor) -> list[TextBlockView]             # by title
    save_text_block(session, actor, draft, *, block_id=None, expected_version=0) -> int
    delete_text_block(session, actor, block_id) -> TrashEntryView
    upcoming_deadlines(session, actor, today, days=60) -> list[DeadlineView]

The int returned by the writing services is the application's new ``version``.
Pure: :func:`plan_summary`, :func:`line_amount`, :func:`check_application`,
:func:`application_problems`, :func:`plan_problems`, :func:`clean_text`,
:func:`compare_versions`, :func:`version_of`, :func:`snapshot_json`,
:func:`allowed_next`, :func:`report_due`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Literal, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from quartierstreff import clock
from quartierstreff.dates import format_date
from quartierstreff.db.models import (
    ApplicationAttachment,
    ApplicationSection,
    ApplicationStatus,
    ApplicationVersion,
    FundingApplication,
    FundingProgramme,
    Person,
    PlanLine,
    PlanLineKind,
    StatusChange,
    TextBlock,
)
from quartierstreff.db.search import sort_key
from quartierstreff.money import format_money, format_number
from quartierstreff.services import centre
from quartierstreff.services.concurrency import check_version
from quartierstreff.services.errors import (
    FieldInvalid,
    NotFound,
    ProgrammeInvalid,
    StatusChangeRefused,
)
from quartierstreff.services.programmes import (
    INCOME_KINDS,
    STANDARD_COST_CATEGORIES,
    Programme,
    SectionRule,
    parse_programme,
)
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.trash import TrashEntryView, move_to_trash
from quartierstreff.services.views import CentreProfileView

# --- limits and labels -----------------------------------------------------------

CENT = Decimal("0.01")
MAX_QUANTITY = Decimal("100000")
MAX_UNIT_PRICE = Decimal("1000000")
MAX_LINE_AMOUNT = Decimal("10000000")
MAX_REQUESTED = Decimal("10000000")
QUANTITY_PLACES = 3
"""Decimal places a quantity may have (the column is Numeric(12, 3))."""
MAX_PLAN_LINES = 500
TITLE_LENGTH = 200
DESCRIPTION_LENGTH = 200
UNIT_LENGTH = 20
CATEGORY_LENGTH = 40
REFERENCE_LENGTH = 200
NOTE_LENGTH = 200
LABEL_LENGTH = 200
TEXT_BLOCK_TITLE_LENGTH = 200
MAX_SECTION_CHARS = 100_000
"""Absolute limit per section (far above any programme's limit); longer text is refused."""
MAX_TEXT_BLOCK_CHARS = 100_000

STATUS_LABELS: dict[ApplicationStatus, str] = {
    ApplicationStatus.IDEA: "Idee",
    ApplicationStatus.DRAFT: "Entwurf",
    ApplicationStatus.SUBMITTED: "eingereicht",
    ApplicationStatus.APPROVED: "bewilligt",
    ApplicationStatus.REJECTED: "abgelehnt",
    ApplicationStatus.IN_PROGRESS: "laufend",
    ApplicationStatus.REPORTED: "abgerechnet",
    ApplicationStatus.CLOSED: "abgeschlossen",
}

KIND_LABELS: dict[PlanLineKind, str] = {
    PlanLineKind.COST: "Kosten",
    PlanLineKind.INCOME: "Finanzierung",
}

TRANSITIONS: dict[ApplicationStatus, tuple[ApplicationStatus, ...]] = {
    ApplicationStatus.IDEA: (ApplicationStatus.DRAFT,),
    ApplicationStatus.DRAFT: (ApplicationStatus.SUBMITTED,),
    ApplicationStatus.SUBMITTED: (ApplicationStatus.APPROVED, ApplicationStatus.REJECTED),
    ApplicationStatus.APPROVED: (ApplicationStatus.IN_PROGRESS,),
    ApplicationStatus.IN_PROGRESS: (ApplicationStatus.REPORTED,),
    ApplicationStatus.REPORTED: (ApplicationStatus.CLOSED,),
    ApplicationStatus.REJECTED: (),
    ApplicationStatus.CLOSED: (),
}
"""Forward steps :func:`change_status` allows. Withdrawing (submitted → draft) is the one
step back, only through :func:`withdraw_application`."""

OWN_SHARE_KINDS = frozenset({"own_funds", "donations", "participant_fees", "in_kind"})
"""Income kinds that count as the applicant's own share (not ``other_grants``)."""
IN_KIND = "in_kind"

EDITABLE_STATUSES = frozenset({ApplicationStatus.IDEA, ApplicationStatus.DRAFT})
"""Statuses in which the deadline warning applies (the application is not sent yet)."""

Severity = Literal["error", "warning"]


def allowed_next(status: ApplicationStatus) -> tuple[ApplicationStatus, ...]:
    """The statuses :func:`change_status` accepts from ``status``."""
    return TRANSITIONS[status]


# --- views and drafts --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanLineDraft:
    """A plan line as typed: ``category`` is a cost category key of the programme for
    cost lines, an :data:`INCOME_KINDS` key for income lines."""

    kind: PlanLineKind
    category: str
    description: str
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price: Decimal = Decimal(0)

    @property
    def amount(self) -> Decimal:
        return line_amount(self.quantity, self.unit_price)


@dataclass(frozen=True, slots=True)
class PlanLineView:
    id: int
    position: int
    """1-based, the line's place in the plan (cost and income lines count together)."""
    kind: PlanLineKind
    category: str
    category_label: str
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal

    def to_draft(self) -> PlanLineDraft:
        return PlanLineDraft(
            kind=self.kind,
            category=self.category,
            description=self.description,
            quantity=self.quantity,
            unit=self.unit,
            unit_price=self.unit_price,
        )


class CategoryTotal(NamedTuple):
    key: str
    label: str
    total: Decimal


@dataclass(frozen=True, slots=True)
class PlanSummary:
    cost_total: Decimal
    income_total: Decimal
    requested: Decimal
    """The requested amount (0 when none is entered yet)."""
    balance: Decimal
    """``cost_total − income_total − requested``: 0 when the plan is balanced, positive
    when costs are not covered, negative when more money comes in than is spent."""
    funding_rate: Decimal | None
    """requested / costs in percent, rounded to 0.01; None without costs."""
    own_share: Decimal | None
    """own contribution (see :data:`OWN_SHARE_KINDS`) / costs in percent; None without
    costs."""
    own_total: Decimal
    by_category: tuple[CategoryTotal, ...]
    income_by_kind: tuple[CategoryTotal, ...]

    @property
    def balanced(self) -> bool:
        return self.balance == 0


class SectionText(NamedTuple):
    """A section of the application: the programme's rule and the stored text. A text
    stored under a key the programme no longer has keeps a stand-in rule (title = key)."""

    rule: SectionRule
    body: str

    @property
    def key(self) -> str:
        return self.rule.key

    @property
    def length(self) -> int:
        return len(self.body)


@dataclass(frozen=True, slots=True)
class AttachmentView:
    key: str
    title: str
    required: bool
    provided: bool
    note: str = ""


@dataclass(frozen=True, slots=True)
class StatusChangeView:
    status: ApplicationStatus
    status_label: str
    changed_on: dt.date
    note: str


@dataclass(frozen=True, slots=True)
class ApplicationDraft:
    """The head of an application; sections, plan and attachments have their own
    services (:func:`save_section`, :func:`save_plan`, :func:`set_attachment`)."""

    programme_id: int
    title: str
    project_start: dt.date | None = None
    project_end: dt.date | None = None
    requested_amount: Decimal | None = None
    contact_person_id: int | None = None
    funder_reference: str = ""


@dataclass(frozen=True, slots=True)
class ApplicationView:
    id: int
    version: int
    programme_id: int
    programme: Programme
    title: str
    status: ApplicationStatus
    status_label: str
    project_start: dt.date | None
    project_end: dt.date | None
    requested_amount: Decimal | None
    approved_amount: Decimal | None
    funder_reference: str
    contact_person_id: int | None
    contact_name: str
    report_due_on: dt.date | None
    sections: tuple[SectionText, ...]
    """In the programme's order, then texts under keys the programme no longer has."""
    plan: tuple[PlanLineView, ...]
    summary: PlanSummary
    attachments: tuple[AttachmentView, ...]
    """The programme's attachments in order, then provided keys it no longer has."""
    attachments_provided: frozenset[str]
    history: tuple[StatusChangeView, ...]
    """Oldest first."""
    applicant: CentreProfileView
    next_statuses: tuple[ApplicationStatus, ...] = ()
    programme_name: str = ""

    def section(self, key: str) -> str:
        """The text of section ``key`` ("" when empty)."""
        return next((s.body for s in self.sections if s.rule.key == key), "")

    def to_draft(self) -> ApplicationDraft:
        return ApplicationDraft(
            programme_id=self.programme_id,
            title=self.title,
            project_start=self.project_start,
            project_end=self.project_end,
            requested_amount=self.requested_amount,
            contact_person_id=self.contact_person_id,
            funder_reference=self.funder_reference,
        )

    @property
    def cost_lines(self) -> tuple[PlanLineView, ...]:
        return tuple(line for line in self.plan if line.kind == PlanLineKind.COST)

    @property
    def income_lines(self) -> tuple[PlanLineView, ...]:
        return tuple(line for line in self.plan if line.kind == PlanLineKind.INCOME)


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    id: int
    title: str
    programme_name: str
    status: ApplicationStatus
    status_label: str
    requested_amount: Decimal | None
    approved_amount: Decimal | None
    project_start: dt.date | None
    project_end: dt.date | None
    report_due_on: dt.date | None
    funder_reference: str = ""
    status_since: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    target: str

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


@dataclass(frozen=True, slots=True)
class VersionRow:
    id: int
    created_at: dt.datetime
    label: str


@dataclass(frozen=True, slots=True)
class VersionView:
    """A kept state (or the current state, see :func:`version_of`)."""

    id: int | None
    created_at: dt.datetime | None
    label: str
    title: str
    project_start: dt.date | None
    project_end: dt.date | None
    requested_amount: Decimal | None
    sections: tuple[SectionText, ...]
    plan: tuple[PlanLineView, ...]
    summary: PlanSummary
    attachments_provided: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class SectionChange:
    key: str
    title: str
    old: str
    new: str
    changed: bool


@dataclass(frozen=True, slots=True)
class PlanChange:
    """``change``: added, removed or changed (matched by kind, category, description)."""

    change: Literal["added", "removed", "changed"]
    kind: PlanLineKind
    category_label: str
    description: str
    old_amount: Decimal | None
    new_amount: Decimal | None


@dataclass(frozen=True, slots=True)
class VersionComparison:
    sections: tuple[SectionChange, ...]
    plan: tuple[PlanChange, ...]
    head: tuple[tuple[str, str, str], ...]
    """(field label, old, new) for title, period and requested amount that differ."""
    old_summary: PlanSummary
    new_summary: PlanSummary

    @property
    def changed(self) -> bool:
        return bool(self.head or self.plan or any(s.changed for s in self.sections))


@dataclass(frozen=True, slots=True)
class TextBlockDraft:
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class TextBlockView:
    id: int
    title: str
    body: str
    version: int = 0


@dataclass(frozen=True, slots=True)
class DeadlineView:
    """A date for the dashboard. ``kind``: ``deadline`` (a programme's submission
    deadline; ``application_id`` None) or ``report`` (a report due for an approved or
    running application; overdue ones are listed too, with ``days_left`` < 0)."""

    day: dt.date
    kind: Literal["deadline", "report"]
    title: str
    """German: "Einreichfrist Beteiligungstaler" / "Verwendungsnachweis: <title>"."""
    programme_id: int
    programme_name: str
    application_id: int | None
    days_left: int


# --- money -------------------------------------------------------------------------


def line_amount(quantity: Decimal, unit_price: Decimal) -> Decimal:
    """``quantity × unit_price`` rounded to the cent, half up."""
    return (quantity * unit_price).quantize(CENT, rounding=ROUND_HALF_UP)


def _percent(part: Decimal, whole: Decimal) -> Decimal | None:
    if whole <= 0:
        return None
    return (part * 100 / whole).quantize(CENT, rounding=ROUND_HALF_UP)


def category_label(programme: Programme | None, kind: PlanLineKind, key: str) -> str:
    """The German label of a cost category or income kind (the key when unknown)."""
    if kind == PlanLineKind.INCOME:
        return INCOME_KINDS.get(key, key)
    if programme is not None:
        found = programme.category(key)
        if found is not None:
            return found.label
    return STANDARD_COST_CATEGORIES.get(key, key)


def plan_summary(
    lines: Iterable[PlanLineDraft | PlanLineView],
    requested: Decimal | None,
    programme: Programme | None,
) -> PlanSummary:
    """Totals of a plan, exact: every total is the sum of the lines' cent amounts."""
    costs: dict[str, Decimal] = {}
    incomes: dict[str, Decimal] = {}
    own = Decimal("0.00")
    for line in lines:
        amount = line_amount(line.quantity, line.unit_price)
        target = costs if line.kind == PlanLineKind.COST else incomes
        target[line.category] = target.get(line.category, Decimal("0.00")) + amount
        if line.kind == PlanLineKind.INCOME and line.category in OWN_SHARE_KINDS:
            own += amount
    cost_total = sum(costs.values(), Decimal("0.00"))
    income_total = sum(incomes.values(), Decimal("0.00"))
    asked = requested if requested is not None else Decimal("0.00")
    order = [c.key for c in programme.categories] if programme is not None else []
    order += [key for key in STANDARD_COST_CATEGORIES if key not in order]
    cost_keys = [k for k in order if k in costs] + sorted(k for k in costs if k not in order)
    income_order = list(INCOME_KINDS)
    income_keys = [k for k in income_order if k in incomes] + sorted(
        k for k in incomes if k not in income_order
    )
    return PlanSummary(
        cost_total=cost_total,
        income_total=income_total,
        requested=asked,
        balance=cost_total - income_total - asked,
        funding_rate=_percent(asked, cost_total),
        own_share=_percent(own, cost_total),
        own_total=own,
        by_category=tuple(
            CategoryTotal(k, category_label(programme, PlanLineKind.COST, k), costs[k])
            for k in cost_keys
        ),
        income_by_kind=tuple(
            CategoryTotal(k, category_label(programme, PlanLineKind.INCOME, k), incomes[k])
            for k in income_keys
        ),
    )


# --- input validation (pure) -----------------------------------------------------


def clean_text(text: str, *, single_line: bool = False) -> str:
    """``text`` without control characters (newline and tab kept unless ``single_line``,
    which turns them into spaces and strips the ends). Emoji and other symbols stay."""
    if single_line:
        text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    kept = "".join(
        char
        for char in text.replace("\r\n", "\n")
        if char in "\n\t" or unicodedata.category(char) != "Cc"
    )
    return kept.strip() if single_line else kept


def _decimal_problem(
    value: Decimal, field_name: str, *, places: int, maximum: Decimal, tag: str = ""
) -> FieldInvalid | None:
    """``invalid``/``negative``/``too_large``/``precision`` for a non-negative amount."""
    if not isinstance(value, Decimal) or not value.is_finite():
        return FieldInvalid(field_name, "invalid", tag)
    if value < 0:
        return FieldInvalid(field_name, "negative", tag or format_money(value))
    if value > maximum:
        return FieldInvalid(field_name, "too_large", tag or format_money(maximum))
    if value != value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):
        return FieldInvalid(field_name, "precision", tag)
    return None


def application_problems(draft: ApplicationDraft) -> list[FieldInvalid]:
    """Every problem of the head fields, in the order of the form."""
    problems: list[FieldInvalid] = []
    title = clean_text(draft.title, single_line=True)
    if not title:
        problems.append(FieldInvalid("title", "required"))
    elif len(title) > TITLE_LENGTH:
        problems.append(FieldInvalid("title", "too_long", str(TITLE_LENGTH)))
    if (
        draft.project_start is not None
        and draft.project_end is not None
        and draft.project_end < draft.project_start
    ):
        problems.append(FieldInvalid("project_end", "before_start", format_date(draft.project_end)))
    if draft.requested_amount is not None:
        problem = _decimal_problem(
            draft.requested_amount, "requested_amount", places=2, maximum=MAX_REQUESTED
        )
        if problem is not None:
            problems.append(problem)
    if len(clean_text(draft.funder_reference, single_line=True)) > REFERENCE_LENGTH:
        problems.append(FieldInvalid("funder_reference", "too_long", str(REFERENCE_LENGTH)))
    return problems


def clean_application(draft: ApplicationDraft) -> ApplicationDraft:
    """``draft`` as stored: single-line texts cleaned (call after the problems)."""
    return ApplicationDraft(
        programme_id=draft.programme_id,
        title=clean_text(draft.title, single_line=True),
        project_start=draft.project_start,
        project_end=draft.project_end,
        requested_amount=(
            draft.requested_amount.quantize(CENT) if draft.requested_amount is not None else None
        ),
        contact_person_id=draft.contact_person_id,
        funder_reference=clean_text(draft.funder_reference, single_line=True),
    )


def plan_problems(lines: Sequence[PlanLineDraft]) -> list[FieldInvalid]:
    """Every problem of a plan's lines; ``value`` of each is the line number (1-based).

    Categories are checked only for form (a key, at most 40 characters): a category the
    programme does not allow is saved and reported by :func:`check_application`.
    """
    problems: list[FieldInvalid] = []
    if len(lines) > MAX_PLAN_LINES:
        return [FieldInvalid("plan", "too_many", str(MAX_PLAN_LINES))]
    for number, line in enumerate(lines, start=1):
        tag = str(number)
        if not isinstance(line.kind, PlanLineKind):
            problems.append(FieldInvalid("plan_kind", "invalid", tag))
        category = line.category.strip()
        if not category:
            problems.append(FieldInvalid("plan_category", "required", tag))
        elif len(category) > CATEGORY_LENGTH:
            problems.append(FieldInvalid("plan_category", "too_long", tag))
        description = clean_text(line.description, single_line=True)
        if not description:
            problems.append(FieldInvalid("plan_description", "required", tag))
        elif len(description) > DESCRIPTION_LENGTH:
            problems.append(FieldInvalid("plan_description", "too_long", tag))
        if len(clean_text(line.unit, single_line=True)) > UNIT_LENGTH:
            problems.append(FieldInvalid("plan_unit", "too_long", tag))
        quantity_ok = price_ok = False
        quantity = line.quantity
        if not isinstance(quantity, Decimal) or not quantity.is_finite():
            problems.append(FieldInvalid("plan_quantity", "invalid", tag))
        elif quantity <= 0:
            problems.append(FieldInvalid("plan_quantity", "not_positive", tag))
        elif quantity > MAX_QUANTITY:
            problems.append(FieldInvalid("plan_quantity", "too_large", tag))
        elif quantity != quantity.quantize(Decimal(1).scaleb(-QUANTITY_PLACES)):
            problems.append(FieldInvalid("plan_quantity", "precision", tag))
        else:
            quantity_ok = True
        price_problem = _decimal_problem(
            line.unit_price, "plan_unit_price", places=2, maximum=MAX_UNIT_PRICE, tag=tag
        )
        if price_problem is not None:
            problems.append(price_problem)
        else:
            price_ok = True
        if quantity_ok and price_ok and line_amount(quantity, line.unit_price) > MAX_LINE_AMOUNT:
            problems.append(FieldInvalid("plan_amount", "too_large", tag))
    return problems


def clean_plan_line(line: PlanLineDraft) -> PlanLineDraft:
    return PlanLineDraft(
        kind=line.kind,
        category=line.category.strip(),
        description=clean_text(line.description, single_line=True),
        quantity=line.quantity,
        unit=clean_text(line.unit, single_line=True),
        unit_price=line.unit_price.quantize(CENT),
    )


# --- checks against the programme (pure) ---------------------------------------------


def _money(amount: Decimal) -> str:
    return format_money(amount)


def _pct(value: Decimal) -> str:
    text = format_number(value, 2)
    return (text[:-3] if text.endswith(",00") else text) + " %"


def _chars(count: int) -> str:
    return format_number(count)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months (the 31st becomes the month's last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def latest_end(start: dt.date, months: int) -> dt.date:
    """The last day of a project of ``months`` months starting on ``start``."""
    return add_months(start, months) - dt.timedelta(days=1)


def report_due(programme: Programme, project_end: dt.date | None) -> dt.date | None:
    """When the report (Verwendungsnachweis) is due: the end + the programme's months or
    weeks; None without an end or a rule."""
    if project_end is None:
        return None
    return programme.reporting.due_on(project_end)


def _line_name(line: PlanLineView) -> str:
    return f"Zeile {line.position} ({line.description})"


def check_application(view: ApplicationView, *, today: dt.date) -> list[Finding]:
    """Every rule of the programme the application breaks, errors first in the order of
    the form (amount, plan, sections, attachments, period), then warnings."""
    programme = view.programme
    summary = view.summary
    findings: list[Finding] = []

    def error(rule: str, message: str, target: str) -> None:
        findings.append(Finding(rule, "error", message, target))

    # The requested amount and the programme's limits.
    requested = view.requested_amount
    if requested is None:
        error("requested_missing", "Der beantragte Betrag fehlt.", "requested_amount")
    else:
        if programme.max_grant is not None and requested > programme.max_grant:
            error(
                "max_grant",
                f"Beantragt sind {_money(requested)}; das Programm fördert höchstens "
                f"{_money(programme.max_grant)}.",
                "requested_amount",
            )
        if programme.min_grant is not None and requested < programme.min_grant:
            error(
                "min_grant",
                f"Beantragt sind {_money(requested)}; das Programm fördert erst ab "
                f"{_money(programme.min_grant)}.",
                "requested_amount",
            )
    costs = summary.cost_total
    if costs > 0 and requested is not None:
        rate = programme.max_funding_rate
        if rate is not None and requested * 100 > rate * costs:
            error(
                "funding_rate",
                f"Die Förderquote beträgt {_pct(summary.funding_rate or Decimal(0))} der "
                f"Kosten; erlaubt sind höchstens {_pct(rate)} "
                f"(bei {_money(costs)} Kosten also höchstens "
                f"{_money((rate * costs / 100).quantize(CENT))}).",
                "requested_amount",
            )
    if costs > 0 and programme.min_own_share is not None:
        minimum = programme.min_own_share
        if summary.own_total * 100 < minimum * costs:
            error(
                "own_share",
                f"Der Eigenanteil beträgt {_pct(summary.own_share or Decimal(0))} der Kosten "
                f"({_money(summary.own_total)}); verlangt sind mindestens {_pct(minimum)} "
                f"({_money((minimum * costs / 100).quantize(CENT, rounding=ROUND_HALF_UP))}).",
                "plan",
            )

    # The plan.
    cost_lines = view.cost_lines
    if not cost_lines:
        error("plan_empty", "Der Kostenplan enthält noch keine Kosten.", "plan")
    elif summary.balance != 0 and requested is not None:
        covered = summary.income_total + summary.requested
        if summary.balance > 0:
            message = (
                f"Der Finanzplan ist nicht ausgeglichen: Die Kosten ({_money(costs)}) sind "
                f"um {_money(summary.balance)} höher als Finanzierung und beantragter Betrag "
                f"zusammen ({_money(covered)})."
            )
        else:
            message = (
                f"Der Finanzplan ist nicht ausgeglichen: Finanzierung und beantragter Betrag "
                f"({_money(covered)}) sind um {_money(-summary.balance)} höher als die "
                f"Kosten ({_money(costs)})."
            )
        error("plan_unbalanced", message, "plan")
    allowed = {category.key: category for category in programme.categories}
    for line in view.plan:
        target = f"plan:{line.position}"
        if line.kind == PlanLineKind.COST:
            category = allowed.get(line.category)
            if allowed and category is None:
                error(
                    "category_not_allowed",
                    f"{_line_name(line)}: Die Kostenart „{line.category_label}“ wird von "
                    f"diesem Programm nicht gefördert.",
                    target,
                )
            maximum = programme.item_limit(line.category)
            if maximum is not None and line.amount > maximum:
                error(
                    "item_max",
                    f"{_line_name(line)}: {_money(line.amount)} liegen über dem Höchstbetrag "
                    f"von {_money(maximum)} je Posten.",
                    target,
                )
        elif line.category not in INCOME_KINDS:
            error(
                "income_kind_unknown",
                f"{_line_name(line)}: „{line.category}“ ist keine bekannte Art der Finanzierung.",
                target,
            )
        elif line.category == IN_KIND and not programme.in_kind_allowed:
            error(
                "in_kind_not_allowed",
                f"{_line_name(line)}: Dieses Programm erkennt ehrenamtliche Arbeit nicht als "
                f"Eigenanteil an (unbare Leistungen sind nicht erlaubt).",
                target,
            )

    # Sections.
    for section in view.sections:
        rule = section.rule
        target = f"section:{rule.key}"
        if rule.required and not section.body.strip():
            error("section_required", f"Der Abschnitt „{rule.title}“ ist noch leer.", target)
        if rule.max_chars is not None and len(section.body) > rule.max_chars:
            error(
                "section_too_long",
                f"Der Abschnitt „{rule.title}“ ist zu lang: {_chars(len(section.body))} von "
                f"{_chars(rule.max_chars)} Zeichen (bitte um "
                f"{_chars(len(section.body) - rule.max_chars)} Zeichen kürzen).",
                target,
            )

    # Attachments.
    for attachment in view.attachments:
        if attachment.required and not attachment.provided:
            error(
                "attachment_missing",
                f"Die Anlage „{attachment.title}“ ist noch nicht beigefügt.",
                f"attachment:{attachment.key}",
            )

    # The project period.
    start, end = view.project_start, view.project_end
    if start is None:
        error("period_missing", "Der Beginn des Projekts fehlt.", "project_start")
    if end is None:
        error("period_missing", "Das Ende des Projekts fehlt.", "project_end")
    if start is not None and end is not None:
        if end < start:
            error(
                "period_order",
                f"Das Projekt endet ({format_date(end)}) vor seinem Beginn ({format_date(start)}).",
                "project_end",
            )
        elif programme.duration_months is not None:
            last = latest_end(start, programme.duration_months)
            if end > last:
                error(
                    "period_too_long",
                    f"Das Projekt läuft vom {format_date(start)} bis {format_date(end)}; das "
                    f"Programm erlaubt höchstens {programme.duration_months} Monate, also "
                    f"bis zum {format_date(last)}.",
                    "project_end",
                )

    # Warnings.
    if (
        view.status in EDITABLE_STATUSES
        and not programme.any_time
        and programme.deadlines
        and all(deadline < today for deadline in programme.deadlines)
    ):
        last_deadline = max(programme.deadlines)
        findings.append(
            Finding(
                "deadline_passed",
                "warning",
                f"Die letzte Einreichfrist des Programms ({format_date(last_deadline)}) "
                f"ist vorbei. Gibt es eine neue Ausschreibung?",
                "programme",
            )
        )
    return findings


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(finding.is_error for finding in findings)


# --- versions (pure) -------------------------------------------------------------------

SNAPSHOT_FORMAT = 1


def snapshot_json(
    *,
    title: str,
    project_start: dt.date | None,
    project_end: dt.date | None,
    requested_amount: Decimal | None,
    sections: Mapping[str, str],
    lines: Sequence[PlanLineDraft],
    attachments_provided: Iterable[str],
) -> str:
    """The JSON kept for a version (amounts as strings, exact)."""
    return json.dumps(
        {
            "format": SNAPSHOT_FORMAT,
            "title": title,
            "project_start": project_start.isoformat() if project_start else None,
            "project_end": project_end.isoformat() if project_end else None,
            "requested_amount": str(requested_amount) if requested_amount is not None else None,
            "sections": dict(sections),
            "plan_lines": [
                {
                    "kind": line.kind.value,
                    "category": line.category,
                    "description": line.description,
                    "quantity": str(line.quantity),
                    "unit": line.unit,
                    "unit_price": str(line.unit_price),
                }
                for line in lines
            ],
            "attachments": sorted(attachments_provided),
        },
        ensure_ascii=False,
        indent=2,
    )


def _date_or_none(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _decimal_or_none(value: Any) -> Decimal | None:
    if value is None or value == "None":
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def section_texts(programme: Programme, stored: Mapping[str, str]) -> tuple[SectionText, ...]:
    """The programme's sections in order with their texts, then stored texts under keys
    the programme does not have (kept, never dropped)."""
    known = {rule.key for rule in programme.sections}
    result = [SectionText(rule, stored.get(rule.key, "")) for rule in programme.sections]
    result += [
        SectionText(SectionRule(key=key, title=key, help="", required=False, max_chars=None), body)
        for key, body in sorted(stored.items())
        if key not in known and body
    ]
    return tuple(result)


def plan_views(
    programme: Programme | None, lines: Sequence[PlanLineDraft], ids: Sequence[int] = ()
) -> tuple[PlanLineView, ...]:
    return tuple(
        PlanLineView(
            id=ids[index] if index < len(ids) else 0,
            position=index + 1,
            kind=line.kind,
            category=line.category,
            category_label=category_label(programme, line.kind, line.category),
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            amount=line_amount(line.quantity, line.unit_price),
        )
        for index, line in enumerate(lines)
    )


def read_snapshot(
    text: str,
    programme: Programme,
    *,
    version_id: int | None = None,
    created_at: dt.datetime | None = None,
    label: str = "",
) -> VersionView:
    """A kept snapshot as a view; tolerant of older snapshots (missing keys are empty)."""
    try:
        data = json.loads(text)
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    raw_sections = data.get("sections") or {}
    sections = (
        {str(key): str(body) for key, body in raw_sections.items() if isinstance(body, str)}
        if isinstance(raw_sections, dict)
        else {}
    )
    lines: list[PlanLineDraft] = []
    for raw in data.get("plan_lines") or []:
        if not isinstance(raw, dict):
            continue
        try:
            kind = PlanLineKind(str(raw.get("kind")))
        except ValueError:
            continue
        quantity = _decimal_or_none(raw.get("quantity")) or Decimal(1)
        price = _decimal_or_none(raw.get("unit_price")) or Decimal("0.00")
        lines.append(
            PlanLineDraft(
                kind=kind,
                category=str(raw.get("category", "")),
                description=str(raw.get("description", "")),
                quantity=quantity,
                unit=str(raw.get("unit", "")),
                unit_price=price,
            )
        )
    requested = _decimal_or_none(data.get("requested_amount"))
    attachments = data.get("attachments") or []
    return VersionView(
        id=version_id,
        created_at=created_at,
        label=label,
        title=str(data.get("title", "")),
        project_start=_date_or_none(data.get("project_start")),
        project_end=_date_or_none(data.get("project_end")),
        requested_amount=requested,
        sections=section_texts(programme, sections),
        plan=plan_views(programme, lines),
        summary=plan_summary(lines, requested, programme),
        attachments_provided=frozenset(str(key) for key in attachments if isinstance(key, str)),
    )


def version_of(view: ApplicationView, *, label: str = "Aktueller Stand") -> VersionView:
    """The current state of an application as a :class:`VersionView` (id None), to
    compare a kept version with."""
    return VersionView(
        id=None,
        created_at=None,
        label=label,
        title=view.title,
        project_start=view.project_start,
        project_end=view.project_end,
        requested_amount=view.requested_amount,
        sections=view.sections,
        plan=view.plan,
        summary=view.summary,
        attachments_provided=view.attachments_provided,
    )


def _period_text(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return "–"
    return f"{format_date(start) if start else '?'} – {format_date(end) if end else '?'}"


def compare_versions(old: VersionView, new: VersionView) -> VersionComparison:
    """What changed from ``old`` to ``new``: every section (in ``new``'s order, then
    sections only ``old`` has), plan lines added, removed or changed in amount, and the
    head fields."""
    old_sections = {s.rule.key: s for s in old.sections}
    new_sections = {s.rule.key: s for s in new.sections}
    changes: list[SectionChange] = []
    for key, section in new_sections.items():
        before = old_sections[key].body if key in old_sections else ""
        changes.append(
            SectionChange(key, section.rule.title, before, section.body, before != section.body)
        )
    for key, section in old_sections.items():
        if key not in new_sections:
            changes.append(
                SectionChange(key, section.rule.title, section.body, "", bool(section.body))
            )

    def key_of(line: PlanLineView) -> tuple[str, str, str]:
        return (line.kind.value, line.category, line.description)

    remaining: dict[tuple[str, str, str], list[PlanLineView]] = {}
    for line in old.plan:
        remaining.setdefault(key_of(line), []).append(line)
    plan: list[PlanChange] = []
    for line in new.plan:
        matches = remaining.get(key_of(line))
        if matches:
            previous = matches.pop(0)
            if previous.amount != line.amount:
                plan.append(
                    PlanChange(
                        "changed",
                        line.kind,
                        line.category_label,
                        line.description,
                        previous.amount,
                        line.amount,
                    )
                )
        else:
            plan.append(
                PlanChange(
                    "added", line.kind, line.category_label, line.description, None, line.amount
                )
            )
    for lines in remaining.values():
        for line in lines:
            plan.append(
                PlanChange(
                    "removed",
                    line.kind,
                    line.category_label,
                    line.description,
                    line.amount,
                    None,
                )
            )

    head: list[tuple[str, str, str]] = []
    if old.title != new.title:
        head.append(("Titel", old.title, new.title))
    if (old.project_start, old.project_end) != (new.project_start, new.project_end):
        head.append(
            (
                "Projektzeitraum",
                _period_text(old.project_start, old.project_end),
                _period_text(new.project_start, new.project_end),
            )
        )
    if old.requested_amount != new.requested_amount:
        head.append(
            (
                "Beantragter Betrag",
                _money(old.requested_amount) if old.requested_amount is not None else "–",
                _money(new.requested_amount) if new.requested_amount is not None else "–",
            )
        )
    return VersionComparison(
        sections=tuple(changes),
        plan=tuple(plan),
        head=tuple(head),
        old_summary=old.summary,
        new_summary=new.summary,
    )


def submitted_label(day: dt.date) -> str:
    return f"Eingereicht am {format_date(day)}"


# --- services ------------------------------------------------------------------------

_APPLICATION = "funding_application"


@functools.lru_cache(maxsize=64)
def _parsed(text: str, source: str) -> Programme | None:
    try:
        return parse_programme(text, source=source)
    except ProgrammeInvalid:
        return None


def programme_of(row: FundingProgramme) -> Programme:
    """The programme's rules as stored. A definition that no longer reads (an old or
    damaged copy) still gives the name and the amounts of the row, so an application
    stays usable."""
    parsed = _parsed(row.definition, f"{row.key}.toml")
    if parsed is not None:
        return parsed
    rate = row.max_funding_rate
    return Programme(
        key=row.key,
        name=row.name,
        funder=row.funder,
        call_date=row.call_date,
        min_grant=row.min_grant,
        max_grant=row.max_grant,
        max_funding_rate=(rate * 100).normalize() if rate is not None else None,
    )


def _application(session: Session, application_id: int) -> FundingApplication:
    row = session.get(FundingApplication, application_id)
    if row is None:
        raise NotFound(_APPLICATION, str(application_id))
    return row


def _programme_row(session: Session, programme_id: int) -> FundingProgramme:
    row = session.get(FundingProgramme, programme_id)
    if row is None:
        raise NotFound("funding_programme", str(programme_id))
    return row


def _touch(row: FundingApplication) -> None:
    """Raise the application's version for a change in its child rows (plan, status)."""
    row.updated_at = dt.datetime.now(dt.UTC)


def _stored_lines(row: FundingApplication) -> list[PlanLineDraft]:
    return [
        PlanLineDraft(
            kind=line.kind,
            category=line.category,
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
        )
        for line in sorted(row.plan_lines, key=lambda line: (line.position, line.id))
    ]


def _view(session: Session, actor: Actor, row: FundingApplication) -> ApplicationView:
    programme = programme_of(row.programme)
    ordered = sorted(row.plan_lines, key=lambda line: (line.position, line.id))
    lines = _stored_lines(row)
    plan = plan_views(programme, lines, [line.id for line in ordered])
    provided = {a.key: a for a in row.attachments}
    attachments = [
        AttachmentView(
            key=rule.key,
            title=rule.title,
            required=rule.required,
            provided=bool(provided.get(rule.key) and provided[rule.key].provided),
            note=provided[rule.key].note if rule.key in provided else "",
        )
        for rule in programme.attachments
    ]
    known = {rule.key for rule in programme.attachments}
    attachments += [
        AttachmentView(key=a.key, title=a.key, required=False, provided=a.provided, note=a.note)
        for a in sorted(row.attachments, key=lambda a: a.key)
        if a.key not in known and (a.provided or a.note)
    ]
    applicant = centre.get_profile(session, actor) or CentreProfileView(name="")
    contact = row.contact_person
    return ApplicationView(
        id=row.id,
        version=row.version,
        programme_id=row.programme_id,
        programme=programme,
        title=row.title,
        status=row.status,
        status_label=STATUS_LABELS[row.status],
        project_start=row.project_start,
        project_end=row.project_end,
        requested_amount=row.requested_amount,
        approved_amount=row.approved_amount,
        funder_reference=row.funder_reference,
        contact_person_id=row.contact_person_id,
        contact_name=contact.full_name if contact is not None else "",
        report_due_on=row.report_due_on,
        sections=section_texts(programme, {s.key: s.body for s in row.sections}),
        plan=plan,
        summary=plan_summary(lines, row.requested_amount, programme),
        attachments=tuple(attachments),
        attachments_provided=frozenset(a.key for a in attachments if a.provided),
        history=tuple(
            StatusChangeView(
                status=change.status,
                status_label=STATUS_LABELS[change.status],
                changed_on=change.changed_on,
                note=change.note,
            )
            for change in sorted(row.status_history, key=lambda c: (c.changed_on, c.id))
        ),
        applicant=applicant,
        next_statuses=TRANSITIONS[row.status],
        programme_name=row.programme.name,
    )


@service(Permission.FUNDING_READ)
def list_applications(
    session: Session,
    actor: Actor,
    *,
    status: ApplicationStatus | None = None,
    search: str = "",
) -> list[ApplicationRow]:
    """Applications, newest project first (those without a period last), then by title.
    ``search`` matches the title, the programme's name and the funder's file number."""
    query = select(FundingApplication).options(
        joinedload(FundingApplication.programme),
        selectinload(FundingApplication.status_history),
    )
    if status is not None:
        query = query.where(FundingApplication.status == status)
    rows = list(session.scalars(query).unique())
    words = clean_text(search, single_line=True).casefold().split()
    if words:
        rows = [
            row
            for row in rows
            if all(
                word in f"{row.title} {row.programme.name} {row.funder_reference}".casefold()
                for word in words
            )
        ]
    rows.sort(key=lambda row: (sort_key(row.title), row.id))
    rows.sort(key=lambda row: row.project_start or dt.date.min, reverse=True)
    return [
        ApplicationRow(
            id=row.id,
            title=row.title,
            programme_name=row.programme.name,
            status=row.status,
            status_label=STATUS_LABELS[row.status],
            requested_amount=row.requested_amount,
            approved_amount=row.approved_amount,
            project_start=row.project_start,
            project_end=row.project_end,
            report_due_on=row.report_due_on,
            funder_reference=row.funder_reference,
            status_since=max(
                (c.changed_on for c in row.status_history if c.status == row.status),
                default=None,
            ),
        )
        for row in rows
    ]


@service(Permission.FUNDING_READ)
def get_application(session: Session, actor: Actor, application_id: int) -> ApplicationView:
    return _view(session, actor, _application(session, application_id))


def _first_problem(problems: list[FieldInvalid]) -> None:
    if problems:
        raise problems[0]


def _check_refs(
    session: Session, draft: ApplicationDraft, current: FundingApplication | None
) -> FundingProgramme:
    programme = _programme_row(session, draft.programme_id)
    if not programme.is_active and (current is None or current.programme_id != programme.id):
        raise FieldInvalid("programme", "inactive", programme.name)
    if draft.contact_person_id is not None and session.get(Person, draft.contact_person_id) is None:
        raise NotFound("person", str(draft.contact_person_id))
    return programme


def _apply_head(row: FundingApplication, draft: ApplicationDraft) -> None:
    cleaned = clean_application(draft)
    for name in (
        "programme_id",
        "title",
        "project_start",
        "project_end",
        "requested_amount",
        "contact_person_id",
        "funder_reference",
    ):
        value = getattr(cleaned, name)
        if getattr(row, name) != value:
            setattr(row, name, value)


@service(Permission.FUNDING_WRITE)
def create_application(
    session: Session, actor: Actor, draft: ApplicationDraft, *, on: dt.date | None = None
) -> int:
    """A new application in status "Idee" (history row dated ``on``, today by default);
    returns its id. Raises FieldInvalid (the first problem), NotFound."""
    _first_problem(application_problems(draft))
    programme = _check_refs(session, draft, None)
    row = FundingApplication(programme=programme, title="", status=ApplicationStatus.IDEA)
    _apply_head(row, draft)
    row.programme = programme
    row.status_history = [
        StatusChange(status=ApplicationStatus.IDEA, changed_on=on or clock.today(), note="")
    ]
    session.add(row)
    session.flush()
    return row.id


@service(Permission.FUNDING_WRITE)
def update_application(
    session: Session,
    actor: Actor,
    application_id: int,
    draft: ApplicationDraft,
    *,
    expected_version: int = 0,
) -> int:
    """Save the head fields; returns the new version. ConcurrentEdit when someone else
    saved since ``expected_version`` (0: no check)."""
    row = _application(session, application_id)
    if expected_version:
        check_version(row, expected_version, entity=_APPLICATION)
    _first_problem(application_problems(draft))
    programme = _check_refs(session, draft, row)
    _apply_head(row, draft)
    if row.programme is not programme:
        row.programme = programme
    session.flush()
    return row.version


@service(Permission.FUNDING_WRITE)
def save_section(session: Session, actor: Actor, application_id: int, key: str, text: str) -> str:
    """Store one section's text (the autosave). Control characters are removed, newline,
    tab and emoji kept; text over the programme's limit is saved and reported by the
    checks; only text over :data:`MAX_SECTION_CHARS` is refused (nothing changes).
    Returns the text as stored. The application's version is not raised (sections are
    saved independently, while typing)."""
    row = _application(session, application_id)
    programme = programme_of(row.programme)
    stored = {section.key: section for section in row.sections}
    if programme.section(key) is None and key not in stored:
        raise FieldInvalid("section", "unknown", key)
    cleaned = clean_text(text)
    if len(cleaned) > MAX_SECTION_CHARS:
        raise FieldInvalid("section", "too_long", key)
    section = stored.get(key)
    if section is None:
        row.sections.append(ApplicationSection(key=key, body=cleaned))
    elif section.body != cleaned:
        section.body = cleaned
    session.flush()
    return cleaned


@service(Permission.FUNDING_WRITE)
def save_plan(
    session: Session,
    actor: Actor,
    application_id: int,
    lines: Sequence[PlanLineDraft],
    *,
    requested_amount: Decimal | Literal["keep"] | None = "keep",
    expected_version: int = 0,
) -> int:
    """Replace the plan with ``lines`` (in this order; positions 1, 2, …) and, unless
    ``requested_amount`` is "keep", the requested amount. Returns the new version.
    Raises FieldInvalid for the first bad line (value: the line number), nothing
    changed; ConcurrentEdit."""
    row = _application(session, application_id)
    if expected_version:
        check_version(row, expected_version, entity=_APPLICATION)
    _first_problem(plan_problems(lines))
    if requested_amount != "keep" and requested_amount is not None:
        problem = _decimal_problem(
            requested_amount, "requested_amount", places=2, maximum=MAX_REQUESTED
        )
        if problem is not None:
            raise problem
    cleaned = [clean_plan_line(line) for line in lines]
    if cleaned != _stored_lines(row):
        row.plan_lines.clear()
        session.flush()
        row.plan_lines.extend(
            PlanLine(
                kind=line.kind,
                category=line.category,
                description=line.description,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                position=position,
            )
            for position, line in enumerate(cleaned, start=1)
        )
    if requested_amount != "keep":
        value = requested_amount.quantize(CENT) if requested_amount is not None else None
        if row.requested_amount != value:
            row.requested_amount = value
    _touch(row)
    session.flush()
    return row.version


@service(Permission.FUNDING_WRITE)
def set_attachment(
    session: Session,
    actor: Actor,
    application_id: int,
    key: str,
    provided: bool,
    *,
    note: str = "",
) -> None:
    """Tick an attachment of the programme's checklist as provided (or not), with a note."""
    row = _application(session, application_id)
    programme = programme_of(row.programme)
    stored = {a.key: a for a in row.attachments}
    if key not in stored and all(rule.key != key for rule in programme.attachments):
        raise FieldInvalid("attachment", "unknown", key)
    cleaned = clean_text(note, single_line=True)
    if len(cleaned) > NOTE_LENGTH:
        raise FieldInvalid("note", "too_long", str(NOTE_LENGTH))
    entry = stored.get(key)
    if entry is None:
        row.attachments.append(ApplicationAttachment(key=key, provided=provided, note=cleaned))
    else:
        if entry.provided != provided:
            entry.provided = provided
        if entry.note != cleaned:
            entry.note = cleaned
    session.flush()


def _add_history(
    row: FundingApplication, status: ApplicationStatus, on: dt.date, note: str
) -> None:
    cleaned = clean_text(note, single_line=True)
    if len(cleaned) > NOTE_LENGTH:
        raise FieldInvalid("note", "too_long", str(NOTE_LENGTH))
    last = max((change.changed_on for change in row.status_history), default=None)
    if last is not None and on < last:
        raise FieldInvalid("status_date", "before_previous", format_date(last))
    row.status_history.append(StatusChange(status=status, changed_on=on, note=cleaned))
    row.status = status
    _touch(row)


def _snapshot_of(row: FundingApplication) -> str:
    return snapshot_json(
        title=row.title,
        project_start=row.project_start,
        project_end=row.project_end,
        requested_amount=row.requested_amount,
        sections={section.key: section.body for section in row.sections if section.body},
        lines=_stored_lines(row),
        attachments_provided=(a.key for a in row.attachments if a.provided),
    )


def _keep_version(row: FundingApplication, label: str) -> ApplicationVersion:
    version = ApplicationVersion(label=label[:LABEL_LENGTH], snapshot=_snapshot_of(row))
    row.versions.append(version)
    return version


@service(Permission.FUNDING_WRITE)
def change_status(
    session: Session,
    actor: Actor,
    application_id: int,
    status: ApplicationStatus,
    *,
    on: dt.date,
    note: str = "",
    funder_reference: str | None = None,
    approved_amount: Decimal | None = None,
    expected_version: int = 0,
) -> None:
    """One step forward (see :data:`TRANSITIONS`), with a history row dated ``on``.

    Submitting keeps a version "Eingereicht am …". Approving needs ``approved_amount``
    (FieldInvalid ``approved_amount``/``required``) and sets the report's due date from
    the programme's reporting rule. ``funder_reference`` (the funder's file number) is
    stored when given. Raises StatusChangeRefused for any other step."""
    row = _application(session, application_id)
    if expected_version:
        check_version(row, expected_version, entity=_APPLICATION)
    if status not in TRANSITIONS[row.status]:
        raise StatusChangeRefused(row.title, row.status.value, status.value)
    if status == ApplicationStatus.APPROVED:
        if approved_amount is None:
            raise FieldInvalid("approved_amount", "required")
        problem = _decimal_problem(
            approved_amount, "approved_amount", places=2, maximum=MAX_REQUESTED
        )
        if problem is not None:
            raise problem
    if funder_reference is not None:
        reference = clean_text(funder_reference, single_line=True)
        if len(reference) > REFERENCE_LENGTH:
            raise FieldInvalid("funder_reference", "too_long", str(REFERENCE_LENGTH))
        if row.funder_reference != reference:
            row.funder_reference = reference
    _add_history(row, status, on, note)
    if status == ApplicationStatus.SUBMITTED:
        _keep_version(row, submitted_label(on))
    elif status == ApplicationStatus.APPROVED:
        assert approved_amount is not None
        row.approved_amount = approved_amount.quantize(CENT)
        row.report_due_on = report_due(programme_of(row.programme), row.project_end)
    session.flush()


@service(Permission.FUNDING_WRITE)
def withdraw_application(
    session: Session, actor: Actor, application_id: int, *, on: dt.date, note: str = ""
) -> None:
    """Take a submitted application back to "Entwurf" (the one step back)."""
    row = _application(session, application_id)
    if row.status != ApplicationStatus.SUBMITTED:
        raise StatusChangeRefused(row.title, row.status.value, ApplicationStatus.DRAFT.value)
    _add_history(row, ApplicationStatus.DRAFT, on, note or "zurückgezogen")
    session.flush()


@service(Permission.FUNDING_WRITE)
def save_version(session: Session, actor: Actor, application_id: int, label: str) -> int:
    """Keep the current state as a version (the explicit "save version"); returns its id."""
    row = _application(session, application_id)
    cleaned = clean_text(label, single_line=True)
    if len(cleaned) > LABEL_LENGTH:
        raise FieldInvalid("version_label", "too_long", str(LABEL_LENGTH))
    version = _keep_version(row, cleaned or "Gespeicherte Fassung")
    session.flush()
    return version.id


@service(Permission.FUNDING_READ)
def list_versions(session: Session, actor: Actor, application_id: int) -> list[VersionRow]:
    """The kept versions, newest first."""
    _application(session, application_id)
    query = (
        select(ApplicationVersion)
        .where(ApplicationVersion.application_id == application_id)
        .order_by(ApplicationVersion.created_at.desc(), ApplicationVersion.id.desc())
    )
    return [
        VersionRow(id=version.id, created_at=version.created_at, label=version.label)
        for version in session.scalars(query)
    ]


def _version(session: Session, version_id: int) -> ApplicationVersion:
    version = session.get(ApplicationVersion, version_id)
    if version is None:
        raise NotFound("application_version", str(version_id))
    return version


@service(Permission.FUNDING_READ)
def get_version(session: Session, actor: Actor, version_id: int) -> VersionView:
    version = _version(session, version_id)
    return read_snapshot(
        version.snapshot,
        programme_of(version.application.programme),
        version_id=version.id,
        created_at=version.created_at,
        label=version.label,
    )


@service(Permission.FUNDING_WRITE)
def restore_version(
    session: Session,
    actor: Actor,
    application_id: int,
    version_id: int,
    *,
    expected_version: int = 0,
) -> int:
    """Make a kept version the current state again: the current state is kept as a
    version first ("Stand vor dem Wiederherstellen"), then title, period, requested
    amount, sections, plan and attachments are set from the version (fields an older
    snapshot lacks stay as they are). Returns the application's new version."""
    row = _application(session, application_id)
    if expected_version:
        check_version(row, expected_version, entity=_APPLICATION)
    version = _version(session, version_id)
    if version.application_id != row.id:
        raise NotFound("application_version", str(version_id))
    try:
        data = json.loads(version.snapshot)
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    restored = read_snapshot(version.snapshot, programme_of(row.programme))
    _keep_version(row, f"Stand vor dem Wiederherstellen von „{version.label}“")
    session.flush()
    if restored.title.strip():
        row.title = clean_text(restored.title, single_line=True)[:TITLE_LENGTH]
    if "project_start" in data or "project_end" in data:
        start, end = restored.project_start, restored.project_end
        if start is not None and end is not None and end < start:
            start = end = None
        row.project_start, row.project_end = start, end
    if "requested_amount" in data:
        requested = restored.requested_amount
        if requested is not None and (requested < 0 or requested > MAX_REQUESTED):
            requested = None
        row.requested_amount = requested.quantize(CENT) if requested is not None else None
    if "sections" in data:
        texts = {s.rule.key: s.body for s in restored.sections}
        for section in list(row.sections):
            if section.key not in texts:
                section.body = ""
        stored = {section.key: section for section in row.sections}
        for key, body in texts.items():
            if key in stored:
                if stored[key].body != body:
                    stored[key].body = body
            elif body:
                row.sections.append(ApplicationSection(key=key, body=body))
    if "plan_lines" in data:
        lines = [line.to_draft() for line in restored.plan]
        if not plan_problems(lines):
            row.plan_lines.clear()
            session.flush()
            row.plan_lines.extend(
                PlanLine(
                    kind=line.kind,
                    category=line.category,
                    description=line.description,
                    quantity=line.quantity,
                    unit=line.unit,
                    unit_price=line.unit_price,
                    position=position,
                )
                for position, line in enumerate(lines, start=1)
            )
    if "attachments" in data:
        provided = restored.attachments_provided
        stored_attachments = {a.key: a for a in row.attachments}
        for key, entry in stored_attachments.items():
            if entry.provided != (key in provided):
                entry.provided = key in provided
        for key in sorted(provided - set(stored_attachments)):
            row.attachments.append(ApplicationAttachment(key=key, provided=True))
    _touch(row)
    session.flush()
    return row.version


@service(Permission.FUNDING_WRITE)
def delete_application(session: Session, actor: Actor, application_id: int) -> TrashEntryView:
    """Move the application (sections, plan, history, versions) to the bin. Refused with
    DeleteBlocked while receipts are booked on it."""
    row = _application(session, application_id)
    return move_to_trash(session, actor, row, summary=f"Förderantrag „{row.title}“")


# --- text blocks ---------------------------------------------------------------------------


@service(Permission.FUNDING_READ)
def list_text_blocks(session: Session, actor: Actor) -> list[TextBlockView]:
    blocks = session.scalars(select(TextBlock)).all()
    return [
        TextBlockView(id=block.id, title=block.title, body=block.body, version=block.version)
        for block in sorted(blocks, key=lambda block: (sort_key(block.title), block.id))
    ]


def text_block_problems(draft: TextBlockDraft) -> list[FieldInvalid]:
    problems = []
    title = clean_text(draft.title, single_line=True)
    if not title:
        problems.append(FieldInvalid("text_block_title", "required"))
    elif len(title) > TEXT_BLOCK_TITLE_LENGTH:
        problems.append(FieldInvalid("text_block_title", "too_long", str(TEXT_BLOCK_TITLE_LENGTH)))
    if len(clean_text(draft.body)) > MAX_TEXT_BLOCK_CHARS:
        problems.append(FieldInvalid("text_block_body", "too_long", str(MAX_TEXT_BLOCK_CHARS)))
    return problems


@service(Permission.FUNDING_WRITE)
def save_text_block(
    session: Session,
    actor: Actor,
    draft: TextBlockDraft,
    *,
    block_id: int | None = None,
    expected_version: int = 0,
) -> int:
    """Create (``block_id`` None) or change a text block; returns its id. Titles are
    unique (ignoring case): FieldInvalid ``text_block_title``/``duplicate``."""
    _first_problem(text_block_problems(draft))
    title = clean_text(draft.title, single_line=True)
    body = clean_text(draft.body)
    block: TextBlock | None = None
    if block_id is not None:
        block = session.get(TextBlock, block_id)
        if block is None:
            raise NotFound("text_block", str(block_id))
        if expected_version:
            check_version(block, expected_version, entity="text_block")
    for other in session.scalars(select(TextBlock)):
        if other is not block and other.title.casefold() == title.casefold():
            raise FieldInvalid("text_block_title", "duplicate", title)
    if block is None:
        block = TextBlock(title=title, body=body)
        session.add(block)
    else:
        if block.title != title:
            block.title = title
        if block.body != body:
            block.body = body
    session.flush()
    return block.id


@service(Permission.FUNDING_WRITE)
def delete_text_block(session: Session, actor: Actor, block_id: int) -> TrashEntryView:
    block = session.get(TextBlock, block_id)
    if block is None:
        raise NotFound("text_block", str(block_id))
    return move_to_trash(session, actor, block, summary=f"Textbaustein „{block.title}“")


# --- dates for the dashboard ---------------------------------------------------------------

REPORT_STATUSES = frozenset({ApplicationStatus.APPROVED, ApplicationStatus.IN_PROGRESS})


@service(Permission.FUNDING_READ)
def upcoming_deadlines(
    session: Session, actor: Actor, today: dt.date, days: int = 60
) -> list[DeadlineView]:
    """Submission deadlines of active programmes from ``today`` to ``today + days``, and
    report due dates of approved and running applications up to ``today + days`` (overdue
    ones included), sorted by day, reports before deadlines on the same day."""
    horizon = today + dt.timedelta(days=days)
    found: list[DeadlineView] = []
    for row in session.scalars(select(FundingProgramme).where(FundingProgramme.is_active)):
        programme = programme_of(row)
        if programme.any_time:
            continue
        for deadline in programme.deadlines:
            if today <= deadline <= horizon:
                found.append(
                    DeadlineView(
                        day=deadline,
                        kind="deadline",
                        title=f"Einreichfrist {row.name}",
                        programme_id=row.id,
                        programme_name=row.name,
                        application_id=None,
                        days_left=(deadline - today).days,
                    )
                )
    query = (
        select(FundingApplication)
        .options(joinedload(FundingApplication.programme))
        .where(
            FundingApplication.status.in_(REPORT_STATUSES),
            FundingApplication.report_due_on.is_not(None),
            FundingApplication.report_due_on <= horizon,
        )
    )
    for application in session.scalars(query):
        due = application.report_due_on
        assert due is not None
        found.append(
            DeadlineView(
                day=due,
                kind="report",
                title=f"Verwendungsnachweis: {application.title}",
                programme_id=application.programme_id,
                programme_name=application.programme.name,
                application_id=application.id,
                days_left=(due - today).days,
            )
        )
    found.sort(key=lambda d: (d.day, d.kind != "report", d.title.casefold()))
    return found
