"""`kpm marketing` and the marketing ROI note of `kpm kpi`, on the issue's example."""

import json
from decimal import Decimal

import pytest

from kpm_desktop.cli import main
from kpm_desktop.services.admin.database_setup import open_database
from tests.access_helpers import cli_accounts
from tests.services.marketing_fixture import fill_marketing_example


@pytest.fixture
def admin(migrated_file, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    path = migrated_file("marketing.sqlite3")
    opened = open_database(path)
    fill_marketing_example(opened.database)
    opened.database.dispose()
    cli_accounts(path, monkeypatch)
    return ["--db", str(path), "--user", "admin"]


def company_roi(admin: list[str], capsys) -> dict:
    assert main([*admin, "kpi", "--period", "2026Q3", "--level", "company",
                 "--kpi", "marketing_roi", "--format", "json"]) == 0  # fmt: skip
    return json.loads(capsys.readouterr().out)


def test_kpi_names_unmapped_sources_until_they_are_set(admin, capsys) -> None:
    before = company_roi(admin, capsys)
    assert before["rows"][0]["kpis"]["marketing_roi"]["value"].startswith("233.333")
    [note] = before["notes"]
    assert note["kpi"] == "marketing_roi" and note["names"] == ["广告", "转介绍"]
    assert main([*admin, "kpi", "--period", "2026Q3", "--level", "company",
                 "--kpi", "marketing_roi"]) == 0  # fmt: skip
    table = capsys.readouterr().out
    assert "233.33%" in table and "note (marketing_roi):" in table and "广告, 转介绍" in table
    assert main([*admin, "marketing", "set", "广告", "--channel", "广告投放"]) == 0
    assert main([*admin, "marketing", "exclude", "转介绍"]) == 0
    assert capsys.readouterr().out.splitlines() == ["1 rule(s) changed"] * 2
    after = company_roi(admin, capsys)
    assert Decimal(after["rows"][0]["kpis"]["marketing_roi"]["value"]) == 400
    assert after["notes"] == []


def test_list_shows_each_source_and_the_spend_channels(admin, capsys) -> None:
    assert main([*admin, "marketing", "set", "广告", "--channel", "广告投放"]) == 0
    capsys.readouterr()
    assert main([*admin, "marketing", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    statuses = {s["source"]: (s["status"], s["channel"]) for s in listed["sources"]}
    assert statuses == {
        "官网": ("spend_channel", "官网"),
        "广告": ("marketing", "广告投放"),
        "展会": ("spend_channel", "展会"),
        "转介绍": ("unmapped", None),
    }
    assert sorted(listed["channels"]) == sorted(["官网", "广告投放", "展会"])
    assert main([*admin, "marketing", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["source", "customers", "status", "channel"]
    assert any(line.startswith("转介绍") and "unmapped: not counted" in line for line in lines)
    assert lines[-1].startswith("spend channels: ")


def test_roi_per_channel_and_reset(admin, capsys) -> None:
    assert main([*admin, "marketing", "set", "广告", "--channel", "广告投放"]) == 0
    capsys.readouterr()
    assert main([*admin, "marketing", "roi", "--period", "2026Q3", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_channel = {c["channel"]: c for c in data["channels"]}
    assert Decimal(by_channel["官网"]["roi"]) == 650
    assert by_channel["广告投放"]["sources"] == ["广告"]
    assert Decimal(data["all_channels"]["roi"]) == 400
    assert main([*admin, "marketing", "roi", "--period", "2026Q3"]) == 0
    table = capsys.readouterr().out
    assert "(all channels)" in table and "650.00%" in table
    assert main([*admin, "marketing", "reset", "广告"]) == 0
    assert capsys.readouterr().out.strip() == "1 rule(s) removed"
    assert company_roi(admin, capsys)["notes"][0]["names"] == ["广告", "转介绍"]


def test_bad_input_and_readers_exit_2(admin, capsys) -> None:
    viewer = [*admin[:2], "--user", "viewer"]
    assert main([*admin, "marketing", "set", "广告", "--channel", "电视"]) == 2
    assert main([*admin, "marketing", "set", " "]) == 2
    assert main([*viewer, "marketing", "exclude", "转介绍"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert errors == [
        "kpm: error: No marketing spend has the channel '电视'; the channels are: "
        + ", ".join(sorted(["官网", "广告投放", "展会"])),
        "kpm: error: A customer source needs a name",
        "kpm: error: User viewer with role viewer may not manage_kpi_settings on marketing sources",
    ]
    assert main([*viewer, "marketing", "list"]) == 0
