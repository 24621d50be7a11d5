"""Planned dates of purchase order lines as the last exception scan saw them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table(
        "scan_line_dates",
        sa.Column("line_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("po_id", sa.Integer(), nullable=False),
        sa.Column("date_planned", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("line_id"),
    )


def downgrade() -> None:
    """Revert."""
    op.drop_table("scan_line_dates")
