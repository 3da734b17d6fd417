"""Reading the filled cells of an appraisee sheet against its rubric: level exists, score
within the level's range, N/A has a reason, nothing written outside the packet's cells.
Every problem names the file, the cell (`张三!I7`) and the value."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.methods.protocol import RatingField, ScoringContext
from kpm_desktop.domain.packets.packet_errors import PacketCellError
from kpm_desktop.domain.packets.packet_hash import cell_text
from kpm_desktop.domain.packets.packet_layout import (
    COMMENT,
    LEVEL,
    MET_WORDS,
    NA,
    NA_MARK,
    PROVIDED_WORDS,
    REASON,
    SCORE,
    InputRow,
    SheetLayout,
)
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RubricTemplate

_NOT_NA = ("", "否")


@dataclass(frozen=True)
class FilledRating:
    """A rater's input for one indicator as read from the packet, with its N/A reason."""

    rating: IndicatorRating
    na_reason: str = ""


@dataclass(frozen=True)
class FilledSheet:
    """What the rater filled in on one sheet; `problems` lists every cell not read."""

    sheet_name: str
    ratings: dict[str, FilledRating] = field(default_factory=dict)
    overall_comment: str = ""
    improvement_plan: str = ""
    problems: list[PacketCellError] = field(default_factory=list)


class _Reader:
    def __init__(self, file: str, layout: SheetLayout, values: Mapping[str, object]) -> None:
        self.file, self.layout, self.values = file, layout, values
        self.problems: list[PacketCellError] = []

    def text(self, cell: str) -> str:
        return cell_text(self.values.get(cell)).strip()

    def problem(self, cell: str, message: UserText) -> None:
        self.problems.append(
            PacketCellError(
                "{file}, {cell}: {problem} (value '{value}')",
                file=self.file,
                cell=f"{self.layout.name}!{cell}",
                problem=message,
                value=self.text(cell),
            )
        )

    def number(self, cell: str) -> Decimal | None:
        raw = self.values.get(cell)
        if raw is None or self.text(cell) == "":
            return None
        try:
            number = Decimal(self.text(cell).replace(",", "").replace("，", ""))
        except InvalidOperation:
            self.problem(cell, UserText("not a number"))
            return None
        if not number.is_finite():
            self.problem(cell, UserText("not a number"))
            return None
        return number


def _level_rating(reader: _Reader, row: InputRow) -> IndicatorRating | None:
    level = reader.text(row.cell(LEVEL)) or None
    score = reader.number(row.cell(SCORE))
    if level is None and score is None:
        return None
    if level is not None and level not in row.choices:
        reader.problem(
            row.cell(LEVEL),
            UserText("unknown level; expected one of {names}", names=", ".join(row.choices)),
        )
        return None
    span = next(((lo, hi) for name, lo, hi in row.levels if name == level), None)
    if score is not None and span is not None and not span[0] <= score <= span[1]:
        reader.problem(
            row.cell(SCORE),
            UserText(
                "score outside level {level} ({lo}-{hi})",
                level=level,
                lo=fmt(span[0]),
                hi=fmt(span[1]),
            ),
        )
        return None
    return IndicatorRating(level=level, score=score)


def _choice_rating(reader: _Reader, row: InputRow) -> IndicatorRating | None:
    word = reader.text(row.cell(LEVEL))
    if word == "":
        return None
    if word in MET_WORDS and row.choices == tuple(MET_WORDS):
        return IndicatorRating(met=MET_WORDS[word])
    if word in PROVIDED_WORDS and row.choices == tuple(PROVIDED_WORDS):
        return IndicatorRating(provided=PROVIDED_WORDS[word])
    reader.problem(
        row.cell(LEVEL), UserText("expected one of {names}", names=", ".join(row.choices))
    )
    return None


def _number_rating(reader: _Reader, row: InputRow) -> IndicatorRating | None:
    assert row.number is not None
    number = reader.number(row.cell(SCORE))
    if number is None:
        return None
    lo, hi = row.number
    if not lo <= number <= hi:
        reader.problem(row.cell(SCORE), UserText("outside {lo}-{hi}", lo=fmt(lo), hi=fmt(hi)))
        return None
    if row.number_field is RatingField.VALUE:
        return IndicatorRating(value=number)
    return IndicatorRating(score=number)


def _rating(reader: _Reader, row: InputRow) -> IndicatorRating | None:
    if row.levels:
        return _level_rating(reader, row)
    if row.choices:
        return _choice_rating(reader, row)
    if row.number is not None:
        return _number_rating(reader, row)
    return None


def _read_row(reader: _Reader, row: InputRow, template: RubricTemplate) -> FilledRating | None:
    comment = reader.text(row.cell(COMMENT))
    na_text = reader.text(row.cell(NA))
    if na_text not in (*_NOT_NA, NA_MARK):
        reader.problem(row.cell(NA), UserText("write 是 for not applicable, or leave it empty"))
        return None
    if na_text == NA_MARK:
        reason = reader.text(row.cell(REASON))
        if not reason:
            reader.problem(row.cell(REASON), UserText("N/A needs a reason"))
            return None
        return FilledRating(IndicatorRating(not_applicable=True, comment=comment), reason)
    before = len(reader.problems)
    rating = _rating(reader, row)
    if rating is None:
        if comment and len(reader.problems) == before:
            return FilledRating(IndicatorRating(comment=comment))
        return None
    indicator = template.indicator(row.code)
    assert indicator is not None
    if not indicator.method.ranks_a_cohort:  # a rank is checked against its cohort later
        try:
            indicator.method.score(rating, ScoringContext(row.code))
        except ValidationError as exc:
            cell = row.cell(LEVEL if row.choices else SCORE)
            reader.problem(cell, exc.text)
            return None
    return FilledRating(
        IndicatorRating(
            level=rating.level,
            score=rating.score,
            value=rating.value,
            met=rating.met,
            provided=rating.provided,
            comment=comment,
        )
    )


def read_filled_sheet(
    file: str,
    layout: SheetLayout,
    template: RubricTemplate,
    values: Mapping[str, object],
    fixed_cells: set[str],
) -> FilledSheet:
    """The ratings of one sheet from its cell values (coordinate -> value, formulas left
    out); every cell outside the exported fixed cells and the input cells must be empty."""
    reader = _Reader(file, layout, values)
    known = fixed_cells | set(layout.input_cells()) | set(layout.formulas)
    for cell in sorted(values):
        if cell not in known and reader.text(cell):
            reader.problem(
                cell, UserText("written outside the packet's cells (an unknown indicator?)")
            )
    ratings: dict[str, FilledRating] = {}
    for row in layout.inputs:
        filled = _read_row(reader, row, template)
        if filled is not None:
            ratings[row.code] = filled
    overall = reader.text(layout.overall_cell) if layout.overall_cell else ""
    plan = reader.text(layout.plan_cell) if layout.plan_cell else ""
    return FilledSheet(layout.name, ratings, overall, plan, reader.problems)
