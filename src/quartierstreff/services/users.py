"""Users and log-in."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from quartierstreff.db.models import Role, User
from quartierstreff.services.errors import LoginRequired
from quartierstreff.services.security import NO_LOGIN_USERNAME, Actor


def actor_without_login(session: Session) -> Actor:
    """A fresh or demo database runs without log-in, as Admin, until the first user
    exists; from then on every session needs a logged-in user (raises LoginRequired)."""
    if session.scalar(select(User.id).limit(1)) is not None:
        raise LoginRequired()
    return Actor(user_id=None, username=NO_LOGIN_USERNAME, role=Role.ADMIN)
