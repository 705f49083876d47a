"""Word styles: what kind of paragraph a style stands for, and the character formatting a run
gets from its style chain. Styles are matched by their w:name, case-insensitively: LibreOffice
writes ids like TextBody with the name "Body Text", Word writes "heading 1" and "caption"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .ns import W

# Style name (lower case) -> paragraph kind. Anything else inherits the kind of its basedOn.
_KINDS = {
    "title": "title", "subtitle": "subtitle", "caption": "caption",
    "footnote text": "footnote", "footnote": "footnote",
    "table heading": "table", "table contents": "table",
    "body text": "body", "text body": "body", "body text indent": "body",
    "first line indent": "body", "body text first indent": "body",
    "normal": "normal", "standard": "normal", "default paragraph style": "normal",
}
_HEADING = re.compile(r"^heading\s*([1-9])$")


def on(el) -> bool | None:
    """A WordprocessingML toggle (<w:b/>, <w:b w:val="false"/>), or None when absent."""
    if el is None:
        return None
    return el.get(W + "val", "true").lower() not in ("false", "0", "off", "none")


@dataclass
class CharProps:
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None          # points

    def over(self, base: "CharProps") -> "CharProps":
        return CharProps(self.bold if self.bold is not None else base.bold,
                         self.italic if self.italic is not None else base.italic,
                         self.size if self.size is not None else base.size)


def char_props(rpr) -> CharProps:
    if rpr is None:
        return CharProps()
    size = rpr.find(W + "sz")
    try:
        pts = int(size.get(W + "val")) / 2 if size is not None else None
    except (TypeError, ValueError):
        pts = None
    return CharProps(on(rpr.find(W + "b")), on(rpr.find(W + "i")), pts)


class Styles:
    def __init__(self, root=None):
        self._by_id: dict[str, object] = {}
        self.default = CharProps(False, False, 10.5)
        self.default_para = None
        if root is None:
            return
        for style in root.iter(W + "style"):
            sid = style.get(W + "styleId")
            if sid:
                self._by_id[sid] = style
            if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true"):
                self.default_para = sid
        rpr = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default = char_props(rpr).over(self.default)

    def name(self, sid: str | None) -> str:
        style = self._by_id.get(sid or self.default_para or "")
        if style is None:
            return (sid or "").lower()
        el = style.find(W + "name")
        return (el.get(W + "val") if el is not None else sid or "").strip().lower()

    def _chain(self, sid: str | None):
        seen = set()
        sid = sid or self.default_para
        while sid and sid not in seen and sid in self._by_id:
            seen.add(sid)
            yield self._by_id[sid]
            based = self._by_id[sid].find(W + "basedOn")
            sid = based.get(W + "val") if based is not None else None

    def kind(self, sid: str | None) -> str:
        """title, subtitle, heading1…9, caption, footnote, table, body or normal."""
        for style in self._chain(sid):
            el = style.find(W + "name")
            name = (el.get(W + "val") if el is not None else "").strip().lower()
            if name in _KINDS:
                return _KINDS[name]
            m = _HEADING.match(name)
            if m:
                return f"heading{m.group(1)}"
        return "normal"

    def props(self, sid: str | None) -> CharProps:
        """Character formatting a style chain gives (paragraph or character style)."""
        result = CharProps()
        for style in self._chain(sid):
            result = result.over(char_props(style.find(W + "rPr")))
        return result

    def para_has_border(self, sid: str | None) -> bool:
        return any(style.find(f"{W}pPr/{W}pBdr") is not None for style in self._chain(sid))

    def para_align(self, sid: str | None) -> str | None:
        for style in self._chain(sid):
            jc = style.find(f"{W}pPr/{W}jc")
            if jc is not None:
                return jc.get(W + "val")
        return None
