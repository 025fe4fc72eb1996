"""Einstellungen ▸ Personen: the centre's own fields for people, and membership types.

Everyone may read both (the people form and the filters need them); changing them needs
``SETTINGS_WRITE``. Deleting a custom field moves it, with every value people have for
it, to the bin; a membership type is refused while memberships use it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import (
    CustomFieldDefinition,
    CustomFieldType,
    CustomFieldValue,
    Membership,
    MembershipType,
)
from quartierstreff.services.errors import DeleteBlocked, FieldInvalid, NotFound
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.trash import TrashEntryView, move_to_trash

LABEL_LENGTH = 200
KEY_LENGTH = 40
CHOICE_LENGTH = 200
MAX_CHOICES = 100
MAX_FEE = Decimal("99999.99")

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass(frozen=True, slots=True)
class CustomFieldSetting:
    id: int
    key: str
    label: str
    field_type: CustomFieldType
    choices: tuple[str, ...]
    position: int
    value_count: int
    """How many people have a value for this field."""


@dataclass(frozen=True, slots=True)
class CustomFieldDraft:
    label: str
    field_type: CustomFieldType = CustomFieldType.TEXT
    choices: str = ""
    """One choice per line (for choice fields)."""
    position: int | None = None
    """``None``: after the last field."""


@dataclass(frozen=True, slots=True)
class MembershipTypeSetting:
    id: int
    name: str
    annual_fee: Decimal | None
    member_count: int
    """How many membership periods (current or past) use this type."""


@dataclass(frozen=True, slots=True)
class MembershipTypeDraft:
    name: str
    annual_fee: Decimal | None = None


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _has_control(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" for char in text)


def key_for(label: str) -> str:
    """A stable technical key made from a label: "Größe (T-Shirt)" → "groesse_t_shirt"."""
    text = unicodedata.normalize("NFKD", label.casefold().translate(_UMLAUTS))
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    key = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")[:KEY_LENGTH].strip("_")
    return key or "feld"


def _choices(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_clean(line) for line in text.splitlines() if line.strip()))


# --- custom fields -----------------------------------------------------------


def _value_counts(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(CustomFieldValue.field_id, func.count()).group_by(CustomFieldValue.field_id)
    )
    return {field_id: int(count) for field_id, count in rows}


def _field_setting(definition: CustomFieldDefinition, value_count: int) -> CustomFieldSetting:
    return CustomFieldSetting(
        id=definition.id,
        key=definition.key,
        label=definition.label,
        field_type=definition.field_type,
        choices=_choices(definition.choices),
        position=definition.position,
        value_count=value_count,
    )


@service(Permission.PEOPLE_BASIC_READ)
def list_custom_fields(session: Session, actor: Actor) -> list[CustomFieldSetting]:
    """The custom fields in the order the person form shows them."""
    counts = _value_counts(session)
    definitions = session.scalars(
        select(CustomFieldDefinition).order_by(
            CustomFieldDefinition.position, CustomFieldDefinition.id
        )
    )
    return [_field_setting(d, counts.get(d.id, 0)) for d in definitions]


def _load_field(session: Session, field_id: int) -> CustomFieldDefinition:
    definition = session.get(CustomFieldDefinition, field_id)
    if definition is None:
        raise NotFound("custom_field", str(field_id))
    return definition


def _check_field(
    session: Session, draft: CustomFieldDraft, own_id: int | None
) -> tuple[str, tuple[str, ...]]:
    label = _clean(draft.label)
    if not label:
        raise FieldInvalid("label", "required")
    if _has_control(label):
        raise FieldInvalid("label", "control_characters")
    if len(label) > LABEL_LENGTH:
        raise FieldInvalid("label", "too_long", str(LABEL_LENGTH))
    query = select(CustomFieldDefinition.id).where(
        func.lower(CustomFieldDefinition.label) == label.lower()
    )
    if own_id is not None:
        query = query.where(CustomFieldDefinition.id != own_id)
    if session.scalar(query.limit(1)) is not None:
        raise FieldInvalid("label", "taken", label)
    field_type = CustomFieldType(draft.field_type)
    choices = _choices(draft.choices) if field_type is CustomFieldType.CHOICE else ()
    if field_type is CustomFieldType.CHOICE:
        if not choices:
            raise FieldInvalid("choices", "required")
        if len(choices) > MAX_CHOICES:
            raise FieldInvalid("choices", "too_many", str(MAX_CHOICES))
        for choice in choices:
            if _has_control(choice):
                raise FieldInvalid("choices", "control_characters")
            if len(choice) > CHOICE_LENGTH:
                raise FieldInvalid("choices", "too_long", str(CHOICE_LENGTH))
    return label, choices


def _unique_key(session: Session, label: str) -> str:
    base = key_for(label)
    taken = set(session.scalars(select(CustomFieldDefinition.key)))
    key, number = base, 2
    while key in taken:
        suffix = f"_{number}"
        key = base[: KEY_LENGTH - len(suffix)] + suffix
        number += 1
    return key


@service(Permission.SETTINGS_WRITE)
def create_custom_field(
    session: Session, actor: Actor, draft: CustomFieldDraft
) -> CustomFieldSetting:
    """Add a field for people; its key is made from the label and never changes."""
    label, choices = _check_field(session, draft, None)
    position = draft.position
    if position is None:
        last = session.scalar(select(func.max(CustomFieldDefinition.position)))
        position = (last or 0) + 1
    definition = CustomFieldDefinition(
        key=_unique_key(session, label),
        label=label,
        field_type=CustomFieldType(draft.field_type),
        choices="\n".join(choices),
        position=position,
    )
    session.add(definition)
    session.flush()
    return _field_setting(definition, 0)


@service(Permission.SETTINGS_WRITE)
def update_custom_field(
    session: Session, actor: Actor, field_id: int, draft: CustomFieldDraft
) -> CustomFieldSetting:
    """Change label, type, choices or position. The type of a field people have values
    for cannot change, and a choice in use cannot be removed (the values would no longer
    fit); both raise :class:`FieldInvalid`."""
    definition = _load_field(session, field_id)
    label, choices = _check_field(session, draft, field_id)
    field_type = CustomFieldType(draft.field_type)
    values = list(
        session.scalars(select(CustomFieldValue.value).where(CustomFieldValue.field_id == field_id))
    )
    if values and field_type is not definition.field_type:
        raise FieldInvalid("field_type", "in_use", str(len(values)))
    if values and field_type is CustomFieldType.CHOICE:
        for value in sorted(set(values)):
            if value not in choices:
                raise FieldInvalid("choices", "choice_in_use", value)
    definition.label = label
    definition.field_type = field_type
    definition.choices = "\n".join(choices)
    if draft.position is not None:
        definition.position = draft.position
    session.flush()
    return _field_setting(definition, len(values))


@service(Permission.SETTINGS_WRITE)
def move_custom_field(
    session: Session, actor: Actor, field_id: int, step: int
) -> list[CustomFieldSetting]:
    """Move a field ``step`` places up (negative) or down in the form; returns the list."""
    order = list(
        session.scalars(
            select(CustomFieldDefinition).order_by(
                CustomFieldDefinition.position, CustomFieldDefinition.id
            )
        )
    )
    index = next((i for i, d in enumerate(order) if d.id == field_id), None)
    if index is None:
        raise NotFound("custom_field", str(field_id))
    target = max(0, min(len(order) - 1, index + step))
    order.insert(target, order.pop(index))
    for position, definition in enumerate(order, start=1):
        if definition.position != position:
            definition.position = position
    session.flush()
    counts = _value_counts(session)
    return [_field_setting(d, counts.get(d.id, 0)) for d in order]


@service(Permission.SETTINGS_WRITE)
def delete_custom_field(session: Session, actor: Actor, field_id: int) -> TrashEntryView:
    """Move a field and every person's value for it to the bin (restorable for 30 days).
    Ask first: :attr:`CustomFieldSetting.value_count` says how many values go with it."""
    definition = _load_field(session, field_id)
    return move_to_trash(session, actor, definition, summary=definition.label)


# --- membership types --------------------------------------------------------


def _usage(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(Membership.membership_type_id, func.count())
        .where(Membership.membership_type_id.is_not(None))
        .group_by(Membership.membership_type_id)
    )
    return {type_id: count for type_id, count in rows if type_id is not None}


def _type_setting(row: MembershipType, count: int) -> MembershipTypeSetting:
    return MembershipTypeSetting(
        id=row.id, name=row.name, annual_fee=row.annual_fee, member_count=count
    )


@service(Permission.PEOPLE_BASIC_READ)
def list_membership_types(session: Session, actor: Actor) -> list[MembershipTypeSetting]:
    usage = _usage(session)
    rows = session.scalars(select(MembershipType).order_by(func.lower(MembershipType.name)))
    return [_type_setting(row, usage.get(row.id, 0)) for row in rows]


def _check_type(
    session: Session, draft: MembershipTypeDraft, own_id: int | None
) -> MembershipTypeDraft:
    name = _clean(draft.name)
    if not name:
        raise FieldInvalid("name", "required")
    if _has_control(name):
        raise FieldInvalid("name", "control_characters")
    if len(name) > LABEL_LENGTH:
        raise FieldInvalid("name", "too_long", str(LABEL_LENGTH))
    query = select(MembershipType.id).where(func.lower(MembershipType.name) == name.lower())
    if own_id is not None:
        query = query.where(MembershipType.id != own_id)
    if session.scalar(query.limit(1)) is not None:
        raise FieldInvalid("name", "taken", name)
    fee = draft.annual_fee
    if fee is not None:
        if not fee.is_finite() or fee < 0:
            raise FieldInvalid("annual_fee", "negative", str(fee))
        if fee > MAX_FEE:
            raise FieldInvalid("annual_fee", "too_high", str(int(MAX_FEE)))
        if fee != fee.quantize(Decimal("0.01")):
            raise FieldInvalid("annual_fee", "cents", str(fee))
    return MembershipTypeDraft(name, fee)


def _load_type(session: Session, type_id: int) -> MembershipType:
    row = session.get(MembershipType, type_id)
    if row is None:
        raise NotFound("membership_type", str(type_id))
    return row


@service(Permission.SETTINGS_WRITE)
def create_membership_type(
    session: Session, actor: Actor, draft: MembershipTypeDraft
) -> MembershipTypeSetting:
    checked = _check_type(session, draft, None)
    row = MembershipType(name=checked.name, annual_fee=checked.annual_fee)
    session.add(row)
    session.flush()
    return _type_setting(row, 0)


@service(Permission.SETTINGS_WRITE)
def update_membership_type(
    session: Session, actor: Actor, type_id: int, draft: MembershipTypeDraft
) -> MembershipTypeSetting:
    row = _load_type(session, type_id)
    checked = _check_type(session, draft, type_id)
    row.name = checked.name
    row.annual_fee = checked.annual_fee
    session.flush()
    return _type_setting(row, _usage(session).get(type_id, 0))


@service(Permission.SETTINGS_WRITE)
def delete_membership_type(session: Session, actor: Actor, type_id: int) -> TrashEntryView:
    """Delete a membership type no membership uses; refused with :class:`DeleteBlocked`
    while any membership (current or past) has it."""
    row = _load_type(session, type_id)
    used = _usage(session).get(type_id, 0)
    if used:
        raise DeleteBlocked("membership_types", str(type_id), row.name, "memberships", used)
    return move_to_trash(session, actor, row, summary=row.name)
