"""Who has an issue open: a second opener is refused and told who; read-only always works;
a stale lock can be broken."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from editor.errors import LockedError, UserError
from editor.store import LOCK_FILENAME, IssueFolder, LockInfo, break_lock, read_lock


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _write_lock(folder, **fields):
    info = {"user": "王编辑", "host": socket.gethostname(), "pid": os.getpid(),
            "time": "2030-01-01T09:00:00+08:00"} | fields
    (folder / LOCK_FILENAME).write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")


def test_lock_file_says_who_holds_it(issue_dir):
    with IssueFolder(issue_dir):
        data = json.loads((issue_dir / LOCK_FILENAME).read_text(encoding="utf-8"))
        assert set(data) == {"user", "host", "pid", "time"}
        assert data["pid"] == os.getpid() and data["host"] == socket.gethostname()
    assert not (issue_dir / LOCK_FILENAME).exists()


def test_second_opener_is_refused_with_the_holder_named(issue_dir):
    _write_lock(issue_dir, host="编辑部-PC2", pid=4242)
    with pytest.raises(LockedError) as info:
        IssueFolder(issue_dir)
    err = info.value
    assert isinstance(err.holder, LockInfo) and err.holder.user == "王编辑"
    assert "王编辑" in err.message and "编辑部-PC2" in err.message and "只读" in err.message
    assert (issue_dir / LOCK_FILENAME).exists()   # someone else's lock is left alone


def test_locked_message_in_english(issue_dir, monkeypatch):
    monkeypatch.setenv("ISSUEDESK_LANG", "en")
    _write_lock(issue_dir, host="PC2", pid=4242)
    with pytest.raises(LockedError, match="open for editing by 王编辑"):
        IssueFolder(issue_dir)


def test_same_process_opening_twice_is_refused(issue_dir):
    with IssueFolder(issue_dir):
        with pytest.raises(LockedError):
            IssueFolder(issue_dir)


def test_read_only_opens_while_locked_and_cannot_save(issue_dir, issue):
    with IssueFolder(issue_dir) as editing:
        ro = IssueFolder(issue_dir, read_only=True)
        assert ro.read_only and ro.issue == issue
        with pytest.raises(UserError):
            ro.save()
        ro.close()
        assert read_lock(issue_dir).pid == os.getpid()   # closing the reader kept the writer's lock
        editing.save()


def test_stale_lock_of_a_dead_process_on_this_host(issue_dir):
    _write_lock(issue_dir, pid=_dead_pid())
    assert read_lock(issue_dir).is_stale()
    with pytest.raises(LockedError, match="失效"):
        IssueFolder(issue_dir)
    with IssueFolder(issue_dir, break_stale_lock=True) as f:
        assert read_lock(issue_dir).pid == os.getpid()
        assert f.issue.meta.title == "常州科技"


def test_old_lock_from_another_host_is_stale(issue_dir):
    _write_lock(issue_dir, host="其他电脑", pid=1, time="2020-01-01T08:00:00+08:00")
    with IssueFolder(issue_dir, break_stale_lock=True):
        pass


def test_fresh_lock_from_another_host_is_not_broken(issue_dir):
    _write_lock(issue_dir, host="其他电脑", pid=1, time=LockInfo.mine().time)
    assert not read_lock(issue_dir).is_stale()
    with pytest.raises(LockedError):
        IssueFolder(issue_dir, break_stale_lock=True)


def test_live_lock_on_this_host_is_not_stale(issue_dir):
    _write_lock(issue_dir, time=LockInfo.mine().time)
    with pytest.raises(LockedError):
        IssueFolder(issue_dir, break_stale_lock=True)


def test_unreadable_lock_is_stale(issue_dir):
    (issue_dir / LOCK_FILENAME).write_bytes(b"")
    holder = read_lock(issue_dir)
    assert holder.user == "?" and holder.is_stale()
    with IssueFolder(issue_dir, break_stale_lock=True):
        pass


def test_break_lock_removes_any_lock(issue_dir):
    _write_lock(issue_dir, host="其他电脑", time=LockInfo.mine().time)
    break_lock(issue_dir)
    with IssueFolder(issue_dir):
        pass
    break_lock(issue_dir)   # nothing to break is fine


def test_closing_does_not_remove_a_lock_someone_else_took(issue_dir):
    f = IssueFolder(issue_dir)
    break_lock(issue_dir)
    _write_lock(issue_dir, host="其他电脑", time=LockInfo.mine().time)
    f.close()
    assert read_lock(issue_dir).host == "其他电脑"


def test_refresh_lock_renews_the_time(issue_dir):
    with IssueFolder(issue_dir) as f:
        stamp = "2020-01-01T08:00:00+08:00"
        _write_lock(issue_dir, time=stamp)
        f._lock.time = stamp   # as if taken long ago
        assert read_lock(issue_dir).is_stale()   # a day-old lock looks abandoned to others
        f.refresh_lock()
        assert read_lock(issue_dir).time != stamp and not read_lock(issue_dir).is_stale()
    assert not (issue_dir / LOCK_FILENAME).exists()


def test_refresh_after_the_lock_was_taken_over_is_refused(issue_dir):
    with IssueFolder(issue_dir) as f:
        _write_lock(issue_dir, host="其他电脑", time=LockInfo.mine().time)
        with pytest.raises(LockedError):
            f.refresh_lock()
        break_lock(issue_dir)
        with pytest.raises(UserError, match="已被解除"):
            f.refresh_lock()
