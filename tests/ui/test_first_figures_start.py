"""A start signed in from the environment shows the dashboard's kept figures before
SQLAlchemy is imported, then signs in through the ORM as always (the attempt recorded);
an account deactivated in between is refused there and nothing else shows."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only  # the early reads are of SQLite files

# Runs the app, marking on stdout whether the first figures came early and whether the
# rest of the window was built; `DEACTIVATE` names an account deactivated (with sqlite3)
# just before the database opens through SQLAlchemy, after the early sign-in.
SCRIPT = """
import os, sqlite3, sys
from kpm_desktop import app

early_start, complete, open_database = (
    app._start_from_first_figures, app.complete_main_window, app._open_database
)

def marked_early_start(*args):
    assert "sqlalchemy" not in sys.modules
    print("early figures", flush=True)
    return early_start(*args)

def marked_complete(*args):
    print("window completed", flush=True)
    return complete(*args)

def deactivate_then_open(target):
    name = os.environ.get("DEACTIVATE")
    if name:
        with sqlite3.connect(target) as connection:
            connection.execute("UPDATE users SET active = 0 WHERE username = ?", (name,))
    return open_database(target)

app._start_from_first_figures = marked_early_start
app.complete_main_window = marked_complete
app._open_database = deactivate_then_open
sys.exit(app.main(sys.argv[1:]))
"""


def _env(tmp_path: Path, **values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPM_")}
    return {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        **values,
    }


def _start(db: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, "--db", str(db), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _attempts(db: Path, username: str) -> list[str]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT outcome FROM sign_in_log WHERE username = ? ORDER BY id", (username,)
        )
        return [row[0] for row in rows]


def test_the_figures_come_early_and_the_sign_in_is_recorded_through_the_orm(
    tmp_path: Path,
) -> None:
    db = tmp_path / "demo.sqlite3"
    first = _env(tmp_path, KPM_ADMIN_PASSWORD="first-admin-pw", KPM_DEMO="1")
    made = _start(db, first)  # the demo company; the dashboard keeps its figures
    assert made.returncode == 0, made.stderr
    assert "early figures" not in made.stdout
    viewer = _env(tmp_path, KPM_USER="demo.viewer", KPM_PASSWORD="kpm-demo-2026")
    started = _start(db, viewer)
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["early", "figures", "window", "completed"]
    assert _attempts(db, "demo.viewer") == ["signed_in"]

    refused = _start(db, {**viewer, "DEACTIVATE": "demo.viewer"})
    assert refused.returncode == 2
    assert refused.stdout.strip() == "early figures"  # and the window was not completed
    assert refused.stderr.splitlines()[-1] == (
        "kpm-desktop: The account 'demo.viewer' is deactivated; ask an HR admin"
    )
    assert _attempts(db, "demo.viewer") == ["signed_in", "deactivated"]

    wrong = _start(db, _env(tmp_path, KPM_USER="admin", KPM_PASSWORD="nope-nope-nope"))
    assert wrong.returncode == 2 and "early figures" not in wrong.stdout
    assert _attempts(db, "admin")[-1] == "wrong_credentials"
