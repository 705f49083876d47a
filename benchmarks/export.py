"""Export benchmark: the demo issue and the imported real sample.

    python benchmarks/export.py [--sample PATH] [--runs N] [--cold N]

For each issue it prints
  first     a fresh `issuedesk export` process with an empty data folder: no picture cache, no
            parsed-font cache (the very first export after installing)
  cold      fresh processes again, caches on disk filled (every later export): best and median
            of --cold runs, peak RSS
  stages    where a cold process spends its time: imports, then each export stage
  re-export one article edited in a running session (the GUI's case), stage by stage
Our modules are byte-compiled first, as an installed copy is (pip and the installer compile
them; an editable checkout under PYTHONDONTWRITEBYTECODE would compile them on every start).
Targets (issue #3, this 2-core machine): sample cold about typst's 0.23 s (stock ReportLab
1.24 s on the bare text); re-export < 0.3 s; peak < 250 MB."""
from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO.parent / "shared" / "samples" / "changzhou-keji-2021-03.md"


def child(args: list[str], env: dict) -> tuple[float, int, int]:
    """Run `python -m editor ARGS`; (wall seconds, exit status, peak RSS in MB of that child)."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "editor", *args], env=env, cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.read().decode(errors="replace"))
    return wall, proc.returncode, usage.ru_maxrss // 1024


def pages_of(pdf: Path) -> int:
    import pikepdf
    with pikepdf.open(pdf) as doc:
        return len(doc.pages)


def in_process(folder: Path, out: Path, cache: Path, runs: int) -> list[dict[str, float]]:
    """Export once to warm up, then edit one article and export again `runs` times."""
    from editor.export.exporter import export_issue
    from editor.model import Paragraph
    from editor.store import load_issue

    issue = load_issue(folder)

    def timed(**kw) -> dict[str, float]:
        stages: dict[str, float] = {}
        last = time.perf_counter()
        stage = None
        for p in export_issue(folder, out, issue=issue, force=True, pad_to_4=True, cache_dir=cache, **kw):
            now = time.perf_counter()
            if stage:
                stages[stage] = stages.get(stage, 0.0) + now - last
            stage, last = p.stage, now
        stages["total"] = sum(stages.values())
        return stages

    timed()
    results = []
    article = list(issue.articles())[len(list(issue.articles())) // 2]
    for n in range(runs):
        article.blocks.append(Paragraph.of(f"编辑后补充的一句话，第{n + 1}次修改。"))
        results.append(timed())
    return results


STAGES_CHILD = r"""
import gc, sys, time
t0 = time.perf_counter()
gc.disable()                       # as editor.cli.main does for a one-shot command
from editor.cli.main import main   # what `issuedesk` imports before it parses the command
from editor.export.exporter import run_export
imported = time.perf_counter()
marks = []
def seen(p):
    if not marks or marks[-1][0] != p.stage:
        marks.append((p.stage, time.perf_counter()))
run_export(sys.argv[1], sys.argv[2], force=True, pad_to_4=True, on_progress=seen)
end = time.perf_counter()
parts = [("imports", imported - t0)]
for (stage, at), (_, nxt) in zip(marks, marks[1:] + [("", end)]):
    parts.append((stage, nxt - at))
print("  ".join(f"{k} {v * 1000:.0f}" for k, v in parts if k != "done") + f"  (ms; in-process {(end - t0) * 1000:.0f})")
"""


def stages_line(folder: Path, out: Path, env: dict) -> str:
    """Imports and each export stage of one cold process, in milliseconds."""
    done = subprocess.run([sys.executable, "-c", STAGES_CHILD, str(folder), str(out)], env=env,
                          cwd=REPO, capture_output=True, text=True)
    return done.stdout.strip() or done.stderr.strip().splitlines()[-1]


def bench(name: str, folder: Path, work: Path, runs: int, colds: int) -> None:
    from editor.layout.fonts import fonts_dir

    data = work / f"{name}-data"
    env = dict(os.environ, ISSUEDESK_DATA=str(data), ISSUEDESK_FONTS=str(fonts_dir()))
    out = work / f"{name}.pdf"
    args = ["export", str(folder), "-o", str(out), "--force", "--pad"]
    first, rc, rss = child(args, env)
    cold = [child(args, env) for _ in range(colds)]
    walls = sorted(c[0] for c in cold)
    pages = pages_of(out) if out.exists() else 0
    print(f"{name}: {pages} pages, {out.stat().st_size / 1e6:.1f} MB")
    print(f"  first     {first:6.2f} s  peak {rss:4d} MB  (fresh process, empty caches; exit {rc})")
    print(f"  cold      {walls[0]:6.2f} s best, {statistics.median(walls):.2f} s median of {colds}"
          f"  peak {max(c[2] for c in cold):4d} MB  (fresh processes, caches on disk; exit "
          f"{max(c[1] for c in cold)})")
    print(f"  stages    {stages_line(folder, work / f'{name}-stages.pdf', env)}")
    for stages in in_process(folder, work / f"{name}-re.pdf", data / "cache" / "images", runs):
        detail = "  ".join(f"{k} {v:.3f}" for k, v in stages.items() if k != "total")
        print(f"  re-export {stages['total']:6.3f} s  ({detail})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    parser.add_argument("--runs", type=int, default=3, help="re-exports after an edit (default 3)")
    parser.add_argument("--cold", type=int, default=5, help="cold processes to time (default 5)")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    compileall.compile_dir(REPO / "editor", quiet=1)
    from editor.cli.main import main as cli

    with tempfile.TemporaryDirectory(prefix="issuedesk-bench-") as tmp:
        work = Path(tmp)
        demo = work / "demo"
        with open(os.devnull, "w") as null:
            sys.stdout, saved = null, sys.stdout
            try:
                cli(["demo", str(demo)])
                have_sample = args.sample.is_file()
                if have_sample:
                    cli(["import-text", str(args.sample), "-o", str(work / "sample")])
            finally:
                sys.stdout = saved
        bench("demo", demo, work, args.runs, args.cold)
        if have_sample:
            bench("sample", work / "sample", work, args.runs, args.cold)
        else:
            print(f"sample: skipped, not found at {args.sample}")
    print("targets: sample cold ~0.23 s (typst) / 1.24 s (stock ReportLab); re-export < 0.3 s; peak < 250 MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
