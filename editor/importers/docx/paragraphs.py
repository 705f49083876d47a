"""One Word paragraph as the importer sees it: its runs with bold and italic, its kind (from
the style), alignment, size and border, and the pictures, text boxes and footnote references it
carries. Tracked changes are accepted on the way: insertions read, deletions skipped."""
from __future__ import annotations

from dataclasses import dataclass, field

from editor.model import Run

from .drawings import BoxRef, PictureRef, read_drawing, read_vml
from .ns import MC, W
from .styles import Styles, char_props, on

# Containers whose runs belong to the paragraph's text.
_TRANSPARENT = {W + t for t in ("hyperlink", "smartTag", "ins", "moveTo", "sdt", "sdtContent",
                                "fldSimple", "customXml", "bdo", "dir")}
# Removed text of tracked changes, and markup that holds no text.
_SKIP = {W + t for t in ("del", "moveFrom", "pPr", "rPr", "proofErr", "bookmarkStart",
                         "bookmarkEnd", "sdtPr", "sdtEndPr")}
BLANK = " \t\u3000\u00a0\u2002\u2003\ufeff"


@dataclass
class Para:
    runs: list[Run] = field(default_factory=list)
    kind: str = "normal"
    style: str = ""
    align: str | None = None
    size: float | None = None          # largest point size of its text
    bordered: bool = False
    objects: list[PictureRef | BoxRef] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)    # ids, in order
    comments: list[str] = field(default_factory=list)
    numbered: bool = False             # Word numbers it automatically (the number is not text)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def clean(self) -> str:
        return self.text.strip(BLANK + "\n")

    @property
    def empty(self) -> bool:
        return not self.clean and not self.objects

    @property
    def all_bold(self) -> bool:
        visible = [r for r in self.runs if r.text.strip(BLANK + "\n")]
        return bool(visible) and all(r.bold for r in visible)

    @property
    def centred(self) -> bool:
        return self.align == "center"

    @property
    def pictures(self) -> list[PictureRef]:
        return [o for o in self.objects if isinstance(o, PictureRef)]

    @property
    def boxes(self) -> list[BoxRef]:
        return [o for o in self.objects if isinstance(o, BoxRef)]


class ParagraphReader:
    def __init__(self, styles: Styles, footnote_marks: dict[str, str] | None = None):
        self.styles = styles
        self.footnote_marks = footnote_marks if footnote_marks is not None else {}

    def read(self, p) -> Para:
        ppr = p.find(W + "pPr")
        sid = None
        align = None
        bordered = False
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            sid = ps.get(W + "val") if ps is not None else None
            jc = ppr.find(W + "jc")
            align = jc.get(W + "val") if jc is not None else None
            bordered = ppr.find(W + "pBdr") is not None
        para = Para(kind=self.styles.kind(sid), style=self.styles.name(sid),
                    align=align or self.styles.para_align(sid),
                    bordered=bordered or self.styles.para_has_border(sid),
                    numbered=ppr is not None and ppr.find(W + "numPr") is not None)
        base = self.styles.props(sid).over(self.styles.default)
        self._walk(p, para, base)
        para.runs = _merge(para.runs)
        return para

    def _walk(self, el, para: Para, base) -> None:
        for child in el:
            tag = child.tag
            if tag == W + "r":
                self._run(child, para, base)
            elif tag in _TRANSPARENT:
                self._walk(child, para, base)
            elif tag == MC + "AlternateContent":
                self._alternate(child, para, base, self._walk)
            elif tag == W + "commentRangeStart":
                para.comments.append(child.get(W + "id", ""))

    def _alternate(self, alt, para, base, walk) -> None:
        choice = alt.find(MC + "Choice")
        branch = choice if choice is not None else alt.find(MC + "Fallback")
        if branch is not None:
            walk(branch, para, base)

    def _run(self, r, para: Para, base) -> None:
        rpr = r.find(W + "rPr")
        props = base
        if rpr is not None:
            rs = rpr.find(W + "rStyle")
            if rs is not None:
                props = self.styles.props(rs.get(W + "val")).over(props)
            props = char_props(rpr).over(props)
            if on(rpr.find(W + "vanish")):
                return   # hidden text is not printed by Word either
        bold, italic = bool(props.bold), bool(props.italic)
        self._run_content(r, para, props, bold, italic)

    def _run_content(self, el, para, props, bold, italic) -> None:
        for child in el:
            tag = child.tag
            text = None
            if tag == W + "t":
                text = child.text or ""
            elif tag in (W + "tab", W + "ptab"):
                text = "\t"
            elif tag == W + "br":
                if child.get(W + "type") in (None, "textWrapping"):
                    text = "\n"
            elif tag == W + "cr":
                text = "\n"
            elif tag == W + "noBreakHyphen":
                text = "\u2011"
            elif tag == W + "drawing":
                para.objects += read_drawing(child)
            elif tag == W + "pict" or tag == W + "object":
                para.objects += read_vml(child)
            elif tag == MC + "AlternateContent":
                self._alternate(child, para, None,
                                lambda branch, p, _b: self._run_content(branch, p, props, bold, italic))
            elif tag == W + "footnoteReference":
                fid = child.get(W + "id", "")
                para.footnotes.append(fid)
                text = self.footnote_marks.setdefault(fid, _circled(len(self.footnote_marks) + 1))
                bold = italic = False
            if text:
                para.runs.append(Run(text, bold, italic))
                if props.size and text.strip(BLANK + "\n"):
                    para.size = max(para.size or 0, props.size)


def _circled(n: int) -> str:
    return chr(0x2460 + n - 1) if 1 <= n <= 20 else f"[{n}]"


def _merge(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        if out and out[-1].bold == run.bold and out[-1].italic == run.italic:
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic)
        elif run.text:
            out.append(run)
    return out
