"""Typed domain errors. They carry data, not sentences: the UI and the CLI turn them
into translated, human messages (see ``quartierstreff.messages``)."""

from __future__ import annotations

import datetime as dt
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


@dataclass(eq=False)
class BackupInvalid(QuartierstreffError):
    """A backup file was refused before anything was changed; ``reason`` is a stable key:
    missing, not_zip, damaged, not_ours, unsafe_path, manifest, format_too_new, members,
    checksum, schema_too_new, foreign_database, corrupt_database, counts, data."""

    path: str
    reason: str
    detail: str = ""


@dataclass(eq=False)
class BackupFailed(QuartierstreffError):
    """Writing a backup failed (nothing half-written is left behind); ``reason`` is one of
    disk_full, permission, os_error, unreadable, no_schema."""

    target: str
    reason: str
    detail: str = ""


@dataclass(eq=False)
class RestoreFailed(QuartierstreffError):
    """A verified backup could not be restored; the database is unchanged. ``reason`` is
    one of in_use, safety_copy, load, foreign_target."""

    target: str
    reason: str
    detail: str = ""


@dataclass(eq=False)
class DatabaseCorrupt(QuartierstreffError):
    """The database file is damaged or not a database at all. It is left as it is (never
    replaced by a new empty one); ``newest_backup`` is the backup to offer, if any."""

    target: str
    reason: str
    newest_backup: str = ""
    newest_backup_at: dt.datetime | None = None


@dataclass(eq=False)
class DatabaseForeign(QuartierstreffError):
    """The database holds tables but no Quartierstreff schema revision: another program's
    database, which the app must not migrate into."""

    target: str
    tables: str


@dataclass(eq=False)
class LoginFailed(QuartierstreffError):
    """Unknown user name or wrong password (deliberately not saying which)."""


@dataclass(eq=False)
class PasswordMissing(QuartierstreffError):
    """The command line needs a password and has no way to ask for it."""

    username: str


@dataclass(eq=False)
class LoginThrottled(QuartierstreffError):
    """Too many failed attempts: log-in is refused for ``retry_after`` seconds."""

    retry_after: int


@dataclass(eq=False)
class DeleteBlocked(QuartierstreffError):
    """A record cannot be deleted while other records still need it (``referenced_by``
    is the table of those records, ``count`` how many there are)."""

    entity: str
    entity_id: str
    summary: str
    referenced_by: str
    count: int


@dataclass(eq=False)
class TrashEntryUnavailable(QuartierstreffError):
    """An entry of the bin cannot be restored; ``reason`` is one of not_found, expired
    (older than 30 days) and restored (restored before)."""

    entry_id: int
    reason: str
    summary: str = ""


@dataclass(eq=False)
class RestoreConflict(QuartierstreffError):
    """Restoring from the bin would clash with the database as it is now; nothing was
    changed. ``reason`` is one of exists (a record with the same id exists again),
    duplicate (``detail`` names the columns whose value is taken again), parent_missing
    (``detail`` names the table of a record it needs that is gone) and database (the
    database refused; ``detail`` is its message). ``table`` is where the clash is."""

    summary: str
    reason: str
    table: str
    detail: str = ""


@dataclass(eq=False)
class ConcurrentEdit(QuartierstreffError):
    """Someone else saved this record after the form was loaded: saving now would
    overwrite their change (a lost update), so nothing was saved. ``entity`` is the
    table name, ``key`` the record's id; ``changed_by`` names who saved it last, if the
    audit trail knows (see ``services.concurrency``)."""

    entity: str
    key: str
    changed_by: str = ""


@dataclass(eq=False)
class DiskFull(QuartierstreffError):
    """The disk holding the database (``target``: a file or a server) is full. The unit
    of work was rolled back; everything committed before is intact."""

    target: str


@dataclass(eq=False)
class DuplicatePerson(QuartierstreffError):
    """Someone who is likely the same person is already in the register."""

    existing_id: int
    existing_name: str


@dataclass(eq=False)
class TableFileInvalid(QuartierstreffError):
    """A file to import (or the name of one to export) cannot be used. ``reason``:
    missing, unreadable, empty, binary, no_header, damaged, old_excel, unknown_suffix,
    too_many_rows (``detail``: the limit)."""

    name: str
    reason: str
    detail: str = ""


@dataclass(eq=False)
class ImportHasInvalidRows(QuartierstreffError):
    """An import with invalid rows was started without skipping them; nothing was written."""

    count: int


@dataclass(eq=False)
class ImportCancelled(QuartierstreffError):
    """The user cancelled an import; the caller rolls back, nothing is written."""


@dataclass(eq=False)
class ReportFailed(QuartierstreffError):
    """A PDF could not be written to ``path`` (nothing half-written is left, an existing
    file is unchanged); ``reason`` is one of folder_missing, is_folder, permission,
    disk_full, os_error."""

    path: str
    reason: str
    detail: str = ""


@dataclass(eq=False)
class ErasureRefused(QuartierstreffError):
    """A person cannot be anonymised (Art. 17 DSGVO) yet; nothing was changed. ``reason``:
    current_member (a membership runs today or later), active_role (``detail``: group,
    partner, user, funding or booking_series), retention (the retention period of the
    settings runs; ``until`` is the first day anonymising is possible) and
    already_anonymised."""

    person_id: int
    name: str
    reason: str
    until: dt.date | None = None
    detail: str = ""


@dataclass(eq=False)
class RoomInUse(QuartierstreffError):
    """A room cannot be deleted while ``bookings`` one-off bookings or ``series`` booking
    series use it (old ones included: they must keep their room). Deactivating the room
    hides it from new bookings instead."""

    room_id: int
    name: str
    bookings: int
    series: int


@dataclass(eq=False)
class HolidayFileInvalid(QuartierstreffError):
    """The file of known school holidays cannot be used; nothing was added. ``entry`` is
    the number of the period in the file (1 = the first), 0 for the file as a whole;
    ``name`` the period's name if it has one. ``reason``: missing, unreadable, syntax,
    no_periods, name, start, end, order, too_long, duplicate."""

    path: str
    reason: str
    entry: int = 0
    name: str = ""
    detail: str = ""


@dataclass(eq=False)
class BookingConflict(QuartierstreffError):
    """A booking collides with another one in the same room or a linked room; nothing
    was stored. Names the first collision: the other booking's ``title``, the ``room``
    where they meet and the other booking's time; ``count`` is how many dates collide
    (more than one only for a series)."""

    title: str
    room: str
    day: dt.date
    starts_at: dt.datetime
    ends_at: dt.datetime
    count: int = 1


@dataclass(eq=False)
class CalendarFileInvalid(QuartierstreffError):
    """An iCalendar file (.ics) cannot be imported, or one cannot be written; nothing was
    changed. ``reason`` for the file as a whole: missing, unreadable, unwritable,
    too_large (``detail``: MB), empty, binary, not_calendar, damaged, no_events,
    too_many_events (``detail``: the limit). For one event (``event``: its SUMMARY or UID,
    ``line``: where its BEGIN:VEVENT stands): missing_start, bad_value (``detail``: the
    property), unknown_timezone (``detail``: the TZID), end_before_start, zero_length,
    multi_day, unsupported_rule (``detail``: the RRULE), invalid (``detail``: the field
    of the booking that was refused, e.g. until too far)."""

    name: str
    reason: str
    detail: str = ""
    event: str = ""
    line: int = 0


@dataclass(eq=False)
class MinutesTooLong(QuartierstreffError):
    """Minutes text longer than ``limit`` characters (``length`` given) was refused; the
    stored text is unchanged (the window keeps what was typed). ``agenda_number`` is the
    item's number, None for the general minutes."""

    limit: int
    length: int
    agenda_number: int | None = None


@dataclass(eq=False)
class ProgrammeInvalid(QuartierstreffError):
    """A funding programme definition (TOML) cannot be used; nothing was changed.
    ``source``: the file name; ``line``: 1-based, None if unknown; ``field``: where the
    value sits (``max_grant``, ``sections[2].max_chars``; empty for a syntax error).
    ``reason``: syntax (``detail``: the parser's English message), unknown_key
    (``detail``: the closest known key or empty), type (``detail``: what was expected:
    text, bool, int, amount, percent, table, blocks, text_list, date_list), missing,
    key_format, format_version, amount, amount_negative, amount_too_high, min_over_max
    (``detail``: "min|max"), percent, percent_range, too_small (``detail``: the least
    allowed), too_large, date, duplicate (``detail``: the key), any_time_with_deadlines,
    months_and_weeks, unreadable (the file cannot be read), missing_file."""

    source: str
    line: int | None
    field: str
    reason: str
    detail: str = ""


@dataclass(eq=False)
class ProgrammeExists(QuartierstreffError):
    """An imported programme has the key of one already there; nothing was changed.
    Import again with replace to overwrite it."""

    key: str
    name: str


@dataclass(eq=False)
class StatusChangeRefused(QuartierstreffError):
    """A funding application cannot go from status ``current`` to ``wanted`` (values of
    ApplicationStatus); nothing was changed. Going back from "submitted" to "draft" is
    only possible by withdrawing the application."""

    title: str
    current: str
    wanted: str
