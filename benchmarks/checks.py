"""How fast the model-only checks run on the imported sample: the GUI re-runs them after every
edit, so they must take well under 100 ms.

    python benchmarks/checks.py [--repeat 20] [--per-rule]

Imports the real sample once, runs the checks once to warm the caches (font coverage tables,
compiled patterns), then times run_checks(issue) without a PageMap. Prints the best and median
wall time and CPU time, and with --per-rule the median wall time of each rule."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO.parent / "shared" / "samples" / "changzhou-keji-2021-03.md"
sys.path.insert(0, str(REPO))


def _times(fn, repeat: int, clock=time.perf_counter) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        out.append((clock() - t0) * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--per-rule", action="store_true")
    args = ap.parse_args()
    if not SAMPLE.is_file():
        print(f"the sample is not here: {SAMPLE}", file=sys.stderr)
        return 2
    from editor.checks import RULES, run_checks
    from editor.importers.sample_text import import_markdown

    issue = import_markdown(SAMPLE).issue
    t0 = time.perf_counter()
    findings = run_checks(issue)
    cold = (time.perf_counter() - t0) * 1000
    times = _times(lambda: run_checks(issue), args.repeat)
    model_rules = [r for r in RULES.values() if not r.needs_pages]
    print(f"model-only rules: {len(model_rules)}; findings: {len(findings)}")
    print(f"first run (cold caches): {cold:.1f} ms")
    cpu = _times(lambda: run_checks(issue), args.repeat, time.process_time)
    print(f"run_checks over {args.repeat} runs, wall: best {min(times):.1f} ms, median {statistics.median(times):.1f} ms")
    print(f"run_checks over {args.repeat} runs, CPU:  best {min(cpu):.1f} ms, median {statistics.median(cpu):.1f} ms"
          "  (CPU time does not count other programs on a busy machine)")
    if args.per_rule:
        for r in model_rules:
            t = _times(lambda: run_checks(issue, rules=[r.id]), max(3, args.repeat // 4))
            print(f"  {r.id:<18} {statistics.median(t):7.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
