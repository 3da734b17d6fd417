"""The shipped CJK font's parsed tables, kept in the user's cache folder between runs.

reportlab parses a TrueType font when it is registered (`TTFontFile.extractInfo`: 35,000
characters and 50,000 glyph metrics of the 5 MB collection), about 0.3 s of every process
that prints a sheet, `kpm pdf --appraisal` and each pool worker included. The parsed face
is plain data (numbers, strings, lists and dicts), so it is stored with `marshal` (loading
runs no code) under a name made of the font file's size and modification time and
reportlab's version, and loaded again in a few milliseconds. The font file's bytes are
read again as they are (reportlab subsets the glyphs from them).
"""

from __future__ import annotations

import logging
import marshal
import os
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from platformdirs import user_cache_path
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from kpm_desktop.private_files import make_private_dir, write_private_bytes

CACHE_ENV_VAR = "KPM_FONT_CACHE_DIR"
# Not data: rebuilt from the font file, or the file itself.
_UNSTORED = frozenset({"_ttf_data", "_pdfScale", "filename"})
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_log = logging.getLogger(__name__)


def cache_folder() -> Path:
    configured = os.environ.get(CACHE_ENV_VAR)
    return Path(configured) if configured else user_cache_path("kpm-desktop", appauthor=False)


def parsed_font(name: str, path: Path, subfont_index: int) -> TTFont:
    """`TTFont(name, path, subfontIndex=...)`, its face loaded from the cache when it
    holds this font file, parsed (and stored for the next process) otherwise."""
    entry = _entry(path, subfont_index)
    state = _load(entry)
    if state is not None:
        return _font_from_state(name, path, state)
    font = TTFont(name, str(path), subfontIndex=subfont_index)
    _store(entry, font.face)
    return font


def _entry(path: Path, subfont_index: int) -> Path:
    stat = path.stat()
    stem = f"{path.stem}-{subfont_index}-{stat.st_size}-{stat.st_mtime_ns}-rl{reportlab.Version}"
    return cache_folder() / f"{stem}.marshal"


def _load(entry: Path) -> dict[str, Any] | None:
    try:
        state = marshal.loads(entry.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError) as exc:
        _log.warning("font cache %s unreadable, parsing the font again: %s", entry, exc)
        return None
    return state if isinstance(state, dict) else None


def _store(entry: Path, face: TTFontFace) -> None:
    state = {key: value for key, value in vars(face).items() if key not in _UNSTORED}
    for key in _NAMES:
        state[key] = bytes(state[key])
    try:
        data = marshal.dumps(state)
    except ValueError:  # an attribute of another kind in another reportlab: parse each time
        _log.warning("font face of %s not cached: not plain data", entry.name)
        return
    try:
        make_private_dir(entry.parent)
        write_private_bytes(entry, data)
    except OSError as exc:
        _log.warning("font cache %s not written: %s", entry, exc)


def _font_from_state(name: str, path: Path, state: dict[str, Any]) -> TTFont:
    """What `TTFont.__init__` builds, with the face's parsed attributes given."""
    face = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)
    vars(face).update(state)
    for key in _NAMES:
        setattr(face, key, TTFNameBytes(state[key]))
    face.filename = str(path)
    face._ttf_data = path.read_bytes()
    scale = 1000 / face.unitsPerEm
    face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * scale)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font
