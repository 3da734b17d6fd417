"""Appraisal cycles, appraisals, raters, ratings, KPI snapshots and stored results

Revision ID: 0007
Revises: 0003
Create Date: 2026-11-23 18:58:50.391687
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "appraisal_cycles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("close_override_reason", sa.Text(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'closed')", name=op.f("ck_appraisal_cycles_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["users.id"], name=op.f("fk_appraisal_cycles_closed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_cycles")),
        sa.UniqueConstraint("period", name=op.f("uq_appraisal_cycles_period")),
    )
    op.create_table(
        "appraisal_cycle_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["appraisal_cycles.id"],
            name=op.f("fk_appraisal_cycle_templates_cycle_id_appraisal_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_appraisal_cycle_templates_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["rubric_templates.id"],
            name=op.f("fk_appraisal_cycle_templates_template_id_rubric_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_cycle_templates")),
        sa.UniqueConstraint(
            "cycle_id",
            "department_id",
            "position",
            name=op.f("uq_appraisal_cycle_templates_cycle_id_department_id_position"),
        ),
    )
    with op.batch_alter_table("appraisal_cycle_templates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appraisal_cycle_templates_cycle_id"), ["cycle_id"], unique=False
        )

    op.create_table(
        "appraisals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("amendment_reason", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("overall_comment", sa.Text(), nullable=False),
        sa.Column("improvement_plan", sa.Text(), nullable=False),
        sa.Column("total", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("grade", sa.String(length=20), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("reviewed_by", sa.Integer(), nullable=True),
        sa.Column("finalized_at", sa.DateTime(), nullable=True),
        sa.Column("finalized_by", sa.Integer(), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "state IN ('draft', 'submitted', 'reviewed', 'finalized', 'acknowledged', "
            "'superseded')",
            name=op.f("ck_appraisals_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["appraisal_cycles.id"],
            name=op.f("fk_appraisals_cycle_id_appraisal_cycles"),
        ),
        sa.ForeignKeyConstraint(
            ["finalized_by"], ["users.id"], name=op.f("fk_appraisals_finalized_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by"], ["users.id"], name=op.f("fk_appraisals_reviewed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_appraisals_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["appraisals.id"],
            name=op.f("fk_appraisals_supersedes_id_appraisals"),
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["rubric_templates.id"],
            name=op.f("fk_appraisals_template_id_rubric_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisals")),
        sa.UniqueConstraint(
            "cycle_id",
            "staff_id",
            "template_id",
            "revision",
            name=op.f("uq_appraisals_cycle_id_staff_id_template_id_revision"),
        ),
    )
    with op.batch_alter_table("appraisals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appraisals_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appraisals_staff_id"), ["staff_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appraisals_state"), ["state"], unique=False)

    op.create_table(
        "appraisal_kpi_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appraisal_id", sa.Integer(), nullable=False),
        sa.Column("indicator_code", sa.String(length=32), nullable=False),
        sa.Column("kpi_key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("numerator", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("denominator", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("target", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appraisal_id"],
            ["appraisals.id"],
            name=op.f("fk_appraisal_kpi_snapshots_appraisal_id_appraisals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_kpi_snapshots")),
        sa.UniqueConstraint(
            "appraisal_id",
            "indicator_code",
            name=op.f("uq_appraisal_kpi_snapshots_appraisal_id_indicator_code"),
        ),
    )
    with op.batch_alter_table("appraisal_kpi_snapshots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appraisal_kpi_snapshots_appraisal_id"), ["appraisal_id"], unique=False
        )

    op.create_table(
        "appraisal_raters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appraisal_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("rater_staff_id", sa.Integer(), nullable=True),
        sa.Column("weight", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("submitted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["appraisal_id"],
            ["appraisals.id"],
            name=op.f("fk_appraisal_raters_appraisal_id_appraisals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rater_staff_id"], ["staff.id"], name=op.f("fk_appraisal_raters_rater_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["submitted_by"], ["users.id"], name=op.f("fk_appraisal_raters_submitted_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_raters")),
        sa.UniqueConstraint(
            "appraisal_id", "role", name=op.f("uq_appraisal_raters_appraisal_id_role")
        ),
    )
    with op.batch_alter_table("appraisal_raters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appraisal_raters_appraisal_id"), ["appraisal_id"], unique=False
        )

    op.create_table(
        "appraisal_result_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appraisal_id", sa.Integer(), nullable=False),
        sa.Column("rater_role", sa.String(length=20), nullable=False),
        sa.Column("indicator_code", sa.String(length=32), nullable=False),
        sa.Column("effective_weight", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("points", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("label", sa.String(length=50), nullable=True),
        sa.Column("earned", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appraisal_id"],
            ["appraisals.id"],
            name=op.f("fk_appraisal_result_lines_appraisal_id_appraisals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_result_lines")),
        sa.UniqueConstraint(
            "appraisal_id",
            "rater_role",
            "indicator_code",
            name=op.f("uq_appraisal_result_lines_appraisal_id_rater_role_indicator_code"),
        ),
    )
    with op.batch_alter_table("appraisal_result_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appraisal_result_lines_appraisal_id"), ["appraisal_id"], unique=False
        )

    op.create_table(
        "appraisal_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appraisal_id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("indicator_code", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(length=50), nullable=True),
        sa.Column("score", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("value", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("met", sa.String(length=8), nullable=True),
        sa.Column("provided", sa.Boolean(), nullable=True),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("rank_is_last", sa.Boolean(), nullable=False),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("na_reason", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appraisal_id"],
            ["appraisals.id"],
            name=op.f("fk_appraisal_ratings_appraisal_id_appraisals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["appraisal_raters.id"],
            name=op.f("fk_appraisal_ratings_assignment_id_appraisal_raters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_ratings")),
        sa.UniqueConstraint(
            "assignment_id",
            "indicator_code",
            name=op.f("uq_appraisal_ratings_assignment_id_indicator_code"),
        ),
    )
    with op.batch_alter_table("appraisal_ratings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appraisal_ratings_appraisal_id"), ["appraisal_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("appraisal_ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_ratings_appraisal_id"))

    op.drop_table("appraisal_ratings")
    with op.batch_alter_table("appraisal_result_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_result_lines_appraisal_id"))

    op.drop_table("appraisal_result_lines")
    with op.batch_alter_table("appraisal_raters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_raters_appraisal_id"))

    op.drop_table("appraisal_raters")
    with op.batch_alter_table("appraisal_kpi_snapshots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_kpi_snapshots_appraisal_id"))

    op.drop_table("appraisal_kpi_snapshots")
    with op.batch_alter_table("appraisals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisals_state"))
        batch_op.drop_index(batch_op.f("ix_appraisals_staff_id"))
        batch_op.drop_index(batch_op.f("ix_appraisals_cycle_id"))

    op.drop_table("appraisals")
    with op.batch_alter_table("appraisal_cycle_templates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_cycle_templates_cycle_id"))

    op.drop_table("appraisal_cycle_templates")
    op.drop_table("appraisal_cycles")
