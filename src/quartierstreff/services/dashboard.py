"""The overview page: the centre's name and a few counts, in one frozen view, and how
old the newest backup is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import CentreProfile, Group, Meeting, Membership, Person, Room
from quartierstreff.services.backup import last_backup
from quartierstreff.services.bookings import occurrences
from quartierstreff.services.privacy import OpenRequest, open_requests
from quartierstreff.services.security import Actor, Permission, service
from quartierstreff.services.usage import hours_of, room_minutes
from quartierstreff.services.views import BackupInfo

BACKUP_MAX_AGE = dt.timedelta(days=7)
"""The overview warns when the newest backup is older than this (or there is none)."""


@dataclass(frozen=True, slots=True)
class UpcomingMeeting:
    title: str
    starts_at: dt.datetime
    room: str  # "" when the meeting is not in one of the centre's rooms


@dataclass(frozen=True, slots=True)
class DashboardView:
    centre_name: str | None  # None until the profile has been entered
    city: str
    people: int  # persons in normal use (not blocked, not anonymised)
    members: int  # persons with a membership running today
    groups: int  # groups still active today
    rooms: int  # rooms in use
    upcoming_meetings: int  # meetings from today on
    next_meetings: tuple[UpcomingMeeting, ...]
    privacy_requests: tuple[OpenRequest, ...] = ()
    """Unanswered DSGVO requests, the earliest deadline first (only for roles that see
    addresses; empty for the others)."""
    bookings_today: int = 0
    """Dates booked today (a one-off booking or one date of a series)."""
    bookings_this_week: int = 0
    """Dates booked this week (Monday to Sunday)."""
    room_minutes_this_week: int = 0
    """Booked room time this week (see ``services.usage``: a date in two rooms counts twice)."""

    @property
    def room_hours_this_week(self) -> Decimal:
        return hours_of(self.room_minutes_this_week)


@service(Permission.CENTRE_READ)
def overview(
    session: Session, actor: Actor, today: dt.date, *, next_limit: int = 5
) -> DashboardView:
    """Counts as of ``today`` and the next ``next_limit`` meetings."""
    profile = session.get(CentreProfile, 1)
    start_of_today = dt.datetime.combine(today, dt.time.min)
    in_use = (Person.blocked_on.is_(None), Person.anonymised_on.is_(None))
    upcoming = Meeting.starts_at >= start_of_today
    next_rows = session.execute(
        select(Meeting.title, Meeting.starts_at, Room.name)
        .outerjoin(Room, Meeting.room_id == Room.id)
        .where(upcoming)
        .order_by(Meeting.starts_at, Meeting.id)
        .limit(next_limit)
    ).all()
    return DashboardView(
        centre_name=profile.name if profile else None,
        city=profile.city if profile else "",
        people=_count(session, select(Person.id).where(*in_use)),
        members=_count(
            session,
            select(Membership.person_id)
            .distinct()
            .join(Person, Membership.person_id == Person.id)
            .where(
                *in_use,
                Membership.start_date <= today,
                or_(Membership.end_date.is_(None), Membership.end_date >= today),
            ),
        ),
        groups=_count(
            session,
            select(Group.id).where(or_(Group.active_until.is_(None), Group.active_until >= today)),
        ),
        rooms=_count(session, select(Room.id).where(Room.is_active)),
        upcoming_meetings=_count(session, select(Meeting.id).where(upcoming)),
        next_meetings=tuple(
            UpcomingMeeting(title=title, starts_at=starts_at, room=room or "")
            for title, starts_at, room in next_rows
        ),
        privacy_requests=(
            tuple(open_requests(session, actor, today)) if actor.may(Permission.PEOPLE_READ) else ()
        ),
        **_week_figures(session, actor, today),
    )


def _week_figures(session: Session, actor: Actor, today: dt.date) -> dict[str, int]:
    """The bookings of today and of the week around it, for the overview."""
    if not actor.may(Permission.BOOKINGS_READ):
        return {}
    monday = today - dt.timedelta(days=today.weekday())
    week = occurrences(session, actor, monday, monday + dt.timedelta(days=7))
    week = [o for o in week if o.day >= monday]
    return {
        "bookings_today": sum(1 for o in week if o.day == today),
        "bookings_this_week": len(week),
        "room_minutes_this_week": sum(room_minutes(o) for o in week),
    }


def _count(session: Session, query: Select[Any]) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


@dataclass(frozen=True, slots=True)
class BackupStatus:
    last: BackupInfo | None  # the newest readable backup, None when there is none
    overdue: bool  # no backup, or the newest is older than BACKUP_MAX_AGE


def backup_status(
    backups_dir: Path, now: dt.datetime, max_age: dt.timedelta = BACKUP_MAX_AGE
) -> BackupStatus:
    """The newest backup in ``backups_dir`` and whether the overview should warn.

    Reads file names and one manifest; no database and so no permission is involved."""
    last = last_backup(backups_dir)
    return BackupStatus(last=last, overdue=last is None or last.is_overdue(now, max_age))
