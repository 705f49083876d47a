"""How responsive the main window stays while an export runs in the background: the longest
pause of the GUI thread's event loop (a 10 ms timer) during a print export of the demo issue,
and during the background layout after an edit.

    python benchmarks/gui_export_responsive.py

Runs offscreen with settings in a temporary folder."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def _longest_pause(app, busy) -> tuple[float, float]:
    """Process events until busy() turns False; (longest gap between timer ticks, duration)."""
    from PySide6.QtCore import QTimer
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    start = time.perf_counter()
    while busy():
        app.processEvents()
        time.sleep(0.002)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    return (max(gaps) if gaps else 0.0), time.perf_counter() - start


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ISSUEDESK_SETTINGS"] = tmp
        from editor.demo import write_demo
        from editor.gui.app import application, start
        folder = write_demo(Path(tmp) / "demo")
        app = application()
        win = start(folder)
        views = win.page_views
        runner = views.runner
        _longest_pause(app, lambda: not (runner.idle and runner.latest is not None))
        views.pin("a05", 5)
        gap, took = _longest_pause(app, lambda: not runner.idle)
        print(f"   layout + checks + proof after an edit: {took:.2f} s, longest GUI pause {gap * 1000:.0f} ms")
        views.pin("a05", None)
        _longest_pause(app, lambda: not runner.idle)
        dialog = views.export_dialog()
        dialog.show()
        dialog.kind_buttons["print"].click()
        dialog.target.setText(str(Path(tmp) / "print.pdf"))
        dialog.start()
        gap, took = _longest_pause(app, lambda: dialog.job is not None)
        print(f"   print export of the demo issue: {took:.2f} s, longest GUI pause {gap * 1000:.0f} ms "
              f"({dialog.stage.text()})")
        dialog.close()
        runner.shutdown()
        win.doc.stack.setClean()
        win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
