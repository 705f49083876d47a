"""The `issuedesk` command as a process: after a one-shot command it ends with os._exit (main.py
says why), so everything it printed must still arrive through a pipe, and its status must too."""
from __future__ import annotations

import json
import os
import subprocess
import sys


def _issuedesk(*args):
    # stdout into a pipe is block-buffered unless PYTHONUNBUFFERED says otherwise (some shells
    # and CI set it): without it, an exit that skipped the flush would lose the output
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, env=env)


def test_piped_output_arrives_whole_and_status_is_kept(demo_master, tmp_path):
    done = _issuedesk("info", str(demo_master), "--format", "json")
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)                  # all of it: a lost buffer would not parse
    assert info["title"] and len(info["sections"]) == 6
    missing = _issuedesk("info", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and missing.stderr.strip() and "Traceback" not in missing.stderr


def test_export_writes_a_complete_pdf_before_the_process_ends(demo_master, tmp_path):
    out = tmp_path / "demo.pdf"
    done = _issuedesk("export", str(demo_master), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    assert out.read_bytes().rstrip().endswith(b"%%EOF")
    assert not [p for p in tmp_path.iterdir() if p.name != "demo.pdf"]      # no temp files left
