"""Sections reordered and deleted in the issue tree as an editor does it: drag and drop, Move
Up/Down with Alt+arrows, Issue ▸ Delete Section… with its question; each one undoable step, the
contents entries following, and the result surviving save and load."""
from __future__ import annotations

from PySide6.QtCore import Qt

from editor.store import load_issue

from .conftest import answer
from .test_main_window import _click_tree, _drop

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _sections(win):
    return [s.id for s in win.doc.issue.sections]


def _entry_sections(issue):
    """Section names in contents order, each run once."""
    runs = []
    for e in issue.contents:
        if not runs or runs[-1] != e.section:
            runs.append(e.section)
    return runs


def _tops(win):
    tree = win.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_move_section_down_and_up_with_the_keyboard_then_undo_redo(qtbot, window):
    _click_tree(qtbot, window, "section", "s02")
    assert window.act_down.isEnabled()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _sections(window) == ["s01", "s03", "s02", "s04", "s05", "s06"]
    assert window.tree.current_key() == ("section", "s02")
    assert _tops(window)[:3] == ["■ 专稿", "■ 企业风采", "■ 创新平台"]
    assert _entry_sections(window.doc.issue)[:3] == ["专稿", "企业风采", "创新平台"]
    assert [a.id for a in window.doc.issue.section("s02").articles] == ["a03", "a04"]   # articles go along
    qtbot.keyClick(window.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _sections(window)[:3] == ["s02", "s01", "s03"]
    qtbot.keyClick(window.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)   # already first: nothing
    assert window.doc.stack.count() == 3
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _sections(window)[:3] == ["s01", "s03", "s02"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _sections(window) == ["s01", "s02", "s03", "s04", "s05", "s06"]
    assert [e.id for e in window.doc.issue.contents] == [f"c{n:02d}" for n in range(1, 12)]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _sections(window)[:3] == ["s01", "s03", "s02"]


def test_drag_a_section_above_another_and_below_an_article(window, issue_dir):
    tree = window.tree
    assert tree.item_for("section", "s05").flags() & Qt.ItemFlag.ItemIsDragEnabled   # Qt lets it be picked up
    _drop(window, tree.item_for("section", "s05"), tree.item_for("section", "s01"), "above")
    assert _sections(window) == ["s05", "s01", "s02", "s03", "s04", "s06"]
    assert _entry_sections(window.doc.issue) == ["科技动态", "专稿", "创新平台", "企业风采", "科技人才", "生态环保"]
    # dropped on an article of 企业风采: the section goes after 企业风采
    _drop(window, tree.item_for("section", "s05"), tree.item_for("article", "a05"), "on")
    assert _sections(window) == ["s01", "s02", "s03", "s05", "s04", "s06"]
    _drop(window, tree.item_for("section", "s01"), tree.item_for("section", "s01"), "above")   # on itself
    assert window.doc.stack.count() == 2
    assert window.save()
    saved = load_issue(issue_dir)
    assert [s.id for s in saved.sections] == ["s01", "s02", "s03", "s05", "s04", "s06"]
    assert _entry_sections(saved)[3:5] == ["科技动态", "科技人才"]
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert _sections(window) == ["s01", "s02", "s03", "s04", "s05", "s06"]


def test_delete_an_empty_section_at_once(window):
    window.issue_actions.ask_section_name = lambda: "专题"
    window.issue_actions.act_new_section.trigger()
    new_id = window.doc.issue.sections[-1].id
    window.issue_actions.confirm_delete_section = lambda *_: (_ for _ in ()).throw(AssertionError("asked"))
    assert window.issue_actions.act_delete_section.isEnabled()
    window.issue_actions.act_delete_section.trigger()
    assert new_id not in _sections(window) and window.tree.item_for("section", new_id) is None
    window.act_undo.trigger()
    assert _sections(window)[-1] == new_id


def test_delete_a_section_with_articles_asks_how_many_and_undo_restores_in_place(qtbot, window, issue_dir):
    _click_tree(qtbot, window, "section", "s03")
    before = [(e.id, e.section, e.article) for e in window.doc.issue.contents]
    figures_a05 = [f.id for f in window.doc.issue.article("a05").figures()]
    seen: list[str] = []
    answer("deleteSectionDialog", "No|否", seen)
    window.issue_actions.act_delete_section.trigger()
    assert "s03" in _sections(window)
    assert any("企业风采" in text and "2" in text for text in seen)
    answer("deleteSectionDialog", "Yes|是")
    window.issue_actions.act_delete_section.trigger()
    assert _sections(window) == ["s01", "s02", "s04", "s05", "s06"]
    assert {e.article for e in window.doc.issue.contents}.isdisjoint({"a05", "a06"})
    assert window.tree.item_for("article", "a05") is None
    assert window.stack.currentWidget() is window.placeholder
    assert window.save()
    saved = load_issue(issue_dir)
    assert [s.id for s in saved.sections] == ["s01", "s02", "s04", "s05", "s06"]
    assert len(saved.contents) == 9
    window.activateWindow()   # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _sections(window) == ["s01", "s02", "s03", "s04", "s05", "s06"]
    assert [a.id for a in window.doc.issue.section("s03").articles] == ["a05", "a06"]
    assert [f.id for f in window.doc.issue.article("a05").figures()] == figures_a05
    assert [(e.id, e.section, e.article) for e in window.doc.issue.contents] == before
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "s03" not in _sections(window)



def test_unlinked_contents_entries_follow_their_section(window):
    """An entry no article matched (as OCR import leaves them) is filed by section name: it moves
    and goes with that section, and comes back in place on undo."""
    from editor.gui.undo import MoveSection, RemoveSection
    from editor.model import ContentsEntry
    issue = window.doc.issue
    issue.contents.insert(6, ContentsEntry("c90", "企业风采", "一条未对上文章的目录", page=9))
    window.doc.push(MoveSection(window.doc, "s03", 0))
    assert [e.id for e in issue.contents[:3]] == ["c05", "c06", "c90"]
    window.doc.push(RemoveSection(window.doc, "s03"))
    assert all(e.id not in ("c05", "c06", "c90") for e in issue.contents)
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert [e.id for e in issue.contents][4:8] == ["c05", "c06", "c90", "c07"]
