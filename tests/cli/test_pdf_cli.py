"""`kpm pdf` and `kpm verify --pdf`: sheets from the command line and their round trip."""

from __future__ import annotations

import gc
from pathlib import Path

from sqlalchemy import text

from kpm_desktop.cli import main
from kpm_desktop.reports.sheet_pool import YOUNG_COLLECTION
from kpm_desktop.reports.signing import check_signatures
from kpm_desktop.services.sheets.sheet_service import EvaluationSheetService
from tests.access_helpers import ADMIN_PASSWORD
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PERIOD, World
from tests.reports.certificates import PASSWORD as CERT_PASSWORD
from tests.reports.certificates import self_signed as _self_signed
from tests.reports.pdf_text import is_chart_page, page_texts


def kpm(world: World, *args: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD)
    code = main(["--db", world.database.url, "--user", "admin", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_verify_round_trip(world: World, tmp_path: Path, monkeypatch, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        return kpm(world, *args, monkeypatch=monkeypatch, capsys=capsys)

    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    sheet = tmp_path / "sheet.pdf"
    code, out, _ = run("pdf", "--appraisal", str(appraisal_id), "--out", str(sheet))
    assert code == 0 and sheet.exists() and "Wrote" in out
    code, out, _ = run("verify", "--pdf", str(sheet))
    assert code == 0 and f"matches: appraisal {appraisal_id}, revision 1, now finalized" in out
    world.services.appraisals.amend(world.admin, appraisal_id, "A2 分数录入错误")
    code, out, _ = run("verify", "--pdf", str(sheet))
    assert code == 1 and "differs: the appraisal changed since printing" in out
    assert "now superseded by a later revision" in out
    (tmp_path / "junk.pdf").write_bytes(b"%PDF-1.4 junk")
    code, _, err = run("verify", "--pdf", str(tmp_path / "junk.pdf"))
    assert code == 2 and "junk.pdf" in err
    code, _, err = run("verify", "--pdf", str(tmp_path / "missing.pdf"))
    assert code == 2 and "cannot read" in err
    code, out, _ = run("verify")  # the database checks are unchanged
    assert code == 0 and "All clean" in out


def test_a_tampered_database_value_is_a_mismatch(world: World, tmp_path: Path, monkeypatch, capsys):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    sheet = tmp_path / "sheet.pdf"
    kpm(world, "pdf", "--appraisal", str(appraisal_id), "--out", str(sheet),
        monkeypatch=monkeypatch, capsys=capsys)  # fmt: skip
    with world.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE appraisal_ratings SET score = 84 WHERE appraisal_id = :id AND score = 85"),
            {"id": appraisal_id},
        )
    code, out, _ = kpm(world, "verify", "--pdf", str(sheet), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and "differs" in out


def test_a_cycle_to_a_folder_and_a_combined_file(world: World, tmp_path: Path, monkeypatch, capsys):
    code, out, err = kpm(
        world, "pdf", "--cycle", PERIOD, "--out", str(tmp_path / "out"),
        "--combined", str(tmp_path / "all.pdf"), monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 0 and "Wrote 8 sheets of cycle 2026Q3: 9 files" in out
    assert len(list((tmp_path / "out").glob("2026Q3_*.pdf"))) == 8
    assert (tmp_path / "all.pdf").stat().st_size > 0
    assert "rendering 8/8" in err  # progress counts the sheets rendered


def test_a_cycle_is_exported_with_the_commands_start_frozen_out_of_the_collector(
    world: World, tmp_path: Path, monkeypatch, capsys
):
    """tests/conftest.py turns automatic collection off for the session: on here. During
    the export what the command loaded is frozen and young collections are rarer; after
    it the collector is as before."""
    seen: list[tuple[bool, int, int]] = []
    export = EvaluationSheetService.cycle_pdfs

    def watched(*args, **kwargs):
        seen.append((gc.isenabled(), gc.get_threshold()[0], gc.get_freeze_count()))
        return export(*args, **kwargs)

    monkeypatch.setattr(EvaluationSheetService, "cycle_pdfs", watched)
    gc.unfreeze()  # as in the command's own process: nothing frozen before it
    before = (gc.get_threshold(), 0)
    gc.enable()
    try:
        code, out, _ = kpm(world, "pdf", "--cycle", PERIOD, "--out", str(tmp_path / "out"),
                           monkeypatch=monkeypatch, capsys=capsys)  # fmt: skip
        assert gc.isenabled()
    finally:
        gc.disable()
    assert code == 0 and "Wrote 8 sheets" in out
    assert [(enabled, young) for enabled, young, _ in seen] == [(True, YOUNG_COLLECTION)]
    assert seen[0][2] > before[1]
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_a_refused_sign_in_leaves_the_collector_as_it_was(
    world: World, tmp_path: Path, monkeypatch, capsys
):
    gc.freeze()  # what the caller froze before stays frozen (Python thaws all or none)
    before = (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count())
    monkeypatch.setenv("KPM_PASSWORD", "not the password")
    code = main(["--db", world.database.url, "--user", "admin", "pdf", "--cycle", PERIOD,
                 "--out", str(tmp_path / "out")])  # fmt: skip
    assert code == 2 and "Wrong user name or password" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert (gc.isenabled(), gc.get_threshold()) == before[:2]
    assert before[2] > 0 and gc.get_freeze_count() > 0  # not thawed (objects may have died)


def test_an_error_after_progress_starts_on_a_line_of_its_own(
    world: World, tmp_path: Path, monkeypatch, capsys
):
    (tmp_path / "blocker").write_text("a file, not a folder")
    code, _, err = kpm(
        world, "pdf", "--cycle", PERIOD, "--combined", str(tmp_path / "blocker" / "all.pdf"),
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 2
    progress, error = err.rstrip("\n").split("\n")[-2:]
    assert "reading 8/8" in progress or "rendering" in progress
    assert error.startswith("kpm: error:") and "blocker" in error


def test_a_signed_sheet_and_the_password_variable(
    world: World, tmp_path: Path, monkeypatch, capsys
):
    certificate, root_der = _self_signed(tmp_path)
    out = tmp_path / "signed.pdf"
    args = ("pdf", "--appraisal", str(target_id(world)), "--out", str(out),
            "--sign-p12", str(certificate), "--sign-password-env", "HR_CERT_PASSWORD")  # fmt: skip
    code, _, err = kpm(world, *args, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and "HR_CERT_PASSWORD" in err
    monkeypatch.setenv("HR_CERT_PASSWORD", CERT_PASSWORD)
    code, text, _ = kpm(world, *args, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0 and "signed" in text
    [check] = check_signatures(out.read_bytes(), [root_der])
    assert check.intact and check.valid


def test_pdf_with_chart_pages(world: World, tmp_path: Path, monkeypatch, capsys):
    finalized_id = target_id(world)
    rate_all(world, finalized_id)
    finalize(world, finalized_id)

    def kpm(*args: str) -> int:
        monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD)
        return main(["--db", world.database.url, "--user", "admin", "pdf", *args])

    one, without = tmp_path / "one.pdf", tmp_path / "without.pdf"
    assert kpm("--appraisal", str(finalized_id), "--out", str(without)) == 0
    assert kpm("--appraisal", str(finalized_id), "--out", str(one), "--chart-page") == 0
    pages = page_texts(one.read_bytes())
    assert len(pages) == len(page_texts(without.read_bytes())) + 1
    assert is_chart_page(pages[-1], "任倩")
    combined = tmp_path / "all.pdf"
    code = kpm("--cycle", PERIOD, "--out", str(tmp_path / "out"), "--combined", str(combined),
               "--chart-page")  # fmt: skip
    assert code == 0 and "Wrote 8 sheets of cycle 2026Q3: 9 files" in capsys.readouterr().out
    charts = [page for page in page_texts(combined.read_bytes()) if "绩效图表" in page]
    assert len(charts) == 8
    for path in (tmp_path / "out").glob("*.pdf"):
        assert is_chart_page(page_texts(path.read_bytes())[-1], path.stem.split("_")[2])
