"""Backup file names and rotation.

A backup is one file ``quartierstreff-2026-11-24_1830-manuell.qtbackup``: the local time
it was made (to the minute; a second backup in the same minute gets ``_1830.2``) and a
label. Rotation works on names alone, so it never has to open an archive.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

from quartierstreff.services.errors import FieldInvalid

SUFFIX = ".qtbackup"
AUTO = "auto"
MANUAL = "manuell"
BEFORE_RESTORE = "vor-wiederherstellung"
BEFORE_UPDATE = "vor-update"

_NAME = re.compile(
    r"^quartierstreff-(?P<date>\d{4}-\d{2}-\d{2})_(?P<hour>\d{2})(?P<minute>\d{2})"
    r"(?:\.(?P<seq>[1-9]\d{0,3}))?-(?P<label>[a-z0-9]+(?:-[a-z0-9]+)*)\.qtbackup$"
)
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_MAX_LABEL = 40


@dataclass(frozen=True, slots=True, order=True)
class BackupName:
    """A parsed backup file name; sorts oldest first."""

    created: dt.datetime
    seq: int
    label: str
    path: Path


_PREFIX = "quartierstreff-"


def backup_key(path: Path) -> str:
    """A backup's short name for the audit trail: its time and label."""
    return path.stem.removeprefix(_PREFIX)[:40]


def clean_label(label: str) -> str:
    """``label`` as it appears in a file name: lower case ASCII letters, digits, dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", label.lower().translate(_TRANSLITERATION)).strip("-")
    if not slug:
        raise FieldInvalid("label", "required", label)
    if len(slug) > _MAX_LABEL:
        raise FieldInvalid("label", "too_long", label)
    return slug


def parse_name(path: Path) -> BackupName | None:
    """The parts of a backup file name, or ``None`` for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(  # noqa: DTZ007 - backups carry local wall-clock time
            f"{match['date']} {match['hour']}{match['minute']}", "%Y-%m-%d %H%M"
        )
    except ValueError:
        return None
    return BackupName(created, int(match["seq"] or 0), match["label"], path)


def backup_file_name(created: dt.datetime, label: str, seq: int = 0) -> str:
    stamp = created.strftime("%Y-%m-%d_%H%M") + (f".{seq}" if seq else "")
    return f"{_PREFIX}{stamp}-{clean_label(label)}{SUFFIX}"


def free_backup_path(target_dir: Path, created: dt.datetime, label: str) -> Path:
    """The first name for a new backup in ``target_dir`` that is not taken yet."""
    seq = 0
    while (path := target_dir / backup_file_name(created, label, seq)).exists():
        seq += 1
    return path


def backup_names(target_dir: Path) -> list[BackupName]:
    """The backups in ``target_dir`` (by name), oldest first."""
    if not target_dir.is_dir():
        return []
    found = (parse_name(path) for path in target_dir.iterdir() if path.is_file())
    return sorted(name for name in found if name is not None)


def select_for_deletion(
    names: list[BackupName],
    now: dt.datetime,
    *,
    daily: int = 7,
    weekly: int = 4,
    monthly: int = 12,
) -> list[BackupName]:
    """The automatic backups that rotation removes.

    Kept: the newest automatic backup of each of the last ``daily`` days, ``weekly`` ISO
    weeks and ``monthly`` months *that have backups* (so a PC that was off for a year
    still keeps its last ones), and any backup dated after ``now`` (a clock that was
    wrong). Backups with any other label (manual, before an update or a restore) are
    never selected.
    """
    automatic = sorted(
        (name for name in names if name.label == AUTO and name.created <= now), reverse=True
    )
    keep: set[BackupName] = set()
    periods: list[tuple[int, Callable[[dt.datetime], Hashable]]] = [
        (daily, lambda created: created.date()),
        (weekly, lambda created: created.isocalendar()[:2]),
        (monthly, lambda created: (created.year, created.month)),
    ]
    for count, period_of in periods:
        seen: set[Hashable] = set()
        for name in automatic:
            period = period_of(name.created)
            if period in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(period)
            keep.add(name)
    return sorted(name for name in automatic if name not in keep)


def rotate_backups(
    target_dir: Path,
    now: dt.datetime,
    *,
    daily: int = 7,
    weekly: int = 4,
    monthly: int = 12,
) -> list[Path]:
    """Delete the automatic backups in ``target_dir`` that rotation no longer keeps
    (see :func:`select_for_deletion`); returns the deleted files."""
    doomed = select_for_deletion(
        backup_names(target_dir), now, daily=daily, weekly=weekly, monthly=monthly
    )
    deleted: list[Path] = []
    for name in doomed:
        try:
            name.path.unlink()
        except FileNotFoundError:  # another instance rotated it first
            continue
        deleted.append(name.path)
    return deleted
