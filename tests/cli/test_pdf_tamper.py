"""The tamper suite for printed sheets: each edit an auditor would try on a sheet's PDF,
and `kpm verify --pdf` must report it (exit 1, naming what differs), while the untouched
files verify. The ids name the edits: `pytest tests/cli/test_pdf_tamper.py -v` lists
detected/attempted per case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from kpm_desktop.cli import main
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.services.sheets.sheet_views import SheetSigning
from tests import pdf_tampering as tamper
from tests.access_helpers import ADMIN_PASSWORD
from tests.appraisal_world import PERIOD, World, build_world
from tests.conftest import DEMO_AS_OF
from tests.printed_sheets import finalized_appraisal
from tests.reports.certificates import PASSWORD, self_signed


@dataclass(frozen=True)
class Printed:
    world: World
    appraisal_id: int
    sheet: EvaluationSheet
    unsigned: bytes
    signed: bytes


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Printed]:
    """One finalized appraisal printed once, unsigned and signed; the edits only touch the
    PDFs, so the cases share it (the chain tests print their own)."""
    folder = tmp_path_factory.mktemp("tamper")
    database = open_database(folder / "kpm.sqlite3").database
    size = DemoSize(staff=30, customers=400, deals=1500, tickets=600, seed=3, as_of=DEMO_AS_OF)
    generate_demo_data(database, size)
    world = build_world(database)
    world.services.cycles.bulk_create(world.admin, PERIOD)
    appraisal_id = finalized_appraisal(world)
    sheets = world.services.sheets
    certificate, _ = self_signed(folder)
    yield Printed(
        world,
        appraisal_id,
        sheets.sheet(world.admin, appraisal_id),
        sheets.pdf(world.admin, appraisal_id),
        sheets.pdf(world.admin, appraisal_id, sign=SheetSigning(certificate, PASSWORD)),
    )
    database.dispose()


def verify(world: World, pdf: bytes, folder: Path, monkeypatch, capsys) -> tuple[int, str, str]:
    path = folder / "sheet.pdf"
    path.write_bytes(pdf)
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD)
    code = main(["--db", world.database.url, "--user", "admin", "verify", "--pdf", str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _total(sheet: EvaluationSheet) -> str:
    return f"{sheet.total:.2f}"


def _changed_total(sheet: EvaluationSheet) -> str:
    old = _total(sheet)
    return str(int(old[0]) % 9 + 1) + old[1:]  # 82.00 -> 92.00, as 87.01 -> 97.01


def _earned(sheet: EvaluationSheet) -> str:
    return f"{sheet.indicators[0].earned:.2f}"


def _changed_earned(sheet: EvaluationSheet) -> str:
    old = _earned(sheet)
    return str(int(old[0]) % 9 + 1) + old[1:]


Edit = Callable[[bytes, EvaluationSheet], bytes]
# (id, the edit, what the report must say)
UNSIGNED_EDITS: list[tuple[str, Edit, Callable[[EvaluationSheet], str]]] = [
    (
        "total-changed-in-page-content",
        lambda pdf, s: tamper.swap_text(pdf, _total(s), _changed_total(s)),
        lambda s: f"total: PDF shows '{_changed_total(s)}', the record says '{_total(s)}'",
    ),
    (
        "employee-number-changed",
        lambda pdf, s: tamper.swap_text(pdf, "E00013", "E00031"),
        lambda s: "employee number: PDF shows 'E00031', the record says 'E00013'",
    ),
    (
        "earned-score-changed",
        lambda pdf, s: tamper.swap_text(pdf, _earned(s), _changed_earned(s)),
        lambda s: f"earned score of '{s.indicators[0].name}': PDF shows '{_changed_earned(s)}'",
    ),
    (
        "total-overlaid-as-added-text",
        lambda pdf, s: tamper.overlay_text(pdf, "TOTAL 99.99", 1),
        lambda s: "added text: PDF shows 'TOTAL 99.99', the record says nothing there",
    ),
    (
        "byte-flipped-in-content-stream",
        lambda pdf, s: tamper.flip_content_byte(pdf, 0),
        # Where the bit lands decides what a reader makes of the compressed stream: either
        # it no longer inflates ("the PDF is damaged") or it draws something else (a named
        # field differs); the footer's chain head moves the stream's bytes from run to run.
        lambda s: "differs: the PDF does not show what the record says",
    ),
    (
        "grade-changed",
        lambda pdf, s: tamper.swap_text(pdf, "良好", "合格", page_index=1),
        lambda s: "grade: PDF shows '合格', the record says '良好'",
    ),
    (
        "comment-changed",
        lambda pdf, s: tamper.swap_text(pdf, "数据录入基本及时", "数据录入不及时"),
        lambda s: "comment of 'CRM系统营销数据录入': PDF shows '评语：数据录入不及时'",
    ),
    (
        "chosen-level-changed",
        lambda pdf, s: tamper.swap_text(pdf, "●", "○"),
        lambda s: f"chosen level of '{s.indicators[0].name}'",
    ),
    (
        "page-removed",
        lambda pdf, s: tamper.remove_page(pdf, 1),
        lambda s: "pages: PDF shows 1 page(s), the record says 2 pages",
    ),
]


@pytest.mark.parametrize(
    ("edit", "reported"),
    [pytest.param(edit, reported, id=name) for name, edit, reported in UNSIGNED_EDITS],
)
def test_unsigned_edit_is_detected(
    printed: Printed, edit: Edit, reported, tmp_path: Path, monkeypatch, capsys
):
    edited = edit(printed.unsigned, printed.sheet)
    assert edited != printed.unsigned
    code, out, _ = verify(printed.world, edited, tmp_path, monkeypatch, capsys)
    assert code == 1, out
    assert "differs: the PDF does not show what the record says" in out
    assert reported(printed.sheet) in out


def test_unsigned_truncated_file_is_detected(printed: Printed, tmp_path: Path, monkeypatch, capsys):
    truncated = printed.unsigned[: len(printed.unsigned) // 2]
    code, out, err = verify(printed.world, truncated, tmp_path, monkeypatch, capsys)
    assert code == 2 and "sheet.pdf is not a readable PDF" in err and "matches" not in out


SIGNED_EDITS: list[tuple[str, Callable[[bytes], bytes], str]] = [
    ("signed-resaved", tamper.resave, "the signed bytes were changed after signing"),
    (
        "signed-incremental-update-appended",
        lambda pdf: tamper.append_incremental_overlay(pdf, "TOTAL 99.99"),
        "the file was changed after signing (a later revision",
    ),
    (
        "signed-byte-flipped",
        lambda pdf: tamper.flip_byte_at(pdf, b"/Title", 8),
        "the signed bytes were changed after signing",
    ),
]


@pytest.mark.parametrize(
    ("edit", "reported"),
    [pytest.param(edit, reported, id=name) for name, edit, reported in SIGNED_EDITS],
)
def test_signed_edit_is_detected(
    printed: Printed, edit, reported: str, tmp_path: Path, monkeypatch, capsys
):
    code, out, _ = verify(printed.world, edit(printed.signed), tmp_path, monkeypatch, capsys)
    assert code == 1, out
    assert "differs: the signature is broken" in out
    assert f"BROKEN: {reported}" in out


def test_untouched_unsigned_sheet_verifies(printed: Printed, tmp_path: Path, monkeypatch, capsys):
    code, out, _ = verify(printed.world, printed.unsigned, tmp_path, monkeypatch, capsys)
    assert code == 0, out
    assert f"matches: appraisal {printed.appraisal_id}, revision 1, now finalized" in out
    assert "content: the text of every page and its drawing are those of the record" in out
    assert "still in the chain" in out and "signature" not in out


def test_untouched_signed_sheet_verifies_and_names_its_signer(
    printed: Printed, tmp_path: Path, monkeypatch, capsys
):
    code, out, _ = verify(printed.world, printed.signed, tmp_path, monkeypatch, capsys)
    assert code == 0, out
    assert "signature by Common Name: 华东新锐 HR 测试, signed 20" in out
    assert "intact, covers the whole file" in out
    assert "not checked against a trust list" in out


def test_a_resaved_unsigned_sheet_without_changes_still_verifies(
    printed: Printed, tmp_path: Path, monkeypatch, capsys
):
    code, out, _ = verify(printed.world, tamper.resave(printed.unsigned), tmp_path, monkeypatch,
                          capsys)  # fmt: skip
    assert code == 0, out


def test_a_landscape_sheet_verifies(printed: Printed, tmp_path: Path, monkeypatch, capsys):
    pdf = printed.world.services.sheets.pdf(printed.world.admin, printed.appraisal_id, True)
    code, out, _ = verify(printed.world, pdf, tmp_path, monkeypatch, capsys)
    assert code == 0, out


@pytest.fixture
def fresh(world: World) -> tuple[World, int]:
    """A database of its own, for the cases that change it after printing."""
    return world, finalized_appraisal(world)


def test_a_chain_rewritten_since_printing_is_reported(
    fresh: tuple[World, int], tmp_path: Path, monkeypatch, capsys
):
    world, appraisal_id = fresh
    pdf = world.services.sheets.pdf(world.admin, appraisal_id)
    anchor = world.services.sheets.sheet(world.admin, appraisal_id).chain_anchor
    assert anchor is not None and anchor.sequence > 0
    with world.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_log SET hash = :hash WHERE id = :id"),
            {"hash": "f" * 64, "id": anchor.sequence},
        )
    code, out, _ = verify(world, pdf, tmp_path, monkeypatch, capsys)
    assert code == 1 and "differs: the audit chain was rewritten since printing" in out
    assert f"printed entry #{anchor.sequence} {anchor.short_hash}" in out
    assert "that entry's hash is now ffffffffffffffff" in out


def test_a_chain_cut_short_since_printing_is_reported(
    fresh: tuple[World, int], tmp_path: Path, monkeypatch, capsys
):
    world, appraisal_id = fresh
    pdf = world.services.sheets.pdf(world.admin, appraisal_id)
    anchor = world.services.sheets.sheet(world.admin, appraisal_id).chain_anchor
    assert anchor is not None
    with world.database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE id >= :id"), {"id": anchor.sequence})
    code, out, _ = verify(world, pdf, tmp_path, monkeypatch, capsys)
    assert code == 1 and "it was cut short or rewritten since printing" in out


def test_a_sheet_acknowledged_after_printing_still_verifies(
    fresh: tuple[World, int], tmp_path: Path, monkeypatch, capsys
):
    world, appraisal_id = fresh
    pdf = world.services.sheets.pdf(world.admin, appraisal_id)
    world.services.appraisals.acknowledge(world.employee, appraisal_id)
    code, out, _ = verify(world, pdf, tmp_path, monkeypatch, capsys)
    assert code == 0 and "now acknowledged" in out, out
    assert "still in the chain" in out  # the acknowledgement added entries after it


def test_a_sheet_with_its_chart_page_verifies_and_the_chart_page_total_is_checked(
    printed: Printed, tmp_path: Path, monkeypatch, capsys
):
    world = printed.world
    pdf = world.services.sheets.pdf(world.admin, printed.appraisal_id, chart_page=True)
    code, out, _ = verify(world, pdf, tmp_path, monkeypatch, capsys)
    assert code == 0 and "its chart page's title, total and grade too" in out, out
    edited = tamper.swap_text(pdf, _total(printed.sheet), _changed_total(printed.sheet), 2)
    code, out, _ = verify(world, edited, tmp_path, monkeypatch, capsys)
    expected = f"total on the chart page: PDF shows {_changed_total(printed.sheet)}"
    assert code == 1 and expected in out, out
