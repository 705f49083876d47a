"""The installer inputs that can be checked without building: version information, what is
dropped from the bundle, the Linux desktop entry and MIME type, the Debian control file, the
icons, and the NSIS script compiled with makensis against a dummy payload."""
from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from editor import __version__
from editor.store import ISSUE_SUFFIX


def test_version_comes_from_pyproject_and_matches_the_program(bc):
    assert bc.project_version() == __version__


@pytest.mark.parametrize("text, expected", [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)),
    ("1.4.2.7", (1, 4, 2, 7)), ("3.0.0.dev5", (3, 0, 0, 0))])
def test_windows_wants_four_numbers(bc, text, expected):
    assert bc.version_tuple(text) == expected


def test_windows_version_file_is_an_expression_with_the_version(bc, tmp_path):
    path = bc.windows_version_file(tmp_path / "v.txt", "1.2.3")
    tree = ast.parse(path.read_text(encoding="utf-8"), mode="eval")
    call = tree.body
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"
    text = path.read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "期刊编排台" in text


def test_windows_version_file_reads_back_as_pyinstaller_reads_it(bc, tmp_path):
    """PyInstaller decodes the file (BOM / coding cookie, else UTF-8) and evaluates it with its
    version-resource classes; here the classes are stand-ins that keep their arguments."""
    misc = pytest.importorskip("PyInstaller.utils.misc")
    path = bc.windows_version_file(tmp_path / "v.txt", "0.3.1")
    text = misc.decode(path.read_bytes())

    def keep(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    info = eval(text, {name: keep(name) for name in names})   # noqa: S307 - our own file
    kind, _, kwargs = info
    assert kind == "VSVersionInfo"
    assert kwargs["ffi"][2]["filevers"] == (0, 3, 1, 0)
    table = kwargs["kids"][0][1][0][0]
    strings = dict(entry[1] for entry in table[1][1])
    assert strings["ProductVersion"] == "0.3.1"
    assert strings["OriginalFilename"] == f"{bc.EXE_NAME}.exe"
    assert "期刊编排台" in strings["ProductName"]
    gui = bc.windows_version_file(tmp_path / "g.txt", "0.3.1", exe=bc.GUI_EXE_NAME).read_text(encoding="utf-8")
    assert f"StringStruct('OriginalFilename', '{bc.GUI_EXE_NAME}.exe')" in gui


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("resources/translations/issuedesk_zh_CN.qm", True),
    ("resources/fonts/NotoSerifSC-Regular.ttf", True)])
def test_what_stays_in_the_bundle(bc, dest, kept):
    assert bc.keep_in_bundle(dest) is kept


def test_datas_carry_resources_layouts_and_prepared_fonts(bc, fonts_prepared):
    pairs = bc.datas()
    dests = {(Path(s).name, d) for s, d in pairs}
    assert ("issue-1.rng", "resources/schema") in dests
    assert ("layout.toml", "layouts/magazine-16k") in dests
    assert ("layout.toml", "layouts/a4") in dests
    for name in ("NotoSerifSC-Regular.ttf", "NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf",
                 "manifest.json"):
        assert (name, "resources/fonts") in dests
    assert all(Path(s).is_file() for s, _ in pairs)
    assert not any("__pycache__" in s for s, _ in pairs)


def test_no_module_of_the_program_needs_an_excluded_one(bc):
    """Import every module of the package in a fresh interpreter: none may pull in what the
    spec leaves out (it would fail with ModuleNotFoundError in the bundle)."""
    code = ("import importlib, pkgutil, sys, editor\n"
            "for m in pkgutil.walk_packages(editor.__path__, 'editor.'):\n"
            "    if not m.name.endswith('__main__'):\n"
            "        importlib.import_module(m.name)\n"
            "print('\\n'.join(sys.modules))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert res.returncode == 0, res.stderr[-3000:]
    loaded = set(res.stdout.split())
    excluded = set(bc.EXCLUDES)
    hits = {name for name in loaded if name in excluded or name.split(".")[0] in excluded}
    assert not hits, f"imported by the program but excluded from the bundle: {sorted(hits)}"


# ---- Linux ---------------------------------------------------------------------------------

def test_desktop_entry_opens_issue_files_with_the_gui(bc):
    text = (bc.PACKAGING / "linux" / "issuedesk.desktop").read_text(encoding="utf-8")
    assert "Exec=issuedesk gui %f" in text
    assert f"MimeType={bc.MIME_TYPE};" in text
    assert "Name[zh_CN]=期刊编排台" in text
    if shutil.which("desktop-file-validate"):
        res = subprocess.run(["desktop-file-validate", str(bc.PACKAGING / "linux" / "issuedesk.desktop")],
                             capture_output=True, text=True)
        assert res.returncode == 0 and not res.stdout.strip(), res.stdout + res.stderr


def test_mime_type_matches_the_issue_file(bc, tmp_path):
    assert bc.FILE_EXT == ISSUE_SUFFIX
    from lxml import etree
    from editor.store.xmltext import NS
    xml = etree.parse(str(bc.PACKAGING / "linux" / "issuedesk-mime.xml"))
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = xml.find("m:mime-type", ns)
    assert mime.get("type") == bc.MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == f"*{ISSUE_SUFFIX}"
    root = mime.find("m:root-XML", ns)
    assert (root.get("namespaceURI"), root.get("localName")) == (NS, "issue")
    if not shutil.which("update-mime-database"):
        pytest.skip("update-mime-database (apt: shared-mime-info) is not installed")
    db = tmp_path / "mime"
    (db / "packages").mkdir(parents=True)
    shutil.copy(bc.PACKAGING / "linux" / "issuedesk-mime.xml", db / "packages" / "issuedesk.xml")
    subprocess.run(["update-mime-database", str(db)], check=True, capture_output=True)
    globs = (db / "globs2").read_text(encoding="utf-8")
    assert f"{bc.MIME_TYPE}:*{ISSUE_SUFFIX}" in globs


def test_launcher_runs_the_program_in_opt(build):
    text = (build.LINUX / "issuedesk.sh").read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh")
    assert f'exec /{build.INSTALL_PREFIX}/issuedesk "$@"' in text


def test_control_file_fills_in(build, bc):
    text = (build.LINUX / "control.in").read_text(encoding="utf-8").format(
        version="0.1.0", arch="amd64", installed_kb=1234,
        relations="Depends: libc6, libgl1\nRecommends: libgtk-3-0",
        maintainer=build.MAINTAINER)
    fields = dict(line.split(": ", 1) for line in text.splitlines() if re.match(r"^[A-Z][\w-]*: ", line))
    assert fields["Package"] == "issuedesk" and fields["Version"] == "0.1.0"
    assert fields["Installed-Size"] == "1234" and fields["Depends"] == "libc6, libgl1"
    assert fields["Recommends"] == "libgtk-3-0"
    # A description's continuation lines start with a space, and an empty one is " .".
    body = text.split("Description: ", 1)[1].splitlines()[1:]
    assert body and all(line.startswith(" ") for line in body)


@pytest.mark.parametrize("soname, package", [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libgtk-3.so.0", "libgtk-3-0"),
    ("libwayland-egl.so.1", "libwayland-egl1"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0")])
def test_missing_library_names_its_debian_package(build, soname, package):
    assert build._soname_package(soname) == package


def test_icons_are_there_in_every_form(bc):
    import make_icon
    for name in (make_icon.APP_PNG, make_icon.DOC_PNG):
        with Image.open(bc.ICONS / name) as img:
            assert img.size == (256, 256)
            assert img.mode == "RGBA"
            # Not an empty picture: the red cover and the white mark are both there.
            colours = {c for _, c in img.convert("RGB").getcolors(1 << 16)}
            assert any(r > 150 and g < 60 and b < 60 for r, g, b in colours)
            assert any(min(c) > 240 for c in colours)
        ico = bc.ICONS / name.replace(".png", ".ico")
        with Image.open(ico) as img:
            assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(img.info["sizes"])


def test_sized_icon_copies(bc, tmp_path):
    import make_icon
    out = make_icon.sized_png(bc.ICONS / make_icon.APP_PNG, 48, tmp_path / "48x48" / "apps" / "i.png")
    with Image.open(out) as img:
        assert img.size == (48, 48)


# ---- Windows -------------------------------------------------------------------------------

def _nsi_text(build) -> str:
    return build.NSI.read_text(encoding="utf-8")


def test_every_installer_message_exists_in_both_languages(build):
    langs: dict[str, set[str]] = {}
    for name, lang in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", _nsi_text(build), re.M):
        langs.setdefault(name, set()).add(lang)
    assert langs, "no LangString found"
    assert all(v == {"SIMPCHINESE", "ENGLISH"} for v in langs.values()), langs
    used = set(re.findall(r"\$\((\w+)\)", _nsi_text(build)))
    assert used <= set(langs), used - set(langs)


def test_installer_registers_the_association_and_per_user_install(build, bc):
    text = _nsi_text(build)
    assert f'!define FILE_EXT "{bc.FILE_EXT}"' in text
    assert f'!define GUI_EXE "{bc.GUI_EXE_NAME}.exe"' in text
    assert f'!define CLI_EXE "{bc.EXE_NAME}.exe"' in text
    assert "MULTIUSER_PAGE_INSTALLMODE" in text and "WriteUninstaller" in text
    assert '"%1"' in text   # the double-clicked file reaches the program


@pytest.fixture
def dummy_payload(tmp_path, bc):
    payload = tmp_path / "payload"
    (payload / "_internal" / "resources").mkdir(parents=True)
    for exe in (bc.EXE_NAME, bc.GUI_EXE_NAME):
        (payload / f"{exe}.exe").write_bytes(b"MZ dummy")
    (payload / "_internal" / "resources" / "x.txt").write_text("x")
    return payload


def test_nsis_script_compiles(build, dummy_payload, tmp_path):
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis is not installed (apt: nsis)")
    out = tmp_path / build.installer_name()
    # -WX: a warning (an unset language string, a missing file) fails the build too.
    cmd = build.nsis_command(makensis, dummy_payload, out)
    cmd.insert(1, "-WX")
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    assert out.read_bytes()[:2] == b"MZ"


def test_nsis_script_fails_without_a_payload(build, tmp_path):
    """The compile test above can fail: an empty source folder is an error."""
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis is not installed (apt: nsis)")
    empty = tmp_path / "empty"
    empty.mkdir()
    res = subprocess.run(build.nsis_command(makensis, empty, tmp_path / build.installer_name()),
                         capture_output=True, text=True, timeout=120)
    assert res.returncode != 0


def test_windows_workflow_builds_bundle_and_installer(bc):
    text = (bc.PACKAGING / "windows" / "build-windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-" in text
    assert "python packaging/build.py windows" in text
    assert "packaging/smoke.py" in text
    assert "actions/upload-artifact" in text


# ---- entry points of the frozen programs ---------------------------------------------------

def _entry(bc, name: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(bc.PACKAGING / "entry" / name), *args],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "ISSUEDESK_LANG": "en"})


def test_console_entry_is_the_command_line(bc):
    res = _entry(bc, "issuedesk.py", "--version")
    assert res.returncode == 0 and res.stdout.strip() == f"issuedesk {__version__}"


def test_windowed_entry_passes_its_arguments_to_gui(bc):
    """Explorer runs `issuedesk-gui.exe "<file>"`: the file must reach `issuedesk gui`."""
    res = _entry(bc, "issuedesk_gui.py", "--help")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("usage: issuedesk gui"), res.stdout


def test_glibc_floor_is_the_newest_symbol_version_asked_for(build, tmp_path):
    if shutil.which("objdump") is None:
        pytest.skip("objdump (binutils) is not installed")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy(sys.executable, bundle / "python")   # an ELF file that needs glibc
    floor = build.glibc_floor(bundle)
    assert floor and re.fullmatch(r"2\.\d+", floor)
    (bundle / "python").unlink()
    (bundle / "notes.txt").write_text("GLIBC_9.99 in a text file is no requirement")
    assert build.glibc_floor(bundle) is None
