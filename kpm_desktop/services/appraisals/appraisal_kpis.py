"""Filling KPI-linked indicators from the KPI engine, with the figures kept as snapshots."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Protocol

from kpm_desktop.domain import kpi_reasons as why
from kpm_desktop.domain.kpi import KpiValue
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.services.appraisals.appraisal_convert import figure_of
from kpm_desktop.services.appraisals.appraisal_views import KpiFigure
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import KpiSnapshotRecord
from kpm_desktop.storage.database import UnitOfWork


class KpiSource(Protocol):
    """What the workflow needs of KpiService."""

    def values_for_staff(
        self, staff_nos: Sequence[str], period: str, keys: Sequence[str]
    ) -> dict[str, dict[str, KpiValue]]: ...


def kpi_indicators(template: RubricTemplate) -> dict[str, str]:
    """Indicator code -> KPI key, for the template's KPI-linked indicators."""
    return {
        indicator.code: key
        for indicator in template.indicators()
        if (key := indicator.method.kpi_key) is not None
    }


def write_snapshots(
    uow: UnitOfWork,
    source: KpiSource,
    period: str,
    template: RubricTemplate,
    staff_by_appraisal: Mapping[int, str],
    now: datetime,
) -> dict[int, dict[str, KpiFigure]]:
    """Compute the template's KPIs for these appraisals (one query per KPI family for all)
    and replace their snapshots. Returns appraisal id -> indicator code -> figure."""
    indicators = kpi_indicators(template)
    if not indicators or not staff_by_appraisal:
        return {}
    keys = sorted(set(indicators.values()))
    values = source.values_for_staff(sorted(set(staff_by_appraisal.values())), period, keys)
    written: dict[int, dict[str, KpiFigure]] = {}
    for appraisal_id, staff_no in staff_by_appraisal.items():
        repo.delete_snapshots(uow.session, appraisal_id)
        figures = values.get(staff_no, {})
        for code, key in indicators.items():
            value = figures.get(key) or KpiValue(key, None, why.NO_FIGURES_FOR_PERSON)
            record = KpiSnapshotRecord(
                appraisal_id=appraisal_id,
                indicator_code=code,
                kpi_key=key,
                value=value.value,
                numerator=value.numerator,
                denominator=value.denominator,
                target=value.target,
                reason=value.reason[:200],
                computed_at=now,
            )
            uow.session.add(record)
            written.setdefault(appraisal_id, {})[code] = figure_of(record)
    uow.session.flush()
    return written
