"""Damaged packets: a corrupt or non-XLSX file, a zip bomb, a password-protected workbook,
a packet of a newer version and a fuzzed set of damaged workbooks each give a clear
refusal (never a traceback) and apply nothing (issue 19)."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kpm_desktop.domain.packets.packet_hash import HIDDEN_SHEET
from tests.appraisal_world import World
from tests.packet_helpers import edit_cells, export_for, sheet_names

FUZZED = 40


def _versions(world: World) -> list[tuple[int, int]]:
    return [(a.id, a.version) for a in world.services.appraisals.list(world.admin)]


def _damaged(original: bytes, rng: random.Random) -> bytes:
    """The packet with its zip or one of its XML parts damaged at random."""
    how = rng.choice(("flip", "truncate", "xml"))
    if how == "truncate":
        return original[: rng.randrange(len(original))]
    if how == "flip":
        data = bytearray(original)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    source = zipfile.ZipFile(io.BytesIO(original))
    victim = rng.choice([n for n in source.namelist() if n.endswith(".xml")])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            body = source.read(name)
            if name == victim:
                cut = rng.randrange(len(body))
                body = (
                    body[:cut] + rng.choice((b"<", b"&", b"\x00", b"</x>", b"")) + body[cut + 7 :]
                )
            target.writestr(name, body)
    return out.getvalue()


def test_fuzzed_packets_never_raise_and_apply_nothing(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    edit_cells(path, {sheet_names(path)[0]: {"H5": "优"}})
    original = path.read_bytes()
    versions = _versions(world)
    rng = random.Random(19)
    refused = 0
    for number in range(FUZZED):
        damaged = tmp_path / f"damaged-{number}.xlsx"
        damaged.write_bytes(_damaged(original, rng))
        [preview] = world.services.packets.preview(world.admin, [damaged])
        if preview.refused is not None:
            refused += 1
            assert damaged.name in str(preview.refused)
            with pytest.raises(type(preview.refused)):
                world.services.packets.apply(world.admin, preview)
    assert refused >= FUZZED * 3 // 4
    assert _versions(world) == versions


def _refusal(world: World, path: Path) -> str:
    [preview] = world.services.packets.preview(world.admin, [path])
    assert preview.refused is not None
    return str(preview.refused)


def test_files_that_are_no_packet(world: World, tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("姓名,分数\n张三,90\n", encoding="utf-8")
    assert "notes.xlsx is not an XLSX workbook" in _refusal(world, text)
    protected = tmp_path / "locked.xlsx"
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    assert "password-protected" in _refusal(world, protected)
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    assert "not a KPM Desktop rater packet" in _refusal(world, plain)


def test_a_zip_bomb_is_refused_unread(world: World, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", bytes(70 << 20))
    assert bomb.stat().st_size < 1 << 20
    assert "far more than a packet" in _refusal(world, bomb)


def test_a_packet_of_a_newer_version_is_refused(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    book = openpyxl.load_workbook(path)
    next(r for r in book[HIDDEN_SHEET].iter_rows() if r[0].value == "format")[1].value = "7"
    book.save(path)
    assert "written by a newer version of KPM Desktop" in _refusal(world, path)
