"""`kpm user` and `--user`: the first admin, adding and listing users, and guarded commands."""

from pathlib import Path

import pytest

from kpm_desktop.cli import main

DEMO = ["demo", "--staff", "12", "--customers", "20", "--deals", "20", "--tickets", "5"]


@pytest.fixture
def demo_db(tmp_path: Path, capsys) -> str:
    db = str(tmp_path / "users.sqlite3")
    assert main(["--db", db, *DEMO, "--as-of", "2026-09-30"]) == 0
    assert "demo.supervisor (supervisor)" in capsys.readouterr().out
    return db


def test_first_admin_then_users_as_that_admin(demo_db: str, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KPM_NEW_PASSWORD", "first-admin-1")
    assert main(["--db", demo_db, "user", "add", "hr", "--role", "hr_admin"]) == 0
    monkeypatch.setenv("KPM_PASSWORD", "first-admin-1")
    monkeypatch.setenv("KPM_NEW_PASSWORD", "sales-rep-22")
    args = ["--db", demo_db, "--user", "hr", "user", "add", "rep", "--role", "employee"]
    assert main([*args, "--staff", "E00007"]) == 0
    assert main(["--db", demo_db, "--user", "hr", "user", "list"]) == 0
    out = capsys.readouterr().out
    assert "User rep added with role employee" in out
    assert "rep\trep\temployee\tE00007 " in out and "demo.viewer\t" in out


def test_guarded_commands_need_a_user_and_the_right_role(demo_db: str, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KPM_NEW_PASSWORD", "some-pass-123")
    assert main(["--db", demo_db, "user", "add", "x", "--role", "viewer"]) == 2
    assert "no HR admin yet" in capsys.readouterr().err
    assert main(["--db", demo_db, "user", "add", "hr", "--role", "hr_admin"]) == 0
    assert main(["--db", demo_db, "user", "add", "y", "--role", "viewer"]) == 2
    assert "pass --user NAME" in capsys.readouterr().err
    monkeypatch.setenv("KPM_PASSWORD", "kpm-demo-2026")
    supervisor = ["--db", demo_db, "--user", "demo.supervisor"]
    assert main([*supervisor, "user", "add", "y", "--role", "viewer"]) == 2
    assert "may not manage_users" in capsys.readouterr().err
    monkeypatch.setenv("KPM_PASSWORD", "wrong-password")
    assert main([*supervisor, "user", "list"]) == 2
    assert capsys.readouterr().err.strip() == "kpm: error: Wrong user name or password"


def test_a_user_changes_their_own_password(demo_db: str, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KPM_PASSWORD", "kpm-demo-2026")
    monkeypatch.setenv("KPM_NEW_PASSWORD", "my-own-pass-9")
    assert main(["--db", demo_db, "--user", "demo.viewer", "user", "passwd", "demo.viewer"]) == 0
    monkeypatch.setenv("KPM_PASSWORD", "my-own-pass-9")
    assert main(["--db", demo_db, "--user", "demo.viewer", "user", "list"]) == 0
    assert main(["--db", demo_db, "verify"]) == 0
    # The demo's templates and accounts with their seals, the password change and its seal.
    assert "All clean: 16 audit entries, 7 seals checked" in capsys.readouterr().out


def test_the_new_password_is_asked_twice(demo_db: str, capsys, monkeypatch) -> None:
    monkeypatch.delenv("KPM_NEW_PASSWORD", raising=False)
    answers = iter(["first-try-123", "second-try-123"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    assert main(["--db", demo_db, "user", "add", "hr", "--role", "hr_admin"]) == 2
    assert "differ" in capsys.readouterr().err
