"""meetings: invitation_sent_on and funder_line; attendance: guest_first_name

The notice period of a meeting counts from the day its invitation went out; a funded
event's attendance list carries the funder's line; a guest on the attendance list has a
first and a last name (``guest_name`` keeps the last name, or the only name given).

Revision ID: 7c1d2e3f4a5b
Revises: 4f466b6c7ae8
Create Date: 2026-11-26 09:00:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c1d2e3f4a5b"
down_revision: str | None = "4f466b6c7ae8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Plain add_column / drop_column, never batch mode: on SQLite a batch operation copies
# the table into a new one and drops the old one, and with foreign keys enforced that
# deletes every agenda item, attendance row, decision and action item of the meetings
# (ON DELETE CASCADE). SQLite adds and (since 3.35) drops a plain column itself.


def upgrade() -> None:
    op.add_column(
        "meetings",
        sa.Column("funder_line", sa.String(length=300), server_default="", nullable=False),
    )
    op.add_column("meetings", sa.Column("invitation_sent_on", sa.Date(), nullable=True))
    op.add_column(
        "attendance",
        sa.Column("guest_first_name", sa.String(length=200), server_default="", nullable=False),
    )


def downgrade() -> None:
    # A guest's first name is kept in guest_name ("Anna Beispiel") rather than lost.
    op.execute(
        "UPDATE attendance SET guest_name = substr(guest_first_name || ' ' || guest_name, 1, 200) "
        "WHERE guest_first_name <> '' AND guest_name <> ''"
    )
    op.execute(
        "UPDATE attendance SET guest_name = guest_first_name "
        "WHERE guest_first_name <> '' AND guest_name = ''"
    )
    op.drop_column("attendance", "guest_first_name")
    op.drop_column("meetings", "invitation_sent_on")
    op.drop_column("meetings", "funder_line")
