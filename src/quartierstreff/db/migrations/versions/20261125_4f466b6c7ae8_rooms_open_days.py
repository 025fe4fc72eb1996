"""rooms: open_days (the weekdays a room is open)

Rooms that exist already are open Monday to Friday ("01234") until someone changes
them in Einstellungen ▸ Räume.

Revision ID: 4f466b6c7ae8
Revises: a51533c927fb
Create Date: 2026-11-25 01:26:52.617833

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "4f466b6c7ae8"
down_revision: str | None = "a51533c927fb"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("open_days", sa.String(length=7), server_default="01234", nullable=False)
        )


def downgrade() -> None:
    # Not in batch mode: on SQLite that copies "rooms" into a new table and drops the old
    # one, and with foreign keys enforced dropping it deletes the room parts with it (ON
    # DELETE CASCADE) or fails on bookings (RESTRICT). SQLite drops a plain column itself
    # since 3.35.
    op.drop_column("rooms", "open_days")
