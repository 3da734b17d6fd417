"""The parsed CJK font kept between processes: the same widths and subsets as parsed afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpm_desktop.reports import font_cache
from kpm_desktop.reports.fonts import shipped_font_path


def test_a_cached_face_measures_and_subsets_as_a_parsed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(font_cache.CACHE_ENV_VAR, str(tmp_path))
    parsed = font_cache.parsed_font("KpmSansParsed", shipped_font_path(), subfont_index=0)
    stored = list(tmp_path.glob("*.marshal"))
    assert len(stored) == 1 and stored[0].stat().st_mode & 0o077 == 0
    cached = font_cache.parsed_font("KpmSansCached", shipped_font_path(), subfont_index=0)
    assert cached.face.charWidths == parsed.face.charWidths
    assert cached.face.name == parsed.face.name and cached.shapable == parsed.shapable
    characters = "张三考核期间优良中差ABC123"
    assert cached.stringWidth(characters, 9) == parsed.stringWidth(characters, 9)
    assert cached.face.makeSubset([0, 32, 0x5F20]) == parsed.face.makeSubset([0, 32, 0x5F20])


def test_an_unreadable_cache_file_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(font_cache.CACHE_ENV_VAR, str(tmp_path))
    font_cache.parsed_font("KpmSansFirst", shipped_font_path(), subfont_index=0)
    (entry,) = tmp_path.glob("*.marshal")
    entry.write_bytes(b"\x00garbage")
    font = font_cache.parsed_font("KpmSansAgain", shipped_font_path(), subfont_index=0)
    assert font.face.numGlyphs > 40_000
    assert "unreadable" in caplog.text
