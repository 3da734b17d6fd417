"""`kpm` loads what its command uses: `--help` no command module, services or database
library; `kpm kpi` no Qt, reportlab or pyqtgraph; `kpm pdf --appraisal` leaves reportlab to
its second process. Each check runs in a new interpreter."""

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from kpm_desktop.cli import COMMANDS, command_module, main
from tests.access_helpers import ADMIN_PASSWORD, cli_accounts
from tests.appraisal_steps import target_id
from tests.appraisal_world import World

# The commands run again in new processes, with the app's argon2 parameters: the first,
# in-process sign-in rehashes the accounts' cheap hashes with them first.
pytestmark = pytest.mark.strong_hashing

GUI_AND_PRINTING = ("PySide6", "shiboken6", "reportlab", "pyqtgraph", "numpy", "pypdfium2")


def _loaded_by(arguments: list[str]) -> tuple[set[str], str]:
    """The top-level packages and our modules loaded by `kpm ARGUMENTS` in a new process,
    and what it printed."""
    run = (
        "import sys\n"
        "from kpm_desktop.cli import main\n"
        "try:\n"
        f"    main({arguments!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))\n"
        "print(' '.join(sorted(n for n in sys.modules if n.startswith('kpm_desktop.'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, check=True)
    *printed, packages, ours = done.stdout.strip().splitlines()
    return set(packages.split()) | set(ours.split()), "\n".join(printed)


def test_help_loads_no_command_module_and_no_library() -> None:
    loaded, printed = _loaded_by(["--help"])
    assert "compute CRM KPIs for a period" in printed
    assert not loaded & {*GUI_AND_PRINTING, "sqlalchemy", "alembic", "argon2", "openpyxl"}
    assert not {f"kpm_desktop.cli.{module}" for _name, module, _help in COMMANDS} & loaded
    assert "kpm_desktop.services" not in loaded


def test_kpi_loads_no_qt_reportlab_or_pyqtgraph(tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "kpi.sqlite3"
    cli_accounts(db, monkeypatch)
    arguments = ["--db", str(db), "--user", "admin", "kpi", "--period", "2026Q3"]
    # The tests' accounts have a cheap hash, which the first sign-in rehashes and seals.
    assert main(arguments) == 0
    capsys.readouterr()
    loaded, printed = _loaded_by([*arguments, "--format", "json"])
    assert '"period": "2026Q3"' in printed
    assert not loaded & set(GUI_AND_PRINTING)
    assert "alembic" not in loaded  # the schema was current
    # only the sign-in and the KPIs are built: no other service is imported
    assert not loaded & {"openpyxl", "kpm_desktop.services.app_services"}
    unused = ("appraisals", "sheets", "imports", "packets", "selections", "crm_tables")
    assert not {f"kpm_desktop.services.{package}" for package in unused} & loaded
    # signing in seals nothing: the sealed records' modules stay unloaded
    sealed = ("seal_queries", "appraisal_records", "selection_records", "rubric_records")
    assert not {f"kpm_desktop.storage.{module}" for module in sealed} & loaded


def test_kpi_with_a_wrong_password_in_a_new_interpreter(tmp_path: Path, monkeypatch) -> None:
    """The failed sign-in is written with only the modules `kpm kpi` loads; nothing shown."""
    db = tmp_path / "kpi.sqlite3"
    cli_accounts(db, monkeypatch)
    monkeypatch.setenv("KPM_PASSWORD", "not the password")
    _loaded, printed = _loaded_by(
        ["--db", str(db), "--user", "admin", "kpi", "--period", "2026Q3", "--format", "json"]
    )
    assert printed == ""


def test_one_sheet_is_rendered_by_a_second_process(
    world: World, tmp_path: Path, monkeypatch
) -> None:
    """This process signs in and reads the sheet; reportlab loads in the other one."""
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD)
    out = tmp_path / "sheet.pdf"
    arguments = ["--db", world.database.url, "--user", "admin", "pdf",
                 "--appraisal", str(target_id(world)), "--out", str(out)]  # fmt: skip
    # The first sign-in rehashes the tests' cheap hash (an audit entry: the sheet, read
    # meanwhile, is printed again here with the new chain head).
    assert main(arguments) == 0
    loaded, printed = _loaded_by(arguments)
    assert printed.startswith(f"Wrote {out} (") and out.read_bytes().startswith(b"%PDF")
    assert not loaded & set(GUI_AND_PRINTING)
    # the sheet's reading alone: no batch, verification or chart code
    unused = ("sheet_service", "sheet_verification", "sheet_batch_source")
    assert not {f"kpm_desktop.services.sheets.{module}" for module in unused} & loaded
    assert not {"kpm_desktop.services.kpis.dashboard_service", "kpm_desktop.charts"} & loaded
    assert "kpm_desktop.services.kpis.kpi_service" not in loaded  # appraisals ask it lazily


@pytest.mark.parametrize(("name", "module", "help_line"), COMMANDS)
def test_each_command_is_listed_with_its_modules_help(name: str, module: str, help_line: str):
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    command_module(name).register(subparsers)
    [listed] = subparsers._choices_actions
    assert (listed.dest, listed.help) == (name, help_line)
    assert command_module(name).__name__.endswith(module)
