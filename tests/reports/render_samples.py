"""Render the seed supervisor sheet (draft, finalized, and with KPI lines) to PDFs and PNG
pages to look at.

.venv/bin/python -m tests.reports.render_samples OUT_DIR
"""

import subprocess
import sys
from pathlib import Path

from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.sample_sheets import kpi_lines_sheet, supervisor_sheet


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    renderer = EvaluationSheetRenderer()
    sheets = {
        "sheet-final": supervisor_sheet(),
        "sheet-draft": supervisor_sheet(finalized=False),
        "sheet-kpi": kpi_lines_sheet(),
    }
    for name, sheet in sheets.items():
        pdf = out / f"{name}.pdf"
        pdf.write_bytes(renderer.render(sheet))
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / name)], check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
