"""The program as started (page views and checks installed): Word articles brought in through
the import menu are checked at once — a low-resolution photo shows up as FIGURE-RES in the
checks panel, and goes away again with the undo of the import."""
from __future__ import annotations

import shutil

from editor.gui.app import start

from .conftest import menu_entry, on_modal


def _res_findings(win, figure_ids):
    return [f for f in win.page_views.checks.findings
            if f.rule == "FIGURE-RES" and f.location.get("figure") in figure_ids]


def test_imported_low_resolution_photo_is_flagged_and_undo_clears_it(qtbot, demo_master, docx_dir, tmp_path):
    issue = tmp_path / "issue"
    shutil.copytree(demo_master, issue)
    win = start(issue)
    try:
        qtbot.waitExposed(win)
        on_modal("importDocxDialog", lambda d: (d.set_files([docx_dir / "a1-qiche-chanye-jiqun.docx"]),
                                                qtbot.waitUntil(lambda: not d.reading, timeout=20000),
                                                d.ok_button.click()))
        menu_entry(win, "文件", "导入", "Word").trigger()
        article = next(a for a in win.doc.issue.articles() if a.title.startswith("第1个千亿元级"))
        figure_ids = {f.id for f in article.figures()}
        qtbot.waitUntil(lambda: len(_res_findings(win, figure_ids)) == 2, timeout=10000)
        severities = sorted(f.severity for f in _res_findings(win, figure_ids))
        assert severities == ["error", "warning"]   # 122 ppi and 203 ppi at the placed size
        win.act_undo.trigger()
        qtbot.waitUntil(lambda: not _res_findings(win, figure_ids), timeout=10000)
    finally:
        win.page_views.runner.shutdown()
        if win.doc is not None:
            win.doc.stack.setClean()
            win.doc._dirty_without_command = False
        win.close()
        win.deleteLater()
