"""users: locked_until for log-in throttling

Revision ID: 35392ca0f60c
Revises: 4eef56921901
Create Date: 2026-11-24 22:50:14.964302

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "35392ca0f60c"
down_revision: str | None = "4eef56921901"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
