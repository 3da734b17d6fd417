import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kpm_desktop.cli import main
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.services.imports.import_service import ImportService
from tests.access_helpers import cli_accounts
from tests.services.import_helpers import write_csv


def _demo(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = [
        "--db",
        str(db),
        "demo",
        "--staff",
        "8",
        "--customers",
        "10",
        "--deals",
        "10",
        "--tickets",
        "5",
        "--as-of",
        "2026-09-30",
    ]
    assert main(args) == 0
    cli_accounts(db, monkeypatch)
    # Without the demo accounts, stderr holds only what the commands say (no demo warning).
    assert main(["--db", str(db), "--user", "admin", "user", "remove-demo"]) == 0


def test_import_then_export(tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "cli.sqlite3"
    _demo(db, monkeypatch)
    rows = [["客户编号", "客户名称", "创建日期"], ["Q1", "命令行客户", "2026/7/1"]]
    path = write_csv(tmp_path / "c.csv", rows, "gbk")
    assert main(["--db", str(db), "--user", "admin", "import", "customers", str(path)]) == 0
    assert "1 inserted, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert main(["--db", str(db), "--user", "admin", "import", "customers", str(path)]) == 0
    assert "0 inserted, 0 updated, 1 unchanged" in capsys.readouterr().out
    out = tmp_path / "customers.xlsx"
    assert main(["--db", str(db), "--user", "admin", "export", "customers", str(out)]) == 0
    assert "11 rows written" in capsys.readouterr().out and out.stat().st_size > 0


def test_bad_input_exits_2_with_the_first_errors(tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "cli.sqlite3"
    _demo(db, monkeypatch)
    rows = [["客户编号", "客户名称", "创建日期"]] + [[f"B{i}", "", "2026-13-01"] for i in range(20)]
    path = write_csv(tmp_path / "bad.csv", rows)
    assert main(["--db", str(db), "--user", "admin", "import", "customers", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert "40 problem(s), nothing was imported" in err[-11]
    assert err[-10].strip() == "row 2, column 客户名称, value (empty): required value missing"
    assert len([line for line in err if line.startswith("  row ")]) == 10
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM customers WHERE code LIKE 'B%'").fetchone() == (
        0,
    )
    connection.close()
    assert (
        main(
            ["--db", str(db), "--user", "admin", "import", "customers", str(tmp_path / "nope.csv")]
        )
        == 2
    )
    assert "no such file" in capsys.readouterr().err


def test_a_killed_import_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    """SIGKILL midway through a 300,000-row import: the database is intact, none of it kept."""
    db = tmp_path / "kill.sqlite3"
    _demo(db, monkeypatch)
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("客户编号,客户名称,创建日期,电话\n")
        handle.writelines(
            f"K{i:07d},被中断的客户{i},2026-07-01,138{i:08d}\n" for i in range(300_000)
        )
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kpm_desktop.cli",
            "--db",
            str(db),
            "--user",
            "admin",
            "import",
            "customers",
            str(path),
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stderr is not None
    progress = b""
    # Progress comes every 10,000 rows; 40,000 of 300,000 is well inside the transaction.
    while b"40,000 rows" not in progress:
        chunk = process.stderr.read1(256)
        assert chunk, "the import ended before it reported progress"
        progress += chunk
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute(
            "SELECT count(*) FROM customers WHERE code LIKE 'K%'"
        ).fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM customers").fetchone() == (10,)
    finally:
        connection.close()


def test_a_viewer_exports_but_does_not_import(tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "cli.sqlite3"
    _demo(db, monkeypatch)
    path = write_csv(
        tmp_path / "c.csv", [["客户编号", "客户名称", "创建日期"], ["Q1", "客户", "2026/7/1"]]
    )
    viewer = ["--db", str(db), "--user", "viewer"]
    capsys.readouterr()
    assert main([*viewer, "import", "customers", str(path)]) == 2
    assert main([*viewer, "import", "customers", str(path), "--check"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert errors == ["kpm: error: User viewer with role viewer may not import_data"] * 2
    assert main([*viewer, "export", "customers", str(tmp_path / "c.xlsx")]) == 0
    assert "10 rows written" in capsys.readouterr().out


def test_the_progress_line_ends_before_what_comes_next(tmp_path: Path, capsys, monkeypatch):
    db = tmp_path / "cli.sqlite3"
    _demo(db, monkeypatch)
    path = write_csv(
        tmp_path / "c.csv", [["客户编号", "客户名称", "创建日期"], ["Q1", "客户", "2026/7/1"]]
    )
    admin = ["--db", str(db), "--user", "admin"]
    capsys.readouterr()
    for check in ([], ["--check"]):
        assert main([*admin, "import", *check, "customers", str(path)]) == 0
        assert capsys.readouterr().err == "\rimporting: 1 rows (100%)\n"

    def fails_midway(
        self,
        actor,
        path,
        kind,
        sheet=None,
        progress=None,
        cancelled=None,
        strict=False,
        profile=None,
    ):
        progress(0.5, 10_000)
        raise ValidationError(f"{path.name}: row 10,002: not GBK text")

    monkeypatch.setattr(ImportService, "import_file", fails_midway)
    assert main([*admin, "import", "customers", str(path)]) == 2
    assert capsys.readouterr().err == (
        "\rimporting: 10,000 rows (50%)\nkpm: error: c.csv: row 10,002: not GBK text\n"
    )


def test_ignored_columns_are_named_and_strict_refuses_them(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    db = tmp_path / "cli.sqlite3"
    _demo(db, monkeypatch)
    header = ["订单编号", "客户编号", "负责人工号", "阶段", "状态", "金额", "创建日期", "closed"]
    open_deal = ["Q1", "C0000001", "E00002", "线索", "open", "100", "2026-07-01", ""]
    path = write_csv(tmp_path / "deals.csv", [header, open_deal])
    command = ["--db", str(db), "--user", "admin", "import", "deals", str(path)]
    assert main(command) == 0
    warning = "kpm: warning: columns ignored: closed (did you mean 成交日期 / closed_on?)"
    assert warning in capsys.readouterr().err
    won_deal = ["Q2", "C0000001", "E00002", "赢单", "won", "100", "2026-07-01", "2026-08-01"]
    path = write_csv(tmp_path / "won.csv", [header, won_deal])
    assert main([*command[:-1], str(path)]) == 2
    err = capsys.readouterr().err
    assert warning in err and "value (empty): required when Status is won" in err
    assert main([*command[:-1], str(path), "--strict"]) == 2
    assert "strict mode refuses columns that would be ignored: closed (did you mean" in (
        capsys.readouterr().err
    )


def test_the_size_limits_are_options(tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "cli.sqlite3"
    _demo(db, monkeypatch)
    rows = [["客户编号", "客户名称", "创建日期"]]
    rows += [[f"L{i}", "客户", "2026-07-01"] for i in range(3)]
    path = write_csv(tmp_path / "c.csv", rows)
    command = ["--db", str(db), "--user", "admin", "import", "customers", str(path), "--check"]
    assert main([*command, "--max-rows", "3"]) == 2
    assert "c.csv: more than 3 rows, the limit for one file" in capsys.readouterr().err
    assert main([*command, "--max-rows", "4"]) == 0
