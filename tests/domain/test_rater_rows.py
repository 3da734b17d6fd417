"""Rater assignment files: the optional header and blank lines are skipped, each row keeps
its line number, and a bad row is refused naming the file, the line and the value."""

from __future__ import annotations

import pytest

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rater_rows import RaterRow, rater_rows
from kpm_desktop.domain.rubric import RaterRole


def test_header_and_blank_lines_are_skipped_and_lines_kept() -> None:
    text = "employee_no,role,rater_no\n\n E00013 , peer , E00020 \nE00021,department_head,E00002\n"
    assert rater_rows(text, "r.csv") == [
        RaterRow(3, "E00013", RaterRole.PEER, "E00020"),
        RaterRow(4, "E00021", RaterRole.DEPARTMENT_HEAD, "E00002"),
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("E00013,peer\n", "r.csv, line 1: give employee_no,role,rater_no (found 2 cells)"),
        ("E00013,peer,E00020\nE00014,同事,E00020\n", "r.csv, line 2: '同事' is not a rater role"),
        ("employee_no,role,rater_no\n", "r.csv: no rater rows"),
    ],
)
def test_a_bad_file_is_refused_naming_line_and_value(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        rater_rows(text, "r.csv")
    assert words in str(refused.value)
