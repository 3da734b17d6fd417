"""Separation of duties per cycle; the employee's agreement and comment on acknowledging

A cycle separates duties unless created without it (existing cycles do: the default is on);
an acknowledged appraisal may record agree / disagree and a comment. Appraisals
acknowledged before this revision keep both empty, and their seals, which never held them,
still verify (docs/formats.md, "Seals").

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 05:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "appraisal_cycles",
        sa.Column("separation_of_duties", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.add_column("appraisals", sa.Column("acknowledgement", sa.String(length=8), nullable=True))
    op.add_column("appraisals", sa.Column("acknowledgement_comment", sa.Text(), nullable=True))


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): rebuilding the tables in batch mode
    # would drop appraisal_cycles under the appraisals that reference it.
    op.drop_column("appraisals", "acknowledgement_comment")
    op.drop_column("appraisals", "acknowledgement")
    op.drop_column("appraisal_cycles", "separation_of_duties")
