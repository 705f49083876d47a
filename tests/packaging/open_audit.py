"""Run the program's main paths in this (fresh) interpreter and write every file it opened to a
JSON list. Used by test_bundle_data.py, which checks them against the spec's data list.

    python open_audit.py OUT.json WORKDIR [cli|gui]

Files opened through Python (open, io, os.open, Pillow, ReportLab …) are seen by an audit hook;
files opened by C libraries (libxml2, Qt) are not, which is why the test also runs this under
strace where it can.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

OPENED: set[str] = set()


def _hook(event: str, args: tuple) -> None:
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.fsdecode(args[0])
        OPENED.add(os.path.abspath(path))


def cli_paths(work: Path) -> None:
    from editor.cli.main import main

    issue, pdf = work / "demo-issue", work / "demo.pdf"
    steps = [["demo", str(issue)],
             ["info", str(issue)],
             ["check", str(issue)],
             ["toc", str(issue)],
             ["export", str(issue), "-o", str(pdf)],
             ["export", str(issue), "-o", str(work / "proof.pdf"), "--proof"],
             ["preflight", str(pdf)],
             ["fonts", "status"]]
    for argv in steps:
        code = main(argv)
        if code not in (0, 1):   # check/preflight may report findings with 1
            raise SystemExit(f"issuedesk {' '.join(argv)} ended with {code}")


def gui_path(work: Path) -> None:
    from editor.demo import write_demo
    from editor.gui.app import application
    from PySide6.QtCore import QTimer

    issue = work / "gui-issue"
    write_demo(issue)
    app = application()
    QTimer.singleShot(1500, app.quit)   # long enough to lay the window out and paint it once
    from editor.cli.main import main
    code = main(["gui", str(issue)])
    if code != 0:
        raise SystemExit(f"issuedesk gui ended with {code}")


def main() -> int:
    out, work, which = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    sys.addaudithook(_hook)
    work.mkdir(parents=True, exist_ok=True)
    (cli_paths if which == "cli" else gui_path)(work)
    out.write_text(json.dumps(sorted(OPENED), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
