"""The contents as laid out, for the proofreader: each entry's printed page beside the page where
its article really starts (from the PageMap), as text, JSON or a review sheet PDF with a tick
column to sign off on paper — or, given the proofreader's on-screen review, the sheet that prints
their ticks, comments and sign-off, and says so when the pages moved after it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from editor.i18n import t


@dataclass
class TocEntry:
    section: str
    title: str
    printed_page: int | None     # what the contents print (the entry's page as entered, if any)
    page: int | None             # where the article starts in this layout
    article: str | None
    entry: str | None = field(default=None, repr=False)   # contents entry id: where a review tick belongs

    @property
    def agrees(self) -> bool:
        return self.printed_page is not None and self.printed_page == self.page

    def to_dict(self) -> dict:
        out = asdict(self)
        del out["entry"]   # the JSON of `issuedesk toc` names what prints, not internal ids
        return out


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
        out.append(TocEntry(line.section, line.title, printed, real, line.article, line.entry))
        if line.entry:
            shown.add(line.entry)
    for entry in issue.contents:
        if entry.id not in shown:
            real = pagemap.start_folio(entry.article) if entry.article else None
            out.append(TocEntry(entry.section, entry.title, entry.page, real, entry.article, entry.id))
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


TICKED, UNTICKED = "✓", "□"


def write_contents_sheet(entries: list[TocEntry], out_pdf, *, label: str = "", review=None,
                         stale: bool = False) -> Path:
    """An A4 review sheet: tick, section, title, printed page, real page, remark.

    Without `review` the tick column is left blank for a pen. With a ContentsReview it prints
    each entry's tick (✓, or □ still open), the proofreader's comment under the remark, and the
    sign-off (name and time); `stale` says the pages moved after that sign-off, in red at the
    top and beside the signature."""
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
    comment_style = ParagraphStyle("toc-comment", parent=small, textColor=colors.Color(0.1, 0.25, 0.55))
    warning = ParagraphStyle("toc-stale", parent=body, fontName=bold, fontSize=11, leading=15,
                             textColor=colors.Color(0.69, 0.12, 0.12))

    def cell(text: str, style=body):
        return Paragraph(_escape(text), style)

    items = {i.entry: i for i in review.items} if review is not None else {}
    rows = [[cell(s, small) for s in ("核对", "栏目", "标题", "目录页码", "实际页码", "备注")]]
    style = [("FONT", (0, 0), (-1, -1), sans, 9.5),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (0, 1), (0, -1), "CENTER"),
             ("ALIGN", (3, 1), (4, -1), "CENTER")]
    for i, e in enumerate(entries, start=1):
        remark = "" if e.agrees else ("页码不符" if e.page is not None else "未排入版面")
        item = items.get(e.entry) if e.entry else None
        remarks = [cell(remark, small)] if remark else []
        if item is not None and item.comment:
            remarks.append(cell(f"校对：{item.comment}", comment_style))
        tick = "" if review is None else (TICKED if item is not None and item.ticked else UNTICKED)
        rows.append([tick, cell(e.section, small), cell(e.title.replace("\n", "<br/>")),
                     _page(e.printed_page), _page(e.page), remarks or ""])
        if not e.agrees:
            style.append(("BACKGROUND", (3, i), (5, i), colors.Color(1, 0.85, 0.85)))
    table = Table(rows, colWidths=[12 * mm, 26 * mm, 68 * mm, 17 * mm, 17 * mm, 40 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    wrong = sum(1 for e in entries if not e.agrees)
    story = [Paragraph(_escape(f"{label} 目录核对单".strip()), head), Spacer(1, 3 * mm)]
    if stale:
        story += [Paragraph(_escape("已过期：签字后页码有变动，本单所列核对结果不再可靠，请重新核对。"), warning),
                  Spacer(1, 2 * mm)]
    story += [Paragraph(_escape(f"共 {len(entries)} 条，{wrong} 条页码不符。请逐条核对目录页码与文章实际起始页，"
                                "在“核对”栏打勾。"), body)]
    if review is not None:
        ticked = sum(1 for e in entries if e.entry in items and items[e.entry].ticked)
        story.append(Paragraph(_escape(f"屏幕核对：已核对 {ticked} / {len(entries)} 条。"), body))
    story += [Spacer(1, 4 * mm), table, Spacer(1, 10 * mm), _signature(review, stale, body, warning)]
    out = Path(out_pdf)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=f"{label} 目录核对单".strip(),
                            initialFontName=sans)
    doc.build(story)
    return out


def _signature(review, stale: bool, body, warning):
    from reportlab.platypus import Paragraph

    if review is None or not review.signed_by:
        return Paragraph("校对人：________________　　日期：________________", body)
    text = f"校对人：{review.signed_by}　　签字时间：{short_time(review.signed_at)}"
    if stale:
        return Paragraph(_escape(text + "（已过期）"), warning)
    return Paragraph(_escape(text), body)


def short_time(iso: str | None) -> str:
    """An ISO time as a person writes it on a form (minutes, no zone); as stored if unreadable."""
    from datetime import datetime

    if not iso:
        return "?"
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _escape(text: str) -> str:
    keep_br = text.replace("<br/>", "\0")
    return keep_br.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\0", "<br/>")
