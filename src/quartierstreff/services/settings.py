"""Settings that belong to the database and so hold for every PC that uses it.

Stored as text in the ``settings`` table, read and written as one typed view.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from quartierstreff.db.models import MeetingKind, Setting, User
from quartierstreff.services.errors import FieldInvalid
from quartierstreff.services.security import Actor, Permission, service

MAX_IDLE_LOCK_MINUTES = 240
MAX_BACKUP_INTERVAL_HOURS = 168
MAX_RETENTION_YEARS = 30
MAX_NOTICE_DAYS = 365
MAX_QUORUM_PERCENT = 100


@dataclass(frozen=True, slots=True)
class AppSettings:
    idle_lock_minutes: int = 10
    """The window locks after this many idle minutes; 0 means never (not with PINs)."""
    backup_interval_hours: int = 4
    """While the program is open, an automatic backup at most this often."""
    second_backup_folder: str = ""
    """A second folder (USB stick, network drive) that receives a copy of every
    automatic backup; empty for none."""
    member_retention_years: int = 3
    """Former members' data is kept this many years after they left, then offered for
    anonymisation (Art. 17 DSGVO)."""
    notice_days_board: int = 7
    """Days between the invitation and a meeting of this kind (Einladungsfrist); 0 for
    no notice period."""
    notice_days_general_assembly: int = 14
    notice_days_plenary: int = 7
    notice_days_group: int = 0
    notice_days_public_event: int = 0
    quorum_percent: int = 10
    """A members' assembly has a quorum when at least this share of the members with an
    active membership is present (rounded up); 0 = always."""


NOTICE_FIELDS: dict[MeetingKind, str] = {
    MeetingKind.BOARD: "notice_days_board",
    MeetingKind.GENERAL_ASSEMBLY: "notice_days_general_assembly",
    MeetingKind.PLENARY: "notice_days_plenary",
    MeetingKind.GROUP: "notice_days_group",
    MeetingKind.PUBLIC_EVENT: "notice_days_public_event",
}
"""The settings field with the notice period of each kind of meeting."""


def notice_days(settings: AppSettings, kind: MeetingKind) -> int:
    """The notice period (Einladungsfrist) in days for a meeting of ``kind``."""
    value = getattr(settings, NOTICE_FIELDS[kind])
    assert isinstance(value, int)
    return value


_KEYS = {
    "idle_lock_minutes": "security.idle_lock_minutes",
    "backup_interval_hours": "backup.interval_hours",
    "second_backup_folder": "backup.second_folder",
    "member_retention_years": "privacy.member_retention_years",
    "notice_days_board": "meetings.notice_days.board",
    "notice_days_general_assembly": "meetings.notice_days.general_assembly",
    "notice_days_plenary": "meetings.notice_days.plenary",
    "notice_days_group": "meetings.notice_days.group",
    "notice_days_public_event": "meetings.notice_days.public_event",
    "quorum_percent": "meetings.quorum_percent",
}


def read_settings(session: Session) -> AppSettings:
    """The settings without a permission check: the program itself needs them (for the
    lock and the backups) before and regardless of who is logged in."""
    query = select(Setting.key, Setting.value).where(Setting.key.in_(_KEYS.values()))
    stored = dict(session.execute(query).all())
    defaults = AppSettings()
    values: dict[str, Any] = {}
    for field in dataclasses.fields(AppSettings):
        raw = stored.get(_KEYS[field.name])
        default = getattr(defaults, field.name)
        if raw is None:
            continue
        if isinstance(default, int):
            try:
                values[field.name] = int(raw)
            except ValueError:
                continue  # a damaged value falls back to the default
        else:
            values[field.name] = raw
    return dataclasses.replace(defaults, **values)


@service(Permission.CENTRE_READ)
def get_settings(session: Session, actor: Actor) -> AppSettings:
    return read_settings(session)


@service(Permission.SETTINGS_WRITE)
def save_settings(session: Session, actor: Actor, settings: AppSettings) -> AppSettings:
    """Validate and store ``settings``. Raises :class:`FieldInvalid`.

    While any user has a short PIN, the window must lock itself: 0 (never) is refused."""
    cleaned = dataclasses.replace(
        settings, second_backup_folder=settings.second_backup_folder.strip()
    )
    if not 0 <= cleaned.idle_lock_minutes <= MAX_IDLE_LOCK_MINUTES:
        raise FieldInvalid("idle_lock_minutes", "range", str(cleaned.idle_lock_minutes))
    if cleaned.idle_lock_minutes == 0 and _pins_in_use(session):
        raise FieldInvalid("idle_lock_minutes", "pins_need_lock", "0")
    if not 1 <= cleaned.backup_interval_hours <= MAX_BACKUP_INTERVAL_HOURS:
        raise FieldInvalid("backup_interval_hours", "range", str(cleaned.backup_interval_hours))
    if not 1 <= cleaned.member_retention_years <= MAX_RETENTION_YEARS:
        raise FieldInvalid("member_retention_years", "range", str(cleaned.member_retention_years))
    for name in NOTICE_FIELDS.values():
        days = getattr(cleaned, name)
        if not 0 <= days <= MAX_NOTICE_DAYS:
            raise FieldInvalid(name, "range", str(days))
    if not 0 <= cleaned.quorum_percent <= MAX_QUORUM_PERCENT:
        raise FieldInvalid("quorum_percent", "range", str(cleaned.quorum_percent))
    for field in dataclasses.fields(AppSettings):
        key = _KEYS[field.name]
        value = str(getattr(cleaned, field.name))
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        elif row.value != value:
            row.value = value
    session.flush()
    return cleaned


def _pins_in_use(session: Session) -> bool:
    return (
        session.scalar(
            select(User.id).where(User.pin_hash.is_not(None), User.is_active.is_(True)).limit(1)
        )
        is not None
    )
