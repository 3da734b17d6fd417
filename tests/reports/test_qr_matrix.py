"""The QR modules `qr_matrix` lays out are reportlab's, module for module."""

from __future__ import annotations

import random
import string

import pytest
from reportlab.graphics.barcode import qrencoder as qr

from kpm_desktop.reports import page_decor
from kpm_desktop.reports.qr_matrix import _BitBuffer, qr_modules

LEVELS = (
    qr.QRErrorCorrectLevel.L,
    qr.QRErrorCorrectLevel.M,
    qr.QRErrorCorrectLevel.Q,
    qr.QRErrorCorrectLevel.H,
)


def _reportlab_modules(payload: str, level: int, mask: int) -> list[list[bool]]:
    code = qr.QRCode(None, level)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, mask)
    return code.modules  # type: ignore[no-any-return]


def _payloads(seed: int) -> list[str]:
    """Sheet fingerprints and numeric, alphanumeric and byte payloads from one to a few
    hundred characters (versions 1 to 20, with and without version information)."""
    rnd = random.Random(seed)
    hexdigits = "0123456789ABCDEF"
    found = [
        f"KPM-SHEET:{rnd.randint(1, 10**7)}:{rnd.randint(1, 40)}:"
        + "".join(rnd.choice(hexdigits) for _ in range(64))
        for _ in range(40)
    ]
    for alphabet in (string.digits, hexdigits + ":-KPMSELCTION", string.printable):
        for length in (1, 7, 20, 61, 90, 150, 300):
            found.append("".join(rnd.choice(alphabet) for _ in range(length)))
    return found


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_modules_equal_reportlabs_for_every_level_and_mask(seed: int) -> None:
    rnd = random.Random(seed)
    for payload in _payloads(seed):
        for level in LEVELS:
            mask = rnd.randrange(8)
            assert qr_modules(payload, level, mask) == _reportlab_modules(payload, level, mask)


def test_a_sheet_fingerprint_in_every_mask() -> None:
    payload = "KPM-SHEET:963:2:" + "0A" * 32
    for mask in range(8):
        expected = _reportlab_modules(payload, qr.QRErrorCorrectLevel.M, mask)
        assert qr_modules(payload, qr.QRErrorCorrectLevel.M, mask) == expected


def test_too_long_a_payload_is_refused() -> None:
    with pytest.raises(ValueError, match="overflow"):
        qr_modules("9" * 8000, qr.QRErrorCorrectLevel.H, 0)


def _mask_rows(matrix: list[list[bool]]) -> str:
    """The image's rows as hex, packed a module at a time (what the mask encodes)."""
    count = len(matrix)
    row_bytes = (count + 7) // 8
    rows = []
    for modules in matrix:
        bits = 0
        for dark in modules:
            bits = (bits << 1) | bool(dark)
        rows.append((bits << (row_bytes * 8 - count)).to_bytes(row_bytes, "big").hex())
    return "".join(rows)


def test_the_image_mask_packs_every_module_as_one_bit() -> None:
    for payload in _payloads(4)[:60]:
        matrix = _reportlab_modules(payload, qr.QRErrorCorrectLevel.M, page_decor._QR_MASK)
        operators = page_decor.qr_image_mask(payload, 40)
        assert f" ID\n{_mask_rows(matrix)}>\nEI Q" in operators
        assert f"/W {len(matrix)} /H {len(matrix)} " in operators


@pytest.mark.parametrize("seed", range(4))
def test_the_bit_buffer_holds_the_bits_reportlabs_holds(seed: int) -> None:
    rnd = random.Random(seed)
    ours, theirs = _BitBuffer(), qr.QRBitBuffer()
    for _ in range(rnd.randrange(1, 80)):
        if rnd.random() < 0.2:
            bit = rnd.random() < 0.5
            ours.putBit(bit)
            theirs.putBit(bit)
        else:  # numbers wider than the length asked for keep their lowest bits
            number, length = rnd.randrange(1 << 26), rnd.randrange(1, 25)
            ours.put(number, length)
            theirs.put(number, length)
        assert ours.getLengthInBits() == theirs.getLengthInBits()
        assert ours.buffer == theirs.buffer
