import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.services.imports.export_files import neutralise, write_csv, write_xlsx
from kpm_desktop.services.imports.export_service import ExportService
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN
from tests.services.import_helpers import write_csv as write_input

DANGEROUS = ["=1+2", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("http://x")', "\t=1"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_formula_like_text_is_neutralised_in_csv(tmp_path: Path, text: str) -> None:
    path = tmp_path / "out.csv"
    write_csv(path, ["名称", "金额"], [[text, Decimal("-3.50")]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens the Chinese right
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[1][0] == "'" + text
    assert rows[1][1] == "-3.50"  # numbers stay numbers
    assert neutralise("普通文本") == "普通文本"


def test_xlsx_cells_are_typed_and_formulas_are_text(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(
        path,
        ["名称", "日期", "金额", "件数"],
        [[t, date(2026, 7, 1), Decimal("1234.50"), 3] for t in DANGEROUS],
        "客户/导出",
    )
    sheet = load_workbook(path).active
    assert sheet.title == "客户-导出"
    for row, text in enumerate(DANGEROUS, start=2):
        cell = sheet.cell(row, 1)
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    assert sheet.cell(2, 2).is_date and sheet.cell(2, 2).value.date() == date(2026, 7, 1)
    assert sheet.cell(2, 3).data_type == "n" and sheet.cell(2, 3).value == 1234.5
    assert sheet.cell(2, 4).value == 3


def test_injected_customer_name_round_trips(demo_database: Database, tmp_path: Path) -> None:
    rows = [["客户编号", "客户名称", "创建日期"], ["F1", "=cmd|' /C calc'!A0", "2026-07-01"]]
    ImportService(demo_database).import_file(
        HR_ADMIN, write_input(tmp_path / "in.csv", rows), "customers"
    )
    ExportService(demo_database).export(HR_ADMIN, "customers", tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "F1,'=cmd|' /C calc'!A0," in text
    report = ImportService(demo_database).import_file(HR_ADMIN, tmp_path / "out.csv", "customers")
    assert report.updated == 0 and report.inserted == 0


def test_export_refuses_unknown_kinds_and_formats(demo_database: Database, tmp_path: Path) -> None:
    service = ExportService(demo_database)
    with pytest.raises(ValidationError, match="'invoices' cannot be exported; use one of"):
        service.export(HR_ADMIN, "invoices", tmp_path / "a.csv")
    with pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        service.export(HR_ADMIN, "staff", tmp_path / "a.pdf")
    with pytest.raises(ValidationError, match="does not exist"):
        service.export(HR_ADMIN, "staff", tmp_path / "missing" / "a.csv")
