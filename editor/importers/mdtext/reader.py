"""From the bytes of a markdown file to numbered lines and paragraph units.

The OCR marks nothing but headings and blank lines, so a "unit" is what blank lines delimit
(a heading is always a unit of its own) and the number of blank lines before it is kept:
a lost picture leaves a wider gap than a paragraph break, which is how captions are found."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from editor.errors import UserError

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$")
# A picture gap: paragraphs are separated by one blank line, a lost image leaves two or more.
PICTURE_GAP = 2


@dataclass
class Line:
    number: int          # 1-based, as an editor shows it
    text: str            # without the heading marks, stripped
    level: int = 0       # markdown heading level, 0 for plain text

    @property
    def is_heading(self) -> bool:
        return self.level > 0


@dataclass
class Unit:
    """Lines that blank lines delimit. `gap` counts the blank lines before it."""
    lines: list[Line] = field(default_factory=list)
    gap: int = 0

    @property
    def number(self) -> int:
        return self.lines[0].number

    @property
    def level(self) -> int:
        return self.lines[0].level if len(self.lines) == 1 else 0

    @property
    def is_heading(self) -> bool:
        return self.level > 0

    @property
    def text(self) -> str:
        """The unit as one string: OCR'd hard line breaks inside a paragraph are not breaks of
        the text, so the lines are joined without a separator (with a space between Latin words)."""
        out = ""
        for line in self.lines:
            out = join_text(out, line.text) if out else line.text
        return out

    @property
    def is_picture_gap(self) -> bool:
        return self.gap >= PICTURE_GAP


def join_text(left: str, right: str) -> str:
    if left and right and left[-1].isascii() and left[-1].isalnum() \
            and right[0].isascii() and right[0].isalnum():
        return f"{left} {right}"
    return left + right


def decode(data: bytes, name: str = "") -> tuple[str, str]:
    """The text and the encoding it was read in: UTF-8 (BOM or not), else GB18030."""
    if not data.strip():
        raise UserError("文件是空的：{name}", "The file is empty: {name}", name=name)
    if b"\x00" in data[:65536]:
        raise UserError("不是文本文件：{name}", "Not a text file: {name}", name=name)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise UserError("无法识别文件编码（既不是 UTF-8 也不是 GB18030）：{name}",
                        "Cannot read the file: neither UTF-8 nor GB18030: {name}", name=name) from None
    return text, "gb18030"


def looks_like_text(text: str) -> bool:
    """Binary files that happen to decode still show control characters everywhere."""
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad <= len(sample) // 200


def read_file(path: Path) -> tuple[str, str]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError("无法读取文件 {name}：{err}", "Cannot read {name}: {err}",
                        name=str(path), err=exc.strerror or str(exc)) from None
    text, encoding = decode(data, str(path))
    if not looks_like_text(text):
        raise UserError("不是文本文件：{name}", "Not a text file: {name}", name=str(path))
    return text, encoding


def split_lines(text: str) -> list[Line]:
    lines = []
    for i, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        raw = raw.replace("\u3000", " ").replace("\ufeff", "")
        m = _HEADING.match(raw)
        if m:
            lines.append(Line(i, m.group(2).strip(), len(m.group(1))))
        else:
            lines.append(Line(i, raw.strip()))
    return lines


def units_of(lines: list[Line]) -> list[Unit]:
    units: list[Unit] = []
    current: Unit | None = None
    gap = 0
    for line in lines:
        if not line.text and not line.is_heading:
            current = None
            gap += 1
            continue
        if line.is_heading or current is None or current.is_heading:
            current = Unit([line], gap)
            units.append(current)
        else:
            current.lines.append(line)
        gap = 0
    return units
