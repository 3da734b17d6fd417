"""`kpm pdf --appraisal`: the sheet is read and rendered (in a second process) while the
password is checked; the file is written and the line printed only once it passed."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kpm_desktop.cli import main
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.sign_in import SignInOutcome
from tests.access_helpers import ADMIN_PASSWORD
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PASSWORD, World

WRONG = "kpm: error: Wrong user name or password\n"


def _kpm(world: World, user: str, password: str, *args: str, monkeypatch) -> int:
    monkeypatch.setenv("KPM_PASSWORD", password)
    return main(["--db", world.database.url, "--user", user, "pdf", *args])


def _recorded(world: World) -> list[tuple[str, SignInOutcome]]:
    return [(e.username, e.outcome) for e in world.services.sign_ins.sign_ins(world.admin)]


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
def test_the_sheet_is_the_services_pdf(
    world: World, tmp_path: Path, monkeypatch, capsys, landscape: bool
) -> None:
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    out = tmp_path / "sheet.pdf"
    extra = ["--landscape"] if landscape else []
    args = ("--appraisal", str(appraisal_id), "--out", str(out), "--company", "华东新锐", *extra)
    assert _kpm(world, "admin", ADMIN_PASSWORD, *args, monkeypatch=monkeypatch) == 0
    pdf = out.read_bytes()
    assert capsys.readouterr().out == f"Wrote {out} ({len(pdf)} bytes)\n"
    # Read after the command: its first sign-in rehashes the test account's cheap hash
    # (an audit entry), and the footer prints the chain head.
    sheets = world.services.sheets
    assert pdf == sheets.pdf(world.admin, appraisal_id, landscape, company="华东新锐")


def test_the_collector_is_paused_for_the_sheet_only(world: World, tmp_path: Path, monkeypatch):
    """tests/conftest.py turns automatic collection off for the session: on here."""
    args = ("--appraisal", str(target_id(world)), "--out", str(tmp_path / "sheet.pdf"))
    gc.enable()
    try:
        assert _kpm(world, "admin", ADMIN_PASSWORD, *args, monkeypatch=monkeypatch) == 0
        assert gc.isenabled()
    finally:
        gc.disable()


@pytest.mark.parametrize("user", ["admin", "lubo", "nobody"])
def test_a_wrong_password_writes_and_shows_nothing_and_is_recorded(
    world: World, tmp_path: Path, monkeypatch, capsys, user: str
) -> None:
    """lubo may not view 任倩's appraisal: with a wrong password he learns no more."""
    out = tmp_path / "out" / "sheet.pdf"  # its folder is made before the file is written
    args = ("--appraisal", str(target_id(world)), "--out", str(out))
    assert _kpm(world, user, "not the password", *args, monkeypatch=monkeypatch) == 2
    assert capsys.readouterr() == ("", WRONG)
    assert not out.parent.exists()
    assert (user, SignInOutcome.WRONG_CREDENTIALS) in _recorded(world)


def test_an_appraisal_the_user_may_not_view_is_refused_as_before(
    world: World, tmp_path: Path, monkeypatch, capsys
) -> None:
    appraisal_id = target_id(world)
    lubo = world.services.auth.authenticate("lubo", PASSWORD)
    with pytest.raises(KpmUserError) as refused:
        world.services.sheets.sheet(lubo, appraisal_id)
    out = tmp_path / "sheet.pdf"
    args = ("--appraisal", str(appraisal_id), "--out", str(out))
    assert _kpm(world, "lubo", PASSWORD, *args, monkeypatch=monkeypatch) == 2
    assert capsys.readouterr() == ("", f"kpm: error: {refused.value}\n")
    assert not out.exists()
