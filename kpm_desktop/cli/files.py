"""Reading and writing the files sub-commands are given, with user errors for bad paths."""

from __future__ import annotations

from pathlib import Path

from kpm_desktop.domain.errors import ValidationError


def read_text(path: str) -> str:
    """UTF-8 text (a BOM is allowed); a missing or unreadable file is a user error."""
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "{path}: not UTF-8 text (byte {start})", path=path, start=exc.start
        ) from exc
    except OSError as exc:
        raise ValidationError(
            "{path}: cannot read: {reason}", path=path, reason=exc.strerror
        ) from exc


def write_text(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ValidationError(
            "{path}: cannot write: {reason}", path=path, reason=exc.strerror
        ) from exc
