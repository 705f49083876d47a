"""The contents review panel prints what the proofreader did on screen: ticks, a comment, the
signer's name, and STALE once the pages moved after the sign-off (PDF text via pdftotext)."""
from __future__ import annotations

import subprocess
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from editor.export.contents_sheet import TICKED, UNTICKED


@pytest.fixture
def panel(qtbot, window):
    from editor.gui.contents_review import ContentsReviewPanel
    from editor.layout.fonts import fonts_ready
    if not fonts_ready():
        pytest.skip("the prepared fonts are missing: run `issuedesk fonts prepare`")
    panel = ContentsReviewPanel()
    qtbot.addWidget(panel)
    panel.set_document(window.doc)
    _lay_out(panel)
    panel.show()
    return panel


def _lay_out(panel) -> None:
    """What the background layout hands the panel when it finishes."""
    from editor.layout.paginate import lay_out
    panel.layout_finished(SimpleNamespace(pagemap=lay_out(panel.doc.issue, panel.doc.path).pagemap))


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _tick(qtbot, panel, row) -> None:
    panel.table.setFocus()
    panel.table.setCurrentCell(row, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)


def test_printed_sheet_carries_ticks_comment_sign_off_and_stale(qtbot, window, panel, tmp_path):
    table = panel.table
    for row in range(table.rowCount()):
        _tick(qtbot, panel, row)
    table.item(1, 6).setText("标题核对无误")   # what the comment editor commits
    panel.name.setText("李华")
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert window.doc.issue.review.signed_by == "李华"
    _tick(qtbot, panel, 2)   # one entry open again
    text = _text(panel.print_sheet(tmp_path / "signed.pdf"))
    lines = [line.strip() for line in text.splitlines()]
    assert sum(line.startswith(TICKED) for line in lines) == 10
    assert sum(line.startswith(UNTICKED) for line in lines) == 1
    assert "校对：标题核对无误" in text and "校对人：李华" in text and "已过期" not in text
    # An article goes to another section: the pages move after the sign-off.
    window.move_article("a01", "s06", 1)
    _lay_out(panel)
    assert panel.is_stale
    text = _text(panel.print_sheet(tmp_path / "stale.pdf"))
    assert "已过期" in text and "李华" in text
