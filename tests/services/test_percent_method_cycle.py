"""The percent method through a whole appraisal: a template with a percent indicator is
activated, a cycle made, the supervisor enters 87.5 %, the HR admin finalizes, and the
figures reach the sheet, its PDF and `kpm appraisal show`'s data.

Worked by hand: P1 weight 40 at 87.5 % earns 40 x 87.5 / 100 = 35.00; S1 weight 60 at
80 points of 100 earns 48.00; the superior is the only rater, so the total is 83.00.
"""

from decimal import Decimal

from kpm_desktop.domain.methods.percent import PercentMethod
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import Category, Indicator, RaterRole, RubricTemplate
from kpm_desktop.domain.rubric_methods import Level, LevelsMethod
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from tests.appraisal_world import World
from tests.reports.pdf_text import page_texts

D = Decimal
PERIOD = "2026Q2"


def _percent_template() -> RubricTemplate:
    levels = LevelsMethod(
        D(100),
        (
            Level("优", "客户跟进及时", D(90), D(100)),
            Level("良", "基本及时", D(75), D(89)),
            Level("差", "经常遗漏", D(0), D(74)),
        ),
    )
    return RubricTemplate(
        name="回款考核(测试)",
        department="销售一部",
        categories=(
            Category(
                "业绩指标",
                (
                    Indicator("P1", "回款完成率", D(40), PercentMethod(), source="财务系统"),
                    Indicator("S1", "客户跟进质量", D(60), levels),
                ),
            ),
        ),
    )


def _finalized_percent_appraisal(world: World) -> int:
    services, admin, supervisor = world.services, world.admin, world.other_supervisor
    template = services.templates.save_draft(admin, _percent_template())
    template_id = services.templates.activate(admin, template.id).id
    services.cycles.create_cycle(admin, PERIOD, [TemplateChoice(template_id, department="D02")])
    services.cycles.bulk_create(admin, PERIOD)
    # Someone of 销售一部 whose direct superior is its head E00002, not the head himself.
    appraisal = next(
        a for a in services.appraisals.list(admin, period=PERIOD) if a.employee_no != "E00002"
    )
    entries = {
        "P1": RatingEntry(IndicatorRating(score=D("87.5"))),
        "S1": RatingEntry(IndicatorRating(level="良", score=D(80))),
    }
    appraisals = services.appraisals
    version = appraisals.form(supervisor, appraisal.id).summary.version
    version = appraisals.save_ratings(
        supervisor, appraisal.id, RaterRole.SUPERIOR, entries, version
    ).version
    appraisals.submit(supervisor, appraisal.id, RaterRole.SUPERIOR, version)
    appraisals.review(admin, appraisal.id)  # the supervisor scored as superior
    appraisals.finalize(admin, appraisal.id)
    return appraisal.id


def test_a_percent_indicator_from_rating_to_the_printed_sheet(empty_cycle_world: World) -> None:
    world = empty_cycle_world
    appraisal_id = _finalized_percent_appraisal(world)
    sheet = world.services.sheets.sheet(world.admin, appraisal_id)
    rows = {row.name: row for category in sheet.categories for row in category.indicators}
    assert (rows["回款完成率"].score, rows["回款完成率"].earned) == (D("87.5"), D("35.00"))
    assert rows["回款完成率"].scale_rule == PercentMethod().printed_rule()
    assert rows["客户跟进质量"].earned == D("48.00")
    assert sheet.total == D("83.00") and sheet.finalized
    text = "".join(page_texts(world.services.sheets.pdf(world.admin, appraisal_id)))
    assert "35.00" in text and "83.00" in text
    assert "完成率0–100%，得分=权重×完成率÷100" in text.replace(" ", "")


def test_kpm_appraisal_show_names_the_percent_method_and_its_rule(
    empty_cycle_world: World,
) -> None:
    world = empty_cycle_world
    appraisal_id = _finalized_percent_appraisal(world)
    data = world.services.appraisals.sheet_data(world.admin, appraisal_id)
    indicators = data["indicators"]
    assert isinstance(indicators, list)
    percent = next(i for i in indicators if isinstance(i, dict) and i["code"] == "P1")
    assert percent["method"] == "percent" and percent["rule"] == PercentMethod().printed_rule()
    ratings = percent["ratings"]
    assert isinstance(ratings, dict)
    superior = ratings["superior"]
    assert isinstance(superior, dict)
    assert (superior["score"], superior["earned"]) == (D("87.5"), D("35.00"))
    assert data["total"] == D("83.00")
