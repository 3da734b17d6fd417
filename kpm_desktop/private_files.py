"""Files that hold personal data: created 0600 in folders created 0700, written whole.

The database, its WAL/SHM, backups and exports (CSV, XLSX, PDF) name people and hold
password hashes. On POSIX they are created readable by their owner only; elsewhere the
modes are left to the system. A file is written under a temporary name in its own folder,
flushed to disk and renamed, so a crash never leaves a partial file under the final name.
No Qt, no SQLAlchemy: every layer may use it, like `config`.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_POSIX = os.name == "posix"


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and missing parents) 0700; a folder that exists is left as it is."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if _POSIX:
        folder.chmod(PRIVATE_DIR_MODE)  # mkdir's mode is reduced by the umask


def create_private_file(path: Path) -> None:
    """Create `path` empty and 0600 when it does not exist (SQLite then gives its WAL and
    SHM files the same mode); an existing file is left alone."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(descriptor)
    if _POSIX:
        os.chmod(path, PRIVATE_FILE_MODE)


@contextmanager
def private_output(path: Path, *, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary 0600 file beside `path` to write; on success it is synced and
    renamed to `path`, on any error removed. The folder is created 0700 if missing.
    `durable=False` skips the two fsyncs (about 10 ms a file): for many files that can be
    made again, whose folder the caller syncs once at the end (`sync_folder`)."""
    import tempfile  # here: every start imports this module, few write a file

    make_private_dir(path.parent)
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(descriptor)  # mkstemp creates it 0600
    partial = Path(name)
    try:
        yield partial
        if durable:
            _fsync(partial)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if durable:
        sync_folder(path.parent)


def partial_path(path: Path, token: str) -> Path:
    """Where `write_partial(path, ..., token)` writes: a hidden name beside `path`."""
    return path.with_name(f".{path.name}.{token}.partial")


def remove_stale_partials(folder: Path, names: Collection[str], older_than: float) -> int:
    """Removes the files `write_partial` left in `folder` for any of `names` more than
    `older_than` seconds ago (a batch killed before it renamed or removed them; a live one
    renames each within seconds); returns how many were removed."""
    oldest = time.time() - older_than
    removed = 0
    for entry in os.scandir(folder):
        if not (entry.name.startswith(".") and entry.name.endswith(".partial")):
            continue
        name = entry.name[1:].removesuffix(".partial").rpartition(".")[0]
        if name in names and entry.is_file() and entry.stat().st_mtime < oldest:
            Path(entry.path).unlink(missing_ok=True)
            removed += 1
    return removed


def write_partial(path: Path, data: bytes, token: str) -> Path:
    """Write `data` whole to a new 0600 file beside `path` (`partial_path`) and return it,
    for the caller to rename to `path` (`os.replace`) or remove; never to an existing
    file. Not fsynced (see `private_output`'s `durable`). Cheaper than `private_output`
    for many files of one batch: `token`, random per batch, makes the names unique
    without `tempfile`'s random name tried per file."""
    partial = partial_path(path, token)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(partial, flags, PRIVATE_FILE_MODE)
    try:
        with open(descriptor, "wb") as handle:
            handle.write(data)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return partial


def write_private_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` whole (temporary name, fsync, rename), 0600."""
    with private_output(path, durable=durable) as partial:
        partial.write_bytes(data)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """fsync the folder's entries (files renamed into it), on POSIX."""
    if not _POSIX:
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@dataclass(frozen=True)
class ExposedFile:
    """A file others than its owner may read, and the command that fixes it."""

    path: Path
    mode: int

    @property
    def fix(self) -> str:
        return f"chmod 600 '{self.path}'"


def exposed_files(database_file: Path) -> list[ExposedFile]:
    """The database file and its WAL/SHM when group or others may read them (POSIX)."""
    if not _POSIX:
        return []
    found = []
    for path in (
        database_file,
        database_file.with_name(database_file.name + "-wal"),
        database_file.with_name(database_file.name + "-shm"),
    ):
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            continue
        if mode & 0o077:
            found.append(ExposedFile(path, mode))
    return found
