"""Smoke test of a frozen IssueDesk: does the bundle work on a machine without our Python?

    python packaging/smoke.py dist/issuedesk [--work DIR] [--gui offscreen|xvfb|none] [--shot PNG]

The bundle is copied to a work folder and run from there with a bare environment: HOME (and on
Windows the profile folders) in the work folder, no PYTHONPATH, the working directory outside
the checkout. On Linux, where the system allows private mount namespaces (root, or user
namespaces), the checkout and the building Python are covered by empty folders for each run,
so the frozen program cannot read them even by accident; with strace present, every file the
program tries to open is also listed and checked.

Steps: --version, fonts status (the bundled folder, ready), demo, export of the demo issue to a
PDF whose fonts must all be embedded and which must carry Chinese text, then the GUI: started
on Qt's offscreen platform (must stay up), or under Xvfb (its window must appear; a screenshot
is taken when scrot is there). Prints a JSON report; exit status 0 when every step passed.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents as bc  # noqa: E402

WINDOWS = sys.platform.startswith("win")
EXE = bc.EXE_NAME + (".exe" if WINDOWS else "")


class SmokeFailure(AssertionError):
    pass


def _fail(msg: str) -> None:
    raise SmokeFailure(msg)


def hidden_roots() -> list[Path]:
    """What the frozen program must never need: the checkout, the building Python and the
    fonts prepared on the building machine."""
    roots = {bc.REPO.resolve(), Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve(),
             bc.fonts_source().resolve()}
    return sorted(r for r in roots if r != Path("/"))


def can_hide() -> bool:
    """Whether `unshare` can give a run its own mounts (root in most containers and CI)."""
    if WINDOWS or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c",
                            f"mount -t tmpfs none {bc.REPO}"], capture_output=True)
    return probe.returncode == 0


@functools.lru_cache(maxsize=1)
def strace_works() -> bool:
    """strace is installed and may trace here (containers often forbid ptrace)."""
    if WINDOWS or not shutil.which("strace"):
        return False
    probe = subprocess.run(["strace", "-f", "-qq", "-o", os.devnull, "true"], capture_output=True)
    return probe.returncode == 0


def hiding_prefix(roots: list[Path]) -> list[str]:
    mounts = " && ".join(f"mount -t tmpfs -o ro none '{r}'" for r in roots)
    return ["unshare", "-m", "--propagation", "private", "sh", "-c", f'{mounts} && exec "$@"', "sh"]


def bare_env(home: Path, extra: dict | None = None) -> dict:
    """The environment of an office PC: no Python of ours anywhere."""
    env = {"HOME": str(home), "ISSUEDESK_LANG": "zh", "LANG": "C.UTF-8"}
    if WINDOWS:
        root = os.environ.get("SystemRoot", r"C:\Windows")
        env.update(SystemRoot=root, WINDIR=root, PATH=rf"{root}\System32;{root}",
                   USERPROFILE=str(home), APPDATA=str(home / "AppData/Roaming"),
                   LOCALAPPDATA=str(home / "AppData/Local"), TEMP=str(home / "Temp"),
                   TMP=str(home / "Temp"))
        for key in ("APPDATA", "LOCALAPPDATA", "TEMP"):
            Path(env[key]).mkdir(parents=True, exist_ok=True)
    else:
        env["PATH"] = "/usr/bin:/bin"
    env.update(extra or {})
    return env


class Runner:
    """Runs the frozen program from its copy, hidden from the checkout where possible."""

    def __init__(self, app: Path, work: Path, hide: bool, trace: bool):
        self.exe = app / EXE
        self.work = work
        self.home = work / "home"
        self.home.mkdir(parents=True, exist_ok=True)
        self.prefix = hiding_prefix(hidden_roots()) if hide else []
        self.trace = trace and strace_works()
        self.opened: set[str] = set()

    def command(self, args: list[str], trace_file: Path | None = None) -> list[str]:
        cmd = [str(self.exe), *args]
        if trace_file is not None:
            cmd = ["strace", "-f", "-qq", "-e", "trace=open,openat,execve,stat,newfstatat",
                   "-o", str(trace_file), *cmd]
        return self.prefix + cmd

    def run(self, args: list[str], timeout: float = 120, env_extra: dict | None = None,
            traced: bool = True) -> subprocess.CompletedProcess:
        trace_file = self.work / f"strace-{len(self.opened)}-{args[0].lstrip('-')}.txt" \
            if self.trace and traced else None
        res = subprocess.run(self.command(args, trace_file), cwd=self.work, capture_output=True,
                             env=bare_env(self.home, env_extra), timeout=timeout,
                             encoding="utf-8", errors="replace")
        if trace_file is not None and trace_file.is_file():
            self.opened |= paths_in_trace(trace_file.read_text(errors="replace"))
        return res

    def popen(self, args: list[str], env_extra: dict) -> subprocess.Popen:
        return subprocess.Popen(self.command(args), cwd=self.work, env=bare_env(self.home, env_extra),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                encoding="utf-8", errors="replace")


def paths_in_trace(text: str) -> set[str]:
    """The file names in strace lines (the first quoted argument of each call)."""
    found = set()
    for line in text.splitlines():
        start = line.find('"')
        end = line.find('"', start + 1)
        if start >= 0 and end > start:
            found.add(line[start + 1:end])
    return found


def pdf_fonts(pdf: Path) -> dict[str, bool]:
    """Each font of the PDF (base name) -> whether its program is embedded."""
    import pikepdf

    fonts: dict[str, bool] = {}
    with pikepdf.open(pdf) as doc:
        for page in doc.pages:
            res = page.obj.get("/Resources", {})
            for _, font in (res.get("/Font", {}) or {}).items():
                descendants = font.get("/DescendantFonts")
                targets = list(descendants) if descendants is not None else [font]
                for target in targets:
                    desc = target.get("/FontDescriptor")
                    embedded = desc is not None and any(
                        key in desc for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                    name = str(target.get("/BaseFont", font.get("/BaseFont", "?")))
                    fonts[name] = fonts.get(name, True) and embedded
    return fonts


def cjk_count(pdf: Path) -> int | None:
    """How many CJK ideographs pdftotext reads from the PDF (None without poppler)."""
    if not shutil.which("pdftotext"):
        return None
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8", "replace")
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def gui_offscreen(runner: Runner, issue: Path, seconds: float) -> dict:
    """The GUI on Qt's offscreen platform: alive after `seconds` and no traceback."""
    proc = runner.popen(["gui", str(issue)], {"QT_QPA_PLATFORM": "offscreen"})
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        pass
    alive = proc.poll() is None
    proc.terminate()
    try:
        _, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    if not alive or "Traceback" in err:
        _fail(f"GUI (offscreen) ended early with {proc.returncode}: {err[-2000:]}")
    return {"platform": "offscreen", "alive_after_s": seconds}


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        number = fh.readline().strip()
    if not number:
        proc.kill()
        _fail("Xvfb did not start")
    return proc, f":{number}"


def _main_window_title(display: str) -> str | None:
    """The title of the program's main window on the display, found by its window class
    (Qt names it after the program) and a size no dialog or helper window has."""
    out = subprocess.run(["xwininfo", "-display", display, "-root", "-tree"], capture_output=True,
                         encoding="utf-8", errors="replace").stdout
    for line in out.splitlines():
        match = re.search(r'"(.+)": \("issuedesk" "[^"]*"\)\s+(\d+)x(\d+)', line)
        if match and int(match.group(2)) >= 400 and int(match.group(3)) >= 300:
            return match.group(1)
    return None


def gui_xvfb(runner: Runner, issue: Path, shot: Path | None, timeout: float = 90) -> dict:
    """The GUI on a virtual X screen: its main window must appear."""
    xvfb, display = _start_xvfb()
    proc = None
    try:
        proc = runner.popen(["gui", str(issue)], {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
        deadline = time.monotonic() + timeout
        title = None
        while time.monotonic() < deadline and proc.poll() is None:
            title = _main_window_title(display)
            if title:
                break
            time.sleep(0.5)
        if not title:
            proc.terminate()
            _, err = proc.communicate(timeout=10)
            _fail(f"no IssueDesk window appeared under Xvfb (exit {proc.returncode}): {err[-2000:]}")
        time.sleep(2)   # let the first paint finish before the picture
        report = {"platform": "xcb (Xvfb)", "window": title}
        if shot is not None and shutil.which("scrot"):
            shot.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["scrot", "-o", str(shot)], env=dict(os.environ, DISPLAY=display),
                           check=True, capture_output=True)
            report["screenshot"] = str(shot)
        return report
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        xvfb.terminate()
        xvfb.wait(timeout=10)


def smoke(bundle: Path, work: Path, gui: str = "offscreen", shot: Path | None = None,
          hide: bool | None = None, trace: bool = True) -> dict:
    """Run every step; raises SmokeFailure at the first that fails, returns the report."""
    report: dict = {"bundle": str(bundle)}
    app = work / "app"
    if app.exists():
        shutil.rmtree(app)
    shutil.copytree(bundle, app, symlinks=True)
    hide = can_hide() if hide is None else hide
    report["checkout_hidden"] = [str(r) for r in hidden_roots()] if hide else []
    runner = Runner(app, work, hide, trace)

    res = runner.run(["--version"])
    expected = f"issuedesk {bc.project_version()}"
    if res.returncode != 0 or res.stdout.strip() != expected:
        _fail(f"--version: exit {res.returncode}, {res.stdout!r} {res.stderr[-1000:]!r}; expected {expected!r}")
    report["version"] = res.stdout.strip()

    # The subcommands are imported by name; one the freezing missed would silently vanish.
    from editor.cli.main import COMMANDS
    res = runner.run(["--help"])
    listed = [name.replace("_", "-") for name in COMMANDS
              if re.search(rf"^\s+{re.escape(name.replace('_', '-'))}\s", res.stdout, re.M)]
    if res.returncode != 0 or len(listed) != len(COMMANDS):
        _fail(f"--help lists {listed}, expected every one of {COMMANDS}: {res.stderr[-1000:]}")
    report["commands"] = listed

    res = runner.run(["fonts", "status", "--format", "json"])
    status = json.loads(res.stdout) if res.returncode == 0 else None
    if not status or not status["ready"]:
        _fail(f"fonts not ready in the bundle: {res.stdout} {res.stderr[-1000:]}")
    if not Path(status["folder"]).resolve().is_relative_to(app.resolve()):
        _fail(f"fonts are read from {status['folder']}, not from the bundle")
    report["fonts_folder"] = status["folder"]

    issue, pdf = work / "demo-issue", work / "demo-issue.pdf"
    shutil.rmtree(issue, ignore_errors=True)   # left by an earlier run in the same folder
    pdf.unlink(missing_ok=True)
    res = runner.run(["demo", str(issue)])
    if res.returncode != 0 or not (issue / "issue.issuedesk").is_file():
        _fail(f"demo: exit {res.returncode}: {res.stderr[-2000:]}")

    start = time.monotonic()
    res = runner.run(["export", str(issue), "-o", str(pdf)], timeout=300)
    report["export_s"] = round(time.monotonic() - start, 1)
    if res.returncode != 0 or not pdf.is_file():
        _fail(f"export: exit {res.returncode}: {res.stderr[-2000:]}")
    fonts = pdf_fonts(pdf)
    report["pdf_fonts"] = fonts
    if not fonts or not all(fonts.values()):
        _fail(f"fonts not embedded in the exported PDF: {fonts}")
    if not any("NotoSerifSC" in name for name in fonts) or not any("NotoSansSC" in name for name in fonts):
        _fail(f"the PDF does not use the bundled Noto fonts: {sorted(fonts)}")
    report["cjk_chars"] = cjk_count(pdf)
    if report["cjk_chars"] is not None and report["cjk_chars"] < 200:
        _fail(f"the PDF reads back only {report['cjk_chars']} Chinese characters")

    if runner.trace:
        leaks = sorted(p for p in runner.opened
                       if any(p.startswith(str(r) + os.sep) or p == str(r) for r in hidden_roots()))
        report["opened_files"] = len(runner.opened)
        report["opened_in_checkout_or_python"] = leaks
        if leaks:
            _fail(f"the frozen program reached for the checkout or the building Python: {leaks[:20]}")

    if gui == "offscreen":
        report["gui"] = gui_offscreen(runner, issue, seconds=6)
    elif gui == "xvfb":
        report["gui"] = gui_xvfb(runner, issue, shot)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a frozen IssueDesk bundle.")
    parser.add_argument("bundle", type=Path, help="the bundle folder, e.g. dist/issuedesk")
    parser.add_argument("--work", type=Path, help="work folder (default: a new temp folder)")
    parser.add_argument("--gui", choices=("offscreen", "xvfb", "none"), default="offscreen")
    parser.add_argument("--shot", type=Path, help="screenshot of the GUI (with --gui xvfb)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="issuedesk-smoke-"))
    try:
        report = smoke(args.bundle.resolve(), work.resolve(), args.gui, args.shot)
    except SmokeFailure as exc:
        print(f"SMOKE FAILED: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
