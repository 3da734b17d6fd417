"""The audit chain head a printed sheet carries in its footer: an anchor outside the database.

A sheet prints the chain head as it was at print time (`审计链 #<sequence> <hash prefix>`).
`kpm verify --pdf` reads it back and checks that the chain entry at that sequence still has
that hash, so a chain rewritten after printing is noticed from any printed sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# 16 hex digits (64 bits) are plenty to tell a rewritten entry from the printed one.
SHORT_HASH_LENGTH = 16
FOOTER_LABEL = "审计链"
_FOOTER_PATTERN = re.compile(rf"{FOOTER_LABEL}\s*#\s*(\d+)\s+([0-9a-f]{{{SHORT_HASH_LENGTH}}})")


@dataclass(frozen=True)
class ChainAnchor:
    """The chain head at print time: the sequence (entry id) and the start of its hash."""

    sequence: int
    short_hash: str

    @classmethod
    def of_head(cls, sequence: int, full_hash: str) -> ChainAnchor:
        return cls(sequence, full_hash[:SHORT_HASH_LENGTH].lower())

    def footer_text(self) -> str:
        return f"{FOOTER_LABEL} #{self.sequence} {self.short_hash}"

    def matches(self, full_hash: str) -> bool:
        return full_hash.lower().startswith(self.short_hash)


def find_anchor(text: str) -> ChainAnchor | None:
    """The anchor a page's extracted text prints, if any (sheets printed before it had none)."""
    match = _FOOTER_PATTERN.search(text)
    return None if match is None else ChainAnchor(int(match.group(1)), match.group(2))
