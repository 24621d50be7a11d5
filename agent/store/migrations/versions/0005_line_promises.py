"""The original promise of each purchase order line: its planned date when first seen.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table(
        "line_promises",
        sa.Column("line_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("po_id", sa.Integer(), nullable=False),
        sa.Column("vendor_id", sa.Integer(), nullable=True),
        sa.Column("promised", sa.Date(), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("line_id"),
    )
    with op.batch_alter_table("line_promises", schema=None) as batch_op:
        batch_op.create_index("ix_line_promises_vendor_id", ["vendor_id"], unique=False)


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("line_promises", schema=None) as batch_op:
        batch_op.drop_index("ix_line_promises_vendor_id")
    op.drop_table("line_promises")
