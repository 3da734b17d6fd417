"""Rater packets: export, fill with openpyxl, preview, apply, re-import (issue 19)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kpm_desktop.domain.audit import AuditFilter
from tests.appraisal_world import PERIOD, World
from tests.packet_helpers import edit_cells, export_for, sheet_names


def test_round_trip_applies_the_filled_ratings_once(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    first = sheet_names(path)[0]
    edit_cells(path, {first: {"H5": "优", "I5": 95, "L5": "跟进很好", "B9": "继续保持"}})
    packets = world.services.packets
    [preview] = packets.preview(world.admin, [path], period=PERIOD)
    assert preview.refused is None, preview.refused
    changed = next(a for a in preview.appraisals if a.changes)
    assert next(c.after for c in changed.changes) == "优 95 (跟进很好)"
    report = packets.apply(world.admin, preview)
    assert changed.appraisal_id in report.applied
    form = world.services.appraisals.form(world.admin, changed.appraisal_id)
    superior = next(r for r in form.raters if r.role.value == "superior")
    assert superior.entries["S1"].rating.score == Decimal(95)
    assert form.overall_comment == "继续保持"
    [again] = packets.preview(world.admin, [path], period=PERIOD)
    assert again.applied_at is not None
    assert packets.apply(world.admin, again).already_applied
    entries = world.services.audit.query(world.admin, AuditFilter())
    assert any(e.after and "entered_from" in str(e.after) for e in entries)


def test_a_rater_in_two_roles_gets_a_sheet_per_role(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path, rater="E00001")
    assert sheet_names(path)[1:] == ["任倩 部门负责人", "任倩 直接上级"]
    edit_cells(path, {"任倩 直接上级": {"H5": "良"}, "任倩 部门负责人": {"H5": "中"}})
    [preview] = world.services.packets.preview(world.admin, [path])
    changed = [a.role.value for a in preview.appraisals if a.changes]
    assert changed == ["department_head", "superior"]
    assert len(world.services.packets.apply(world.admin, preview).applied) == 2
