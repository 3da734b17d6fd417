"""A packet as a workbook's content: the cover, one laid-out sheet per appraisal, and the
fixed cells the hidden sheet copies; and the check of a returned workbook against them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.packets.packet_content import PacketContent
from kpm_desktop.domain.packets.packet_cover import cover_cells, cover_name
from kpm_desktop.domain.packets.packet_hash import HIDDEN_SHEET, CellKey, cell_text, hidden_rows
from kpm_desktop.domain.packets.packet_layout import SheetLayout, sheet_layout

SheetValues = Mapping[str, Mapping[str, object]]  # sheet name -> coordinate -> value
# How many differing cells a refusal names; the rest are counted.
NAMED_DIFFERENCES = 5


@dataclass(frozen=True)
class PacketBook:
    cover_name: str
    cover: dict[str, str]
    layouts: tuple[SheetLayout, ...]
    cells: dict[CellKey, str]  # every fixed cell's exported text
    hidden: list[list[str]]  # the hidden sheet's rows before the digest


def packet_book(content: PacketContent) -> PacketBook:
    cover = cover_cells(content)
    name = cover_name(content.language)
    layouts = tuple(sheet_layout(appraisee) for appraisee in content.appraisees)
    cells: dict[CellKey, str] = {(name, cell): text for cell, text in cover.items()}
    for layout in layouts:
        cells.update({(layout.name, c): cell_text(v) for c, v in layout.fixed.items()})
    return PacketBook(name, cover, layouts, cells, hidden_rows(content.manifest, cells))


def cell_differences(
    recorded: Mapping[CellKey, str], expected_sheets: set[str], found: SheetValues
) -> list[UserText]:
    """Each fixed cell whose value differs from its exported copy, each missing or added
    sheet: what a moved row, an edited weight or descriptor shows as."""
    differences: list[UserText] = []
    for sheet in sorted(expected_sheets - set(found)):
        differences.append(UserText("sheet {sheet} is missing", sheet=sheet))
    for sheet in sorted(set(found) - expected_sheets - {HIDDEN_SHEET}):
        differences.append(UserText("sheet {sheet} was added", sheet=sheet))
    for (sheet, cell), exported in recorded.items():
        if sheet not in found:
            continue
        now = cell_text(found[sheet].get(cell))
        if now.strip() != exported.strip():
            differences.append(
                UserText(
                    "{cell}: exported '{exported}', the file holds '{found}'",
                    cell=f"{sheet}!{cell}",
                    exported=_short(exported),
                    found=_short(now),
                )
            )
    return differences


def _short(text: str) -> str:
    flat = text.replace("\n", " / ")
    return flat if len(flat) <= 40 else flat[:39] + "…"
