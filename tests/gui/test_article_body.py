"""The body of an article as an editor works on it: new paragraphs and sub-heads from the
keyboard, deleting and undoing, a sidebar edited in its dialog, pinning to pages."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from editor.model import Paragraph, Sidebar, Subhead

from .conftest import on_modal, type_chinese


def _open(window, article_id):
    window.tree.select("article", article_id)
    return window.article_editor


def _blocks(window, article_id):
    return window.doc.issue.article(article_id).blocks


def test_insert_a_paragraph_from_the_keyboard_then_undo(qtbot, window):
    editor = _open(window, "a09")
    body = editor.body
    n = len(_blocks(window, "a09"))
    body.setFocus()
    body.setCurrentRow(0)
    qtbot.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = body.findChild(QPlainTextEdit, "paragraphEditor")
    type_chinese(box, "活动期间还将评选十佳科普作品。")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    blocks = _blocks(window, "a09")
    assert len(blocks) == n + 1
    assert isinstance(blocks[1], Paragraph) and blocks[1].text == "活动期间还将评选十佳科普作品。"
    assert body.item(1).text() == "活动期间还将评选十佳科普作品。"
    window.act_undo.trigger()   # the typing
    window.act_undo.trigger()   # the insertion
    assert len(_blocks(window, "a09")) == n and body.count() == n


def test_toggle_subhead_and_delete_block_undo_in_place(qtbot, window):
    editor = _open(window, "a03")
    body = editor.body
    body.setFocus()
    body.setCurrentRow(3)
    original = _blocks(window, "a03")[3]
    n = len(_blocks(window, "a03"))
    assert isinstance(original, Paragraph)
    qtbot.keyClick(body, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(_blocks(window, "a03")[3], Subhead)
    assert body.item(3).font().bold()
    qtbot.keyClick(body, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert _blocks(window, "a03")[3] != original and len(_blocks(window, "a03")) == n - 1
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert _blocks(window, "a03")[3] == original


def test_sidebar_is_edited_in_its_dialog(qtbot, window):
    editor = _open(window, "a02")
    index = next(i for i, b in enumerate(_blocks(window, "a02")) if isinstance(b, Sidebar))

    def edit(dialog):
        dialog.title.setText("研发费用加计扣除是什么？")
        dialog.text.setPlainText(dialog.text.toPlainText() + "\n政策咨询可拨打12366纳税服务热线。")
        dialog.accept()

    on_modal("boxDialog", edit)
    item = editor.body.item(index)
    editor.body.itemDoubleClicked.emit(item)
    sidebar = _blocks(window, "a02")[index]
    assert sidebar.title == "研发费用加计扣除是什么？"
    assert len(sidebar.blocks) == 2 and sidebar.blocks[1].text == "政策咨询可拨打12366纳税服务热线。"
    assert "研发费用加计扣除是什么？" in editor.body.item(index).text()
    window.act_undo.trigger()
    assert _blocks(window, "a02")[index].title == "什么是研发费用加计扣除？"


def test_pin_to_a_start_page_and_continue_later(qtbot, window):
    editor = _open(window, "a05")
    start, cont, after = (editor.placement[k] for k in ("start_page", "continue_page", "break_after"))
    for box, value in ((start, 4), (cont, 9), (after, 3)):
        box.setValue(value)
        box.editingFinished.emit()
    placement = window.doc.issue.article("a05").placement
    assert (placement.start_page, placement.continue_page, placement.break_after) == (4, 9, 2)
    for _ in range(3):
        window.act_undo.trigger()
    assert window.doc.issue.article("a05").placement.is_default
    assert start.value() == 0 and start.text() in ("自动", "auto")


def test_bold_run_in_head_on_and_off(qtbot, window):
    editor = _open(window, "a06")
    body = editor.body
    index = next(i for i, b in enumerate(_blocks(window, "a06")) if getattr(b, "run_in_head", None))
    body.setFocus()
    body.setCurrentRow(index)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert _blocks(window, "a06")[index].run_in_head is None
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert _blocks(window, "a06")[index].run_in_head == "安全是储能的生命线。"
    body.setCurrentRow(0)   # a plain paragraph: its first sentence becomes the head
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert _blocks(window, "a06")[0].run_in_head.startswith("在青溪经济开发区")
    assert _blocks(window, "a06")[0].run_in_head.endswith("。")
    window.act_undo.trigger()
    assert _blocks(window, "a06")[0].run_in_head is None
