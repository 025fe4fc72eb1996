"""Users and log-in: argon2 hashes, throttling, no user-name probing, first user Admin."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import AuditEntry, Role, User
from quartierstreff.services import users
from quartierstreff.services.errors import (
    FieldInvalid,
    LoginFailed,
    LoginRequired,
    LoginThrottled,
    NotFound,
    PermissionDenied,
)
from quartierstreff.services.security import Actor
from quartierstreff.services.settings import AppSettings, save_settings
from quartierstreff.services.users import UserDraft
from tests.conftest import ADMIN

NOW = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)
PASSWORD = "Lindenplatz-4"


def _admin_and_treasurer(session: Session) -> None:
    users.create_user(session, ADMIN, UserDraft("admin", "Andrea Admin", Role.ADMIN, PASSWORD))
    users.create_user(session, ADMIN, UserDraft("Kasse", "Karl Kasse", Role.TREASURER, PASSWORD))


def test_passwords_are_stored_as_argon2_hashes_only(session: Session) -> None:
    _admin_and_treasurer(session)
    stored = session.scalar(select(User.password_hash).where(User.username == "kasse"))
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.entity == "users")):
        assert PASSWORD not in entry.changes and "argon2" not in entry.changes
    assert [user.username for user in users.list_users(session, ADMIN)] == ["admin", "kasse"]


def test_log_in_returns_the_user_as_actor(session: Session) -> None:
    _admin_and_treasurer(session)
    actor = users.attempt_login(session, " KASSE ", PASSWORD, NOW)
    assert isinstance(actor, Actor)
    assert (actor.username, actor.role) == ("kasse", Role.TREASURER)
    user = session.scalar(select(User).where(User.username == "kasse"))
    assert user is not None and user.last_login_at is not None and user.failed_logins == 0


def test_no_log_in_without_users_then_log_in_required(session: Session) -> None:
    assert users.actor_without_login(session).role is Role.ADMIN
    assert not users.login_needed(session)
    _admin_and_treasurer(session)
    assert users.login_needed(session)
    with pytest.raises(LoginRequired):
        users.actor_without_login(session)


def test_a_thousand_wrong_passwords_log_nobody_in(session: Session) -> None:
    _admin_and_treasurer(session)
    outcomes = [users.attempt_login(session, "kasse", f"falsch-{n}", NOW) for n in range(1000)]
    assert all(isinstance(outcome, LoginFailed | LoginThrottled) for outcome in outcomes)
    assert [type(outcome) for outcome in outcomes[:4]] == [
        LoginFailed,
        LoginFailed,
        LoginFailed,
        LoginThrottled,
    ]
    # While locked, even the right password is refused, without being checked.
    locked = users.attempt_login(session, "kasse", PASSWORD, NOW + dt.timedelta(seconds=4))
    assert isinstance(locked, LoginThrottled) and 0 < locked.retry_after <= 5
    # After the wait the right password works and the count starts again.
    later = NOW + dt.timedelta(seconds=6)
    assert isinstance(users.attempt_login(session, "kasse", PASSWORD, later), Actor)
    user = session.scalar(select(User).where(User.username == "kasse"))
    assert user is not None and user.failed_logins == 0 and user.locked_until is None


def test_the_lock_grows_with_each_failure_up_to_a_limit(session: Session) -> None:
    _admin_and_treasurer(session)
    moment = NOW
    locks = []
    for _ in range(12):
        outcome = users.attempt_login(session, "kasse", "falsch", moment)
        assert isinstance(outcome, LoginFailed)
        user = session.scalar(select(User).where(User.username == "kasse"))
        assert user is not None
        if user.locked_until is not None:
            until = users._aware(user.locked_until)
            locks.append(until - moment)
            moment = until + dt.timedelta(seconds=1)
    assert locks[0] == dt.timedelta(seconds=5)
    assert locks[1] == dt.timedelta(seconds=10)
    assert max(locks) == users.MAX_LOCK


def test_unknown_names_get_the_same_answer(session: Session) -> None:
    _admin_and_treasurer(session)
    assert isinstance(users.attempt_login(session, "niemand", PASSWORD, NOW), LoginFailed)
    assert isinstance(users.attempt_login(session, "kasse", "falsch", NOW), LoginFailed)


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (UserDraft("x'; DROP TABLE users;--", "X", Role.ADMIN, PASSWORD), "username", "format"),
        (UserDraft("a", "X", Role.ADMIN, PASSWORD), "username", "format"),
        (UserDraft("anna", "Anna", Role.ADMIN, "kurz"), "password", "too_short"),
        (UserDraft("anna", "Anna", Role.VOLUNTEER, PASSWORD), "role", "first_user_admin"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    session: Session, draft: UserDraft, field: str, reason: str
) -> None:
    with pytest.raises(FieldInvalid) as refused:
        users.create_user(session, ADMIN, draft)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert session.scalar(select(func.count()).select_from(User)) == 0


def test_user_names_are_unique_whatever_the_case(session: Session) -> None:
    _admin_and_treasurer(session)
    with pytest.raises(FieldInvalid) as refused:
        users.create_user(session, ADMIN, UserDraft("KASSE", "K", Role.TREASURER, PASSWORD))
    assert refused.value.reason == "taken"


def test_failed_log_ins_are_in_the_audit_trail(session: Session) -> None:
    _admin_and_treasurer(session)
    users.attempt_login(session, "kasse", "falsch", NOW)
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "users").order_by(AuditEntry.id.desc())
    ).first()
    assert entry is not None and entry.username == "kasse"
    assert json.loads(entry.changes)["failed_logins"] == [0, 1]


def _log_in(session: Session, name: str, secret: str = PASSWORD, **kwargs: bool) -> Actor:
    actor = users.attempt_login(session, name, secret, NOW, **kwargs)
    assert isinstance(actor, Actor), actor
    return actor


def test_the_admin_changes_role_and_name_and_deactivates(session: Session) -> None:
    _admin_and_treasurer(session)
    admin = _log_in(session, "admin")
    changed = users.update_user(
        session, admin, "kasse", display_name="Karla Kasse", role=Role.COORDINATOR, active=False
    )
    assert (changed.display_name, changed.role, changed.is_active) == (
        "Karla Kasse",
        Role.COORDINATOR,
        False,
    )
    assert isinstance(users.attempt_login(session, "kasse", PASSWORD, NOW), LoginFailed)


def test_the_last_admin_stays_and_nobody_deactivates_themselves(session: Session) -> None:
    _admin_and_treasurer(session)
    admin = _log_in(session, "admin")
    with pytest.raises(FieldInvalid) as last:
        users.update_user(
            session, admin, "admin", display_name="A", role=Role.TREASURER, active=True
        )
    assert last.value.reason == "last_admin"
    users.create_user(session, admin, UserDraft("zweite", "", Role.ADMIN, PASSWORD))
    with pytest.raises(FieldInvalid) as itself:
        users.update_user(session, admin, "admin", display_name="A", role=Role.ADMIN, active=False)
    assert itself.value.reason == "self"
    users.update_user(session, admin, "admin", display_name="A", role=Role.TREASURER, active=True)


def test_own_password_needs_the_current_one_others_need_an_admin(session: Session) -> None:
    _admin_and_treasurer(session)
    treasurer = _log_in(session, "kasse")
    with pytest.raises(FieldInvalid) as wrong:
        users.change_password(session, treasurer, "kasse", "Neues-Passwort", current="falsch")
    assert wrong.value.reason == "wrong"
    users.change_password(session, treasurer, "kasse", "Neues-Passwort", current=PASSWORD)
    _log_in(session, "kasse", "Neues-Passwort")
    with pytest.raises(PermissionDenied):
        users.change_password(session, treasurer, "admin", "Übernommen-123")
    admin = _log_in(session, "admin")
    users.change_password(session, admin, "kasse", "Vom-Admin-123")
    _log_in(session, "kasse", "Vom-Admin-123")


def test_a_pin_logs_in_at_the_window_only_and_needs_the_lock(session: Session) -> None:
    _admin_and_treasurer(session)
    treasurer = _log_in(session, "kasse")
    for bad in ("123", "12a4", "123456789"):
        with pytest.raises(FieldInvalid):
            users.set_pin(session, treasurer, "kasse", bad)
    users.set_pin(session, treasurer, "kasse", "4711")
    assert _log_in(session, "kasse", "4711", allow_pin=True).username == "kasse"
    assert isinstance(users.attempt_login(session, "kasse", "4711", NOW), LoginFailed)
    with pytest.raises(FieldInvalid) as needs_lock:
        save_settings(session, ADMIN, AppSettings(idle_lock_minutes=0))
    assert needs_lock.value.reason == "pins_need_lock"
    users.set_pin(session, treasurer, "kasse", None)
    save_settings(session, ADMIN, AppSettings(idle_lock_minutes=0))
    with pytest.raises(FieldInvalid) as refused:
        users.set_pin(session, treasurer, "kasse", "4711")
    assert refused.value.reason == "needs_lock"


def test_pins_are_stored_as_hashes_and_masked_in_the_trail(session: Session) -> None:
    _admin_and_treasurer(session)
    users.set_pin(session, _log_in(session, "kasse"), "kasse", "4711")
    stored = session.scalar(select(User.pin_hash).where(User.username == "kasse"))
    assert stored is not None and stored.startswith("$argon2") and "4711" not in stored
    assert not session.scalar(select(func.count()).where(AuditEntry.changes.contains("4711")))


def test_unknown_users_are_not_found(session: Session) -> None:
    _admin_and_treasurer(session)
    with pytest.raises(NotFound):
        users.update_user(session, ADMIN, "niemand", display_name="", role=Role.ADMIN, active=True)
