"""`kpm pdf --appraisal` signed in from the environment on a plain SQLite file reads the
sheet and records the sign-in with sqlite3, never importing SQLAlchemy
(services/sheets/early_sheet.py), and writes the services' PDF; whenever anything is not
plain it takes the usual path, whose messages, refusals and records stay as they were."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kpm_desktop.cli import main, pdf_command
from kpm_desktop.domain.sign_in import SignInOutcome
from kpm_desktop.storage.early_sheet_reads import EarlySheetReads
from tests.access_helpers import ADMIN_PASSWORD
from tests.appraisal_steps import target_id
from tests.appraisal_world import PASSWORD, World

# The early path reads SQLite files; its accounts' hashes have the app's parameters (a
# hash that needs rehashing takes the usual path, which rehashes and seals it).
pytestmark = [pytest.mark.sqlite_only, pytest.mark.strong_hashing]

COMPANY = "华东新锐"
WRONG = "kpm: error: Wrong user name or password\n"


class UsualPath:
    """Counts the runs of the usual path (`pdf_command._printed`)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs = 0
        printed = pdf_command._printed

        def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.runs += 1
            return printed(*args, **kwargs)

        monkeypatch.setattr(pdf_command, "_printed", counted)


@pytest.fixture
def finalized(strong_finalized: int) -> int:
    """The world with strong hashes for `admin` and `lubo`; a finalized appraisal's id
    (tests/conftest.py)."""
    return strong_finalized


@pytest.fixture
def usual(monkeypatch) -> UsualPath:
    return UsualPath(monkeypatch)


def _file(world: World) -> str:
    assert world.database.file_path is not None
    return str(world.database.file_path)


def _kpm(world: World, user: str, password: str, *args: str, monkeypatch) -> int:
    monkeypatch.setenv("KPM_PASSWORD", password)
    return main(["--db", _file(world), "--user", user, "pdf", *args])


def _args(appraisal_id: int, out: Path) -> tuple[str, ...]:
    return ("--appraisal", str(appraisal_id), "--out", str(out), "--company", COMPANY)


def _recorded(world: World) -> list[tuple[str, SignInOutcome]]:
    return [(e.username, e.outcome) for e in world.services.sign_ins.sign_ins(world.admin)]


def _sql(world: World, statement: str) -> None:
    with sqlite3.connect(_file(world)) as connection:
        connection.execute(statement)
    connection.close()


def test_the_command_imports_no_sqlalchemy_and_writes_the_services_pdf(
    world: World, finalized: int, tmp_path: Path
) -> None:
    out = tmp_path / "sheet.pdf"
    command = [sys.executable, "-X", "importtime", "-m", "kpm_desktop.cli", "--db", _file(world)]
    command += ["--user", "admin", "pdf", *_args(finalized, out)]
    environment = {**os.environ, "KPM_PASSWORD": ADMIN_PASSWORD}
    done = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()]
    assert "kpm_desktop.services.sheets.early_sheet" in imported  # the early path ran
    assert not [name for name in imported if name.split(".")[0] == "sqlalchemy"]
    pdf = out.read_bytes()
    assert done.stdout == f"Wrote {out} ({len(pdf)} bytes)\n"
    assert pdf == world.services.sheets.pdf(world.admin, finalized, False, company=COMPANY)
    assert _recorded(world)[0] == ("admin", SignInOutcome.SIGNED_IN)


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
def test_in_process_the_early_path_writes_the_services_pdf(
    world: World, finalized: int, usual: UsualPath, tmp_path: Path, monkeypatch, capsys, landscape
) -> None:
    out = tmp_path / "sheet.pdf"
    extra = ("--landscape",) if landscape else ()
    assert _kpm(world, "admin", ADMIN_PASSWORD, *_args(finalized, out), *extra,
                monkeypatch=monkeypatch) == 0  # fmt: skip
    assert usual.runs == 0
    pdf = out.read_bytes()
    assert capsys.readouterr() == (f"Wrote {out} ({len(pdf)} bytes)\n", "")
    assert pdf == world.services.sheets.pdf(world.admin, finalized, landscape, company=COMPANY)
    assert _recorded(world)[0] == ("admin", SignInOutcome.SIGNED_IN)


def test_a_wrong_password_takes_the_usual_path_and_is_refused_and_recorded(
    world: World, finalized: int, usual: UsualPath, tmp_path: Path, monkeypatch, capsys
) -> None:
    out = tmp_path / "sheet.pdf"
    assert _kpm(world, "admin", "not it", *_args(finalized, out), monkeypatch=monkeypatch) == 2
    assert usual.runs == 1
    assert capsys.readouterr() == ("", WRONG)
    assert not out.exists()
    assert _recorded(world)[0] == ("admin", SignInOutcome.WRONG_CREDENTIALS)


@pytest.mark.parametrize(
    ("user", "outcome"),
    [("nobody", SignInOutcome.WRONG_CREDENTIALS), ("viewer", SignInOutcome.DEACTIVATED)],
)
def test_an_unknown_or_deactivated_user_takes_the_usual_path(
    world: World,
    finalized: int,
    usual: UsualPath,
    tmp_path: Path,
    monkeypatch,
    capsys,
    user,
    outcome,
) -> None:
    world.services.auth.deactivate(world.admin, "viewer")
    out = tmp_path / "sheet.pdf"
    assert _kpm(world, user, PASSWORD, *_args(finalized, out), monkeypatch=monkeypatch) == 2
    assert usual.runs == 1
    assert not out.exists() and capsys.readouterr().out == ""
    assert _recorded(world)[0] == (user, outcome)


def test_a_name_with_failures_takes_the_usual_path_which_clears_them(
    world: World, finalized: int, usual: UsualPath, tmp_path: Path, monkeypatch, capsys
) -> None:
    out = tmp_path / "sheet.pdf"
    assert _kpm(world, "admin", "not it", *_args(finalized, out), monkeypatch=monkeypatch) == 2
    assert (
        _kpm(world, "admin", ADMIN_PASSWORD, *_args(finalized, out), monkeypatch=monkeypatch) == 0
    )
    assert usual.runs == 2
    assert out.exists()
    assert world.services.sign_ins.locked_names(world.admin) == []


def test_a_hash_needing_a_rehash_takes_the_usual_path_which_rehashes_it(
    world: World, usual: UsualPath, tmp_path: Path, monkeypatch, capsys
) -> None:
    """The world's own accounts have the tests' cheap hashes."""
    out = tmp_path / "sheet.pdf"
    appraisal_id = target_id(world)
    assert _kpm(world, "admin", ADMIN_PASSWORD, *_args(appraisal_id, out),
                monkeypatch=monkeypatch) == 0  # fmt: skip
    assert usual.runs == 1
    assert out.read_bytes() == world.services.sheets.pdf(
        world.admin, appraisal_id, False, company=COMPANY
    )


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE users SET is_demo = 1 WHERE username = 'viewer'",
        "UPDATE database_identity SET seals_adopted = 0",
        "UPDATE users SET role = 'viewer' WHERE username = 'admin'",
    ],
    ids=["demo-account", "seals-not-adopted", "no-hr-admin"],
)
def test_a_file_the_early_path_does_not_take_as_it_is_takes_the_usual_path(
    world: World, finalized: int, usual: UsualPath, tmp_path: Path, monkeypatch, capsys, change
) -> None:
    _sql(world, change)
    out = tmp_path / "sheet.pdf"
    assert (
        _kpm(world, "admin", ADMIN_PASSWORD, *_args(finalized, out), monkeypatch=monkeypatch) == 0
    )
    assert usual.runs == 1
    assert out.exists()


def test_a_file_others_may_read_takes_the_usual_path_which_warns(
    world: World, finalized: int, usual: UsualPath, tmp_path: Path, monkeypatch, capsys
) -> None:
    os.chmod(_file(world), 0o644)
    out = tmp_path / "sheet.pdf"
    assert (
        _kpm(world, "admin", ADMIN_PASSWORD, *_args(finalized, out), monkeypatch=monkeypatch) == 0
    )
    assert usual.runs == 1
    assert "can be read by other users" in capsys.readouterr().err


def test_another_schema_revision_takes_the_usual_path_which_says_so(
    world: World, finalized: int, usual: UsualPath, tmp_path: Path, monkeypatch, capsys
) -> None:
    _sql(world, "UPDATE alembic_version SET version_num = '9999'")
    out = tmp_path / "sheet.pdf"
    assert (
        _kpm(world, "admin", ADMIN_PASSWORD, *_args(finalized, out), monkeypatch=monkeypatch) == 2
    )
    assert usual.runs == 1
    assert "newer KPM Desktop" in capsys.readouterr().err
    assert not out.exists()


def test_a_missing_or_hidden_appraisal_takes_the_usual_path_which_refuses(
    world: World, finalized: int, usual: UsualPath, tmp_path: Path, monkeypatch, capsys
) -> None:
    out = tmp_path / "sheet.pdf"
    assert _kpm(world, "admin", ADMIN_PASSWORD, *_args(99999, out), monkeypatch=monkeypatch) == 2
    assert "There is no appraisal with id 99999" in capsys.readouterr().err
    assert _kpm(world, "lubo", PASSWORD, *_args(finalized, out), monkeypatch=monkeypatch) == 2
    assert "may not view_appraisal" in capsys.readouterr().err
    assert usual.runs == 2
    assert not out.exists()
    assert _recorded(world)[:2] == [
        ("lubo", SignInOutcome.SIGNED_IN),
        ("admin", SignInOutcome.SIGNED_IN),
    ]


def test_a_read_error_takes_the_usual_path(
    world: World, finalized: int, usual: UsualPath, tmp_path: Path, monkeypatch, capsys
) -> None:
    def broken(*_args: object) -> None:
        raise ValueError("a value the early read cannot make")

    monkeypatch.setattr(EarlySheetReads, "ratings", broken)
    out = tmp_path / "sheet.pdf"
    before = len(_recorded(world))
    assert (
        _kpm(world, "admin", ADMIN_PASSWORD, *_args(finalized, out), monkeypatch=monkeypatch) == 0
    )
    assert usual.runs == 1
    assert out.read_bytes() == world.services.sheets.pdf(
        world.admin, finalized, False, company=COMPANY
    )
    assert len(_recorded(world)) == before + 1  # one sign-in recorded, by the usual path
