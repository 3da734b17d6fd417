"""`kpm settings office-zone`: show the office's zone, or set it as an HR admin."""

import pytest

from kpm_desktop.cli import main
from tests.access_helpers import cli_accounts


@pytest.fixture
def db(migrated_file, monkeypatch: pytest.MonkeyPatch) -> str:
    path = migrated_file("settings.sqlite3")
    cli_accounts(path, monkeypatch)
    return str(path)


def test_show_and_change_the_office_zone(db: str, capsys) -> None:
    assert main(["--db", db, "settings", "office-zone"]) == 0
    assert capsys.readouterr().out.strip() == "Asia/Shanghai"
    assert main(["--db", db, "--user", "admin", "settings", "office-zone", "Europe/Berlin"]) == 0
    assert capsys.readouterr().out.strip() == "Office time zone: Europe/Berlin"
    assert main(["--db", db, "settings", "office-zone"]) == 0
    assert capsys.readouterr().out.strip() == "Europe/Berlin"


def test_a_bad_zone_or_a_viewer_is_refused_in_one_line(db: str, capsys) -> None:
    assert main(["--db", db, "--user", "admin", "settings", "office-zone", "UTC+8"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'UTC+8' is not a time zone" in err
    assert main(["--db", db, "--user", "viewer", "settings", "office-zone", "UTC"]) == 2
    assert "kpm: error:" in capsys.readouterr().err
