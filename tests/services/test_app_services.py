"""The app's services: each feature's service built, and its module imported, on first use."""

import subprocess
import sys
from pathlib import Path

from kpm_desktop.services.app_services import build_services
from kpm_desktop.services.appraisals.appraisal_service import AppraisalService
from kpm_desktop.services.core_services import build_core_services
from kpm_desktop.services.sheets.sheet_service import EvaluationSheetService
from kpm_desktop.storage.database import Database

_FIRST_USE = """
import sys
from pathlib import Path

from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.app_services import build_services

folder = Path(sys.argv[1])
database = open_database(folder / "kpm.sqlite3").database
# The record classes are set up where the database opens, not by the sign-in thread's first
# query beside the start-up's imports.
from sqlalchemy import inspect
from kpm_desktop.storage.access_records import UserRecord
assert inspect(UserRecord).configured
services = build_services(database, witnesses_dir=folder / "witnesses")
modules = (
    "kpm_desktop.services.appraisals.appraisal_service",
    "kpm_desktop.services.sheets.sheet_service",
    "kpm_desktop.services.imports.import_service",
    "kpm_desktop.services.selections.selection_service",
    "kpm_desktop.services.crm_tables.table_browser",
    "kpm_desktop.services.kpis.dashboard_service",
    "kpm_desktop.services.kpis.kpi_service",  # the password check starts without it
)
before = [name in sys.modules for name in modules]
services.auth.needs_first_admin()
signed = [name in sys.modules for name in modules]
services.dashboard
# The dashboard's figures come first: the appraisal results are read for its charts, and
# the charts' data made from them.
for charts_only in (
    "kpm_desktop.storage.appraisal_results_query",
    "kpm_desktop.domain.appraisal_results",
    "kpm_desktop.charts.trend",
):
    assert charts_only not in sys.modules, charts_only
services.sheets
print(before, signed, [name in sys.modules for name in modules])
database.dispose()
"""


def test_a_service_module_is_imported_only_when_the_service_is_first_used(
    tmp_path: Path,
) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_USE, str(tmp_path)],
        capture_output=True, text=True, check=True, timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    before, signed, after = (
        f"[{part}]" for part in out.stdout.strip().splitlines()[-1][1:-1].split("] [")
    )
    assert before == signed == "[False, False, False, False, False, False, False]"
    # The sheets use the appraisals and the dashboard's charts; nothing else came with them.
    assert after == "[True, True, False, False, False, True, True]"


def test_each_service_is_built_once_and_shares_the_core_services(
    database: Database, tmp_path: Path
) -> None:
    core = build_core_services(database, witnesses_dir=tmp_path / "witnesses")
    services = build_services(database, core=core, backups_dir=tmp_path / "backups")
    assert services.auth is core.auth and services.audit is core.audit
    assert services.kpis is core.kpis and services.sign_ins is core.sign_ins
    sheets = services.sheets
    assert isinstance(sheets, EvaluationSheetService) and services.sheets is sheets
    assert isinstance(services.appraisals, AppraisalService)
    assert services.appraisals is services.appraisals
    assert services.cycles is services.cycles
    assert services.database_location == database.location
