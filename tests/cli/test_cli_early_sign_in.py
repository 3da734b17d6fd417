"""`kpm` signed in from the environment starts the password check (argon2) at its very start,
before the command's code loads, through the early check the GUI uses; the sign-in takes
its result only for the same stored hash and password, once, and refusals, locks and the
recorded attempts stay what they are (tests/services/test_early_password_check.py)."""

import threading
from pathlib import Path

import pytest

from kpm_desktop.cli import main
from kpm_desktop.domain.sign_in import SignInChannel, SignInOutcome
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck
from kpm_desktop.services.admin.sign_in import SignInService
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage import stored_password_hash
from kpm_desktop.storage.stored_password_hash import stored_password_hash as read_stored_hash
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit, cli_accounts
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import World

pytestmark = pytest.mark.sqlite_only  # the early check reads SQLite files only

WRONG = "kpm: error: Wrong user name or password\n"


class Spy:
    """The early checks started (their arguments) and what the sign-in took of them.

    A started check has read the stored hash when `start` returns, as in a real start,
    where the command's imports (a few hundred milliseconds) come between: in-process the
    command would open the database at once, and a read-only read meeting the file's
    first opener gives up (timeout 0), leaving the sign-in to verify by itself."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[tuple[str, str]] = []
        self.results: list[bool | None] = []
        start, result_for = EarlyPasswordCheck.start, EarlyPasswordCheck.result_for
        hash_read = threading.Event()

        def spied_read(path: Path, username: str) -> str | None:
            try:
                return read_stored_hash(path, username)
            finally:
                hash_read.set()

        def spied_start(
            target: str, username: str | None, password: str | None
        ) -> EarlyPasswordCheck | None:
            hash_read.clear()
            check = start(target, username, password)
            if check is not None:
                self.started.append((target, str(username)))
                assert hash_read.wait(10)
            return check

        def spied_result_for(check: EarlyPasswordCheck, stored: str, password: str) -> bool | None:
            self.results.append(result_for(check, stored, password))
            return self.results[-1]

        monkeypatch.setattr(stored_password_hash, "stored_password_hash", spied_read)
        monkeypatch.setattr(EarlyPasswordCheck, "start", staticmethod(spied_start))
        monkeypatch.setattr(EarlyPasswordCheck, "result_for", spied_result_for)


@pytest.fixture
def db(migrated_file, monkeypatch) -> str:
    """`admin` (HR admin) and `viewer`, both with ADMIN_PASSWORD in KPM_PASSWORD."""
    path = str(migrated_file("early.sqlite3"))
    cli_accounts(path, monkeypatch)
    return path


@pytest.fixture
def spy(monkeypatch) -> Spy:
    return Spy(monkeypatch)


def _recorded(db: str, username: str) -> list[SignInOutcome]:
    """The attempts recorded for `username`, newest first (read as the HR admin)."""
    opened = open_database(db)
    try:
        auth, _ = auth_and_audit(opened.database)
        admin = auth.authenticate("admin", ADMIN_PASSWORD)
        sign_ins = SignInService(opened.database, AuditTrail(opened.database), SignInChannel.CLI)
        return [e.outcome for e in sign_ins.sign_ins(admin, username=username)]
    finally:
        opened.database.dispose()


def test_the_right_password_signs_in_on_the_early_result(db: str, spy: Spy, capsys) -> None:
    assert main(["--db", db, "--user", "viewer", "template", "list"]) == 0
    assert spy.started == [(db, "viewer")]
    assert spy.results == [True]  # the sign-in took the early verification
    assert _recorded(db, "viewer") == [SignInOutcome.SIGNED_IN]


def test_commands_signing_in_beside_their_work_take_it_too(db: str, spy: Spy, capsys) -> None:
    """`kpm kpi` reads the KPIs while the password is checked (`while_signing_in`)."""
    assert main(["--db", db, "--user", "admin", "kpi", "--period", "2026Q3"]) == 0
    assert spy.results == [True]


def test_one_sheet_is_the_services_pdf_on_the_early_result(
    world: World, spy: Spy, tmp_path: Path, monkeypatch, capsys
) -> None:
    """`kpm pdf --appraisal` reads the sheet and has it rendered beside the sign-in."""
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD)
    out = tmp_path / "sheet.pdf"
    db = str(world.database.file_path)
    args = ["pdf", "--appraisal", str(appraisal_id), "--out", str(out), "--company", "华东新锐"]
    assert main(["--db", db, "--user", "admin", *args]) == 0
    assert spy.results == [True]
    # Read after the command: its sign-in rehashed the test account's cheap hash (an
    # audit entry), and the footer prints the chain head.
    sheets = world.services.sheets
    assert out.read_bytes() == sheets.pdf(world.admin, appraisal_id, False, company="华东新锐")


@pytest.mark.parametrize("user", ["viewer", "nobody"])
def test_a_wrong_password_or_name_is_refused_and_recorded_as_before(
    db: str, spy: Spy, capsys, monkeypatch, user: str
) -> None:
    monkeypatch.setenv("KPM_PASSWORD", "not the password")
    assert main(["--db", db, "--user", user, "template", "list"]) == 2
    assert capsys.readouterr() == ("", WRONG)
    # An unknown name has no stored hash: nothing verified early, the sign-in hashes itself.
    assert spy.results == ([False] if user == "viewer" else [])
    assert _recorded(db, user) == [SignInOutcome.WRONG_CREDENTIALS]


def test_a_locked_name_stays_locked_with_the_right_password(
    db: str, spy: Spy, capsys, monkeypatch
) -> None:
    policy = ["--throttle-after", "2", "--lock-after", "2"]  # locked before any wait
    assert main(["--db", db, "--user", "admin", "user", "sign-in-policy", *policy]) == 0
    monkeypatch.setenv("KPM_PASSWORD", "not the password")
    for _ in range(2):
        main(["--db", db, "--user", "viewer", "template", "list"])
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD)
    capsys.readouterr()
    assert main(["--db", db, "--user", "viewer", "template", "list"]) == 2
    assert capsys.readouterr().err.startswith("kpm: error: Too many failed sign-ins as 'viewer'")
    assert spy.started[-1] == (db, "viewer")  # checked early, and not taken: locked first
    assert _recorded(db, "viewer")[0] is SignInOutcome.LOCKED


def test_a_deactivated_account_is_refused_and_recorded_as_before(db: str, spy: Spy, capsys) -> None:
    assert main(["--db", db, "--user", "admin", "user", "deactivate", "viewer"]) == 0
    assert main(["--db", db, "--user", "viewer", "template", "list"]) == 2
    assert "deactivated" in capsys.readouterr().err
    assert spy.results[-1] is True  # the password was right: the account is what refuses
    assert _recorded(db, "viewer") == [SignInOutcome.DEACTIVATED]


def test_no_early_check_without_a_password_a_user_or_a_command_that_signs_in(
    db: str, spy: Spy, capsys, monkeypatch, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit):
        main(["--db", db, "--user", "admin", "pdf", "--help"])
    ratings = tmp_path / "ratings.json"
    ratings.write_text("{}", encoding="utf-8")
    main(["--db", db, "--user", "admin", "score", str(tmp_path / "x.json"), str(ratings)])
    main(["--db", db, "template", "list"])  # no user: refused, as before
    monkeypatch.delenv("KPM_PASSWORD")
    monkeypatch.setattr("getpass.getpass", lambda _prompt: ADMIN_PASSWORD)
    assert main(["--db", db, "--user", "admin", "template", "list"]) == 0
    assert spy.started == []
