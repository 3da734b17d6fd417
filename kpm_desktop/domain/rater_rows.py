"""The rows of a rater assignment file (`kpm appraisal raters --cycle P FILE`): one rater a
line, `employee_no,role,rater_no` (the employee appraised, the sheet, the rater), an
optional header of exactly those names (docs/formats.md, "Rater assignments (CSV)")."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rubric import RaterRole

HEADER = ("employee_no", "role", "rater_no")


@dataclass(frozen=True)
class RaterRow:
    line: int  # the file's line number, for messages
    employee_no: str
    role: RaterRole
    rater_no: str


def rater_rows(text: str, source: str) -> list[RaterRow]:
    """The rows of `text`; a row that is not three cells or names no known role is refused
    naming the file, the line and the value. Blank lines are skipped."""
    rows: list[RaterRow] = []
    for line, cells in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [c.strip() for c in cells]
        if not any(cells) or (line == 1 and tuple(c.lower() for c in cells) == HEADER):
            continue
        if len(cells) != len(HEADER):
            raise ValidationError(
                "{source}, line {line}: give employee_no,role,rater_no (found {cells} cells)",
                source=source,
                line=line,
                cells=len(cells),
            )
        try:
            role = RaterRole(cells[1])
        except ValueError:
            raise ValidationError(
                "{source}, line {line}: '{value}' is not a rater role (peer, department_head)",
                source=source,
                line=line,
                value=cells[1],
            ) from None
        rows.append(RaterRow(line, cells[0], role, cells[2]))
    if not rows:
        raise ValidationError("{source}: no rater rows", source=source)
    return rows
