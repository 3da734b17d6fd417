"""Sheet details: effective weights after an N/A, the state in the footer, who signs."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.evaluation_sheet import (
    Signatory,
    SignatoryRole,
    canonical_json,
    content_hash,
)
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.reports.page_decor import STATE_TEXTS, footer_state
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from tests.appraisal_steps import SUPERIOR, finalize, rate_all, target_id
from tests.appraisal_world import World
from tests.reports.pdf_text import page_texts

D = Decimal
COMPANY = "华东新锐科技有限公司"


def _superior_rates_a4_na(world: World) -> int:
    """E00013's appraisal with the superior (the rater the rows show) rating A4 N/A."""
    appraisal_id = target_id(world)
    entries = {
        **SUPERIOR,
        "A4": RatingEntry(IndicatorRating(not_applicable=True), na_reason="未涉及"),
    }
    appraisals = world.services.appraisals
    version = appraisals.form(world.head, appraisal_id).summary.version
    appraisals.save_ratings(world.head, appraisal_id, RaterRole.SUPERIOR, entries, version)
    return appraisal_id


def test_an_na_on_the_shown_raters_sheet_prints_the_effective_weights(world: World):
    appraisal_id = _superior_rates_a4_na(world)
    sheet = world.services.sheets.sheet(world.admin, appraisal_id, COMPANY)
    rows = sheet.indicators
    assert [r.weight for r in rows] == [D(30), D(30), D(20), D(20)]
    assert [r.effective_weight for r in rows] == [D("37.50"), D("37.50"), D("25.00"), D(0)]
    # what the table prints adds up by hand to the superior's total: 82.51
    assert [r.earned for r in rows] == [D("31.88"), D("28.13"), D("22.50"), None]
    superior = next(r for r in sheet.raters if r.role == "直接上级")
    assert sheet.earned_sum == superior.total == D("82.51")
    text = "".join(page_texts(world.services.sheets.pdf(world.admin, appraisal_id, COMPANY)))
    for printed in ("30%实际37.50%", "20%实际25.00%", "20%实际0.00%"):
        assert printed in text


def test_the_sum_row_adds_up_by_hand_after_an_na(world: World):
    """合计 prints the nominal weights' sum (100 %), the effective ones' (实际 100.00 %) and
    the earned scores' sum, each what its column's printed figures add up to."""
    appraisal_id = _superior_rates_a4_na(world)
    text = "".join(page_texts(world.services.sheets.pdf(world.admin, appraisal_id, COMPANY)))
    sum_row = text[text.index("合计") :]
    assert sum_row.startswith("合计100%实际100.00%实际：不适用指标的权重按比例分给其余指标")
    assert "各项得分按实际权重计算。82.51" in sum_row
    nominal = [D(w) for w in re.findall(r"(?<![\d.])(\d+)%实际(?=\d)", text)]
    effective = [D(w) for w in re.findall(r"实际(\d+\.\d\d)%", text)]
    assert nominal == [D(30), D(30), D(20), D(20), D(100)]
    assert effective == [D("37.50"), D("37.50"), D("25.00"), D("0.00"), D("100.00")]
    assert sum(nominal[:-1]) == nominal[-1] and sum(effective[:-1]) == effective[-1]
    earned = [D(e) for e in ("31.88", "28.13", "22.50")]
    assert all(str(e) in text for e in earned) and sum(earned) == D("82.51")


def test_without_an_na_the_sum_row_prints_the_nominal_weights_only(world: World, finalized_id: int):
    text = "".join(page_texts(world.services.sheets.pdf(world.admin, finalized_id, COMPANY)))
    sum_row = text[text.index("合计") :]
    assert sum_row.startswith("合计100%") and "实际" not in sum_row


def test_the_effective_weight_enters_the_hash_only_when_printed(world: World, finalized_id: int):
    sheet = world.services.sheets.sheet(world.admin, finalized_id, COMPANY)
    # the superior's sheet has no N/A (the head's A4 N/A is not what the rows show)
    assert all(r.effective_weight is None for r in sheet.indicators)
    assert "effective_weight" not in canonical_json(sheet)
    text = "".join(page_texts(world.services.sheets.pdf(world.admin, finalized_id, COMPANY)))
    assert "实际" not in text
    first = sheet.categories[0]
    weighted = replace(first.indicators[0], effective_weight=D("37.50"))
    changed = replace(
        sheet, categories=(replace(first, indicators=(weighted, *first.indicators[1:])),)
    )
    assert content_hash(changed) != content_hash(sheet)


def test_a_sheet_with_printed_effective_weights_verifies(world: World):
    appraisal_id = _superior_rates_a4_na(world)
    sheets = world.services.sheets
    pdf = sheets.pdf(world.admin, appraisal_id, COMPANY)
    assert sheets.verify_pdf(world.admin, pdf).matches


@pytest.mark.parametrize("state", list(AppraisalState))
def test_the_footer_names_the_state(world: World, finalized_id: int, state: AppraisalState):
    sheet = world.services.sheets.sheet(world.admin, finalized_id, COMPANY)
    pdf = EvaluationSheetRenderer().render(replace(sheet, state=state))
    first_page = page_texts(pdf)[0]
    assert f"修订1{STATE_TEXTS[state]}" in first_page
    assert footer_state(first_page) is state


def test_the_footer_follows_the_workflow_and_old_prints_still_verify(world: World):
    appraisal_id = target_id(world)
    sheets = world.services.sheets

    def footer() -> str:
        return page_texts(sheets.pdf(world.admin, appraisal_id, COMPANY))[0]

    assert "修订1草稿" in footer()
    rate_all(world, appraisal_id)
    submitted = sheets.pdf(world.admin, appraisal_id, COMPANY)
    assert "修订1已提交" in page_texts(submitted)[0]
    finalize(world, appraisal_id)
    finalized = sheets.pdf(world.admin, appraisal_id, COMPANY)
    assert "修订1已定稿" in page_texts(finalized)[0]
    world.services.appraisals.acknowledge(world.employee, appraisal_id)
    assert "修订1已确认" in footer()
    # printed as finalized, acknowledged since: the footer then said 已定稿, and still matches
    assert sheets.verify_pdf(world.admin, finalized).matches


def test_each_signature_box_names_its_own_person(world: World, finalized_id: int):
    sheet = world.services.sheets.sheet(world.admin, finalized_id, COMPANY)
    names = {role: sheet.signatory(role) for role in SignatoryRole}
    employee, superior = names[SignatoryRole.EMPLOYEE], names[SignatoryRole.DIRECT_SUPERIOR]
    assert employee is not None and employee.name == "任倩"
    assert superior is not None and superior.name
    head = names[SignatoryRole.DEPARTMENT_HEAD]
    # the department head box never repeats the direct superior (blank when nobody is above)
    assert head is None or head.name not in ("", superior.name, "任倩")
    hr = names[SignatoryRole.HR]
    text = "".join(page_texts(world.services.sheets.pdf(world.admin, finalized_id, COMPANY)))
    assert "被考核人签字任倩" in text and f"直接上级签字{superior.name}" in text
    if head is not None:
        assert f"部门负责人签字{head.name}" in text
    assert hr is None or f"人力资源部签字{hr.name}" in text


def test_the_head_hr_chose_for_the_appraisal_signs_as_department_head(world: World):
    """HR put 陆波诗 (E00002) on the department head sheet in place of the org chart's head:
    the box names who rated, and the superior's box stays the superior's."""
    appraisal_id = target_id(world)
    world.services.raters.assign_rater(world.admin, appraisal_id, RaterRole.DEPARTMENT_HEAD,
                                       "E00002")  # fmt: skip
    sheet = world.services.sheets.sheet(world.admin, appraisal_id, COMPANY)
    head = sheet.signatory(SignatoryRole.DEPARTMENT_HEAD)
    superior = sheet.signatory(SignatoryRole.DIRECT_SUPERIOR)
    assert head is not None and head.name == "陆波诗"
    assert superior is not None and superior.name == "董敏"


def test_a_sheet_printed_when_the_superior_also_signed_as_head_still_verifies(
    world: World, finalized_id: int
):
    sheets = world.services.sheets
    sheet = sheets.sheet(world.admin, finalized_id, COMPANY)
    superior = sheet.signatory(SignatoryRole.DIRECT_SUPERIOR)
    assert superior is not None

    def printed_with_head(name: str) -> bytes:
        others = [s for s in sheet.signatories if s.role is not SignatoryRole.DEPARTMENT_HEAD]
        head = Signatory(SignatoryRole.DEPARTMENT_HEAD, name)
        return EvaluationSheetRenderer().render(replace(sheet, signatories=(*others, head)))

    assert sheets.verify_pdf(world.admin, printed_with_head(superior.name)).matches
    assert not sheets.verify_pdf(world.admin, printed_with_head("某某")).matches
