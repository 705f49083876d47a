"""The proofreader's contents review: tick every entry, comment, sign off, then see the sign-off
go stale when an article moves to another page; everything undoable and kept in the issue file."""
from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from editor.gui.contents_review import COLUMNS
from editor.store import load_issue

from .conftest import wait_layout


def _show_review(qtbot, win):
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)   # View ▸ Contents review
    panel = win.page_views.review
    qtbot.waitUntil(panel.table.isVisible, timeout=2000)
    return panel


def _tick(qtbot, panel, row):
    """Select the tick cell and press Space, as a person does with the keyboard."""
    table = panel.table
    table.setFocus()
    table.setCurrentCell(row, COLUMNS.index("tick"))
    qtbot.keyClick(table, Qt.Key.Key_Space)


def _tick_all(qtbot, panel):
    for row in range(panel.table.rowCount()):
        _tick(qtbot, panel, row)


def test_table_lists_entries_with_printed_and_real_pages(qtbot, pages_window):
    panel = _show_review(qtbot, pages_window)
    table = panel.table
    assert table.rowCount() == 11
    first = [table.item(0, c).text() for c in range(len(COLUMNS))]
    assert first[1:6] == ["专稿", "以科技创新引领青溪高质量发展", "01", "01", "一致"]
    assert table.item(0, COLUMNS.index("title")).toolTip().endswith("/ 到2027年全社会研发投入占比力争达到3.2%")
    assert "已核对 0 / 11 条" in panel.state.text()
    assert not panel.sign_button.isEnabled()


def test_tick_comment_sign_off_then_a_move_makes_it_stale(qtbot, pages_window, tmp_path):
    win = pages_window
    panel = _show_review(qtbot, win)
    _tick(qtbot, panel, 0)
    assert win.doc.issue.review.items[0].ticked
    assert panel.table.item(0, 0).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.doc.issue.review is None          # as before the first tick
    assert panel.table.item(0, 0).checkState() == Qt.CheckState.Unchecked
    _tick_all(qtbot, panel)
    assert all(i.ticked for i in win.doc.issue.review.items) and len(win.doc.issue.review.items) == 11
    # A comment typed into the last column.
    table = panel.table
    table.setFocus()
    table.setCurrentCell(2, COLUMNS.index("comment"))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, "ok p2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)   # the delegate commits on its next turn
    qtbot.waitUntil(lambda: next(i for i in win.doc.issue.review.items if i.entry == "c03").comment == "ok p2",
                    timeout=2000)
    # Sign off with a name.
    assert panel.sign_button.isEnabled()
    panel.name.setFocus()
    qtbot.keyClicks(panel.name, "Li Hua")
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    review = win.doc.issue.review
    assert review.signed_by == "Li Hua" and review.signed_at and review.pages_signature.startswith("c01:1;")
    assert "Li Hua 已于" in panel.state.text() and not panel.is_stale
    # Move an article to a later page in the flatplan: the pages of the contents change.
    win.page_views.pin("a05", 5)
    wait_layout(qtbot, win)
    assert panel.is_stale
    assert panel.state.text().startswith("已过期")
    assert panel.table.item(4, COLUMNS.index("real")).text() == "05"
    assert panel.sign_button.isEnabled()          # signing again is offered
    # Undo the move: the pages are as signed again.
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_layout(qtbot, win)
    assert not panel.is_stale and "Li Hua 已于" in panel.state.text()
    # The review lives in the issue file.
    win.page_views.pin("a05", 5)
    win.act_save.trigger()
    saved = load_issue(win.doc.path)
    assert saved.review.signed_by == "Li Hua"
    assert saved.review.pages_signature == review.pages_signature
    assert [i.ticked for i in saved.review.items] == [True] * 11


def test_withdraw_sign_off_is_one_undoable_step(qtbot, pages_window):
    win = pages_window
    panel = _show_review(qtbot, win)
    _tick_all(qtbot, panel)
    panel.name.setText("Wang")
    panel.sign_button.click()
    before = win.doc.stack.count()
    panel.withdraw_button.click()
    assert win.doc.issue.review.signed_by is None and win.doc.stack.count() == before + 1
    win.act_undo.trigger()
    assert win.doc.issue.review.signed_by == "Wang"


def test_review_sheet_pdf(qtbot, pages_window, tmp_path):
    panel = _show_review(qtbot, pages_window)
    out = panel.print_sheet(tmp_path / "sheet.pdf")
    assert out.is_file()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "目录核对单" in text and "青溪市出台支持企业研发投入十条措施" in text
