"""The bytes of every sheet of the benchmark's cycle, for comparing two versions of the code.

    python tests/benchmarks/sheet_bytes_oracle.py read SHEETS.pickle [DATABASE]
    python tests/benchmarks/sheet_bytes_oracle.py render SHEETS.pickle OUT

`read` reads the cycle's sheets as a pool worker does (`read_sheets`, 25 at a time, in
cycle order) from DATABASE (default KPM_BENCH_SHEET_DB; use a copy: signing in writes to
it, and moves the audit chain head the sheets print) and pickles them. `render` renders
them one after another with the pool's renderer in this process
(`sheet_pool.process_renderer`, the garbage collector set as the pool's workers set it)
and writes "appraisal_id sha256" a line. To compare with other code, run `render` on the
same pickle with PYTHONPATH pointing to a `git archive` of that code, from outside the
worktree, and compare the two files (`cmp`): every sheet must have the same SHA-256.
Prints the render CPU a sheet and, where the renderer counts them, how many sheets were
replayed (docs/benchmarks.md, evaluation sheets, fourth round).
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import time
from pathlib import Path

CHUNK = 25
ADMIN_PASSWORD = "bench-sheets-2026"  # tests/benchmarks/sheet_bench_data.py
PERIOD = "2026Q3"
DB = "KPM_BENCH_SHEET_DB"


def read(out: Path, database_file: Path) -> None:
    from kpm_desktop.services.admin.database_setup import open_database
    from kpm_desktop.services.app_services import build_services
    from kpm_desktop.services.sheets.sheet_reading import read_sheets
    from kpm_desktop.services.sheets.sheet_views import DEFAULT_COMPANY

    database = open_database(database_file).database
    services = build_services(database, witnesses_dir=out.with_suffix(".witness"))
    actor = services.auth.authenticate("admin", ADMIN_PASSWORD)
    ids = [summary.id for summary in services.sheets.cycle_appraisals(actor, PERIOD)]
    sheets = []
    for start in range(0, len(ids), CHUNK):
        sheets += read_sheets(database, actor, ids[start : start + CHUNK], DEFAULT_COMPANY)
    database.dispose()
    out.write_bytes(pickle.dumps(sheets))
    print(f"{len(sheets)} sheets read")


def render(sheets_file: Path, out: Path) -> None:
    from kpm_desktop.reports.sheet_pool import process_renderer

    sheets = pickle.loads(sheets_file.read_bytes())
    renderer = process_renderer()
    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])  # as reports/sheet_pool.py
    lines, cpu = [], 0.0
    for sheet in sheets:
        started = time.process_time()
        pdf = renderer.render(sheet)
        cpu += time.process_time() - started
        lines.append(f"{sheet.appraisal_id} {hashlib.sha256(pdf).hexdigest()}")
    out.write_text("\n".join(lines) + "\n")
    counts = dict(getattr(getattr(renderer, "programs", None), "counts", {}))
    print(f"{len(lines)} sheets, render CPU {1000 * cpu / len(lines):.2f} ms a sheet, {counts}")


if __name__ == "__main__":
    if sys.argv[1] == "read":
        read(Path(sys.argv[2]), Path(sys.argv[3] if len(sys.argv) > 3 else os.environ[DB]))
    else:
        render(Path(sys.argv[2]), Path(sys.argv[3]))
