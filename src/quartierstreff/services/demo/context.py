"""What the demo builders share while they fill the database."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    ActionItem,
    AgendaItem,
    Booking,
    BookingSeries,
    CustomFieldDefinition,
    EntryKind,
    FundingApplication,
    Group,
    MembershipType,
    PartnerKind,
    PaymentMethod,
    Person,
    Room,
)
from quartierstreff.services.demo.schedule import Period, Schedule, month_day
from quartierstreff.services.security import Actor

SEED = "quartierstreff-demo-lindenviertel"
"""Fixed seed: the same ``today`` always gives the same demo."""

HALF_YEAR = dt.timedelta(days=183)


@dataclass(eq=False)
class Resident:
    """A generated person plus what the generator knows but does not store."""

    person: Person
    female: bool
    age: int
    origin: str
    member_since: dt.date | None = None
    member_until: dt.date | None = None
    membership_type: MembershipType | None = None

    @property
    def name(self) -> str:
        return self.person.full_name

    def is_member_on(self, day: dt.date) -> bool:
        return any(
            membership.start_date <= day
            and (membership.end_date is None or day <= membership.end_date)
            for membership in self.person.memberships
        )


@dataclass
class BoardMember:
    resident: Resident
    role: str

    @property
    def person(self) -> Person:
        return self.resident.person

    @property
    def name(self) -> str:
        return self.resident.name


@dataclass
class Board:
    """The Vorstand by function, as the meeting texts refer to it."""

    chair: BoardMember
    deputy: BoardMember
    treasurer: BoardMember
    minute_taker: BoardMember
    keys: BoardMember

    @property
    def members(self) -> list[BoardMember]:
        return [self.chair, self.deputy, self.treasurer, self.minute_taker, self.keys]

    def by_role(self, role: str) -> BoardMember | None:
        """``chair``, ``deputy``, ``treasurer``, ``minute_taker``, ``keys``; else ``None``."""
        member = getattr(self, role, None)
        return member if isinstance(member, BoardMember) else None

    def placeholders(self) -> dict[str, str]:
        return {
            "chair": self.chair.name,
            "deputy": self.deputy.name,
            "treasurer": self.treasurer.name,
            "minute_taker": self.minute_taker.name,
            "keys": self.keys.name,
        }


@dataclass(frozen=True)
class ReceiptDraft:
    """A cash-book entry before it gets its number (numbers follow the date, per year)."""

    day: dt.date
    kind: EntryKind
    category: str
    counterparty: str
    purpose: str
    amount: Decimal
    method: PaymentMethod
    application: FundingApplication | None = None
    notes: str = ""


@dataclass(eq=False)
class DemoContext:
    session: Session
    actor: Actor
    today: dt.date
    rooms: dict[str, Room] = field(default_factory=dict)  # by symbol
    schedule: Schedule | None = None
    residents: list[Resident] = field(default_factory=list)
    board: Board | None = None
    custom_fields: dict[str, CustomFieldDefinition] = field(default_factory=dict)
    partners: dict[PartnerKind, tuple[Person, str]] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    group_contacts: dict[str, list[Resident]] = field(default_factory=dict)
    group_members: dict[str, list[Resident]] = field(default_factory=dict)
    series_by_title: dict[str, BookingSeries] = field(default_factory=dict)
    private_hires: list[tuple[Booking, Resident]] = field(default_factory=list)
    funded_event_days: dict[str, list[dt.date]] = field(default_factory=dict)
    receipts: list[ReceiptDraft] = field(default_factory=list)
    action_agenda_items: list[tuple[ActionItem, AgendaItem]] = field(default_factory=list)

    @property
    def window(self) -> Period:
        """The demo year: half a year back and half a year ahead."""
        return Period(self.today - HALF_YEAR, self.today + HALF_YEAR)

    @property
    def horizon(self) -> dt.date:
        """How far the calendar looks: beyond the window, for open-ended series."""
        return self.today + dt.timedelta(days=400)

    def rng(self, stream: str) -> random.Random:
        """An independent, seeded stream per part, so that parts do not shift each other."""
        return random.Random(f"{SEED}:{stream}")

    def days(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    def anchor(self, text: str) -> dt.date:
        """The day ``MM-DD`` nearest to today (so it lies in the demo year)."""
        month, day = month_day(text)
        candidates = [
            dt.date(year, month, day) for year in range(self.today.year - 1, self.today.year + 2)
        ]
        return min(
            candidates, key=lambda candidate: (abs((candidate - self.today).days), candidate)
        )

    def require_schedule(self) -> Schedule:
        if self.schedule is None:  # pragma: no cover - the loader builds it first
            raise RuntimeError("schedule not built yet")
        return self.schedule

    def require_board(self) -> Board:
        if self.board is None:  # pragma: no cover - the loader builds it first
            raise RuntimeError("board not built yet")
        return self.board
