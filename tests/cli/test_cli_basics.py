import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kpm_desktop.cli import main


def test_demo_then_verify(new_database_target, capsys) -> None:
    db = new_database_target()
    args = [
        "--db",
        db,
        "demo",
        "--staff",
        "12",
        "--customers",
        "50",
        "--deals",
        "80",
        "--tickets",
        "20",
        "--seed",
        "1",
        "--as-of",
        "2026-09-30",
    ]
    assert main(args) == 0
    assert "12 staff" in capsys.readouterr().out
    assert main(["--db", db, "verify"]) == 0
    assert "All clean" in capsys.readouterr().out


@pytest.mark.sqlite_only
def test_user_error_exits_2_with_one_line(tmp_path: Path, capsys) -> None:
    code = main(["--db", str(tmp_path / "missing" / "x.sqlite3"), "verify"])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "does not exist" in err[0]


def test_demo_refuses_existing_data(new_database_target, capsys) -> None:
    db = new_database_target()
    base = [
        "--db",
        db,
        "demo",
        "--staff",
        "8",
        "--customers",
        "10",
        "--deals",
        "10",
        "--tickets",
        "5",
    ]
    assert main(base) == 0
    assert main(base) == 2
    assert "--replace" in capsys.readouterr().err


def test_console_script_runs_without_a_display(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kpm_desktop.cli", "--help"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "demo" in result.stdout


def test_a_closed_pipe_ends_the_output_quietly(tmp_path: Path) -> None:
    """`kpm ... | head`: the reader has gone; no traceback, the exit status of SIGPIPE."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "kpm_desktop.cli", "--db", str(tmp_path / "x.sqlite3"),
             "kpi", "--list"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )  # fmt: skip
    finally:
        os.close(writer)
    assert (result.returncode, result.stderr) == (141, "")


def test_the_program_leaves_its_objects_to_the_end_of_the_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`kpm` freezes its objects before exiting (Python's last collection would walk them
    all); `main(arguments)`, as tests and scripts call it, leaves the collector alone."""
    # Spied, not counted: a frozen object of an earlier test may be freed meanwhile.
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    assert main(["kpi", "--list"]) == 0
    assert frozen == []
    monkeypatch.undo()
    run = (
        "import gc, sys\n"
        "from kpm_desktop.cli import main\n"
        "sys.argv = ['kpm', 'kpi', '--list']\n"
        "code = main()\n"
        "print(code, gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "0 True"
