"""Hostile and odd files: a clear message, exit status 2, nothing written, the issue untouched."""
from __future__ import annotations

import os
import struct
import zipfile
import zlib


from editor.cli.main import main

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _snapshot(folder):
    return {str(f.relative_to(folder)): f.read_bytes() for f in sorted(folder.rglob("*"))
            if f.is_file() and not f.name.startswith(".lock")}


def _refused(tmp_path, issue_dir, capsys, path, *words):
    before = _snapshot(issue_dir)
    outside = set(os.listdir(tmp_path))
    status = main(["import-docx", str(path), "--issue", str(issue_dir)])
    err = capsys.readouterr().err
    assert status == 2
    assert "Traceback" not in err and path.name in err
    for word in words:
        assert word in err, err
    assert _snapshot(issue_dir) == before
    assert set(os.listdir(tmp_path)) == outside
    return err


def _ole(tmp_path, name, stream_names):
    # Enough of a compound file for the sniffing: the magic, then directory names in UTF-16.
    body = OLE + b"\0" * 504 + b"".join(n.encode("utf-16-le") + b"\0\0" for n in stream_names)
    path = tmp_path / name
    path.write_bytes(body + b"\0" * 2048)
    return path


def test_not_a_zip(tmp_path, issue_dir, capsys):
    path = tmp_path / "notes.docx"
    path.write_text("这只是文本，不是 Word 文档。", encoding="utf-8")
    _refused(tmp_path, issue_dir, capsys, path, "不是 Word 文档")


def test_empty_file(tmp_path, issue_dir, capsys):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    _refused(tmp_path, issue_dir, capsys, path, "空")


def test_truncated_zip(tmp_path, issue_dir, capsys, basic_docx):
    data = basic_docx.read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    _refused(tmp_path, issue_dir, capsys, path, "zip")


def test_zip_slip(tmp_path, issue_dir, capsys, kit):
    path = tmp_path / "slip.docx"
    kit.build_docx(path, kit.BASIC_BODY, parts={"../../evil.txt": "gotcha"})
    _refused(tmp_path, issue_dir, capsys, path, "越出")
    assert not (tmp_path.parent / "evil.txt").exists()


def test_zip_bomb_by_ratio(tmp_path, issue_dir, capsys, kit):
    path = tmp_path / "bomb.docx"
    kit.build_docx(path, kit.BASIC_BODY, parts={"word/media/zeros.bin": b"\0" * (20 * 1024 * 1024)})
    _refused(tmp_path, issue_dir, capsys, path, "压缩炸弹")


def test_zip_bomb_lying_header(tmp_path, issue_dir, capsys, kit):
    """A member whose header declares a small size but whose stream inflates to much more."""
    good = tmp_path / "good.docx"
    kit.build_docx(good, kit.BASIC_BODY)
    path = tmp_path / "liar.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
    data = bytearray(path.read_bytes())
    # Shrink the declared size of word/document.xml in the central directory.
    name = b"word/document.xml"
    idx = 0
    while True:
        idx = data.find(b"PK\x01\x02", idx)
        if idx < 0:
            break
        n = struct.unpack_from("<H", data, idx + 28)[0]
        if bytes(data[idx + 46: idx + 46 + n]) == name:
            struct.pack_into("<I", data, idx + 24, 10)
        idx += 4
    path.write_bytes(bytes(data))
    _refused(tmp_path, issue_dir, capsys, path, "损坏")


def test_encrypted_document(tmp_path, issue_dir, capsys):
    path = _ole(tmp_path, "secret.docx", ["Root Entry", "EncryptionInfo", "EncryptedPackage"])
    _refused(tmp_path, issue_dir, capsys, path, "加密")


def test_legacy_doc(tmp_path, issue_dir, capsys):
    path = _ole(tmp_path, "old.doc", ["Root Entry", "WordDocument", "1Table"])
    err = _refused(tmp_path, issue_dir, capsys, path, ".docx", "另存为")
    assert "加密" not in err


def test_truncated_image(tmp_path, issue_dir, capsys, kit):
    data = kit.jpeg((800, 600))
    path = tmp_path / "cutimg.docx"
    kit.build_docx(path, kit.BASIC_BODY, media={"image1.jpeg": data[: len(data) // 2]})
    _refused(tmp_path, issue_dir, capsys, path, "不完整")


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def test_decompression_bomb_image(tmp_path, issue_dir, capsys, kit):
    path = tmp_path / "bombimg.docx"
    kit.build_docx(path, kit.BASIC_BODY, media={"image1.png": _png_header_only(30000, 30000)})
    _refused(tmp_path, issue_dir, capsys, path, "像素过多")


def test_unreadable_image_type(tmp_path, issue_dir, capsys, kit):
    path = tmp_path / "emf.docx"
    kit.build_docx(path, kit.BASIC_BODY, media={"image1.emf": b"\x01\x00\x00\x00" + b"\0" * 200})
    _refused(tmp_path, issue_dir, capsys, path, "图片格式")


def test_entities_refused(tmp_path, issue_dir, capsys, kit):
    path = tmp_path / "xxe.docx"
    kit.build_docx(path, kit.BASIC_BODY)
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    doc = parts["word/document.xml"].decode()
    parts["word/document.xml"] = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                  + doc).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    _refused(tmp_path, issue_dir, capsys, path, "DOCTYPE")


def test_one_bad_file_refuses_the_whole_import(tmp_path, issue_dir, capsys, basic_docx):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    before = _snapshot(issue_dir)
    assert main(["import-docx", str(basic_docx), str(bad), "--issue", str(issue_dir)]) == 2
    assert "bad.docx" in capsys.readouterr().err
    assert _snapshot(issue_dir) == before


def test_missing_issue_is_reported_first(tmp_path, capsys, basic_docx):
    assert main(["import-docx", str(basic_docx), "--issue", str(tmp_path / "nowhere")]) == 2
    assert not (tmp_path / "nowhere").exists()
