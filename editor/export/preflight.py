"""Preflight of a finished PDF, ours or anyone's: would a printer accept it as it is?

Reads the file with pikepdf only (no Ghostscript or poppler at run time), so it runs the same on
an office PC. Rule ids are a public contract, like the checks': add new ones, never rename."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pikepdf

from editor.errors import UserError
from editor.i18n import t

from .preflight_content import PageScan, scan_page
from .preflight_ink import image_ink_percent

PT_PER_MM = 72 / 25.4
MIN_BLEED_MM = 3.0
MIN_PPI = 300
MAX_INK = 300          # total area coverage in percent
_INK_SLACK = 5         # JPEG ringing and rounding
RULES = ("PDF-NO-TRIMBOX", "PDF-NO-BLEED", "PDF-PAGE-SIZE", "PDF-FONT-NOT-EMBEDDED", "PDF-RGB",
         "PDF-IMAGE-RES", "PDF-INK", "PDF-PAGE-COUNT", "PDF-NO-OUTPUTINTENT", "PDF-NO-PDFX-VERSION",
         "PDF-NO-XMP", "PDF-TRAPPED")


class UnreadablePdf(UserError):
    """Not a PDF, encrypted, truncated or damaged beyond reading: the CLI exits 2."""


@dataclass
class Problem:
    rule: str
    page: int | None      # 1-based physical page; None for the whole document
    message: str


@dataclass
class Report:
    ready: bool
    pages: int
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"ready": self.ready, "pages": self.pages,
                "problems": [asdict(p) for p in self.problems]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_text(self, name: str = "") -> str:
        head = (t("{name}：{pages} 页，可以付印", "{name}: {pages} pages, ready for print",
                  name=name, pages=self.pages) if self.ready else
                t("{name}：{pages} 页，未就绪（{n} 个问题）", "{name}: {pages} pages, NOT ready ({n} problems)",
                  name=name, pages=self.pages, n=len(self.problems)))
        lines = [head.lstrip("：: ")]
        for p in self.problems:
            where = (t("第{n}页", "page {n}", n=p.page) if p.page is not None
                     else t("全文", "document"))
            lines.append(f"  {where:<8} {p.rule:<22} {p.message}")
        return "\n".join(lines)

    def rules(self) -> set[str]:
        return {p.rule for p in self.problems}


def preflight(pdf_path, *, min_ppi: float = MIN_PPI, min_bleed_mm: float = MIN_BLEED_MM,
              max_ink: float = MAX_INK) -> Report:
    path = Path(pdf_path)
    _check_file(path)
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        raise UnreadablePdf("PDF 已加密，无法检查：{path}（印刷厂需要未加密的 PDF）",
                            "The PDF is encrypted and cannot be checked: {path} (printers need an unencrypted PDF)",
                            path=str(path)) from None
    except pikepdf.PdfError as exc:
        raise UnreadablePdf("PDF 已损坏，无法读取：{path}（{err}）", "The PDF is damaged and cannot be read: {path} ({err})",
                            path=str(path), err=str(exc)) from None
    with pdf:
        if pdf.is_encrypted:
            raise UnreadablePdf("PDF 已加密：{path}（印刷厂需要未加密的 PDF）",
                                "The PDF is encrypted: {path} (printers need an unencrypted PDF)", path=str(path))
        try:
            return _inspect(pdf, min_ppi, min_bleed_mm, max_ink)
        except pikepdf.PdfError as exc:
            raise UnreadablePdf("PDF 内容无法解析：{path}（{err}）", "The PDF's content cannot be parsed: {path} ({err})",
                                path=str(path), err=str(exc)) from None


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(1024)
            fh.seek(max(0, size - 2048))
            tail = fh.read()
    except FileNotFoundError:
        raise UnreadablePdf("找不到文件：{path}", "No such file: {path}", path=str(path)) from None
    except OSError as exc:
        raise UnreadablePdf("无法读取 {path}：{err}", "Cannot read {path}: {err}",
                            path=str(path), err=exc.strerror or str(exc)) from None
    if b"%PDF-" not in head:
        raise UnreadablePdf("不是 PDF 文件：{path}", "Not a PDF file: {path}", path=str(path))
    if b"%%EOF" not in tail:
        raise UnreadablePdf("PDF 文件不完整（被截断）：{path}", "The PDF is incomplete (truncated): {path}",
                            path=str(path))


def _inspect(pdf: pikepdf.Pdf, min_ppi: float, min_bleed_mm: float, max_ink: float) -> Report:
    problems: list[Problem] = []
    inked: set = set()                   # images measured already (shared across pages)
    sizes: dict[int, tuple[float, float]] = {}
    fonts: dict[str, list[int]] = {}     # unembedded font name -> pages
    for no, page in enumerate(pdf.pages, 1):
        trim = _box(page.obj.get("/TrimBox"))
        bleed = _box(page.obj.get("/BleedBox"))
        media = _box(page.mediabox)
        if trim is None:
            problems.append(Problem("PDF-NO-TRIMBOX", no, t("缺少 TrimBox（成品尺寸框）",
                                                            "no TrimBox (the trimmed page size)")))
        if bleed is None:
            problems.append(Problem("PDF-NO-BLEED", no, t("缺少 BleedBox（出血框）", "no BleedBox")))
        elif trim is not None:
            least = min(trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3])
            if least / PT_PER_MM < min_bleed_mm - 0.05:
                problems.append(Problem("PDF-NO-BLEED", no, t(
                    "出血仅 {mm:.1f} 毫米（需 ≥{need:g} 毫米）", "bleed is only {mm:.1f} mm (needs ≥{need:g} mm)",
                    mm=max(least, 0) / PT_PER_MM, need=min_bleed_mm)))
        if bleed is not None and media is not None and not _inside(bleed, media):
            problems.append(Problem("PDF-NO-BLEED", no, t(
                "出血框超出页面（MediaBox），出血部分不在文件中", "the BleedBox reaches beyond the MediaBox: the bleed is not in the file")))
        box = trim or media
        if box is not None:
            sizes[no] = (round(box[2] - box[0], 0), round(box[3] - box[1], 0))
        scan = scan_page(page)
        for name in scan.unembedded_fonts:
            fonts.setdefault(name, []).append(no)
        problems += _colour_problems(scan, no)
        problems += _image_problems(scan, no, min_ppi)
        problems += _ink_problems(scan, no, max_ink, inked)
    problems += _size_problems(sizes)
    problems += _font_problems(fonts)
    n = len(pdf.pages)
    if n % 4:
        problems.append(Problem("PDF-PAGE-COUNT", None, t(
            "共 {n} 页，不是 4 的倍数（骑马订需要 4 的倍数，含封面）",
            "{n} pages is not a multiple of 4 (saddle stitching needs one, covers included)", n=n)))
    problems += _pdfx_problems(pdf)
    problems.sort(key=lambda p: (p.page is None, p.page or 0, RULES.index(p.rule) if p.rule in RULES else 99))
    return Report(not problems, n, problems)


def _box(value) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        x0, y0, x1, y1 = (float(v) for v in value)
    except (TypeError, ValueError):
        return None
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _inside(inner, outer, slack: float = 0.5) -> bool:
    return (inner[0] >= outer[0] - slack and inner[1] >= outer[1] - slack
            and inner[2] <= outer[2] + slack and inner[3] <= outer[3] + slack)


def _size_problems(sizes: dict[int, tuple[float, float]]) -> list[Problem]:
    if not sizes:
        return []
    usual, _ = Counter(sizes.values()).most_common(1)[0]
    return [Problem("PDF-PAGE-SIZE", no, t(
        "页面尺寸 {w:.0f}×{h:.0f} 毫米，与其他页（{uw:.0f}×{uh:.0f} 毫米）不同",
        "page size {w:.0f}×{h:.0f} mm differs from the others ({uw:.0f}×{uh:.0f} mm)",
        w=s[0] / PT_PER_MM, h=s[1] / PT_PER_MM, uw=usual[0] / PT_PER_MM, uh=usual[1] / PT_PER_MM))
        for no, s in sizes.items() if s != usual]


def _font_problems(fonts: dict[str, list[int]]) -> list[Problem]:
    return [Problem("PDF-FONT-NOT-EMBEDDED", pages[0], t(
        "字体 {font} 未嵌入（共 {n} 页用到）", "font {font} is not embedded (on {n} pages)",
        font=name, n=len(pages))) for name, pages in fonts.items()]


def _colour_problems(scan: PageScan, no: int) -> list[Problem]:
    if not (scan.rgb_images or scan.rgb_operators):
        return []
    return [Problem("PDF-RGB", no, t(
        "使用 RGB 颜色：{images} 幅图片，{ops} 处颜色设置（印刷需 CMYK）",
        "uses RGB colour: {images} images, {ops} colour settings (print needs CMYK)",
        images=scan.rgb_images, ops=scan.rgb_operators))]


def _image_problems(scan: PageScan, no: int, min_ppi: float) -> list[Problem]:
    out = []
    for img in scan.images:
        if img.ppi + 0.5 < min_ppi:
            out.append(Problem("PDF-IMAGE-RES", no, t(
                "图片 {w}×{h} 像素放置为 {mw:.0f}×{mh:.0f} 毫米，仅 {ppi:.0f} ppi（需 ≥{need:g}）",
                "image {w}×{h} px placed at {mw:.0f}×{mh:.0f} mm is only {ppi:.0f} ppi (needs ≥{need:g})",
                w=img.width_px, h=img.height_px, mw=img.width_pt / PT_PER_MM,
                mh=img.height_pt / PT_PER_MM, ppi=img.ppi, need=min_ppi)))
    return out


def _ink_problems(scan: PageScan, no: int, max_ink: float, inked: set) -> list[Problem]:
    worst = scan.max_vector_ink if scan.max_vector_ink > max_ink + 0.5 else 0.0
    for xobj in scan.image_objects:
        key = xobj.objgen if xobj.is_indirect else id(xobj)
        if key in inked:
            continue
        inked.add(key)
        ink = image_ink_percent(xobj)
        if ink is not None and ink > max_ink + _INK_SLACK:
            worst = max(worst, ink)
    if not worst:
        return []
    return [Problem("PDF-INK", no, t("总墨量达 {ink:.0f}%（印刷上限 {limit:g}%）",
                                     "total ink reaches {ink:.0f}% (the press limit is {limit:g}%)",
                                     ink=worst, limit=max_ink))]


def _pdfx_problems(pdf: pikepdf.Pdf) -> list[Problem]:
    problems = []
    intents = pdf.Root.get("/OutputIntents") or []
    pdfx = [oi for oi in intents if isinstance(oi, pikepdf.Dictionary) and oi.get("/S") == "/GTS_PDFX"]
    usable = any(_cmyk_intent(oi) for oi in pdfx)
    if not usable:
        problems.append(Problem("PDF-NO-OUTPUTINTENT", None, t(
            "没有带 CMYK 特性文件的 PDF/X 输出意图（OutputIntent）",
            "no PDF/X output intent with a CMYK profile")))
    info = pdf.trailer.get("/Info") or pikepdf.Dictionary()
    xmp = _xmp_text(pdf)
    if xmp is None:
        problems.append(Problem("PDF-NO-XMP", None, t("缺少 XMP 元数据", "no XMP metadata")))
    if "/GTS_PDFXVersion" not in info and "GTS_PDFXVersion" not in (xmp or ""):
        problems.append(Problem("PDF-NO-PDFX-VERSION", None, t(
            "没有 PDF/X 版本标记（GTS_PDFXVersion）", "no PDF/X version marker (GTS_PDFXVersion)")))
    trapped = info.get("/Trapped")
    if trapped is not None and not isinstance(trapped, pikepdf.Name):
        trapped = pikepdf.Name("/" + str(trapped))   # some tools write it as a string
    if trapped not in (pikepdf.Name("/True"), pikepdf.Name("/False")):
        problems.append(Problem("PDF-TRAPPED", None, t(
            "Trapped 未标明 True 或 False（PDF/X 要求）", "Trapped is not set to True or False (PDF/X needs it)")))
    return problems


def _cmyk_intent(oi: pikepdf.Dictionary) -> bool:
    profile = oi.get("/DestOutputProfile")
    if profile is not None:
        try:
            return int(profile.get("/N", 0)) == 4
        except (TypeError, ValueError):
            return False
    # A registered condition (FOGRA39, CGATS TR 001 …) may stand without an embedded profile.
    return bool(str(oi.get("/OutputConditionIdentifier", "")).strip()) and "/RegistryName" in oi


def _xmp_text(pdf: pikepdf.Pdf) -> str | None:
    meta = pdf.Root.get("/Metadata")
    if meta is None:
        return None
    try:
        return meta.read_bytes().decode("utf-8", "replace")
    except pikepdf.PdfError:
        return None


