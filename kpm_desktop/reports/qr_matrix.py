"""A payload's QR code modules, exactly as reportlab's encoder lays them out, faster.

reportlab's `qrencoder` (pure Python) rebuilds on every code what is the same for every
code of one version, error correction level and mask: the function patterns (finders,
timing, alignment, format and version information), the order of the data modules with
the mask over them, and the Reed–Solomon generator polynomial (`getErrorCorrectPolynomial`
alone was a quarter of a code's time). Here those are made once per process, by
reportlab's own code, and kept; per payload only the data codewords, their error
correction and their placement are computed. tests/reports/test_qr_matrix.py checks the
modules equal reportlab's over many payloads, so a printed sheet's QR code is unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import chain, zip_longest
from typing import Any

from reportlab.graphics.barcode import qrencoder as qr

_BIT_MASKS = (0x80, 0x40, 0x20, 0x10, 0x08, 0x04, 0x02, 0x01)
_EXP: Sequence[int] = qr.EXP_TABLE
_LOG: Sequence[int] = qr.LOG_TABLE
# A data module: its column, row and whether the mask inverts it.
_Place = tuple[int, int, bool]
_Modules = tuple[tuple[bool, ...], ...]


def qr_modules(payload: str, level: int, mask: int) -> list[list[bool]]:
    """The modules (True: dark) of `payload`'s QR code at `level`
    (`qrencoder.QRErrorCorrectLevel`) drawn with mask pattern `mask`, in the smallest
    version it fits, as `QRCode.makeImpl(False, mask)` leaves them."""
    code = qr.QRCode(None, level)
    code.addData(payload)
    version = code.calculate_version()
    base, places = _layout(version, level, mask)
    bits = _data_bits(version, level, code.dataList)
    bits += [False] * (len(places) - len(bits))  # remainder modules: light before the mask
    modules = [list(row) for row in base]
    for (col, row, inverted), dark in zip(places, bits, strict=True):
        modules[row][col] = dark ^ inverted
    return modules


@cache
def _layout(version: int, level: int, mask: int) -> tuple[_Modules, tuple[_Place, ...]]:
    """The function patterns of a code of this version, level and mask (data modules as
    any payload leaves them: all overwritten), and the data modules in placing order."""
    code = qr.QRCode(version, level)
    code.makeImpl(False, mask)
    inverts = qr.QRUtil.getMask(mask)
    places = tuple((col, row, bool(inverts(row, col))) for col, row in code.dataPosIterator())
    return tuple(tuple(row) for row in code.modules), places


def _data_bits(version: int, level: int, data_list: list[Any]) -> list[bool]:
    """The codewords (data, padding, error correction, interleaved) as bits, as
    `QRCode.createData` makes them."""
    blocks = qr.QRRSBlock.getRSBlocks(version, level)
    buffer = _BitBuffer()
    for data in data_list:
        data.write(buffer, version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"code length overflow ({buffer.getLengthInBits()} > {capacity})")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)  # terminator
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads, pad = (qr.QRCode.PAD0, qr.QRCode.PAD1), 0
    while buffer.getLengthInBits() < capacity:
        buffer.put(pads[pad], 8)
        pad ^= 1
    return [bool(byte & bit) for byte in _codewords(buffer.buffer, blocks) for bit in _BIT_MASKS]


class _BitBuffer:
    """`QRBitBuffer` (what a payload's `write` and `createData` call on it) with its bits
    in one integer, not a Python loop per bit."""

    def __init__(self) -> None:
        self._bits = 0
        self._length = 0

    def put(self, number: int, length: int) -> None:
        """`number`'s lowest `length` bits, the highest first."""
        self._bits = (self._bits << length) | (number & ((1 << length) - 1))
        self._length += length

    def putBit(self, bit: bool) -> None:  # reportlab's name
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:  # reportlab's name
        return self._length

    @property
    def buffer(self) -> list[int]:
        """The bytes, the last one filled with 0 bits."""
        count = -(-self._length // 8)
        return list((self._bits << (count * 8 - self._length)).to_bytes(count, "big"))


def _codewords(data: list[int], blocks: Sequence[Any]) -> list[int]:
    """Each block's data and its error correction codewords, interleaved."""
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        chunk = data[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(_remainder(chunk, block.totalCount - block.dataCount))
    columns = chain(zip_longest(*data_blocks), zip_longest(*ec_blocks))
    return [byte for column in columns for byte in column if byte is not None]


@cache
def _generator_logs(ec_count: int) -> tuple[int | None, ...]:
    """The generator polynomial of `ec_count` codewords (reportlab's), each coefficient
    after the leading 1 as its logarithm (None for 0)."""
    coefficients = qr.QRUtil.getErrorCorrectPolynomial(ec_count).num
    assert len(coefficients) == ec_count + 1 and coefficients[0] == 1
    return tuple(None if c == 0 else _LOG[c] for c in coefficients[1:])


@cache
def _generator_multiples(ec_count: int) -> tuple[int, ...]:
    """For each factor 0-255, the generator's coefficients after the leading 1 times the
    factor over GF(256), as one integer of `ec_count` bytes (the first coefficient in
    the highest byte)."""
    logs = _generator_logs(ec_count)
    multiples = [0]
    for factor in range(1, 256):
        shift = _LOG[factor]
        row = bytes(0 if log is None else _EXP[(shift + log) % 255] for log in logs)
        multiples.append(int.from_bytes(row, "big"))
    return tuple(multiples)


def _remainder(data: list[int], ec_count: int) -> list[int]:
    """data·x^n mod generator over GF(256): the n error correction codewords. The
    remainder is kept as one integer of n bytes: each data byte shifts it by a byte and
    adds (xor) the generator times the byte that left it."""
    multiples = _generator_multiples(ec_count)
    top = 8 * (ec_count - 1)
    mask = (1 << (8 * ec_count)) - 1
    remainder = 0
    for byte in data:
        factor = byte ^ (remainder >> top)
        remainder = ((remainder << 8) & mask) ^ multiples[factor]
    return list(remainder.to_bytes(ec_count, "big"))
