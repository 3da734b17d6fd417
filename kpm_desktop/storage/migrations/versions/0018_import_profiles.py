"""Import profiles: a saved way to read one CRM's export files, per kind of data

Each row holds one named profile as its JSON text (docs/formats.md, "Import profiles").

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 07:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_profiles")),
        sa.UniqueConstraint("name", name=op.f("uq_import_profiles_name")),
    )
    with op.batch_alter_table("import_profiles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_profiles_kind"), ["kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("import_profiles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_profiles_kind"))
    op.drop_table("import_profiles")
