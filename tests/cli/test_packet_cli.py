"""`kpm packet export|import|status` (issue 19)."""

from __future__ import annotations

from pathlib import Path

from kpm_desktop.cli import main
from tests.access_helpers import ADMIN_PASSWORD
from tests.appraisal_world import PERIOD, World
from tests.packet_helpers import edit_cells, sheet_names


def _kpm(world: World, *args: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD)
    target = world.database.file_path or world.database.url
    code = main(["--db", str(target), "--user", "admin", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_check_import_and_status(world: World, tmp_path: Path, monkeypatch, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        return _kpm(world, *args, monkeypatch=monkeypatch, capsys=capsys)

    out_dir = tmp_path / "packets"
    code, out, _ = run("packet", "export", "--cycle", PERIOD, "--out", str(out_dir))
    assert code == 0 and "3 packets written" in out  # E00001, E00002 and E00013 (self)
    [path] = out_dir.glob("*E00002*.xlsx")
    sheet = sheet_names(path)[0]
    edit_cells(path, {sheet: {"H5": "良", "I5": 80}})
    code, out, _ = run("packet", "import", str(path), "--check")
    assert code == 0 and "S1 客户跟进质量: '' -> '良 80'" in out and "applied" not in out
    code, out, _ = run("packet", "status", "--cycle", PERIOD)
    assert "returned -" in out
    code, out, _ = run("packet", "import", str(path), "--cycle", PERIOD)
    assert code == 0 and "applied 1 of 6 appraisals" in out
    code, out, _ = run("packet", "import", str(path))
    assert code == 0 and "already applied: nothing to do" in out
    code, out, _ = run("packet", "status", "--cycle", PERIOD)
    line = next(line for line in out.splitlines() if "E00002" in line)
    assert "1 applied, 0 conflicts" in line
    code, out, _ = run("packet", "import", str(path), "--cycle", "2026Q4")
    assert code == 2 and "not of cycle 2026Q4" in out
