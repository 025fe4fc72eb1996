"""Backups: write, rotate, verify and restore ``*.qtbackup`` archives.

One archive holds the database (SQLite: a consistent copy made with the online backup
API), a portable JSON-lines export of every table that loads into SQLite or PostgreSQL
alike, and the attachments folder. See ``archive`` for the layout.
"""

from quartierstreff.services.backup.archive import (
    last_backup,
    list_backups,
    open_backup,
    read_info,
    verify_backup,
)
from quartierstreff.services.backup.create import (
    automatic_backup,
    copy_backup,
    create_backup,
    default_attachments_dir,
)
from quartierstreff.services.backup.names import (
    AUTO,
    BEFORE_RESTORE,
    BEFORE_UPDATE,
    MANUAL,
    backup_key,
    rotate_backups,
)
from quartierstreff.services.backup.restore import restore_backup

__all__ = [
    "AUTO",
    "BEFORE_RESTORE",
    "BEFORE_UPDATE",
    "MANUAL",
    "automatic_backup",
    "backup_key",
    "copy_backup",
    "create_backup",
    "default_attachments_dir",
    "last_backup",
    "list_backups",
    "open_backup",
    "read_info",
    "restore_backup",
    "rotate_backups",
    "verify_backup",
]
