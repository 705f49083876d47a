"""Adding and deleting articles and sections from the Issue menu, each one undoable step, with
the contents following along."""
from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import answer, type_chinese


def _ids(window, section_id):
    return [a.id for a in window.doc.issue.section(section_id).articles]


def test_new_article_after_the_selected_one_with_its_contents_entry(qtbot, window):
    window.tree.select("article", "a03")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    ids = _ids(window, "s02")
    assert len(ids) == 3 and ids[0] == "a03" and ids[2] == "a04"
    new_id = ids[1]
    assert window.tree.current_key() == ("article", new_id)
    title = window.article_editor.fields.edits["title"]
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    type_chinese(title, "青溪实验室发布首批开放课题")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    entry = next(e for e in window.doc.issue.contents if e.article == new_id)
    assert entry.title == "青溪实验室发布首批开放课题" and entry.section == "创新平台"
    entries = [e.article for e in window.doc.issue.contents]
    assert entries.index(new_id) == entries.index("a04") + 1   # after the section's entries
    window.act_undo.trigger()   # the title, and with it the entry
    assert next(e for e in window.doc.issue.contents if e.article == new_id).title == "新文章"
    window.act_undo.trigger()
    assert _ids(window, "s02") == ["a03", "a04"]
    assert all(e.article != new_id for e in window.doc.issue.contents)


def test_delete_article_asks_and_undo_brings_it_back_with_its_entry(window):
    window.tree.select("article", "a06")
    entries_before = [e.id for e in window.doc.issue.contents]
    answer("deleteArticleDialog", "Yes|是")
    window.issue_actions.act_delete_article.trigger()
    assert _ids(window, "s03") == ["a05"]
    assert all(e.article != "a06" for e in window.doc.issue.contents)
    assert window.tree.item_for("article", "a06") is None
    window.act_undo.trigger()
    assert _ids(window, "s03") == ["a05", "a06"]
    assert [e.id for e in window.doc.issue.contents] == entries_before


def test_new_section_then_rename_follows_into_the_contents(qtbot, window):
    window.issue_actions.ask_section_name = lambda: "产学研合作"
    window.issue_actions.act_new_section.trigger()
    section = window.doc.issue.sections[-1]
    assert section.name == "产学研合作" and window.tree.current_key() == ("section", section.id)
    window.move_article("a10", section.id, 0)
    window.tree.select("section", "s05")
    edit = window.section_editor.edits["name"]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_chinese(edit, "科技快讯")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.doc.issue.section("s05").name == "科技快讯"
    assert {e.section for e in window.doc.issue.contents if e.article == "a09"} == {"科技快讯"}
    assert window.tree.item_for("section", "s05").text(0) == "■ 科技快讯"
    for _ in range(3):
        window.act_undo.trigger()
    assert [s.name for s in window.doc.issue.sections][-1] != "产学研合作"
    assert {e.section for e in window.doc.issue.contents if e.article == "a09"} == {"科技动态"}
