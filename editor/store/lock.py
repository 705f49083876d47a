"""The lock file that says who has an issue open for editing.

Created with an exclusive link of a finished temp file, so another opener never sees a half
written lock. A lock is stale when its process is gone (same host) or it is very old."""
from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from editor.errors import LockedError, UserError

from .safe_write import write_file_synced

LOCK_FILENAME = ".issuedesk.lock"
STALE_AFTER = timedelta(hours=24)


@dataclass
class LockInfo:
    user: str
    host: str
    pid: int
    time: str   # ISO 8601 with time zone

    @classmethod
    def mine(cls) -> "LockInfo":
        try:
            user = getpass.getuser()
        except Exception:   # no user name in the environment (services, some containers)
            user = "?"
        return cls(user, socket.gethostname(), os.getpid(),
                   datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"))

    def is_stale(self, now: datetime | None = None) -> bool:
        if self.host == socket.gethostname() and not pid_alive(self.pid):
            return True
        try:
            taken = datetime.fromisoformat(self.time)
        except (TypeError, ValueError):
            return True
        if taken.tzinfo is None:
            taken = taken.astimezone()
        return (now or datetime.now(timezone.utc)) - taken > STALE_AFTER

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1).encode("utf-8")


def read_lock(folder: Path) -> LockInfo | None:
    """The lock's holder, None when there is no lock. A lock that cannot be read is reported as
    held by nobody known ("?") and counts as stale."""
    path = Path(folder) / LOCK_FILENAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["time"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return LockInfo("?", "?", -1, "")


def acquire(folder: Path, break_stale: bool = False) -> LockInfo:
    folder = Path(folder)
    me = LockInfo.mine()
    for _ in range(3):
        if _create(folder / LOCK_FILENAME, me.to_json()):
            return me
        holder = read_lock(folder)
        if holder is None:
            continue   # released between our attempt and the read
        if break_stale and holder.is_stale():
            break_lock(folder)
            continue
        raise locked_error(holder)
    raise UserError("无法锁定期刊文件夹 {folder}。", "Cannot lock the issue folder {folder}.", folder=str(folder))


def locked_error(holder: LockInfo) -> LockedError:
    stale = holder.is_stale()
    return LockedError(
        "此期刊正由 {user}（计算机 {host}，进程 {pid}）于 {time} 打开编辑。可以只读方式打开"
        + ("；该锁似乎已失效，可以解除。" if stale else "，或等对方关闭后再试。"),
        "This issue is open for editing by {user} (computer {host}, process {pid}) since {time}. "
        "You can open it read-only" + ("; the lock looks stale and can be broken." if stale else
                                       ", or try again when they have closed it."),
        holder=holder, user=holder.user, host=holder.host, pid=holder.pid, time=holder.time or "?")


def _create(path: Path, data: bytes) -> bool:
    """Create `path` holding `data` only if it does not exist; False if it does."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    write_file_synced(tmp, data)
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    except OSError:
        # File systems without hard links (some network shares): exclusive create instead.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        return True
    finally:
        tmp.unlink(missing_ok=True)


def release(folder: Path, mine: LockInfo) -> None:
    """Remove the lock if it is still ours (someone may have broken it and taken it)."""
    if holds(folder, mine):
        (Path(folder) / LOCK_FILENAME).unlink(missing_ok=True)


def holds(folder: Path, mine: LockInfo) -> bool:
    """True while the lock on disk is still the one we took."""
    holder = read_lock(folder)
    return holder is not None and (holder.host, holder.pid, holder.time) == (mine.host, mine.pid, mine.time)


def break_lock(folder) -> None:
    """Remove the lock whoever holds it. The GUI asks the user first; the store does not."""
    (Path(folder) / LOCK_FILENAME).unlink(missing_ok=True)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:
    # os.kill on Windows terminates the process, so ask the kernel instead.
    import ctypes
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)   # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259   # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
