"""`kpm` and access: the demo accounts' warning and removal, unlocking a user name, the
sign-in log and policy, the warning for a readable database, and `kpm demo` killed at
random moments leaving all of the demo or none of it."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kpm_desktop.cli import main
from kpm_desktop.services.admin.database_setup import open_database

DEMO = ["demo", "--staff", "12", "--customers", "20", "--deals", "20", "--tickets", "5"]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_db(tmp_path: Path, capsys, monkeypatch) -> str:
    """A demo database with the HR admin `hr` (password in KPM_PASSWORD)."""
    db = str(tmp_path / "access.sqlite3")
    assert main(["--db", db, *DEMO, "--as-of", "2026-09-30"]) == 0
    monkeypatch.setenv("KPM_NEW_PASSWORD", "hr-admin-2026")
    assert main(["--db", db, "user", "add", "hr", "--role", "hr_admin"]) == 0
    monkeypatch.setenv("KPM_PASSWORD", "hr-admin-2026")
    capsys.readouterr()
    return db


def test_signing_in_warns_of_demo_accounts_until_they_are_removed(demo_db: str, capsys) -> None:
    assert main(["--db", demo_db, "--user", "hr", "user", "list"]) == 0
    err = capsys.readouterr().err
    assert "kpm: warning: Demo accounts can sign in" in err and "demo.viewer" in err
    assert main(["--db", demo_db, "--user", "hr", "user", "remove-demo"]) == 0
    out = capsys.readouterr().out
    assert "Removed the demo accounts demo.employee, demo.supervisor, demo.viewer" in out
    assert main(["--db", demo_db, "--user", "hr", "user", "list"]) == 0
    captured = capsys.readouterr()
    assert "warning" not in captured.err and "demo." not in captured.out


def test_failed_sign_ins_are_listed_and_unlocked(demo_db: str, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KPM_PASSWORD", "wrong-password-1")
    for _ in range(2):
        assert main(["--db", demo_db, "--user", "ghost", "user", "list"]) == 2
    assert capsys.readouterr().err.count("kpm: error: Wrong user name or password") == 2
    monkeypatch.setenv("KPM_PASSWORD", "hr-admin-2026")
    assert main(["--db", demo_db, "--user", "hr", "user", "sign-ins"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("\thr\tcli\tsigned_in")
    assert [line.split("\t")[1:] for line in lines[1:3]] == [
        ["ghost", "cli", "wrong_credentials"]
    ] * 2
    assert "# ghost: 2 failures in a row" in lines
    assert main(["--db", demo_db, "--user", "hr", "user", "unlock", "ghost"]) == 0
    assert main(["--db", demo_db, "--user", "hr", "user", "unlock", "ghost"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "ghost may sign in again",
        "ghost has no failed sign-ins to forget",
    ]


def test_the_sign_in_policy_is_shown_and_set(demo_db: str, capsys) -> None:
    args = ["--db", demo_db, "--user", "hr", "user", "sign-in-policy"]
    assert main([*args, "--lock-after", "8", "--lock-minutes", "30"]) == 0
    assert capsys.readouterr().out.strip() == (
        "After 5 failed sign-ins in a row each attempt waits (up to 16 s); 8 lock the user "
        "name for 30 min"
    )
    assert main([*args, "--throttle-after", "9"]) == 2
    assert "no later than the lock (9 and 8 given)" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_database_readable_by_others_gets_a_warning_with_the_fix(tmp_path: Path, capsys) -> None:
    db = tmp_path / "shared.sqlite3"
    open_database(db).database.dispose()
    assert db.stat().st_mode & 0o777 == 0o600
    db.chmod(0o644)
    assert main(["--db", str(db), "kpi", "--list"]) == 0
    assert main(["--db", str(db), *DEMO]) == 0
    err = capsys.readouterr().err
    assert f"{db} can be read by other users of this computer (mode 0644)" in err
    assert f"Fix: chmod 600 '{db}'" in err


def _demo_state(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(query).fetchone()[0]
            for query in (
                "SELECT count(*) FROM staff",
                "SELECT count(*) FROM users WHERE is_demo",
                "SELECT count(*) FROM rubric_templates",
            )
        )


def test_kpm_demo_killed_at_random_moments_leaves_all_or_nothing(tmp_path: Path) -> None:
    """10 kills at random moments over the length of a whole run (measured first, so the
    moments cover start-up, the writes and the commit on a slow machine as on a fast one)."""
    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh).database.dispose()
    size = ["--staff", "20", "--customers", "600", "--deals", "1500", "--tickets", "200"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def start(db: Path) -> subprocess.Popen[bytes]:
        db.write_bytes(fresh.read_bytes())
        command = [sys.executable, "-m", "kpm_desktop.cli", "--db", str(db), "demo", *size]
        return subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

    started = time.monotonic()
    assert start(tmp_path / "complete.sqlite3").wait() == 0
    duration = time.monotonic() - started
    whole = _demo_state(tmp_path / "complete.sqlite3")
    assert whole[0] == 20 and whole[1] == 3 and whole[2] > 0
    rng = random.Random(15)
    outcomes = []
    for trial in range(10):
        db = tmp_path / f"trial-{trial}.sqlite3"
        process = start(db)
        time.sleep(rng.uniform(0.3, 1.1) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = _demo_state(db)
        assert state in ((0, 0, 0), whole), f"trial {trial}: half a demo {state}"
        outcomes.append(state == whole)
    print(f"kpm demo killed 10 times: {sum(outcomes)} whole, {10 - sum(outcomes)} nothing")
