"""The checks panel as an editor meets it: empty a caption and see FIGURE-CAPTION come and go,
filter by severity, double-click to jump, read the counts in the status bar."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from .conftest import wait_layout


def _type_into(qtbot, edit: QLineEdit, text: str):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _open_figure(qtbot, win, figure_id):
    item = win.tree.item_for("figure", figure_id)
    win.tree.scrollToItem(item)
    rect = win.tree.visualItemRect(item)
    qtbot.mouseClick(win.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.tree.current_key() == ("figure", figure_id)


def test_emptied_caption_shows_and_clears_figure_caption(qtbot, pages_window):
    win = pages_window
    panel = win.page_views.checks
    assert "FIGURE-CAPTION" not in panel.rule_items()
    assert win.page_views.counts.text() == "错误 0  警告 0"
    _open_figure(qtbot, win, "f03")
    caption = win.figure_editor.fields.edits["caption"]
    old = caption.text()
    _type_into(qtbot, caption, "")
    assert win.doc.find("figure", "f03").caption == ""
    # Model rules follow each edit after a short pause, before any layout.
    qtbot.waitUntil(lambda: "FIGURE-CAPTION" in panel.rule_items(), timeout=3000)
    rows = panel.rule_items()["FIGURE-CAPTION"]
    assert len(rows) == 1 and rows[0].data(0, Qt.ItemDataRole.UserRole)["figure"] == "f03"
    assert win.page_views.counts.text() == "错误 0  警告 1"
    # The layout after the edit keeps the finding (it judges the issue as it now stands).
    wait_layout(qtbot, win)
    assert "FIGURE-CAPTION" in panel.rule_items()
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.doc.find("figure", "f03").caption == old
    qtbot.waitUntil(lambda: "FIGURE-CAPTION" not in panel.rule_items(), timeout=3000)
    assert win.page_views.counts.text() == "错误 0  警告 0"


def test_typing_a_caption_back_clears_the_finding(qtbot, pages_window):
    win = pages_window
    panel = win.page_views.checks
    _open_figure(qtbot, win, "f06")
    caption = win.figure_editor.fields.edits["caption"]
    _type_into(qtbot, caption, "")
    qtbot.waitUntil(lambda: "FIGURE-CAPTION" in panel.rule_items(), timeout=3000)
    _type_into(qtbot, caption, "Expo 2026")
    qtbot.waitUntil(lambda: "FIGURE-CAPTION" not in panel.rule_items(), timeout=3000)
    assert win.doc.stack.count() == 2


def test_double_click_on_a_finding_opens_the_figure(qtbot, pages_window):
    win = pages_window
    panel = win.page_views.checks
    _open_figure(qtbot, win, "f05")
    _type_into(qtbot, win.figure_editor.fields.edits["caption"], "")
    win.tree.select("article", "a01")
    qtbot.waitUntil(lambda: "FIGURE-CAPTION" in panel.rule_items(), timeout=3000)
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)   # View ▸ Checks
    qtbot.waitUntil(panel.tree.isVisible, timeout=2000)
    row = panel.rule_items()["FIGURE-CAPTION"][0]
    panel.tree.scrollToItem(row)
    rect = panel.tree.visualItemRect(row)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.tree.current_key() == ("figure", "f05")
    assert win.stack.currentWidget() is win.figure_editor


def test_severity_filter_hides_info(qtbot, pages_window):
    panel = pages_window.page_views.checks
    assert "FIGURE-COLOR" in panel.rule_items()          # the demo's RGB photos: info
    panel.filter.setCurrentIndex(panel.filter.findData("error"))
    assert panel.rule_items() == {}
    infos = sum(1 for f in panel.findings if f.severity == "info")
    assert infos >= 15
    assert panel.summary.text() == f"错误 0 · 警告 0 · 提示 {infos}"   # the counts stay whole
    panel.filter.setCurrentIndex(panel.filter.findData("all"))
    assert len(panel.rule_items()["FIGURE-COLOR"]) == 15
    assert sum(len(rows) for rows in panel.rule_items().values()) == infos


def test_page_rules_arrive_with_the_layout(qtbot, pages_window):
    """Pin the last article so early that the pages before it cannot hold the rest: the layout
    reports overset text (a page rule) which the model rules alone cannot see."""
    win = pages_window
    views = win.page_views
    views.pin("a02", 1)
    outcome = wait_layout(qtbot, win)
    page_rules = {f.rule for f in outcome.findings}
    from editor.checks import RULES, run_checks
    model_only = {f.rule for f in run_checks(win.doc.issue, folder=win.doc.path)}
    paged = {r for r in page_rules if RULES[r].needs_pages}
    assert paged, page_rules
    assert not paged & model_only
    assert paged <= set(views.checks.rule_items())


def test_jumps_to_a_contents_entry_and_to_a_page(qtbot, pages_window):
    views = pages_window.page_views
    views.jump({"entry": "c03"})
    assert views.review.isVisible()
    assert views.review.table.currentRow() == 2
    views.jump({"page": 4})
    index = views.runner.latest.pagemap.page_by_folio(4).index
    assert views.flatplan.view.selected_page == index
    assert views.flatplan.isVisible()
    assert views.preview.page.value() == index


def test_error_groups_come_first(qtbot, pages_window):
    win = pages_window
    from editor.gui.undo import SetField
    win.doc.push(SetField(win.doc, "figure", "f07", "image", "images/missing.jpg"))
    panel = win.page_views.checks
    qtbot.waitUntil(lambda: "FIGURE-MISSING" in panel.rule_items(), timeout=3000)
    first = panel.tree.topLevelItem(0)
    assert first.text(0).startswith("FIGURE-MISSING")
    assert first.child(0).text(0).startswith("错误：")


def test_a_finding_in_a_paragraph_opens_the_article_at_that_paragraph(qtbot, pages_window):
    views = pages_window.page_views
    views.jump({"article": "a02", "block": 2})
    assert pages_window.tree.current_key() == ("article", "a02")
    assert pages_window.article_editor.body.currentRow() == 2
