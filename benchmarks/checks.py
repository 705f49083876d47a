"""How fast the checks run on the imported sample. The GUI re-runs the model-only checks after
every edit, so they must take well under 100 ms; an export runs them all once, with the page
map, in a fresh process.

    python benchmarks/checks.py [--repeat 20] [--per-rule] [--cold 5]

Imports the real sample once, runs the checks once to warm the caches (font coverage tables,
compiled patterns), then times run_checks(issue) without a PageMap. Prints the best and median
wall time and CPU time, and with --per-rule the median wall time of each rule. --cold N (needs
the prepared fonts) also imports the sample into a folder and times, in N fresh processes with
the collector off as the CLI runs an export, run_checks(issue, pagemap) after laying it out:
the total and each rule's share (best of N; a value the rules share, such as the issue's texts,
counts for the first rule that asks for it)."""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
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


COLD_CHILD = r"""
import gc, sys, time
gc.disable()                       # as editor.cli.main does for a one-shot command
from pathlib import Path
from editor.store import load_issue
from editor.layout.paginate import lay_out
from editor.checks import RULES, run_checks
spent = {}

def timed(rule):
    func = rule.func

    def run(ctx):
        t0 = time.perf_counter()
        out = list(func(ctx))
        spent[rule.id] = time.perf_counter() - t0
        return out
    object.__setattr__(rule, "func", run)

for rule in RULES.values():
    timed(rule)
folder = Path(sys.argv[1])
issue = load_issue(folder)
pagemap = lay_out(issue, folder, None, pad_to_4=True).pagemap
t0 = time.perf_counter()
found = run_checks(issue, pagemap, folder=folder)
print((time.perf_counter() - t0) * 1000, len(found), *(f"{k}={v * 1000}" for k, v in spent.items()))
"""


def cold_with_pagemap(runs: int) -> None:
    """run_checks with the page map in fresh processes (as in a cold export)."""
    from editor.layout.fonts import fonts_dir

    with tempfile.TemporaryDirectory(prefix="issuedesk-checks-") as tmp:
        folder = Path(tmp) / "sample"
        env = dict(os.environ, ISSUEDESK_DATA=str(Path(tmp) / "data"), ISSUEDESK_FONTS=str(fonts_dir()))
        subprocess.run([sys.executable, "-m", "editor", "import-text", str(SAMPLE), "-o", str(folder)],
                       env=env, cwd=REPO, check=True, capture_output=True)
        best: tuple | None = None
        per_rule: dict[str, list[float]] = {}
        for _ in range(runs):
            done = subprocess.run([sys.executable, "-c", COLD_CHILD, str(folder)], env=env, cwd=REPO,
                                  capture_output=True, text=True, check=True)
            total, count, *rules = done.stdout.split()
            if best is None or float(total) < best[0]:
                best = (float(total), int(count))
            for item in rules:
                rid, ms = item.split("=")
                per_rule.setdefault(rid, []).append(float(ms))
    print(f"cold run_checks with the page map: best {best[0]:.1f} ms of {runs} fresh processes, "
          f"{best[1]} findings (GC off, as an export)")
    for rid, ms in sorted(per_rule.items(), key=lambda kv: -min(kv[1])):
        if min(ms) >= 0.05:
            print(f"  {rid:<18} {min(ms):7.2f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--per-rule", action="store_true")
    ap.add_argument("--cold", type=int, default=0, metavar="N",
                    help="also time the checks with the page map in N fresh processes")
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
    if args.cold:
        cold_with_pagemap(args.cold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
