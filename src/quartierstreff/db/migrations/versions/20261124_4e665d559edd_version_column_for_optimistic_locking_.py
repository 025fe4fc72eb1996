"""version column for optimistic locking, timestamps on rooms, the trash

Revision ID: 4e665d559edd
Revises: 35392ca0f60c
Create Date: 2026-11-24 23:26:10.801738

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "4e665d559edd"
down_revision: str | None = "35392ca0f60c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED_TABLES = (
    "booking_series",
    "bookings",
    "centre_profile",
    "funding_applications",
    "funding_programmes",
    "groups",
    "meetings",
    "partner_organisations",
    "persons",
    "receipts",
    "rooms",
    "text_blocks",
    "users",
)


def _timestamp(name: str) -> sa.Column[object]:
    return sa.Column(
        name,
        sa.DateTime(timezone=True),
        server_default=sa.text("(CURRENT_TIMESTAMP)"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "trash",
        sa.Column("id", sa.Integer(), nullable=False),
        _timestamp("deleted_at"),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("summary", sa.String(length=200), server_default="", nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("restored_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_trash_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash")),
    )
    with op.batch_alter_table("trash", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trash_deleted_at"), ["deleted_at"], unique=False)

    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.add_column(_timestamp("created_at"))
        batch_op.add_column(_timestamp("updated_at"))

    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )


def downgrade() -> None:
    for table in reversed(VERSIONED_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")

    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")

    with op.batch_alter_table("trash", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trash_deleted_at"))
    op.drop_table("trash")
