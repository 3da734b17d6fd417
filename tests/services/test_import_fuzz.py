"""Random bytes and broken CSVs: a report or a user error each time, never a crash."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import CustomerRecord
from tests.access_helpers import HR_ADMIN

FUZZ = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

cell_text = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            '"',
            '""',
            ",",
            ";",
            "\t",
            "\r\n",
            "\x00",
            "2026-02-30",
            "¥-5",
            "是",
            "C0000001",
            "E00002",
            "46204",
        ]
    ),
)
header = st.lists(
    st.sampled_from(["客户编号", "客户名称", "创建日期", "负责人工号", "电话", "code", "???", ""]),
    min_size=1,
    max_size=6,
)


def _customers(database: Database) -> int:
    with database.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(CustomerRecord)) or 0)


def _attempt(database: Database, path: Path, kind: str) -> None:
    service = ImportService(database)
    before = _customers(database)
    for action in (service.check, service.import_file):
        try:
            report = action(HR_ADMIN, path, kind)
        except KpmUserError as error:
            assert str(error).strip()
            assert _customers(database) == before  # a refused file leaves nothing behind
            continue
        assert report.error_count == 0 or not report.written


@FUZZ
@given(content=st.binary(max_size=2_000), kind=st.sampled_from(["customers", "deals", "staff"]))
def test_random_bytes(database: Database, tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(content)
    _attempt(database, path, kind)


@FUZZ
@given(
    columns=header,
    rows=st.lists(st.lists(cell_text, max_size=8), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
    cut=st.integers(min_value=0, max_value=400),
)
def test_broken_csv(
    database: Database,
    tmp_path: Path,
    columns: list[str],
    rows: list[list[str]],
    delimiter: str,
    encoding: str,
    cut: int,
) -> None:
    text = "\n".join(delimiter.join(cells) for cells in [columns, *rows])
    data = text.encode(encoding, errors="replace")
    path = tmp_path / "broken.csv"
    path.write_bytes(data[: len(data) - cut] if cut < len(data) else data)
    _attempt(database, path, "customers")


@FUZZ
@given(content=st.binary(min_size=4, max_size=600))
def test_random_bytes_behind_a_zip_signature(
    database: Database, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "random.xlsx"
    path.write_bytes(b"PK\x03\x04" + content)
    _attempt(database, path, "customers")
