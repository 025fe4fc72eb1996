"""Who may do what: roles, permissions, the acting user, and the ``@service`` decorator.

Every service function is declared with the permission it needs::

    @service(Permission.SETTINGS_WRITE)
    def save_profile(session: Session, actor: Actor, profile: CentreProfileView) -> ...

The decorator checks the actor's role before the body runs and binds the actor to the
session for the call, so the audit trail (``services.audit``) records who changed what.
This is the one mechanism: a flush that changes data without an acting user is refused.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from quartierstreff.db.models import Role
from quartierstreff.services.errors import PermissionDenied


class Permission(enum.StrEnum):
    PEOPLE_BASIC_READ = "people_basic_read"  # names and phone numbers
    PEOPLE_READ = "people_read"  # addresses, birth dates, e-mail, notes, consents
    PEOPLE_WRITE = "people_write"
    BOOKINGS_READ = "bookings_read"
    BOOKINGS_WRITE = "bookings_write"
    MEETINGS_READ = "meetings_read"
    MEETINGS_WRITE = "meetings_write"
    FINANCE_READ = "finance_read"  # receipts, bank data, grant reports
    FINANCE_WRITE = "finance_write"
    FUNDING_READ = "funding_read"
    FUNDING_WRITE = "funding_write"
    CENTRE_READ = "centre_read"  # the centre's name and address
    SETTINGS_WRITE = "settings_write"  # centre profile, rooms, holidays
    BACKUP_CREATE = "backup_create"
    BACKUP_RESTORE = "backup_restore"
    DEMO_LOAD = "demo_load"
    USERS_MANAGE = "users_manage"
    AUDIT_READ = "audit_read"


_EVERYONE = frozenset(
    {
        Permission.PEOPLE_BASIC_READ,
        Permission.BOOKINGS_READ,
        Permission.MEETINGS_READ,
        Permission.CENTRE_READ,
        Permission.BACKUP_CREATE,
    }
)
_VOLUNTEER = _EVERYONE | {Permission.BOOKINGS_WRITE, Permission.MEETINGS_WRITE}
_TREASURER = _EVERYONE | {
    Permission.PEOPLE_READ,
    Permission.FINANCE_READ,
    Permission.FINANCE_WRITE,
    Permission.FUNDING_READ,
    Permission.FUNDING_WRITE,
}
_ADMIN_ONLY = frozenset({Permission.USERS_MANAGE, Permission.AUDIT_READ})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.VOLUNTEER: _VOLUNTEER,
    Role.TREASURER: _TREASURER,
    Role.COORDINATOR: frozenset(Permission) - _ADMIN_ONLY,
    Role.ADMIN: frozenset(Permission),
}
"""Ehrenamt: bookings, meetings, attendance, names and phone numbers, no finances.
Kasse: finances, receipts, grant reports. Koordination: everything but user management
and the audit trail. Admin: everything."""


@dataclass(frozen=True, slots=True)
class Actor:
    """The user on whose behalf a service runs."""

    user_id: int | None
    username: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


NO_LOGIN_USERNAME = "ohne-anmeldung"

NO_LOGIN_ACTOR = Actor(user_id=None, username=NO_LOGIN_USERNAME, role=Role.ADMIN)
"""Who acts while a database has no users yet, and when restoring a database too damaged
to say who may (see SECURITY.md)."""

SYSTEM_ACTOR = Actor(user_id=None, username="system", role=Role.ADMIN)
"""What the program does on its own: the backup before an update, the safety copy of a
database about to be replaced by a restore."""


def require(actor: Actor, permission: Permission) -> None:
    if not actor.may(permission):
        raise PermissionDenied(actor.username, actor.role.value, permission.value)


_ACTOR_KEY = "quartierstreff.actor"


def current_actor(session: Session) -> Actor | None:
    actor = session.info.get(_ACTOR_KEY)
    return actor if isinstance(actor, Actor) else None


@contextmanager
def acting_as(session: Session, actor: Actor) -> Iterator[None]:
    """Attribute every change flushed inside the block to ``actor``."""
    previous = session.info.get(_ACTOR_KEY)
    session.info[_ACTOR_KEY] = actor
    try:
        yield
        session.flush()  # changes made in the block are audited under this actor
    finally:
        if previous is None:
            session.info.pop(_ACTOR_KEY, None)
        else:
            session.info[_ACTOR_KEY] = previous


P = ParamSpec("P")
R = TypeVar("R")
ServiceFunction = Callable[Concatenate[Session, Actor, P], R]

SERVICES: dict[str, Permission] = {}
"""Every registered service and the permission it needs (for the role test matrix)."""


def service(
    permission: Permission,
) -> Callable[[ServiceFunction[P, R]], ServiceFunction[P, R]]:
    """Declare a service: check ``permission`` for the actor, then run it as that actor."""

    def decorate(function: ServiceFunction[P, R]) -> ServiceFunction[P, R]:
        @functools.wraps(function)
        def checked(session: Session, actor: Actor, /, *args: P.args, **kwargs: P.kwargs) -> R:
            require(actor, permission)
            with acting_as(session, actor):
                return function(session, actor, *args, **kwargs)

        SERVICES[f"{function.__module__}.{function.__qualname__}"] = permission
        return checked

    return decorate
