"""The one bounded cache: least recently used out first, reads count as use."""

from __future__ import annotations

import pytest

from kpm_desktop.lru import LruCache


def test_the_least_recently_used_entry_goes_first() -> None:
    cache: LruCache[str, int] = LruCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "b" is now the least recently used
    cache.put("c", 3)
    assert "b" not in cache and cache.get("a") == 1 and cache.get("c") == 3
    assert len(cache) == 2


def test_get_or_make_makes_only_what_is_missing() -> None:
    cache: LruCache[int, list[int]] = LruCache(3)
    made: list[int] = []

    def make(key: int) -> list[int]:
        made.append(key)
        return []  # an empty value is still a kept value

    for key in (1, 2, 1, 2, 3):
        cache.get_or_make(key, lambda key=key: make(key))
    assert made == [1, 2, 3]
    cache.clear()
    assert len(cache) == 0 and cache.get(1) is None


def test_a_cache_holds_at_least_one_entry() -> None:
    with pytest.raises(ValueError, match="at least one"):
        LruCache(0)
