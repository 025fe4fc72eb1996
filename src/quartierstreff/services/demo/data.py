"""The shipped demo data (``resources/demo/*.toml``, ``resources/holidays/*.toml``), typed.

The files are data, not code: names, streets, groups with their weekly plan, events,
meetings, funding applications. This module only describes their shape for the type
checker; the builders in the sibling modules turn them into rows.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, NotRequired, TypedDict, cast

from quartierstreff import paths


def demo_dir() -> Path:
    return paths.resources_dir() / "demo"


def holidays_dir() -> Path:
    return paths.resources_dir() / "holidays"


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


# --- people.toml -------------------------------------------------------------------------


class CohortData(TypedDict):
    ages: list[int]
    female: list[str]
    male: list[str]


class OriginData(TypedDict):
    key: str
    weight: int
    last: list[str]
    cohort: list[CohortData]


class PeopleData(TypedDict):
    city: str
    postal_code: str
    email_domains: list[str]
    phone_prefix: str
    streets: list[str]
    notes: list[str]
    origin: list[OriginData]


# --- centre.toml -------------------------------------------------------------------------


class ProfileData(TypedDict):
    name: str
    street: str
    postal_code: str
    city: str
    email: str
    phone: str
    website: str
    legal_form: str
    register_court: str
    register_number: str
    tax_office: str
    tax_exemption_months_ago: int
    bank_account_holder: str
    bank_country: str
    bank_code: str
    account_number: str
    bic: str
    bank_name: str
    house_rules: str
    key_contact: str


class BoardRoleData(TypedDict):
    role_female: str
    role_male: str
    signs: NotRequired[bool]
    treasurer: NotRequired[bool]
    minute_taker: NotRequired[bool]
    keys: NotRequired[bool]


class MembershipTypeData(TypedDict):
    name: str
    annual_fee: str
    share: int


class CustomFieldData(TypedDict):
    key: str
    label: str
    type: str
    choices: NotRequired[list[str]]


class RoomData(TypedDict):
    name: str
    symbol: str
    capacity: int
    equipment: list[str]
    accessible: bool
    opens_at: dt.time
    closes_at: dt.time
    open_days: str
    colour: str
    notes: str
    parts: NotRequired[list[str]]


class ClosureData(TypedDict):
    name: str
    from_month_day: str
    to_month_day: str


class PartnerData(TypedDict):
    name: str
    kind: str
    street: str
    email: str
    function: str
    contact_first: str
    contact_last: str
    notes: str
    phone: NotRequired[str]
    website: NotRequired[str]


class TextBlockData(TypedDict):
    title: str
    body: str


class CentreData(TypedDict):
    profile: ProfileData
    board: list[BoardRoleData]
    membership_type: list[MembershipTypeData]
    custom_field: list[CustomFieldData]
    room: list[RoomData]
    closure: ClosureData
    partner: list[PartnerData]
    text_block: list[TextBlockData]


# --- groups.toml -------------------------------------------------------------------------


class CancelData(TypedDict):
    nth: int
    reason: str


class SeriesData(TypedDict):
    rooms: list[str]
    rrule: str
    start: dt.time
    end: dt.time
    expected: int
    title: NotRequired[str]
    skip_public_holidays: NotRequired[bool]
    skip_school_holidays: NotRequired[bool]
    from_days: NotRequired[int]
    until_days: NotRequired[int]
    count: NotRequired[int]
    notes: NotRequired[str]
    cancel: NotRequired[list[CancelData]]


class GroupData(TypedDict):
    name: str
    description: str
    public: bool
    members: int
    contacts: int
    rooms: list[str]
    series: list[SeriesData]
    email: NotRequired[str]
    contact_ages: NotRequired[list[int]]


class GroupsData(TypedDict):
    group: list[GroupData]


# --- events.toml -------------------------------------------------------------------------


class MoveData(TypedDict):
    series: str
    days: int
    rooms: list[str]
    reason: str


class EventData(TypedDict):
    title: str
    weekday: str
    rooms: list[str]
    start: dt.time
    end: dt.time
    public: bool
    expected: int
    anchor: NotRequired[str]
    days: NotRequired[int]
    displaces: NotRequired[bool]
    reason: NotRequired[str]
    notes: NotRequired[str]
    move: NotRequired[MoveData]


class HireOptionData(TypedDict):
    rooms: list[str]
    weekday: str
    start: dt.time
    end: dt.time
    fee: str
    deposit: str
    expected: int


class PrivateHireData(TypedDict):
    occasions: list[str]
    count: int
    notes: list[str]
    option: list[HireOptionData]


class EventsData(TypedDict):
    event: list[EventData]
    private_hire: PrivateHireData


# --- meetings.toml -----------------------------------------------------------------------


class ActionData(TypedDict):
    text: str
    owner: str
    due_days: int


class ItemData(TypedDict):
    title: str
    presenter: NotRequired[str]
    planned: NotRequired[int]
    minutes: NotRequired[str]
    decision: NotRequired[str]
    result: NotRequired[str]
    no: NotRequired[int]
    abstain: NotRequired[int]
    board_abstains: NotRequired[bool]
    actions: NotRequired[list[ActionData]]
    action: NotRequired[str]  # group meetings: one action for the group's contact


class TopicData(ItemData):
    days: int


class BoardData(TypedDict):
    title: str
    rooms: list[str]
    weekday: str
    start: dt.time
    end: dt.time
    skip_months: list[int]
    invitation: str
    guest_every: int
    guest_partner: str
    opening_minutes: str
    standard: list[ItemData]
    closing: list[ItemData]
    topic: list[TopicData]


class AssemblyData(TypedDict):
    title: str
    days: int
    weekday: str
    rooms: list[str]
    start: dt.time
    end: dt.time
    guest_partner: str
    invitation: str
    opening_minutes: str
    item: list[ItemData]


class PlenumData(TypedDict):
    title: str
    rooms: list[str]
    weekday: str
    start: dt.time
    end: dt.time
    days: list[int]
    invitation: str
    opening_minutes: str
    item: list[ItemData]


class GuestData(TypedDict):
    name: str
    organisation: str


class GroupMeetingData(TypedDict):
    group: str
    title: str
    weekday: str
    rooms: list[str]
    start: dt.time
    end: dt.time
    items: list[ItemData]
    days: NotRequired[int]
    anchor: NotRequired[str]
    guest_partner: NotRequired[str]


class PublicEventData(TypedDict):
    title: str
    weekday: str
    rooms: list[str]
    start: dt.time
    end: dt.time
    items: list[ItemData]
    days: NotRequired[int]
    anchor: NotRequired[str]
    application: NotRequired[str]
    children: NotRequired[int]
    supervising_adult: NotRequired[str]
    visitors: NotRequired[int]
    guests: NotRequired[list[GuestData]]
    minutes: NotRequired[str]


class MeetingsData(TypedDict):
    board: BoardData
    assembly: AssemblyData
    plenum: PlenumData
    group_meeting: list[GroupMeetingData]
    public_event: list[PublicEventData]


# --- funding.toml ------------------------------------------------------------------------


class HistoryData(TypedDict):
    status: str
    days: int
    note: NotRequired[str]


class SectionData(TypedDict):
    key: str
    body: str


class LineData(TypedDict):
    kind: str
    category: str
    description: str
    quantity: str
    unit: str
    unit_price: str


class ReceiptData(TypedDict):
    kind: str
    category: str
    counterparty: str
    purpose: str
    amount: str
    method: str
    days: NotRequired[int]
    event: NotRequired[int]


class ApplicationData(TypedDict):
    programme: str
    title: str
    status: str
    start_days: int
    end_days: int
    requested: str
    contact: str
    history: list[HistoryData]
    sections: list[SectionData]
    lines: list[LineData]
    approved: NotRequired[str]
    reference: NotRequired[str]
    report_due_weeks: NotRequired[int]
    attachments: NotRequired[list[str]]
    """Keys of the programme's attachments the application has provided."""
    receipts: NotRequired[list[ReceiptData]]


class CashbookData(ReceiptData):
    every_days: NotRequired[int]


class MembershipFeesData(TypedDict):
    debit_month_day: str
    category: str
    counterparty: str
    purpose: str


class RoomHireData(TypedDict):
    category: str
    purpose: str


class FundingData(TypedDict):
    application: list[ApplicationData]
    cashbook: list[CashbookData]
    membership_fees: MembershipFeesData
    room_hire: RoomHireData


# --- holidays ----------------------------------------------------------------------------


class SchoolHolidayData(TypedDict):
    school_year: str
    name: str
    start: dt.date
    end: dt.date


class SchoolHolidaysData(TypedDict):
    period: list[SchoolHolidayData]


@cache
def people() -> PeopleData:
    return cast(PeopleData, _read(demo_dir() / "people.toml"))


@cache
def centre() -> CentreData:
    return cast(CentreData, _read(demo_dir() / "centre.toml"))


@cache
def groups() -> GroupsData:
    return cast(GroupsData, _read(demo_dir() / "groups.toml"))


@cache
def events() -> EventsData:
    return cast(EventsData, _read(demo_dir() / "events.toml"))


@cache
def meetings() -> MeetingsData:
    return cast(MeetingsData, _read(demo_dir() / "meetings.toml"))


@cache
def funding() -> FundingData:
    return cast(FundingData, _read(demo_dir() / "funding.toml"))


@cache
def school_holidays_bw() -> SchoolHolidaysData:
    """The known Baden-Württemberg school holidays shipped as data (to be checked yearly)."""
    return cast(SchoolHolidaysData, _read(holidays_dir() / "school_holidays_bw.toml"))
