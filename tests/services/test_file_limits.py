"""Files over the limits (rows, columns, unpacked size) are refused before their rows are
read, in bounded memory, with a message naming the limit; a zip bomb among them."""

import time
import tracemalloc
from pathlib import Path

import pytest

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.services.imports.file_limits import FileLimits, FileTooLarge
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.services.imports.tabular_files import open_tabular
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN
from tests.services.import_helpers import write_csv, write_xlsx_bomb

BOMB_ROWS = 2_600_000


def test_a_zip_bomb_is_refused_while_its_rows_are_counted(tmp_path: Path) -> None:
    """2.6 million rows in a file of a few hundred KB, no declared dimension."""
    bomb = write_xlsx_bomb(tmp_path / "bomb.xlsx", BOMB_ROWS, dimension=False)
    assert bomb.stat().st_size < 1_000_000
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(FileTooLarge) as caught:
            open_tabular(bomb)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"\nzip bomb refused in {time.perf_counter() - started:.1f} s, peak {peak >> 20} MB")
    assert str(caught.value) == (
        "bomb.xlsx: more than 2,000,000 rows, the limit for one file; split it, or raise "
        "the limit (kpm import --max-rows)"
    )
    assert peak < 64 << 20


def test_a_declared_dimension_is_refused_at_once(database: Database, tmp_path: Path) -> None:
    bomb = write_xlsx_bomb(tmp_path / "bomb.xlsx", 50_000)
    service = ImportService(database, limits=FileLimits(max_rows=10_000))
    with pytest.raises(FileTooLarge, match="more than 10,000 rows"):
        service.check(HR_ADMIN, bomb, "customers")
    with pytest.raises(FileTooLarge, match="more than 10,000 rows"):
        service.inspect(bomb, "customers")


def test_the_unpacked_size_is_limited(tmp_path: Path) -> None:
    bomb = write_xlsx_bomb(tmp_path / "bomb.xlsx", 100_000)  # about 5 MB unpacked
    with pytest.raises(FileTooLarge, match=r"bomb.xlsx: 4 MB unpacked, over the limit of 1 MB"):
        open_tabular(bomb, limits=FileLimits(max_bytes=1 << 20))
    big = write_csv(tmp_path / "big.csv", [["客户编号"]] + [["C1"]] * 400_000)
    with pytest.raises(FileTooLarge, match="over the limit of 1 MB"):
        open_tabular(big, limits=FileLimits(max_bytes=1 << 20))


def test_rows_at_the_limit_pass_and_one_more_is_refused(tmp_path: Path) -> None:
    for name, path in (
        ("xlsx", write_xlsx_bomb(tmp_path / "rows.xlsx", 10_007, dimension=False)),
        ("csv", write_csv(tmp_path / "rows.csv", [["客户编号"]] + [["C1"]] * 10_006)),
    ):
        assert len(list(open_tabular(path, limits=FileLimits(max_rows=10_007)).records())) == (
            10_006
        ), name
        with pytest.raises(FileTooLarge, match="more than 10,006 rows"):
            open_tabular(path, limits=FileLimits(max_rows=10_006))


def test_line_breaks_inside_quotes_are_not_rows(tmp_path: Path) -> None:
    rows = [["客户编号", "地址"]] + [["C1", "上海市\n浦东新区\n1号"]] * 40
    path = write_csv(tmp_path / "quoted.csv", rows)
    assert len(list(open_tabular(path, limits=FileLimits(max_rows=41)).records())) == 40
    with pytest.raises(FileTooLarge, match="more than 40 rows"):
        open_tabular(path, limits=FileLimits(max_rows=40))


def test_columns_are_limited(tmp_path: Path) -> None:
    limits = FileLimits(max_columns=10)
    wide_header = write_csv(tmp_path / "wide.csv", [[f"c{i}" for i in range(11)], ["1"] * 11])
    with pytest.raises(FileTooLarge, match="more than 10 columns"):
        open_tabular(wide_header, limits=limits)
    wide_row = write_csv(tmp_path / "row.csv", [["客户编号"], ["C1"], ["x"] * 11])
    with pytest.raises(FileTooLarge, match="more than 10 columns"):
        list(open_tabular(wide_row, limits=limits).records())
    declared = write_xlsx_bomb(tmp_path / "d.xlsx", 5)
    assert open_tabular(declared, limits=limits).headers == ["C1"]


def test_a_damaged_workbook_is_a_clear_error(tmp_path: Path) -> None:
    path = write_xlsx_bomb(tmp_path / "damaged.xlsx", 200_000, dimension=False)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 200] = bytes(byte ^ 0x55 for byte in data[middle : middle + 200])
    path.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match=r"damaged\.xlsx: not a readable XLSX workbook"):
        open_tabular(path)
