"""File ▸ Export… as an editor uses it: a proof PDF with progress, a cancelled print export that
leaves no file, errors that block print export until overridden, the window alive meanwhile."""
from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from editor.gui.undo import SetField


def _dialog(pages_window, tmp_path, kind, name):
    dialog = pages_window.page_views.export_dialog()
    dialog.show()
    dialog.kind_buttons[kind].click()
    dialog.target.setText(str(tmp_path / name))
    return dialog


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_export_menu_opens_the_dialog(qtbot, pages_window):
    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_it)
            return
        seen.append(dialog.objectName())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    qtbot.keyClick(pages_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["exportDialog"]
    assert "actionExport" in [a.objectName() for a in pages_window.menus["file"].actions()]


def test_proof_export_runs_in_the_background_with_progress(qtbot, pages_window, tmp_path):
    dialog = _dialog(pages_window, tmp_path, "proof", "proof.pdf")
    values, ticks = [], []
    dialog.bar.valueChanged.connect(values.append)
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(dialog.job is not None and dialog.job.isRunning()))
    ticker.start(5)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    ticker.stop()
    assert (tmp_path / "proof.pdf").is_file() and _pages(tmp_path / "proof.pdf") == 12
    assert values == sorted(values) and values[-1] == 100 and len(values) > 3
    assert "已导出" in dialog.stage.text()
    # The GUI thread kept turning while the export worked: timers fired during the job.
    assert any(ticks)
    assert dialog.cancel_button.text() == "关闭"
    dialog.close()


def test_cancel_leaves_no_file(qtbot, pages_window, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dialog = _dialog(pages_window, out, "print", "print.pdf")
    stages = []

    def cancel_on_first(p):
        stages.append(p.stage)
        if len(stages) == 1:
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog.export_button.click()
    dialog.job.progress.connect(cancel_on_first)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    assert "已取消" in dialog.stage.text()
    assert "done" not in stages
    assert list(out.iterdir()) == []           # neither the PDF nor a temporary file
    assert dialog.bar.value() == 0


def test_errors_block_print_export_until_overridden(qtbot, pages_window, tmp_path):
    win = pages_window
    win.doc.push(SetField(win.doc, "figure", "f03", "image", "images/missing.jpg"))
    panel = win.page_views.checks
    qtbot.waitUntil(lambda: any(f.rule == "FIGURE-MISSING" for f in panel.findings), timeout=3000)
    assert "错误 1" in win.page_views.counts.text()
    dialog = _dialog(win, tmp_path, "print", "print.pdf")
    assert dialog.error_list.count() == 1 and "FIGURE-MISSING" in dialog.error_list.item(0).text()
    assert not dialog.export_button.isEnabled()
    assert "仍然导出" in dialog.note.text()
    dialog.kind_buttons["proof"].click()            # a proof is never refused
    assert dialog.export_button.isEnabled()
    dialog.kind_buttons["print"].click()
    dialog.override.click()
    assert dialog.export_button.isEnabled()
    dialog.close()


def test_refusal_found_during_export_is_listed(qtbot, pages_window, tmp_path):
    """Errors the dialog did not know of (the checks had not run) still stop a print export,
    and the dialog then lists them."""
    win = pages_window
    win.doc.push(SetField(win.doc, "figure", "f03", "image", "images/missing.jpg"))
    from editor.gui.export_dialog import ExportDialog
    dialog = ExportDialog(win.doc, [], win)
    dialog.show()
    dialog.target.setText(str(tmp_path / "print.pdf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    assert "导出被拒绝" in dialog.stage.text()
    assert dialog.error_list.count() >= 1 and not dialog.export_button.isEnabled()
    assert not (tmp_path / "print.pdf").exists()
    dialog.close()


def test_package_asks_for_a_save_first(qtbot, pages_window, tmp_path):
    win = pages_window
    win.page_views.pin("a11", 7)
    dialog = _dialog(win, tmp_path, "package", "pack.zip")
    assert not dialog.export_button.isEnabled() and "请先保存" in dialog.note.text()
    dialog.close()


def test_an_open_dialog_learns_the_errors_of_a_layout_still_running(qtbot, pages_window, tmp_path):
    """Pinning an article far back adds pages: the page count is no longer a multiple of 4, an
    error only the layout can see. The dialog opened meanwhile lists it when the layout lands."""
    win = pages_window
    win.page_views.pin("a05", 5)
    dialog = _dialog(win, tmp_path, "print", "print.pdf")
    qtbot.waitUntil(lambda: win.page_views.runner.idle, timeout=20000)
    rules = [dialog.error_list.item(i).text() for i in range(dialog.error_list.count())]
    assert any("PAGE-COUNT" in r or "TEXT-OVERSET" in r for r in rules), rules
    assert not dialog.export_button.isEnabled()
    dialog.close()


def test_printer_package_after_saving(qtbot, pages_window, tmp_path):
    import zipfile
    win = pages_window
    win.act_save.trigger()
    out = tmp_path / "out"
    out.mkdir()
    dialog = _dialog(win, out, "package", "pack.zip")
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=90000)
    assert "已导出" in dialog.stage.text(), dialog.stage.text()
    names = zipfile.ZipFile(out / "pack.zip").namelist()
    assert any(n.endswith(".pdf") for n in names) and any(n.endswith("preflight.txt") for n in names)
    dialog.close()
