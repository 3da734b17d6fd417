"""The pure parts of rater packets: cell values as compared, sheet names, the layout of a
sheet, the keyed hash and the manifest it binds (docs/formats.md, "Rater packets")."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from kpm_desktop.domain.builtin_templates import supervisor_template, vendor_selection_template
from kpm_desktop.domain.packets.packet_content import (
    AppraiseeSheet,
    PacketManifest,
    PacketSheet,
)
from kpm_desktop.domain.packets.packet_errors import PacketError
from kpm_desktop.domain.packets.packet_filling import read_filled_sheet
from kpm_desktop.domain.packets.packet_hash import (
    cell_text,
    digest,
    digests_match,
    manifest_differences,
    manifest_json,
    manifest_rows,
    read_manifest,
)
from kpm_desktop.domain.packets.packet_layout import (
    MET_WORDS,
    PROVIDED_WORDS,
    SheetLayout,
    sheet_layout,
    sheet_name_for,
)
from kpm_desktop.domain.rating import MetLevel
from kpm_desktop.domain.rubric import RaterRole, RubricTemplate

SHEET = PacketSheet("张三", 12, 3, RaterRole.SUPERIOR, 4, 1, "E00012")
MANIFEST = PacketManifest("P2026Q3-E00001-abc123", "2026Q3", "E00001", "董敏",
                          datetime(2026, 9, 1, 8, 0), (SHEET,))  # fmt: skip


@pytest.mark.parametrize(
    ("value", "text"),
    [(20, "20"), (20.0, "20"), (Decimal("12.50"), "12.5"), (None, ""), ("a\r\nb", "a\nb")],
)
def test_cell_values_compare_as_people_write_them(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_sheet_names_are_valid_and_unique() -> None:
    taken = {"张三"}
    assert sheet_name_for("张三", "E00012", taken) == "张三 E00012"
    assert sheet_name_for("a/b:c", "E1", set()) == "a_b_c"
    assert len(sheet_name_for("长" * 40, "E1", set())) == 31


def test_the_keyed_hash_binds_the_manifest() -> None:
    key = bytes(range(32))
    rows = manifest_rows(MANIFEST)
    claimed = digest(key, rows)
    assert digests_match(key, rows, claimed)
    edited = [list(r) for r in rows]
    edited[-1][3] = "4"  # the appraisal's version
    assert not digests_match(key, edited, claimed)
    assert not digests_match(bytes(32), rows, claimed)
    assert read_manifest(rows, "f.xlsx") == MANIFEST


def test_what_differs_in_a_manifest_is_named() -> None:
    changed = PacketManifest(
        MANIFEST.packet_code, "2026Q2", "E00001", "董敏", MANIFEST.exported_at, (SHEET,)
    )
    [difference] = manifest_differences(manifest_json(MANIFEST), changed)
    assert str(difference) == "cycle: exported '2026Q3', the file says '2026Q2'"


def test_a_damaged_manifest_is_refused_by_name() -> None:
    rows = [r for r in manifest_rows(MANIFEST) if r[0] != "rater"]
    with pytest.raises(PacketError, match="has no 'rater' line"):
        read_manifest(rows, "f.xlsx")


def _layout(template: RubricTemplate) -> SheetLayout:
    return sheet_layout(AppraiseeSheet(SHEET, "张三", "营销管理部", template))


def test_filled_choices_and_numbers() -> None:
    template = vendor_selection_template()
    layout = _layout(template)
    met = next(r for r in layout.inputs if r.choices == tuple(MET_WORDS))
    provided = next(r for r in layout.inputs if r.choices == tuple(PROVIDED_WORDS))
    number = next(r for r in layout.inputs if r.number is not None)
    values = {met.cell("H"): "部分达成", provided.cell("H"): "已提供", number.cell("I"): 12}
    filled = read_filled_sheet("f.xlsx", layout, template, values, set(layout.fixed))
    assert filled.problems == []
    assert filled.ratings[met.code].rating.met is MetLevel.PARTIAL
    assert filled.ratings[provided.code].rating.provided is True
    assert filled.ratings[number.code].rating.value == Decimal(12)


def test_filled_levels_and_not_applicable() -> None:
    template = supervisor_template()
    layout = _layout(template)
    first, second = [r for r in layout.inputs if r.levels][:2]
    name, lo, hi = first.levels[1]
    values = {
        first.cell("H"): name, first.cell("I"): hi, first.cell("L"): "好",
        second.cell("J"): "是", second.cell("K"): "本季度不涉及",
    }  # fmt: skip
    filled = read_filled_sheet("f.xlsx", layout, template, values, set(layout.fixed))
    assert filled.problems == []
    assert filled.ratings[first.code].rating.level == name
    assert filled.ratings[first.code].rating.comment == "好"
    assert filled.ratings[second.code].rating.not_applicable
    assert filled.ratings[second.code].na_reason == "本季度不涉及"
    values[first.cell("I")] = lo - 1
    problems = read_filled_sheet("f.xlsx", layout, template, values, set(layout.fixed)).problems
    assert [p.params["cell"] for p in problems] == [f"张三!{first.cell('I')}"]
