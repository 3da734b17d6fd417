"""Evaluation sheets built from a real appraisal: content, watermark, verify, signing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from kpm_desktop.domain.errors import PermissionDeniedError, ValidationError
from kpm_desktop.domain.evaluation_sheet import SignatoryRole, content_hash
from kpm_desktop.reports.fingerprint import read_fingerprint
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.reports.signing import check_signatures
from kpm_desktop.services.appraisals.appraisal_views import Acknowledgement
from kpm_desktop.services.sheets.sheet_views import SheetSigning, VerifyStatus
from tests.appraisal_steps import target_id
from tests.appraisal_world import PERIOD, World
from tests.reports.certificates import PASSWORD
from tests.reports.certificates import self_signed as _self_signed
from tests.reports.pdf_text import page_texts

D = Decimal
COMPANY = "华东新锐科技有限公司"


def test_the_sheet_shows_the_direct_superiors_choice_and_every_raters_total(
    world: World, finalized_id: int
):
    sheet = world.services.sheets.sheet(world.admin, finalized_id, COMPANY)
    assert (sheet.company, sheet.employee_no, sheet.staff_name) == (COMPANY, "E00013", "任倩")
    assert sheet.position == "CRM系统主管" and sheet.department == "营销管理部"
    assert sheet.finalized and (sheet.total, sheet.grade) == (D("82.68"), "良好")
    rows = sheet.indicators
    assert [r.rater_role for r in rows] == ["直接上级"] * 4
    # the superior's sheet (SUPERIOR in test_appraisal_workflow): 良 85, 良 75, 优 90, 差 50
    assert [r.levels[r.chosen_level].label for r in rows if r.chosen_level is not None] == [
        "良", "良", "优", "差",
    ]  # fmt: skip
    assert [r.score for r in rows] == [D(85), D(75), D(90), D(50)]
    assert sheet.earned_sum == D("76.00")
    raters = {r.role: r.total for r in sheet.raters}
    assert set(raters) == {"本人", "直接上级", "部门负责人"}
    assert sheet.overall_comment == "整体表现良好" and sheet.improvement_plan == "加强岗位协调"
    employee = sheet.signatory(SignatoryRole.EMPLOYEE)
    assert employee is not None and employee.name == "任倩" and employee.signed_on is None


def test_a_finalized_sheet_prints_everything_and_no_draft_mark(world: World, finalized_id: int):
    pdf = world.services.sheets.pdf(world.admin, finalized_id, company=COMPANY)
    text = "".join(page_texts(pdf))
    sheet = world.services.sheets.sheet(world.admin, finalized_id, COMPANY)
    for indicator in sheet.indicators:
        assert indicator.name in text
    assert "【已选】" in text
    for figure in ("82.68", "良好", "76.00", "整体表现良好", "加强岗位协调"):
        assert figure in text
    for label in ("被考核人签字", "直接上级签字", "部门负责人签字", "人力资源部签字"):
        assert label in text
    assert "DRAFT" not in text and "草稿" not in text
    assert read_fingerprint(pdf).sha256 == content_hash(sheet)


def test_a_draft_sheet_carries_the_watermark(world: World):
    appraisal_id = target_id(world)
    sheet = world.services.sheets.sheet(world.admin, appraisal_id)
    assert not sheet.finalized and all(r.chosen_level is None for r in sheet.indicators)
    pdf = world.services.sheets.pdf(world.admin, appraisal_id)
    text = "".join(page_texts(pdf))
    assert "草稿" in text or "DRAFT" in text
    verified = world.services.sheets.verify_pdf(world.admin, pdf)
    assert verified.matches and verified.draft
    assert "now draft (a draft, not a final result)" in verified.message()


def test_the_acknowledged_date_is_printed_for_the_employee(world: World, finalized_id: int):
    world.services.appraisals.acknowledge(world.employee, finalized_id, date(2026, 10, 12))
    sheet = world.services.sheets.sheet(world.employee, finalized_id)
    employee = sheet.signatory(SignatoryRole.EMPLOYEE)
    assert employee is not None and employee.signed_on == date(2026, 10, 12)
    text = "".join(page_texts(world.services.sheets.pdf(world.employee, finalized_id)))
    assert "2026年10月12日" in text


def test_a_disagreement_is_printed_and_the_earlier_print_still_matches(
    world: World, finalized_id: int
):
    sheets = world.services.sheets
    printed = sheets.pdf(world.admin, finalized_id, company=COMPANY)
    said = Acknowledgement(False, "A3 未考虑系统上线延期")
    world.services.appraisals.acknowledge(world.employee, finalized_id, said=said)
    sheet = sheets.sheet(world.employee, finalized_id)
    assert sheet.acknowledgement == "不同意。A3 未考虑系统上线延期"
    text = "".join(page_texts(sheets.pdf(world.employee, finalized_id)))
    assert "员工意见" in text and "不同意。A3未考虑系统上线延期" in text  # spaces squeezed
    assert sheets.verify_pdf(world.admin, printed).matches


def test_verify_matches_then_differs_after_an_amendment(world: World, finalized_id: int):
    sheets = world.services.sheets
    pdf = sheets.pdf(world.admin, finalized_id, company=COMPANY)
    result = sheets.verify_pdf(world.admin, pdf)
    assert result.status is VerifyStatus.MATCHES and not result.draft
    assert result.message().startswith("matches")
    # acknowledging records a signature, not content: the printed sheet still matches
    world.services.appraisals.acknowledge(world.employee, finalized_id)
    assert sheets.verify_pdf(world.admin, pdf).matches
    world.services.appraisals.amend(world.admin, finalized_id, "A2 分数录入错误")
    changed = sheets.verify_pdf(world.admin, pdf)
    assert changed.status is VerifyStatus.DIFFERS
    assert changed.message().startswith("differs: the appraisal changed since printing")


def test_verify_sees_a_tampered_database_value(world: World, finalized_id: int):
    pdf = world.services.sheets.pdf(world.admin, finalized_id)
    with world.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE appraisals SET total = 99.99 WHERE id = :id"), {"id": finalized_id}
        )
    assert world.services.sheets.verify_pdf(world.admin, pdf).status is VerifyStatus.DIFFERS


def test_verify_names_a_missing_appraisal_and_refuses_other_files(world: World, finalized_id: int):
    sheet = replace(world.services.sheets.sheet(world.admin, finalized_id), appraisal_id=9999)
    pdf = EvaluationSheetRenderer().render(sheet)
    assert (
        world.services.sheets.verify_pdf(world.admin, pdf).status is VerifyStatus.NO_SUCH_APPRAISAL
    )
    with pytest.raises(ValidationError, match=r"not a PDF file"):
        world.services.sheets.verify_pdf(world.admin, b"not a pdf at all")


def test_another_teams_supervisor_gets_neither_sheet_nor_export(
    world: World, finalized_id: int, tmp_path: Path
):
    with pytest.raises(PermissionDeniedError):
        world.services.sheets.pdf(world.other_supervisor, finalized_id)
    export = world.services.sheets.cycle_pdfs(world.other_supervisor, PERIOD, out_dir=tmp_path)
    names = sorted(p.name for p in export.written)
    assert names and not any("E00013" in name for name in names)


def test_cycle_export_writes_one_file_per_appraisal_and_a_combined_one(
    world: World, tmp_path: Path
):
    stages: list[tuple[str, int, int]] = []
    export = world.services.sheets.cycle_pdfs(
        world.admin,
        PERIOD,
        out_dir=tmp_path / "sheets",
        combined_path=tmp_path / "all.pdf",
        progress=lambda stage, done, total: stages.append((stage, done, total)),
    )
    files = sorted((tmp_path / "sheets").glob("*.pdf"))
    assert len(files) == export.sheets == 8 and not export.cancelled
    assert all(f.name.startswith("2026Q3_E000") for f in files)
    assert (tmp_path / "all.pdf") in export.written
    assert len(page_texts((tmp_path / "all.pdf").read_bytes())) >= 8
    assert stages == [("rendering", done, 8) for done in range(1, 9)]


def test_cycle_export_stops_when_cancelled(world: World, tmp_path: Path):
    calls = iter(range(100))
    export = world.services.sheets.cycle_pdfs(
        world.admin, PERIOD, combined_path=tmp_path / "all.pdf", cancelled=lambda: next(calls) > 2
    )
    assert export.cancelled and export.written == ()
    assert not (tmp_path / "all.pdf").exists()


def test_a_signed_sheet_validates_with_pyhanko(world: World, finalized_id: int, tmp_path: Path):
    certificate, root_der = _self_signed(tmp_path)
    signing = SheetSigning(certificate, PASSWORD)
    pdf = world.services.sheets.pdf(world.admin, finalized_id, sign=signing, company=COMPANY)
    [check] = check_signatures(pdf, [root_der])
    assert check.intact and check.valid and check.trusted and check.covers_whole_file
    assert world.services.sheets.verify_pdf(world.admin, pdf).matches
    export = world.services.sheets.cycle_pdfs(
        world.admin, PERIOD, out_dir=tmp_path / "signed", sign=signing, appraisal_ids=[finalized_id]
    )
    [written] = export.written
    [check] = check_signatures(written.read_bytes(), [root_der])
    assert check.intact and check.valid
