"""The GUI's imports with the shared samples: the Word files read and previewed (off the GUI
thread), the import applied (pictures copied, one undo command, tree rebuilt), undo and redo;
and the markdown sample into a new issue folder as File ▸ Import ▸ Issue from Markdown does it.

    python benchmarks/gui_import.py

Runs offscreen with settings in a temporary folder; five rounds, median shown. Skips (exit 0)
when ../shared/samples is not beside the checkout."""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


def main() -> int:
    docx = sorted((SAMPLES / "docx").glob("*.docx"))
    sample = SAMPLES / "changzhou-keji-2021-03.md"
    if not docx or not sample.is_file():
        print(f"   skipped: the samples are not in {SAMPLES}")
        return 0
    tmp = tempfile.mkdtemp(prefix="issuedesk-bench-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ISSUEDESK_SETTINGS"] = tmp
    from editor.demo import write_demo
    from editor.gui.app import application
    from editor.gui.import_docx_dialog import ImportDocxDialog
    from editor.gui.import_text_dialog import import_into_new_folder
    from editor.gui.main_window import MainWindow
    app = application()
    rows: dict[str, list[float]] = {"read": [], "apply": [], "undo": [], "redo": [], "markdown": []}
    for n in range(5):
        folder = write_demo(Path(tmp) / f"demo{n}")
        win = MainWindow()
        win.show()
        win.open_path(folder)
        dialog = ImportDocxDialog(win.doc, None, win)
        t0 = time.perf_counter()
        dialog.set_files(docx)
        while dialog.reading:
            app.processEvents()
            time.sleep(0.001)
        t1 = time.perf_counter()
        dialog.accept()
        app.processEvents()
        t2 = time.perf_counter()
        win.doc.stack.undo()
        t3 = time.perf_counter()
        win.doc.stack.redo()
        t4 = time.perf_counter()
        rows["read"].append(t1 - t0)
        rows["apply"].append(t2 - t1)
        rows["undo"].append(t3 - t2)
        rows["redo"].append(t4 - t3)
        win.doc.stack.setClean()
        win.close()
        t0 = time.perf_counter()
        import_into_new_folder(sample, Path(tmp) / f"md{n}")
        rows["markdown"].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) for k, v in rows.items()}
    print(f"   {len(docx)} Word files read and previewed: median {med['read']:.3f} s")
    print(f"   import applied (pictures copied, one undo command, tree): median {med['apply']:.3f} s")
    print(f"   undo {med['undo'] * 1000:.1f} ms, redo {med['redo'] * 1000:.1f} ms")
    print(f"   markdown sample into a new issue folder: median {med['markdown']:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
