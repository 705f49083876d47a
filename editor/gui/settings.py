"""Preferences and the recent-issues list, kept with QSettings.

ISSUEDESK_SETTINGS names a folder for an ini file instead of the system's own place, so tests
and portable installs never touch the user's real settings."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "recent/issues"
RECENT_MAX = 8


def settings() -> QSettings:
    folder = os.environ.get("ISSUEDESK_SETTINGS")
    if folder:
        return QSettings(str(Path(folder) / "issuedesk.ini"), QSettings.Format.IniFormat)
    return QSettings("IssueDesk", "IssueDesk")


def recent_issues() -> list[Path]:
    """Recent issue folders, newest first, those that still exist."""
    value = settings().value(RECENT_KEY, [])
    if isinstance(value, str):   # QSettings gives a lone string for a list of one
        value = [value]
    return [Path(p) for p in value or [] if Path(p).is_dir()]


def add_recent(folder: Path) -> None:
    folder = Path(folder).resolve()
    items = [folder] + [p for p in recent_issues() if p.resolve() != folder]
    s = settings()
    s.setValue(RECENT_KEY, [str(p) for p in items[:RECENT_MAX]])
    s.sync()
