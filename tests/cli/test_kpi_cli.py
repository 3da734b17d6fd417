import json
from pathlib import Path

import pytest

from kpm_desktop.cli import main
from kpm_desktop.domain.kpi import KPI_DEFINITIONS
from kpm_desktop.services.database_setup import open_database
from tests.access_helpers import cli_accounts
from tests.services.kpi_fixture import fill_small_crm


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "kpi.sqlite3"
    opened = open_database(path)
    fill_small_crm(opened.database)
    opened.database.dispose()
    cli_accounts(path, monkeypatch)
    return str(path)


def test_kpi_json_for_one_staff_member(db: str, capsys) -> None:
    assert main(["--db", db, "kpi", "--period", "2026Q3", "--staff", "E1",
                 "--kpi", "revenue,win_rate,csat", "--format", "json"]) == 0  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    [row] = data["rows"]
    assert row["code"] == "E1" and set(row["kpis"]) == {"revenue", "win_rate", "csat"}
    assert row["kpis"]["revenue"]["value"] == "1300.50"
    assert row["kpis"]["csat"]["value"] is None and row["kpis"]["csat"]["na_reason"]


def test_kpi_table_and_csv_show_na(db: str, capsys) -> None:
    assert main(["--db", db, "kpi", "--period", "2026Q3", "--department", "D1"]) == 0
    out = capsys.readouterr().out
    assert "张三" in out and "n/a" in out and "1,300.50" in out
    assert main(["--db", db, "kpi", "--period", "2026Q3", "--level", "company",
                 "--format", "csv", "--kpi", "win_rate"]) == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "level,code,name,department,win_rate"
    assert lines[1].startswith("company,,全公司,,50")


def test_kpi_list_names_every_kpi(db: str, capsys) -> None:
    assert main(["--db", db, "kpi", "--list"]) == 0
    out = capsys.readouterr().out
    assert all(d.key in out and d.name_zh in out for d in KPI_DEFINITIONS)


def test_bad_input_exits_2_with_one_line(db: str, capsys) -> None:
    assert main(["--db", db, "kpi", "--period", "2026Q9"]) == 2
    assert main(["--db", db, "kpi", "--period", "2026Q3", "--kpi", "nope"]) == 2
    assert main(["--db", db, "kpi", "--period", "2026Q3", "--staff", "E99"]) == 2
    admin = ["--db", db, "--user", "admin"]
    assert main([*admin, "target", "set", "--period", "2026Q3", "--staff", "E9",
                 "--kpi", "revenue", "--value", "5"]) == 2  # fmt: skip
    assert main([*admin, "target", "set", "--period", "2026Q3", "--staff", "E1",
                 "--kpi", "revenue", "--value", "-5"]) == 2  # fmt: skip
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 5 and all(line.startswith("kpm: error: ") for line in errors)


def test_target_set_and_list(db: str, capsys) -> None:
    admin = ["--db", db, "--user", "admin"]
    assert main([*admin, "target", "set", "--period", "2026Q3", "--staff", "E1",
                 "--kpi", "revenue", "--value", "1000"]) == 0  # fmt: skip
    assert main(["--db", db, "target", "list", "--period", "2026Q3"]) == 0
    assert "2026Q3\tstaff\tE1\trevenue\t1000" in capsys.readouterr().out
    assert main(["--db", db, "kpi", "--period", "2026Q3", "--staff", "E1",
                 "--kpi", "target_attainment", "--format", "csv"]) == 0  # fmt: skip
    assert capsys.readouterr().out.splitlines()[1].startswith("staff,E1,张三,销售部,130.05")


def test_targets_are_changed_only_by_a_role_that_manages_them(db: str, capsys) -> None:
    viewer = ["--db", db, "--user", "viewer", "target"]
    assert main([*viewer, "set", "--period", "2026Q3", "--staff", "E1",
                 "--kpi", "revenue", "--value", "1000"]) == 2  # fmt: skip
    assert main([*viewer, "remove", "--period", "2026Q3", "--staff", "E1", "--kpi", "revenue"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert errors == ["kpm: error: User viewer with role viewer may not manage_targets"] * 2
    assert main(["--db", db, "target", "set", "--period", "2026Q3", "--staff", "E1",
                 "--kpi", "revenue", "--value", "1000"]) == 2  # fmt: skip
    assert "needs a signed-in user" in capsys.readouterr().err
    assert main([*viewer, "list", "--period", "2026Q3"]) == 0


def test_kpi_list_json_gives_the_english_and_the_chinese_formula(db: str, capsys) -> None:
    assert main(["--db", db, "kpi", "--list", "--format", "json"]) == 0
    listed = {item["key"]: item for item in json.loads(capsys.readouterr().out)}
    revenue = listed["revenue"]
    assert revenue["formula"] == "sum of amount of deals won with closed date in P"
    assert revenue["formula_zh"] == "考核期内成交（赢单）订单的金额之和，按成交日期计"
