"""Import of a magazine issue in the markdown form of the real sample (an OCR of a printed issue):
`import_markdown(path)` gives the issue and the lines it could not place. The work is done in
`editor.importers.mdtext`; this module is the door the CLI and the GUI use."""
from __future__ import annotations

from pathlib import Path

from editor.i18n import t

from .mdtext.assemble import build_issue
from .mdtext.reader import decode, looks_like_text, read_file
from .mdtext.result import ImportResult, Unplaced

__all__ = ["ImportResult", "Unplaced", "import_markdown", "import_text", "import_bytes"]


def import_text(text: str, name: str = "") -> ImportResult:
    return build_issue(text, name)


def import_bytes(data: bytes, name: str = "") -> ImportResult:
    text, encoding = decode(data, name)
    if not looks_like_text(text):
        from editor.errors import UserError
        raise UserError("不是文本文件：{name}", "Not a text file: {name}", name=name)
    return _with_encoding(build_issue(text, name), encoding)


def import_markdown(path: str | Path) -> ImportResult:
    text, encoding = read_file(Path(path))
    return _with_encoding(build_issue(text, str(path)), encoding)


def _with_encoding(result: ImportResult, encoding: str) -> ImportResult:
    result.encoding = encoding
    if encoding != "utf-8":
        result.notes.append(t("文件不是 UTF-8 编码，已按 GB18030（兼容 GBK）读取。",
                              "The file is not UTF-8; it was read as GB18030 (a superset of GBK)."))
    return result
