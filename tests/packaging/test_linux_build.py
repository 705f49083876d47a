"""The Linux installer end to end (slow, about two minutes on two cores): build the bundle and
the .deb with the real command, unpack the .deb into a temp root, and run the frozen program
from there with the checkout out of reach (packaging/smoke.py): --version, every subcommand
listed, demo, export of the demo issue with embedded Chinese fonts, and the GUI (under Xvfb
with a screenshot where Xvfb is installed, else on the offscreen platform).

ISSUEDESK_SHOT_DIR=folder keeps the GUI screenshot there."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds a .deb: Linux only")]


def _need(*tools: str) -> None:
    for tool in tools:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")


@pytest.fixture(scope="module")
def built(tmp_path_factory, bc, fonts_prepared):
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller pyinstaller-hooks-contrib")
    _need("dpkg-deb", "ldd")
    tmp = tmp_path_factory.mktemp("linux-build")
    start = time.monotonic()
    res = subprocess.run([sys.executable, str(bc.PACKAGING / "build.py"), "linux",
                          "--dist", str(tmp / "dist"), "--work", str(tmp / "build"),
                          "--deb-level", "1"],   # the release level only makes it smaller, slower
                         capture_output=True, text=True, timeout=1200, cwd=tmp)
    seconds = time.monotonic() - start
    assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-4000:]
    debs = list((tmp / "dist").glob("issuedesk_*.deb"))
    assert len(debs) == 1, list((tmp / "dist").iterdir())
    print(f"\nbuild: {seconds:.0f} s; .deb {debs[0].stat().st_size / 1e6:.0f} MB")
    return tmp, debs[0]


def _field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_deb_describes_itself(built, bc):
    _, deb = built
    assert deb.name == f"issuedesk_{bc.project_version()}_{_field(deb, 'Architecture')}.deb"
    assert _field(deb, "Package") == "issuedesk"
    assert _field(deb, "Version") == bc.project_version()
    depends = [d.strip() for d in _field(deb, "Depends").split(",")]
    libc = [d for d in depends if d.split()[0] == "libc6"]
    assert len(libc) == 1
    if shutil.which("objdump"):   # the oldest glibc the bundle starts on
        assert libc[0].startswith("libc6 (>= 2."), libc
    assert int(_field(deb, "Installed-Size")) > 100_000   # KiB: program, Qt and fonts


def test_apt_could_install_the_deb_here(built):
    """Every package the .deb depends on exists (a simulation: nothing is installed)."""
    if shutil.which("apt-get") is None:
        pytest.skip("apt-get is not here")
    _, deb = built
    res = subprocess.run(["apt-get", "install", "--simulate", "--no-install-recommends", str(deb)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    assert "Inst issuedesk" in res.stdout


def test_deb_installs_program_launcher_desktop_entry_mime_type_and_icons(built):
    _, deb = built
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    names = {line.split()[-1].lstrip(".") for line in listing.splitlines()}
    for path in ("/opt/issuedesk/issuedesk", "/usr/bin/issuedesk",
                 "/usr/share/applications/issuedesk.desktop",
                 "/usr/share/mime/packages/issuedesk.xml",
                 "/usr/share/icons/hicolor/256x256/apps/issuedesk.png",
                 "/usr/share/icons/hicolor/48x48/mimetypes/application-x-issuedesk.png",
                 "/opt/issuedesk/_internal/resources/fonts/NotoSerifSC-Regular.ttf",
                 "/opt/issuedesk/_internal/resources/fonts/manifest.json",
                 "/opt/issuedesk/_internal/resources/fonts/OFL.txt",
                 "/opt/issuedesk/_internal/layouts/magazine-16k/layout.toml",
                 "/opt/issuedesk/_internal/resources/schema/issue-1.rng",
                 "/usr/share/doc/issuedesk/copyright"):
        assert path in names, path
    # Not carried: the font source packages, the tests, Qt's QML and WebEngine.
    assert not any("pylopdf_fonts_zh_cn" in n or "justmytype" in n for n in names)
    assert not any("/tests/" in n for n in names)
    assert not any("Qt6Qml" in n or "WebEngine" in n for n in names)


def test_frozen_libraries_search_nothing_of_the_build_machine(built):
    tmp, _ = built
    bundle = tmp / "dist" / "issuedesk"
    if shutil.which("readelf") is None:
        pytest.skip("readelf (binutils) is not installed")
    leaks = []
    for lib in list(bundle.rglob("*.so*")) + [bundle / "issuedesk"]:
        if lib.is_symlink() or not lib.is_file():
            continue
        dyn = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True).stdout
        for line in dyn.splitlines():
            if "RPATH" in line or "RUNPATH" in line:
                paths = line.split("[", 1)[1].rstrip("]").split(":")
                leaks += [f"{lib.name}: {p}" for p in paths if not p.startswith("$ORIGIN")]
    assert not leaks, leaks[:10]


def test_unpacked_deb_runs_without_the_checkout(built, smoke, tmp_path):
    _, deb = built
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    launcher = (root / "usr/bin/issuedesk").read_text(encoding="utf-8")
    assert "/opt/issuedesk/issuedesk" in launcher
    use_xvfb = all(shutil.which(t) for t in ("Xvfb", "xwininfo"))
    shot_dir = Path(os.environ.get("ISSUEDESK_SHOT_DIR") or tmp_path)
    shot = shot_dir / "issuedesk-gui-xvfb.png"
    report = smoke.smoke(root / "opt" / "issuedesk", tmp_path / "run",
                         gui="xvfb" if use_xvfb else "offscreen", shot=shot)
    assert report["version"] == f"issuedesk {smoke.bc.project_version()}"
    assert all(report["pdf_fonts"].values())
    if use_xvfb:
        assert any(name in report["gui"]["window"] for name in ("IssueDesk", "期刊编排台"))
        if "screenshot" in report["gui"]:
            from PIL import Image
            with Image.open(report["gui"]["screenshot"]) as img:
                colours = img.convert("RGB").getcolors(1 << 20) or []
            assert len(colours) > 50, "the screenshot is (nearly) blank"
    print(f"\nsmoke: {report}")


def test_frozen_libraries_carry_no_debugging_sections(built):
    tmp, _ = built
    if shutil.which("readelf") is None or shutil.which("strip") is None:
        pytest.skip("readelf/strip (binutils) are not installed")
    bundle = tmp / "dist" / "issuedesk"
    heavy = []
    for lib in bundle.rglob("*.so*"):
        if lib.is_file() and not lib.is_symlink():
            sections = subprocess.run(["readelf", "-S", "-W", str(lib)], capture_output=True, text=True).stdout
            if ".debug_info" in sections:
                heavy.append(lib.name)
    assert not heavy, heavy[:10]
