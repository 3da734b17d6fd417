"""Write the workflow table of docs/architecture.md from domain/workflow.py.

The table sits between the markers `<!-- workflow table: start -->` and
`<!-- workflow table: end -->`; run this after changing the table.
tests/domain/test_workflow.py fails while the document and the table differ.
"""

from __future__ import annotations

from pathlib import Path

from kpm_desktop.domain.workflow import markdown_table

ARCHITECTURE = Path(__file__).resolve().parent.parent / "docs" / "architecture.md"
START, END = "<!-- workflow table: start -->", "<!-- workflow table: end -->"


def main() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    before, rest = text.split(START)
    _old, after = rest.split(END)
    ARCHITECTURE.write_text(
        f"{before}{START}\n\n{markdown_table()}\n{END}{after}", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
