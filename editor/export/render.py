"""The display list of a laid-out issue drawn onto a ReportLab canvas: print or proof PDF.

print: MediaBox = trim + bleed + room for crop marks; TrimBox and BleedBox set on every page;
       crop marks in registration colour outside the bleed; CMYK enforced by ReportLab (an RGB
       colour raises), so no RGB operator can slip into the content streams; a PDF/X-4 file
       (pdfx.py: output intent, XMP, Info) as it comes from ReportLab.
proof: MediaBox = trim, RGB, a 校样 watermark, no marks."""
from __future__ import annotations

import os
from pathlib import Path

from editor.layout.redraw import LineDrawer
from editor.layout.display import ImageOp, RectOp, RuleOp, TextOp
from editor.layout.setting import PT_PER_MM

from . import deflate
from .pdfx import PDF_VERSION, DocInfo, write_pdfx

MARK_ROOM_MM = 2.0   # paper beyond the crop marks


def render_pdf(laid, out_path, *, mode="print", image_source=None, progress=None, cancel=None,
               info=None) -> None:
    """`info`: the print file's pdfx.DocInfo (title, author, subject); titled laid.title or the
    layout's name without it. A proof is titled so, for a PDF reader's window title."""
    from reportlab.pdfgen.canvas import Canvas

    from editor.layout.fonts import register_font
    from editor.layout.paginate import Cancelled

    if mode not in ("print", "proof"):
        raise ValueError(f"mode: {mode!r}")
    lay = laid.layout
    W, H = lay.trim_w_mm, lay.trim_h_mm
    edge = (lay.crop_offset_mm + lay.crop_mark_mm + MARK_ROOM_MM) if mode == "print" else 0.0
    k = PT_PER_MM
    size = ((W + 2 * edge) * k, (H + 2 * edge) * k)
    out_path = Path(out_path)
    tmp = out_path.with_name(out_path.name + ".part")
    deflate.use()
    base_font = register_font("sans")
    kw = dict(pagesize=size, initialFontName=base_font, pageCompression=1)
    if mode == "print":
        b = lay.bleed_mm
        kw.update(enforceColorSpace="cmyk", pdfVersion=PDF_VERSION,
                  trimBox=_box(edge, edge, W, H), bleedBox=_box(edge - b, edge - b, W + 2 * b, H + 2 * b))
    canvas = Canvas(str(tmp), **kw)
    if mode == "print":
        write_pdfx(canvas, info or DocInfo(laid.title or lay.name))
    else:
        canvas.setTitle(laid.title or lay.name)
    total = len(laid.pages)
    try:
        with LineDrawer(canvas, mode) as lines:     # lines drawn in an earlier export are copied
            painter = _Painter(canvas, mode, edge, image_source, lines)
            for n, page in enumerate(laid.pages, start=1):
                if cancel and cancel():
                    raise Cancelled()
                painter.page(page, lay)
                canvas.showPage()
                if progress:
                    progress(n, total)
            lines.save()
        os.replace(tmp, out_path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _box(x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> tuple[float, float, float, float]:
    k = PT_PER_MM
    return (x_mm * k, y_mm * k, (x_mm + w_mm) * k, (y_mm + h_mm) * k)


class _Painter:
    def __init__(self, canvas, mode: str, edge: float, image_source, lines: LineDrawer):
        self.c, self.mode, self.edge, self.image_source = canvas, mode, edge, image_source
        self.lines = lines
        self.text_canvas = canvas if mode == "print" else _RGBText(canvas)

    def colour(self, cmyk, stroke: bool = False) -> None:
        # display-list colours are percentages, as in the layout file
        c, m, y, k = (v / 100.0 for v in cmyk) if cmyk else (0, 0, 0, 1)
        if self.mode == "print":
            (self.c.setStrokeColorCMYK if stroke else self.c.setFillColorCMYK)(c, m, y, k)
        else:
            (self.c.setStrokeColorRGB if stroke else self.c.setFillColorRGB)(*_rgb(c, m, y, k))

    def page(self, page, lay) -> None:
        c, k = self.c, PT_PER_MM
        c.saveState()
        c.translate(self.edge * k, self.edge * k)
        for op in page.ops:
            if isinstance(op, TextOp):
                self.text(op)
            elif isinstance(op, RectOp):
                self.rect(op)
            elif isinstance(op, RuleOp):
                self.colour(op.color, stroke=True)
                c.setLineWidth(op.width_pt)
                c.line(op.x1 * k, op.y1 * k, op.x2 * k, op.y2 * k)
            elif isinstance(op, ImageOp):
                self.image(op, lay)
        if self.mode == "proof":
            self.watermark(lay)
        c.restoreState()
        if self.mode == "print":
            self.crop_marks(lay)

    def rect(self, op: RectOp) -> None:
        k = PT_PER_MM
        if op.fill:
            self.colour(op.fill)
        if op.stroke:
            self.colour(op.stroke, stroke=True)
            self.c.setLineWidth(op.stroke_pt)
        self.c.rect(op.x * k, op.y * k, op.w * k, op.h * k, stroke=1 if op.stroke else 0, fill=1 if op.fill else 0)

    def text(self, op: TextOp) -> None:
        if op.line is not None and op.line.glyphs:
            self.lines.draw(self.text_canvas, op.line, op.x * PT_PER_MM, op.y * PT_PER_MM)

    def image(self, op: ImageOp, lay) -> None:
        c, k = self.c, PT_PER_MM
        path = op.path
        if path and self.image_source:
            path = self.image_source(path, self.mode, op.w, op.h)
        if not path:
            self.rect(RectOp(op.x, op.y, op.w, op.h, fill=lay.colour("placeholder"),
                             stroke=lay.colour("rule"), stroke_pt=0.3))
            return
        l, b, r, t = op.crop
        full_w, full_h = op.w / max(1e-6, 1 - l - r), op.h / max(1e-6, 1 - b - t)
        c.saveState()
        p = c.beginPath()
        p.rect(op.x * k, op.y * k, op.w * k, op.h * k)
        c.clipPath(p, stroke=0, fill=0)
        c.drawImage(str(path), (op.x - l * full_w) * k, (op.y - b * full_h) * k, full_w * k, full_h * k)
        c.restoreState()

    def watermark(self, lay) -> None:
        c, k = self.c, PT_PER_MM
        from editor.layout.fonts import register_font
        st = lay.style("watermark")
        c.saveState()
        c.setFillColorRGB(*_rgb(*(v / 100.0 for v in st.color)), alpha=0.3)
        c.translate(lay.trim_w_mm / 2 * k, lay.trim_h_mm / 2 * k)
        c.rotate(40)
        c.setFont(register_font(lay.font_name(st.font), st.bold), st.size_pt)
        c.drawCentredString(0, -st.size_pt / 3, "校样")
        c.restoreState()

    def crop_marks(self, lay) -> None:
        c, k = self.c, PT_PER_MM
        e, off, ln = self.edge, lay.crop_offset_mm, lay.crop_mark_mm
        W, H = lay.trim_w_mm, lay.trim_h_mm
        c.saveState()
        c.setStrokeColorCMYK(1, 1, 1, 1)
        c.setLineWidth(lay.crop_weight_pt)
        for cx in (e, e + W):
            for cy in (e, e + H):
                sx = -1 if cx == e else 1
                sy = -1 if cy == e else 1
                c.line(cx * k, (cy + sy * off) * k, cx * k, (cy + sy * (off + ln)) * k)
                c.line((cx + sx * off) * k, cy * k, (cx + sx * (off + ln)) * k, cy * k)
        c.restoreState()


def _rgb(c: float, m: float, y: float, k: float) -> tuple[float, float, float]:
    return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)


class _RGBText:
    """The canvas as compose.draw_line sees it in a proof: its CMYK text colours become RGB."""

    def __init__(self, canvas):
        self._c = canvas

    def __getattr__(self, name):
        return getattr(self._c, name)

    def beginText(self, *a, **kw):
        return _RGBTextObject(self._c.beginText(*a, **kw))

    def drawText(self, text):
        self._c.drawText(text._t)


class _RGBTextObject:
    def __init__(self, text):
        self._t = text

    def __getattr__(self, name):
        return getattr(self._t, name)

    def setFillColorCMYK(self, c, m, y, k, *a, **kw):
        self._t.setFillColorRGB(*_rgb(c, m, y, k))

    def setStrokeColorCMYK(self, c, m, y, k, *a, **kw):
        self._t.setStrokeColorRGB(*_rgb(c, m, y, k))
