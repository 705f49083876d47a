"""The flatplan driven as an editor would: count the pages, click a page, drag an article."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from editor.gui.flatplan import article_mime, spreads

from .conftest import wait_layout


def _drop(view, article_id, slot):
    """Drop an article on a page the way Qt delivers a drop: a QDropEvent with real mime data."""
    mime = article_mime(article_id)
    pos = QPointF(slot.rect.center())
    event = QDropEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    return event.isAccepted()


def test_spreads_pair_pages_with_the_cover_alone():
    assert spreads(12) == [(None, 1), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11), (12, None)]
    assert spreads(0) == []


def test_flatplan_shows_every_page_of_the_layout(qtbot, pages_window):
    views = pages_window.page_views
    view = views.flatplan.view
    outcome = views.runner.latest
    # The demo issue lays out to 12 pages; the proof PDF rendered alongside says the same.
    assert len(view.slots) == outcome.pagemap.page_count == 12
    assert views.preview.pdf.pageCount() == 12
    assert [s.page.index for s in view.slots] == list(range(1, 13))
    # Facing pages stand side by side: page 2 left of page 3 on one row.
    p2, p3 = view.slot_of(2).rect, view.slot_of(3).rect
    assert p2.top() == p3.top() and p2.right() < p3.left()
    # Pages carry their section's colour: the two sections on pages 1 and 3 differ.
    assert view.colours["专稿"] != view.colours["创新平台"]


def test_clicking_a_page_opens_its_article(qtbot, pages_window):
    view = pages_window.page_views.flatplan.view
    slot = next(s for s in view.slots if s.page.folio == 4)
    bands = dict(view.article_bands(slot))
    second = slot.page.articles[1]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=bands[second].center())
    assert pages_window.tree.current_key() == ("article", second)
    title = pages_window.doc.issue.article(second).title
    assert pages_window.article_editor.fields.edits["title"].text() == title
    assert view.selected_page == slot.page.index
    # The preview follows to the clicked page.
    assert pages_window.page_views.preview.page.value() == slot.page.index


def test_dragging_an_article_onto_a_later_page_pins_it_undoably(qtbot, pages_window):
    views = pages_window.page_views
    view = views.flatplan.view
    assert views.runner.latest.pagemap.start_folio("a05") == 3
    target = next(s for s in view.slots if s.page.folio == 5)
    assert _drop(view, "a05", target)
    assert pages_window.doc.issue.article("a05").placement.start_page == 5
    assert pages_window.isWindowModified()
    outcome = wait_layout(qtbot, pages_window)
    assert outcome.pagemap.start_folio("a05") == 5
    assert "小零件做出大文章" in view.titles.values()
    assert "a05" in view.slot_of(outcome.pagemap.page_by_folio(5).index).page.articles
    qtbot.keyClick(pages_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pages_window.doc.issue.article("a05").placement.start_page is None
    assert wait_layout(qtbot, pages_window).pagemap.start_folio("a05") == 3


def test_a_drop_on_the_cover_or_of_foreign_data_is_refused(qtbot, pages_window):
    view = pages_window.page_views.flatplan.view
    assert not _drop(view, "a05", view.slot_of(1))
    assert pages_window.doc.issue.article("a05").placement.start_page is None
    assert not pages_window.doc.stack.canUndo()


def test_right_click_unpins_a_pinned_article(qtbot, pages_window):
    views = pages_window.page_views
    view = views.flatplan.view
    assert view.context_menu(view.slot_of(7).rect.center()) is None      # nothing pinned yet
    views.pin("a06", 5)
    outcome = wait_layout(qtbot, pages_window)
    slot = view.slot_of(outcome.pagemap.page_by_folio(5).index)
    band = dict(view.article_bands(slot))["a06"]
    menu = view.context_menu(band.center())
    action = menu.findChild(type(menu.actions()[0]), "actionUnpin")
    assert "把阳光存进" in action.text()
    action.trigger()
    assert pages_window.doc.issue.article("a06").placement.start_page is None
    assert pages_window.doc.stack.count() == 2
