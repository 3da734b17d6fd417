"""`kpm cycle create --add-rater ROLE:WEIGHT`: a self-assessment on top of the template's
superior, whose weight is rescaled so both total 100."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpm_desktop.cli import main
from kpm_desktop.domain.rubric import RaterRole
from tests.access_helpers import ADMIN_PASSWORD
from tests.appraisal_world import World


def _admin_kpm(world: World, *args: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD)
    target = world.database.file_path or world.database.url
    code = main(["--db", str(target), "--user", "admin", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_rater_gives_every_appraisal_a_self_sheet(
    empty_cycle_world: World, monkeypatch, capsys
) -> None:
    world = empty_cycle_world
    code, out, _ = _admin_kpm(
        world, "cycle", "create", "2026Q4", "--template", "销售代表季度考核(测试)",
        "--department", "D03", "--add-rater", "self:20", "--bulk",
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 0 and "Created 3 appraisals" in out
    listed = world.services.appraisals.list(world.admin, period="2026Q4")
    assert len(listed) == 3
    for appraisal in listed:
        form = world.services.appraisals.form(world.admin, appraisal.id)
        assert {r.role: r.weight for r in form.raters} == {
            RaterRole.SUPERIOR: Decimal(80),
            RaterRole.SELF: Decimal(20),
        }


@pytest.mark.parametrize(
    ("spec", "problem"),
    [("boss:20", "self, department_head, peer"), ("self:twenty", "as a number"),
     ("superior:20", "self, department_head, peer")],
)  # fmt: skip
def test_a_bad_add_rater_is_refused_and_creates_nothing(
    empty_cycle_world: World, monkeypatch, capsys, spec: str, problem: str
) -> None:
    code, _, err = _admin_kpm(
        empty_cycle_world, "cycle", "create", "2026Q4", "--template", "销售代表季度考核(测试)",
        "--add-rater", spec, monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 2 and problem in err
    cycles = empty_cycle_world.services.cycles.list_cycles(empty_cycle_world.admin)
    assert [c.period for c in cycles] == ["2026Q3"]
