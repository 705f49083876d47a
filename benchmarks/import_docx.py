"""How long the Word samples take: reading all six, and the whole import-docx into an issue.

    python benchmarks/import_docx.py [--repeat 10] [DIR]

Prints best and median wall time of read_docx over every .docx in DIR (the shared samples by
default), and of one `issuedesk import-docx` of all of them into a fresh empty issue."""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO.parent / "shared" / "samples" / "docx"


def timed(func, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=SAMPLES)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.docx"))
    if not files:
        print(f"no .docx files in {args.folder}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    import contextlib
    import io

    from editor.cli.main import main as cli
    from editor.importers.docx import read_docx
    from editor.model import Issue
    from editor.store import create_issue_folder

    best, median = timed(lambda: [read_docx(f) for f in files], args.repeat)
    print(f"read {len(files)} files   best {best * 1000:7.1f} ms  median {median * 1000:7.1f} ms")

    def whole():
        with tempfile.TemporaryDirectory() as tmp:
            folder = create_issue_folder(Issue(), Path(tmp) / "issue")
            with contextlib.redirect_stdout(io.StringIO()):
                status = cli(["import-docx", *map(str, files), "--issue", str(folder)])
            assert status == 0
    best, median = timed(whole, args.repeat)
    print(f"import-docx (all)   best {best * 1000:7.1f} ms  median {median * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
