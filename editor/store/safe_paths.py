"""Image paths inside an issue file: relative, normalised, and inside the issue folder.

A shared issue folder travels between office PCs and to the printer, so a path that points
elsewhere (../, /etc, C:\\, \\\\server) is a hostile or broken file, never something to follow."""
from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from editor.i18n import t

_DRIVE = re.compile(r"^[A-Za-z]:")


_PROBLEMS = {
    "empty": ("路径为空", "empty path"),
    "backslash": ("含有反斜杠", "holds a backslash"),
    "drive": ("含有盘符或冒号", "holds a drive letter or colon"),
    "absolute": ("是绝对路径", "is absolute"),
    "control": ("含有控制字符", "holds a control character"),
    "not normalised": ("含有 ..、. 或空的路径段", "holds .., . or an empty segment"),
    "trailing": ("某段以点或空格结尾", "a segment ends in a dot or space"),
    "outside": ("指向期刊文件夹之外", "points outside the issue folder"),
    "reserved": ("使用了 Windows 保留的设备名", "uses a device name Windows reserves"),
}

# Windows opens a device, not a file, for these names whatever the extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def is_reserved_name(segment: str) -> bool:
    return segment.split(".")[0].strip().upper() in _RESERVED


def problem_text(key: str) -> str:
    zh, en = _PROBLEMS[key]
    return t(zh, en)


def path_problem(rel: str) -> str | None:
    """Why `rel` is not an acceptable relative path (a key of _PROBLEMS), or None when it is."""
    if not rel:
        return "empty"
    if "\\" in rel:
        return "backslash"
    if _DRIVE.match(rel) or ":" in rel:
        return "drive"
    if rel.startswith("/"):
        return "absolute"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in rel):
        return "control"
    parts = rel.split("/")
    if any(p in ("", ".", "..") for p in parts):
        return "not normalised"
    if any(p != p.strip() or p.endswith(".") for p in parts):
        # Windows drops trailing dots and spaces, so "a. " and "a" would be one file there.
        return "trailing"
    if any(is_reserved_name(p) for p in parts):
        return "reserved"
    return None


def inside_folder(folder: Path, rel: str) -> bool:
    """True when folder/rel stays inside folder after following symbolic links."""
    base = Path(folder).resolve()
    target = (base / PurePosixPath(rel)).resolve()
    return target == base or base in target.parents
