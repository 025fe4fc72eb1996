"""meetings: booking_series_id (events over several days)

An event over several days books its room with a series, one date a day; the meeting
keeps the series' id. A plain integer column without a foreign key (see the model):
SQLite adds and drops it in place, so no table is copied.

Revision ID: b7e8f9a0c1d2
Revises: 9a2b3c4d5e6f
Create Date: 2026-11-28 09:00:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b7e8f9a0c1d2"
down_revision: str | None = "9a2b3c4d5e6f"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("meetings", sa.Column("booking_series_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    # Before this revision a meeting had one day: an event over several days keeps its
    # first day and its hours (the series stays in the calendar as it is).
    if op.get_bind().dialect.name == "sqlite":
        first_day_end = "datetime(date(starts_at), time(ends_at))"
        other_day = "date(ends_at) <> date(starts_at)"
    else:
        first_day_end = "CAST(starts_at AS DATE) + CAST(ends_at AS TIME)"
        other_day = "CAST(ends_at AS DATE) <> CAST(starts_at AS DATE)"
    op.execute(
        f"UPDATE meetings SET ends_at = {first_day_end} WHERE ends_at IS NOT NULL AND {other_day}"
    )
    op.drop_column("meetings", "booking_series_id")
