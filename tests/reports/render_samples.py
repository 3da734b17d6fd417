"""Render the seed supervisor sheet (draft and finalized) to PDFs and PNG pages to look at.

    .venv/bin/python -m tests.reports.render_samples OUT_DIR
"""

import subprocess
import sys
from pathlib import Path

from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.sample_sheets import supervisor_sheet


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    renderer = EvaluationSheetRenderer()
    for name, finalized in (("sheet-final", True), ("sheet-draft", False)):
        pdf = out / f"{name}.pdf"
        pdf.write_bytes(renderer.render(supervisor_sheet(finalized=finalized)))
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / name)], check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
