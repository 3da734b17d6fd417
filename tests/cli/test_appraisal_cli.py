"""`kpm cycle` and `kpm appraisal`: the workflow from the command line, as signed-in users."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kpm_desktop.cli import main
from kpm_desktop.domain.appraisal import NOT_SCORED
from kpm_desktop.services.appraisals.appraisal_views import Acknowledgement
from tests.access_helpers import ADMIN_PASSWORD
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PASSWORD, PERIOD, World


def kpm(world: World, user: str, *args: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD if user == "admin" else PASSWORD)
    target = world.database.file_path or world.database.url  # a file, or PostgreSQL's URL
    code = main(["--db", str(target), "--user", user, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def ratings_file(tmp_path: Path, role: str, ratings: dict[str, object]) -> str:
    path = tmp_path / f"{role}.json"
    data = {"format": "kpm-ratings", "raters": [{"role": role, "ratings": ratings}]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


LEVELS = {"A1": {"level": "优", "score": 95}, "A2": {"level": "良", "score": 80},
          "A3": {"level": "中", "score": 70}, "A4": {"level": "优", "score": 100}}  # fmt: skip


def test_a_cycle_from_the_command_line(
    empty_cycle_world: World, tmp_path: Path, monkeypatch, capsys
):
    def run(user: str, *args: str) -> tuple[int, str, str]:
        return kpm(empty_cycle_world, user, *args, monkeypatch=monkeypatch, capsys=capsys)

    code, out, _ = run("admin", "cycle", "bulk", PERIOD)
    assert code == 0 and "Created 8 appraisals" in out
    code, out, _ = run("admin", "appraisal", "list", "--cycle", PERIOD, "--state", "draft")
    line = next(line for line in out.splitlines() if "E00013" in line)
    appraisal_id = line.split()[0]
    self_file = ratings_file(tmp_path, "self", LEVELS)
    assert run("renqian", "appraisal", "rate", appraisal_id, "--ratings", self_file)[0] == 0
    assert run("renqian", "appraisal", "submit", appraisal_id)[0] == 0
    head_ratings = {**LEVELS, "A4": {"na": True, "na_reason": "本季度未涉及"}}
    for role in ("superior", "department_head"):
        path = ratings_file(tmp_path, role, head_ratings)
        assert run("dongmin", "appraisal", "rate", appraisal_id, "--ratings", path)[0] == 0
        assert run("dongmin", "appraisal", "submit", appraisal_id, "--rater", role)[0] == 0
    code, _, err = run("dongmin", "appraisal", "review", appraisal_id)
    assert code == 2 and "Separation of duties: you scored appraisal" in err
    assert run("admin", "appraisal", "review", appraisal_id)[0] == 0
    code, out, _ = run("admin", "appraisal", "finalize", appraisal_id)
    # self 86.50; superior and head (A4 N/A): 0.95x37.5 + 0.8x37.5 + 0.7x25 = 83.13
    # final 86.50x0.2 + 83.13x0.8 = 17.30 + 66.504 = 83.80
    assert code == 0 and "83.8 良好" in out
    code, _, err = run("admin", "appraisal", "rate", appraisal_id, "--ratings", self_file)
    assert code == 2 and "finalized and locked" in err
    code, _, err = run("lubo", "appraisal", "show", appraisal_id)
    assert code == 2 and "may not view_appraisal" in err
    code, out, _ = run("renqian", "appraisal", "show", appraisal_id)
    assert code == 0 and json.loads(out)["total"] == "83.8"
    code, _, err = run("renqian", "appraisal", "acknowledge", appraisal_id, "--comment", "x")
    assert code == 2 and "--comment goes with --agree or --disagree" in err
    code, out, _ = run(
        "renqian", "appraisal", "acknowledge", appraisal_id, "--disagree", "--comment", "A3 偏低"
    )
    assert code == 0 and "(disagrees)" in out
    code, out, _ = run("admin", "appraisal", "list", "--cycle", PERIOD)
    line = next(line for line in out.splitlines() if line.split()[0] == appraisal_id)
    assert line.endswith("DISAGREES")
    assert json.loads(run("admin", "appraisal", "show", appraisal_id)[1])["acknowledgement"] == {
        "agrees": False,
        "comment": "A3 偏低",
    }
    code, out, _ = run("admin", "appraisal", "amend", appraisal_id, "--reason", "A1 改分")
    assert code == 0 and "rev 2" in out
    code, out, _ = run("admin", "cycle", "list")
    assert code == 0 and out.startswith("2026Q3  2026年第三季度考核  open  8 appraisals")


@pytest.mark.sqlite_only
def test_verify_finds_a_byte_changed_in_an_appraisal_audit_row(
    empty_cycle_world: World, tmp_path: Path, monkeypatch, capsys
):
    bulk = ("admin", "cycle", "bulk", PERIOD)
    assert kpm(empty_cycle_world, *bulk, monkeypatch=monkeypatch, capsys=capsys)[0] == 0
    path = empty_cycle_world.database.file_path
    assert path is not None
    empty_cycle_world.database.dispose()
    assert main(["--db", str(path), "verify"]) == 0
    capsys.readouterr()
    with sqlite3.connect(path) as connection:
        entry_id, after = connection.execute(
            "SELECT id, after FROM audit_log WHERE entity_type = 'appraisal' ORDER BY id LIMIT 1"
        ).fetchone()
        changed = after.replace("E00", "E01", 1)
        assert changed != after and len(changed) == len(after)
        connection.execute("UPDATE audit_log SET after = ? WHERE id = ?", (changed, entry_id))
    assert main(["--db", str(path), "verify"]) == 1
    out = capsys.readouterr().out
    assert f"Audit chain broken at entry {entry_id}" in out and "appraisal" in out


def test_creating_a_cycle_needs_an_hr_admin(empty_cycle_world: World, monkeypatch, capsys):
    code, _, err = kpm(
        empty_cycle_world, "dongmin", "cycle", "create", "2026Q4",
        "--template", "销售代表季度考核(测试)", monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 2 and "may not manage_cycles" in err
    code, out, _ = kpm(
        empty_cycle_world, "admin", "cycle", "create", "2026Q4",
        "--template", "销售代表季度考核(测试):1", "--department", "D03", "--bulk",
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 0 and "Created cycle 2026Q4" in out and "Created 3 appraisals" in out
    assert "no separation of duties" not in out
    code, out, _ = kpm(
        empty_cycle_world, "admin", "cycle", "create", "2027Q1",
        "--template", "销售代表季度考核(测试)", "--no-separation",
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 0 and "2027Q1" in out and "(no separation of duties)" in out


def test_the_step_commands_and_their_refusals_follow_the_workflow_table(
    world: World, monkeypatch, capsys
):
    def run(user: str, *args: str) -> tuple[int, str, str]:
        return kpm(world, user, *args, monkeypatch=monkeypatch, capsys=capsys)

    assert run("admin", "cycle", "bulk", PERIOD)[0] == 0
    _, out, _ = run("admin", "appraisal", "list", "--cycle", PERIOD)
    appraisal_id = next(line for line in out.splitlines() if "E00013" in line).split()[0]
    code, out, _ = run("dongmin", "appraisal", "actions", appraisal_id)
    assert (code, out) == (0, "rate feedback refresh_kpis submit\n")
    assert run("renqian", "appraisal", "actions", appraisal_id)[1] == "rate submit\n"
    code, _, err = run("dongmin", "appraisal", "review", appraisal_id)
    assert code == 2
    assert "it must be submitted to review it. You may now: rate, feedback, refresh_kpis" in err
    code, _, err = run("renqian", "appraisal", "finalize", appraisal_id)
    assert code == 2 and "may not finalize_appraisal" in err and "You may now: rate, submit" in err


def test_appraisal_list_mine_prints_what_waits_for_the_user_with_its_next_step(
    world: World, monkeypatch, capsys
):
    def run(user: str, *args: str) -> tuple[int, str, str]:
        return kpm(world, user, *args, monkeypatch=monkeypatch, capsys=capsys)

    code, out, _ = run("renqian", "appraisal", "list", "--mine")
    assert code == 0
    assert out.count("\n") == 1 and "E00013 任倩" in out
    assert out.rstrip().endswith(
        "next: Self rating by 任倩; Direct superior rating by 董敏; Department head rating by 董敏"
    )
    appraisal_id = out.split()[0]
    assert run("renqian", "appraisal", "list", "--waiting", "--cycle", PERIOD)[1] == out
    _, everything, _ = run("dongmin", "appraisal", "list", "--cycle", PERIOD)
    _, mine, _ = run("dongmin", "appraisal", "list", "--mine")
    assert f"{appraisal_id:>5}" in mine and set(mine.splitlines()) <= set(everything.splitlines())
    assert run("admin", "appraisal", "list", "--mine") == (0, "", "")
    code, _, err = run("admin", "appraisal", "list")
    assert code == 2 and "--cycle PERIOD, or list what waits for you with --mine" in err


def test_appraisal_list_filters_by_grade_and_disagreements(world: World, monkeypatch, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        return kpm(world, "admin", "appraisal", "list", "--cycle", PERIOD, *args,
                   monkeypatch=monkeypatch, capsys=capsys)  # fmt: skip

    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    world.services.appraisals.acknowledge(
        world.employee, appraisal_id, date(2026, 10, 12), Acknowledgement(False, "评分偏低")
    )
    code, out, _ = run("--disagreements")
    assert code == 0 and out.split()[0] == str(appraisal_id) and out.count("\n") == 1
    assert "82.68 良好" in out and "DISAGREES" in out
    assert run("--grade", "良好")[1] == out
    assert run("--grade", "良好", "--disagreements", "--state", "acknowledged")[1] == out
    assert run("--grade", "优秀") == (0, "", "")
    unscored = run("--grade", "未评分")[1]
    assert unscored.count("\n") == 7 and str(NOT_SCORED) in unscored
    assert f"{appraisal_id:>5} " not in unscored
    assert run("--grade", "Not Scored")[1] == unscored


def test_appraisal_list_prints_a_running_score_as_provisional(world: World, monkeypatch, capsys):
    def run(*args: str) -> str:
        code, out, _ = kpm(world, "admin", "appraisal", "list", "--cycle", PERIOD, *args,
                           monkeypatch=monkeypatch, capsys=capsys)  # fmt: skip
        assert code == 0
        return out

    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)  # submitted, not finalized
    out = run("--grade", "良好")
    assert out.split()[0] == str(appraisal_id) and out.count("\n") == 1
    assert "submitted  82.68 良好 (provisional)" in out
    assert f"{appraisal_id:>5} " not in run("--grade", "未评分")
    finalize(world, appraisal_id)
    out = run("--grade", "良好")
    assert "82.68 良好" in out and "provisional" not in out
