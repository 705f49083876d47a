"""A print export reads nothing back: pikepdf (the preflight's library, ~55 ms to import) stays
out of the process unless a preflight is asked for."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from editor.cli.main import main
status = main(sys.argv[1:])
print("status", status, "pikepdf" if "pikepdf" in sys.modules else "no-pikepdf")
"""


def _export(*args: str) -> str:
    done = subprocess.run([sys.executable, "-c", SCRIPT, "export", *args], capture_output=True, text=True,
                          timeout=120)
    return done.stdout.strip().splitlines()[-1]


def test_print_export_does_not_import_pikepdf(demo_folder, tmp_path):
    out = tmp_path / "demo.pdf"
    assert _export(str(demo_folder), "-o", str(out), "--pad") == "status 0 no-pikepdf"
    assert out.read_bytes().startswith(b"%PDF-1.6")


def test_preflight_on_request_does(demo_folder, tmp_path):
    assert _export(str(demo_folder), "-o", str(tmp_path / "demo.pdf"), "--pad", "--preflight") == "status 0 pikepdf"
