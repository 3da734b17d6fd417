from datetime import datetime
from pathlib import Path

import pytest

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.services.imports.tabular_files import open_tabular
from tests.services.import_helpers import write_csv, write_xlsx

ROWS = [["员工编号", "姓名", "部门编号"], ["E001", "张三丰", "D01"], ["E002", "李四", "D02"]]


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
    ],
)
def test_each_encoding_is_detected(tmp_path: Path, encoding: str, detected: str) -> None:
    source = open_tabular(write_csv(tmp_path / "staff.csv", ROWS, encoding))
    assert source.layout.encoding == detected
    assert source.headers == ROWS[0]
    assert [list(cells) for _n, cells in source.records()] == ROWS[1:]


def test_gb18030_only_characters(tmp_path: Path) -> None:
    rows = [["员工编号", "姓名"], ["E001", "𠀀张"]]  # outside GBK, inside GB18030
    source = open_tabular(write_csv(tmp_path / "rare.csv", rows, "gb18030"))
    assert [list(c) for _n, c in source.records()] == [["E001", "𠀀张"]]


def test_other_encodings_fall_back_to_detection(tmp_path: Path) -> None:
    rows = [["employee_no", "name"], *[[f"E{i:03d}", "Zoë Ångström"] for i in range(50)]]
    path = tmp_path / "latin.csv"
    path.write_bytes("\n".join(",".join(r) for r in rows).encode("utf-16"))
    source = open_tabular(path)
    assert source.layout.encoding == "utf-16"
    assert next(iter(source.records()))[1] == ["E000", "Zoë Ångström"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter(tmp_path: Path, delimiter: str) -> None:
    source = open_tabular(write_csv(tmp_path / "d.csv", ROWS, delimiter=delimiter))
    assert source.layout.delimiter == delimiter
    assert source.headers == ROWS[0]


def test_row_numbers_count_the_header_and_skip_blank_rows(tmp_path: Path) -> None:
    rows = [ROWS[0], ROWS[1], ["", "", ""], ROWS[2]]
    source = open_tabular(write_csv(tmp_path / "blank.csv", rows))
    assert [number for number, _c in source.records()] == [2, 4]


def test_quoted_fields_with_delimiters_and_newlines(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('客户编号,地址\nC1,"上海市, 浦东\n新区"\n', encoding="utf-8")
    assert [list(c) for _n, c in open_tabular(path).records()] == [["C1", "上海市, 浦东\n新区"]]


def test_xlsx_first_sheet_or_a_chosen_one(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {
            "说明": [["这是说明"]],
            "员工": [["员工编号", "入职日期"], ["E001", datetime(2026, 7, 1)]],
        },
    )
    assert open_tabular(path).headers == ["这是说明"]
    chosen = open_tabular(path, sheet="员工")
    assert chosen.layout.sheets == ("说明", "员工")
    assert [list(c) for _n, c in chosen.records()] == [["E001", datetime(2026, 7, 1)]]
    with pytest.raises(ValidationError, match="no sheet named 'x'"):
        open_tabular(path, sheet="x")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("nul.csv", b"a,b\x00c\n1,2\n", "NUL"),
        ("fake.xlsx", b"PK\x03\x04 not really a zip", "XLSX"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "XLSX"),
    ],
)
def test_unreadable_files_give_a_clear_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        open_tabular(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no such file"):
        open_tabular(tmp_path / "nope.csv")
