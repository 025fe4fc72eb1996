"""Typed domain errors. They carry data, not sentences: the UI and the CLI turn them
into translated, human messages (see ``quartierstreff.messages``)."""

from __future__ import annotations

from dataclasses import dataclass


class QuartierstreffError(Exception):
    """Base of every error a user may be shown.

    Subclasses are dataclasses with ``eq=False``: not frozen, because Python sets
    ``__traceback__`` on an exception as it propagates.
    """


@dataclass(eq=False)
class InvalidDatabaseUrl(QuartierstreffError):
    url: str


@dataclass(eq=False)
class DatabaseUnavailable(QuartierstreffError):
    target: str
    reason: str


@dataclass(eq=False)
class DatabaseNotEmpty(QuartierstreffError):
    """The demo is only loaded into a database that holds nothing yet."""

    table: str
    rows: int


@dataclass(eq=False)
class SchemaTooNew(QuartierstreffError):
    """The database was written by a newer Quartierstreff than this one."""

    revision: str


@dataclass(eq=False)
class FieldInvalid(QuartierstreffError):
    """One field of an input failed validation; ``reason`` is a stable key."""

    field: str
    reason: str
    value: str = ""


@dataclass(eq=False)
class NotFound(QuartierstreffError):
    entity: str
    key: str


@dataclass(eq=False)
class PermissionDenied(QuartierstreffError):
    """The acting user's role does not allow this action."""

    username: str
    role: str
    permission: str


@dataclass(eq=False)
class MissingActor(QuartierstreffError):
    """Data was about to change outside a service call (a programming error)."""

    entities: str


@dataclass(eq=False)
class LoginRequired(QuartierstreffError):
    """Users exist, so this action needs a logged-in user."""
