"""THE CONTRACT of row conversion: the quick path (domain/quick_rows.py) gives exactly what
the careful path (domain/import_rows.py, `RowConverter.convert_carefully`) gives, or gives
up. There are two paths because the careful one is too slow for million-row imports; this
module is what keeps them one behaviour (docs/architecture.md, "Row conversion"). A change
to either path, a new import kind or a new column type must keep these tests green.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpm_desktop.domain.cell_values import parse_date
from kpm_desktop.domain.import_columns import Column, ValueType
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_rows import RowConverter
from kpm_desktop.domain.office_time import UTC_ZONE
from kpm_desktop.domain.text_shapes import Shape

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


# Per column type, well-formed cells a file may hold for it, so that the quick path takes
# many rows; `_cell` mixes in blanks and junk, where it must give up or agree.
_DAY = st.dates(date(1990, 1, 1), date(2030, 12, 31))
_MOMENT = st.datetimes(datetime(1990, 1, 1), datetime(2030, 12, 31))
_WORD = st.text(alphabet="客户名称销售部abcXYZ 0123", min_size=1, max_size=12)
VALID_CELLS: dict[ValueType, st.SearchStrategy[object]] = {
    ValueType.TEXT: _WORD,
    ValueType.DATE: st.one_of(_DAY.map(lambda d: f"{d.year}/{d.month}/{d.day}"), _DAY.map(str)),
    ValueType.DATETIME: st.one_of(_MOMENT.map(lambda m: m.strftime("%Y-%m-%d %H:%M")), _MOMENT),
    ValueType.AMOUNT: st.decimals(0, 10**9, places=2, allow_nan=False).map(str),
    ValueType.QUANTITY: st.decimals(0, 10**6, places=4, allow_nan=False).map(str),
    ValueType.INTEGER: st.integers(0, 10**6).map(str),
    ValueType.BOOLEAN: st.sampled_from(["是", "否", "yes", "no"]),
    ValueType.PERIOD: st.sampled_from(["2026Q1", "2026-07", "2026", "2026H1"]),
    ValueType.CHOICE: _WORD,  # the column's own choices are drawn in `_valid`
}
_SHAPED: dict[Shape, st.SearchStrategy[object]] = {
    Shape.EMAIL: st.from_regex(r"\A[a-z]{1,8}@example\.cn\Z"),
    Shape.PHONE: st.from_regex(r"\A1[3-9][0-9]{9}\Z"),
}


def _valid(column: Column) -> st.SearchStrategy[object]:
    if column.choices:
        return st.sampled_from(sorted(column.choices))
    if column.shape is not None:
        return _SHAPED[column.shape]
    if column.minimum is not None or column.maximum is not None:
        low = column.minimum if column.minimum is not None else 0
        high = column.maximum if column.maximum is not None else 10**6
        if column.type is ValueType.INTEGER:
            return st.integers(int(low), int(high)).map(str)
        return st.decimals(low, high, places=2, allow_nan=False).map(str)
    return VALID_CELLS[column.type]


def _cell(column: Column) -> st.SearchStrategy[object]:
    valid = _valid(column)
    return st.one_of(valid, valid, valid, valid, valid, valid, st.just(""), TEXT, TYPED)


def _rows_of(converter: RowConverter) -> st.SearchStrategy[list[object]]:
    """Half the rows well formed in every cell, half with blanks and junk mixed in."""
    columns = converter.kind.columns
    clean = st.tuples(*(_valid(column) for column in columns))
    noisy = st.tuples(*(_cell(column) for column in columns))
    return st.one_of(clean, noisy).map(list)


def rows_of_each_kind() -> st.SearchStrategy[tuple[RowConverter, list[object]]]:
    return st.sampled_from(CONVERTERS).flatmap(
        lambda converter: _rows_of(converter).map(lambda row: (converter, row))
    )


def test_the_contract_covers_every_import_kind_and_column_type() -> None:
    assert {converter.kind.name for converter in CONVERTERS} == set(IMPORT_KINDS)
    used = {column.type for kind in IMPORT_KINDS.values() for column in kind.columns}
    assert set(VALID_CELLS) == set(ValueType)
    assert used <= set(VALID_CELLS)


@QUICK
@given(cells=ROWS)
def test_contract_quick_and_careful_conversion_agree(cells: list[object]) -> None:
    """The contract on rows of any shape, for every import kind."""
    for converter in CONVERTERS:
        assert converter.convert(7, cells) == converter.convert_carefully(7, cells), (
            converter.kind.name
        )


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=rows_of_each_kind())
def test_contract_agrees_on_typed_rows_of_every_kind(
    case: tuple[RowConverter, list[object]],
) -> None:
    """The contract on rows whose every cell is drawn for its column's type, so the quick
    path is taken for many of them and every column type goes through both paths."""
    converter, cells = case
    assert converter.convert(5, cells) == converter.convert_carefully(5, cells), converter.kind.name


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


# The column lane (domain/quick_columns.py, `RowConverter.convert_columns`) is held to the
# same contract, chunk by chunk: every row's values as the careful path gives them, and
# only for chunks whose every row the careful path finds clean.
SHANGHAI = ZoneInfo("Asia/Shanghai")
ISO_TRICKY = [
    "2026-07-01",
    " 2026-07-01 ",
    "2024-02-29",
    "2026-02-29",
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "0001-01-01",
    "9999-12-31",
    "2026-7-01",
    "2026-07-1",
    "2026-07-01T00:00",
    "2026-07-01 09:30",
    "２０２６-07-01",
    "2026‐07‐01",
    "20260701",
    "2026W011",
    "2026-W01-1",
    "2026-182",
    "+2026-07-01",
    "2026/07/01",
]


def _agrees_by_column(converter: RowConverter, rows: list[list[object]]) -> None:
    columns = converter.convert_columns(rows)
    if columns is None:
        return
    for position, row in enumerate(rows):
        values, errors = converter.convert_carefully(position + 2, row)
        assert errors == (), converter.kind.name
        assert {name: column[position] for name, column in columns.items()} == values


def _chunks_of_each_kind(
    converters: list[RowConverter],
) -> st.SearchStrategy[tuple[RowConverter, list[list[object]]]]:
    return st.sampled_from(converters).flatmap(
        lambda converter: st.lists(_rows_of(converter), min_size=1, max_size=6).map(
            lambda rows: (converter, rows)
        )
    )


def _converters_in(zone: ZoneInfo) -> list[RowConverter]:
    return [
        RowConverter(converter.kind, [c.zh for c in converter.kind.columns],
                     {c.field: i for i, c in enumerate(converter.kind.columns)}, zone)
        for converter in CONVERTERS
    ]  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=_chunks_of_each_kind(CONVERTERS + _converters_in(SHANGHAI)))
def test_contract_the_column_lane_agrees_with_the_careful_path(
    case: tuple[RowConverter, list[list[object]]],
) -> None:
    converter, rows = case
    _agrees_by_column(converter, rows)


@QUICK
@given(rows=st.lists(ROWS, min_size=1, max_size=5))
def test_contract_the_column_lane_agrees_on_rows_of_any_shape(rows: list[list[object]]) -> None:
    for converter in CONVERTERS:
        _agrees_by_column(converter, rows)


@pytest.mark.parametrize("zone", [UTC_ZONE, SHANGHAI])
@pytest.mark.parametrize("text", ISO_TRICKY)
def test_the_column_lane_reads_tricky_dates_as_the_general_parser(
    zone: ZoneInfo, text: str
) -> None:
    """Under TZ=Asia/Shanghai too (the suite runs in both zones): dates are days, never
    moments of the machine's clock."""
    customers = next(c for c in _converters_in(zone) if c.kind.name == "customers")
    clean = ["C1", "客户", "", "", "", "", "2026-07-01", "", "", "", "", ""]
    rows = [clean, ["C2", "客户", "", "", "", "", text, "", "", "", "", ""]]
    columns = customers.convert_columns(rows)
    try:
        expected: object = parse_date(text)
    except ValueError:
        assert columns is None
        return
    assert columns is not None
    assert columns["created_on"] == [date(2026, 7, 1), expected]
    # A second chunk, with the texts now known to the column, reads the same.
    assert customers.convert_columns(rows[::-1]) == {
        name: values[::-1] for name, values in columns.items()
    }


def test_a_clean_chunk_takes_the_column_lane_and_a_flawed_one_does_not() -> None:
    customers = next(c for c in CONVERTERS if c.kind.name == "customers")
    row = ["C1", " 客户 ", "制造业", "", "E00002", "", "2026/7/1", "", "", "13800000001",
           "a@example.cn", ""]  # fmt: skip
    columns = customers.convert_columns([row, ["C2", *row[1:]]])
    assert columns is not None
    assert columns["code"] == ["C1", "C2"] and columns["owner_no"] == ["E00002", "E00002"]
    assert columns["created_on"] == [date(2026, 7, 1)] * 2 and columns["churned_on"] == [None] * 2
    for flaw in ((9, "138-0000-000x"), (10, "not-an-email"), (0, ""), (6, "2026/2/30")):
        flawed = list(row)
        flawed[flaw[0]] = flaw[1]
        assert customers.convert_columns([row, flawed]) is None, flaw
