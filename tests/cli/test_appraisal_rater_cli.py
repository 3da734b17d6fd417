"""`kpm appraisal rater ID ROLE STAFF_NO`: HR puts E00020 on the peer sheet; a refusal
exits 2 with one line naming the problem and changes nothing."""

from __future__ import annotations

from kpm_desktop.cli import main
from kpm_desktop.domain.rubric import RaterRole
from tests.access_helpers import ADMIN_PASSWORD
from tests.appraisal_world import World
from tests.peer_cycle import PEER_NO, PEER_PERIOD, peer_cycle


def _admin_kpm(world: World, *args: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD)
    target = world.database.file_path or world.database.url
    code = main(["--db", str(target), "--user", "admin", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_rater_puts_the_staff_member_on_the_peer_sheet(world: World, monkeypatch, capsys):
    appraisal_id = peer_cycle(world)
    code, out, _ = _admin_kpm(
        world, "appraisal", "rater", str(appraisal_id), "peer", PEER_NO,
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 0
    assert f"the peer sheet is now {PEER_NO}" in out
    form = world.services.appraisals.form(world.admin, appraisal_id)
    assert form.rater(RaterRole.PEER).rater_name.startswith(PEER_NO)


def test_rating_ones_own_appraisal_is_refused_in_one_line(world: World, monkeypatch, capsys):
    appraisal_id = peer_cycle(world)
    code, _, err = _admin_kpm(
        world, "appraisal", "rater", str(appraisal_id), "peer", "E00013",
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 2
    assert "is the employee appraised" in err and len(err.strip().splitlines()) == 1
    form = world.services.appraisals.form(world.admin, appraisal_id)
    assert form.rater(RaterRole.PEER).rater_staff_id is None


def test_raters_assigns_a_cycle_from_a_file(world: World, monkeypatch, capsys, tmp_path):
    appraisal_id = peer_cycle(world)
    sheet = tmp_path / "raters.csv"
    sheet.write_text(f"employee_no,role,rater_no\nE00013,peer,{PEER_NO}\n", encoding="utf-8")
    code, out, _ = _admin_kpm(
        world, "appraisal", "raters", "--cycle", PEER_PERIOD, str(sheet),
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 0 and "Assigned 1 rater(s)" in out
    form = world.services.appraisals.form(world.admin, appraisal_id)
    assert form.rater(RaterRole.PEER).rater_name.startswith(PEER_NO)


def test_raters_assigns_nothing_when_a_line_is_refused_and_names_it(
    world: World, monkeypatch, capsys, tmp_path
):
    appraisal_id = peer_cycle(world)
    sheet = tmp_path / "raters.csv"
    sheet.write_text(
        f"E00013,department_head,E00002\nE00013,peer,{PEER_NO}\nE09999,peer,E00002\n",
        encoding="utf-8",
    )
    code, _, err = _admin_kpm(
        world, "appraisal", "raters", "--cycle", PEER_PERIOD, str(sheet),
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 2
    assert "No rater assigned, 1 line(s) refused: line 3: Staff member E09999 has 0" in err
    form = world.services.appraisals.form(world.admin, appraisal_id)
    assert form.rater(RaterRole.PEER).rater_staff_id is None
    assert form.rater(RaterRole.DEPARTMENT_HEAD).rater_name.startswith("E00001")


def test_raters_refuses_an_unknown_role_naming_the_line(
    world: World, monkeypatch, capsys, tmp_path
):
    peer_cycle(world)
    sheet = tmp_path / "raters.csv"
    sheet.write_text(f"E00013,colleague,{PEER_NO}\n", encoding="utf-8")
    code, _, err = _admin_kpm(
        world, "appraisal", "raters", "--cycle", PEER_PERIOD, str(sheet),
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 2 and "line 1: 'colleague' is not a rater role" in err
