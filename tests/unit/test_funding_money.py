"""The plan's money is exact: for any plan, every total is the sum of the line amounts to
the cent, the balance is costs − income − requested exactly, and the funding rate is
requested / costs (property tests with hypothesis)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from quartierstreff.db.models import PlanLineKind
from quartierstreff.services import funding
from quartierstreff.services.funding import PlanLineDraft
from quartierstreff.services.programmes import INCOME_KINDS, STANDARD_COST_CATEGORIES, Programme

PROGRAMME = Programme(key="p", name="P", funder="F")
CENT = Decimal("0.01")

quantities = st.decimals(
    min_value=Decimal("0.001"), max_value=funding.MAX_QUANTITY, places=3, allow_nan=False
)
prices = st.decimals(
    min_value=Decimal(0), max_value=funding.MAX_UNIT_PRICE, places=2, allow_nan=False
)
costs = st.builds(
    PlanLineDraft,
    kind=st.just(PlanLineKind.COST),
    category=st.sampled_from(sorted(STANDARD_COST_CATEGORIES)),
    description=st.just("Posten"),
    quantity=quantities,
    unit=st.just(""),
    unit_price=prices,
)
incomes = st.builds(
    PlanLineDraft,
    kind=st.just(PlanLineKind.INCOME),
    category=st.sampled_from(sorted(INCOME_KINDS)),
    description=st.just("Finanzierung"),
    quantity=quantities,
    unit=st.just(""),
    unit_price=prices,
)
plans = st.lists(st.one_of(costs, incomes), max_size=40)
requested = st.one_of(
    st.none(), st.decimals(min_value=0, max_value=funding.MAX_REQUESTED, places=2)
)


@given(plans, requested)
def test_totals_are_the_sum_of_the_lines_to_the_cent(
    lines: list[PlanLineDraft], asked: Decimal | None
) -> None:
    summary = funding.plan_summary(lines, asked, PROGRAMME)
    amounts = [funding.line_amount(line.quantity, line.unit_price) for line in lines]
    for amount, line in zip(amounts, lines, strict=True):
        assert amount == amount.quantize(CENT)
        exact = line.quantity * line.unit_price
        assert abs(amount - exact) <= Decimal("0.005")
    cost_total = sum(
        (a for a, line in zip(amounts, lines, strict=True) if line.kind == PlanLineKind.COST),
        Decimal(0),
    )
    income_total = sum(
        (a for a, line in zip(amounts, lines, strict=True) if line.kind == PlanLineKind.INCOME),
        Decimal(0),
    )
    assert summary.cost_total == cost_total
    assert summary.income_total == income_total
    assert sum((c.total for c in summary.by_category), Decimal(0)) == cost_total
    assert sum((c.total for c in summary.income_by_kind), Decimal(0)) == income_total
    assert summary.cost_total == summary.cost_total.quantize(CENT)
    requested_value = asked if asked is not None else Decimal(0)
    assert summary.balance == cost_total - income_total - requested_value
    assert summary.balanced == (summary.balance == 0)
    if cost_total > 0:
        expected = (requested_value * 100 / cost_total).quantize(CENT, rounding=ROUND_HALF_UP)
        assert summary.funding_rate == expected
        own = sum(
            (
                a
                for a, line in zip(amounts, lines, strict=True)
                if line.kind == PlanLineKind.INCOME and line.category in funding.OWN_SHARE_KINDS
            ),
            Decimal(0),
        )
        assert summary.own_total == own
        assert summary.own_share == (own * 100 / cost_total).quantize(CENT, rounding=ROUND_HALF_UP)
    else:
        assert summary.funding_rate is None and summary.own_share is None


@given(plans, requested)
def test_a_plan_completed_by_its_balance_is_balanced(
    lines: list[PlanLineDraft], asked: Decimal | None
) -> None:
    """Whatever the lines, asking for exactly the balance makes the plan balance (and the
    balance check never reports a plan that balances)."""
    summary = funding.plan_summary(lines, asked, PROGRAMME)
    filled = funding.plan_summary(lines, summary.balance + summary.requested, PROGRAMME)
    assert filled.balance == 0


@given(st.lists(costs, min_size=1, max_size=10))
def test_valid_lines_pass_the_input_check(lines: list[PlanLineDraft]) -> None:
    problems = funding.plan_problems(lines)
    for problem, line in (
        (p, lines[int(p.value) - 1]) for p in problems
    ):  # only a line amount over the limit may be refused
        assert problem.field == "plan_amount"
        assert funding.line_amount(line.quantity, line.unit_price) > funding.MAX_LINE_AMOUNT
