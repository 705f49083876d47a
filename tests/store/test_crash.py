"""A process killed while saving leaves the old issue or the new one, never a broken file.

A child process saves two versions of a sizeable issue in turn as fast as it can; the test
kills it with SIGKILL (TerminateProcess on Windows) after a random short delay, then loads."""
from __future__ import annotations

import random
import subprocess
import sys
import time

from editor.model import Article, Issue, IssueMeta, Paragraph, Section
from editor.store import IssueFolder, create_issue_folder, load_issue
from editor.store.backups import list_backups

SAVER = r"""
import sys
from editor.model import Article, Issue, IssueMeta, Paragraph, Section
from editor.store import IssueFolder

def version(n):
    arts = [Article(f"a{i:03d}", f"文章{i}", blocks=[Paragraph.of("正文" * 200 + str(n))] * 5) for i in range(60)]
    return Issue(IssueMeta(title="常州科技", year=2021, number=n), [Section("s01", "专稿", arts)])

first, second = version(int(sys.argv[2])), version(3 - int(sys.argv[2]))
f = IssueFolder(sys.argv[1], break_stale_lock=True)   # the killed predecessor left its lock
f.save(first)
print("ready", flush=True)
while True:
    f.save(second)
    f.save(first)
"""


def _version(n: int) -> Issue:
    arts = [Article(f"a{i:03d}", f"文章{i}", blocks=[Paragraph.of("正文" * 200 + str(n))] * 5) for i in range(60)]
    return Issue(IssueMeta(title="常州科技", year=2021, number=n), [Section("s01", "专稿", arts)])


def test_killed_while_saving_leaves_old_or_new(tmp_path):
    expected = {1: _version(1), 2: _version(2)}
    folder = create_issue_folder(expected[1], tmp_path / "issue")
    script = tmp_path / "saver.py"
    script.write_text(SAVER, encoding="utf-8")
    rng = random.Random(20210315)
    seen = set()
    for n in range(20):
        # Odd and even rounds start from different versions, so both are seen even on a machine
        # so busy that a round ends before its second save.
        proc = subprocess.Popen([sys.executable, str(script), str(folder), str(1 + n % 2)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = proc.stdout.readline()
            assert line.strip() == "ready", proc.stderr.read()
            time.sleep(rng.uniform(0.0, 0.25))
        finally:
            proc.kill()
            proc.wait()
            proc.stdout.close()
            proc.stderr.close()
        loaded = load_issue(folder)
        assert loaded.meta.number in expected and loaded == expected[loaded.meta.number]
        seen.add(loaded.meta.number)
        for backup in list_backups(folder):   # a backup is written the same way
            load_issue_file(backup)
    assert seen == {1, 2}
    # After all that, the folder still opens for editing (the dead saver's lock is stale),
    # and opening clears the temp files that kills in mid-write left.
    with IssueFolder(folder, break_stale_lock=True) as f:
        assert not list(folder.glob(".*.tmp"))
        f.save(expected[1])


def load_issue_file(path):
    from editor.store import issue_from_xml
    return issue_from_xml(path.read_bytes())
