"""Funding programmes and applications, the cash book, and the text blocks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from quartierstreff.db.models import (
    ApplicationAttachment,
    ApplicationSection,
    ApplicationStatus,
    ApplicationVersion,
    EntryKind,
    FundingApplication,
    FundingProgramme,
    Group,
    PaymentMethod,
    PlanLine,
    PlanLineKind,
    Receipt,
    StatusChange,
    TextBlock,
)
from quartierstreff.services import funding
from quartierstreff.services.demo import data
from quartierstreff.services.demo.context import DemoContext, ReceiptDraft
from quartierstreff.services.programmes import install_missing


def _decimal(value: object) -> Decimal | None:
    return Decimal(value) if isinstance(value, str) else None


def build_programmes(ctx: DemoContext) -> dict[str, FundingProgramme]:
    """The shipped programme definitions (resources/programmes), as a new centre has them."""
    install_missing(ctx.session)
    rows = ctx.session.scalars(select(FundingProgramme)).all()
    return {row.key: row for row in rows}


def build_applications(
    ctx: DemoContext, programmes: dict[str, FundingProgramme]
) -> list[FundingApplication]:
    board = ctx.require_board()
    applications = []
    for entry in data.funding()["application"]:
        history = sorted(entry["history"], key=lambda step: step["days"])
        approved_on = next(
            (ctx.days(step["days"]) for step in history if step["status"] == "approved"), None
        )
        start = ctx.days(entry["start_days"])
        end = ctx.days(entry["end_days"])
        contact = board.by_role(entry["contact"]) or board.chair
        reference = entry.get("reference", "")
        application = FundingApplication(
            programme=programmes[entry["programme"]],
            title=entry["title"],
            status=ApplicationStatus(entry["status"]),
            project_start=start,
            project_end=end,
            requested_amount=Decimal(entry["requested"]),
            approved_amount=_decimal(entry.get("approved")),
            funder_reference=reference.format(year=approved_on.year) if approved_on else "",
            contact_person=contact.person,
            report_due_on=(
                end + dt.timedelta(weeks=entry["report_due_weeks"])
                if "report_due_weeks" in entry
                else None
            ),
        )
        application.attachments = [
            ApplicationAttachment(key=key, provided=True) for key in entry.get("attachments", [])
        ]
        application.sections = [
            ApplicationSection(key=section["key"], body=section["body"])
            for section in entry["sections"]
        ]
        application.plan_lines = [
            PlanLine(
                kind=PlanLineKind(line["kind"]),
                category=line["category"],
                description=line["description"],
                quantity=Decimal(line["quantity"]),
                unit=line["unit"],
                unit_price=Decimal(line["unit_price"]),
                position=position,
            )
            for position, line in enumerate(entry["lines"], start=1)
        ]
        application.status_history = [
            StatusChange(
                status=ApplicationStatus(step["status"]),
                changed_on=ctx.days(step["days"]),
                note=step.get("note", ""),
            )
            for step in history
        ]
        submitted = next((step for step in history if step["status"] == "submitted"), None)
        if submitted is not None:
            application.versions.append(
                ApplicationVersion(
                    created_at=dt.datetime.combine(
                        ctx.days(submitted["days"]), dt.time(10, 0), tzinfo=dt.UTC
                    ),
                    label=funding.submitted_label(ctx.days(submitted["days"])),
                    snapshot=_snapshot(application),
                )
            )
        event_days = ctx.funded_event_days.get(entry["programme"], [])
        for receipt in entry.get("receipts", []):
            if "event" in receipt:
                if receipt["event"] > len(event_days):
                    continue
                day = event_days[receipt["event"] - 1]
            else:
                day = ctx.days(receipt.get("days", 0))
            ctx.receipts.append(
                ReceiptDraft(
                    day=day,
                    kind=EntryKind(receipt["kind"]),
                    category=receipt["category"],
                    counterparty=receipt["counterparty"],
                    purpose=receipt["purpose"],
                    amount=Decimal(receipt["amount"]),
                    method=PaymentMethod(receipt["method"]),
                    application=application,
                )
            )
        applications.append(application)
    ctx.session.add_all(applications)
    return applications


def _snapshot(application: FundingApplication) -> str:
    """The JSON the funding service keeps for a version (services.funding.snapshot_json)."""
    return funding.snapshot_json(
        title=application.title,
        project_start=application.project_start,
        project_end=application.project_end,
        requested_amount=application.requested_amount,
        sections={section.key: section.body for section in application.sections},
        lines=[
            funding.PlanLineDraft(
                kind=line.kind,
                category=line.category,
                description=line.description,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
            )
            for line in application.plan_lines
        ],
        attachments_provided=(a.key for a in application.attachments if a.provided),
    )


def collect_cashbook(ctx: DemoContext) -> None:
    """General cash-book entries, membership fees and room hire (no application)."""
    source = data.funding()
    for entry in source["cashbook"]:
        day = ctx.days(entry.get("days", 0))
        step = dt.timedelta(days=entry.get("every_days", 0))
        while day <= ctx.today:
            ctx.receipts.append(
                ReceiptDraft(
                    day=day,
                    kind=EntryKind(entry["kind"]),
                    category=entry["category"],
                    counterparty=entry["counterparty"],
                    purpose=entry["purpose"],
                    amount=Decimal(entry["amount"]),
                    method=PaymentMethod(entry["method"]),
                )
            )
            if not step:
                break
            day += step

    fees = source["membership_fees"]
    debit_day = ctx.anchor(fees["debit_month_day"])
    if debit_day > ctx.today:
        debit_day = debit_day.replace(year=debit_day.year - 1)
    if debit_day >= ctx.window.start:
        total = sum(
            (
                r.membership_type.annual_fee or Decimal(0)
                for r in ctx.residents
                if r.membership_type is not None and r.is_member_on(debit_day)
            ),
            Decimal(0),
        )
        ctx.receipts.append(
            ReceiptDraft(
                day=debit_day,
                kind=EntryKind.INCOME,
                category=fees["category"],
                counterparty=fees["counterparty"],
                purpose=fees["purpose"].format(year=debit_day.year),
                amount=total,
                method=PaymentMethod.BANK,
            )
        )
    for resident in ctx.residents:
        since = resident.member_since
        fee = resident.membership_type.annual_fee if resident.membership_type else None
        if since is not None and fee and ctx.window.start <= since <= ctx.today:
            ctx.receipts.append(
                ReceiptDraft(
                    day=since,
                    kind=EntryKind.INCOME,
                    category=fees["category"],
                    counterparty=resident.name,
                    purpose=f"Mitgliedsbeitrag {since.year} (Neuaufnahme)",
                    amount=fee,
                    method=PaymentMethod.CASH,
                )
            )

    hire = source["room_hire"]
    for booking, hirer in ctx.private_hires:
        paid_on = booking.key_handed_out_on
        if paid_on is None or booking.fee is None:
            continue
        ctx.receipts.append(
            ReceiptDraft(
                day=paid_on,
                kind=EntryKind.INCOME,
                category=hire["category"],
                counterparty=hirer.name,
                purpose=hire["purpose"].format(title=booking.title),
                amount=booking.fee,
                method=PaymentMethod.CASH,
                notes="Kaution getrennt in der Kautionskasse.",
            )
        )


def build_receipts(ctx: DemoContext) -> list[Receipt]:
    """Number the collected entries per year in date order (1, 2, 3 …); nothing after today."""
    rng = ctx.rng("receipts")
    drafts = sorted(
        (draft for draft in ctx.receipts if draft.day <= ctx.today),
        key=lambda draft: draft.day,
    )
    numbers: dict[int, int] = {}
    receipts = []
    for draft in drafts:
        number = numbers.get(draft.day.year, 0) + 1
        numbers[draft.day.year] = number
        paid = draft.day
        if draft.method == PaymentMethod.BANK and draft.kind == EntryKind.EXPENSE:
            paid = min(draft.day + dt.timedelta(days=rng.randint(2, 12)), ctx.today)
        receipts.append(
            Receipt(
                year=draft.day.year,
                number=number,
                kind=draft.kind,
                receipt_date=draft.day,
                counterparty=draft.counterparty,
                purpose=draft.purpose,
                amount=draft.amount,
                payment_date=paid,
                payment_method=draft.method,
                category=draft.category,
                application=draft.application,
                notes=draft.notes,
            )
        )
    ctx.session.add_all(receipts)
    return receipts


def build_text_blocks(ctx: DemoContext, groups: list[Group]) -> list[TextBlock]:
    blocks = [
        TextBlock(title=entry["title"], body=entry["body"].strip())
        for entry in data.centre()["text_block"]
    ]
    listing = "\n".join(f"• {group.name}: {group.description}" for group in groups)
    blocks.append(TextBlock(title="Unsere Gruppen", body=listing))
    ctx.session.add_all(blocks)
    return blocks
