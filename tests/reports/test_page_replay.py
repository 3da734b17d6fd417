"""Sheets replayed from a layout's page program (`page_program`): every sheet's bytes are
those of a full rendering by a fresh renderer, whether it was recorded, replayed, or
rendered in full because it could not be."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from kpm_desktop.domain.evaluation_sheet import EvaluationSheet, SheetCategory
from kpm_desktop.reports import page_program
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.sample_sheets import kpi_lines_sheet, long_sheet, supervisor_sheet


def _chosen(sheet: EvaluationSheet, levels: tuple[int, ...]) -> EvaluationSheet:
    """The sheet with these levels chosen, indicator by indicator."""
    categories = []
    for category in sheet.categories:
        indicators = tuple(
            replace(indicator, chosen_level=levels[i % len(levels)])
            for i, indicator in enumerate(category.indicators)
        )
        categories.append(SheetCategory(category.name, indicators))
    return replace(sheet, categories=tuple(categories))


def _staff(sheet: EvaluationSheet, n: int) -> EvaluationSheet:
    names = ("王小明", "欧阳娜娜", "李雷", "韩梅梅", "司马相如")
    return replace(
        sheet,
        staff_name=names[n % len(names)],
        employee_no=f"E{n:05d}",
        appraisal_id=2000 + n,
        overall_comment=f"第{n}位员工：{'工作认真负责，' * (n % 3)}继续保持。",
    )


def _cycle() -> list[tuple[EvaluationSheet, bool]]:
    """A mixed cycle: two templates, drafts and final sheets, both orientations, levels
    chosen differently, comments that wrap to more lines, a sheet over several pages."""
    base = supervisor_sheet()
    long_comment = "客户回访记录完整，跟进及时；" * 6
    sheets = [
        (_staff(base, 1), False),
        (_staff(_chosen(base, (1, 2, 3, 0)), 2), False),  # same layout: replayed
        (_staff(_chosen(base, (3, 3, 3, 3)), 3), False),
        (_staff(replace(base, finalized=False), 4), False),  # a draft of the same layout
        (_staff(base, 5), True),  # landscape: another layout
        (_staff(_chosen(base, (2, 1, 0, 3)), 6), True),
        (replace(_staff(base, 7), improvement_plan=long_comment), False),  # grows: recorded
        (replace(_staff(base, 8), improvement_plan=long_comment[::-1]), False),
        (kpi_lines_sheet(), False),
        (_staff(kpi_lines_sheet(), 9), False),
        (long_sheet(12), False),  # the indicator table split over pages
        (_chosen(long_sheet(12), (3, 2, 1, 0)), False),
        (_staff(long_sheet(12, finalized=True), 10), False),
        (_staff(base, 11), False),  # back to the first layout, after other templates
    ]
    return sheets


def _digest(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def _fresh(sheet: EvaluationSheet, landscape: bool) -> str:
    return _digest(EvaluationSheetRenderer().render(sheet, landscape=landscape))


def test_replayed_sheets_have_the_bytes_of_full_renderings() -> None:
    renderer = EvaluationSheetRenderer()
    cycle = _cycle()
    replayed = [_digest(renderer.render(sheet, landscape=land)) for sheet, land in cycle]
    assert replayed == [_fresh(sheet, land) for sheet, land in cycle]
    counts = renderer.programs.counts
    assert counts["replayed"] >= 4
    assert counts["recorded"] >= 3
    assert counts["replayed"] + counts["recorded"] + counts["first of its layout"] == len(cycle)


def test_a_renderer_of_many_sheets_records_the_first_sheet_of_a_layout() -> None:
    renderer = EvaluationSheetRenderer(many_sheets=True)
    cycle = _cycle()
    replayed = [_digest(renderer.render(sheet, landscape=land)) for sheet, land in cycle]
    assert replayed == [_fresh(sheet, land) for sheet, land in cycle]
    counts = renderer.programs.counts
    assert counts["first of its layout"] == 0
    assert counts["replayed"] >= 6
    assert counts["replayed"] + counts["recorded"] == len(cycle)


def test_the_pages_are_replayed_with_other_levels_chosen_on_a_split_table() -> None:
    renderer = EvaluationSheetRenderer()
    levels = ((0,), (2,), (1, 3), (3, 2, 1, 0))
    sheets = [_chosen(long_sheet(12), chosen) for chosen in levels]
    digests = [_digest(renderer.render(sheet)) for sheet in sheets]
    assert renderer.programs.counts["replayed"] == 2
    assert digests == [_fresh(sheet, False) for sheet in sheets]


def test_fills_drawn_before_with_the_same_rows_chosen_are_written_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drawn: list[object] = []
    draw = page_program._BackgroundItem._draw

    def counted(item: page_program._BackgroundItem, *args: object) -> None:
        drawn.append(item)
        draw(item, *args)

    monkeypatch.setattr(page_program._BackgroundItem, "_draw", counted)
    renderer = EvaluationSheetRenderer(many_sheets=True)
    levels = ((0,), (2,), (0,), (2,), (1, 3))
    sheets = [_staff(_chosen(long_sheet(12), chosen), n) for n, chosen in enumerate(levels)]
    digests = [_digest(renderer.render(sheet)) for sheet in sheets]
    assert renderer.programs.counts["replayed"] == 4
    after_two = len(drawn)
    digests_again = [_digest(renderer.render(sheet)) for sheet in sheets[1:4]]
    assert len(drawn) == after_two  # the same rows chosen: the operators written again
    monkeypatch.undo()
    assert digests == [_fresh(sheet, False) for sheet in sheets]
    assert digests_again == digests[1:4]


def test_a_sheet_that_does_not_fit_its_program_is_rendered_in_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*_args: object) -> list[object]:
        raise page_program.NotReplayable("refused by the test")

    renderer = EvaluationSheetRenderer()
    first, second = _staff(supervisor_sheet(), 1), _staff(supervisor_sheet(), 2)
    renderer.render(first)
    renderer.render(first)  # recorded
    monkeypatch.setattr(page_program._BackgroundItem, "commands_for", refuse)
    pdf = renderer.render(second)
    assert renderer.programs.counts["not replayable"] == 1
    assert renderer.programs.counts["replayed"] == 0
    assert _digest(pdf) == _fresh(second, False)


def test_a_replay_that_fails_leaves_the_sheet_to_a_full_rendering(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def fail(*_args: object) -> None:
        raise RuntimeError("a fault of the replay")

    renderer = EvaluationSheetRenderer()
    first, second = _staff(supervisor_sheet(), 1), _staff(supervisor_sheet(), 2)
    renderer.render(first)
    renderer.render(first)  # recorded
    monkeypatch.setattr(page_program._CellItem, "replay", fail)
    pdf = renderer.render(second)
    assert renderer.programs.counts["replay failed"] == 1
    assert "replaying a sheet failed" in caplog.text
    monkeypatch.undo()
    assert _digest(pdf) == _fresh(second, False)


def test_a_page_that_cannot_be_recorded_leaves_its_layout_to_full_renderings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_program, "_DOCUMENT_OPERATORS", page_program.re.compile("q"))
    renderer = EvaluationSheetRenderer()
    sheets = [_staff(supervisor_sheet(), n) for n in range(4)]
    digests = [_digest(renderer.render(sheet)) for sheet in sheets]
    assert renderer.programs.counts["not recordable"] == 3
    assert renderer.programs.counts["replayed"] == 0
    monkeypatch.undo()
    assert digests == [_fresh(sheet, False) for sheet in sheets]


def test_sheets_printed_before_the_forms_are_never_replayed() -> None:
    renderer = EvaluationSheetRenderer()
    sheets = [_staff(supervisor_sheet(), n) for n in range(3)]
    for sheet in sheets:
        renderer.render(sheet, template_forms=False)
    assert sum(renderer.programs.counts.values()) == 0
