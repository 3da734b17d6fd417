from pathlib import Path

import pytest

from kpm_desktop.domain.definition_docs import table_section
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"


@pytest.mark.parametrize(
    ("name", "kind", "encoding"),
    [
        ("customers_utf8_bom.csv", "customers", "utf-8-sig"),
        ("staff_gbk.csv", "staff", "gb18030"),
        ("deals.xlsx", "deals", None),
    ],
)
def test_samples_import_into_the_demo_company(
    demo_database: Database, name: str, kind: str, encoding: str | None
) -> None:
    service = ImportService(demo_database)
    assert service.inspect(SAMPLES / name, kind).layout.encoding == encoding
    report = service.import_file(HR_ADMIN, SAMPLES / name, kind)
    assert (report.rows, report.inserted) == (3, 3)
    assert service.import_file(HR_ADMIN, SAMPLES / name, kind).unchanged == 3


def test_formats_doc_says_what_the_definitions_say() -> None:
    """docs/formats.md holds each table's section as the definition writes it (run
    scripts/write_formats_tables.py after changing a definition)."""
    text = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    for kind in IMPORT_KINDS.values():
        assert table_section(kind) in text, kind.name
