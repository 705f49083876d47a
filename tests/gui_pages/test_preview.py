"""The preview shows the proof PDF of the current layout and follows the flatplan."""
from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import wait_layout


def _ink(image) -> int:
    """How many of a sample of pixels are not paper white."""
    w, h = image.width(), image.height()
    return sum(1 for x in range(0, w, 7) for y in range(0, h, 7) if image.pixelColor(x, y).lightness() < 200)


def test_preview_shows_the_layout_and_follows_edits(qtbot, pages_window):
    win = pages_window
    preview = win.page_views.preview
    assert preview.pdf.pageCount() == 12
    assert "共 12 页" in preview.state.text()
    cover = preview.page_image(1, 200)
    assert cover.width() == 200 and _ink(cover) > 50
    first = preview.path
    win.page_views.pin("a11", 7)          # an edit lays out and renders a new proof
    wait_layout(qtbot, win)
    assert preview.path != first and preview.pdf.pageCount() >= 12


def test_page_spin_box_and_flatplan_turn_the_page(qtbot, pages_window):
    win = pages_window
    preview = win.page_views.preview
    preview.page.setFocus()
    preview.page.selectAll()
    qtbot.keyClicks(preview.page, "5")
    qtbot.keyClick(preview.page, Qt.Key.Key_Return)
    assert preview.page.value() == 5
    assert preview.view.pageNavigator().currentPage() == 4
    view = win.page_views.flatplan.view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.slot_of(9).rect.center())
    assert preview.view.pageNavigator().currentPage() == 8


def test_hidden_preview_spares_the_proof(qtbot, pages_window):
    win = pages_window
    views = win.page_views
    views.docks["review"].raise_()        # the preview tab goes behind the review,
    views.docks["checks"].raise_()        # and the flatplan behind the checks
    qtbot.waitUntil(lambda: not views.runner.want_proof, timeout=2000)
    views.pin("a11", 7)
    assert wait_layout(qtbot, win).proof_pdf is None
    views.show_view("flatplan")
    qtbot.waitUntil(lambda: views.runner.want_proof, timeout=2000)
    qtbot.waitUntil(lambda: views.runner.latest.proof_pdf is not None, timeout=20000)
    assert len(views.flatplan.view.thumbnails) == 12
