"""An appraisal without a complete score is not scored: no total, no grade, 未评分 on the
printed sheet and in the exported results (issue 18)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from kpm_desktop.domain.rubric import RaterRole
from tests.appraisal_steps import SUPERIOR, target_id
from tests.appraisal_world import World
from tests.reports.pdf_text import page_texts


def test_a_draft_sheet_prints_weipingfen_not_zero(world: World):
    appraisal_id = target_id(world)
    sheet = world.services.sheets.sheet(world.admin, appraisal_id)
    assert (sheet.total, sheet.grade) == (None, "")
    assert all(rater.total is None for rater in sheet.raters)
    text = "".join(page_texts(world.services.sheets.pdf(world.admin, appraisal_id)))
    assert "总分等级未评分—" in text  # the result box: total 未评分, no grade
    assert "本人E00013任倩20%未评分—" in text  # each rater's line too
    assert "0.00" not in text and "不合格" not in text


def test_a_partly_rated_draft_is_not_scored_but_a_complete_rater_shows_a_total(world: World):
    appraisal_id = target_id(world)
    version = world.services.appraisals.form(world.head, appraisal_id).summary.version
    world.services.appraisals.save_ratings(
        world.head, appraisal_id, RaterRole.SUPERIOR, SUPERIOR, version
    )
    scored = world.services.appraisals.scored(world.admin, appraisal_id)
    assert scored.score is not None and not scored.score.complete
    assert scored.result == (None, None)
    data = world.services.appraisals.sheet_data(world.admin, appraisal_id)
    assert (data["total"], data["grade"]) == (None, None)
    raters = {r["role"]: r for r in data["raters"]}  # type: ignore[union-attr, index]
    assert raters["superior"]["total"] == Decimal("76.00")  # worked in appraisal_steps
    assert raters["self"]["total"] is None and raters["self"]["earned_sum"] == Decimal(0)


def test_an_exported_draft_row_reads_weipingfen(world: World, tmp_path: Path):
    world.services.exports.export(world.admin, "appraisals", tmp_path / "results.csv")
    with (tmp_path / "results.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    drafts = [r for r in rows if r["状态"] == "draft"]
    assert drafts and {(r["总分"], r["等级"]) for r in drafts} == {("", "未评分")}
