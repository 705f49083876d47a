"""The contents as laid out, for the proofreader: each entry's printed page beside the page where
its article really starts (from the PageMap), as text, JSON or a review sheet PDF with a tick
column to sign off on paper."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from editor.i18n import t


@dataclass
class TocEntry:
    section: str
    title: str
    printed_page: int | None     # what the contents print (the entry's page as entered, if any)
    page: int | None             # where the article starts in this layout
    article: str | None

    @property
    def agrees(self) -> bool:
        return self.printed_page is not None and self.printed_page == self.page

    def to_dict(self) -> dict:
        return asdict(self)


def toc_entries(issue, pagemap) -> list[TocEntry]:
    """Entries in the order the laid-out contents print them, then any contents entry the layout
    could not place (no article, or an article that is not on the pages)."""
    by_id = {e.id: e for e in issue.contents}
    out: list[TocEntry] = []
    shown: set[str] = set()
    for line in pagemap.contents:
        entry = by_id.get(line.entry) if line.entry else None
        printed = entry.page if entry is not None and entry.page is not None else line.folio
        real = pagemap.start_folio(line.article) if line.article else None
        out.append(TocEntry(line.section, line.title, printed, real, line.article))
        if line.entry:
            shown.add(line.entry)
    for entry in issue.contents:
        if entry.id not in shown:
            real = pagemap.start_folio(entry.article) if entry.article else None
            out.append(TocEntry(entry.section, entry.title, entry.page, real, entry.article))
    return out


def toc_json(entries: list[TocEntry]) -> dict:
    return {"entries": [e.to_dict() for e in entries]}


def _page(n: int | None) -> str:
    return f"{n:02d}" if n is not None else "--"


def toc_text(entries: list[TocEntry], label: str = "") -> str:
    lines = [t("{label} 目录核对（目录页码 / 实际起始页）", "{label} contents check (printed page / real start page)",
               label=label).strip()]
    section = None
    for e in entries:
        if e.section != section:
            section = e.section
            lines.append(f"■ {section}")
        mark = "  " if e.agrees else t(" ≠ 页码不符", " ≠ page differs")
        title = e.title.replace("\n", " / ")
        lines.append(f"  {_page(e.printed_page)} / {_page(e.page)}  {title}{mark}")
    wrong = sum(1 for e in entries if not e.agrees)
    lines.append(t("共 {n} 条，{w} 条页码不符", "{n} entries, {w} with a wrong page", n=len(entries), w=wrong))
    return "\n".join(lines)


def write_contents_sheet(entries: list[TocEntry], out_pdf, *, label: str = "") -> Path:
    """An A4 review sheet: tick, section, title, printed page, real page, remark."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from editor.layout.fonts import register_font

    sans, bold = register_font("sans"), register_font("sans", True)
    body = ParagraphStyle("toc", fontName=sans, fontSize=9.5, leading=13, wordWrap="CJK")
    head = ParagraphStyle("toc-head", parent=body, fontName=bold, fontSize=15, leading=20)
    small = ParagraphStyle("toc-small", parent=body, fontSize=8.5, leading=11)

    def cell(text: str, style=body):
        return Paragraph(_escape(text), style)

    rows = [[cell(s, small) for s in ("核对", "栏目", "标题", "目录页码", "实际页码", "备注")]]
    style = [("FONT", (0, 0), (-1, -1), sans, 9.5),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (3, 1), (4, -1), "CENTER")]
    for i, e in enumerate(entries, start=1):
        remark = "" if e.agrees else ("页码不符" if e.page is not None else "未排入版面")
        rows.append(["", cell(e.section, small), cell(e.title.replace("\n", "<br/>")),
                     _page(e.printed_page), _page(e.page), cell(remark, small)])
        if not e.agrees:
            style.append(("BACKGROUND", (3, i), (5, i), colors.Color(1, 0.85, 0.85)))
    table = Table(rows, colWidths=[12 * mm, 28 * mm, 82 * mm, 18 * mm, 18 * mm, 22 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    wrong = sum(1 for e in entries if not e.agrees)
    story = [Paragraph(_escape(f"{label} 目录核对单".strip()), head), Spacer(1, 3 * mm),
             Paragraph(_escape(f"共 {len(entries)} 条，{wrong} 条页码不符。请逐条核对目录页码与文章实际起始页，"
                               "在“核对”栏打勾。"), body),
             Spacer(1, 4 * mm), table, Spacer(1, 10 * mm),
             Paragraph("校对人：________________　　日期：________________", body)]
    out = Path(out_pdf)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=f"{label} 目录核对单".strip(),
                            initialFontName=sans)
    doc.build(story)
    return out


def _escape(text: str) -> str:
    keep_br = text.replace("<br/>", "\0")
    return keep_br.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\0", "<br/>")
