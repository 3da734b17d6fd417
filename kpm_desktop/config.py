"""Where things live: the default database, backups, settings and the log."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from kpm_desktop.private_files import make_private_dir

APP_NAME = "kpm-desktop"
ORGANISATION = "KPM Desktop"
DB_ENV_VAR = "KPM_DB"
LOG_DIR_ENV_VAR = "KPM_LOG_DIR"
# A PyInstaller bundle unpacks its data next to the executable, in sys._MEIPASS.
_INSTALL_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
RESOURCES_DIR = _INSTALL_ROOT / "resources"
SHIPPED_CJK_FONT = RESOURCES_DIR / "fonts" / "wqy-microhei.ttc"


def data_dir() -> Path:
    """The user data folder, created 0700: it holds the database and its backups."""
    folder = user_data_path(APP_NAME, appauthor=False)
    make_private_dir(folder)
    return folder


def log_dir() -> Path:
    """`KPM_LOG_DIR` when set, else the user log folder; created private (0700)."""
    folder = Path(os.environ.get(LOG_DIR_ENV_VAR) or user_log_path(APP_NAME, appauthor=False))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def default_database_target() -> str:
    """`KPM_DB` when set, else `kpm.sqlite3` in the user data folder."""
    return os.environ.get(DB_ENV_VAR) or str(data_dir() / "kpm.sqlite3")


def witness_dir() -> Path:
    """Where the audit chain's witness files live, outside any database
    (services/audit_trail/witness.py)."""
    return data_dir() / "witnesses"
