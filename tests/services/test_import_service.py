from pathlib import Path

import pytest
from sqlalchemy import func, select

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.imports.export_service import ExportService
from kpm_desktop.services.imports.import_service import (
    CHUNK,
    ImportCancelled,
    ImportRejected,
    ImportService,
)
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import (
    CustomerRecord,
    DealRecord,
    MarketingSpendRecord,
    StaffRecord,
    TargetRecord,
)
from tests.access_helpers import HR_ADMIN
from tests.services.import_helpers import write_csv

CUSTOMERS = [
    ["customer_code", "customer_name", "owner_employee_no", "created_on", "phone"],
    ["N001", "上海新客户有限公司", "E00002", "2026/7/1", "13800000001"],
    ["N002", "北京新客户", "", "2026年7月2日", "13800000002"],
    ["N003", "深圳新客户", "E00003", "46205", ""],
]


def _count(database: Database, record: type, *where: object) -> int:
    with database.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(record).where(*where)) or 0)


def test_reimport_updates_by_key_and_counts(demo_database: Database, tmp_path: Path) -> None:
    service = ImportService(demo_database)
    before = _count(demo_database, CustomerRecord)
    path = write_csv(tmp_path / "customers.csv", CUSTOMERS, "utf-8-sig")
    first = service.import_file(HR_ADMIN, path, "customers")
    assert (first.inserted, first.updated, first.unchanged) == (3, 0, 0)
    again = service.import_file(HR_ADMIN, path, "customers")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)
    changed = [row[:] for row in CUSTOMERS]
    changed[2][1] = "北京新客户（已更名）"
    changed.append(["N004", "广州新客户", "E00002", "2026-07-04", ""])
    third = service.import_file(HR_ADMIN, write_csv(tmp_path / "c2.csv", changed), "customers")
    assert (third.inserted, third.updated, third.unchanged) == (1, 1, 2)
    assert _count(demo_database, CustomerRecord) == before + 4
    with demo_database.unit_of_work() as uow:
        name = uow.session.scalar(select(CustomerRecord.name).where(CustomerRecord.code == "N002"))
    assert name == "北京新客户（已更名）"


def test_columns_a_file_leaves_out_are_kept(demo_database: Database, tmp_path: Path) -> None:
    service = ImportService(demo_database)
    service.import_file(HR_ADMIN, write_csv(tmp_path / "a.csv", CUSTOMERS), "customers")
    narrow = [["客户编号", "客户名称", "创建日期"], ["N001", "上海新客户有限公司", "2026-07-01"]]
    report = service.import_file(HR_ADMIN, write_csv(tmp_path / "b.csv", narrow), "customers")
    assert report.unchanged == 1
    with demo_database.unit_of_work() as uow:
        phone = uow.session.scalar(
            select(CustomerRecord.phone).where(CustomerRecord.code == "N001")
        )
    assert phone == "13800000001"


def test_bad_rows_are_all_reported_and_nothing_is_written(
    demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["订单编号", "客户编号", "负责人工号", "阶段", "状态", "金额", "创建日期"],
        ["X1", "C0000001", "E00002", "线索", "进行中", "¥1,200.00", "2026/7/1"],
        ["X2", "C0000001", "E00002", "线索", "open", "100", "2026-02-30"],
        ["X3", "C0000001", "E00002", "线索", "open", "-5", "2026-07-01"],
        ["X4", "NOPE", "E00002", "线索", "open", "5", "2026-07-01"],
        ["X1", "C0000002", "E00002", "线索", "open", "5", "2026-07-01"],
        ["X5", "C0000002", "E99999", "线索", "maybe", "5", "2026-07-01"],
    ]
    before = _count(demo_database, DealRecord)
    with pytest.raises(ImportRejected) as caught:
        ImportService(demo_database).import_file(
            HR_ADMIN, write_csv(tmp_path / "d.csv", rows), "deals"
        )
    errors = {(e.row, e.column, e.value): str(e.reason) for e in caught.value.report.errors}
    assert errors[(3, "创建日期", "2026-02-30")].startswith("bad date")
    assert errors[(4, "金额", "-5")] == "negative amount"
    assert errors[(5, "客户编号", "NOPE")] == "unknown customer code"
    assert errors[(6, "订单编号", "X1")] == "duplicate key: also in row 2"
    assert errors[(7, "状态", "maybe")].startswith("unknown value")
    assert errors[(7, "负责人工号", "E99999")] == "unknown employee no."  # every error of a row
    assert caught.value.report.error_count == 6
    assert [e.row for e in caught.value.report.errors] == [3, 4, 5, 6, 7, 7]
    assert "nothing was imported" in str(caught.value)
    assert _count(demo_database, DealRecord) == before
    assert _count(demo_database, DealRecord, DealRecord.code == "X1") == 0


def test_check_predicts_without_writing(demo_database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", CUSTOMERS)
    report = ImportService(demo_database).check(HR_ADMIN, path, "customers")
    assert (report.inserted, report.error_count, report.written) == (3, 0, False)
    assert _count(demo_database, CustomerRecord, CustomerRecord.code.like("N%")) == 0


def test_supervisors_may_come_later_in_the_file(database: Database, tmp_path: Path) -> None:
    service = ImportService(database)
    departments = [
        ["部门编号", "部门名称", "上级部门编号"],
        ["S2", "销售部", "S1"],
        ["S1", "总部", ""],
    ]
    assert (
        service.import_file(
            HR_ADMIN, write_csv(tmp_path / "d.csv", departments), "departments"
        ).inserted
        == 2
    )
    staff = [
        ["工号", "姓名", "部门编号", "直接上级工号", "在职"],
        ["A2", "王五", "S2", "A1", "是"],
        ["A1", "赵六", "S1", "", "否"],
    ]
    assert service.check(HR_ADMIN, write_csv(tmp_path / "s.csv", staff), "staff").error_count == 0
    report = service.import_file(HR_ADMIN, tmp_path / "s.csv", "staff")
    assert report.inserted == 2
    assert service.import_file(HR_ADMIN, tmp_path / "s.csv", "staff").unchanged == 2
    staff[1][3], staff[2][3] = "", "A2"  # now A1 reports to A2, who reports to no one
    moved = service.import_file(HR_ADMIN, write_csv(tmp_path / "s2.csv", staff), "staff")
    assert (moved.updated, moved.unchanged) == (2, 0)
    with database.unit_of_work() as uow:
        pairs = {
            no: boss
            for no, boss in uow.session.execute(
                select(StaffRecord.employee_no, StaffRecord.supervisor_id)
            )
        }
        ids = {
            no: id_
            for no, id_ in uow.session.execute(select(StaffRecord.employee_no, StaffRecord.id))
        }
    assert pairs == {"A1": ids["A2"], "A2": None}


def test_unknown_or_own_supervisor(database: Database, tmp_path: Path) -> None:
    service = ImportService(database)
    service.import_file(
        HR_ADMIN,
        write_csv(tmp_path / "d.csv", [["部门编号", "部门名称"], ["S1", "总部"]]),
        "departments",
    )
    staff = [
        ["工号", "姓名", "部门编号", "直接上级工号"],
        ["A1", "赵六", "S1", "A1"],
        ["A2", "王五", "S1", "ZZ"],
    ]
    with pytest.raises(ImportRejected) as caught:
        service.import_file(HR_ADMIN, write_csv(tmp_path / "s.csv", staff), "staff")
    reasons = [(e.row, str(e.reason)) for e in caught.value.report.errors]
    assert reasons == [(2, "makes a cycle: A1 -> A1"), (3, "unknown employee no.")]
    assert _count(database, StaffRecord) == 0


def test_targets_structure_and_the_kpi_seam(demo_database: Database, tmp_path: Path) -> None:
    rows = [
        ["员工编号", "部门编号", "期间", "指标", "目标值"],
        ["E00002", "", "2027Q1", "revenue", "120,000"],
        ["", "D02", "2027Q1", "revenue", "500000"],
        ["E00002", "D02", "2027Q1", "revenue", "1"],
        ["", "", "2027Q1", "revenue", "1"],
        ["E00003", "", "2027Q5", "revenue", "1"],
        ["E00003", "", "2027Q1", "revenue", "-1"],
        ["E00003", "", "2027Q1", "made_up", "1"],
    ]
    path = write_csv(tmp_path / "t.csv", rows)
    report = ImportService(demo_database, known_kpis={"revenue"}).check(HR_ADMIN, path, "targets")
    assert [(e.row, str(e.reason).split(":")[0]) for e in report.errors] == [
        (4, "give Staff member or Department, exactly one of them"),
        (5, "give Staff member or Department, exactly one of them"),
        (6, "'2027Q5' is not a period"),
        (7, "negative amount"),
        (8, "unknown KPI key"),
    ]
    good = write_csv(tmp_path / "good.csv", rows[:3])
    assert ImportService(demo_database).import_file(HR_ADMIN, good, "targets").inserted == 2
    assert ImportService(demo_database).import_file(HR_ADMIN, good, "targets").unchanged == 2
    assert _count(demo_database, TargetRecord, TargetRecord.period == "2027Q1") == 2


def test_spend_gets_its_dates_from_the_period(demo_database: Database, tmp_path: Path) -> None:
    rows = [
        ["期间", "费用类型", "渠道", "员工编号", "金额", "线索数"],
        ["2027-01", "市场费用", "展会", "", "¥30,000", "120"],
        ["2027-01", "销售费用", "", "E00002", "1500", ""],
        ["2027-01", "销售费用", "", "", "1500", ""],
    ]
    with pytest.raises(ImportRejected, match="row 4, column 员工编号"):
        ImportService(demo_database).import_file(
            HR_ADMIN, write_csv(tmp_path / "s.csv", rows), "spend"
        )
    report = ImportService(demo_database).import_file(
        HR_ADMIN, write_csv(tmp_path / "s.csv", rows[:3]), "spend"
    )
    assert report.inserted == 2
    with demo_database.unit_of_work() as uow:
        spend = uow.session.scalars(
            select(MarketingSpendRecord).where(MarketingSpendRecord.period == "2027-01")
        ).all()
    assert {(s.starts_on.isoformat(), s.ends_on.isoformat(), s.leads) for s in spend} == {
        ("2027-01-01", "2027-01-31", 120),
        ("2027-01-01", "2027-01-31", 0),
    }


def test_a_corrected_mapping(demo_database: Database, tmp_path: Path) -> None:
    rows = [["编号A", "名字B", "日子"], ["M1", "映射客户", "2026-07-01"]]
    path = write_csv(tmp_path / "m.csv", rows)
    service = ImportService(demo_database)
    preview = service.inspect(path, "customers")
    assert preview.mapping == {}
    assert [column.header for column in preview.ignored] == ["编号A", "名字B", "日子"]
    with pytest.raises(ValidationError, match="no column for: 客户编号"):
        service.check(HR_ADMIN, path, "customers")
    mapping = {"code": 0, "name": 1, "created_on": 2}
    report = service.import_file(HR_ADMIN, path, "customers", mapping=mapping)
    assert report.inserted == 1 and report.ignored_columns == []
    with pytest.raises(ValidationError, match="column 9"):
        service.check(HR_ADMIN, path, "customers", mapping={**mapping, "phone": 8})


def test_cancel_rolls_back(database: Database, tmp_path: Path) -> None:
    rows = [
        ["客户编号", "客户名称", "创建日期"],
        *[[f"K{i:06d}", "客户", "2026-07-01"] for i in range(3 * CHUNK)],
    ]
    path = write_csv(tmp_path / "big.csv", rows)
    seen: list[int] = []
    with pytest.raises(ImportCancelled, match="nothing was written"):
        ImportService(database).import_file(
            HR_ADMIN,
            path,
            "customers",
            progress=lambda _f, rows: seen.append(rows),
            cancelled=lambda: bool(seen),
        )
    assert seen == [CHUNK]  # stopped after the first chunk
    assert _count(database, CustomerRecord) == 0


def test_exports_import_back_into_an_empty_database(
    demo_database: Database, tmp_path: Path
) -> None:
    kinds = [
        "departments",
        "customers",
        "deals",
        "activities",
        "tickets",
        "targets",
        "spend",
    ]
    exports = ExportService(demo_database)
    fresh = open_database(tmp_path / "fresh.sqlite3").database
    importer = ImportService(fresh)
    # Department heads are staff: departments go in first without them, then again.
    exports.export(HR_ADMIN, "departments", tmp_path / "departments.csv")
    without_heads = importer.inspect(tmp_path / "departments.csv", "departments").mapping
    del without_heads["head_no"]
    importer.import_file(
        HR_ADMIN, tmp_path / "departments.csv", "departments", mapping=without_heads
    )
    for kind in ["staff", *kinds]:
        suffix = "xlsx" if kind in ("staff", "tickets") else "csv"
        exports.export(HR_ADMIN, kind, tmp_path / f"{kind}.{suffix}")
        importer.import_file(HR_ADMIN, tmp_path / f"{kind}.{suffix}", kind)
    for kind in ["staff", *kinds]:
        ExportService(fresh).export(HR_ADMIN, kind, tmp_path / f"again-{kind}.csv")
        exports.export(HR_ADMIN, kind, tmp_path / f"first-{kind}.csv")
        again = (tmp_path / f"again-{kind}.csv").read_bytes()
        assert again == (tmp_path / f"first-{kind}.csv").read_bytes(), kind
    fresh.dispose()
