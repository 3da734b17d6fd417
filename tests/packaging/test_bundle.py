"""Build the PyInstaller bundle and start it offscreen (`make bundle-test`, about two minutes).

Not part of `make test`: pyproject's addopts ignore this folder.
"""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed: run `make bundle-test`")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "kpm-desktop.spec"),
        ],
        check=True,
        cwd=ROOT,
        timeout=900,
    )
    return work / "dist" / "kpm-desktop"


def test_bundle_holds_what_is_read_from_disk(bundle: Path) -> None:
    internal = bundle / "_internal"
    for needed in (
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "kpm_desktop/storage/migrations/env.py",
        "kpm_desktop/storage/migrations/script.py.mako",
        "kpm_desktop/storage/migrations/versions/0001_create_crm_tables.py",
        "resources/icons/kpm-desktop.svg",
        "resources/translations/kpm_zh_CN.qm",  # built by make from the committed .ts
        "PySide6/Qt/translations/qtbase_zh_CN.qm",  # Chinese standard buttons and dialogs
        "reportlab/fonts",
    ):
        assert (internal / needed).exists(), needed
    for resource in (ROOT / "resources").rglob("*"):
        assert (internal / resource.relative_to(ROOT)).exists(), resource


def test_bundle_starts_offscreen_and_loads_the_demo_database(bundle: Path, tmp_path: Path) -> None:
    db = tmp_path / "smoke.sqlite3"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        # An unattended first start creates its HR admin from this instead of asking.
        "KPM_ADMIN_PASSWORD": "bundle-smoke-2026",
        "KPM_DEMO": "1",  # the first start's "open a demo company"
    }
    result = subprocess.run(
        [str(bundle / "kpm-desktop"), "--smoke", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM staff").fetchone()[0] > 0
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()
    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"bundle {bundle}: {size_mb:.0f} MB; smoke run exit 0")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_entry_is_valid() -> None:
    entry = ROOT / "packaging" / "kpm-desktop.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Icon=kpm-desktop\n" in entry.read_text(encoding="utf-8")
    assert (ROOT / "resources" / "icons" / "kpm-desktop.png").exists()
