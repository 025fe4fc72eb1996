"""Funding applications: the services on both databases, every check of the programme
(a case that triggers it and the clean case that does not), status steps, versions, text
blocks, and bad input (negative, 1e12, text beyond the limit, control characters, emoji)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    ApplicationStatus,
    FundingApplication,
    PlanLineKind,
    TrashEntry,
)
from quartierstreff.messages import describe
from quartierstreff.services import funding, programmes, trash
from quartierstreff.services.errors import (
    ConcurrentEdit,
    FieldInvalid,
    NotFound,
    StatusChangeRefused,
)
from quartierstreff.services.funding import (
    ApplicationDraft,
    ApplicationView,
    AttachmentView,
    PlanLineDraft,
    TextBlockDraft,
)
from quartierstreff.services.programmes import (
    AttachmentRule,
    CostCategory,
    Programme,
    ReportingRule,
    SectionRule,
)
from quartierstreff.services.views import CentreProfileView
from tests.conftest import ADMIN

COST, INCOME = PlanLineKind.COST, PlanLineKind.INCOME
D = Decimal

PROGRAMME = Programme(
    key="testprogramm",
    name="Testprogramm",
    funder="Testförderer",
    min_grant=D("1000.00"),
    max_grant=D("5000.00"),
    max_funding_rate=D(80),
    min_own_share=D(10),
    max_per_item=D("2000.00"),
    in_kind_allowed=False,
    deadlines=(dt.date(2026, 3, 31), dt.date(2026, 9, 30)),
    duration_months=6,
    categories=(
        CostCategory("fees", "Honorare", D("1500.00")),
        CostCategory("material", "Sachkosten und Material"),
    ),
    sections=(
        SectionRule("summary", "Kurzbeschreibung", "", True, 100),
        SectionRule("extra", "Weiteres", "", False, None),
    ),
    attachments=(
        AttachmentRule("statute", "Satzung", True),
        AttachmentRule("quotes", "Angebote", False),
    ),
    reporting=ReportingRule(due_months_after_end=6),
)

LINES = (
    PlanLineDraft(COST, "fees", "Moderation", D(10), "Std.", D("100.00")),
    PlanLineDraft(COST, "material", "Stellwände", D(1), "pauschal", D("1000.00")),
    PlanLineDraft(INCOME, "own_funds", "Eigenmittel", D(1), "", D("400.00")),
)
TODAY = dt.date(2026, 3, 1)
START, END = dt.date(2026, 4, 1), dt.date(2026, 9, 30)


# --- the pure checks ------------------------------------------------------------------


def _view(
    lines: tuple[PlanLineDraft, ...] = LINES,
    programme: Programme = PROGRAMME,
    sections: dict[str, str] | None = None,
    provided: frozenset[str] = frozenset({"statute"}),
    **changes: object,
) -> ApplicationView:
    """A clean application (no findings on TODAY) with ``changes``."""
    requested = changes.pop("requested_amount", D("1600.00"))
    assert requested is None or isinstance(requested, Decimal)
    texts = {"summary": "Drei Werkstätten am Lindenplatz."} if sections is None else sections
    view = ApplicationView(
        id=1,
        version=1,
        programme_id=1,
        programme=programme,
        title="Lindenplatz",
        status=ApplicationStatus.DRAFT,
        status_label="Entwurf",
        project_start=START,
        project_end=END,
        requested_amount=requested,
        approved_amount=None,
        funder_reference="",
        contact_person_id=None,
        contact_name="",
        report_due_on=None,
        sections=funding.section_texts(programme, texts),
        plan=funding.plan_views(programme, lines),
        summary=funding.plan_summary(lines, requested, programme),
        attachments=tuple(
            AttachmentView(rule.key, rule.title, rule.required, rule.key in provided)
            for rule in programme.attachments
        ),
        attachments_provided=provided,
        history=(),
        applicant=CentreProfileView(name="Bürgertreff"),
    )
    return dataclasses.replace(view, **changes)  # type: ignore[arg-type]


def _rules(view: ApplicationView, today: dt.date = TODAY) -> list[str]:
    return [finding.rule for finding in funding.check_application(view, today=today)]


def test_the_clean_application_has_no_findings() -> None:
    assert funding.check_application(_view(), today=TODAY) == []


CASES: dict[str, Callable[[], ApplicationView]] = {
    "requested_missing": lambda: _view(requested_amount=None),
    "max_grant": lambda: _view(
        lines=(PlanLineDraft(COST, "material", "Bühne", D(1), "", D("1400.00")),) * 4,
        requested_amount=D("5600.00"),
        programme=dataclasses.replace(PROGRAMME, max_funding_rate=None, min_own_share=None),
    ),
    "min_grant": lambda: _view(
        lines=(
            PlanLineDraft(COST, "material", "Stifte", D(1), "", D("1000.00")),
            PlanLineDraft(INCOME, "own_funds", "Eigenmittel", D(1), "", D("200.00")),
        ),
        requested_amount=D("800.00"),
    ),
    "funding_rate": lambda: _view(
        lines=(
            PlanLineDraft(COST, "material", "Stifte", D(1), "", D("2000.00")),
            PlanLineDraft(INCOME, "own_funds", "Eigenmittel", D(1), "", D("300.00")),
        ),
        requested_amount=D("1700.00"),
    ),
    "own_share": lambda: _view(
        lines=(
            PlanLineDraft(COST, "material", "Stifte", D(1), "", D("2000.00")),
            PlanLineDraft(INCOME, "other_grants", "Stadt", D(1), "", D("400.00")),
        ),
    ),
    "plan_empty": lambda: _view(lines=()),
    "plan_unbalanced": lambda: _view(requested_amount=D("1500.00")),
    "category_not_allowed": lambda: _view(
        lines=(
            *LINES,
            PlanLineDraft(COST, "travel", "Fahrt", D(1), "", D("100.00")),
            PlanLineDraft(INCOME, "donations", "Spende", D(1), "", D("100.00")),
        ),
    ),
    "income_kind_unknown": lambda: _view(
        lines=(*LINES, PlanLineDraft(INCOME, "lotto", "Lotterie", D(1), "", D("100.00"))),
        requested_amount=D("1500.00"),
    ),
    "in_kind_not_allowed": lambda: _view(
        lines=(*LINES, PlanLineDraft(INCOME, "in_kind", "Ehrenamt", D(10), "Std.", D("10.00"))),
        requested_amount=D("1500.00"),
    ),
    "item_max": lambda: _view(
        lines=(
            PlanLineDraft(COST, "fees", "Moderation", D(16), "Std.", D("100.00")),
            PlanLineDraft(COST, "material", "Stifte", D(1), "", D("400.00")),
            PlanLineDraft(INCOME, "own_funds", "Eigenmittel", D(1), "", D("400.00")),
        ),
    ),
    "section_required": lambda: _view(sections={"summary": "  \n "}),
    "section_too_long": lambda: _view(sections={"summary": "x" * 101}),
    "attachment_missing": lambda: _view(provided=frozenset()),
    "period_missing": lambda: _view(project_end=None),
    "period_order": lambda: _view(project_end=dt.date(2026, 3, 31)),
    "period_too_long": lambda: _view(project_end=dt.date(2026, 10, 1)),
    "deadline_passed": lambda: _view(
        programme=dataclasses.replace(PROGRAMME, deadlines=(dt.date(2026, 2, 1),))
    ),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_each_rule_is_found_alone(rule: str) -> None:
    findings = funding.check_application(CASES[rule](), today=TODAY)
    assert [finding.rule for finding in findings] == [rule]
    finding = findings[0]
    assert finding.message.endswith((".", "?"))
    assert "{" not in finding.message
    assert finding.target
    assert finding.severity == ("warning" if rule == "deadline_passed" else "error")


def test_every_rule_is_documented_in_the_module() -> None:
    assert funding.__doc__ is not None
    for rule in CASES:
        assert f"``{rule}``" in funding.__doc__


def test_messages_carry_the_numbers() -> None:
    (too_long,) = funding.check_application(
        _view(
            programme=dataclasses.replace(
                PROGRAMME,
                sections=(SectionRule("summary", "Ziele", "", True, 1500),),
            ),
            sections={"summary": "ä" * 1734},
        ),
        today=TODAY,
    )
    assert "1.734 von 1.500 Zeichen" in too_long.message
    assert too_long.target == "section:summary"
    (unbalanced,) = funding.check_application(CASES["plan_unbalanced"](), today=TODAY)
    assert "um 100,00 €" in unbalanced.message
    assert "2.000,00 €" in unbalanced.message
    (rate,) = funding.check_application(CASES["funding_rate"](), today=TODAY)
    assert "85 %" in rate.message and "80 %" in rate.message
    (item,) = funding.check_application(CASES["item_max"](), today=TODAY)
    assert item.target == "plan:1"
    assert "1.600,00 €" in item.message and "1.500,00 €" in item.message
    (period,) = funding.check_application(CASES["period_too_long"](), today=TODAY)
    assert "30.09.2026" in period.message and "6 Monate" in period.message


def test_a_rate_exactly_at_the_limit_passes() -> None:
    """80 % of 2.000 € exactly is allowed (the comparison is exact, not rounded)."""
    view = _view(
        lines=(
            PlanLineDraft(COST, "material", "Stifte", D(3), "", D("333.33")),
            PlanLineDraft(INCOME, "own_funds", "Eigenmittel", D(1), "", D("199.99")),
        ),
        requested_amount=D("800.00"),
    )
    assert view.summary.cost_total == D("999.99")
    assert "funding_rate" in _rules(view)  # 800 / 999.99 is just over 80 %
    exact = _view(
        lines=(
            PlanLineDraft(COST, "material", "Stifte", D(1), "", D("1250.00")),
            PlanLineDraft(INCOME, "own_funds", "Eigenmittel", D(1), "", D("250.00")),
        ),
        requested_amount=D("1000.00"),
    )
    assert exact.summary.funding_rate == D("80.00")
    assert _rules(exact) == []


def test_the_deadline_warning_only_before_submission_and_not_for_any_time() -> None:
    view = CASES["deadline_passed"]()
    assert _rules(dataclasses.replace(view, status=ApplicationStatus.SUBMITTED)) == []
    any_time = dataclasses.replace(PROGRAMME, deadlines=(), any_time=True)
    assert _rules(_view(programme=any_time), today=dt.date(2030, 1, 1)) == []
    # A deadline still ahead: no warning.
    assert _rules(_view(), today=dt.date(2026, 9, 30)) == []


def test_in_kind_lines_are_fine_where_the_programme_allows_them() -> None:
    allowing = dataclasses.replace(PROGRAMME, in_kind_allowed=True)
    view = CASES["in_kind_not_allowed"]()
    assert _rules(dataclasses.replace(view, programme=allowing)) == []


def test_a_programme_without_categories_allows_every_category() -> None:
    view = CASES["category_not_allowed"]()
    free = dataclasses.replace(view, programme=dataclasses.replace(PROGRAMME, categories=()))
    assert _rules(free) == []


def test_plan_summary_by_category_and_kind() -> None:
    summary = funding.plan_summary(LINES, D("1600.00"), PROGRAMME)
    assert summary.cost_total == D("2000.00")
    assert summary.income_total == D("400.00")
    assert summary.balance == 0 and summary.balanced
    assert summary.funding_rate == D("80.00")
    assert summary.own_share == D("20.00")
    assert [(c.key, c.label, c.total) for c in summary.by_category] == [
        ("fees", "Honorare", D("1000.00")),
        ("material", "Sachkosten und Material", D("1000.00")),
    ]
    assert [c.label for c in summary.income_by_kind] == ["Eigenmittel"]
    empty = funding.plan_summary((), None, PROGRAMME)
    assert empty.funding_rate is None and empty.own_share is None
    assert empty.balance == 0


def test_line_amounts_are_rounded_half_up_per_line() -> None:
    assert funding.line_amount(D("0.5"), D("0.01")) == D("0.01")
    assert funding.line_amount(D("3"), D("0.33")) == D("0.99")
    lines = [PlanLineDraft(COST, "material", "x", D("0.333"), "", D("0.05"))] * 3
    # 0.01665 → 0.02 per line; the total is the sum of the rounded lines.
    assert funding.plan_summary(lines, None, PROGRAMME).cost_total == D("0.06")


def test_report_due_from_the_reporting_rule() -> None:
    assert funding.report_due(PROGRAMME, dt.date(2026, 8, 31)) == dt.date(2027, 2, 28)
    weeks = dataclasses.replace(PROGRAMME, reporting=ReportingRule(due_weeks_after_end=6))
    assert funding.report_due(weeks, dt.date(2026, 9, 30)) == dt.date(2026, 11, 11)
    assert funding.report_due(PROGRAMME, None) is None


# --- input validation (pure) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "field", "reason"),
    [
        (PlanLineDraft(COST, "fees", "x", D(-1), "", D(1)), "plan_quantity", "not_positive"),
        (PlanLineDraft(COST, "fees", "x", D(0), "", D(1)), "plan_quantity", "not_positive"),
        (PlanLineDraft(COST, "fees", "x", D("100001"), "", D(1)), "plan_quantity", "too_large"),
        (PlanLineDraft(COST, "fees", "x", D("1.0005"), "", D(1)), "plan_quantity", "precision"),
        (PlanLineDraft(COST, "fees", "x", D("NaN"), "", D(1)), "plan_quantity", "invalid"),
        (PlanLineDraft(COST, "fees", "x", D(1), "", D("-0.01")), "plan_unit_price", "negative"),
        (PlanLineDraft(COST, "fees", "x", D(1), "", D("1e12")), "plan_unit_price", "too_large"),
        (PlanLineDraft(COST, "fees", "x", D(1), "", D("Infinity")), "plan_unit_price", "invalid"),
        (PlanLineDraft(COST, "fees", "x", D(1), "", D("0.125")), "plan_unit_price", "precision"),
        (PlanLineDraft(COST, "fees", "x", D(100), "", D(1000000)), "plan_amount", "too_large"),
        (PlanLineDraft(COST, "fees", " \x07 ", D(1), "", D(1)), "plan_description", "required"),
        (PlanLineDraft(COST, "fees", "x" * 201, D(1), "", D(1)), "plan_description", "too_long"),
        (PlanLineDraft(COST, "", "x", D(1), "", D(1)), "plan_category", "required"),
        (PlanLineDraft(COST, "fees", "x", D(1), "u" * 21, D(1)), "plan_unit", "too_long"),
    ],
)
def test_bad_plan_lines_name_the_line_and_field(
    line: PlanLineDraft, field: str, reason: str
) -> None:
    problems = funding.plan_problems([LINES[0], LINES[1], line])
    assert [(p.field, p.reason, p.value) for p in problems] == [(field, reason, "3")]
    sentence = describe(problems[0])
    assert sentence.startswith("Zeile 3 des Finanzplans:")
    assert "{" not in sentence


def test_the_largest_allowed_line_passes() -> None:
    line = PlanLineDraft(COST, "fees", "x", D(10), "", D("1000000.00"))
    assert funding.plan_problems([line]) == []
    assert funding.plan_problems([line] * 501)[0].reason == "too_many"


@pytest.mark.parametrize(
    ("amount", "reason"),
    [
        (D("-1"), "negative"),
        (D("1e12"), "too_large"),
        (D("10000000.01"), "too_large"),
        (D("1.001"), "precision"),
        (D("NaN"), "invalid"),
    ],
)
def test_bad_requested_amounts(amount: Decimal, reason: str) -> None:
    draft = ApplicationDraft(programme_id=1, title="X", requested_amount=amount)
    (problem,) = funding.application_problems(draft)
    assert (problem.field, problem.reason) == ("requested_amount", reason)
    assert "beantragte Betrag" in describe(problem)


def test_head_problems() -> None:
    draft = ApplicationDraft(
        programme_id=1,
        title=" \t ",
        project_start=dt.date(2026, 5, 1),
        project_end=dt.date(2026, 4, 1),
        funder_reference="R" * 201,
    )
    assert [(p.field, p.reason) for p in funding.application_problems(draft)] == [
        ("title", "required"),
        ("project_end", "before_start"),
        ("funder_reference", "too_long"),
    ]


def test_clean_text_keeps_newlines_tabs_and_emoji() -> None:
    pasted = "Zeile 1\r\nZeile 2\x0c\x00\tTab 🌳👩‍👩‍👧 \u200b"
    assert funding.clean_text(pasted) == "Zeile 1\nZeile 2\tTab 🌳👩‍👩‍👧 \u200b"
    assert funding.clean_text(" A\nB\x1b ", single_line=True) == "A B"


def test_compare_versions() -> None:
    old = funding.version_of(_view())
    new_lines = (
        PlanLineDraft(COST, "fees", "Moderation", D(12), "Std.", D("100.00")),
        LINES[2],
        PlanLineDraft(COST, "material", "Flyer", D(1), "", D("50.00")),
    )
    new = funding.version_of(
        _view(
            lines=new_lines,
            sections={"summary": "Neu.", "extra": "Mehr."},
            title="Lindenplatz 2",
            requested_amount=D("1000.00"),
        )
    )
    comparison = funding.compare_versions(old, new)
    assert comparison.changed
    assert [(s.key, s.title, s.changed) for s in comparison.sections] == [
        ("summary", "Kurzbeschreibung", True),
        ("extra", "Weiteres", True),
    ]
    assert comparison.sections[0].old == "Drei Werkstätten am Lindenplatz."
    assert comparison.sections[0].new == "Neu."
    changes = {(c.change, c.description, c.old_amount, c.new_amount) for c in comparison.plan}
    assert changes == {
        ("changed", "Moderation", D("1000.00"), D("1200.00")),
        ("added", "Flyer", None, D("50.00")),
        ("removed", "Stellwände", D("1000.00"), None),
    }
    assert [h[0] for h in comparison.head] == ["Titel", "Beantragter Betrag"]
    assert not funding.compare_versions(old, old).changed


def test_snapshots_round_trip() -> None:
    view = _view(sections={"summary": "Text mit 🌳\nund Zeilen"})
    text = funding.snapshot_json(
        title=view.title,
        project_start=view.project_start,
        project_end=view.project_end,
        requested_amount=view.requested_amount,
        sections={"summary": view.section("summary")},
        lines=LINES,
        attachments_provided={"statute"},
    )
    back = funding.read_snapshot(text, PROGRAMME, label="x")
    assert back.title == view.title
    assert (back.project_start, back.project_end) == (START, END)
    assert back.requested_amount == D("1600.00")
    assert back.plan == view.plan
    assert back.sections == view.sections
    assert back.summary == view.summary
    assert back.attachments_provided == {"statute"}
    assert not funding.compare_versions(back, funding.version_of(view)).changed
    # Damaged or old snapshots give an empty state instead of an error.
    assert funding.read_snapshot("{kaputt", PROGRAMME).plan == ()
    assert funding.read_snapshot('{"plan_lines": [{"kind": "x"}]}', PROGRAMME).plan == ()


# --- services on both databases ----------------------------------------------------------


@pytest.fixture
def programme_id(session: Session) -> int:
    return programmes.save_programme(session, ADMIN, PROGRAMME).id


def _new(session: Session, programme_id: int, **changes: object) -> int:
    draft = ApplicationDraft(
        programme_id=programme_id,
        title="Lindenplatz",
        project_start=START,
        project_end=END,
        requested_amount=D("1600.00"),
    )
    return funding.create_application(
        session, ADMIN, dataclasses.replace(draft, **changes), on=dt.date(2026, 1, 10)
    )


def _complete(session: Session, application_id: int) -> ApplicationView:
    funding.save_plan(session, ADMIN, application_id, LINES)
    funding.save_section(session, ADMIN, application_id, "summary", "Drei Werkstätten.")
    funding.set_attachment(session, ADMIN, application_id, "statute", True)
    return funding.get_application(session, ADMIN, application_id)


def test_create_and_read_an_application(session: Session, programme_id: int) -> None:
    application_id = _new(session, programme_id, title="  Lindenplatz\x00 gestalten ")
    view = funding.get_application(session, ADMIN, application_id)
    assert view.title == "Lindenplatz gestalten"
    assert view.status == ApplicationStatus.IDEA and view.status_label == "Idee"
    assert [(h.status, h.changed_on) for h in view.history] == [
        (ApplicationStatus.IDEA, dt.date(2026, 1, 10))
    ]
    assert view.programme == PROGRAMME
    assert [s.rule.key for s in view.sections] == ["summary", "extra"]
    assert view.next_statuses == (ApplicationStatus.DRAFT,)
    rules = {f.rule for f in funding.check_application(view, today=TODAY)}
    assert rules == {"plan_empty", "section_required", "attachment_missing"}

    view = _complete(session, application_id)
    assert funding.check_application(view, today=TODAY) == []
    assert view.summary.cost_total == D("2000.00")
    assert [line.position for line in view.plan] == [1, 2, 3]
    assert view.plan[0].category_label == "Honorare"
    assert view.attachments_provided == {"statute"}
    assert view.applicant.name == ""  # no centre profile in the test database


def test_the_applicant_comes_from_the_centre_profile(session: Session, programme_id: int) -> None:
    from quartierstreff.services import centre

    centre.save_profile(
        session,
        ADMIN,
        CentreProfileView(
            name="Bürgertreff Lindenviertel e.V.",
            legal_form="eingetragener Verein",
            register_number="VR 1234",
            signatories="Anna Vogt (Vorsitz)",
        ),
    )
    view = funding.get_application(session, ADMIN, _new(session, programme_id))
    assert view.applicant.name == "Bürgertreff Lindenviertel e.V."
    assert view.applicant.register_number == "VR 1234"
    assert view.applicant.signatories == "Anna Vogt (Vorsitz)"


def test_list_and_search(session: Session, programme_id: int) -> None:
    first = _new(session, programme_id, title="Lindenplatz")
    second = _new(session, programme_id, title="Sommerfest", project_start=None, project_end=None)
    funding.change_status(session, ADMIN, second, ApplicationStatus.DRAFT, on=TODAY)
    rows = funding.list_applications(session, ADMIN)
    assert [row.id for row in rows] == [first, second]
    assert rows[0].programme_name == "Testprogramm"
    assert rows[1].status_label == "Entwurf" and rows[1].status_since == TODAY
    drafts = funding.list_applications(session, ADMIN, status=ApplicationStatus.DRAFT)
    assert [row.id for row in drafts] == [second]
    assert [r.id for r in funding.list_applications(session, ADMIN, search="linden test")] == [
        first
    ]


def test_update_with_optimistic_locking(session: Session, programme_id: int) -> None:
    application_id = _new(session, programme_id)
    view = funding.get_application(session, ADMIN, application_id)
    draft = dataclasses.replace(view.to_draft(), title="Neuer Titel", funder_reference="AZ 1")
    version = funding.update_application(
        session, ADMIN, application_id, draft, expected_version=view.version
    )
    assert version > view.version
    with pytest.raises(ConcurrentEdit):
        funding.update_application(
            session, ADMIN, application_id, draft, expected_version=view.version
        )
    with pytest.raises(ConcurrentEdit):
        funding.save_plan(session, ADMIN, application_id, LINES, expected_version=view.version)
    new = funding.get_application(session, ADMIN, application_id)
    assert (new.title, new.funder_reference) == ("Neuer Titel", "AZ 1")


def test_bad_input_changes_nothing(session: Session, programme_id: int) -> None:
    application_id = _new(session, programme_id)
    funding.save_plan(session, ADMIN, application_id, LINES)
    before = funding.get_application(session, ADMIN, application_id)
    for line in (
        PlanLineDraft(COST, "fees", "Honorar", D(1), "", D("-50.00")),
        PlanLineDraft(COST, "fees", "Honorar", D(1), "", D("1e12")),
        PlanLineDraft(COST, "fees", "", D(1), "", D("5.00")),
    ):
        with pytest.raises(FieldInvalid) as raised:
            funding.save_plan(session, ADMIN, application_id, [*LINES, line])
        assert raised.value.value == "4"
    with pytest.raises(FieldInvalid) as raised:
        funding.save_plan(session, ADMIN, application_id, LINES, requested_amount=D("1e12"))
    assert raised.value.field == "requested_amount"
    draft = dataclasses.replace(before.to_draft(), requested_amount=D(-1))
    with pytest.raises(FieldInvalid):
        funding.update_application(session, ADMIN, application_id, draft)
    with pytest.raises(FieldInvalid) as raised:
        funding.save_section(session, ADMIN, application_id, "summary", "x" * 100_001)
    assert (raised.value.field, raised.value.reason) == ("section", "too_long")
    with pytest.raises(FieldInvalid):
        funding.save_section(session, ADMIN, application_id, "gibt_es_nicht", "Text")
    with pytest.raises(FieldInvalid):
        funding.set_attachment(session, ADMIN, application_id, "gibt_es_nicht", True)
    with pytest.raises(NotFound):
        funding.get_application(session, ADMIN, 999_999)
    with pytest.raises(NotFound):
        _new(session, programme_id, contact_person_id=999_999)
    after = funding.get_application(session, ADMIN, application_id)
    assert after.plan == before.plan and after.sections == before.sections
    assert after.requested_amount == D("1600.00")


def test_section_text_over_the_limit_is_saved_and_flagged(
    session: Session, programme_id: int
) -> None:
    application_id = _new(session, programme_id)
    long_text = "Wir 🌳 pflanzen Bäume.\r\n\x00" + "ä" * 150
    stored = funding.save_section(session, ADMIN, application_id, "summary", long_text)
    assert stored == "Wir 🌳 pflanzen Bäume.\n" + "ä" * 150
    view = funding.get_application(session, ADMIN, application_id)
    assert view.section("summary") == stored
    assert len(view.section("summary")) == 172  # characters, the emoji counts one
    too_long = [
        f for f in funding.check_application(view, today=TODAY) if f.rule == "section_too_long"
    ]
    assert len(too_long) == 1 and "172 von 100 Zeichen" in too_long[0].message
    # An empty save keeps the row, the text is simply empty.
    funding.save_section(session, ADMIN, application_id, "summary", "")
    assert funding.get_application(session, ADMIN, application_id).section("summary") == ""


def test_status_steps_with_history(session: Session, programme_id: int) -> None:
    application_id = _new(session, programme_id)
    _complete(session, application_id)
    with pytest.raises(StatusChangeRefused) as refused:
        funding.change_status(session, ADMIN, application_id, ApplicationStatus.APPROVED, on=TODAY)
    assert "Idee" in describe(refused.value) and "bewilligt" in describe(refused.value)
    funding.change_status(session, ADMIN, application_id, ApplicationStatus.DRAFT, on=TODAY)
    submitted_on = dt.date(2026, 3, 20)
    funding.change_status(
        session,
        ADMIN,
        application_id,
        ApplicationStatus.SUBMITTED,
        on=submitted_on,
        note="im Portal",
    )
    versions = funding.list_versions(session, ADMIN, application_id)
    assert [v.label for v in versions] == ["Eingereicht am 20.03.2026"]
    with pytest.raises(StatusChangeRefused) as refused:
        funding.change_status(session, ADMIN, application_id, ApplicationStatus.DRAFT, on=TODAY)
    assert "zurückgezogen" in describe(refused.value)
    with pytest.raises(FieldInvalid) as raised:
        funding.change_status(
            session, ADMIN, application_id, ApplicationStatus.APPROVED, on=dt.date(2026, 5, 1)
        )
    assert (raised.value.field, raised.value.reason) == ("approved_amount", "required")
    with pytest.raises(FieldInvalid) as raised:
        funding.change_status(
            session,
            ADMIN,
            application_id,
            ApplicationStatus.APPROVED,
            on=dt.date(2026, 3, 1),
            approved_amount=D("1500.00"),
        )
    assert (raised.value.field, raised.value.reason) == ("status_date", "before_previous")
    assert raised.value.value == "20.03.2026"
    funding.change_status(
        session,
        ADMIN,
        application_id,
        ApplicationStatus.APPROVED,
        on=dt.date(2026, 5, 1),
        approved_amount=D("1500.00"),
        funder_reference="AfB-2026-0417",
        note="Bescheid",
    )
    view = funding.get_application(session, ADMIN, application_id)
    assert view.approved_amount == D("1500.00")
    assert view.funder_reference == "AfB-2026-0417"
    assert view.report_due_on == dt.date(2027, 3, 30)  # end 30.09.2026 + 6 months
    for status in (
        ApplicationStatus.IN_PROGRESS,
        ApplicationStatus.REPORTED,
        ApplicationStatus.CLOSED,
    ):
        funding.change_status(session, ADMIN, application_id, status, on=dt.date(2026, 6, 1))
    view = funding.get_application(session, ADMIN, application_id)
    assert [h.status_label for h in view.history] == [
        "Idee",
        "Entwurf",
        "eingereicht",
        "bewilligt",
        "laufend",
        "abgerechnet",
        "abgeschlossen",
    ]
    assert view.history[2].note == "im Portal"
    assert view.next_statuses == ()


def test_withdraw_and_reject(session: Session, programme_id: int) -> None:
    application_id = _new(session, programme_id)
    with pytest.raises(StatusChangeRefused):
        funding.withdraw_application(session, ADMIN, application_id, on=TODAY)
    funding.change_status(session, ADMIN, application_id, ApplicationStatus.DRAFT, on=TODAY)
    funding.change_status(session, ADMIN, application_id, ApplicationStatus.SUBMITTED, on=TODAY)
    funding.withdraw_application(session, ADMIN, application_id, on=TODAY)
    view = funding.get_application(session, ADMIN, application_id)
    assert view.status == ApplicationStatus.DRAFT
    assert view.history[-1].note == "zurückgezogen"
    funding.change_status(session, ADMIN, application_id, ApplicationStatus.SUBMITTED, on=TODAY)
    funding.change_status(session, ADMIN, application_id, ApplicationStatus.REJECTED, on=TODAY)
    assert funding.allowed_next(ApplicationStatus.REJECTED) == ()
    assert len(funding.list_versions(session, ADMIN, application_id)) == 2


def test_versions_round_trip_and_restore(session: Session, programme_id: int) -> None:
    application_id = _new(session, programme_id)
    first = _complete(session, application_id)
    version_id = funding.save_version(session, ADMIN, application_id, "  Erste Fassung ")
    kept = funding.get_version(session, ADMIN, version_id)
    assert kept.label == "Erste Fassung"
    assert not funding.compare_versions(kept, funding.version_of(first)).changed

    funding.save_section(session, ADMIN, application_id, "summary", "Ganz anders 🎉")
    funding.save_section(session, ADMIN, application_id, "extra", "Neu dazu")
    funding.save_plan(session, ADMIN, application_id, LINES[:1], requested_amount=D("900.00"))
    funding.set_attachment(session, ADMIN, application_id, "statute", False)
    changed = funding.get_application(session, ADMIN, application_id)
    comparison = funding.compare_versions(kept, funding.version_of(changed))
    assert [s.key for s in comparison.sections if s.changed] == ["summary", "extra"]
    assert {c.change for c in comparison.plan} == {"removed"}

    funding.restore_version(session, ADMIN, application_id, version_id)
    restored = funding.get_application(session, ADMIN, application_id)
    assert not funding.compare_versions(kept, funding.version_of(restored)).changed
    assert restored.section("extra") == ""
    assert restored.attachments_provided == {"statute"}
    labels = [v.label for v in funding.list_versions(session, ADMIN, application_id)]
    assert labels[0] == "Stand vor dem Wiederherstellen von „Erste Fassung“"
    newest = funding.list_versions(session, ADMIN, application_id)[0]
    before = funding.get_version(session, ADMIN, newest.id)
    assert before.sections[0].body == "Ganz anders 🎉"

    other = _new(session, programme_id, title="Anderer Antrag")
    with pytest.raises(NotFound):
        funding.restore_version(session, ADMIN, other, version_id)
    with pytest.raises(NotFound):
        funding.get_version(session, ADMIN, 999_999)


def test_delete_goes_to_the_bin(session: Session, programme_id: int) -> None:
    application_id = _new(session, programme_id)
    _complete(session, application_id)
    entry = funding.delete_application(session, ADMIN, application_id)
    assert "Lindenplatz" in entry.summary
    assert session.get(FundingApplication, application_id) is None
    assert session.scalar(select(func.count()).select_from(TrashEntry)) >= 1
    trash.restore_from_trash(session, ADMIN, entry.id, now=dt.datetime.now(dt.UTC))
    restored = funding.get_application(session, ADMIN, application_id)
    assert restored.summary.cost_total == D("2000.00")
    assert restored.attachments_provided == {"statute"}


def test_text_blocks(session: Session) -> None:
    about = funding.save_text_block(
        session, ADMIN, TextBlockDraft("Über uns", "Wir sind ein Verein.\r\n🌳")
    )
    funding.save_text_block(session, ADMIN, TextBlockDraft("Unsere Räume", "Saal, Küche"))
    blocks = funding.list_text_blocks(session, ADMIN)
    assert [b.title for b in blocks] == ["Über uns", "Unsere Räume"]  # casefold order
    assert next(b for b in blocks if b.id == about).body == "Wir sind ein Verein.\n🌳"
    with pytest.raises(FieldInvalid) as raised:
        funding.save_text_block(session, ADMIN, TextBlockDraft("über UNS", "x"))
    assert raised.value.reason == "duplicate"
    assert "gibt es schon" in describe(raised.value)
    with pytest.raises(FieldInvalid):
        funding.save_text_block(session, ADMIN, TextBlockDraft(" ", "x"))
    block = next(b for b in blocks if b.id == about)
    funding.save_text_block(
        session,
        ADMIN,
        TextBlockDraft("Über uns", "Neu"),
        block_id=about,
        expected_version=block.version,
    )
    with pytest.raises(ConcurrentEdit):
        funding.save_text_block(
            session,
            ADMIN,
            TextBlockDraft("Über uns", "Noch neuer"),
            block_id=about,
            expected_version=block.version,
        )
    funding.delete_text_block(session, ADMIN, about)
    assert [b.title for b in funding.list_text_blocks(session, ADMIN)] == ["Unsere Räume"]
    with pytest.raises(NotFound):
        funding.delete_text_block(session, ADMIN, about)


def test_upcoming_deadlines(session: Session, programme_id: int) -> None:
    application_id = _new(session, programme_id)
    for status in (ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED):
        funding.change_status(session, ADMIN, application_id, status, on=TODAY)
    funding.change_status(
        session,
        ADMIN,
        application_id,
        ApplicationStatus.APPROVED,
        on=TODAY,
        approved_amount=D("1600.00"),
    )
    rows = funding.upcoming_deadlines(session, ADMIN, TODAY, days=60)
    programme_rows = [r for r in rows if r.programme_name == "Testprogramm"]
    assert [(r.kind, r.day, r.days_left) for r in programme_rows] == [
        ("deadline", dt.date(2026, 3, 31), 30)
    ]
    later = funding.upcoming_deadlines(session, ADMIN, dt.date(2027, 3, 1), days=60)
    reports = [r for r in later if r.kind == "report"]
    assert [(r.day, r.application_id) for r in reports] == [(dt.date(2027, 3, 30), application_id)]
    assert reports[0].title == "Verwendungsnachweis: Lindenplatz"
    overdue = funding.upcoming_deadlines(session, ADMIN, dt.date(2027, 5, 1), days=10)
    assert [r.days_left for r in overdue if r.kind == "report"] == [-32]
    day = [r.day for r in funding.upcoming_deadlines(session, ADMIN, TODAY, days=365)]
    assert day == sorted(day)


def test_an_inactive_programme_takes_no_new_application(
    session: Session, programme_id: int
) -> None:
    entry = programmes.get_programme(session, ADMIN, programme_id)
    existing = _new(session, programme_id)
    programmes.set_programme_active(
        session, ADMIN, programme_id, False, expected_version=entry.version
    )
    with pytest.raises(FieldInvalid) as raised:
        _new(session, programme_id)
    assert raised.value.reason == "inactive"
    view = funding.get_application(session, ADMIN, existing)
    funding.update_application(session, ADMIN, existing, view.to_draft())  # keeps its own
