"""Files dropped on the main window from the desktop or a mail: Word files open the Word import
with them already read; one markdown file opens the issue import; anything else is not taken."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from .conftest import on_modal

# PySide6 marks the QPoint constructor of QDragEnterEvent deprecated but offers no other.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")


def _drop(win, paths, target=None) -> bool:
    """Drag `paths` over the window (or one of its widgets) and let go; whether it was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(win.width() / 2, 10)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target or win, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target or win, drop)
    return drop.isAccepted()


def test_dropped_word_files_open_the_import_with_them(qtbot, import_window, docx_dir):
    win = import_window
    files = [docx_dir / "a2-zhongtian-gangtie.docx", docx_dir / "a3-gaoxinqu-paiming.docx"]
    seen = {}

    def act(dialog):
        qtbot.waitUntil(lambda: not dialog.reading and dialog.preview.topLevelItemCount() == 2, timeout=20000)
        seen["files"] = [dialog.preview.topLevelItem(i).text(0) for i in range(2)]
        dialog.ok_button.click()
    ran = []
    on_modal("importDocxDialog", act, ran)
    assert _drop(win, files, target=win.tree.viewport())   # let go over the issue tree
    qtbot.waitUntil(lambda: ran == ["importDocxDialog"], timeout=20000)
    assert seen["files"] == [f.name for f in files]
    titles = [a.title for a in win.doc.issue.articles()]
    assert "智创未来 谋局而定" in titles and "常州两个国家高新区综合排名再创新高" in titles


def test_dropped_markdown_opens_the_issue_import(qtbot, import_window, sample_md):
    win = import_window
    seen = {}

    def act(dialog):
        seen["source"] = dialog.source.text()
        seen["target"] = dialog.target.text()
        dialog.reject()
    ran = []
    on_modal("importTextDialog", act, ran)
    assert _drop(win, [sample_md])
    qtbot.waitUntil(lambda: ran == ["importTextDialog"], timeout=20000)
    assert seen["source"] == str(sample_md) and seen["target"].endswith("changzhou-keji-2021-03")


def test_other_files_are_not_taken(import_window, tmp_path):
    picture = tmp_path / "photo.jpg"
    picture.write_bytes(b"\xff\xd8\xff")
    assert not _drop(import_window, [picture])
    assert not _drop(import_window, [tmp_path / "a.md", tmp_path / "b.md"])   # one issue at a time
