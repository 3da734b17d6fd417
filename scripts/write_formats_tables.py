"""Write the CRM tables' sections of docs/formats.md from their definitions.

The sections sit between the markers `<!-- crm tables: start -->` and
`<!-- crm tables: end -->`; run this after changing a definition (domain/crm_tables/).
tests/services/test_samples_and_docs.py fails while the document and the definitions differ.
"""

from __future__ import annotations

from pathlib import Path

from kpm_desktop.domain.crm_tables import CRM_TABLES
from kpm_desktop.domain.definition_docs import table_section

FORMATS = Path(__file__).resolve().parent.parent / "docs" / "formats.md"
START, END = "<!-- crm tables: start -->", "<!-- crm tables: end -->"


def main() -> None:
    text = FORMATS.read_text(encoding="utf-8")
    before, rest = text.split(START)
    _old, after = rest.split(END)
    sections = "\n".join(table_section(definition) for definition in CRM_TABLES)
    FORMATS.write_text(f"{before}{START}\n\n{sections}\n{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
