"""Run every benchmark script in this folder, one after another, and print their figures.

    python benchmarks/run.py            # all
    python benchmarks/run.py export     # only the scripts whose name contains 'export'

Each script runs in a fresh interpreter so that one's caches and memory do not colour the next."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(p for p in HERE.glob("*.py") if p.name != "run.py")
    if argv:
        scripts = [p for p in scripts if any(word in p.stem for word in argv)]
    failed = 0
    for script in scripts:
        print(f"== {script.name}", flush=True)
        rc = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
        if rc:
            print(f"   ({script.name} exited {rc})")
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
