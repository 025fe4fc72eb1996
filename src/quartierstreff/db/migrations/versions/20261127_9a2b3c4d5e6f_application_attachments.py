"""application_attachments: the attachments checklist of a funding application

Which of the programme's attachments (keyed as in its definition) an application has
provided, with a note. A new table only: no existing table is copied or recreated.

Revision ID: 9a2b3c4d5e6f
Revises: 7c1d2e3f4a5b
Create Date: 2026-11-27 09:00:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9a2b3c4d5e6f"
down_revision: str | None = "7c1d2e3f4a5b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "application_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("provided", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("note", sa.String(length=200), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["funding_applications.id"],
            name=op.f("fk_application_attachments_application_id_funding_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_attachments")),
        sa.UniqueConstraint(
            "application_id", "key", name=op.f("uq_application_attachments_application_id_key")
        ),
    )


def downgrade() -> None:
    op.drop_table("application_attachments")
