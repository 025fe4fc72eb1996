"""What the record of processing activities (Art. 30 DSGVO) is filled in from: the
centre's profile, the retention setting and how the program is used (users by role).

The activities themselves (purposes, categories, recipients) are the same for every
Bürgertreff that uses the program; they are written out in ``reports.processing_record``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import CentreProfile, Role, User
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.settings import read_settings
from quartierstreff.services.views import CentreProfileView


@dataclass(frozen=True, slots=True)
class ProcessingRecordView:
    profile: CentreProfileView
    """The controller (Verantwortlicher); empty fields where the profile has none."""
    has_profile: bool
    member_retention_years: int
    idle_lock_minutes: int
    backup_interval_hours: int
    second_backup_folder: bool
    users_by_role: tuple[tuple[Role, int], ...]
    """Active users per role, every role listed (0 where none)."""
    as_of: dt.date


@service(Permission.CENTRE_READ)
def processing_record(session: Session, actor: Actor, today: dt.date) -> ProcessingRecordView:
    """The data for the record of processing activities. No bank details: the record
    does not need them."""
    row = session.get(CentreProfile, 1)
    if row is None:
        profile = CentreProfileView(name="")
    else:
        names = [f.name for f in dataclasses.fields(CentreProfileView) if f.name != "version"]
        profile = CentreProfileView(**{name: getattr(row, name) for name in names})
        profile = dataclasses.replace(
            profile, bank_account_holder="", iban="", bic="", bank_name=""
        )
    counts = dict(
        session.execute(
            select(User.role, func.count()).where(User.is_active.is_(True)).group_by(User.role)
        ).all()
    )
    settings = read_settings(session)
    return ProcessingRecordView(
        profile=profile,
        has_profile=row is not None,
        member_retention_years=settings.member_retention_years,
        idle_lock_minutes=settings.idle_lock_minutes,
        backup_interval_hours=settings.backup_interval_hours,
        second_backup_folder=bool(settings.second_backup_folder),
        users_by_role=tuple((role, int(counts.get(role, 0))) for role in Role),
        as_of=today,
    )
