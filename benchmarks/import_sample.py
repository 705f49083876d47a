"""How long import-text takes on the real sample, and loading the issue folder it writes.

    python benchmarks/import_sample.py [--repeat 20] [FILE.md]

Prints the best and median wall time of import_markdown, of writing the folder with
create_issue_folder, and of load_issue on it."""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO.parent / "shared" / "samples" / "changzhou-keji-2021-03.md"


def timed(func, repeat: int) -> tuple[float, float, object]:
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = func()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"sample not found: {args.source}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    from editor.importers.sample_text import import_markdown

    best, median, result = timed(lambda: import_markdown(args.source), args.repeat)
    issue = result.issue
    print(f"import   best {best * 1000:7.1f} ms  median {median * 1000:7.1f} ms  "
          f"({len(list(issue.articles()))} articles, {len(issue.contents)} entries, "
          f"{len(result.unplaced)} unplaced lines)")
    try:
        from editor.store import create_issue_folder, load_issue
    except ImportError:
        print("store not available: folder timings skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(10 ** 6))
        best, median, folder = timed(
            lambda: create_issue_folder(issue, Path(tmp) / f"issue{next(counter)}"), args.repeat)
        print(f"write    best {best * 1000:7.1f} ms  median {median * 1000:7.1f} ms")
        best, median, loaded = timed(lambda: load_issue(folder), args.repeat)
        print(f"load     best {best * 1000:7.1f} ms  median {median * 1000:7.1f} ms  "
              f"(round trip equal: {loaded == issue})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
