"""An issue folder on disk: the issue file, images/, and the program's side files
(lock, autosave, backups). Loading, creating, and editing with save and recovery."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import unicodedata
from pathlib import Path, PurePosixPath

from editor.errors import ConflictError, IssueFileError, UserError
from editor.model import Issue

from .backups import BACKUP_DIRNAME, make_backup
from .safe_parse import MAX_BYTES, check_image_paths, issue_from_xml, validate_before_write
from .safe_paths import is_reserved_name, path_problem, problem_text
from .safe_write import atomic_write, fsync_dir, write_file_synced
from .to_xml import element_bytes, issue_to_element

ISSUE_FILENAME = "issue.issuedesk"
ISSUE_SUFFIX = ".issuedesk"
AUTOSAVE_FILENAME = ".issuedesk-autosave.issuedesk"
IMAGES_DIRNAME = "images"


def issue_folder_of(path) -> Path:
    """The issue folder for a path the user gave: the folder itself or a file in it."""
    p = Path(path)
    return p.parent if p.is_file() else p


def issue_file_of(path) -> Path:
    """The issue file for a path the user gave: a file as named, else the folder's issue file."""
    p = Path(path)
    return p if p.is_file() else p / ISSUE_FILENAME


def read_issue_bytes(file: Path) -> bytes:
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise IssueFileError("期刊文件过大（{size} 字节）：{file}", "The issue file is too large ({size} bytes): {file}",
                                 size=size, file=str(file))
        with open(file, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise IssueFileError("找不到期刊文件：{file}", "No issue file here: {file}", file=str(file)) from None
    except IsADirectoryError:
        raise IssueFileError("期刊文件是一个文件夹：{file}", "The issue file is a folder: {file}", file=str(file)) from None
    except OSError as exc:
        raise IssueFileError("无法读取期刊文件 {file}：{err}", "Cannot read the issue file {file}: {err}",
                             file=str(file), err=exc.strerror or str(exc)) from None


def serialise(issue: Issue) -> bytes:
    """The issue file's bytes, checked against the schema and for safe image paths first."""
    check_image_paths(issue, None)
    root = issue_to_element(issue)
    validate_before_write(root)
    return element_bytes(root)


def load_issue(folder) -> Issue:
    """Read-only load of an issue folder, or of an issue file named directly (a backup, a copy
    sent by mail): no lock taken. IssueFileError on any problem."""
    if not Path(folder).exists():
        raise IssueFileError("找不到期刊文件夹：{folder}", "No such issue folder: {folder}", folder=str(folder))
    return load_file(issue_file_of(folder), issue_folder_of(folder))[1]


def load_file(file: Path, folder: Path) -> tuple[bytes, Issue]:
    """The file's bytes and the issue in them; a problem is reported with the file's name."""
    data = read_issue_bytes(file)
    try:
        return data, issue_from_xml(data, folder)
    except IssueFileError as exc:
        raise IssueFileError("{issue_file}：" + exc.zh, "{issue_file}: " + exc.en,
                             issue_file=str(file), **exc.values) from None


def create_issue_folder(issue: Issue, folder, images: dict | None = None) -> Path:
    """Write a new issue folder, all or nothing: built beside the target, then renamed into place."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError("目标“{folder}”已存在且不是空文件夹，不会覆盖。",
                        "{folder} already exists and is not an empty folder; it will not be overwritten.",
                        folder=str(folder))
    data = serialise(issue)
    # Not mkdtemp: its private 0700 mode would stay on the folder the office shares.
    tmp = folder.parent / f".{folder.name}.{os.urandom(4).hex()}.tmp"
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp.mkdir()
    except OSError as exc:
        raise write_error(folder, exc) from None
    try:
        write_file_synced(tmp / ISSUE_FILENAME, data)
        (tmp / IMAGES_DIRNAME).mkdir()
        for rel, source in (images or {}).items():
            _put_image(tmp, rel, source)
        fsync_dir(tmp)
        if folder.exists():
            folder.rmdir()   # empty, checked above
        os.replace(tmp, folder)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise write_error(folder, exc) from None
        raise
    fsync_dir(folder.parent)
    return folder


def write_error(target: Path, exc: OSError) -> UserError:
    return UserError("无法写入 {target}：{err}。已有的文件没有改动。",
                     "Cannot write {target}: {err}. The existing files are unchanged.",
                     target=str(target), err=exc.strerror or str(exc))


def _put_image(folder: Path, rel: str, source) -> None:
    problem = path_problem(rel)
    if problem:
        raise UserError("图片路径“{path}”无效（{why}）。", "Image path {path!r} is not allowed ({why}).",
                        path=rel, why=problem_text(problem))
    target = folder / PurePosixPath(rel)
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise UserError("无法读取图片 {src}：{err}", "Cannot read the image {src}: {err}",
                            src=str(source), err=exc.strerror or str(exc)) from None
    write_file_synced(target, data)
    fsync_dir(target.parent)


def safe_image_name(name_hint: str) -> str:
    """A file name that is safe on every office PC: letters, digits, CJK, - and _ only."""
    stem, _, ext = PurePosixPath(name_hint.replace("\\", "/")).name.rpartition(".")
    if not stem:
        stem, ext = ext, ""
    stem = unicodedata.normalize("NFC", stem)
    stem = re.sub(r"[^\w\-]+", "-", stem, flags=re.UNICODE).strip("-_.")[:60] or "image"
    ext = re.sub(r"[^A-Za-z0-9]", "", ext).lower()[:8]
    if is_reserved_name(stem):
        stem = "image-" + stem
    return f"{stem}.{ext}" if ext else stem


def _locks():
    """The lock module, imported when an issue is first opened for editing: a read-only load
    (export, checks, info) takes no lock, and the module brings json, socket and getpass."""
    from . import lock
    return lock


def _digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


class IssueFolder:
    """An issue open for editing. Takes the folder's lock unless read_only."""

    def __init__(self, folder, *, read_only: bool = False, break_stale_lock: bool = False):
        if Path(folder).is_file() and Path(folder).name != ISSUE_FILENAME:
            raise IssueFileError("只能编辑期刊文件夹中的 {name}；“{file}”可以只读查看或另存为新期刊。",
                                 "Only the {name} of an issue folder can be edited; {file} can be viewed or saved as a new issue.",
                                 name=ISSUE_FILENAME, file=str(folder))
        self.path = issue_folder_of(folder)
        self.read_only = read_only
        self._lock = None   # the LockInfo we hold while open for editing
        if not (self.path / ISSUE_FILENAME).exists():
            raise IssueFileError("找不到期刊文件：{file}", "No issue file here: {file}",
                                 file=str(self.path / ISSUE_FILENAME))
        if not read_only:
            self._lock = _locks().acquire(self.path, break_stale=break_stale_lock)
            self._sweep_temp_files()
        try:
            data, self.issue = load_file(self.file, self.path)
        except BaseException:
            self.close()
            raise
        self._disk_hash = _digest(data)

    def _sweep_temp_files(self) -> None:
        """Remove temp files a killed save left behind. Safe only while we hold the lock: then
        nobody else is in the middle of writing one."""
        for d in (self.path, self.path / BACKUP_DIRNAME):
            for tmp in d.glob(".*.tmp") if d.is_dir() else ():
                if tmp.is_file():
                    tmp.unlink(missing_ok=True)

    @property
    def file(self) -> Path:
        return self.path / ISSUE_FILENAME

    @property
    def autosave_file(self) -> Path:
        return self.path / AUTOSAVE_FILENAME

    def _require_writable(self) -> None:
        if self.read_only:
            raise UserError("此期刊以只读方式打开，不能保存。", "This issue is open read-only and cannot be saved.")
        if self._lock is None:
            raise UserError("此期刊已关闭。", "This issue has been closed.")

    def _current_disk(self) -> bytes | None:
        try:
            return self.file.read_bytes()
        except FileNotFoundError:
            return None

    def save(self, issue: Issue | None = None) -> None:
        self._require_writable()
        if issue is not None:
            self.issue = issue
        data = serialise(self.issue)
        on_disk = self._current_disk()
        if on_disk is not None and _digest(on_disk) != self._disk_hash:
            raise ConflictError(
                "期刊文件在打开后已被其他程序或他人修改，保存会覆盖这些修改。请另存或重新打开。",
                "The issue file changed on disk since it was opened; saving would overwrite those changes. "
                "Save elsewhere or reopen it.")
        try:
            if on_disk is not None and on_disk != data:
                make_backup(self.path, on_disk)
            atomic_write(self.file, data)
        except OSError as exc:
            raise write_error(self.file, exc) from None
        self._disk_hash = _digest(data)
        self.autosave_file.unlink(missing_ok=True)

    def add_image(self, source, name_hint: str) -> str:
        """Copy an image into images/ under a unique safe name; returns the relative path."""
        self._require_writable()
        images = self.path / IMAGES_DIRNAME
        images.mkdir(exist_ok=True)
        name = safe_image_name(name_hint)
        stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
        n = 1
        while True:
            try:
                _put_image(self.path, f"{IMAGES_DIRNAME}/{name}", source)
                return f"{IMAGES_DIRNAME}/{name}"
            except FileExistsError:
                n += 1
                name = f"{stem}-{n}{dot}{ext}"
            except OSError as exc:
                raise write_error(images / name, exc) from None

    def autosave(self, issue: Issue) -> None:
        """Keep a side copy of unsaved work; the issue file itself is not touched."""
        self._require_writable()
        try:
            atomic_write(self.autosave_file, serialise(issue))
        except OSError as exc:
            raise write_error(self.autosave_file, exc) from None

    def has_recovery(self) -> bool:
        return self.autosave_file.is_file()

    def recover(self) -> Issue:
        """The issue as last autosaved. The caller decides whether to keep it (save) or not."""
        return load_file(self.autosave_file, self.path)[1]

    def discard_recovery(self) -> None:
        if not self.read_only:
            self.autosave_file.unlink(missing_ok=True)

    def reload(self) -> Issue:
        """Read the file again (after a ConflictError, to take the other side's version)."""
        data, self.issue = load_file(self.file, self.path)
        self._disk_hash = _digest(data)
        return self.issue

    def refresh_lock(self) -> None:
        """Renew the lock's time, so a session left open for days does not look stale to others."""
        self._require_writable()
        locks = _locks()
        if not locks.holds(self.path, self._lock):
            holder = locks.read_lock(self.path)
            raise locks.locked_error(holder) if holder else UserError(
                "期刊文件夹的锁已被解除，请重新打开。", "The issue folder's lock was broken; please reopen it.")
        fresh = locks.LockInfo.mine()
        atomic_write(self.path / locks.LOCK_FILENAME, fresh.to_json())
        self._lock = fresh

    def close(self) -> None:
        """Release the lock. An autosave written after the last save stays for recovery."""
        if self._lock is not None:
            _locks().release(self.path, self._lock)
            self._lock = None

    def __enter__(self) -> "IssueFolder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass
