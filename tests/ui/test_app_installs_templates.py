"""The composition root installs the built-in templates on first start."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def test_first_start_installs_the_builtin_templates(tmp_path: Path) -> None:
    db = tmp_path / "first.sqlite3"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("KPM_")},
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "KPM_ADMIN_PASSWORD": "first-admin-pw",
    }
    result = subprocess.run(
        [sys.executable, "-m", "kpm_desktop", "--db", str(db), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT name, version, status FROM rubric_templates ORDER BY id"
        ).fetchall()
    assert rows == [
        ("CRM系统主管业绩考核指标表", 1, "active"),
        ("CRM系统选型评分标准", 1, "active"),
        ("销售人员业绩考核表", 1, "active"),
        ("客户服务人员考核表", 1, "active"),
    ]
