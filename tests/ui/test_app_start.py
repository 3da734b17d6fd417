"""Start-up: the no-display message, the offscreen smoke run, and PySide6's None bug."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from kpm_desktop.app import NO_DISPLAY_MESSAGE, _early_password_check


def _run_app(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kpm_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_without_a_display_it_says_how_to_run(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = _run_app(["--db", str(tmp_path / "x.sqlite3")], env)
    assert result.returncode == 2
    assert result.stderr.strip() == NO_DISPLAY_MESSAGE
    assert "Abort" not in result.stderr


def _unattended_env(tmp_path: Path, **credentials: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPM_")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), **credentials}


def _staff_and_users(db: Path) -> tuple[int, list[str]]:
    with sqlite3.connect(db) as connection:
        staff = connection.execute("SELECT count(*) FROM staff").fetchone()[0]
        users = [row[0] for row in connection.execute("SELECT username FROM users ORDER BY 1")]
    return staff, users


def test_a_first_start_without_the_demo_choice_writes_no_demo(tmp_path: Path) -> None:
    db = tmp_path / "real.sqlite3"
    env = _unattended_env(
        tmp_path, KPM_ADMIN_PASSWORD="first-admin-pw", XDG_DATA_HOME=str(tmp_path)
    )
    result = _run_app(["--db", str(db), "--smoke"], env)
    assert result.returncode == 0, result.stderr
    assert _staff_and_users(db) == (0, ["admin"])
    assert db.stat().st_mode & 0o777 == 0o600


def test_smoke_run_with_the_demo_choice_creates_the_demo_company(tmp_path: Path) -> None:
    db = tmp_path / "first-start.sqlite3"
    env = _unattended_env(
        tmp_path, KPM_ADMIN_PASSWORD="first-admin-pw", XDG_DATA_HOME=str(tmp_path), KPM_DEMO="1"
    )
    result = _run_app(["--db", str(db), "--smoke"], env)
    assert result.returncode == 0, result.stderr
    assert db.exists() and db.stat().st_size > 100_000
    daily = list((tmp_path / "kpm-desktop" / "backups").glob("first-start-daily-*.sqlite3"))
    assert len(daily) == 1 and daily[0].stat().st_size > 100_000
    assert daily[0].stat().st_mode & 0o777 == 0o600
    assert daily[0].parent.stat().st_mode & 0o777 == 0o700
    assert _staff_and_users(db)[1] == ["admin", "demo.employee", "demo.supervisor", "demo.viewer"]
    again = _unattended_env(tmp_path, KPM_USER="demo.viewer", KPM_PASSWORD="kpm-demo-2026")
    result = _run_app(["--db", str(db), "--smoke"], again)
    assert result.returncode == 0, result.stderr
    wrong = _unattended_env(tmp_path, KPM_USER="demo.viewer", KPM_PASSWORD="nope-nope-nope")
    result = _run_app(["--db", str(db), "--smoke"], wrong)
    assert result.returncode == 2
    # The last line: the offscreen platform may first warn about the shell painted before.
    assert result.stderr.splitlines()[-1] == "kpm-desktop: Wrong user name or password"


def test_an_unattended_start_without_credentials_exits_instead_of_waiting(tmp_path: Path) -> None:
    db = tmp_path / "no-user.sqlite3"
    result = _run_app(["--db", str(db), "--smoke"], _unattended_env(tmp_path))
    assert result.returncode == 2
    assert "KPM_USER and KPM_PASSWORD" in result.stderr


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a None reference per void call (docs/setup.md)."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText(str(i))
    assert abs(sys.getrefcount(None) - before) < 100


def test_the_early_password_check_starts_only_with_a_user_and_a_password(tmp_path: Path) -> None:
    db = str(tmp_path / "absent.sqlite3")
    assert _early_password_check(db, {}) is None
    assert _early_password_check(db, {"KPM_USER": "hr"}) is None
    assert _early_password_check(db, {"KPM_PASSWORD": "pw"}) is None
    check = _early_password_check(db, {"KPM_USER": "hr", "KPM_PASSWORD": "pw"})
    assert check is not None and check.result_for("any", "pw") is None  # no such file
    assert not Path(db).exists()
