"""People of the demo: residents, members, consents, custom fields, the board, partners,
and the centre's own profile."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from quartierstreff.db.models import (
    Consent,
    ConsentPurpose,
    CustomFieldDefinition,
    CustomFieldType,
    CustomFieldValue,
    Membership,
    MembershipType,
    PartnerContact,
    PartnerKind,
    PartnerOrganisation,
    Person,
)
from quartierstreff.services.centre import save_profile
from quartierstreff.services.demo import data
from quartierstreff.services.demo.context import Board, BoardMember, DemoContext, Resident
from quartierstreff.services.views import CentreProfileView

PERSONS = 184
MEMBER_SHARE = 0.6
FORMER_SHARE = 0.14
HOUSEHOLD_SHARE = 0.18
FOUNDED = dt.date(2011, 3, 1)
GDPR_START = dt.date(2018, 5, 25)
CONSENT_TEXT_2023 = dt.date(2023, 1, 1)

_CONSENT_SHARES = {
    ConsentPurpose.PHOTOS_WEB: 0.5,
    ConsentPurpose.PHOTOS_PRINT: 0.55,
    ConsentPurpose.NEWSLETTER: 0.6,
    ConsentPurpose.BIRTHDAY_LIST: 0.3,
    ConsentPurpose.MEMBER_LIST: 0.4,
}
_CONSENT_SOURCES = (
    "Aufnahmeantrag (Papier)",
    "Einwilligungsformular (Papier)",
    "Online-Formular",
    "E-Mail",
)
_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ł": "l", "đ": "d", "ø": "o"}
)


def build_reference_data(ctx: DemoContext) -> list[MembershipType]:
    """Membership types and the centre's own person fields."""
    centre = data.centre()
    types = [
        MembershipType(name=entry["name"], annual_fee=Decimal(entry["annual_fee"]))
        for entry in centre["membership_type"]
    ]
    for position, entry in enumerate(centre["custom_field"]):
        definition = CustomFieldDefinition(
            key=entry["key"],
            label=entry["label"],
            field_type=CustomFieldType(entry["type"]),
            choices="\n".join(entry.get("choices", [])),
            position=position,
        )
        ctx.custom_fields[entry["key"]] = definition
    ctx.session.add_all(types)
    ctx.session.add_all(ctx.custom_fields.values())
    return types


def build_residents(ctx: DemoContext, membership_types: list[MembershipType]) -> None:
    rng = ctx.rng("people")
    source = data.people()
    origins = source["origin"]
    weights = [origin["weight"] for origin in origins]
    used_names: set[tuple[str, str]] = set()
    used_emails: set[str] = set()

    def address() -> str:
        number = str(rng.randint(1, 88))
        if rng.random() < 0.1:
            number += rng.choice("abc")
        return f"{rng.choice(source['streets'])} {number}"

    def phone() -> str:
        return f"{source['phone_prefix']} {rng.randint(1000, 9999)}"

    def email(first: str, last: str) -> str:
        first_part, last_part = _mail_part(first), _mail_part(last)
        pattern = rng.randrange(4)
        local = (
            f"{first_part}.{last_part}",
            f"{first_part[0]}.{last_part}",
            f"{first_part}{last_part}",
            f"{last_part}.{first_part}",
        )[pattern]
        candidate = f"{local}@{rng.choice(source['email_domains'])}"
        while candidate in used_emails:
            candidate = f"{local}{rng.randint(2, 99)}@{rng.choice(source['email_domains'])}"
        used_emails.add(candidate)
        return candidate

    def birth_date(age: int) -> dt.date:
        return ctx.today - relativedelta(years=age) - dt.timedelta(days=rng.randint(1, 364))

    previous: Resident | None = None
    while len(ctx.residents) < PERSONS:
        partner_of = previous if previous is not None and rng.random() < HOUSEHOLD_SHARE else None
        if partner_of is not None:
            origin = next(item for item in origins if item["key"] == partner_of.origin)
            female = not partner_of.female
            age = max(19, partner_of.age + rng.randint(-6, 6))
            last = partner_of.person.last_name
        else:
            origin = rng.choices(origins, weights=weights)[0]
            female = rng.random() < 0.56
            last = rng.choice(origin["last"])
        cohorts = origin["cohort"]
        if partner_of is not None:
            fitting = [c for c in cohorts if c["ages"][0] <= age <= c["ages"][1]]
            cohort = fitting[0] if fitting else cohorts[-1]
        else:
            cohort = rng.choice(cohorts)
            age = rng.randint(cohort["ages"][0], cohort["ages"][1])
        first = rng.choice(cohort["female"] if female else cohort["male"])
        if (first, last) in used_names:
            continue
        used_names.add((first, last))
        person = Person(
            first_name=first,
            last_name=last,
            street=partner_of.person.street if partner_of else address(),
            postal_code=source["postal_code"],
            city=source["city"],
            email=email(first, last) if rng.random() < 0.55 else "",
            phone=partner_of.person.phone if partner_of and partner_of.person.phone else "",
            mobile="",
            birth_date=birth_date(age) if rng.random() < 0.75 else None,
            notes="",
        )
        if not person.phone and rng.random() < 0.5:
            person.phone = phone()
        resident = Resident(person=person, female=female, age=age, origin=origin["key"])
        ctx.residents.append(resident)
        previous = None if partner_of is not None else resident

    for note in source["notes"]:
        rng.choice(ctx.residents).person.notes = note

    _memberships(ctx, rng, membership_types)
    _consents(ctx, rng)
    ctx.session.add_all(resident.person for resident in ctx.residents)


def _mail_part(name: str) -> str:
    lowered = name.lower().translate(_TRANSLITERATION)
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_only = "".join(char for char in decomposed if not unicodedata.combining(char))
    return "".join(char for char in ascii_only if char.isalnum() or char == "-")


def _memberships(ctx: DemoContext, rng: random.Random, types: list[MembershipType]) -> None:
    shares = [entry["share"] for entry in data.centre()["membership_type"]]
    adults = [resident for resident in ctx.residents if resident.age >= 18]
    members = rng.sample(adults, round(len(ctx.residents) * MEMBER_SHARE))
    members.sort(key=ctx.residents.index)
    for resident in members:
        adult_since = ctx.today - relativedelta(years=resident.age - 18)
        earliest = max(FOUNDED, adult_since)
        span = (ctx.today - dt.timedelta(days=10) - earliest).days
        start = earliest + dt.timedelta(days=rng.randint(0, max(span, 0)))
        resident.membership_type = rng.choices(types, weights=shares)[0]
        resident.member_since = start
        membership = Membership(start_date=start, membership_type=resident.membership_type)
        resident.person.memberships.append(membership)

    # Some left (former members); two of them came back; two have given notice.
    long_standing = [
        r for r in members if r.member_since and (ctx.today - r.member_since).days > 800
    ]
    former = rng.sample(long_standing, min(len(long_standing), round(len(members) * FORMER_SHARE)))
    for resident in former:
        membership = resident.person.memberships[0]
        earliest_end = membership.start_date + dt.timedelta(days=365)
        span = (ctx.today - dt.timedelta(days=30) - earliest_end).days
        end = earliest_end + dt.timedelta(days=rng.randint(0, span))
        membership.end_date = dt.date(end.year, 12, 31) if end.year < ctx.today.year else end
        resident.member_until = membership.end_date
    for resident in former[:2]:
        ended = resident.person.memberships[0].end_date
        assert ended is not None
        rejoined = ended + dt.timedelta(days=rng.randint(200, 500))
        if rejoined < ctx.today:
            resident.person.memberships.append(
                Membership(start_date=rejoined, membership_type=resident.membership_type)
            )
            resident.member_until = None
    staying = [r for r in members if r not in former]
    year_end = dt.date(ctx.today.year, 12, 31)
    notice_end = year_end if year_end > ctx.today else dt.date(ctx.today.year + 1, 12, 31)
    for resident in rng.sample(staying, 2):
        resident.person.memberships[-1].end_date = notice_end
        resident.member_until = notice_end


def _consents(ctx: DemoContext, rng: random.Random) -> None:
    for resident in ctx.residents:
        memberships = resident.person.memberships
        if memberships:
            joined = memberships[0].start_date
            granted = (
                joined
                if joined >= GDPR_START
                else GDPR_START + dt.timedelta(days=rng.randint(20, 200))
            )
            purposes = [
                purpose for purpose, share in _CONSENT_SHARES.items() if rng.random() < share
            ]
            if resident.person.birth_date is None and ConsentPurpose.BIRTHDAY_LIST in purposes:
                purposes.remove(ConsentPurpose.BIRTHDAY_LIST)
            source = rng.choice(_CONSENT_SOURCES)
        elif resident.person.email and rng.random() < 0.25:
            granted = ctx.today - dt.timedelta(days=rng.randint(30, 900))
            purposes = [ConsentPurpose.NEWSLETTER]
            source = "Newsletter-Anmeldung (Website)"
        else:
            continue
        version = "2023-01" if granted >= CONSENT_TEXT_2023 else "2018-05"
        for purpose in purposes:
            withdrawn: dt.date | None = None
            left = memberships[-1].end_date if memberships else None
            if left is not None and left < ctx.today and purpose == ConsentPurpose.MEMBER_LIST:
                withdrawn = max(left, granted)
            elif rng.random() < 0.06:
                withdrawn = granted + dt.timedelta(
                    days=rng.randint(0, max((ctx.today - granted).days, 0))
                )
            resident.person.consents.append(
                Consent(
                    purpose=purpose,
                    granted_on=granted,
                    text_version=version,
                    source=source,
                    withdrawn_on=withdrawn,
                )
            )


def current_members(ctx: DemoContext, day: dt.date) -> list[Resident]:
    return [resident for resident in ctx.residents if resident.is_member_on(day)]


def build_board(ctx: DemoContext) -> Board:
    """Five long-standing members between 35 and 75 take the board functions."""
    rng = ctx.rng("board")
    candidates = [
        resident
        for resident in current_members(ctx, ctx.today)
        if 35 <= resident.age <= 75
        and resident.member_until is None
        and resident.member_since is not None
        and resident.member_since <= ctx.today - dt.timedelta(days=730)
    ]
    chosen = rng.sample(candidates, 5)
    roles = data.centre()["board"]
    members = [
        BoardMember(resident, role["role_female"] if resident.female else role["role_male"])
        for resident, role in zip(chosen, roles, strict=True)
    ]
    board = Board(*members)
    for member in members:
        person = member.person
        if not person.phone:
            person.phone = f"{data.people()['phone_prefix']} {rng.randint(1000, 9999)}"
        if not person.email:
            person.email = (
                f"{_mail_part(person.first_name)}.{_mail_part(person.last_name)}@example.org"
            )
    ctx.board = board
    set_custom_value(ctx, board.keys.resident, "schluessel", "Generalschlüssel")
    for member in members:
        set_custom_value(ctx, member.resident, "ehrenamt", "true")
        if member is not board.keys:
            set_custom_value(ctx, member.resident, "schluessel", "Haupteingang")
    return board


def set_custom_value(ctx: DemoContext, resident: Resident, key: str, value: str) -> None:
    definition = ctx.custom_fields[key]
    for existing in resident.person.custom_values:
        if existing.field is definition:
            existing.value = value
            return
    resident.person.custom_values.append(CustomFieldValue(field=definition, value=value))


def build_volunteer_fields(ctx: DemoContext) -> None:
    """Volunteer flags and first-aid certificates for some of the active people."""
    rng = ctx.rng("custom-fields")
    active = {id(r): r for contacts in ctx.group_contacts.values() for r in contacts}
    for resident in ctx.residents:
        if id(resident) in active or (resident.is_member_on(ctx.today) and rng.random() < 0.2):
            set_custom_value(ctx, resident, "ehrenamt", "true")
    first_aiders = rng.sample(list(active.values()), min(10, len(active)))
    for resident in first_aiders:
        valid_until = ctx.today + dt.timedelta(days=rng.randint(-60, 700))
        set_custom_value(ctx, resident, "erste_hilfe_bis", valid_until.isoformat())


def build_partners(ctx: DemoContext) -> list[PartnerOrganisation]:
    source = data.people()
    organisations: list[PartnerOrganisation] = []
    for entry in data.centre()["partner"]:
        kind = PartnerKind(entry["kind"])
        organisation = PartnerOrganisation(
            name=entry["name"],
            kind=kind,
            street=entry["street"],
            postal_code=source["postal_code"] if entry["street"] else "",
            city=source["city"] if entry["street"] else "",
            email=entry["email"],
            phone=entry.get("phone", ""),
            website=entry.get("website", ""),
            notes=entry["notes"],
        )
        contact = Person(
            first_name=entry["contact_first"],
            last_name=entry["contact_last"],
            street=entry["street"],
            postal_code=organisation.postal_code,
            city=organisation.city,
            email=entry["email"],
            phone=entry.get("phone", ""),
            notes=f"{entry['function']} – {entry['name']}",
        )
        organisation.contacts.append(PartnerContact(person=contact, function=entry["function"]))
        ctx.partners[kind] = (contact, entry["name"])
        organisations.append(organisation)
    ctx.session.add_all(organisations)
    return organisations


def build_profile(ctx: DemoContext) -> CentreProfileView:
    profile = data.centre()["profile"]
    board = ctx.require_board()
    signing = [
        member
        for member, role in zip(board.members, data.centre()["board"], strict=True)
        if role.get("signs")
    ]
    keys = board.keys
    return save_profile(
        ctx.session,
        ctx.actor,
        CentreProfileView(
            name=profile["name"],
            street=profile["street"],
            postal_code=profile["postal_code"],
            city=profile["city"],
            email=profile["email"],
            phone=profile["phone"],
            website=profile["website"],
            legal_form=profile["legal_form"],
            register_court=profile["register_court"],
            register_number=profile["register_number"],
            tax_exemption_notice_on=ctx.today
            - relativedelta(months=profile["tax_exemption_months_ago"]),
            tax_office=profile["tax_office"],
            bank_account_holder=profile["bank_account_holder"],
            iban=german_iban(profile["bank_code"], profile["account_number"]),
            bic=profile["bic"],
            bank_name=profile["bank_name"],
            house_rules=profile["house_rules"],
            key_contact=profile["key_contact"].format(name=keys.name, phone=keys.person.phone),
            signatories="\n".join(f"{member.name} ({member.role})" for member in signing),
        ),
    )


def german_iban(bank_code: str, account_number: str) -> str:
    """A German IBAN with correct ISO 13616 (mod 97) check digits."""
    bban = f"{bank_code:0>8}{account_number:0>10}"
    digits = "".join(str(int(char, 36)) for char in f"{bban}DE00")
    return f"DE{98 - int(digits) % 97:02d}{bban}"
