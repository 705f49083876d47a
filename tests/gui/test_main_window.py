"""The main window driven as an editor would: tree, typing in the article form, shortcuts,
menus, undo and redo, drag and drop, the metadata dialog."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit

from editor.store import load_issue

from .conftest import on_modal, type_chinese


def _titles(win, section_id):
    return [a.id for a in win.doc.issue.section(section_id).articles]


def _click_tree(qtbot, win, kind, ident):
    item = win.tree.item_for(kind, ident)
    parent = item.parent()
    while parent is not None:   # open the folders above it, as a person would
        parent.setExpanded(True)
        parent = parent.parent()
    win.tree.scrollToItem(item)
    rect = win.tree.visualItemRect(item)
    qtbot.mouseClick(win.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.tree.current_key() == (kind, ident)


def _type_into(qtbot, edit: QLineEdit, text: str):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text:
        type_chinese(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_tree_lists_sections_articles_figures_and_photo_page(window):
    tree = window.tree
    tops = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert tops[:5] == ["■ 专稿", "■ 创新平台", "■ 企业风采", "■ 科技人才", "■ 科技动态"]
    assert any("科技活动周" in t for t in tops)
    first = tree.topLevelItem(0).child(0)
    assert first.text(0) == "以科技创新引领青溪高质量发展"
    assert first.child(0).text(0).startswith("▨ 11月6日")
    assert "青溪科技 2026年第11期" in window.windowTitle()


def test_typing_a_title_is_one_undoable_edit(qtbot, window):
    _click_tree(qtbot, window, "article", "a02")
    edit = window.article_editor.fields.edits["title"]
    assert edit.text() == "青溪市出台支持企业研发投入十条措施"
    _type_into(qtbot, edit, "青溪出台研发投入新政十条")
    assert window.doc.issue.article("a02").title == "青溪出台研发投入新政十条"
    assert window.isWindowModified()
    assert window.tree.item_for("article", "a02").text(0) == "青溪出台研发投入新政十条"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.issue.article("a02").title == "青溪市出台支持企业研发投入十条措施"
    assert edit.text() == "青溪市出台支持企业研发投入十条措施"
    assert not window.isWindowModified()
    window.act_redo.trigger()
    assert window.doc.issue.article("a02").title == "青溪出台研发投入新政十条"


def test_emptying_an_optional_field_stores_none(qtbot, window):
    _click_tree(qtbot, window, "article", "a01")
    _type_into(qtbot, window.article_editor.fields.edits["kicker"], "")
    assert window.doc.issue.article("a01").kicker is None
    assert window.doc.stack.count() == 1


def test_move_down_with_shortcut_and_undo(qtbot, window):
    _click_tree(qtbot, window, "article", "a01")
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(window, "s01") == ["a02", "a01"]
    assert window.tree.current_key() == ("article", "a01")
    assert window.tree.topLevelItem(0).child(1).text(0) == "以科技创新引领青溪高质量发展"
    window.act_undo.trigger()
    assert _titles(window, "s01") == ["a01", "a02"]
    window.act_up.trigger()   # already first: nothing happens, nothing to undo
    assert _titles(window, "s01") == ["a01", "a02"] and not window.doc.stack.canUndo()


def test_move_to_another_section_from_the_menu(qtbot, window):
    _click_tree(qtbot, window, "article", "a04")
    window.move_menu.aboutToShow.emit()
    action = next(a for a in window.move_menu.actions() if a.text() == "科技动态")
    action.trigger()
    assert _titles(window, "s02") == ["a03"]
    assert _titles(window, "s05") == ["a09", "a10", "a04"]
    entry = next(e for e in window.doc.issue.contents if e.article == "a04")
    assert entry.section == "科技动态"
    window.act_undo.trigger()
    assert _titles(window, "s02") == ["a03", "a04"] and _titles(window, "s05") == ["a09", "a10"]
    assert entry.section == "创新平台"


def _drop(win, dragged, target_item, position):
    """Finish a drag of `dragged` over `target_item`: the drop event the view would receive."""
    tree = win.tree
    tree.setCurrentItem(dragged)
    rect = tree.visualItemRect(target_item)
    y = {"above": rect.top() + 1, "below": rect.bottom() - 1, "on": rect.center().y()}[position]
    event = QDropEvent(QPoint(rect.center().x(), y).toPointF(), Qt.DropAction.MoveAction, QMimeData(),
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    Indicator = QAbstractItemView.DropIndicatorPosition
    tree.dropIndicatorPosition = lambda: {"above": Indicator.AboveItem, "below": Indicator.BelowItem,
                                          "on": Indicator.OnItem}[position]
    tree.dropEvent(event)


def test_drag_and_drop_reorders_and_moves_between_sections(window):
    tree = window.tree
    s3 = tree.item_for("section", "s03")
    _drop(window, tree.item_for("article", "a05"), s3.child(1), "below")
    assert _titles(window, "s03") == ["a06", "a05"]
    _drop(window, tree.item_for("article", "a09"), tree.item_for("article", "a06"), "above")
    assert _titles(window, "s03") == ["a09", "a06", "a05"] and _titles(window, "s05") == ["a10"]
    _drop(window, tree.item_for("article", "a10"), tree.item_for("section", "s01"), "on")
    assert _titles(window, "s01") == ["a01", "a02", "a10"]
    for _ in range(3):
        window.act_undo.trigger()
    assert _titles(window, "s03") == ["a05", "a06"] and _titles(window, "s05") == ["a09", "a10"]
    assert _titles(window, "s01") == ["a01", "a02"]


def test_edit_caption_then_undo(qtbot, window):
    _click_tree(qtbot, window, "figure", "f03")
    assert window.stack.currentWidget() is window.figure_editor
    assert "ppi" in window.figure_editor.info.text()
    _type_into(qtbot, window.figure_editor.fields.edits["caption"], "冷镦生产线一角")
    fig = window.doc.find("figure", "f03")
    assert fig.caption == "冷镦生产线一角"
    assert window.tree.item_for("figure", "f03").text(0) == "▨ 冷镦生产线一角"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fig.caption == "青溪精工的数字化生产车间"


def test_edit_a_paragraph_keeps_its_run_in_head(qtbot, window):
    _click_tree(qtbot, window, "article", "a06")
    body = window.article_editor.body
    index = next(i for i, b in enumerate(window.doc.issue.article("a06").blocks)
                 if getattr(b, "run_in_head", None) == "安全是储能的生命线。")
    item = body.item(index)
    body.setCurrentItem(item)
    body.editItem(item)
    editor = body.findChild(QPlainTextEdit, "paragraphEditor")
    assert editor.toPlainText() == item.text()
    qtbot.keyClick(editor, Qt.Key.Key_End)
    type_chinese(editor, "目前这项技术已申请发明专利。")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    para = window.doc.issue.article("a06").blocks[index]
    assert para.run_in_head == "安全是储能的生命线。"
    assert para.text.endswith("目前这项技术已申请发明专利。")
    window.act_undo.trigger()
    assert not window.doc.issue.article("a06").blocks[index].text.endswith("申请发明专利。")


def test_metadata_dialog_is_one_undoable_change(qtbot, window):
    def fill(dialog):
        dialog.edits["printer"].setText("青溪彩印有限公司")
        dialog.print_run.setValue(3000)
        dialog.cover_lines.setPlainText("小零件做出大文章\n扎根田间的“番茄博士”")
        dialog.accept()

    on_modal("metaDialog", fill)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    meta = window.doc.issue.meta
    assert (meta.printer, meta.print_run) == ("青溪彩印有限公司", 3000)
    assert meta.cover.lines == ["小零件做出大文章", "扎根田间的“番茄博士”"]
    assert meta.board[1].names == ["王青", "刘思远", "张建华"]   # untouched tables survive the round trip
    assert window.doc.stack.count() == 1
    window.act_undo.trigger()
    assert window.doc.issue.meta.printer == "青溪新华印务有限公司"
    assert len(window.doc.issue.meta.cover.lines) == 4


def test_save_writes_the_issue_folder(qtbot, window, issue_dir):
    _click_tree(qtbot, window, "article", "a08")
    _type_into(qtbot, window.article_editor.fields.edits["source"], "人才工作处")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert load_issue(issue_dir).article("a08").source == "人才工作处"


def test_save_as_continues_in_the_new_folder(qtbot, window, tmp_path):
    _click_tree(qtbot, window, "article", "a08")
    _type_into(qtbot, window.article_editor.fields.edits["source"], "人才工作处")
    target = tmp_path / "copy"
    assert window.save_to(target)
    assert window.doc.path == target and not window.isWindowModified()
    copy = load_issue(target)
    assert copy.article("a08").source == "人才工作处"
    assert (target / "images" / "f02.jpg").is_file()


def test_replace_a_picture_is_one_undoable_step(qtbot, window, tmp_path):
    from PIL import Image
    picture = tmp_path / "新照片.jpg"
    Image.new("RGB", (1200, 800), (30, 120, 200)).save(picture, dpi=(300, 300))
    _click_tree(qtbot, window, "figure", "f04")
    editor = window.figure_editor
    editor.ask_picture = lambda: picture
    qtbot.mouseClick(editor.replace_button, Qt.MouseButton.LeftButton)
    fig = window.doc.find("figure", "f04")
    assert fig.image != "images/f04.jpg" and (window.doc.path / fig.image).is_file()
    assert fig.info.width_px == 1200
    assert "1200 × 800" in editor.info.text()
    window.act_undo.trigger()
    assert fig.image == "images/f04.jpg" and window.doc.find("figure", "f04").info.width_px != 1200


def test_choose_a_new_cover_photo_in_the_metadata_dialog(qtbot, window, tmp_path):
    from PIL import Image
    picture = tmp_path / "封面.jpg"
    Image.new("RGB", (2600, 2000), (200, 160, 90)).save(picture, dpi=(300, 300))

    def choose(dialog):
        dialog.ask_picture = lambda: picture
        qtbot.mouseClick(dialog.cover_button, Qt.MouseButton.LeftButton)
        assert dialog.cover_label.text().startswith("images/")
        dialog.accept()

    on_modal("metaDialog", choose)
    window.act_meta.trigger()
    cover = window.doc.issue.meta.cover
    assert cover.image != "images/cover.jpg" and (window.doc.path / cover.image).is_file()
    window.act_undo.trigger()
    assert window.doc.issue.meta.cover.image == "images/cover.jpg"
