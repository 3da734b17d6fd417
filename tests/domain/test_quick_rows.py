"""The quick path of row conversion gives exactly what the careful path gives, or gives up."""

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpm_desktop.domain.cell_values import parse_date
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_rows import RowConverter

TRICKY = [
    "",
    " ",
    " 　",
    "  文本 ",
    "'=1+1",
    "'abc",
    "'",
    "O'Brien",
    "2026/7/1",
    "2026/07/01 ",
    "2026/13/1",
    "2026/2/30",
    "2026/7/1/",
    "2026/+7/1",
    "２０２６/7/1",
    "2026-07-01",
    "2026-7-01",
    "2026-02-30",
    "20260701",
    "2026W011",
    "2026年7月1日",
    "46205",
    "46205.5",
    "2026-07-01 09:30",
    "2026/7/1 9:30:15",
    "12",
    "007",
    "-3",
    "1,234.50",
    "¥1 234",
    "1_000",
    "9999999999999",
    "1e3",
    "NaN",
    "是",
    "否",
    "yes",
    "won",
    "赢单",
    "2026Q1",
    "2026-07",
    "E00002",
    "D01",
    "x" * 33,
    "长" * 101,
    "y" * 201,
]
TYPED = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 50_000),
    st.floats(-10.0, 50_000.0, allow_nan=False),
    st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    st.datetimes(datetime(1990, 1, 1), datetime(2030, 12, 31)),
)
TEXT = st.one_of(
    st.sampled_from(TRICKY),
    st.text(max_size=10),
    st.from_regex(r"\A[ ]?\d{4}[/-]\d{1,3}[/-]\d{1,3}[ ]?\Z"),
    st.integers(-100, 10**13).map(str),
)
ROWS = st.lists(st.one_of(TEXT, TEXT, TEXT, TYPED), max_size=16)
QUICK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _converters() -> list[RowConverter]:
    converters = []
    for kind in IMPORT_KINDS.values():
        headers = [column.zh for column in kind.columns]
        mapping = {column.field: index for index, column in enumerate(kind.columns)}
        converters.append(RowConverter(kind, headers, mapping))
    return converters


CONVERTERS = _converters()


@QUICK
@given(cells=ROWS)
def test_quick_and_careful_conversion_agree(cells: list[object]) -> None:
    for converter in CONVERTERS:
        assert converter.convert(7, cells) == converter.convert_carefully(7, cells), (
            converter.kind.name
        )


@QUICK
@given(
    cells=st.lists(
        st.sampled_from(["2026/7/1", "2026-07-01", " C1 ", "名称", "E00002", "", "是", "12"]),
        max_size=14,
    )
)
def test_clean_rows_agree_too(cells: list[object]) -> None:
    for converter in CONVERTERS:
        assert converter.convert(3, cells) == converter.convert_carefully(3, cells)


@QUICK
@given(text=st.from_regex(r"\A\d{4}[/-]\d{1,2}[/-]\d{1,2}\Z"))
def test_common_date_forms_parse_as_before(text: str) -> None:
    slow = text.replace("/", ".")  # the same date through the general pattern
    try:
        expected: object = parse_date(slow)
    except ValueError as exc:
        expected = str(exc)
    try:
        got: object = parse_date(text)
    except ValueError as exc:
        got = str(exc)
    assert got == expected


def test_a_clean_row_takes_the_quick_path() -> None:
    customers = next(c for c in CONVERTERS if c.kind.name == "customers")
    row = ["C1", " 客户 ", "制造业", "", "", "", "2026/7/1", "", "", "", "", ""]
    assert customers._quick.read(row) is not None
    values, errors = customers.convert(2, row)
    assert (values, errors) == customers.convert_carefully(2, row)
    assert values["name"] == "客户" and values["owner_no"] is None and values["region"] == ""
    assert values["created_on"] == date(2026, 7, 1) and values["churned_on"] is None
