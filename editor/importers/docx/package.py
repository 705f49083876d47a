"""Opening a .docx safely: what kind of file it really is, a zip whose members stay inside it
and do not expand without bound, XML parsed without entities or network, and the parts found
through the package relationships rather than guessed paths."""
from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from editor.errors import UserError

from .ns import REL, RELS_PKG

MAX_FILE = 200 * 1024 * 1024          # the .docx itself
MAX_MEMBER = 200 * 1024 * 1024        # one member, uncompressed
MAX_TOTAL = 600 * 1024 * 1024         # all members, uncompressed
MAX_RATIO = 200                       # uncompressed / compressed, for members over 1 MB
MAX_MEMBERS = 5000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STRICT_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


def refuse(path: Path, zh: str, en: str, **values) -> UserError:
    return UserError("无法导入“{file}”：" + zh, "Cannot import {file}: " + en, file=path.name, **values)


def _xml_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


@dataclass
class Package:
    """The members of a checked .docx, read on demand with their sizes enforced."""
    path: Path
    zf: zipfile.ZipFile
    infos: dict[str, zipfile.ZipInfo]
    main: str                                   # e.g. word/document.xml
    rels: dict[str, tuple[str, str, str]] = field(default_factory=dict)   # rId -> (type, target, mode)

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str) -> bytes:
        info = self.infos.get(name)
        if info is None:
            raise refuse(self.path, "缺少部件 {part}。", "the part {part} is missing.", part=name)
        out = bytearray()
        try:
            with self.zf.open(info) as fh:
                while chunk := fh.read(1 << 20):
                    out += chunk
                    # The header may lie about the size; the real stream is what counts.
                    if len(out) > min(MAX_MEMBER, info.file_size):
                        raise _bomb(self.path)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
            if isinstance(exc, UserError):
                raise
            raise refuse(self.path, "压缩包已损坏（{err}）。", "the zip is damaged ({err}).", err=exc) from None
        return bytes(out)

    def xml(self, name: str):
        data = self.read(name)
        if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
            raise refuse(self.path, "{part} 含有 DOCTYPE/实体声明，拒绝读取。",
                         "{part} declares a DOCTYPE or entities; refused.", part=name)
        try:
            return etree.fromstring(data, _xml_parser())
        except etree.XMLSyntaxError as exc:
            raise refuse(self.path, "{part} 不是有效的 XML（{err}）。", "{part} is not valid XML ({err}).",
                         part=name, err=exc) from None

    def part_rels(self, part: str) -> dict[str, tuple[str, str, str]]:
        """Relationships of a part: rId -> (type, resolved target inside the zip, target mode)."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if not self.has(rels_name):
            return {}
        out = {}
        for rel in self.xml(rels_name).iter(REL + "Relationship"):
            target, mode = rel.get("Target", ""), rel.get("TargetMode", "Internal")
            if mode != "External":
                target = resolve(folder, target)
            out[rel.get("Id", "")] = (rel.get("Type", ""), target, mode)
        return out

    def related(self, rel_type_suffix: str) -> str | None:
        """The part the main document relates to by a type ending in e.g. '/footnotes'."""
        for typ, target, mode in self.rels.values():
            if typ.endswith(rel_type_suffix) and mode != "External" and self.has(target):
                return target
        return None

    def close(self) -> None:
        self.zf.close()


def resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target))


def _bomb(path: Path) -> UserError:
    return refuse(path, "解压后体积异常（疑似压缩炸弹），拒绝读取。",
                  "it expands to an abnormal size (a zip bomb?); refused.")


def _unsafe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return True
    if len(name) > 1 and name[1] == ":":   # C:...
        return True
    return any(part == ".." for part in name.split("/"))


def _has_stream_name(path: Path, name: str) -> bool:
    """Whether an OLE compound file names a stream: the names sit in its directory sectors as
    UTF-16, wherever in the file those sectors are."""
    needle = name.encode("utf-16-le")
    tail = b""
    with open(path, "rb") as fh:
        while chunk := fh.read(4 * 1024 * 1024):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle):]
    return False


def _sniff_ole(path: Path) -> UserError:
    # An OLE compound file holds either an encrypted OOXML package or a legacy Word document.
    if _has_stream_name(path, "EncryptedPackage"):
        return refuse(path, "文档已加密（设置了打开密码）。请在 Word 中取消密码后另存为 .docx 再导入。",
                      "the document is encrypted (password to open). Remove the password in Word, "
                      "save as .docx and import that.")
    return refuse(path, "这是旧版 Word 97-2003 文档（.doc）。请在 Word 中“另存为”Word 文档（.docx）后再导入。",
                  "this is a legacy Word 97-2003 document (.doc). Open it in Word, use Save As → "
                  "Word Document (.docx) and import that.")


def open_package(path: Path) -> Package:
    """Check the file and its zip directory; UserError (nothing read further) when hostile."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise refuse(path, "文件不存在。", "the file does not exist.") from None
    except IsADirectoryError:
        raise refuse(path, "这是一个文件夹。", "it is a folder.") from None
    except OSError as exc:
        raise refuse(path, "{err}", "{err}", err=exc.strerror or str(exc)) from None
    if size == 0:
        raise refuse(path, "文件是空的。", "the file is empty.")
    if size > MAX_FILE:
        raise refuse(path, "文件过大（{mb} MB）。", "the file is too large ({mb} MB).", mb=size // 2**20)
    if head == OLE_MAGIC:
        raise _sniff_ole(path)
    if not head.startswith(b"PK"):
        if head.startswith(b"{\\rtf"):
            raise refuse(path, "这是 RTF 文件。请在 Word 中另存为 .docx 后再导入。",
                         "it is an RTF file. Save it as .docx in Word and import that.")
        raise refuse(path, "不是 Word 文档（.docx 应是一个 zip 包）。",
                     "it is not a Word document (a .docx is a zip package).")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise refuse(path, "zip 包已损坏或不完整（{err}）。", "the zip is damaged or truncated ({err}).",
                     err=exc) from None
    try:
        infos = _check_members(path, zf)
        if "mimetype" in infos and b"opendocument" in zf.read("mimetype")[:100]:
            raise refuse(path, "这是 OpenDocument（.odt）文件。请另存为 .docx 后再导入。",
                         "it is an OpenDocument (.odt) file. Save it as .docx and import that.")
        pkg = Package(path, zf, infos, main="")
        pkg.main = _main_part(pkg)
        pkg.rels = pkg.part_rels(pkg.main)
        return pkg
    except BaseException:
        zf.close()
        raise


def _check_members(path: Path, zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _bomb(path)
    total = 0
    out = {}
    for info in infos:
        if _unsafe_name(info.filename):
            raise refuse(path, "压缩包中有越出包外的路径“{name}”，拒绝读取。",
                         "the zip holds a path that escapes it ({name}); refused.", name=info.filename)
        if info.flag_bits & 0x1:
            raise refuse(path, "压缩包内容已加密。", "the zip members are encrypted.")
        total += info.file_size
        if info.file_size > MAX_MEMBER or total > MAX_TOTAL:
            raise _bomb(path)
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bomb(path)
        out[info.filename] = info
    return out


def _main_part(pkg: Package) -> str:
    if pkg.has("_rels/.rels"):
        for rel in pkg.xml("_rels/.rels").iter(RELS_PKG + "Relationship"):
            if rel.get("Type") in (OFFICE_DOCUMENT, STRICT_DOCUMENT):
                target = resolve("", rel.get("Target", ""))
                if pkg.has(target):
                    return target
    if pkg.has("word/document.xml"):
        return "word/document.xml"
    raise refuse(pkg.path, "这不是 Word 文档（缺少 word/document.xml）。",
                 "it is not a Word document (no word/document.xml).")
