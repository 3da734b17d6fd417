"""The keys of an import's rows read so far, each with the row it was first seen in.

A million keys in a dict of row numbers take ~140 MB (the key texts, a dict entry and an
int object per row). Here the keys are a dict without values (insertion order kept) and
the rows an array of 4-byte numbers beside them, in the same order: ~30 MB less. Which row
a key was first seen in is looked up through an index built when the first duplicate turns
up; a file with duplicates is refused anyway, so only such a file pays for it.
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Hashable, Sequence


class SeenKeys:
    def __init__(self) -> None:
        self._keys: dict[Hashable, None] = {}
        self._rows = array("I")
        self._index: dict[Hashable, int] | None = None

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def first_row(self, key: Hashable) -> int | None:
        """The row `key` was first seen in, or None when it was not seen."""
        if key not in self._keys:
            return None
        if self._index is None:
            self._index = {seen: position for position, seen in enumerate(self._keys)}
        return self._rows[self._index[key]]

    def add(self, key: Hashable, row: int) -> None:
        """A key not seen before, in `row`."""
        if self._index is not None:
            self._index[key] = len(self._rows)
        self._keys[key] = None
        self._rows.append(row)

    def none_of(self, keys: Collection[Hashable]) -> bool:
        """Whether none of `keys` was seen."""
        return self._keys.keys().isdisjoint(keys)

    def add_all(self, keys: Sequence[Hashable], rows: Sequence[int]) -> None:
        """Keys not seen before and distinct, with their rows."""
        if self._index is not None:
            start = len(self._rows)
            self._index.update(zip(keys, range(start, start + len(keys)), strict=True))
        self._keys.update(dict.fromkeys(keys))
        self._rows.extend(rows)
