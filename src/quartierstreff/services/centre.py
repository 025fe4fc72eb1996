"""The centre's own profile (name, address, bank account, …) printed on every document."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from quartierstreff.db.models import CentreProfile
from quartierstreff.services.concurrency import check_version
from quartierstreff.services.errors import ConcurrentEdit, FieldInvalid
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.views import CentreProfileView

_IBAN = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
_ENTITY = "centre_profile"
_PROFILE_FIELDS = tuple(
    field.name for field in dataclasses.fields(CentreProfileView) if field.name != "version"
)


@service(Permission.CENTRE_READ)
def get_profile(session: Session, actor: Actor) -> CentreProfileView | None:
    """The profile, or ``None`` on a database where nobody has entered it yet.

    The bank account is left out for roles without access to finances."""
    row = session.get(CentreProfile, 1)
    if row is None:
        return None
    profile = CentreProfileView(
        **{name: getattr(row, name) for name in _PROFILE_FIELDS}, version=row.version
    )
    if actor.may(Permission.FINANCE_READ):
        return profile
    return dataclasses.replace(profile, bank_account_holder="", iban="", bic="", bank_name="")


def centre_name(session: Session) -> str:
    """The centre's name for the log-in window, before anyone has logged in: not
    personal data, so it needs no permission. Empty while no profile exists."""
    return session.scalar(select(CentreProfile.name).where(CentreProfile.id == 1)) or ""


@service(Permission.SETTINGS_WRITE)
def save_profile(session: Session, actor: Actor, profile: CentreProfileView) -> CentreProfileView:
    """Create or update the profile after validating it; returns it as stored, with its
    new ``version``.

    ``profile.version`` is the version it was loaded at: if someone else has saved the
    profile since, :class:`ConcurrentEdit` is raised and nothing changes. Version 0 (not
    loaded: the first entry, the demo) saves without that check. Raises
    :class:`FieldInvalid` for bad input.
    """
    cleaned = _validated(profile)
    row = session.get(CentreProfile, 1)
    if row is None:
        if profile.version:  # it was loaded, so it has been taken away since
            raise ConcurrentEdit(_ENTITY, "1")
        row = CentreProfile(id=1, name=cleaned.name)
        session.add(row)
    elif profile.version:
        check_version(row, profile.version, entity=_ENTITY)
    for name in _PROFILE_FIELDS:
        setattr(row, name, getattr(cleaned, name))
    session.flush()
    return dataclasses.replace(cleaned, version=row.version)


def _validated(profile: CentreProfileView) -> CentreProfileView:
    text_fields: dict[str, Any] = {
        name: value.strip()
        for name, value in dataclasses.asdict(profile).items()
        if isinstance(value, str)
    }
    cleaned = dataclasses.replace(profile, **text_fields)
    if not cleaned.name:
        raise FieldInvalid("name", "required")
    if len(cleaned.name) > 200:
        raise FieldInvalid("name", "too_long", cleaned.name[:40])
    iban = cleaned.iban.replace(" ", "").upper()
    if iban and not _IBAN.match(iban):
        raise FieldInvalid("iban", "format", cleaned.iban)
    if iban and not _iban_checksum_ok(iban):
        raise FieldInvalid("iban", "checksum", cleaned.iban)
    bic = cleaned.bic.replace(" ", "").upper()
    if bic and len(bic) not in (8, 11):
        raise FieldInvalid("bic", "format", cleaned.bic)
    postal_code = cleaned.postal_code
    if postal_code and not (postal_code.isdigit() and len(postal_code) == 5):
        raise FieldInvalid("postal_code", "format", postal_code)
    return dataclasses.replace(cleaned, iban=iban, bic=bic)


def _iban_checksum_ok(iban: str) -> bool:
    """ISO 13616 check digits: move the first four characters to the end, letters to
    numbers (A = 10 … Z = 35), and the remainder modulo 97 must be 1."""
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1
