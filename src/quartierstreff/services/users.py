"""Users, passwords and log-in.

Passwords are hashed with argon2 (argon2-cffi) and never stored or logged in clear.
Repeated failures lock the account for a growing time, during which no password is
even checked; an unknown user name costs the same work as a wrong password and gets
the same answer, so names cannot be probed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import Role, User
from quartierstreff.services.errors import (
    FieldInvalid,
    LoginFailed,
    LoginRequired,
    LoginThrottled,
    NotFound,
)
from quartierstreff.services.security import (
    NO_LOGIN_ACTOR,
    Actor,
    Permission,
    acting_as,
    require,
    service,
)
from quartierstreff.services.settings import read_settings

_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("quartierstreff-dummy-password")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
_PIN = re.compile(r"^[0-9]{4,8}$")
MIN_PASSWORD_LENGTH = 8
FREE_ATTEMPTS = 3
"""Failed attempts in a row before log-in is locked for a while."""
MAX_LOCK = dt.timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class UserDraft:
    username: str
    display_name: str
    role: Role
    password: str


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: Role
    is_active: bool
    has_pin: bool = False
    last_login_at: dt.datetime | None = None


def actor_without_login(session: Session) -> Actor:
    """A fresh or demo database runs without log-in, as Admin, until the first user
    exists; from then on every session needs a logged-in user (raises LoginRequired)."""
    if _any_user(session):
        raise LoginRequired()
    return NO_LOGIN_ACTOR


def login_needed(session: Session) -> bool:
    return _any_user(session)


@service(Permission.USERS_MANAGE)
def create_user(session: Session, actor: Actor, draft: UserDraft) -> UserView:
    """Create a user. The first user of a database must be an Admin, so that someone
    can manage the others once log-in is required."""
    username = draft.username.strip().lower()
    if not _USERNAME.match(username):
        raise FieldInvalid("username", "format", draft.username)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise FieldInvalid("username", "taken", username)
    display_name = draft.display_name.strip() or username
    if len(display_name) > 200:
        raise FieldInvalid("display_name", "too_long", display_name[:40])
    if not _any_user(session) and draft.role is not Role.ADMIN:
        raise FieldInvalid("role", "first_user_admin", draft.role.value)
    _check_password(draft.password)
    user = User(
        username=username,
        display_name=display_name,
        role=draft.role,
        password_hash=_HASHER.hash(draft.password),
    )
    session.add(user)
    session.flush()
    return _view(user)


@service(Permission.USERS_MANAGE)
def list_users(session: Session, actor: Actor) -> list[UserView]:
    return [_view(user) for user in session.scalars(select(User).order_by(User.username))]


@service(Permission.USERS_MANAGE)
def update_user(
    session: Session, actor: Actor, username: str, *, display_name: str, role: Role, active: bool
) -> UserView:
    """Change a user's name, role or whether they may log in. The last active Admin
    stays an active Admin, and nobody deactivates themselves."""
    user = _user(session, username)
    display_name = display_name.strip() or user.username
    if len(display_name) > 200:
        raise FieldInvalid("display_name", "too_long", display_name[:40])
    if user.id == actor.user_id and not active:
        raise FieldInvalid("active", "self", user.username)
    losing_admin = (
        user.role is Role.ADMIN and user.is_active and (role is not Role.ADMIN or not active)
    )
    if losing_admin and _active_admins(session) <= 1:
        raise FieldInvalid("role", "last_admin", user.username)
    user.display_name = display_name
    user.role = role
    user.is_active = active
    if not active:
        user.pin_hash = None
    session.flush()
    return _view(user)


@service(Permission.CENTRE_READ)
def change_password(
    session: Session, actor: Actor, username: str, new_password: str, *, current: str | None = None
) -> None:
    """Set a new password. Everyone may change their own (knowing the current one);
    an Admin may set anyone's, e.g. when it was forgotten."""
    user = _user(session, username)
    if user.id != actor.user_id or actor.user_id is None:
        require(actor, Permission.USERS_MANAGE)
    elif current is None or not _verify(user.password_hash, current):
        raise FieldInvalid("current_password", "wrong")
    _check_password(new_password)
    user.password_hash = _HASHER.hash(new_password)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()


@service(Permission.CENTRE_READ)
def set_pin(session: Session, actor: Actor, username: str, pin: str | None) -> None:
    """Give a user a short PIN (4 to 8 digits) for log-in and unlocking at this
    program's window, or take it away (``None``). Only while the window locks itself
    after idle time (Einstellungen); the command line always asks for the password."""
    user = _user(session, username)
    if user.id != actor.user_id or actor.user_id is None:
        require(actor, Permission.USERS_MANAGE)
    if pin is None:
        user.pin_hash = None
    else:
        if not _PIN.match(pin):
            raise FieldInvalid("pin", "format")
        if read_settings(session).idle_lock_minutes == 0:
            raise FieldInvalid("pin", "needs_lock")
        user.pin_hash = _HASHER.hash(pin)
    session.flush()


def attempt_login(
    session: Session, username: str, password: str, now: dt.datetime, *, allow_pin: bool = False
) -> Actor | LoginFailed | LoginThrottled:
    """Check a log-in and return the actor, or the refusal.

    The refusal is returned, not raised, so that the caller's unit of work commits the
    failure count: raising would roll it back and make the throttling worthless.
    ``allow_pin``: the window's log-in also takes the user's PIN instead of the password.
    """
    now = now.astimezone(dt.UTC)  # a naive ``now`` is local time
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None or not user.is_active:
        _verify(_DUMMY_HASH, password)  # the same work as for a real user
        return LoginFailed()
    actor = Actor(user_id=user.id, username=user.username, role=user.role)
    with acting_as(session, actor):
        if user.locked_until is not None and _aware(user.locked_until) > now:
            return LoginThrottled(int((_aware(user.locked_until) - now).total_seconds()) + 1)
        pin_ok = allow_pin and user.pin_hash is not None and _verify(user.pin_hash, password)
        if not pin_ok and not _verify(user.password_hash, password):
            user.failed_logins += 1
            if user.failed_logins >= FREE_ATTEMPTS:
                user.locked_until = now + _lock_time(user.failed_logins)
            return LoginFailed()
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        if not pin_ok and _HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = _HASHER.hash(password)
    return actor


def _lock_time(failures: int) -> dt.timedelta:
    """5 s after the third failure, doubling with each further one, at most MAX_LOCK."""
    seconds = 5 * 2 ** min(failures - FREE_ATTEMPTS, 16)
    return min(dt.timedelta(seconds=seconds), MAX_LOCK)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise FieldInvalid("password", "too_short")
    if password.strip() != password or not password.strip():
        raise FieldInvalid("password", "format")


def _aware(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; everything stored here is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise NotFound("user", username)
    return user


def _active_admins(session: Session) -> int:
    query = select(func.count()).where(User.role == Role.ADMIN, User.is_active.is_(True))
    return session.scalar(query) or 0


def _any_user(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


def _view(user: User) -> UserView:
    return UserView(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        is_active=user.is_active,
        has_pin=user.pin_hash is not None,
        last_login_at=user.last_login_at,
    )
