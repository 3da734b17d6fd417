"""A closed cycle's seal covers the raters it adds and its separation of duties: `kpm
verify` names a changed added-rater weight and a flag turned off in the database, and a
seal in the form made before migrations 0015/0016 still verifies."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kpm_desktop.cli import main
from kpm_desktop.domain.seals import cycle_content
from tests.appraisal_world import World
from tests.peer_cycle import PEER_PERIOD, peer_cycle


def _closed_peer_cycle(world: World) -> None:
    peer_cycle(world)
    world.services.cycles.close(world.admin, PEER_PERIOD, override="测试: 提前关闭")


def _verify(world: World, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    target = world.database.file_path or world.database.url
    code = main(["--db", str(target), "verify"])
    return code, capsys.readouterr().out.splitlines()


def _problems(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("PROBLEM: cycle ")]


def test_a_closed_cycle_with_an_added_peer_verifies_clean(world: World, capsys) -> None:
    _closed_peer_cycle(world)
    code, lines = _verify(world, capsys)
    assert code == 0, lines


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE cycle_extra_raters SET weight = 35",
        "UPDATE appraisal_cycles SET separation_of_duties = false WHERE period = '2026Q2'",
    ],
)
def test_a_changed_added_rater_or_separation_flag_is_reported(
    world: World, capsys, tamper: str
) -> None:
    _closed_peer_cycle(world)
    with world.database.engine.begin() as connection:
        connection.execute(text(tamper))
    code, lines = _verify(world, capsys)
    assert code == 1
    (problem,) = _problems(lines)
    assert PEER_PERIOD in problem


def test_content_sealed_before_the_flag_and_added_raters_is_unchanged() -> None:
    cycle = {"period": "2025Q4", "name": "", "status": "closed", "closed_by": 1}
    choice = {"template_id": 3, "department_id": None, "position": None}
    before = {**cycle, "templates": [choice]}  # the content as sealed before 0015/0016
    now = cycle_content({**cycle, "separation_of_duties": True}, [{**choice, "id": 7}], [])
    assert now == before
    off = cycle_content({**cycle, "separation_of_duties": False}, [{**choice, "id": 7}], [])
    assert off != before
