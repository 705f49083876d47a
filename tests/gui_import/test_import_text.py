"""File ▸ Import ▸ Issue from Markdown… with the real sample: the new issue folder is written,
the lines that found no place are listed, and the new issue opens in the window."""
from __future__ import annotations

from PySide6.QtCore import Qt

from editor.store import load_issue

from .conftest import menu_entry, on_modal


def test_import_the_sample_and_open_it(qtbot, import_window, sample_md, tmp_path):
    win = import_window
    target = tmp_path / "changzhou-2021-03"
    seen = {}

    def act(dialog):
        assert not dialog.import_button.isEnabled()
        dialog.source.setText(str(sample_md))
        dialog.target.setText(str(target))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.open_button.isVisible(), timeout=30000)
        seen["summary"] = dialog.summary.text()
        table = dialog.unplaced
        seen["unplaced"] = [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
                            for r in range(table.rowCount())]
        seen["table_visible"] = table.isVisible()
        dialog.grab().save(str(tmp_path / "import-text-dialog.png"))
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    ran = []
    on_modal("importTextDialog", act, ran)
    menu_entry(win, "文件", "导入", "Markdown").trigger()
    assert ran == ["importTextDialog"]

    assert "常州科技 2021年第3期" in seen["summary"] and "26 篇文章" in seen["summary"]
    assert "8 行无法归位" in seen["summary"]
    assert seen["table_visible"] and len(seen["unplaced"]) == 8
    assert ("62", "常州高新技术产业开发区", "刊首上的文字，模型中没有对应的字段") in seen["unplaced"]

    # the window now edits the new issue
    assert win.doc.path == target
    assert "常州科技 2021年第3期" in win.windowTitle()
    tops = [win.tree.topLevelItem(i).text(0) for i in range(win.tree.topLevelItemCount())]
    assert tops[0] == "■ 专稿" and sum(t.startswith("■") for t in tops) == 8
    assert sum(1 for _ in win.doc.issue.articles()) == 26
    assert load_issue(target).meta.cumulative == 158


def test_a_folder_in_use_is_refused_and_left_alone(qtbot, import_window, sample_md, tmp_path):
    win = import_window
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("别人的文件", encoding="utf-8")
    errors, state = [], {}

    def act(dialog):
        on_modal("errorDialog", lambda box: (errors.append(box.text()), box.accept()))
        dialog.source.setText(str(sample_md))
        dialog.target.setText(str(target))
        dialog.import_button.click()
        qtbot.waitUntil(lambda: errors != [], timeout=30000)
        state["open_visible"] = dialog.open_button.isVisible()
        state["import_enabled"] = dialog.import_button.isEnabled()
        dialog.reject()
    on_modal("importTextDialog", act)
    menu_entry(win, "文件", "导入", "Markdown").trigger()
    assert "不是空文件夹" in errors[0]
    assert not state["open_visible"] and state["import_enabled"]   # the editor may pick another folder
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".busy")) == []
    assert win.doc.path.name == "issue"   # the open issue stays


def test_not_a_text_file_is_refused(qtbot, import_window, tmp_path):
    win = import_window
    source = tmp_path / "photo.md"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    errors = []

    def act(dialog):
        on_modal("errorDialog", lambda box: (errors.append(box.text()), box.accept()))
        dialog.source.setText(str(source))
        dialog.source.editingFinished.emit()   # the target is suggested beside the source
        assert dialog.target.text() == str(tmp_path / "photo")
        dialog.import_button.click()
        qtbot.waitUntil(lambda: errors != [], timeout=30000)
        dialog.reject()
    on_modal("importTextDialog", act)
    menu_entry(win, "文件", "导入", "Markdown").trigger()
    assert errors and "photo.md" in errors[0]
    assert not (tmp_path / "photo").exists()
