"""The centre's own profile (name, address, bank account, …) printed on every document."""

from __future__ import annotations

import dataclasses
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from quartierstreff.db.models import CentreProfile
from quartierstreff.services.errors import FieldInvalid
from quartierstreff.services.views import CentreProfileView

_IBAN = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
_PROFILE_FIELDS = tuple(field.name for field in dataclasses.fields(CentreProfileView))


def get_profile(session: Session) -> CentreProfileView | None:
    """The profile, or ``None`` on a database where nobody has entered it yet."""
    row = session.get(CentreProfile, 1)
    if row is None:
        return None
    return CentreProfileView(**{name: getattr(row, name) for name in _PROFILE_FIELDS})


def save_profile(session: Session, profile: CentreProfileView) -> CentreProfileView:
    """Create or update the profile after validating it. Raises :class:`FieldInvalid`."""
    cleaned = _validated(profile)
    row = session.get(CentreProfile, 1)
    if row is None:
        row = CentreProfile(id=1, name=cleaned.name)
        session.add(row)
    for name in _PROFILE_FIELDS:
        setattr(row, name, getattr(cleaned, name))
    session.flush()
    return cleaned


def has_profile(session: Session) -> bool:
    return session.scalar(select(CentreProfile.id)) is not None


def _validated(profile: CentreProfileView) -> CentreProfileView:
    stripped = {
        name: value.strip() if isinstance(value, str) else value
        for name, value in dataclasses.asdict(profile).items()
    }
    if not stripped["name"]:
        raise FieldInvalid("name", "required")
    if len(stripped["name"]) > 200:
        raise FieldInvalid("name", "too_long", stripped["name"][:40])
    iban = stripped["iban"].replace(" ", "").upper()
    if iban and not _IBAN.match(iban):
        raise FieldInvalid("iban", "format", stripped["iban"])
    stripped["iban"] = iban
    bic = stripped["bic"].replace(" ", "").upper()
    if bic and len(bic) not in (8, 11):
        raise FieldInvalid("bic", "format", stripped["bic"])
    stripped["bic"] = bic
    postal_code = stripped["postal_code"]
    if postal_code and not (postal_code.isdigit() and len(postal_code) == 5):
        raise FieldInvalid("postal_code", "format", postal_code)
    return CentreProfileView(**stripped)
