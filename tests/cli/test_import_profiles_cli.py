"""`kpm import deals FILE --profile NAME` and `kpm profile ...` on Salesforce- and
HubSpot-style files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kpm_desktop.cli import main
from kpm_desktop.services.admin.database_setup import open_database
from tests.access_helpers import cli_accounts
from tests.services.crm_export_files import Names, hubspot_deals, names, salesforce_deals


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Names]:
    db = tmp_path / "cli.sqlite3"
    demo = ["--db", str(db), "demo", "--staff", "8", "--customers", "10", "--deals", "10",
            "--tickets", "5", "--as-of", "2026-09-30"]  # fmt: skip
    assert main(demo) == 0
    cli_accounts(db, monkeypatch)
    assert main(["--db", str(db), "--user", "admin", "user", "remove-demo"]) == 0
    opened = open_database(db)
    try:
        return db, names(opened.database)
    finally:
        opened.database.dispose()


def _kpm(db: Path, *args: str) -> int:
    return main(["--db", str(db), "--user", "admin", *args])


def test_salesforce_check_shows_mapping_unmapped_values_and_errors(
    cli_db: tuple[Path, Names], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, who = cli_db
    path = salesforce_deals(tmp_path / "sf.csv", who, stage="Verbal Commit")
    capsys.readouterr()
    profile = "Salesforce opportunities report"
    assert _kpm(db, "import", "deals", str(path), "--profile", profile, "--check") == 2
    out, err = capsys.readouterr()
    assert f"profile: {profile}" in out
    assert "  Stage -> stage" in out and "  Stage -> status" in out
    assert "  Opportunity Owner -> owner_no" in out
    assert (
        "unmapped value 'Verbal Commit' in column Stage (stage): 1 row(s) from row 3, refused"
        in err
    )
    assert "row 3, column Stage, value 'Verbal Commit': not in the value map" in out

    path = salesforce_deals(tmp_path / "sf.csv", who)
    assert _kpm(db, "import", "deals", str(path), "--profile", profile) == 0
    out, err = capsys.readouterr()
    assert "3 rows; 3 inserted, 0 updated, 0 unchanged were written" in out
    assert "'Negotiation/Review' in column Stage (status)" in err and "default was used" in err


def test_without_a_profile_the_missing_columns_are_named(
    cli_db: tuple[Path, Names], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, who = cli_db
    path = hubspot_deals(tmp_path / "hubspot.csv", who)
    capsys.readouterr()
    assert _kpm(db, "import", "deals", str(path)) == 2
    err = capsys.readouterr().err
    assert "hubspot.csv: The file has no column for: 订单编号 (deal_code)" in err
    assert _kpm(db, "import", "deals", str(path), "--profile", "HubSpot deals export") == 0
    assert "2 inserted" in capsys.readouterr().out


def test_profile_list_show_copy_export_import_remove(
    cli_db: tuple[Path, Names], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _who = cli_db
    capsys.readouterr()
    assert _kpm(db, "profile", "list", "--kind", "deals") == 0
    listed = capsys.readouterr().out
    salesforce = r"^Salesforce opportunities report\s+deals\s+built-in starting point\s+9$"
    assert re.search(salesforce, listed, re.MULTILINE)
    assert "HubSpot deals export" in listed and "Salesforce accounts report" not in listed
    assert _kpm(db, "profile", "copy", "HubSpot deals export", "我们的HubSpot") == 0
    assert "copied as '我们的HubSpot'" in capsys.readouterr().out
    assert _kpm(db, "profile", "show", "我们的HubSpot") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "我们的HubSpot"
    assert shown["columns"]["Deal Stage"] == ["stage", "status"]
    exported = tmp_path / "ours.json"
    assert _kpm(db, "profile", "export", "我们的HubSpot", str(exported)) == 0
    assert _kpm(db, "profile", "remove", "我们的HubSpot") == 0
    assert _kpm(db, "profile", "show", "我们的HubSpot") == 2
    assert "There is no import profile named '我们的HubSpot'" in capsys.readouterr().err
    assert _kpm(db, "profile", "import", str(exported)) == 0
    assert "profile '我们的HubSpot' (deals) saved" in capsys.readouterr().out
    assert json.loads(exported.read_text(encoding="utf-8")) == shown
    assert _kpm(db, "profile", "remove", "HubSpot deals export") == 2
    assert "built-in starting point; it cannot be removed" in capsys.readouterr().err
