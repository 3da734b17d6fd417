"""`kpm score` (which checks the template first) with a percent indicator, and its printed
rule on the sheet."""

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from kpm_desktop.cli import main
from kpm_desktop.domain.evaluation_sheet import SheetCategory, SheetIndicator
from kpm_desktop.domain.methods.percent import PercentMethod
from kpm_desktop.domain.rubric_json import template_to_text
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.domain.rubric_factories import indicator, template
from tests.reports.pdf_text import page_texts
from tests.reports.sample_sheets import supervisor_sheet

D = Decimal


def test_score_a_percent_template(tmp_path: Path, capsys) -> None:
    template_file = tmp_path / "percent.json"
    sheet = template(indicator("P1", "20", PercentMethod()), indicator("B1", "80"))
    template_file.write_text(template_to_text(sheet), encoding="utf-8")
    ratings_file = tmp_path / "ratings.json"
    ratings = {"raters": [{"ratings": {"P1": {"score": 87.5}, "B1": {"level": "良"}}}]}
    ratings_file.write_text(json.dumps(ratings), encoding="utf-8")
    assert main(["score", str(template_file), str(ratings_file)]) == 0
    result = json.loads(capsys.readouterr().out, parse_float=Decimal)
    line = result["raters"][0]["indicators"][0]
    assert (line["label"], line["points"], line["earned"]) == ("87.5%", D("87.5"), D("17.50"))


def test_the_sheet_prints_the_percent_rule() -> None:
    base = supervisor_sheet()
    row = SheetIndicator(
        name="回款完成率",
        information_source="财务系统",
        rater_role="直接上级",
        weight=D(20),
        score=D("87.5"),
        earned=D("17.50"),
        scale_rule=PercentMethod().printed_rule(),
    )
    first = base.categories[0]
    sheet = replace(base, categories=(SheetCategory(first.name, (*first.indicators, row)),))
    text = "".join(page_texts(EvaluationSheetRenderer().render(sheet)))
    assert "完成率0–100%，得分=权重×完成率÷100" in text.replace(" ", "")
