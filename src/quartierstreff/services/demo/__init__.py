"""A realistic example Bürgertreff for an empty database (``quartierstreff demo``, the
GUI's welcome dialog).

The demo is the fictional "Bürgertreff Lindenviertel e.V." in Stuttgart: people and
members, four rooms (the hall with its two halves, a group room), some thirty groups with
their weekly plan as recurring series, events and private parties, meetings with minutes,
three funding applications and the cash book. Names, streets, groups and texts live in
``resources/demo/`` (data, not code); the school holidays in ``resources/holidays/``.

Everything is deterministic (a fixed seed) and relative to ``today``: the demo year runs
from half a year before to half a year after it, so the demo always looks current.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    ActionItem,
    AgendaItem,
    Booking,
    BookingSeries,
    Decision,
    FundingApplication,
    Group,
    HolidayPeriod,
    Meeting,
    Membership,
    PartnerOrganisation,
    Person,
    PlanLine,
    Receipt,
    Room,
    SeriesException,
    TextBlock,
)
from quartierstreff.services.demo.context import DemoContext
from quartierstreff.services.demo.funding import (
    build_applications,
    build_programmes,
    build_receipts,
    build_text_blocks,
    collect_cashbook,
)
from quartierstreff.services.demo.meetings import build_meetings, link_action_items
from quartierstreff.services.demo.people import (
    build_board,
    build_partners,
    build_profile,
    build_reference_data,
    build_residents,
    build_volunteer_fields,
)
from quartierstreff.services.demo.rooms import (
    build_events,
    build_groups,
    build_holiday_periods,
    build_private_hire,
    build_rooms,
)
from quartierstreff.services.maintenance import require_empty
from quartierstreff.services.security import Actor, Permission, service

__all__ = ["DemoSummary", "load_demo"]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How much the demo created, counted in the database after the load."""

    persons: int
    members: int
    groups: int
    rooms: int
    booking_series: int
    series_exceptions: int
    bookings: int
    holiday_periods: int
    meetings: int
    agenda_items: int
    decisions: int
    action_items: int
    funding_applications: int
    plan_lines: int
    receipts: int
    partner_organisations: int
    text_blocks: int

    def __str__(self) -> str:
        return (
            f"{self.persons} Personen ({self.members} Mitglieder), {self.groups} Gruppen, "
            f"{self.rooms} Räume, {self.booking_series} Serientermine, "
            f"{self.bookings} Einzelbuchungen, {self.meetings} Treffen, "
            f"{self.funding_applications} Förderanträge, {self.receipts} Belege"
        )


@service(Permission.DEMO_LOAD)
def load_demo(session: Session, actor: Actor, today: dt.date) -> DemoSummary:
    """Fill an empty database with the example Bürgertreff.

    Raises :class:`~quartierstreff.services.errors.DatabaseNotEmpty` (writing nothing) when
    the database already holds data. Flushes but never commits: the caller owns the unit
    of work.
    """
    require_empty(session)
    ctx = DemoContext(session=session, actor=actor, today=today)

    build_rooms(ctx)
    build_holiday_periods(ctx)
    membership_types = build_reference_data(ctx)
    build_residents(ctx, membership_types)
    build_partners(ctx)
    build_board(ctx)
    build_groups(ctx)
    build_volunteer_fields(ctx)
    build_events(ctx)
    build_meetings(ctx)
    build_private_hire(ctx)  # last: a party keeps a margin to everything booked before
    programmes = build_programmes(ctx)
    build_applications(ctx, programmes)
    collect_cashbook(ctx)
    build_receipts(ctx)
    build_text_blocks(ctx, list(ctx.groups.values()))
    build_profile(ctx)  # save_profile flushes everything added above
    link_action_items(ctx)
    session.flush()
    return _summary(session, today)


def _count(session: Session, model: type[object]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _summary(session: Session, today: dt.date) -> DemoSummary:
    members = (
        session.scalar(
            select(func.count(func.distinct(Membership.person_id))).where(
                Membership.start_date <= today,
                (Membership.end_date.is_(None)) | (Membership.end_date >= today),
            )
        )
        or 0
    )
    return DemoSummary(
        persons=_count(session, Person),
        members=members,
        groups=_count(session, Group),
        rooms=_count(session, Room),
        booking_series=_count(session, BookingSeries),
        series_exceptions=_count(session, SeriesException),
        bookings=_count(session, Booking),
        holiday_periods=_count(session, HolidayPeriod),
        meetings=_count(session, Meeting),
        agenda_items=_count(session, AgendaItem),
        decisions=_count(session, Decision),
        action_items=_count(session, ActionItem),
        funding_applications=_count(session, FundingApplication),
        plan_lines=_count(session, PlanLine),
        receipts=_count(session, Receipt),
        partner_organisations=_count(session, PartnerOrganisation),
        text_blocks=_count(session, TextBlock),
    )
