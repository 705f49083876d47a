"""Nothing is ever lost: autosave and recovery after a killed process, the lock and read-only
opening, asking before unsaved edits are dropped, recent issues, the first start."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from editor.store import IssueFolder, load_issue
from editor.gui import settings as prefs

from .conftest import answer, forget_edits

CRASHER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from editor.gui.app import start
    win = start(Path(sys.argv[1]))
    win.tree.select("article", "a03")
    edit = win.article_editor.fields.edits["title"]
    edit.setText("中试基地迎来首批入驻项目")
    edit.editingFinished.emit()
    win.autosave_timer.timeout.emit()
    print("autosaved", flush=True)
    time.sleep(120)
""")


def test_recovery_after_the_process_is_killed(empty_window, issue_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    log = issue_dir.parent / "crasher.log"
    with open(log, "w", encoding="utf-8") as err:
        proc = subprocess.Popen([sys.executable, "-c", CRASHER, str(issue_dir)], env=env,
                                stdout=subprocess.PIPE, stderr=err, text=True)
        try:
            line = proc.stdout.readline().strip()
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
    assert line == "autosaved", log.read_text(encoding="utf-8")[-3000:]
    assert load_issue(issue_dir).article("a03").title == "青溪实验室新材料中试基地投入使用"
    seen: list[str] = []
    answer("lockedDialog", "解除|Break", seen)        # the dead process's lock is stale
    answer("recoverDialog", "恢复|Recover")
    assert empty_window.open_path(issue_dir)
    assert any(str(proc.pid) in text for text in seen)
    assert empty_window.doc.issue.article("a03").title == "中试基地迎来首批入驻项目"
    assert empty_window.isWindowModified() and not empty_window.doc.read_only
    empty_window.act_save.trigger()
    assert load_issue(issue_dir).article("a03").title == "中试基地迎来首批入驻项目"
    assert not empty_window.doc.folder.has_recovery()


def test_recovery_can_be_declined(empty_window, issue_dir):
    with IssueFolder(issue_dir) as other:
        issue = other.issue
        issue.article("a01").source = "市政府办公室"
        other.autosave(issue)
        other._lock = None   # leave lock and autosave behind as a crash would; the lock file:
    (issue_dir / ".issuedesk.lock").unlink()
    answer("recoverDialog", "放弃|Discard")
    assert empty_window.open_path(issue_dir)
    assert empty_window.doc.issue.article("a01").source == "办公室"
    assert not empty_window.isWindowModified()
    assert not empty_window.doc.folder.has_recovery()


def test_second_opener_is_told_who_holds_it_and_can_read(empty_window, issue_dir):
    with IssueFolder(issue_dir):
        seen: list[str] = []
        answer("lockedDialog", "只读|read-only", seen)
        assert empty_window.open_path(issue_dir)
        assert any("正由" in text or "open for editing by" in text for text in seen)
        win = empty_window
        assert win.doc.read_only
        assert "只读" in win.windowTitle() or "read-only" in win.windowTitle()
        assert not win.act_save.isEnabled()
        win.tree.select("article", "a02")
        assert win.article_editor.fields.edits["title"].isReadOnly()
        win.act_down.trigger()
        assert [a.id for a in win.doc.issue.section("s01").articles] == ["a01", "a02"]


def test_locked_open_can_be_cancelled(empty_window, issue_dir):
    with IssueFolder(issue_dir):
        answer("lockedDialog", "Cancel|取消")
        assert not empty_window.open_path(issue_dir)
        assert empty_window.doc is None


def _edit_source(win, text):
    win.tree.select("article", "a04")
    edit = win.article_editor.fields.edits["source"]
    edit.setText(text)
    edit.editingFinished.emit()


def test_closing_with_unsaved_edits_asks(window, issue_dir):
    _edit_source(window, "高新技术处")
    answer("unsavedDialog", "Cancel|取消")
    assert not window.close()
    assert window.isVisible()
    answer("unsavedDialog", "Save|保存")
    assert window.close()
    assert load_issue(issue_dir).article("a04").source == "高新技术处"


def test_closing_and_discarding_keeps_the_file(window, issue_dir):
    _edit_source(window, "高新技术处")
    window.autosave()
    answer("unsavedDialog", "Discard|丢弃")
    assert window.close()
    assert load_issue(issue_dir).article("a04").source == "高新处"
    assert not (issue_dir / ".issuedesk-autosave.issuedesk").exists()


def test_autosave_timer_writes_the_side_copy(window, issue_dir, qtbot):
    assert window.autosave_timer.isActive()
    window.autosave_timer.timeout.emit()
    assert not window.doc.folder.has_recovery()     # nothing to keep yet
    _edit_source(window, "高新技术处")
    window.autosave_timer.timeout.emit()
    assert window.doc.folder.has_recovery()
    assert load_issue(issue_dir).article("a04").source == "高新处"   # the issue file is untouched


def test_recent_issues_are_remembered_and_offered(window, issue_dir, demo_master, tmp_path):
    import shutil
    second = tmp_path / "second"
    shutil.copytree(demo_master, second)
    assert window.open_path(second)
    assert prefs.recent_issues()[:2] == [second.resolve(), issue_dir.resolve()]
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[:2] == [str(second.resolve()), str(issue_dir.resolve())]
    window.recent_menu.actions()[1].trigger()
    assert window.doc.path.resolve() == issue_dir.resolve()


def test_first_start_opens_the_demo_then_the_recent_issue(qtbot, tmp_path, monkeypatch, issue_dir):
    from editor.gui.app import start
    from editor.layout.fonts import fonts_dir
    monkeypatch.setenv("ISSUEDESK_FONTS", str(fonts_dir()))   # keep the prepared fonts
    monkeypatch.setenv("ISSUEDESK_DATA", str(tmp_path / "data"))
    win = start(None)
    try:
        assert win.doc.path == tmp_path / "data" / "demo-issue"
        assert win.doc.issue.meta.title == "青溪科技"
        assert win.isVisible()
        assert win.open_path(issue_dir)
        assert hasattr(win, "page_views")   # the program's window carries flatplan, checks, preview
    finally:
        win.page_views.runner.shutdown()
        forget_edits(win)
        win.close()
    again = start(None)
    try:
        assert again.doc.path.resolve() == issue_dir.resolve()
    finally:
        again.page_views.runner.shutdown()
        again.close()


def test_window_state_persists(qtbot, issue_dir):
    from editor.gui.app import start
    win = start(issue_dir)
    try:
        win.page_views.docks["flatplan"].hide()
        win.resize(700, 520)   # inside the offscreen screen (800 × 600)
        size = (win.width(), win.height())
    finally:
        win.page_views.runner.shutdown()
        win.close()
    again = start(issue_dir)
    try:
        assert not again.page_views.docks["flatplan"].isVisible()
        assert again.page_views.docks["preview"].isVisible()
        assert (again.width(), again.height()) == size
    finally:
        again.page_views.runner.shutdown()
        again.close()


def test_preferences_set_the_autosave_interval(window):
    from .conftest import on_modal

    def set_interval(dialog):
        dialog.autosave.setValue(15)
        dialog.accept()

    on_modal("preferencesDialog", set_interval)
    window.act_prefs.trigger()
    assert window.autosave_timer.interval() == 15_000
    assert int(prefs.settings().value("autosave/seconds")) == 15
