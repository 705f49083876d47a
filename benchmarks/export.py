"""Export benchmark: the demo issue and the imported real sample.

    python benchmarks/export.py [--sample PATH] [--runs N]

For each issue it prints
  cold      a fresh `issuedesk export` process, empty picture cache: wall time, pages, peak RSS
  warm-disk a fresh process again, the picture cache already filled by the first
  re-export one article edited in a running session (the GUI's case), stage by stage
Targets (issue #3, this 2-core machine): sample cold about typst's 0.23 s (stock ReportLab
1.24 s on the bare text); re-export < 0.3 s; peak < 250 MB."""
from __future__ import annotations

import argparse
import os
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


def bench(name: str, folder: Path, work: Path, runs: int) -> None:
    from editor.layout.fonts import fonts_dir

    data = work / f"{name}-data"
    env = dict(os.environ, ISSUEDESK_DATA=str(data), ISSUEDESK_FONTS=str(fonts_dir()))
    out = work / f"{name}.pdf"
    args = ["export", str(folder), "-o", str(out), "--force", "--pad"]
    cold, rc, rss = child(args, env)
    warm, rc2, rss2 = child(args, env)
    pages = pages_of(out) if out.exists() else 0
    print(f"{name}: {pages} pages, {out.stat().st_size / 1e6:.1f} MB")
    print(f"  cold      {cold:6.2f} s  peak {rss:4d} MB  (fresh process, empty picture cache; exit {rc})")
    print(f"  warm-disk {warm:6.2f} s  peak {rss2:4d} MB  (fresh process, picture cache filled; exit {rc2})")
    for stages in in_process(folder, work / f"{name}-re.pdf", data / "cache" / "images", runs):
        detail = "  ".join(f"{k} {v:.3f}" for k, v in stages.items() if k != "total")
        print(f"  re-export {stages['total']:6.3f} s  ({detail})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    parser.add_argument("--runs", type=int, default=3, help="re-exports after an edit (default 3)")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
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
        bench("demo", demo, work, args.runs)
        if have_sample:
            bench("sample", work / "sample", work, args.runs)
        else:
            print(f"sample: skipped, not found at {args.sample}")
    print("targets: sample cold ~0.23 s (typst) / 1.24 s (stock ReportLab); re-export < 0.3 s; peak < 250 MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
