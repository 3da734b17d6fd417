import json
from decimal import Decimal

import pytest

from kpm_desktop.cli import main
from kpm_desktop.domain.access import Role
from kpm_desktop.domain.kpi import KPI_DEFINITIONS
from kpm_desktop.domain.sign_in import SignInOutcome
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.admin.sign_in import SignInService
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit, cli_accounts
from tests.services.kpi_fixture import fill_small_crm

ADMIN = ["--user", "admin"]


@pytest.fixture
def db(migrated_file, monkeypatch: pytest.MonkeyPatch) -> str:
    path = migrated_file("kpi.sqlite3")
    opened = open_database(path)
    fill_small_crm(opened.database)
    opened.database.dispose()
    cli_accounts(path, monkeypatch)
    opened = open_database(path)
    auth, _ = auth_and_audit(opened.database)
    admin = auth.authenticate("admin", ADMIN_PASSWORD)
    auth.create_user(admin, "zhang", ADMIN_PASSWORD, Role.EMPLOYEE, staff_no="E1")
    opened.database.dispose()
    return str(path)


def test_kpi_json_for_one_staff_member(db: str, capsys) -> None:
    assert main(["--db", db, *ADMIN, "kpi", "--period", "2026Q3", "--staff", "E1",
                 "--kpi", "revenue,win_rate,csat", "--format", "json"]) == 0  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    [row] = data["rows"]
    assert row["code"] == "E1" and set(row["kpis"]) == {"revenue", "win_rate", "csat"}
    assert row["kpis"]["revenue"]["value"] == "1300.50"
    assert row["kpis"]["csat"]["value"] is None and row["kpis"]["csat"]["na_reason"]


def test_kpi_table_and_csv_show_na(db: str, capsys) -> None:
    assert main(["--db", db, *ADMIN, "kpi", "--period", "2026Q3", "--department", "D1"]) == 0
    out = capsys.readouterr().out
    assert "张三" in out and "n/a" in out and "1,300.50" in out
    assert main(["--db", db, *ADMIN, "kpi", "--period", "2026Q3", "--level", "company",
                 "--format", "csv", "--kpi", "win_rate"]) == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["level,code,name,department,win_rate", "company,,全公司,,50.00"]


def test_kpi_list_names_every_kpi(db: str, capsys) -> None:
    assert main(["--db", db, "kpi", "--list"]) == 0
    out = capsys.readouterr().out
    assert all(d.key in out and d.name_zh in out for d in KPI_DEFINITIONS)


def test_bad_input_exits_2_with_one_line(db: str, capsys) -> None:
    assert main(["--db", db, *ADMIN, "kpi", "--period", "2026Q9"]) == 2
    assert main(["--db", db, *ADMIN, "kpi", "--period", "2026Q3", "--kpi", "nope"]) == 2
    assert main(["--db", db, *ADMIN, "kpi", "--period", "2026Q3", "--staff", "E99"]) == 2
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
    assert main([*admin, "target", "set", "--period", "2026Q3", "--staff", "E2",
                 "--kpi", "revenue", "--value", "2000"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*admin, "target", "list", "--period", "2026Q3"]) == 0
    listed = capsys.readouterr().out
    assert "2026Q3\tstaff\tE1\trevenue\t1000" in listed and "\tE2\t" in listed
    assert main(["--db", db, "--user", "zhang", "target", "list", "--period", "2026Q3"]) == 0
    assert capsys.readouterr().out.splitlines() == ["2026Q3\tstaff\tE1\trevenue\t1000"]
    assert main(["--db", db, "target", "list", "--period", "2026Q3"]) == 2
    assert "needs a signed-in user" in capsys.readouterr().err
    assert main(["--db", db, *ADMIN, "kpi", "--period", "2026Q3", "--staff", "E1",
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


def test_csv_numbers_are_rounded_like_the_table(db: str, capsys) -> None:
    assert main(["--db", db, *ADMIN, "kpi", "--period", "2026Q3", "--staff", "E1",
                 "--kpi", "win_rate,revenue,won_deals", "--format", "csv"]) == 0  # fmt: skip
    assert capsys.readouterr().out.splitlines()[1] == "staff,E1,张三,销售部,1300.50,2,66.67"
    assert main(["--db", db, *ADMIN, "kpi", "--period", "2026Q3", "--staff", "E1",
                 "--kpi", "win_rate,revenue,won_deals"]) == 0  # fmt: skip
    assert capsys.readouterr().out.splitlines()[2].split() == ["E1", "张三", "1,300.50", "2",
                                                               "66.67%"]  # fmt: skip


def test_compare_shows_growth_in_table_and_csv(db: str, capsys) -> None:
    compare = ["--db", db, *ADMIN, "kpi", "--period", "2026Q4", "--level", "company",
               "--kpi", "revenue,win_rate", "--compare"]  # fmt: skip
    assert main([*compare, "--format", "csv"]) == 0
    # revenue 999.99 after 1,300.50: -23.107266...%; win rate 100 % after 50 %
    assert capsys.readouterr().out.splitlines() == [
        "level,code,name,department,revenue,revenue_growth,win_rate,win_rate_growth",
        "company,,全公司,,999.99,-23.11,100.00,100.00",
    ]
    assert main(compare) == 0
    header, row = capsys.readouterr().out.splitlines()[1:]
    assert header.split() == ["code", "name", "revenue", "revenue_growth", "win_rate",
                              "win_rate_growth"]  # fmt: skip
    assert row.split() == ["全公司", "999.99", "-23.11%", "100.00%", "100.00%"]


def test_kpis_are_computed_as_the_signed_in_user_sees_them(db: str, capsys) -> None:
    employee = ["--db", db, "--user", "zhang", "kpi", "--period", "2026Q3", "--kpi", "revenue"]
    assert main([*employee, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == ["staff,E1,张三,销售部,1300.50"]
    assert main([*employee, "--staff", "E2"]) == 2
    assert capsys.readouterr().err.strip() == (
        "kpm: error: User zhang with role employee may not view_crm on staff E2 李四"
    )
    assert main([*employee, "--level", "company"]) == 2
    assert "may not view_crm on the company's KPIs" in capsys.readouterr().err
    assert main(["--db", db, "kpi", "--period", "2026Q3"]) == 2
    assert "needs a signed-in user" in capsys.readouterr().err


def test_kpi_list_json_gives_the_english_and_the_chinese_formula(db: str, capsys) -> None:
    assert main(["--db", db, "kpi", "--list", "--format", "json"]) == 0
    listed = {item["key"]: item for item in json.loads(capsys.readouterr().out)}
    revenue = listed["revenue"]
    assert revenue["formula"] == "sum of amount of deals won with closed date in P"
    assert revenue["formula_zh"] == "考核期内成交（赢单）订单的金额之和，按成交日期计"


def test_kpi_output_has_the_csat_band_counts_and_no_exponents(db: str, capsys) -> None:
    admin = ["--db", db, *ADMIN]
    assert main([*admin, "target", "set", "--period", "2026Q3", "--staff", "E2",
                 "--kpi", "revenue", "--value", "1E+4"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*admin, "kpi", "--period", "2026Q3", "--staff", "E2",
                 "--kpi", "csat,revenue", "--format", "json"]) == 0  # fmt: skip
    text = capsys.readouterr().out
    [row] = json.loads(text)["rows"]
    assert Decimal(row["kpis"]["revenue"]["target"]) == 10000
    bands = row["kpis"]["csat"]["details"]
    assert list(bands) == ["非常满意", "满意", "一般", "不满意"]
    assert all(count.isdigit() for count in bands.values())
    assert "E+" not in text and "E-" not in text
    assert main([*admin, "kpi", "--period", "2026Q3", "--level", "company",
                 "--kpi", "csat"]) == 0  # fmt: skip
    table = capsys.readouterr().out
    assert "CSAT bands (rated tickets)" in table and "非常满意 90-100" in table


def _sign_ins(db: str) -> list[tuple[str, SignInOutcome]]:
    opened = open_database(db)
    try:
        auth, audit = auth_and_audit(opened.database)
        admin = auth.authenticate("admin", ADMIN_PASSWORD)
        entries = SignInService(opened.database, audit).sign_ins(admin)
    finally:
        opened.database.dispose()
    return [(entry.username, entry.outcome) for entry in reversed(entries)]


@pytest.mark.parametrize(
    "user, asked",
    [
        ("zhang", ["--format", "json"]),
        ("zhang", ["--level", "company"]),  # what the employee may not see: still no hint
        ("nobody", ["--format", "csv"]),
    ],
)
def test_a_failed_sign_in_shows_no_figure_and_is_recorded(
    db: str, capsys, monkeypatch: pytest.MonkeyPatch, user: str, asked: list[str]
) -> None:
    """The KPIs are computed while the password is checked; a wrong one shows nothing."""
    monkeypatch.setenv("KPM_PASSWORD", "not the password")
    assert main(["--db", db, "--user", user, "kpi", "--period", "2026Q3", *asked]) == 2
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err == "kpm: error: Wrong user name or password\n"
    assert (user, SignInOutcome.WRONG_CREDENTIALS) in _sign_ins(db)


def test_a_signed_in_computation_is_recorded_once(db: str, capsys) -> None:
    assert main(["--db", db, "--user", "zhang", "kpi", "--period", "2026Q3",
                 "--kpi", "revenue", "--format", "csv"]) == 0  # fmt: skip
    assert capsys.readouterr().out.splitlines()[1:] == ["staff,E1,张三,销售部,1300.50"]
    assert _sign_ins(db).count(("zhang", SignInOutcome.SIGNED_IN)) == 1


def test_kpi_json_is_the_text_json_dumps_writes(db: str, capsys) -> None:
    admin = ["--db", db, *ADMIN]
    assert main([*admin, "target", "set", "--period", "2026Q3", "--staff", "E1",
                 "--kpi", "revenue", "--value", "1000"]) == 0  # fmt: skip
    capsys.readouterr()
    printed = {}
    for level in ("staff", "department", "company"):
        assert main([*admin, "kpi", "--period", "2026Q3", "--level", level, "--compare",
                     "--format", "json"]) == 0  # fmt: skip
        text = capsys.readouterr().out
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
        printed[level] = json.loads(text)
    e1 = next(row for row in printed["staff"]["rows"] if row["code"] == "E1")
    assert Decimal(e1["kpis"]["revenue"]["target"]) == 1000
    assert e1["kpis"]["csat"]["na_reason"] and e1["kpis"]["csat"]["details"]
