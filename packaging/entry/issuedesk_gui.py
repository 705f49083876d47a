"""Entry point of `issuedesk-gui.exe` (Windows, no console window): what the Start menu and a
double-click on an .issuedesk file run. Its arguments are those of `issuedesk gui [ISSUE]`."""
import multiprocessing
import os
import sys

from editor.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # Without a console there is nowhere to print; a message printed anyway must not crash.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    sys.exit(main(["gui", *sys.argv[1:]]))
