"""File ▸ New Issue from Previous…: the dialog shows the next numbers and what is carried over,
writes the new folder and the window opens it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from editor.store import load_issue

from .conftest import menu_entry, on_modal


def test_next_issue_from_the_open_one(qtbot, import_window, tmp_path):
    win = import_window
    prev = win.doc.issue
    target = tmp_path / "next"
    seen = {}

    def act(dialog):
        seen["next"] = dialog.next_label.text()
        seen["carried"] = dialog.carried.text()
        seen["suggested"] = dialog.target.text()
        dialog.grab().save(str(tmp_path / "new-issue-dialog.png"))
        dialog.target.setText(str(target))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    entries = [a.text().replace("&", "") for a in win.menus["file"].actions()]
    assert entries[0].startswith("由上一期新建下一期") and entries[1].startswith("打开期刊")
    ran = []
    on_modal("newIssueDialog", act, ran)
    menu_entry(win, "文件", "由上一期新建下一期").trigger()
    assert ran == ["newIssueDialog"]

    m = prev.meta
    assert seen["next"] == f"{m.title} {m.year}年第{m.number + 1}期（总第{m.cumulative + 1}期）"
    assert f"{len(prev.sections)} 个栏目" in seen["carried"] and prev.sections[0].name in seen["carried"]
    assert seen["suggested"] == str(tmp_path / f"{m.title}-{m.year}-{m.number + 1:02d}")

    assert win.doc.path == target
    new = load_issue(target)
    assert (new.meta.number, new.meta.cumulative) == (m.number + 1, m.cumulative + 1)
    assert [s.name for s in new.sections] == [s.name for s in prev.sections]
    assert new.meta.board == m.board and new.meta.printer == m.printer
    assert list(new.articles()) == [] and win.tree.topLevelItemCount() == len(prev.sections)
    assert f"第{m.number + 1}期" in win.windowTitle()


def test_number_wraps_into_the_next_year_and_a_used_folder_is_refused(qtbot, import_window, tmp_path):
    win = import_window
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("x", encoding="utf-8")
    seen, errors = {}, []

    def act(dialog):
        on_modal("errorDialog", lambda box: (errors.append(box.text()), box.accept()))
        dialog.per_year.setValue(win.doc.issue.meta.number)   # this issue is the last of its year
        seen["next"] = dialog.next_label.text()
        dialog.target.setText(str(used))
        dialog.ok_button.click()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()
    on_modal("newIssueDialog", act)
    menu_entry(win, "文件", "由上一期新建下一期").trigger()
    m = win.doc.issue.meta
    assert seen["next"].startswith(f"{m.title} {m.year + 1}年第1期")
    assert errors and "不是空文件夹" in errors[0] and seen["still_open"]
    assert sorted(p.name for p in used.iterdir()) == ["keep.txt"]
    assert win.doc.path.name == "issue"
