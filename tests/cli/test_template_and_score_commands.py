"""`kpm template ...` and `kpm score`: output, and one-line errors with exit code 2."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from kpm_desktop.cli import main
from kpm_desktop.domain.builtin_templates import supervisor_template
from kpm_desktop.domain.rubric_json import template_to_text
from tests.access_helpers import cli_accounts

SUPERVISOR = "CRM系统主管业绩考核指标表"
ONE_RATING_PER_LEVEL = {
    "format": "kpm-ratings",
    "raters": [
        {
            "role": "superior",
            "weight": 100,
            "ratings": {
                "A1": {"level": "优", "score": 95},
                "A2": {"level": "良", "score": 80},
                "A3": {"level": "中", "score": 65},
                "A4": {"level": "差", "score": 50},
            },
        }
    ],
}


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    template = tmp_path / "sup.json"
    template.write_text(template_to_text(supervisor_template()), encoding="utf-8")
    ratings = tmp_path / "ratings.json"
    ratings.write_text(json.dumps(ONE_RATING_PER_LEVEL, ensure_ascii=False), encoding="utf-8")
    return template, ratings


def one_error_line(capsys) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    return lines[0]


def test_score_prints_lines_total_and_grade(files, capsys) -> None:
    template, ratings = files
    assert main(["score", str(template), str(ratings)]) == 0
    result = json.loads(capsys.readouterr().out, parse_float=Decimal)
    lines = result["raters"][0]["indicators"]
    assert [line["earned"] for line in lines] == [Decimal("28.50"), 24, 13, 10]
    assert [line["fraction"] for line in lines] == [
        Decimal("0.95"),
        Decimal("0.8"),
        Decimal("0.65"),
        Decimal("0.5"),
    ]
    assert (result["total"], result["grade"]) == (Decimal("75.50"), "合格")


def test_score_bad_json_exits_2_naming_file_and_line(files, tmp_path: Path, capsys) -> None:
    template, _ = files
    bad = tmp_path / "bad.json"
    bad.write_text('{"raters": [\n', encoding="utf-8")
    assert main(["score", str(template), str(bad)]) == 2
    assert one_error_line(capsys).startswith(f"kpm: error: {bad}: line 2 column 1: not valid JSON")


def test_score_bad_template_exits_2(files, tmp_path: Path, capsys) -> None:
    template, ratings = files
    broken = tmp_path / "broken.json"
    broken.write_text(
        template.read_text(encoding="utf-8").replace('"weight": 20,', '"weight": 19,'),
        encoding="utf-8",
    )
    assert main(["score", str(broken), str(ratings)]) == 2
    assert (
        one_error_line(capsys)
        == f"kpm: error: {broken}: indicator weights total 98, 2 short of 100"
    )


def test_score_outside_level_and_missing_file(files, tmp_path: Path, capsys) -> None:
    template, ratings = files
    data = json.loads(ratings.read_text(encoding="utf-8"))
    data["raters"][0]["ratings"]["A2"]["score"] = 95
    ratings.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["score", str(template), str(ratings)]) == 2
    assert "A2 (CRM系统营销数据录入): score 95 is outside level 良 (75-89)" in one_error_line(
        capsys
    )
    assert main(["score", str(template), str(tmp_path / "none.json")]) == 2
    assert "none.json: cannot read" in one_error_line(capsys)


def test_template_commands(tmp_path: Path, capsys, monkeypatch) -> None:
    cli_accounts(tmp_path / "t.sqlite3", monkeypatch)
    db = ["--db", str(tmp_path / "t.sqlite3"), "--user", "admin"]
    assert main([*db, "template", "list"]) == 0
    assert "install-builtins" in capsys.readouterr().out
    assert main([*db, "template", "install-builtins"]) == 0
    assert capsys.readouterr().out.count("Installed:") == 4
    assert main([*db, "template", "show", SUPERVISOR]) == 0
    shown = capsys.readouterr().out
    assert "A1 CRM系统标准制定  30%  levels  信息来源: CRM规范文件及流程  考评人: 直接上级" in shown
    out = tmp_path / "exported.json"
    assert main([*db, "template", "export", SUPERVISOR, str(out)]) == 0
    assert out.read_text(encoding="utf-8") == template_to_text(supervisor_template())
    edited = tmp_path / "edited.json"
    edited.write_text(
        out.read_text(encoding="utf-8").replace("CRM各规范文件", "CRM各项规范文件"),
        encoding="utf-8",
    )
    assert main([*db, "template", "import", str(edited), "--activate"]) == 0
    assert "v2  active" in capsys.readouterr().out
    assert main([*db, "template", "list"]) == 0
    listing = capsys.readouterr().out
    assert f"{SUPERVISOR}  v1  retired" in listing and f"{SUPERVISOR}  v2  active" in listing
    assert main([*db, "template", "show", "无此模板"]) == 2
    assert "There is no template '无此模板'" in one_error_line(capsys)


def test_template_commands_check_the_role(tmp_path: Path, capsys, monkeypatch) -> None:
    cli_accounts(tmp_path / "t.sqlite3", monkeypatch)
    admin = ["--db", str(tmp_path / "t.sqlite3"), "--user", "admin", "template"]
    viewer = ["--db", str(tmp_path / "t.sqlite3"), "--user", "viewer", "template"]
    assert main([*admin, "install-builtins"]) == 0
    out = tmp_path / "exported.json"
    for allowed in (["list"], ["show", SUPERVISOR], ["export", SUPERVISOR, str(out)]):
        assert main([*viewer, *allowed]) == 0
    capsys.readouterr()
    for refused in (["install-builtins"], ["import", str(out)], ["activate", SUPERVISOR]):
        assert main([*viewer, *refused]) == 2
        assert one_error_line(capsys) == (
            "kpm: error: User viewer with role viewer may not manage_templates"
        )
    assert main(["--db", str(tmp_path / "t.sqlite3"), "template", "list"]) == 2
    assert "needs a signed-in user" in one_error_line(capsys)
