"""Every file the program opens at run time is in the spec's data list, and the frozen program
finds it there: run the main paths (demo, info, check, toc, export, proof, preflight, fonts,
GUI start) with file-open auditing and check each file from the checkout or the build
machine's fonts folder against packaging/bundle_contents.datas()."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

AUDIT = Path(__file__).with_name("open_audit.py")


def _audit(which: str, tmp: Path, fonts: Path, strace: bool) -> set[str]:
    """Files opened by the program's `which` paths: the audit hook's list, plus strace's where
    strace is installed (libxml2 and Qt open files without Python seeing it)."""
    out = tmp / f"{which}.json"
    env = dict(os.environ, ISSUEDESK_DATA=str(tmp / "data"), ISSUEDESK_FONTS=str(fonts),
               ISSUEDESK_SETTINGS=str(tmp / "settings"), QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, str(AUDIT), str(out), str(tmp / "work"), which]
    trace = tmp / f"{which}.strace"
    if strace:
        cmd = ["strace", "-f", "-qq", "-e", "trace=open,openat", "-o", str(trace), *cmd]
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, cwd=tmp)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-4000:]
    opened = set(json.loads(out.read_text(encoding="utf-8")))
    if trace.is_file():
        for line in trace.read_text(errors="replace").splitlines():
            if "ENOENT" in line or '"' not in line:
                continue
            opened.add(line.split('"')[1])
    return opened


@pytest.fixture(scope="module")
def cli_opened(tmp_path_factory, fonts_prepared, smoke):
    return _audit("cli", tmp_path_factory.mktemp("audit-cli"), fonts_prepared, smoke.strace_works())


@pytest.fixture(scope="module")
def gui_opened(tmp_path_factory, fonts_prepared, smoke):
    pytest.importorskip("editor.gui.app", reason="the GUI is not part of this checkout")
    return _audit("gui", tmp_path_factory.mktemp("audit-gui"), fonts_prepared, smoke.strace_works())


def _must_bundle(bc, opened: set[str]) -> list[Path]:
    roots = [bc.REPO, bc.fonts_source()]
    return sorted({Path(os.path.realpath(p)) for p in opened if bc.needs_bundling(Path(p), roots)})


def test_the_audit_sees_the_files_the_program_reads(bc, cli_opened, smoke):
    """Without this the coverage test below could pass by seeing nothing."""
    needed = {p.relative_to(bc.REPO).as_posix() for p in _must_bundle(bc, cli_opened)
              if bc.REPO in p.parents}
    assert "layouts/magazine-16k/layout.toml" in needed
    assert any(n.startswith("resources/icc/") for n in needed)
    fonts = {p.name for p in _must_bundle(bc, cli_opened) if bc.fonts_source() in p.parents}
    assert {"NotoSerifSC-Regular.ttf", "NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"} <= fonts
    if smoke.strace_works():   # libxml2 reads the schema without Python's open()
        assert "resources/schema/issue-1.rng" in needed


def test_every_file_the_command_line_opens_is_bundled(bc, cli_opened):
    datas = bc.datas()
    missing = [str(p) for p in _must_bundle(bc, cli_opened) if not bc.covered(p, datas)]
    assert not missing, f"opened at run time but not in the spec's datas: {missing}"


def test_every_file_the_gui_opens_at_start_is_bundled(bc, gui_opened):
    datas = bc.datas()
    needed = _must_bundle(bc, gui_opened)
    assert any(p.suffix == ".ttf" for p in needed), "the GUI start opened no font: audit broken?"
    missing = [str(p) for p in needed if not bc.covered(p, datas)]
    assert not missing, f"opened by the GUI but not in the spec's datas: {missing}"


def test_a_file_left_out_of_the_datas_is_reported(bc, cli_opened):
    without_layouts = [(s, d) for s, d in bc.datas() if not d.startswith("layouts")]
    missing = [p for p in _must_bundle(bc, cli_opened) if not bc.covered(p, without_layouts)]
    assert bc.REPO / "layouts/magazine-16k/layout.toml" in missing


def test_code_and_tests_need_no_data_entry(bc):
    roots = [bc.REPO]
    assert not bc.needs_bundling(bc.REPO / "editor" / "paths.py", roots)
    assert not bc.needs_bundling(Path(__file__), roots)
    assert bc.needs_bundling(bc.REPO / "pyproject.toml", roots)
    assert not bc.needs_bundling(Path(sys.executable), roots)


def test_the_fonts_caches_need_no_data_entry(bc, fonts_prepared):
    caches = bc.cache_dirs()
    assert caches and all(fonts_prepared.resolve() in c.parents for c in caches)
    for cache in caches:
        if cache.is_dir():
            for entry in cache.iterdir():
                assert not bc.needs_bundling(entry, [fonts_prepared])
    assert bc.needs_bundling(fonts_prepared / "manifest.json", [fonts_prepared])


@pytest.fixture
def fake_bundle(bc, fonts_prepared, tmp_path, monkeypatch):
    """A bundle laid out from the datas with links instead of copies, posing as frozen."""
    root = tmp_path / "bundle" / "_internal"
    for src, dest in bc.datas():
        target = root / dest / Path(src).name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(src)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    monkeypatch.delenv("ISSUEDESK_FONTS", raising=False)
    monkeypatch.setenv("ISSUEDESK_DATA", str(tmp_path / "empty-user-data"))
    return root


def test_a_frozen_program_finds_fonts_layouts_and_schema_in_the_bundle(fake_bundle):
    from editor.layout import fonts
    from editor.layout.template import load_layout
    from editor.paths import resource

    assert fonts.fonts_dir() == fake_bundle / "resources" / "fonts"
    assert set(fonts.font_states().values()) == {"ready"}
    assert fonts.font_file("serif").parent == fake_bundle / "resources" / "fonts"
    assert resource("schema", "issue-1.rng").is_file()
    assert load_layout("magazine-16k") is not None
    assert load_layout("a4") is not None


def test_without_the_manifest_a_frozen_program_does_not_trust_the_bundled_fonts(fake_bundle):
    from editor.layout import fonts

    (fake_bundle / "resources" / "fonts" / "manifest.json").unlink()
    assert fonts.fonts_dir() != fake_bundle / "resources" / "fonts"
