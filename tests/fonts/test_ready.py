"""Where the prepared fonts live, when they count as ready, and what the user is told otherwise."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from editor.cli.main import main
from editor.layout import fontprep, fonts


def test_fonts_dir_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ISSUEDESK_FONTS", str(tmp_path / "f"))
    assert fonts.fonts_dir() == tmp_path / "f"
    monkeypatch.delenv("ISSUEDESK_FONTS")
    monkeypatch.setenv("ISSUEDESK_DATA", str(tmp_path / "data"))
    assert fonts.fonts_dir() == tmp_path / "data" / "fonts"


def test_not_ready_says_what_to_run(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ISSUEDESK_FONTS", str(tmp_path))
    assert not fonts.fonts_ready()
    with pytest.raises(fonts.FontsNotReady, match="issuedesk fonts prepare"):
        fonts.font_file("serif")
    assert main(["fonts", "status"]) == 1
    out = capsys.readouterr().out
    assert "缺失" in out and "issuedesk fonts prepare" in out


def _fake_prepared(folder, manifest, change_source=False):
    """Files of the recorded sizes (sparse, instant) beside a copy of a real manifest."""
    files = manifest
    if change_source:
        files = json.loads(json.dumps(manifest))
        files["NotoSerifSC-Regular.ttf"]["source"]["sha256"] = "0" * 64
    for name, entry in files.items():
        with open(folder / name, "wb") as fh:
            fh.truncate(entry["size"])
    fontprep.write_manifest(folder, files)


def test_a_changed_source_makes_that_file_stale(ready_fonts, tmp_path, monkeypatch):
    manifest = fontprep.read_manifest(ready_fonts)
    _fake_prepared(tmp_path, manifest, change_source=True)
    monkeypatch.setenv("ISSUEDESK_FONTS", str(tmp_path))
    assert fonts.font_states() == {"NotoSerifSC-Regular.ttf": "stale",
                                   "NotoSansSC-Regular.ttf": "ready",
                                   "NotoSansSC-Bold.ttf": "ready"}
    assert not fonts.fonts_ready()


def test_a_truncated_file_counts_as_missing(ready_fonts, tmp_path, monkeypatch):
    manifest = fontprep.read_manifest(ready_fonts)
    _fake_prepared(tmp_path, manifest)
    monkeypatch.setenv("ISSUEDESK_FONTS", str(tmp_path))
    assert fonts.fonts_ready()
    with open(tmp_path / "NotoSansSC-Bold.ttf", "r+b") as fh:
        fh.truncate(1000)
    assert fonts.font_states()["NotoSansSC-Bold.ttf"] == "missing"


def test_status_json(ready_fonts, capsys):
    assert main(["fonts", "status", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ready"] is True
    assert {f["state"] for f in data["files"]} == {"ready"}
    assert data["families"]["serif"]["bold"] == "NotoSansSC-Bold.ttf"


@pytest.mark.slow
def test_prepare_from_scratch(tmp_path, monkeypatch):
    """The real preparation (about a minute on two cores)."""
    monkeypatch.setenv("ISSUEDESK_FONTS", str(tmp_path))
    seen = []
    paths = fonts.prepare_fonts(lambda msg, frac: seen.append(frac))
    assert [p.name for p in paths] == [j.output for j in fontprep.JOBS]
    assert fonts.fonts_ready()
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert not list(tmp_path.glob(".*tmp"))   # no half-written files left behind
    # A second run finds nothing to do.
    again = []
    fonts.prepare_fonts(lambda msg, frac: again.append(msg))
    assert len(again) == 1
    shutil.rmtree(tmp_path)


def _fake_sources(tmp_path, monkeypatch, manifest):
    """Prepared files whose recorded source is a small file of ours, recorded as it is now."""
    src = tmp_path / "source.otf"
    src.write_bytes(b"outlines" * 100)
    monkeypatch.setattr(fontprep.Job, "source", lambda self: src)
    folder = tmp_path / "fonts"
    folder.mkdir()
    files = json.loads(json.dumps(manifest))
    for job in fontprep.JOBS:
        files[job.output]["source"] = fontprep.source_record(job)
    _fake_prepared(folder, files)
    monkeypatch.setenv("ISSUEDESK_FONTS", str(folder))
    return folder, src


def test_the_answer_is_kept_until_a_file_it_came_from_changes(ready_fonts, tmp_path, monkeypatch):
    folder, src = _fake_sources(tmp_path, monkeypatch, fontprep.read_manifest(ready_fonts))
    assert fonts.fonts_ready()
    full_checks = []
    real = fontprep.folder_states
    monkeypatch.setattr(fontprep, "folder_states", lambda f: full_checks.append(f) or real(f))
    assert fonts.fonts_ready() and fonts.font_states() == {name: "ready" for name in fonts._RL_NAMES}
    assert full_checks == []            # a few stats answered
    # the source changed (same size, new outlines): checked in full, and found stale
    src.write_bytes(b"OUTLINES" * 100)
    os.utime(src, ns=(1, 2))
    assert fonts.font_states()["NotoSerifSC-Regular.ttf"] == "stale"
    assert full_checks == [folder]
    # a prepared file rewritten: checked in full again
    with open(folder / "NotoSansSC-Bold.ttf", "r+b") as fh:
        fh.truncate(1000)
    assert fonts.font_states()["NotoSansSC-Bold.ttf"] == "missing"
    assert len(full_checks) == 2


def test_a_source_package_found_elsewhere_is_checked_in_full(ready_fonts, tmp_path, monkeypatch):
    _fake_sources(tmp_path, monkeypatch, fontprep.read_manifest(ready_fonts))
    assert fonts.fonts_ready()
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pylopdf_fonts_zh_cn" else real(name, *a))
    full_checks = []
    monkeypatch.setattr(fontprep, "folder_states", lambda f: full_checks.append(f) or ({}, [], {}))
    fonts.font_states()
    assert len(full_checks) == 1


def test_an_export_does_not_import_the_font_preparation(ready_fonts):
    code = ("import sys\n"
            "from editor.layout import fonts\n"
            "fonts.font_states()\n"      # a first check in this folder may be a full one
            "for m in [m for m in sys.modules if m.startswith('editor.layout.fontprep')]:\n"
            "    del sys.modules[m]\n"
            "import editor.layout\n"
            "editor.layout.__dict__.pop('fontprep', None)\n"
            "fonts.register_font('serif'); fonts.register_font('sans', True); assert fonts.fonts_ready()\n"
            "print('fontprep' in ' '.join(sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
