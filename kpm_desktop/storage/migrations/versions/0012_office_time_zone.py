"""Office time zone: a shared setting, CRM moments in UTC, the KPI cache by zone

Before this revision the importer stored a file's clock times unchanged, so the moments of
activities and tickets are the office's clock times. The upgrade stores this machine's
zone ($KPM_OFFICE_ZONE if set) as the office zone and converts those moments to UTC in
it; the downgrade converts them back with the stored zone (docs/formats.md, "Clock times
and the office time zone"). Kept KPI values are dropped: they are recomputed, keyed by
zone.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 01:00:00
"""

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from kpm_desktop.domain.office_time import default_zone_name

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MOMENTS = {
    "activities": ("occurred_at",),
    "service_tickets": ("opened_at", "first_response_at", "resolved_at"),
}
_CHUNK = 5000
Shift = Callable[[datetime], datetime]


def upgrade() -> None:
    settings = sa.table(
        "app_settings", sa.column("key", sa.String()), sa.column("value", sa.String())
    )
    zone_name = default_zone_name()
    op.bulk_insert(settings, [{"key": "office_zone", "value": zone_name}])
    zone = ZoneInfo(zone_name)
    # A clock time less its zone's offset then (what astimezone(UTC) gives, much faster).
    _shift_moments(lambda clock: clock - (zone.utcoffset(clock) or timedelta(0)))
    _recreate_cache("office_zone", sa.String(length=64))


def downgrade() -> None:
    bind = op.get_bind()
    zone_name = bind.scalar(sa.text("SELECT value FROM app_settings WHERE key = 'office_zone'"))
    zone = ZoneInfo(zone_name or "UTC")
    _shift_moments(lambda utc: utc.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None))
    _recreate_cache("utc_offset_minutes", sa.Integer())
    bind.execute(sa.text("DELETE FROM app_settings WHERE key = 'office_zone'"))


def _shift_moments(shift: Shift) -> None:
    """Rewrite every stored moment of the CRM tables through `shift`, a chunk at a time."""
    bind = op.get_bind()
    for table_name, names in _MOMENTS.items():
        table = sa.table(table_name, sa.column("id", sa.Integer()),
                         *(sa.column(name, sa.DateTime()) for name in names))  # fmt: skip
        update = (
            sa.update(table)
            .where(table.c.id == sa.bindparam("row_id"))
            .values({name: sa.bindparam(f"new_{name}") for name in names})
        )
        last = 0
        while True:
            rows = bind.execute(
                sa.select(table).where(table.c.id > last).order_by(table.c.id).limit(_CHUNK)
            ).all()
            if not rows:
                break
            bind.execute(update, [_shifted(row, names, shift) for row in rows])
            last = rows[-1].id
    bind.execute(sa.text("UPDATE data_version SET version = version + 1"))


def _shifted(row: sa.Row[Any], names: Sequence[str], shift: Shift) -> dict[str, object]:
    values: dict[str, object] = {"row_id": row.id}
    for name in names:
        moment = getattr(row, name)
        values[f"new_{name}"] = None if moment is None else shift(moment)
    return values


def _recreate_cache(zone_column: str, zone_type: sa.types.TypeEngine[Any]) -> None:
    """The cache is only ever recomputed, so it is dropped rather than converted."""
    op.drop_table("kpi_cache")
    op.create_table(
        "kpi_cache",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column(zone_column, zone_type, nullable=False),
        sa.Column("kpi_key", sa.String(length=50), nullable=False),
        sa.Column("data_version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_cache")),
        sa.UniqueConstraint(
            "period",
            "level",
            zone_column,
            "kpi_key",
            name=op.f(f"uq_kpi_cache_period_level_{zone_column}_kpi_key"),
        ),
    )
